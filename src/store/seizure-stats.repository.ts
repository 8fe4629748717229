import type { Kysely } from 'kysely';
import type { ReadScope } from '../core/shared/principal.ts';
import type { DB } from './schema.ts';
import { readableBy } from './read-scope.ts';

export interface SeizureStatsFilter {
  from?: Date;
  to?: Date;
  drug?: string[];
  country?: string[];
}

/** What the trends, the map, the table and the CSV read of a seizure, with its organisation's name. */
export interface SeizureFactRow {
  id: string;
  occurred_start: Date;
  drug: string;
  quantity_kg: number;
  quantity_value: number;
  quantity_unit: string;
  directorate_code: string | null;
  department_code: string | null;
  commune: string | null;
  country: string;
  lat: number | null;
  lon: number | null;
  agency: string | null;
  route: string | null;
  vessel: string | null;
  value_amount: number | null;
  value_currency: string | null;
  organisation_id: string | null;
  organisation_name: string | null;
  organisation_kind: string | null;
}

/** The SQL of seizure aggregates: the readable seizures of a period, in the few columns totals need. */
export class SeizureStatsRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /**
   * The seizures the scope may read that started in [from, to), oldest first. Totals are summed by
   * the caller in the Paris calendar (src/analysis/seizures): a few thousand rows a year at most.
   */
  async facts(scope: ReadScope, filter: SeizureStatsFilter): Promise<SeizureFactRow[]> {
    // No join: the actors table carries access columns of the same names as the seizures'.
    let query = this.db
      .selectFrom('seizures')
      .where(readableBy<'seizures'>(scope))
      .select([
        'id',
        'occurred_start',
        'drug',
        'quantity_kg',
        'quantity_value',
        'quantity_unit',
        'directorate_code',
        'department_code',
        'commune',
        'country',
        'lat',
        'lon',
        'agency',
        'route',
        'vessel',
        'value_amount',
        'value_currency',
        'organisation_id',
      ]);
    if (filter.from) query = query.where('occurred_start', '>=', filter.from);
    if (filter.to) query = query.where('occurred_start', '<', filter.to);
    if (filter.drug?.length) query = query.where('drug', 'in', filter.drug);
    if (filter.country?.length) query = query.where('country', 'in', filter.country);
    const rows = await query.orderBy('occurred_start', 'asc').orderBy('id', 'asc').execute();
    const organisationIds = [...new Set(rows.flatMap((row) => (row.organisation_id ? [row.organisation_id] : [])))];
    const organisations =
      organisationIds.length === 0
        ? []
        : await this.db
            .selectFrom('actors')
            .select(['id', 'name', 'subkind'])
            .where('id', 'in', organisationIds)
            .execute();
    const byId = new Map(organisations.map((row) => [row.id, row]));
    return rows.map((row) => ({
      ...row,
      quantity_kg: Number(row.quantity_kg),
      quantity_value: Number(row.quantity_value),
      value_amount: row.value_amount === null ? null : Number(row.value_amount),
      organisation_name: row.organisation_id ? (byId.get(row.organisation_id)?.name ?? null) : null,
      organisation_kind: row.organisation_id ? (byId.get(row.organisation_id)?.subkind ?? null) : null,
    }));
  }
}
