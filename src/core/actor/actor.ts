import type { Protected } from '../shared/principal.ts';
import type { Gazetteer } from '../shared/gazetteer.ts';
import type { FieldIssue } from '../shared/errors.ts';
import type { ActorInput, DetaineeProfileInput } from './actor.schema.ts';
import type { NewActor } from '../../store/actor.repository.ts';
import type { ActorRelationshipRow, DetaineeProfileRow } from '../../store/schema.ts';

/** A relationship's access fields: it has no compartments; its readers also need both of its ends. */
export const relationshipAccess = (row: ActorRelationshipRow): Protected => ({ ...row, compartments: [] });

/** A profile's access fields: its assessor stands for its author. */
export const profileAccess = (row: DetaineeProfileRow): Protected => ({
  ...row,
  compartments: [],
  created_by: row.assessed_by,
});

/** The reference site a facility entity or a profile names, or the issue to report on `path`. */
export function resolveSite(
  gazetteer: Gazetteer,
  reference: string,
  path: string,
): { id: string; name: string } | FieldIssue {
  const resolution = gazetteer.resolveFacility(reference);
  if (resolution.ok) return { id: resolution.facility.id, name: resolution.facility.name };
  const candidates = resolution.candidates
    .slice(0, 5)
    .map((f) => `${f.id} (${f.name})`)
    .join(', ');
  return resolution.reason === 'ambiguous'
    ? {
        path,
        message: `"${reference}" names several sites: ${candidates}`,
        code: 'ambiguous_facility',
        params: { value: reference, candidates },
      }
    : { path, message: `unknown facility "${reference}"`, code: 'unknown_facility', params: { value: reference } };
}

const isIssue = (value: object): value is FieldIssue => 'path' in value && 'message' in value;

/** The entity to store from a validated input, with its facility resolved. */
export function toNewActor(
  input: ActorInput,
  gazetteer: Gazetteer,
  owner: { owner_org_id: string; created_by: string | null },
): { actor: NewActor } | { issue: FieldIssue } {
  let facilityId: string | null = null;
  if (input.facility) {
    const site = resolveSite(gazetteer, input.facility, 'facility');
    if (isIssue(site)) return { issue: site };
    facilityId = site.id;
  }
  return {
    actor: {
      kind: input.kind,
      subkind: input.subkind ?? null,
      name: input.name,
      aliases: [...new Set(input.aliases)],
      description: input.description ?? null,
      attributes: input.attributes,
      facility_id: facilityId,
      marking: input.marking,
      compartments: input.compartments,
      ...owner,
    },
  };
}

/** The facility of a profile, resolved. */
export function profileSite(
  gazetteer: Gazetteer,
  input: DetaineeProfileInput,
): { site: { id: string; name: string } } | { issue: FieldIssue } {
  const site = resolveSite(gazetteer, input.facility, 'facility');
  return isIssue(site) ? { issue: site } : { site };
}
