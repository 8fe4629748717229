/**
 * The map costs what its pixels need (issue 19): at national and regional zoom, counts per grid cell
 * and class computed by the store (a year of a million incidents is a few hundred cells); from
 * `POINT_ZOOM`, the points of the viewport, and the client is told when it sees a sample.
 */
import { readScope } from '../access/access.ts';
import { countsOf, withChanges, type ClusterView, type MapCounts } from './map-counts.ts';
import { auditMapPoints, type IncidentDeps } from './incident.service.ts';
import type { Caller } from '../shared/caller.ts';
import type { IncidentFilter } from '../../store/incident.repository.ts';
import type { IncidentMapRepository } from '../../store/incident-map.repository.ts';
import type { IncidentMapRow } from '../../store/incident.repository.ts';

/** From this zoom level on (a city and its surroundings), the map shows points. */
export const POINT_ZOOM = 9;
/** Points sent at most for one viewport; past it the client is told it sees a sample. */
export const POINT_LIMIT = 5000;

export type { MapCluster } from './map-counts.ts';
export type IncidentMapView =
  | ClusterView
  | { kind: 'points'; zoom: number; points: IncidentMapRow[]; sampled: boolean };

/** The grid cell at a zoom level: about a quarter of a 256-pixel tile, so clusters sit some 64 px apart. */
export function cellDegreesAt(zoom: number): number {
  return 360 / 2 ** zoom / 4;
}

/** The map of what the caller may read matching the filter, at a zoom level (0 to 20). */
export async function mapView(
  deps: Pick<IncidentDeps, 'incidents' | 'readCache' | 'audit' | 'readAudit'> & { map: IncidentMapRepository },
  caller: Caller,
  filter: IncidentFilter,
  zoom: number,
): Promise<IncidentMapView> {
  const scope = readScope(caller.principal);
  if (zoom >= POINT_ZOOM) {
    const rows = await deps.incidents.mapPoints(scope, filter, POINT_LIMIT + 1);
    // The points show RED or compartmented records by id and place: audited as list reads are.
    await auditMapPoints(deps, caller, rows.slice(0, POINT_LIMIT));
    return { kind: 'points', zoom, points: rows.slice(0, POINT_LIMIT), sampled: rows.length > POINT_LIMIT };
  }
  // Clusters are counts, the same for every reader of a scope: kept until the incidents change, then
  // brought up to date with the changes since they were counted (the change log of migration 0031),
  // and counted again in full only when the log cannot say (docs/architecture.md, "Kept per instance").
  const cellDegrees = cellDegreesAt(zoom);
  const count = async () => countsOf(await deps.map.cells(scope, filter, cellDegrees), zoom, cellDegrees);
  const update = async (kept: MapCounts) => {
    const changes = await deps.map.changesSince(scope, filter, cellDegrees, kept.snapshot);
    return (changes && withChanges(kept, changes)) ?? count();
  };
  const counts = deps.readCache
    ? await deps.readCache.get(scope, JSON.stringify(['map', filter, zoom]), count, {
        whileComputing: 'previous',
        update,
      })
    : await count();
  return counts.view;
}
