import { sql, type Kysely, type SelectQueryBuilder } from 'kysely';
import type { ReadScope } from '../core/shared/principal.ts';
import { applyFilter, type IncidentFilter } from './incident.repository.ts';
import type { DB } from './schema.ts';

/**
 * One grid cell of one class: how many readable incidents fall in it and the sums of their positions
 * (sums, not means, so that a change can be added to or taken from them).
 */
export interface MapCellRow {
  gx: number;
  gy: number;
  event_class: string;
  n: number;
  lon_sum: number;
  lat_sum: number;
}

/**
 * Cells counted as of one snapshot of the store: `snapshot` (PostgreSQL's `pg_snapshot`, as text) says
 * which writes the counts hold, and is where the next changes are read from.
 */
export interface MapCellCounts {
  snapshot: string;
  cells: MapCellRow[];
}

/** Changes logged since a snapshot past which a count is made again in full rather than brought up to date. */
export const CHANGES_AT_MOST = 10_000;
/** How long the change log keeps a row (migration 0031): an answer not brought up to date for longer is counted again. */
export const CHANGES_KEPT_MS = 10 * 60_000;
/** How often an instance deletes the change log's old rows. */
const PRUNE_EVERY_MS = 60_000;

/**
 * The SQL of the map at national and regional zoom: counts per grid cell and class, computed by
 * PostgreSQL in full, or brought up to date from the incidents' change log (migration 0031).
 */
export class IncidentMapRepository {
  private prunedAt = 0;

  constructor(
    private readonly db: Kysely<DB>,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Readable incidents matching the filter, counted per cell of `cellDegrees` and per class (the first
   * event type), with the snapshot they were counted at. A year at national zoom is a few hundred
   * rows, whatever the number of incidents.
   */
  async cells(scope: ReadScope, filter: IncidentFilter, cellDegrees: number): Promise<MapCellCounts> {
    const grouped = applyFilter(
      this.db.selectFrom('incidents').select(cellColumns(cellDegrees, sql`count(*)`, sql`sum(lon)`, sql`sum(lat)`)),
      scope,
      filter,
    ).groupBy([sql`1`, sql`2`, sql`3`]);
    const { rows } = await sql<{ snapshot: string; cells: RawCell[] | null }>`
      SELECT pg_current_snapshot()::text AS snapshot, (SELECT json_agg(c) FROM ${grouped.as('c')}) AS cells`.execute(
      this.db,
    );
    return { snapshot: rows[0].snapshot, cells: (rows[0].cells ?? []).map(toCell) };
  }

  /**
   * What the counts of `cells(scope, filter, cellDegrees)` made at `since` gained and lost with the
   * writes committed after it: the change log's rows not visible in `since`, filtered and scoped as
   * the incidents are, summed by sign (a correction that moves an incident or changes its class is
   * -1 where it was, +1 where it is). Undefined when the log no longer holds every row since that
   * snapshot, or holds more than `atMost`: count in full.
   */
  async changesSince(
    scope: ReadScope,
    filter: IncidentFilter,
    cellDegrees: number,
    since: string,
    atMost = CHANGES_AT_MOST,
  ): Promise<MapCellCounts | undefined> {
    await this.pruneNowAndThen();
    const snapshot = sql`${since}::pg_snapshot`;
    const pending = sql`(SELECT * FROM incident_log.changes
      WHERE xid >= pg_snapshot_xmin(${snapshot}) AND NOT pg_visible_in_snapshot(xid, ${snapshot})
      LIMIT ${atMost + 1})`;
    const logged = this.db.selectFrom(pending.as('incidents')) as unknown as SelectQueryBuilder<
      DB,
      'incidents',
      object
    >;
    const grouped = applyFilter(
      logged.select(cellColumns(cellDegrees, sql`sum(sign)`, sql`sum(sign * lon)`, sql`sum(sign * lat)`)),
      scope,
      filter,
    ).groupBy([sql`1`, sql`2`, sql`3`]);
    const { rows } = await sql<{ snapshot: string; cells: RawCell[] | null; usable: boolean; pending: string }>`
      SELECT pg_current_snapshot()::text AS snapshot,
        -- read in the same statement (the same snapshot) as the changes: none pruned that the snapshot
        -- lacks, no write without the log (a TRUNCATE, a bulk load) it does not see
        (SELECT xid FROM incident_log.pruned) < pg_snapshot_xmin(${snapshot})
          AND NOT EXISTS (SELECT 1 FROM incident_log.rewrites WHERE NOT pg_visible_in_snapshot(xid, ${snapshot})) AS usable,
        (SELECT count(*) FROM ${pending} AS p) AS pending,
        (SELECT json_agg(c) FROM ${grouped.as('c')}) AS cells`.execute(this.db);
    const [row] = rows;
    if (!row.usable || Number(row.pending) > atMost) return undefined;
    return { snapshot: row.snapshot, cells: (row.cells ?? []).map(toCell) };
  }

  /**
   * Deletes the change log's rows older than `CHANGES_KEPT_MS` whose transaction ended before every
   * running one began, and records the newest of them in `pruned`; at most every `PRUNE_EVERY_MS` per
   * instance. A count made at a snapshot older than those rows is then made again in full.
   */
  async pruneNowAndThen(): Promise<void> {
    if (this.now() - this.prunedAt < PRUNE_EVERY_MS) return;
    this.prunedAt = this.now();
    const kept = sql`make_interval(secs => ${CHANGES_KEPT_MS / 1000})`;
    await sql`WITH changes AS (
        DELETE FROM incident_log.changes
        WHERE at < now() - ${kept} AND xid < pg_snapshot_xmin(pg_current_snapshot())
        RETURNING xid),
      rewrites AS (
        DELETE FROM incident_log.rewrites
        WHERE at < now() - ${kept} AND xid < pg_snapshot_xmin(pg_current_snapshot())
        RETURNING xid),
      gone AS (SELECT xid FROM changes UNION ALL SELECT xid FROM rewrites)
      UPDATE incident_log.pruned SET xid = greatest(xid, (SELECT max(xid) FROM gone))
      WHERE EXISTS (SELECT 1 FROM gone)`.execute(this.db);
  }
}

interface RawCell {
  gx: number;
  gy: number;
  event_class: string;
  n: number | string;
  lon_sum: number;
  lat_sum: number;
}

/** The columns of a grouped map query: the cell, the class, and the count and position sums given. */
function cellColumns(
  cellDegrees: number,
  n: ReturnType<typeof sql>,
  lonSum: ReturnType<typeof sql>,
  latSum: ReturnType<typeof sql>,
) {
  const cell = sql.val(cellDegrees);
  return [
    sql<number>`floor(lon / ${cell})::int`.as('gx'),
    sql<number>`floor(lat / ${cell})::int`.as('gy'),
    sql<string>`coalesce(event_types[1], 'other')`.as('event_class'),
    sql<string>`${n}`.as('n'),
    sql<number>`${lonSum}`.as('lon_sum'),
    sql<number>`${latSum}`.as('lat_sum'),
  ];
}

function toCell(row: RawCell): MapCellRow {
  return {
    gx: Number(row.gx),
    gy: Number(row.gy),
    event_class: row.event_class,
    n: Number(row.n),
    lon_sum: Number(row.lon_sum),
    lat_sum: Number(row.lat_sum),
  };
}
