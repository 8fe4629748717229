import type { Kysely } from 'kysely';
import type { ReadScope } from '../core/shared/principal.ts';
import { readableBy } from './read-scope.ts';
import type { ArticleCandidateRow, ArticleRow, DB } from './schema.ts';

export type CandidateStatus = ArticleCandidateRow['status'];

export interface NewArticle {
  id: string;
  url: string | null;
  content_hash: string;
  title: string | null;
  language: string;
  published: string;
  text: string;
  format: string;
  source_kind: string;
  reliability: string | null;
  credibility: number | null;
  outlet: string | null;
  feed_id: string | null;
  owner_org_id: string;
  marking: string;
  compartments: string[];
  created_by: string | null;
}

export interface NewCandidate {
  id: string;
  position: number;
  kind: 'incident' | 'seizure';
  key: string;
  draft: unknown;
  evidence: unknown[];
  confidence: number;
  notes: string[];
}

export interface QueueFilter {
  status?: CandidateStatus[];
  kind?: 'incident' | 'seizure';
  feed_id?: string;
  article_id?: string;
}

/** A queue entry: the candidate and what the list shows of its article. */
export type QueueRow = ArticleCandidateRow & {
  article_title: string | null;
  article_url: string | null;
  article_published: string;
  feed_id: string | null;
};

/** What a decision writes on a candidate. */
export interface CandidateDecision {
  status: CandidateStatus;
  decided_by: string | null;
  decided_at: Date | null;
  decision_reason: string | null;
  result_id: string | null;
}

/** The only place that holds the SQL of articles and their candidates. */
export class ArticleRepository {
  constructor(private readonly db: Kysely<DB>) {}

  findById(id: string): Promise<ArticleRow | undefined> {
    return this.db.selectFrom('articles').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /** The article already stored under this URL or with this text, if any. */
  findExisting(url: string | null, contentHash: string | null): Promise<ArticleRow | undefined> {
    return this.db
      .selectFrom('articles')
      .selectAll()
      .where((eb) =>
        eb.or([...(url ? [eb('url', '=', url)] : []), ...(contentHash ? [eb('content_hash', '=', contentHash)] : [])]),
      )
      .orderBy('created_at')
      .limit(1)
      .executeTakeFirst();
  }

  /** The URLs among `urls` already stored (feeds skip those items before extracting them). */
  async knownUrls(urls: string[]): Promise<Set<string>> {
    if (urls.length === 0) return new Set();
    const rows = await this.db.selectFrom('articles').select('url').where('url', 'in', urls).execute();
    return new Set(rows.map((row) => row.url!));
  }

  /**
   * Stores an article and its candidates, unless the same URL or text is already stored (then
   * returns undefined and writes nothing: a concurrent submission won the race).
   */
  async insert(article: NewArticle, candidates: NewCandidate[]): Promise<ArticleRow | undefined> {
    const row = await this.db
      .insertInto('articles')
      .values(article)
      .onConflict((oc) => oc.doNothing())
      .returningAll()
      .executeTakeFirst();
    if (!row) return undefined;
    if (candidates.length > 0) {
      await this.db
        .insertInto('article_candidates')
        .values(
          candidates.map((c) => ({
            ...c,
            article_id: row.id,
            draft: JSON.stringify(c.draft),
            evidence: JSON.stringify(c.evidence),
            notes: JSON.stringify(c.notes),
          })),
        )
        .execute();
    }
    return row;
  }

  findCandidate(id: string): Promise<ArticleCandidateRow | undefined> {
    return this.db.selectFrom('article_candidates').selectAll().where('id', '=', id).executeTakeFirst();
  }

  candidatesOf(articleId: string): Promise<ArticleCandidateRow[]> {
    return this.db
      .selectFrom('article_candidates')
      .selectAll()
      .where('article_id', '=', articleId)
      .orderBy('position')
      .execute();
  }

  private queue(scope: ReadScope, filter: QueueFilter) {
    let query = this.db
      .selectFrom('article_candidates as c')
      .innerJoin('articles', 'articles.id', 'c.article_id')
      .where(readableBy<'articles'>(scope) as never);
    if (filter.status?.length) query = query.where('c.status', 'in', filter.status);
    if (filter.kind) query = query.where('c.kind', '=', filter.kind);
    if (filter.feed_id) query = query.where('articles.feed_id', '=', filter.feed_id);
    if (filter.article_id) query = query.where('c.article_id', '=', filter.article_id);
    return query;
  }

  /** One page of the review queue the scope may read, newest first. */
  listQueue(scope: ReadScope, filter: QueueFilter, limit: number, offset: number): Promise<QueueRow[]> {
    return this.queue(scope, filter)
      .selectAll('c')
      .select([
        'articles.title as article_title',
        'articles.url as article_url',
        'articles.published as article_published',
        'articles.feed_id as feed_id',
      ])
      .orderBy('c.created_at', 'desc')
      .orderBy('c.position')
      .orderBy('c.id', 'desc')
      .limit(limit)
      .offset(offset)
      .execute();
  }

  async countQueue(scope: ReadScope, filter: QueueFilter): Promise<number> {
    const row = await this.queue(scope, filter)
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  /**
   * Records a decision if the candidate is still in one of `from` at `version`; returns the new
   * row, or undefined when someone else decided first.
   */
  decide(
    id: string,
    version: number,
    from: CandidateStatus[],
    decision: CandidateDecision,
  ): Promise<ArticleCandidateRow | undefined> {
    return this.db
      .updateTable('article_candidates')
      .set({ ...decision, version: version + 1 })
      .where('id', '=', id)
      .where('version', '=', version)
      .where('status', 'in', from)
      .returningAll()
      .executeTakeFirst();
  }
}
