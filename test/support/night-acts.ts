// Acts of one night for the probable-member tests (src/analysis/waves): a staff-car arson at a maison
// d'arrêt of the Drôme unless told otherwise, an hour long, verified, tagged when a tag is given.
import type { AnalysisIncident } from '../../src/analysis/types.ts';

export const DAY_MS = 86_400_000;
/** 23:00 in Paris, 13 April 2025: the first night of the real wave. */
export const T0 = Date.UTC(2025, 3, 13, 21);

export function nightAct(
  act: { id: string; site: string; start: number; tag?: string } & Partial<
    Pick<AnalysisIncident, 'directorate' | 'targetKinds'>
  > & { eventType?: string },
): AnalysisIncident {
  const { id, site, start, tag, eventType = 'vehicle_arson' } = act;
  return {
    id,
    start,
    end: start + 3_600_000,
    siteId: site,
    lat: 45,
    lon: 4,
    department: '26',
    directorate: act.directorate ?? 'DISP Lyon',
    facilityKind: 'maison_arret',
    eventTypes: [eventType],
    targetKinds: act.targetKinds ?? ['staff_vehicle'],
    weapons: [],
    grade: null,
    status: 'verified',
    signatures: tag ? [{ kind: 'tag', text: tag, normalized: tag.toLowerCase() }] : [],
  };
}
