import { sql, type Kysely } from 'kysely';
import type { RiskReason } from '../analysis/risk/risk-reason.ts';
import type { SiteRisk } from '../analysis/waves/site-risk.ts';
import type { ReadScope } from '../core/shared/principal.ts';
import { readableBy } from './read-scope.ts';
import type { DB } from './schema.ts';

/** A stored ranking: the instant it forecasts from, when it was computed, its sites most at risk first. */
export interface StoredRanking {
  computedFor: Date;
  computedAt: Date;
  items: SiteRisk[];
}

/** The fields that decide who reads an incident (core/access's `Protected`). */
export interface EvidenceAccess {
  owner_org_id: string;
  marking: string;
  compartments: string[];
  created_by: string | null;
}

/** SQL of the stored site risk rankings (migration 0024) and the batch access check of their evidence. */
export class SiteRiskRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /** Replaces the ranking of a horizon in one transaction: a reader sees the old one or the new one. */
  async replace(horizonHours: number, computedFor: Date, items: readonly SiteRisk[]): Promise<void> {
    const rows = items.map((risk, rank) => ({
      horizon_hours: horizonHours,
      rank,
      site_id: risk.siteId,
      computed_for: computedFor,
      expected: risk.expected,
      background: risk.background,
      excitation: risk.excitation,
      probability: risk.probability,
      // JSON has no infinity: a site without a usual rate is stored with the largest double
      relative_risk: Number.isFinite(risk.relativeRisk) ? risk.relativeRisk : Number.MAX_VALUE,
      factor: risk.factor ?? null,
      reasons: JSON.stringify(risk.reasons),
    }));
    await this.db.transaction().execute(async (trx) => {
      await trx.deleteFrom('site_risk_rankings').where('horizon_hours', '=', horizonHours).execute();
      for (let i = 0; i < rows.length; i += 500)
        await trx
          .insertInto('site_risk_rankings')
          .values(rows.slice(i, i + 500))
          .execute();
    });
  }

  /**
   * Which ranking of a horizon is stored (its first row, by primary key), and the store's incident
   * revision (migration 0027) read in the same query: undefined when no ranking is stored.
   */
  async version(
    horizonHours: number,
  ): Promise<{ computedFor: Date; computedAt: Date; incidentRevision: string } | undefined> {
    const row = await this.db
      .selectFrom('site_risk_rankings')
      .select([
        'computed_for',
        'computed_at',
        sql<string>`(SELECT last_value::text || (CASE WHEN is_called THEN '' ELSE '-' END) FROM incident_revision)`.as(
          'incident_revision',
        ),
      ])
      .where('horizon_hours', '=', horizonHours)
      .where('rank', '=', 0)
      .executeTakeFirst();
    return (
      row && { computedFor: row.computed_for, computedAt: row.computed_at, incidentRevision: row.incident_revision }
    );
  }

  /** What decides who reads each of `ids` (marking, owner, author, compartments), one query per thousand ids. */
  async accessOf(ids: readonly string[]): Promise<Map<string, EvidenceAccess>> {
    const access = new Map<string, EvidenceAccess>();
    for (let i = 0; i < ids.length; i += 1000) {
      const rows = await this.db
        .selectFrom('incidents')
        .select(['id', 'marking', 'owner_org_id', 'created_by', 'compartments'])
        .where('id', 'in', ids.slice(i, i + 1000))
        .execute();
      for (const { id, ...record } of rows) access.set(id, record);
    }
    return access;
  }

  /** The first `limit` sites of a horizon's stored ranking, or undefined when none is stored. */
  async ranking(horizonHours: number, limit: number): Promise<StoredRanking | undefined> {
    const rows = await this.db
      .selectFrom('site_risk_rankings')
      .selectAll()
      .where('horizon_hours', '=', horizonHours)
      .orderBy('rank')
      .limit(limit)
      .execute();
    if (rows.length === 0) return undefined;
    return {
      computedFor: rows[0].computed_for,
      computedAt: rows[0].computed_at,
      items: rows.map((row) => ({
        siteId: row.site_id,
        horizonHours,
        expected: row.expected,
        background: row.background,
        excitation: row.excitation,
        probability: row.probability,
        relativeRisk: row.relative_risk >= Number.MAX_VALUE ? Infinity : row.relative_risk,
        reasons: row.reasons as RiskReason[],
        ...(row.factor === null ? {} : { factor: row.factor }),
      })),
    };
  }

  /** Of `ids`, the incidents the scope may read, in one query (the reasons' evidence check). */
  async readableIncidentIds(scope: ReadScope, ids: readonly string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    if (scope.all) return new Set(ids);
    const readable = new Set<string>();
    for (let i = 0; i < ids.length; i += 1000) {
      const rows = await this.db
        .selectFrom('incidents')
        .select('id')
        .where('id', 'in', ids.slice(i, i + 1000))
        .where(readableBy<'incidents'>(scope))
        .execute();
      for (const row of rows) readable.add(row.id);
    }
    return readable;
  }
}
