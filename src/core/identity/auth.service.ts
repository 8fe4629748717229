import type { Principal, Role } from '../access/access.ts';
import { decoyPasswordHash, verifyPassword } from '../../security/password.ts';
import { digestSecret, newSecret } from '../../security/secrets.ts';
import type { AuditRepository } from '../../store/audit.repository.ts';
import type { IdentityRepository } from '../../store/identity.repository.ts';
import type { UserRow } from '../../store/schema.ts';
import { accountLocked, addressThrottled, badCredentials, unauthenticated } from './identity.errors.ts';

export interface AuthDeps { identity: IdentityRepository; audit: AuditRepository; now?: () => Date }

/** Throttling: an account locks after 5 failures in a row; an address is held after 20 in 15 minutes. */
export const ACCOUNT_MAX_FAILURES = 5;
export const ACCOUNT_LOCK_MINUTES = 15;
export const ADDRESS_MAX_FAILURES = 20;
export const ADDRESS_WINDOW_MINUTES = 15;
export const SESSION_HOURS = 12;

const minutes = (n: number) => n * 60_000;

export interface Session { cookie: string; csrfToken: string; expiresAt: Date; user: UserRow }

/** Builds the principal of a user: who, which role, which organisation, what is shared with it. */
export async function principalOf(identity: IdentityRepository, user: UserRow): Promise<Principal> {
  return {
    userId: user.id, username: user.username, role: user.role as Role, organisationId: user.organisation_id,
    compartments: user.compartments, sharedFrom: await identity.sharedWith(user.organisation_id),
  };
}

async function noteAddressFailure(deps: AuthDeps, address: string, now: Date) {
  const key = `address:${address}`;
  const current = await deps.identity.findThrottle(key);
  const fresh = !current || now.getTime() - current.window_start.getTime() > minutes(ADDRESS_WINDOW_MINUTES);
  const failures = fresh ? 1 : current.failures + 1;
  await deps.identity.saveThrottle({
    key, failures, window_start: fresh ? now : current.window_start,
    blocked_until: failures >= ADDRESS_MAX_FAILURES ? new Date(now.getTime() + minutes(ADDRESS_WINDOW_MINUTES)) : null,
  });
}

/**
 * Checks a user name and password and opens a session. Failures are counted per account and per
 * address; an unknown user costs the same time as a known one.
 */
export async function login(deps: AuthDeps, input: { username: string; password: string; address: string; userAgent?: string }): Promise<Session> {
  const now = deps.now?.() ?? new Date();
  const throttle = await deps.identity.findThrottle(`address:${input.address}`);
  if (throttle?.blocked_until && throttle.blocked_until > now) {
    throw addressThrottled((throttle.blocked_until.getTime() - now.getTime()) / 1000);
  }
  const user = await deps.identity.findUserByName(input.username);
  if (user?.locked_until && user.locked_until > now) {
    await deps.audit.append({ actor_id: user.id, actor: user.username, action: 'auth.login.locked', address: input.address });
    throw accountLocked(user.locked_until);
  }
  const valid = await verifyPassword(user?.password_hash ?? await decoyPasswordHash(), input.password);
  if (!user || !valid || user.disabled) {
    await noteAddressFailure(deps, input.address, now);
    if (user && !user.disabled) {
      const failures = user.failed_logins + 1;
      const lock = failures >= ACCOUNT_MAX_FAILURES ? new Date(now.getTime() + minutes(ACCOUNT_LOCK_MINUTES)) : null;
      await deps.identity.updateUser(user.id, { failed_logins: lock ? 0 : failures, locked_until: lock });
      await deps.audit.append({ actor_id: user.id, actor: user.username, action: lock ? 'auth.account.locked' : 'auth.login.failed', address: input.address, details: { failures } });
      if (lock) throw accountLocked(lock);
    } else {
      await deps.audit.append({ actor_id: null, actor: input.username.slice(0, 100), action: 'auth.login.failed', address: input.address, details: { reason: user ? 'disabled' : 'unknown user' } });
    }
    throw badCredentials();
  }
  await deps.identity.updateUser(user.id, { failed_logins: 0, locked_until: null, last_login_at: now });
  const cookie = newSecret('vgs');
  const csrfToken = newSecret('csrf');
  const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3_600_000);
  await deps.identity.insertSession({ id: digestSecret(cookie), user_id: user.id, csrf_token: csrfToken, expires_at: expiresAt, address: input.address, user_agent: input.userAgent?.slice(0, 300) ?? null });
  await deps.audit.append({ actor_id: user.id, actor: user.username, action: 'auth.login', address: input.address });
  return { cookie, csrfToken, expiresAt, user };
}

export async function logout(deps: AuthDeps, cookie: string): Promise<void> {
  await deps.identity.deleteSession(digestSecret(cookie));
}

/** The principal behind a session cookie, with the CSRF token the session expects. */
export async function authenticateSession(deps: AuthDeps, cookie: string): Promise<{ principal: Principal; csrfToken: string; user: UserRow }> {
  const session = await deps.identity.findSession(digestSecret(cookie));
  if (!session) throw unauthenticated('your session has ended: sign in again');
  const user = await deps.identity.findUserById(session.user_id);
  if (!user || user.disabled) throw unauthenticated('this account is disabled');
  return { principal: await principalOf(deps.identity, user), csrfToken: session.csrf_token, user };
}

/** The principal behind an API token (`Authorization: Bearer vgt_...`). */
export async function authenticateToken(deps: AuthDeps, token: string): Promise<{ principal: Principal; user: UserRow }> {
  const now = deps.now?.() ?? new Date();
  const row = await deps.identity.findTokenByHash(digestSecret(token));
  if (!row) throw unauthenticated('unknown API token');
  if (row.revoked_at) throw unauthenticated('this API token was revoked');
  if (row.expires_at && row.expires_at <= now) throw unauthenticated(`this API token expired on ${row.expires_at.toISOString().slice(0, 10)}`);
  const user = await deps.identity.findUserById(row.user_id);
  if (!user || user.disabled) throw unauthenticated('the account of this API token is disabled');
  // Recording every use would write on every request; once a minute is enough to see activity.
  if (!row.last_used_at || now.getTime() - row.last_used_at.getTime() > 60_000) await deps.identity.touchToken(row.id);
  return { principal: await principalOf(deps.identity, user), user };
}
