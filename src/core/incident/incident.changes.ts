import { toInterchange, type StoredIncident } from './incident.interchange.ts';

/** One field of an incident as it was before a change and after it. */
export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** The stored fields a change is compared on, with the incident a duplicate was merged into. */
export type ComparedIncident = StoredIncident & { duplicate_of: string | null; staff_sealed: string | null };

const FIELD_ORDER = [
  'occurred',
  'reported_at',
  'facility',
  'place',
  'spot',
  'event_types',
  'target_kinds',
  'weapons',
  'signatures',
  'casualties',
  'damage',
  'description',
  'status',
  'duplicate_of',
  'sources',
  'marking',
  'compartments',
  'external_id',
];

/**
 * The fields that differ between two states of an incident, in the interchange form users write
 * (facility id, occurred interval, place...). Sealed STAFF details are named when they change, never
 * copied: the history is read by everyone who reads the incident, not only by the STAFF compartment.
 */
export function diffIncident(before: ComparedIncident, after: ComparedIncident): FieldChange[] {
  const a: Record<string, unknown> = { ...toInterchange(before), duplicate_of: before.duplicate_of ?? undefined };
  const b: Record<string, unknown> = { ...toInterchange(after), duplicate_of: after.duplicate_of ?? undefined };
  const changes: FieldChange[] = [];
  for (const field of FIELD_ORDER) {
    if (JSON.stringify(a[field] ?? null) !== JSON.stringify(b[field] ?? null))
      changes.push({ field, before: a[field] ?? null, after: b[field] ?? null });
  }
  if (before.staff_sealed !== after.staff_sealed) changes.push({ field: 'staff', before: null, after: null });
  return changes;
}
