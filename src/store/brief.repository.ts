import { sql, type Kysely, type Selectable } from 'kysely';
import type { ReadScope } from '../core/shared/principal.ts';
import { readableBy } from './read-scope.ts';
import type { DB } from './schema.ts';

export type BriefRow = Selectable<DB['briefs']>;
export type BriefSummaryRow = Omit<BriefRow, 'content_md' | 'content_html' | 'facts' | 'search_text'>;
export interface NewBrief {
  id: string;
  brief_date: string;
  audience_org_id: string;
  language: string;
  title: string;
  content_md: string;
  content_html: string;
  facts: Record<string, unknown>;
  search_text: string;
  generated_at: Date;
  generated_by: string;
  owner_org_id: string;
  marking: string;
  compartments: string[];
  created_by: string | null;
}
export interface PostureChangeRow {
  id: string;
  scope: string;
  scope_id: string;
  level: string;
  state: string;
  reason: string;
  at: Date;
  by: string;
}

const SUMMARY = [
  'id',
  'brief_date',
  'audience_org_id',
  'language',
  'title',
  'generated_at',
  'generated_by',
  'owner_org_id',
  'marking',
  'compartments',
  'created_by',
] as const;

/** The SQL of daily briefs: the archive, and the history the brief compares with (p-values, posture). */
export class BriefRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /** Stores a brief unless its (date, audience) is already archived; returns it only when this call stored it. */
  async insertOnce(brief: NewBrief): Promise<BriefRow | undefined> {
    return this.db
      .insertInto('briefs')
      .values({ ...brief, facts: JSON.stringify(brief.facts) })
      .onConflict((oc) => oc.columns(['brief_date', 'audience_org_id']).doNothing())
      .returningAll()
      .executeTakeFirst();
  }

  find(date: string, audienceOrgId: string): Promise<BriefRow | undefined> {
    return this.db
      .selectFrom('briefs')
      .selectAll()
      .where('brief_date', '=', date)
      .where('audience_org_id', '=', audienceOrgId)
      .executeTakeFirst();
  }

  /** The archived brief if `scope` may read it (one query through `readableBy`). */
  findReadable(scope: ReadScope, id: string): Promise<BriefRow | undefined> {
    return this.db
      .selectFrom('briefs')
      .selectAll()
      .where('id', '=', id)
      .where(readableBy<'briefs'>(scope))
      .executeTakeFirst();
  }

  /** The newest archived brief of an audience strictly before a date (what "since yesterday" compares with). */
  latestBefore(date: string, audienceOrgId: string): Promise<BriefRow | undefined> {
    return this.db
      .selectFrom('briefs')
      .selectAll()
      .where('brief_date', '<', date)
      .where('audience_org_id', '=', audienceOrgId)
      .orderBy('brief_date', 'desc')
      .limit(1)
      .executeTakeFirst();
  }

  /** Archived briefs of the audiences given (all when null) that `scope` reads, newest first; `q` matches every word of it. */
  list(
    scope: ReadScope,
    audiences: string[] | null,
    q: string | undefined,
    limit: number,
    offset: number,
  ): Promise<BriefSummaryRow[]> {
    return this.filtered(scope, audiences, q)
      .select([...SUMMARY])
      .orderBy('brief_date', 'desc')
      .orderBy('generated_at', 'desc')
      .limit(limit)
      .offset(offset)
      .execute();
  }

  async count(scope: ReadScope, audiences: string[] | null, q: string | undefined): Promise<number> {
    const row = await this.filtered(scope, audiences, q)
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  private filtered(scope: ReadScope, audiences: string[] | null, q: string | undefined) {
    let query = this.db.selectFrom('briefs').where(readableBy<'briefs'>(scope));
    if (audiences)
      query = audiences.length ? query.where('audience_org_id', 'in', audiences) : query.where(sql<boolean>`false`);
    for (const word of (q ?? '').toLowerCase().split(/\s+/).filter(Boolean).slice(0, 8)) {
      query = query.where('search_text', 'like', `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    }
    return query;
  }

  /** The last p-value of each campaign (by key) evaluated at or before `at`, with its member count then. */
  async evaluationsAt(
    keys: string[],
    at: Date,
  ): Promise<Map<string, { p_value: number; members: number; evaluated_at: Date }>> {
    if (keys.length === 0) return new Map();
    const rows = await this.db
      .selectFrom('wave_evaluations')
      .select(['campaign_key', 'p_value', 'members', 'evaluated_at'])
      .where('campaign_key', 'in', keys)
      .where('evaluated_at', '<=', at)
      .orderBy('evaluated_at', 'asc')
      .execute();
    return new Map(
      rows.map((row) => [
        row.campaign_key,
        { p_value: Number(row.p_value), members: row.members, evaluated_at: row.evaluated_at },
      ]),
    );
  }

  /** Posture levels set, proposed, decided or lapsed in [from, to). Posture is read by every account. */
  async postureChanges(from: Date, to: Date): Promise<PostureChangeRow[]> {
    const rows = await this.db
      .selectFrom('postures')
      .selectAll()
      .where((eb) =>
        eb.or([
          eb.and([eb('created_at', '>=', from), eb('created_at', '<', to)]),
          eb.and([eb('decided_at', '>=', from), eb('decided_at', '<', to)]),
        ]),
      )
      .orderBy('created_at', 'asc')
      .execute();
    return rows.map((row) => {
      const decided = row.decided_at && row.decided_at >= from && row.decided_at < to;
      return {
        id: row.id,
        scope: row.scope,
        scope_id: row.scope_id,
        level: row.level,
        state: row.state,
        reason: decided ? (row.decision_reason ?? row.reason) : row.reason,
        at: decided ? row.decided_at! : row.created_at,
        by: decided ? (row.decided_by ?? 'vigie') : row.set_by_name,
      };
    });
  }
}
