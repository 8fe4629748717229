/**
 * The map costs what its pixels need (issue 19): at national and regional zoom, counts per grid cell
 * and class computed by the store (a year of a million incidents is a few hundred cells); from
 * `POINT_ZOOM`, the points of the viewport, and the client is told when it sees a sample.
 */
import { readScope } from '../access/access.ts';
import { type ReadScope } from '../shared/principal.ts';
import { auditMapPoints, type IncidentDeps } from './incident.service.ts';
import type { Caller } from '../shared/caller.ts';
import type { IncidentFilter } from '../../store/incident.repository.ts';
import type { IncidentMapRepository } from '../../store/incident-map.repository.ts';
import type { IncidentMapRow } from '../../store/incident.repository.ts';

/** From this zoom level on (a city and its surroundings), the map shows points. */
export const POINT_ZOOM = 9;
/** Points sent at most for one viewport; past it the client is told it sees a sample. */
export const POINT_LIMIT = 5000;

export interface MapCluster {
  lon: number;
  lat: number;
  count: number;
  by_class: Record<string, number>;
}
export type IncidentMapView =
  | { kind: 'clusters'; zoom: number; cell_degrees: number; clusters: MapCluster[]; total: number }
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
  // Clusters are counts, the same for every reader of a scope: kept until the incidents change, and
  // while they are counted again after a change, the previous ones are served to the readers who did
  // not make it (docs/architecture.md, "Kept per instance").
  const compute = () => clusterView(deps.map, scope, filter, zoom);
  return deps.readCache
    ? deps.readCache.get(scope, JSON.stringify(['map', filter, zoom]), compute, { whileComputing: 'previous' })
    : compute();
}

/** Counts per grid cell and class at a zoom level, merged into one cluster per cell. */
async function clusterView(
  map: IncidentMapRepository,
  scope: ReadScope,
  filter: IncidentFilter,
  zoom: number,
): Promise<IncidentMapView> {
  const cellDegrees = cellDegreesAt(zoom);
  const cells = new Map<string, { count: number; lonSum: number; latSum: number; by_class: Record<string, number> }>();
  for (const row of await map.cells(scope, filter, cellDegrees)) {
    const key = `${row.gx}|${row.gy}`;
    const cell = cells.get(key) ?? { count: 0, lonSum: 0, latSum: 0, by_class: {} };
    cell.count += row.n;
    cell.lonSum += row.lon * row.n;
    cell.latSum += row.lat * row.n;
    cell.by_class[row.event_class] = (cell.by_class[row.event_class] ?? 0) + row.n;
    cells.set(key, cell);
  }
  const round = (value: number) => Math.round(value * 10_000) / 10_000;
  const clusters = [...cells.values()]
    .map((cell) => ({
      lon: round(cell.lonSum / cell.count),
      lat: round(cell.latSum / cell.count),
      count: cell.count,
      by_class: cell.by_class,
    }))
    .sort((a, b) => b.count - a.count);
  return {
    kind: 'clusters',
    zoom,
    cell_degrees: cellDegrees,
    clusters,
    total: clusters.reduce((sum, cluster) => sum + cluster.count, 0),
  };
}
