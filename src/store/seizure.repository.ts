import type { Kysely } from 'kysely';
import type { DB, SeizureRow, StoredSource } from './schema.ts';
import type { ReadScope } from '../core/shared/principal.ts';
import { readableBy } from './read-scope.ts';

export interface SeizureFilter {
  from?: Date;
  to?: Date;
  drug?: string[];
  country?: string[];
}
/** What the repository writes: a seizure's fields, its organisation's id, its owner and author. */
export interface StoredSeizure {
  id: string;
  organisation_id: string | null;
  owner_org_id: string;
  created_by: string | null;
  external_id: string | null;
  occurred_start: Date;
  occurred_end: Date;
  occurred_precision: string;
  timezone: string;
  lat: number | null;
  lon: number | null;
  place_precision: string | null;
  commune: string | null;
  department_code: string | null;
  directorate_code: string | null;
  country: string;
  agency: string | null;
  drug: string;
  quantity_kg: number;
  quantity_value: number;
  quantity_unit: string;
  value_amount: number | null;
  value_currency: string | null;
  vessel: string | null;
  route: string | null;
  description: string | null;
  sources: StoredSource[];
  marking: string;
  compartments: string[];
}

/** The only place that holds the SQL of seizures. */
export class SeizureRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async insertMany(rows: StoredSeizure[]): Promise<string[]> {
    if (rows.length === 0) return [];
    const inserted = await this.db
      .insertInto('seizures')
      .values(rows.map((row) => ({ ...row, sources: JSON.stringify(row.sources) })))
      .onConflict((oc) => oc.column('external_id').doNothing())
      .returning('id')
      .execute();
    return inserted.map((row) => row.id);
  }

  findById(id: string): Promise<SeizureRow | undefined> {
    return this.db.selectFrom('seizures').selectAll().where('id', '=', id).executeTakeFirst();
  }

  findByExternalId(externalId: string): Promise<SeizureRow | undefined> {
    return this.db.selectFrom('seizures').selectAll().where('external_id', '=', externalId).executeTakeFirst();
  }

  /** One page, newest first; `offset` paging is enough for a table that grows by hundreds a year. */
  list(scope: ReadScope, filter: SeizureFilter, limit: number, offset: number): Promise<SeizureRow[]> {
    return this.filtered(scope, filter)
      .selectAll()
      .orderBy('occurred_start', 'desc')
      .orderBy('id', 'desc')
      .limit(limit)
      .offset(offset)
      .execute();
  }

  async count(scope: ReadScope, filter: SeizureFilter): Promise<number> {
    const row = await this.filtered(scope, filter)
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  private filtered(scope: ReadScope, filter: SeizureFilter) {
    let query = this.db.selectFrom('seizures').where(readableBy<'seizures'>(scope));
    if (filter.from) query = query.where('occurred_end', '>', filter.from);
    if (filter.to) query = query.where('occurred_start', '<', filter.to);
    if (filter.drug?.length) query = query.where('drug', 'in', filter.drug);
    if (filter.country?.length) query = query.where('country', 'in', filter.country);
    return query;
  }
}
