import type { AnalysisIncident } from './types.ts';

/**
 * The classes the baselines and scans count separately: attacks on sites and staff (what a wave is
 * made of), contraband traffic (drones, projections: frequent and seasonal), and disorder.
 */
export const EVENT_CLASSES = ['attack', 'contraband', 'disorder'] as const;
export type EventClass = (typeof EVENT_CLASSES)[number];

const CLASS_OF_TYPE: Record<string, EventClass> = {
  gunfire: 'attack',
  arson: 'attack',
  vehicle_arson: 'attack',
  attempted_arson: 'attack',
  explosive: 'attack',
  graffiti: 'attack',
  threat: 'attack',
  doxxing: 'attack',
  assault_on_staff: 'attack',
  intrusion: 'attack',
  transport_ambush: 'attack',
  drone_drop: 'contraband',
  projection: 'contraband',
  contraband_found: 'contraband',
  escape: 'disorder',
  escape_attempt: 'disorder',
  riot: 'disorder',
};

/** The class of an incident: attack if any of its types is one, else the first class found; null for "other" only. */
export function classOf(incident: Pick<AnalysisIncident, 'eventTypes'>): EventClass | null {
  let found: EventClass | null = null;
  for (const type of incident.eventTypes) {
    const eventClass = CLASS_OF_TYPE[type];
    if (eventClass === 'attack') return 'attack';
    found ??= eventClass ?? null;
  }
  return found;
}
