import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { ApiTokenRow, CompartmentGrantRow, DB, OrganisationRow, UserRow } from './schema.ts';

export interface NewUser {
  username: string;
  display_name: string | null;
  password_hash: string;
  role: string;
  organisation_id: string;
  compartments: string[];
}

/** SQL of organisations, users, sessions, API tokens and login throttling. */
export class IdentityRepository {
  private readonly changeListeners: Array<() => void> = [];

  constructor(private readonly db: Kysely<DB>) {}

  /** Called after each change of who may do what (tokens, accounts, shares): kept credentials are dropped. */
  onChange(listener: () => void): void {
    this.changeListeners.push(listener);
  }
  private changed(): void {
    for (const listener of this.changeListeners) listener();
  }

  // organisations
  listOrganisations(): Promise<OrganisationRow[]> {
    return this.db.selectFrom('organisations').selectAll().orderBy('name').execute();
  }
  findOrganisation(idOrName: string): Promise<OrganisationRow | undefined> {
    const byId = /^[0-9a-f-]{36}$/i.test(idOrName);
    return this.db
      .selectFrom('organisations')
      .selectAll()
      .where(byId ? 'id' : sql<string>`lower(name)`, '=', byId ? idOrName : idOrName.toLowerCase())
      .executeTakeFirst();
  }
  async insertOrganisation(name: string, kind: string): Promise<OrganisationRow> {
    return this.db
      .insertInto('organisations')
      .values({ id: randomUUID(), name, kind })
      .returningAll()
      .executeTakeFirstOrThrow();
  }
  async share(ownerId: string, partnerId: string): Promise<void> {
    await this.db
      .insertInto('organisation_shares')
      .values({ owner_id: ownerId, partner_id: partnerId })
      .onConflict((oc) => oc.doNothing())
      .execute();
    this.changed();
  }
  async unshare(ownerId: string, partnerId: string): Promise<void> {
    await this.db
      .deleteFrom('organisation_shares')
      .where('owner_id', '=', ownerId)
      .where('partner_id', '=', partnerId)
      .execute();
    this.changed();
  }
  /** The organisations that share their records with `partnerId`. */
  async sharedWith(partnerId: string): Promise<string[]> {
    const rows = await this.db
      .selectFrom('organisation_shares')
      .select('owner_id')
      .where('partner_id', '=', partnerId)
      .execute();
    return rows.map((row) => row.owner_id);
  }
  listShares(): Promise<Array<{ owner_id: string; partner_id: string }>> {
    return this.db.selectFrom('organisation_shares').selectAll().execute();
  }

  // users
  async insertUser(user: NewUser): Promise<UserRow> {
    return this.db
      .insertInto('users')
      .values({ id: randomUUID(), ...user })
      .returningAll()
      .executeTakeFirstOrThrow();
  }
  findUserById(id: string): Promise<UserRow | undefined> {
    return this.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  }
  findUserByName(username: string): Promise<UserRow | undefined> {
    return this.db
      .selectFrom('users')
      .selectAll()
      .where(sql<string>`lower(username)`, '=', username.toLowerCase())
      .executeTakeFirst();
  }
  /** The enabled accounts of one organisation, by name. */
  enabledUsersOf(organisationId: string): Promise<UserRow[]> {
    return this.db
      .selectFrom('users')
      .selectAll()
      .where('organisation_id', '=', organisationId)
      .where('disabled', '=', false)
      .orderBy('username')
      .execute();
  }
  listUsers(): Promise<UserRow[]> {
    return this.db.selectFrom('users').selectAll().orderBy('username').execute();
  }
  async updateUser(
    id: string,
    changes: Partial<
      Pick<
        UserRow,
        | 'display_name'
        | 'password_hash'
        | 'role'
        | 'organisation_id'
        | 'compartments'
        | 'disabled'
        | 'failed_logins'
        | 'locked_until'
        | 'last_login_at'
      >
    >,
  ): Promise<UserRow | undefined> {
    const updated = await this.db
      .updateTable('users')
      .set(changes)
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirst();
    this.changed();
    return updated;
  }
  async countUsers(): Promise<number> {
    const row = await this.db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  // sessions
  async insertSession(session: {
    id: string;
    user_id: string;
    csrf_token: string;
    expires_at: Date;
    address: string | null;
    user_agent: string | null;
  }): Promise<void> {
    await this.db.insertInto('sessions').values(session).execute();
  }
  findSession(id: string) {
    return this.db
      .selectFrom('sessions')
      .selectAll()
      .where('id', '=', id)
      .where('expires_at', '>', new Date())
      .executeTakeFirst();
  }
  async deleteSession(id: string): Promise<void> {
    await this.db.deleteFrom('sessions').where('id', '=', id).execute();
  }
  async deleteSessionsOf(userId: string): Promise<void> {
    await this.db.deleteFrom('sessions').where('user_id', '=', userId).execute();
  }
  async extendSession(id: string, expiresAt: Date): Promise<void> {
    await this.db.updateTable('sessions').set({ expires_at: expiresAt }).where('id', '=', id).execute();
  }

  // API tokens
  async insertToken(token: {
    user_id: string;
    name: string;
    token_hash: string;
    prefix: string;
    expires_at: Date | null;
  }): Promise<ApiTokenRow> {
    return this.db
      .insertInto('api_tokens')
      .values({ id: randomUUID(), ...token })
      .returningAll()
      .executeTakeFirstOrThrow();
  }
  findTokenByHash(hash: string): Promise<ApiTokenRow | undefined> {
    return this.db.selectFrom('api_tokens').selectAll().where('token_hash', '=', hash).executeTakeFirst();
  }
  listTokens(userId?: string): Promise<ApiTokenRow[]> {
    let query = this.db.selectFrom('api_tokens').selectAll().orderBy('created_at', 'desc');
    if (userId) query = query.where('user_id', '=', userId);
    return query.execute();
  }
  findToken(id: string): Promise<ApiTokenRow | undefined> {
    return this.db.selectFrom('api_tokens').selectAll().where('id', '=', id).executeTakeFirst();
  }
  async revokeToken(id: string): Promise<void> {
    await this.db
      .updateTable('api_tokens')
      .set({ revoked_at: new Date() })
      .where('id', '=', id)
      .where('revoked_at', 'is', null)
      .execute();
    this.changed();
  }
  async touchToken(id: string): Promise<void> {
    await this.db.updateTable('api_tokens').set({ last_used_at: new Date() }).where('id', '=', id).execute();
  }

  // login throttling by address
  findThrottle(key: string) {
    return this.db.selectFrom('login_throttle').selectAll().where('key', '=', key).executeTakeFirst();
  }
  async saveThrottle(row: {
    key: string;
    failures: number;
    window_start: Date;
    blocked_until: Date | null;
  }): Promise<void> {
    await this.db
      .insertInto('login_throttle')
      .values(row)
      .onConflict((oc) =>
        oc
          .column('key')
          .doUpdateSet({ failures: row.failures, window_start: row.window_start, blocked_until: row.blocked_until }),
      )
      .execute();
  }
  async clearThrottle(key: string): Promise<void> {
    await this.db.deleteFrom('login_throttle').where('key', '=', key).execute();
  }
  /** Forgets every throttle whose key starts with `prefix` (an administrator unlocking an account). */
  async clearThrottlesStartingWith(prefix: string): Promise<void> {
    await this.db.deleteFrom('login_throttle').where(sql<string>`left(key, ${prefix.length})`, '=', prefix).execute();
  }

  /**
   * Counts one sign-in attempt under `key` before the password is checked, in one statement (no
   * read-then-write, so parallel attempts each get their own number). The count starts again when
   * the window is over or a block has ended; reaching `max` sets `blocked_until`.
   */
  async reserveAttempt(
    key: string,
    options: { now: Date; windowStart: Date; max: number; blockUntil: Date },
  ): Promise<{ failures: number; blocked_until: Date | null }> {
    const { now, windowStart, max, blockUntil } = options;
    const fresh = sql<boolean>`((t.blocked_until IS NOT NULL AND t.blocked_until <= ${now}) OR (t.blocked_until IS NULL AND t.window_start < ${windowStart}))`;
    const next = sql<number>`(CASE WHEN ${fresh} THEN 1 ELSE t.failures + 1 END)`;
    const row = await sql<{ failures: number; blocked_until: Date | null }>`
      INSERT INTO login_throttle AS t (key, failures, window_start, blocked_until)
      VALUES (${key}, 1, ${now}, ${max <= 1 ? blockUntil : null})
      ON CONFLICT (key) DO UPDATE SET
        failures = ${next},
        window_start = CASE WHEN ${fresh} THEN ${now} ELSE t.window_start END,
        blocked_until = CASE WHEN ${next} >= ${max} THEN COALESCE(CASE WHEN ${fresh} THEN NULL ELSE t.blocked_until END, ${blockUntil}) ELSE NULL END
      RETURNING failures, blocked_until`.execute(this.db);
    const [first] = row.rows;
    return {
      failures: Number(first!.failures),
      blocked_until: first!.blocked_until ? new Date(first!.blocked_until) : null,
    };
  }

  /** Gives back an attempt that signed in (it was counted before the password was checked). */
  async releaseAttempt(key: string, max: number): Promise<void> {
    await sql`UPDATE login_throttle SET failures = GREATEST(failures - 1, 0),
      blocked_until = CASE WHEN failures - 1 < ${max} THEN NULL ELSE blocked_until END WHERE key = ${key}`.execute(
      this.db,
    );
  }

  /** Adds one to an account's failed sign-ins since its last success and returns the new count. */
  async countFailedLogin(userId: string): Promise<number> {
    const row = await this.db
      .updateTable('users')
      .set({ failed_logins: sql`failed_logins + 1` })
      .where('id', '=', userId)
      .returning('failed_logins')
      .executeTakeFirst();
    return row?.failed_logins ?? 0;
  }

  // compartment grants: one administrator proposes, another approves
  async insertGrant(grant: {
    id: string;
    user_id: string;
    compartment: string;
    proposed_by: string | null;
    proposed_by_name: string;
  }): Promise<CompartmentGrantRow | undefined> {
    return this.db
      .insertInto('compartment_grants')
      .values(grant)
      .onConflict((oc) => oc.columns(['user_id', 'compartment']).where('status', '=', 'proposed').doNothing())
      .returningAll()
      .executeTakeFirst();
  }
  findGrant(id: string): Promise<CompartmentGrantRow | undefined> {
    return this.db.selectFrom('compartment_grants').selectAll().where('id', '=', id).executeTakeFirst();
  }
  listOpenGrants(): Promise<CompartmentGrantRow[]> {
    return this.db
      .selectFrom('compartment_grants')
      .selectAll()
      .where('status', '=', 'proposed')
      .orderBy('proposed_at')
      .execute();
  }
  /** Decides an open proposal; undefined when it was decided meanwhile. */
  decideGrant(
    id: string,
    decision: { status: 'approved' | 'rejected'; decided_by: string | null; decided_by_name: string },
  ): Promise<CompartmentGrantRow | undefined> {
    return this.db
      .updateTable('compartment_grants')
      .set({ ...decision, decided_at: new Date() })
      .where('id', '=', id)
      .where('status', '=', 'proposed')
      .returningAll()
      .executeTakeFirst();
  }
  async setPermissions(userId: string, permissions: string[]): Promise<void> {
    await this.db.updateTable('users').set({ permissions }).where('id', '=', userId).execute();
    this.changed();
  }
}
