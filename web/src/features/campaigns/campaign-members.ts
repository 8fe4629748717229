import type { IncidentLink } from '../../api/detection-types.ts';
import type { Incident } from '../../api/types.ts';
import { colorOf } from '../../lib/colors.ts';
import { locale } from '../../i18n/i18n.ts';

/** A member as the campaign page shows it everywhere: the same number on the map, the timeline, the graph and the table. */
export interface Member {
  incident: Incident;
  number: number;
  /** the commune, else the facility, else the coordinates */
  place: string;
  /** "14 avr." in the incident's zone */
  day: string;
  color: string;
}

/** Numbers the members in the order they happened. */
export function numberMembers(incidents: Incident[]): Member[] {
  return [...incidents]
    .sort((a, b) => a.occurred.start.localeCompare(b.occurred.start) || a.id.localeCompare(b.id))
    .map((incident, index) => ({
      incident,
      number: index + 1,
      place:
        incident.place.commune ??
        incident.facility?.name ??
        `${incident.place.lat.toFixed(2)}, ${incident.place.lon.toFixed(2)}`,
      day: new Intl.DateTimeFormat(locale(), {
        timeZone: incident.occurred.timezone || 'Europe/Paris',
        day: 'numeric',
        month: 'short',
      }).format(new Date(incident.occurred.start)),
      color: colorOf(incident.event_types[0]),
    }));
}

/** The links whose two ends are both shown. */
export function linksAmong(links: IncidentLink[], members: Member[]): IncidentLink[] {
  const ids = new Set(members.map((member) => member.incident.id));
  return links.filter((link) => ids.has(link.a) && ids.has(link.b));
}
