import { sql, type Insertable, type Kysely, type SelectQueryBuilder } from 'kysely';
import type { ReadScope } from '../core/shared/principal.ts';
import { readableBranches, readableBy } from './read-scope.ts';
import type { DB, IncidentChangeRow, IncidentRow, StoredSource } from './schema.ts';

/**
 * What the repository writes: an incident's fields (times resolved, place located, signatures folded),
 * its owner, author and sealed STAFF details.
 */
export interface IncidentToStore {
  id: string;
  owner_org_id: string;
  created_by: string | null;
  external_id: string | null;
  occurred_start: Date;
  occurred_end: Date;
  occurred_precision: string;
  timezone: string;
  reported_at: Date | null;
  facility_id: string | null;
  lat: number;
  lon: number;
  place_precision: string;
  commune: string | null;
  department_code: string | null;
  directorate_code: string | null;
  country: string;
  spot: string | null;
  event_types: string[];
  target_kinds: string[];
  weapons: string[];
  signatures: Array<{ kind: string; text: string; normalized: string }>;
  signature_keys: string[];
  killed: number;
  injured: number;
  damage: string | null;
  description: string | null;
  status: string;
  sources: StoredSource[];
  marking: string;
  compartments: string[];
  staff_sealed: string | null;
}

/** The list filters of incidents; every list is also a count and an export with the same filter. */
export interface IncidentFilter {
  from?: Date;
  to?: Date;
  facility?: string[];
  department?: string[];
  directorate?: string[];
  event_type?: string[];
  target_kind?: string[];
  /** normalised signature keys */
  signature?: string[];
  status?: string[];
  /** only these incidents (an exported selection) */
  id?: string[];
  /** [minLon, minLat, maxLon, maxLat] */
  bbox?: [number, number, number, number];
}

/** Where a page ended: the value of the sort column and the id of its last row. */
export interface IncidentCursor {
  value: Date | string;
  id: string;
}

/** The orders of a list: a column, descending with a leading `-`; ties are broken by id. */
export const INCIDENT_SORTS = [
  '-occurred',
  'occurred',
  '-recorded',
  'recorded',
  '-updated',
  'updated',
  'status',
  '-status',
] as const;
export type IncidentSort = (typeof INCIDENT_SORTS)[number];
const SORT_COLUMNS = {
  occurred: 'occurred_start',
  recorded: 'created_at',
  updated: 'updated_at',
  status: 'status',
} as const;

/** The column a sort reads and its direction. */
export function sortColumn(sort: IncidentSort): {
  column: (typeof SORT_COLUMNS)[keyof typeof SORT_COLUMNS];
  descending: boolean;
} {
  const descending = sort.startsWith('-');
  return { column: SORT_COLUMNS[sort.replace(/^-/, '') as keyof typeof SORT_COLUMNS], descending };
}

const toColumns = <T extends Omit<IncidentToStore, 'id' | 'owner_org_id' | 'created_by'>>(record: T) => ({
  ...record,
  signatures: JSON.stringify(record.signatures),
  sources: JSON.stringify(record.sources),
});

export function applyFilter<O>(
  query: SelectQueryBuilder<DB, 'incidents', O>,
  scope: ReadScope,
  filter: IncidentFilter,
) {
  let q = query.where(readableBy<'incidents'>(scope));
  // Overlap, not containment: "the night of 14 to 15 April" is in a range that starts on the 15th.
  if (filter.from) q = q.where('occurred_end', '>', filter.from);
  if (filter.to) q = q.where('occurred_start', '<', filter.to);
  if (filter.facility?.length) q = q.where('facility_id', 'in', filter.facility);
  if (filter.department?.length) q = q.where('department_code', 'in', filter.department);
  if (filter.directorate?.length) q = q.where('directorate_code', 'in', filter.directorate);
  if (filter.status?.length) q = q.where('status', 'in', filter.status);
  if (filter.id?.length) q = q.where('id', 'in', filter.id);
  if (filter.event_type?.length) q = q.where(sql<boolean>`event_types && ${sql.val(filter.event_type)}::text[]`);
  if (filter.target_kind?.length) q = q.where(sql<boolean>`target_kinds && ${sql.val(filter.target_kind)}::text[]`);
  if (filter.signature?.length) q = q.where(sql<boolean>`signature_keys && ${sql.val(filter.signature)}::text[]`);
  if (filter.bbox) {
    const [minLon, minLat, maxLon, maxLat] = filter.bbox;
    q = q.where('lon', '>=', minLon).where('lon', '<=', maxLon).where('lat', '>=', minLat).where('lat', '<=', maxLat);
  }
  return q;
}

/** Does the filter hold no condition at all (the list as it opens)? */
function isEmptyFilter(filter: IncidentFilter): boolean {
  return Object.values(filter).every((value) => value === undefined || (Array.isArray(value) && value.length === 0));
}

/** The only place that holds the SQL of incidents. */
export class IncidentRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /**
   * Inserts records, skipping those whose external_id is already stored.
   * Returns the ids of the rows actually inserted.
   */
  async insertMany(records: IncidentToStore[], db: Kysely<DB> = this.db): Promise<string[]> {
    if (records.length === 0) return [];
    const rows = await db
      .insertInto('incidents')
      .values(records.map(toColumns))
      .onConflict((oc) => oc.column('external_id').doNothing())
      .returning('id')
      .execute();
    return rows.map((row) => row.id);
  }

  findById(id: string): Promise<IncidentRow | undefined> {
    return this.db.selectFrom('incidents').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /**
   * A number that moves with every statement writing incidents (migration 0027), on any instance: kept
   * answers computed from incidents are stale when it moved.
   */
  async revision(): Promise<string> {
    const { rows } = await sql<{
      revision: string;
    }>`SELECT last_value::text || (CASE WHEN is_called THEN '' ELSE '-' END) AS revision FROM incident_revision`.execute(
      this.db,
    );
    return rows[0].revision;
  }

  /** When the latest incident of the whole store began (every reader's and marking's), or undefined when there is none. */
  async latestOccurrence(): Promise<Date | undefined> {
    const row = await this.db
      .selectFrom('incidents')
      .select((eb) => eb.fn.max('occurred_start').as('last'))
      .executeTakeFirst();
    return row?.last ? new Date(row.last as Date) : undefined;
  }

  /** The incidents among `ids` that `scope` may read, in one query per thousand ids (the batched access check). */
  async readableByIds(scope: ReadScope, ids: readonly string[]): Promise<IncidentRow[]> {
    const unique = [...new Set(ids)];
    const rows: IncidentRow[] = [];
    for (let i = 0; i < unique.length; i += 1000) {
      rows.push(
        ...(await this.db
          .selectFrom('incidents')
          .selectAll()
          .where('id', 'in', unique.slice(i, i + 1000))
          .where(readableBy<'incidents'>(scope))
          .execute()),
      );
    }
    return rows;
  }

  byIds(ids: string[]): Promise<IncidentRow[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.db.selectFrom('incidents').selectAll().where('id', 'in', ids).execute();
  }

  findByExternalId(externalId: string): Promise<IncidentRow | undefined> {
    return this.db.selectFrom('incidents').selectAll().where('external_id', '=', externalId).executeTakeFirst();
  }

  /** Replaces an incident's fields if its version is still `version`; returns the new row or undefined. */
  async updateIfVersion(
    id: string,
    version: number,
    record: Omit<IncidentToStore, 'id' | 'owner_org_id' | 'created_by'> & { duplicate_of?: string | null },
  ): Promise<IncidentRow | undefined> {
    return this.db
      .updateTable('incidents')
      .set({ ...toColumns(record), version: version + 1, updated_at: new Date() })
      .where('id', '=', id)
      .where('version', '=', version)
      .returningAll()
      .executeTakeFirst();
  }

  /** One page of what the scope may read, in the given order (newest first by default), after the cursor. */
  list(
    scope: ReadScope,
    filter: IncidentFilter,
    limit: number,
    after?: IncidentCursor,
    sort: IncidentSort = '-occurred',
  ): Promise<IncidentRow[]> {
    const { column, descending } = sortColumn(sort);
    const direction = descending ? 'desc' : 'asc';
    const past = descending ? '<' : '>';
    let query = applyFilter(this.db.selectFrom('incidents').selectAll(), scope, filter);
    if (after) {
      query = query.where((eb) =>
        eb.or([
          eb(column, past, after.value as never),
          eb.and([eb(column, '=', after.value as never), eb('id', past, after.id)]),
        ]),
      );
    }
    return query.orderBy(column, direction).orderBy('id', direction).limit(limit).execute();
  }

  /** Records one change of an incident (its history), in the caller's transaction. */
  async appendChange(change: Insertable<DB['incident_changes']>): Promise<void> {
    await this.db.insertInto('incident_changes').values(change).execute();
  }

  /** An incident's changes, oldest first. */
  changes(incidentId: string): Promise<IncidentChangeRow[]> {
    return this.db
      .selectFrom('incident_changes')
      .selectAll()
      .where('incident_id', '=', incidentId)
      .orderBy('version')
      .execute();
  }

  /**
   * How many incidents the scope may read match the filter (a count never includes what it cannot
   * read), counted up to `cap` + 1: an exact count of a million rows costs a second a page, and past
   * the cap a person needs "more than 10,000", not the figure.
   */
  async count(scope: ReadScope, filter: IncidentFilter, cap = Number.MAX_SAFE_INTEGER): Promise<number> {
    const matching = this.readableMatching(scope, filter);
    const bounded = cap < Number.MAX_SAFE_INTEGER ? matching.limit(cap + 1) : matching;
    const row = await this.db
      .selectFrom(bounded.as('matching'))
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  /**
   * The rows `count` counts (one column, `one`). With no filter, one branch per marking, each read from
   * its partial index (migration 0032) rather than the scope's OR tested on every row.
   */
  private readableMatching(scope: ReadScope, filter: IncidentFilter) {
    const one = () => this.db.selectFrom('incidents').select(sql<number>`1`.as('one'));
    const branches = isEmptyFilter(filter) ? readableBranches(scope) : undefined;
    if (!branches) return applyFilter(one(), scope, filter);
    const union = branches.map((branch) => one().where(branch)).reduce((all, next) => all.unionAll(next));
    return this.db.selectFrom(union.as('readable')).select('one') as unknown as ReturnType<typeof one>;
  }

  /** The points of a map: what the scope may read, newest first, only the columns a point shows. */
  mapPoints(scope: ReadScope, filter: IncidentFilter, limit: number): Promise<IncidentMapRow[]> {
    return applyFilter(this.db.selectFrom('incidents').select(MAP_COLUMNS), scope, filter)
      .orderBy('occurred_start', 'desc')
      .orderBy('id', 'desc')
      .limit(limit)
      .execute();
  }

  /** Every matching incident, page by page, for exports that must not hold the whole set. */
  async *iterate(scope: ReadScope, filter: IncidentFilter, pageSize = 1000): AsyncGenerator<IncidentRow> {
    let after: IncidentCursor | undefined;
    for (;;) {
      const page = await this.list(scope, filter, pageSize, after);
      yield* page;
      if (page.length < pageSize) return;
      const last = page[page.length - 1];
      after = { value: last.occurred_start, id: last.id };
    }
  }

  /** Incidents holding sealed STAFF details, by id, for a key rotation. */
  listSealed(afterId: string, limit: number): Promise<Array<{ id: string; staff_sealed: string }>> {
    return this.db
      .selectFrom('incidents')
      .select(['id', 'staff_sealed'])
      .where('staff_sealed', 'is not', null)
      .where('id', '>', afterId)
      .orderBy('id')
      .limit(limit)
      .execute() as Promise<Array<{ id: string; staff_sealed: string }>>;
  }

  async replaceSealed(id: string, sealed: string): Promise<void> {
    await this.db.updateTable('incidents').set({ staff_sealed: sealed }).where('id', '=', id).execute();
  }
}

const MAP_COLUMNS = [
  'id',
  'lat',
  'lon',
  'event_types',
  'target_kinds',
  'status',
  'occurred_start',
  'occurred_end',
  'occurred_precision',
  'facility_id',
  'commune',
  'signature_keys',
  'marking',
  'compartments',
] as const;
export type IncidentMapRow = Pick<IncidentRow, (typeof MAP_COLUMNS)[number]>;
