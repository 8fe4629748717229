import { sql, type Kysely } from 'kysely';
import type { ReadScope } from '../core/shared/principal.ts';
import { applyFilter, type IncidentFilter } from './incident.repository.ts';
import type { DB } from './schema.ts';

/** One grid cell of one class: how many readable incidents fall in it, and their mean position. */
export interface MapCellRow {
  gx: number;
  gy: number;
  event_class: string;
  n: number;
  lon: number;
  lat: number;
}

/** The SQL of the map at national and regional zoom: counts per grid cell and class, computed by PostgreSQL. */
export class IncidentMapRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /**
   * Readable incidents matching the filter, counted per cell of `cellDegrees` and per class (the first
   * event type). A year at national zoom is a few hundred rows, whatever the number of incidents.
   */
  async cells(scope: ReadScope, filter: IncidentFilter, cellDegrees: number): Promise<MapCellRow[]> {
    const cell = sql.val(cellDegrees);
    const query = applyFilter(
      this.db
        .selectFrom('incidents')
        .select([
          sql<number>`floor(lon / ${cell})::int`.as('gx'),
          sql<number>`floor(lat / ${cell})::int`.as('gy'),
          sql<string>`coalesce(event_types[1], 'other')`.as('event_class'),
          sql<string>`count(*)`.as('n'),
          sql<number>`avg(lon)`.as('lon'),
          sql<number>`avg(lat)`.as('lat'),
        ]),
      scope,
      filter,
    ).groupBy([sql`1`, sql`2`, sql`3`]);
    const rows = await query.execute();
    return rows.map((row) => ({
      gx: Number(row.gx),
      gy: Number(row.gy),
      event_class: row.event_class,
      n: Number(row.n),
      lon: Number(row.lon),
      lat: Number(row.lat),
    }));
  }
}
