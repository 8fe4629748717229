import type { Incident } from '../../api/types.ts';
import { label } from '../../i18n/i18n.ts';

/** Where an incident happened, in a few words: the facility, else the commune and department. */
export function placeLabel(incident: Incident): string {
  if (incident.facility) return incident.facility.name;
  const department = incident.place.department ? ` (${incident.place.department.code})` : '';
  return `${incident.place.commune ?? `${incident.place.lat.toFixed(3)}, ${incident.place.lon.toFixed(3)}`}${department}`;
}

/** The act in words: its event types, in the reader's language. */
export const actLabel = (incident: Pick<Incident, 'event_types'>) =>
  incident.event_types.map((type) => label('event_type', type)).join(', ');

/** The site, and where on it: "Centre pénitentiaire de Toulon-La Farlède · parking du personnel". */
export const siteLabel = (incident: Incident) =>
  incident.spot ? `${placeLabel(incident)} · ${label('site_spot', incident.spot)}` : placeLabel(incident);

/**
 * The best grade of an incident's sources (Admiralty code: reliability A best, credibility 1 best),
 * "B2"; none when no source was recorded.
 */
export function bestGrade(incident: Pick<Incident, 'sources'>): string | undefined {
  if (incident.sources.length === 0) return undefined;
  const reliability = incident.sources.map((source) => source.reliability).sort()[0];
  const credibility = Math.min(...incident.sources.map((source) => source.credibility));
  return `${reliability}${credibility}`;
}
