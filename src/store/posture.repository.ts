import type { Kysely } from 'kysely';
import type { DB, PostureRow } from './schema.ts';

export type NewPosture = Omit<PostureRow, 'decided_at' | 'decided_by' | 'decision_reason' | 'words'> & {
  words?: object | null;
};
export interface PostureDecision {
  state: string;
  decided_at: Date;
  decided_by: string;
  decision_reason: string | null;
}

/** The SQL of posture levels: one row per level set or proposed, kept for the history. */
export class PostureRepository {
  constructor(private readonly db: Kysely<DB>) {}

  insert(posture: NewPosture): Promise<PostureRow> {
    return this.db
      .insertInto('postures')
      .values({ ...posture, words: posture.words ? JSON.stringify(posture.words) : null })
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  findById(id: string): Promise<PostureRow | undefined> {
    return this.db.selectFrom('postures').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /** Every active level and open proposal. */
  live(): Promise<PostureRow[]> {
    return this.db
      .selectFrom('postures')
      .selectAll()
      .where('state', 'in', ['active', 'proposed'])
      .orderBy('created_at', 'desc')
      .execute();
  }

  /** Active levels and proposals of one scope. */
  liveOf(scope: string, scopeId: string): Promise<PostureRow[]> {
    return this.db
      .selectFrom('postures')
      .selectAll()
      .where('scope', '=', scope)
      .where('scope_id', '=', scopeId)
      .where('state', 'in', ['active', 'proposed'])
      .execute();
  }

  history(filter: { scope?: string; scopeId?: string }, limit: number, offset: number): Promise<PostureRow[]> {
    let query = this.db.selectFrom('postures').selectAll();
    if (filter.scope) query = query.where('scope', '=', filter.scope);
    if (filter.scopeId !== undefined) query = query.where('scope_id', '=', filter.scopeId);
    return query.orderBy('created_at', 'desc').orderBy('id').limit(limit).offset(offset).execute();
  }

  /** Records a decision if the level is still in `from`; undefined when someone decided first. */
  decide(id: string, from: string, decision: PostureDecision): Promise<PostureRow | undefined> {
    return this.db
      .updateTable('postures')
      .set(decision)
      .where('id', '=', id)
      .where('state', '=', from)
      .returningAll()
      .executeTakeFirst();
  }

  /** Active levels and proposals whose expiry has passed. */
  expiring(now: Date): Promise<PostureRow[]> {
    return this.db
      .selectFrom('postures')
      .selectAll()
      .where('state', 'in', ['active', 'proposed'])
      .where('expires_at', '<=', now)
      .execute();
  }
}
