/**
 * The map's clusters as counts per grid cell and class that a change can be added to (issue 19): a
 * national 30-day map of a million incidents is counted once, then each write since is added where
 * the incident is and taken away where it was, instead of counting 300,000 rows again.
 */
import type { MapCellCounts, MapCellRow } from '../../store/incident-map.repository.ts';

export interface MapCluster {
  lon: number;
  lat: number;
  count: number;
  by_class: Record<string, number>;
}

export interface ClusterView {
  kind: 'clusters';
  zoom: number;
  cell_degrees: number;
  clusters: MapCluster[];
  total: number;
}

/** Counts per cell and class as of a snapshot of the store, and the view built from them. */
export interface MapCounts {
  snapshot: string;
  /** by `gx|gy|class` */
  cells: ReadonlyMap<string, MapCellRow>;
  view: ClusterView;
}

const keyOf = (cell: MapCellRow) => `${cell.gx}|${cell.gy}|${cell.event_class}`;

/** The counts of a full count. */
export function countsOf(counted: MapCellCounts, zoom: number, cellDegrees: number): MapCounts {
  const cells = new Map(counted.cells.map((cell) => [keyOf(cell), cell]));
  return { snapshot: counted.snapshot, cells, view: viewOf(cells, zoom, cellDegrees) };
}

/**
 * `counts` with the changes since their snapshot added, or undefined if they do not fit (a cell would
 * fall below zero: the counts and the log disagree, and only a full count can say which is right).
 */
export function withChanges(counts: MapCounts, changes: MapCellCounts): MapCounts | undefined {
  if (changes.cells.length === 0) return { ...counts, snapshot: changes.snapshot };
  const cells = new Map(counts.cells);
  for (const change of changes.cells) {
    const key = keyOf(change);
    const was = cells.get(key);
    const n = (was?.n ?? 0) + change.n;
    if (n < 0) return undefined;
    if (n === 0) cells.delete(key);
    else
      cells.set(key, {
        ...change,
        n,
        lon_sum: (was?.lon_sum ?? 0) + change.lon_sum,
        lat_sum: (was?.lat_sum ?? 0) + change.lat_sum,
      });
  }
  return { snapshot: changes.snapshot, cells, view: viewOf(cells, counts.view.zoom, counts.view.cell_degrees) };
}

/** One cluster per grid cell (its classes merged), at the mean position of its incidents, largest first. */
function viewOf(cells: ReadonlyMap<string, MapCellRow>, zoom: number, cellDegrees: number): ClusterView {
  const merged = new Map<string, { count: number; lonSum: number; latSum: number; by_class: Record<string, number> }>();
  for (const row of cells.values()) {
    const key = `${row.gx}|${row.gy}`;
    const cell = merged.get(key) ?? { count: 0, lonSum: 0, latSum: 0, by_class: {} };
    cell.count += row.n;
    cell.lonSum += row.lon_sum;
    cell.latSum += row.lat_sum;
    cell.by_class[row.event_class] = (cell.by_class[row.event_class] ?? 0) + row.n;
    merged.set(key, cell);
  }
  const round = (value: number) => Math.round(value * 10_000) / 10_000;
  const clusters = [...merged.values()]
    .map((cell) => ({
      lon: round(cell.lonSum / cell.count),
      lat: round(cell.latSum / cell.count),
      count: cell.count,
      by_class: cell.by_class,
    }))
    .sort((a, b) => b.count - a.count || a.lon - b.lon || a.lat - b.lat);
  return {
    kind: 'clusters',
    zoom,
    cell_degrees: cellDegrees,
    clusters,
    total: clusters.reduce((sum, c) => sum + c.count, 0),
  };
}
