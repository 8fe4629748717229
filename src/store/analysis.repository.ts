import { sql, type Kysely } from 'kysely';
import { bestGrade } from '../analysis/source-grade.ts';
import type { AnalysisIncident } from '../analysis/types.ts';
import type { Gazetteer } from '../core/shared/gazetteer.ts';
import type { DB, IncidentRow } from './schema.ts';

const COLUMNS = [
  'id',
  'occurred_start',
  'occurred_end',
  'facility_id',
  'lat',
  'lon',
  'department_code',
  'directorate_code',
  'event_types',
  'target_kinds',
  'weapons',
  'signatures',
  'sources',
  'status',
] as const;

type AnalysisColumns = Pick<IncidentRow, (typeof COLUMNS)[number]>;

/** Reduces an incident row to what the analysis needs. */
export function toAnalysisIncident(row: AnalysisColumns, gazetteer: Gazetteer): AnalysisIncident {
  return {
    id: row.id,
    start: row.occurred_start.getTime(),
    end: row.occurred_end.getTime(),
    siteId: row.facility_id,
    lat: row.lat,
    lon: row.lon,
    department: row.department_code,
    directorate: row.directorate_code,
    facilityKind: row.facility_id ? (gazetteer.facility(row.facility_id)?.kind ?? null) : null,
    eventTypes: row.event_types,
    targetKinds: row.target_kinds,
    weapons: row.weapons,
    signatures: row.signatures.map(({ kind, text, normalized }) => ({ kind, text, normalized })),
    grade: bestGrade(row.sources),
    status: row.status as AnalysisIncident['status'],
  };
}

/** Reads incidents for the analysis engine, oldest first, page by page (no access filter: the engine sees all). */
export class AnalysisRepository {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly gazetteer: Gazetteer,
  ) {}

  async *all(pageSize = 5000): AsyncGenerator<AnalysisIncident[]> {
    let after: { start: Date; id: string } | undefined;
    for (;;) {
      let query = this.db
        .selectFrom('incidents')
        .select([...COLUMNS])
        .orderBy('occurred_start')
        .orderBy('id')
        .limit(pageSize);
      if (after) {
        const { start, id } = after;
        query = query.where((eb) =>
          eb.or([eb('occurred_start', '>', start), eb.and([eb('occurred_start', '=', start), eb('id', '>', id)])]),
        );
      }
      const rows = await query.execute();
      if (rows.length === 0) return;
      yield rows.map((row) => toAnalysisIncident(row, this.gazetteer));
      if (rows.length < pageSize) return;
      const last = rows[rows.length - 1];
      after = { start: last.occurred_start, id: last.id };
    }
  }

  async byIds(ids: string[]): Promise<AnalysisIncident[]> {
    if (ids.length === 0) return [];
    const rows = await this.db
      .selectFrom('incidents')
      .select([...COLUMNS])
      .where('id', 'in', ids)
      .execute();
    return rows.map((row) => toAnalysisIncident(row, this.gazetteer));
  }

  /** Incidents at these facilities overlapping [from, to), for a candidate's scan. */
  async atSitesBetween(siteIds: string[], from: Date, to: Date): Promise<AnalysisIncident[]> {
    if (siteIds.length === 0) return [];
    const rows = await this.db
      .selectFrom('incidents')
      .select([...COLUMNS])
      .where('facility_id', 'in', siteIds)
      .where('occurred_end', '>', from)
      .where('occurred_start', '<', to)
      .execute();
    return rows.map((row) => toAnalysisIncident(row, this.gazetteer));
  }

  /** Incidents overlapping [from, to), oldest first (a study period, a clustering window). */
  async between(from: Date, to: Date): Promise<AnalysisIncident[]> {
    const rows = await this.db
      .selectFrom('incidents')
      .select([...COLUMNS])
      .where('occurred_end', '>', from)
      .where('occurred_start', '<', to)
      .orderBy('occurred_start')
      .execute();
    return rows.map((row) => toAnalysisIncident(row, this.gazetteer));
  }

  /** Incidents changed since the detection last processed them. */
  async pendingIds(limit = 100_000): Promise<string[]> {
    // Oldest write first (a partial index of the pending rows in that order, migration 0016).
    const rows = await this.db
      .selectFrom('incidents')
      .select('id')
      .where(sql<boolean>`analysed_version IS DISTINCT FROM version`)
      .orderBy('updated_at')
      .orderBy('id')
      .limit(limit)
      .execute();
    return rows.map((row) => row.id);
  }

  /**
   * Records that these incidents were processed at their current version, locking the rows in id
   * order first (the alert rules' markAlerted does the same, so the two cannot deadlock).
   */
  async markAnalysed(ids: string[]): Promise<void> {
    for (let i = 0; i < ids.length; i += 1000) {
      const slice = ids.slice(i, i + 1000);
      await sql`WITH locked AS MATERIALIZED (SELECT id FROM incidents WHERE id = ANY(${sql.val(slice)}::uuid[]) ORDER BY id FOR NO KEY UPDATE)
        UPDATE incidents SET analysed_version = version WHERE id IN (SELECT id FROM locked)`.execute(this.db);
    }
  }

  /** Marks the incidents carrying these normalised signatures for analysis again (after an alias change). */
  async markPendingBySignature(keys: string[]): Promise<void> {
    await this.db
      .updateTable('incidents')
      .set({ analysed_version: null })
      .where(sql<boolean>`signature_keys && ${sql.val(keys)}::text[]`)
      .execute();
  }

  /** The start of the latest incident, epoch ms, or null in an empty store. */
  async latestStart(): Promise<number | null> {
    const row = await this.db
      .selectFrom('incidents')
      .select((eb) => eb.fn.max('occurred_start').as('last'))
      .executeTakeFirst();
    return row?.last ? new Date(row.last as unknown as string).getTime() : null;
  }
}
