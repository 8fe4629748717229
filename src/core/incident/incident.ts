import { normalizeSignature } from '../shared/fold-text.ts';
import type { Gazetteer } from '../shared/gazetteer.ts';
import type { FieldIssue } from '../shared/errors.ts';
import { locate } from '../facility/locate.ts';
import { resolveOccurred } from '../shared/occurred.ts';
import { corroborate } from '../source-register/source-register.ts';
import type { IncidentInput, StaffDetails } from './incident.schema.ts';
import type { IncidentToStore } from '../../store/incident.repository.ts';

/**
 * An incident's stored fields, derived from validated input (times resolved, place located, signatures
 * folded), with its plaintext STAFF details: the service seals them before they are stored.
 */
export type IncidentRecord = Omit<IncidentToStore, 'id' | 'owner_org_id' | 'created_by' | 'staff_sealed'> & {
  staff: StaffDetails | null;
};

const unique = <T>(values: T[]) => [...new Set(values)];

/**
 * Turns a validated interchange incident into the record to store, or says which fields
 * cannot be resolved (unknown facility, end before start...).
 */
export function toIncidentRecord(
  input: IncidentInput,
  gazetteer: Gazetteer,
): { record?: IncidentRecord; issues: FieldIssue[] } {
  const { location, issues } = locate(gazetteer, input.facility, input.place);
  if (!location) return { issues };
  const when = resolveOccurred(input.occurred, location.timezone);
  if (when.end <= when.start)
    return {
      issues: [{ path: 'occurred.end', message: 'the end must come after the start', code: 'end_before_start' }],
    };
  const signatures = input.signatures
    .map((signature) => ({
      kind: signature.kind,
      text: signature.text,
      normalized: normalizeSignature(signature.text),
    }))
    .filter((signature) => signature.normalized.length > 0);
  const { timezone, ...place } = location;
  return {
    issues: [],
    record: {
      external_id: input.external_id ?? null,
      occurred_start: when.start,
      occurred_end: when.end,
      occurred_precision: when.precision,
      timezone,
      reported_at: input.reported_at ? new Date(input.reported_at) : null,
      ...place,
      spot: input.spot ?? null,
      event_types: unique(input.event_types),
      target_kinds: unique(input.target_kinds),
      weapons: unique(input.weapons),
      signatures,
      signature_keys: unique(signatures.map((s) => s.normalized)),
      killed: input.casualties.killed,
      injured: input.casualties.injured,
      damage: input.damage ?? null,
      description: input.description ?? null,
      status: input.status,
      sources: corroborate(input.sources),
      marking: input.marking,
      compartments: [...new Set(input.compartments)],
      staff: input.staff && Object.keys(input.staff).length > 0 ? input.staff : null,
    },
  };
}
