import type { Principal, Role } from '../shared/principal.ts';
import { decoyPasswordHash, verifyPassword } from '../../security/password.ts';
import type { CredentialCache } from '../../security/credential-cache.ts';
import { digestSecret, newSecret } from '../../security/secrets.ts';
import type { AuditRepository } from '../../store/audit.repository.ts';
import type { IdentityRepository } from '../../store/identity.repository.ts';
import type { UserRow } from '../../store/schema.ts';
import {
  accountLocked,
  addressThrottled,
  attemptsInParallel,
  badCredentials,
  unauthenticated,
} from './identity.errors.ts';

export interface AuthDeps {
  identity: IdentityRepository;
  audit: AuditRepository;
  now?: () => Date;
  /** API tokens' principals kept for a short while per instance (src/security/credential-cache.ts) */
  tokens?: CredentialCache<TokenIdentity>;
}

/** What an API token stands for, as kept between requests. */
export interface TokenIdentity {
  principal: Principal;
  user: UserRow;
  expiresAt: Date | null;
}

/**
 * Throttling: five failed sign-ins in a row for one account from one address lock that pair (not the
 * account everywhere: nobody can lock someone else out from their own address); twenty from one
 * address in 15 minutes hold the address. Attempts are counted before the password is checked, in
 * one statement, and at most a few run at once per account and per address, so parallel guesses gain
 * nothing.
 */
export const ACCOUNT_MAX_FAILURES = 5;
export const ACCOUNT_LOCK_MINUTES = 15;
export const ADDRESS_MAX_FAILURES = 20;
export const ADDRESS_WINDOW_MINUTES = 15;
export const SESSION_HOURS = 12;
/** Password checks running at once for one account name, and from one address (per process). */
export const ACCOUNT_CONCURRENT_ATTEMPTS = 2;
export const ADDRESS_CONCURRENT_ATTEMPTS = 8;
/** How long a run of failures for one account and address is remembered when it does not lock. */
const PAIR_WINDOW_MINUTES = 24 * 60;

const minutes = (n: number) => n * 60_000;

export interface Session {
  cookie: string;
  csrfToken: string;
  expiresAt: Date;
  user: UserRow;
}

/** Builds the principal of a user: who, which role, which organisation, what is shared with it. */
export async function principalOf(identity: IdentityRepository, user: UserRow): Promise<Principal> {
  return principalFrom(user, await identity.sharedWith(user.organisation_id));
}

/** The principal of an account whose organisation's sharing is already read (one read for a whole organisation). */
export function principalFrom(user: UserRow, sharedFrom: Principal['sharedFrom']): Principal {
  return {
    userId: user.id,
    username: user.username,
    role: user.role as Role,
    organisationId: user.organisation_id,
    compartments: user.compartments,
    sharedFrom,
  };
}

/** Throttle keys: the address, and the pair of an account name (known or not) and the address. */
const addressKey = (address: string) => `address:${address}`;
export const accountKeyPrefix = (username: string) => `account:${username.toLowerCase()}|`;
const pairKey = (username: string, address: string) => `${accountKeyPrefix(username)}${address}`;

/** Password checks in progress in this process, by throttle key. */
const inFlight = new Map<string, number>();
function enter(key: string, cap: number): boolean {
  const current = inFlight.get(key) ?? 0;
  if (current >= cap) return false;
  inFlight.set(key, current + 1);
  return true;
}
function leave(key: string): void {
  const current = (inFlight.get(key) ?? 1) - 1;
  if (current <= 0) inFlight.delete(key);
  else inFlight.set(key, current);
}

/**
 * Checks a user name and password and opens a session. A known and an unknown name get the same
 * answers and the same work (an unknown name is checked against a decoy hash and locks the same way).
 */
export async function login(
  deps: AuthDeps,
  input: { username: string; password: string; address: string; userAgent?: string },
): Promise<Session> {
  const account = accountKeyPrefix(input.username);
  const address = addressKey(input.address);
  // The cap on parallel attempts is taken before anything can wait, so a burst cannot slip past it.
  if (!enter(account, ACCOUNT_CONCURRENT_ATTEMPTS))
    return refuseInParallel(deps, input, 'too many attempts at once for this account');
  if (!enter(address, ADDRESS_CONCURRENT_ATTEMPTS)) {
    leave(account);
    return refuseInParallel(deps, input, 'too many attempts at once from this address');
  }
  try {
    return await checkedLogin(deps, input);
  } finally {
    leave(account);
    leave(address);
  }
}

/** Counts an attempt refused for running beside others against its account and address, then refuses it. */
async function refuseInParallel(
  deps: AuthDeps,
  input: { username: string; address: string },
  reason: string,
): Promise<never> {
  await reservePair(deps, input, deps.now?.() ?? new Date());
  return refuse(deps, input, attemptsInParallel(), reason);
}

/** Counts one attempt for the pair (account name, address); five in a row lock the pair. */
function reservePair(deps: AuthDeps, input: { username: string; address: string }, now: Date) {
  return deps.identity.reserveAttempt(pairKey(input.username, input.address), {
    now,
    windowStart: new Date(now.getTime() - minutes(PAIR_WINDOW_MINUTES)),
    max: ACCOUNT_MAX_FAILURES,
    blockUntil: new Date(now.getTime() + minutes(ACCOUNT_LOCK_MINUTES)),
  });
}

/** Refuses an attempt without checking its password; it still counts as a failure of the account it names. */
async function refuse(
  deps: AuthDeps,
  input: { username: string; address: string },
  error: Error,
  reason: string,
): Promise<never> {
  const user = await deps.identity.findUserByName(input.username);
  const failures = user ? await deps.identity.countFailedLogin(user.id) : undefined;
  await deps.audit.append({
    actor_id: user?.id ?? null,
    actor: (user?.username ?? input.username).slice(0, 100),
    action: 'auth.login.refused',
    address: input.address,
    details: { reason, ...(failures ? { failures } : {}) },
  });
  throw error;
}

async function checkedLogin(
  deps: AuthDeps,
  input: { username: string; password: string; address: string; userAgent?: string },
): Promise<Session> {
  const now = deps.now?.() ?? new Date();
  const address = addressKey(input.address);
  const pair = pairKey(input.username, input.address);
  const fromAddress = await deps.identity.reserveAttempt(address, {
    now,
    windowStart: new Date(now.getTime() - minutes(ADDRESS_WINDOW_MINUTES)),
    max: ADDRESS_MAX_FAILURES,
    blockUntil: new Date(now.getTime() + minutes(ADDRESS_WINDOW_MINUTES)),
  });
  if (fromAddress.failures > ADDRESS_MAX_FAILURES) {
    return refuse(
      deps,
      input,
      addressThrottled(((fromAddress.blocked_until ?? now).getTime() - now.getTime()) / 1000),
      'address held',
    );
  }
  const forPair = await reservePair(deps, input, now);
  if (forPair.failures > ACCOUNT_MAX_FAILURES)
    return refuse(deps, input, accountLocked(forPair.blocked_until ?? now), 'locked for this address');
  const user = await deps.identity.findUserByName(input.username);
  const valid = await verifyPassword(user?.password_hash ?? (await decoyPasswordHash()), input.password);
  if (!user || !valid || user.disabled) {
    const lock = forPair.failures >= ACCOUNT_MAX_FAILURES ? forPair.blocked_until : null;
    const failures = user && !user.disabled ? await deps.identity.countFailedLogin(user.id) : undefined;
    // The admin page shows the account as locked (from some address) until the lock ends.
    if (user && lock) await deps.identity.updateUser(user.id, { locked_until: lock });
    await deps.audit.append({
      actor_id: user?.id ?? null,
      actor: (user?.username ?? input.username).slice(0, 100),
      action: lock ? 'auth.account.locked' : 'auth.login.failed',
      address: input.address,
      details: failures !== undefined ? { failures } : { reason: user ? 'disabled' : 'unknown user' },
    });
    if (lock) throw accountLocked(lock);
    throw badCredentials();
  }
  await deps.identity.releaseAttempt(address, ADDRESS_MAX_FAILURES);
  await deps.identity.clearThrottle(pair);
  await deps.identity.updateUser(user.id, { failed_logins: 0, locked_until: null, last_login_at: now });
  const cookie = newSecret('vgs');
  const csrfToken = newSecret('csrf');
  const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3_600_000);
  await deps.identity.insertSession({
    id: digestSecret(cookie),
    user_id: user.id,
    csrf_token: csrfToken,
    expires_at: expiresAt,
    address: input.address,
    user_agent: input.userAgent?.slice(0, 300) ?? null,
  });
  await deps.audit.append({ actor_id: user.id, actor: user.username, action: 'auth.login', address: input.address });
  return { cookie, csrfToken, expiresAt, user };
}

export async function logout(deps: AuthDeps, cookie: string): Promise<void> {
  await deps.identity.deleteSession(digestSecret(cookie));
}

/** The principal behind a session cookie, with the CSRF token the session expects. */
export async function authenticateSession(
  deps: AuthDeps,
  cookie: string,
): Promise<{ principal: Principal; csrfToken: string; user: UserRow }> {
  const session = await deps.identity.findSession(digestSecret(cookie));
  if (!session) throw unauthenticated('your session has ended: sign in again');
  const user = await deps.identity.findUserById(session.user_id);
  if (!user || user.disabled) throw unauthenticated('this account is disabled');
  return { principal: await principalOf(deps.identity, user), csrfToken: session.csrf_token, user };
}

/**
 * The principal behind an API token (`Authorization: Bearer vgt_...`). With `deps.tokens`, what a token
 * stands for is kept for that cache's short while: a token used again within it costs no query (its
 * expiry is still checked against the clock); revocation and account changes show within the while.
 */
export async function authenticateToken(
  deps: AuthDeps,
  token: string,
): Promise<{ principal: Principal; user: UserRow }> {
  const now = deps.now?.() ?? new Date();
  const digest = digestSecret(token);
  const kept = deps.tokens?.get(digest);
  if (kept && (!kept.expiresAt || kept.expiresAt > now)) return { principal: kept.principal, user: kept.user };
  const row = await deps.identity.findTokenByHash(digest);
  if (!row) throw unauthenticated('unknown API token');
  if (row.revoked_at) throw unauthenticated('this API token was revoked');
  if (row.expires_at && row.expires_at <= now)
    throw unauthenticated(`this API token expired on ${row.expires_at.toISOString().slice(0, 10)}`);
  const user = await deps.identity.findUserById(row.user_id);
  if (!user || user.disabled) throw unauthenticated('the account of this API token is disabled');
  // Recording every use would write on every request; once a minute is enough to see activity.
  if (!row.last_used_at || now.getTime() - row.last_used_at.getTime() > 60_000) await deps.identity.touchToken(row.id);
  const principal = await principalOf(deps.identity, user);
  deps.tokens?.set(digest, { principal, user, expiresAt: row.expires_at });
  return { principal, user };
}
