import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import type { VigieContext } from '../../src/context.ts';
import { authenticateToken, type AuthDeps, type TokenIdentity } from '../../src/core/identity/auth.service.ts';
import { CredentialCache, TOKEN_CACHE_MS, tokenCacheMs } from '../../src/security/credential-cache.ts';
import { apiClient } from '../support/api-client.ts';
import { account, organisation } from '../support/accounts.ts';
import { freshContext, TEST_STORE } from '../support/test-store.ts';

// An API token's principal is kept per instance for a short while (issue 19): a change made in the database
// (or by another instance) shows once the while has passed; one made through this instance shows at once.
describe(`API tokens kept for a short while on ${TEST_STORE}`, () => {
  let context: VigieContext;
  let clock = 0;
  let deps: AuthDeps;
  let queries = 0;

  before(async () => {
    context = await freshContext();
  });
  after(async () => {
    await context.close();
  });

  /** Auth deps on the test's clock, counting the token look-ups that reach the store. */
  function depsOnClock(ttlMs = 5_000): AuthDeps {
    const identity = context.identity;
    const counted = Object.create(identity) as typeof identity;
    counted.findTokenByHash = (hash: string) => {
      queries += 1;
      return identity.findTokenByHash(hash);
    };
    const tokens = new CredentialCache<TokenIdentity>({ ttlMs, now: () => clock });
    identity.onChange(() => tokens.forgetAll());
    return { identity: counted, audit: context.audit, tokens, now: () => new Date(Date.now() + clock) };
  }

  test('a token used again within the while costs no query; after it, the store is asked again', async () => {
    deps = depsOnClock();
    const user = await account(context);
    queries = 0;
    clock = 0;
    const first = await authenticateToken(deps, user.token);
    assert.equal(first.principal.userId, user.id);
    clock = 4_999;
    assert.equal((await authenticateToken(deps, user.token)).principal.userId, user.id);
    assert.equal(queries, 1);
    clock = 5_000;
    await authenticateToken(deps, user.token);
    assert.equal(queries, 2);
  });

  test('a token revoked in the database is refused once the while has passed', async () => {
    deps = depsOnClock();
    const user = await account(context);
    clock = 0;
    await authenticateToken(deps, user.token);
    await sql`UPDATE api_tokens SET revoked_at = now() WHERE user_id = ${user.id}`.execute(context.store.db);
    clock = 4_000;
    assert.equal((await authenticateToken(deps, user.token)).principal.userId, user.id, 'within the while');
    clock = 5_001;
    await assert.rejects(authenticateToken(deps, user.token), /revoked/);
  });

  test('a role changed, an account disabled or a share added in the database shows once the while has passed', async () => {
    deps = depsOnClock();
    const user = await account(context, { role: 'analyst' });
    clock = 0;
    assert.equal((await authenticateToken(deps, user.token)).principal.role, 'analyst');
    await sql`UPDATE users SET role = 'reporter' WHERE id = ${user.id}`.execute(context.store.db);
    const partner = await organisation(context, 'Token cache partner');
    await sql`INSERT INTO organisation_shares (owner_id, partner_id) VALUES (${partner}, ${user.organisationId})`.execute(
      context.store.db,
    );
    clock = 1_000;
    assert.equal((await authenticateToken(deps, user.token)).principal.role, 'analyst');
    clock = 6_000;
    const changed = await authenticateToken(deps, user.token);
    assert.equal(changed.principal.role, 'reporter');
    assert.ok(changed.principal.sharedFrom.includes(partner));
    await sql`UPDATE users SET disabled = true WHERE id = ${user.id}`.execute(context.store.db);
    clock = 12_000;
    await assert.rejects(authenticateToken(deps, user.token), /disabled/);
    await sql`DELETE FROM organisation_shares WHERE owner_id = ${partner}`.execute(context.store.db);
  });

  test('a token that expires while it is kept is refused at its expiry, not at the end of the while', async () => {
    deps = depsOnClock(60_000);
    const user = await account(context);
    clock = 0;
    await sql`UPDATE api_tokens SET expires_at = ${new Date(Date.now() + 2_000)} WHERE user_id = ${user.id}`.execute(
      context.store.db,
    );
    await authenticateToken(deps, user.token);
    clock = 1_000;
    await authenticateToken(deps, user.token);
    clock = 2_500;
    await assert.rejects(authenticateToken(deps, user.token), /expired/);
  });

  test('a change made through this instance (revocation, role, share) shows at the next request', async () => {
    const admin = apiClient(context, { token: (await account(context, { role: 'admin' })).token });
    const user = await account(context, { role: 'analyst' });
    const client = apiClient(context, { token: user.token });
    assert.equal((await client.get('/api/users')).status, 403);
    const promoted = await admin.patch(`/api/users/${user.id}`, { role: 'admin' });
    assert.equal(promoted.status, 200, promoted.text);
    assert.equal((await client.get('/api/users')).status, 200, 'the new role applies at once');
    const tokens = (await admin.get(`/api/tokens?all=true`)).json.items as Array<{ id: string; user_id: string }>;
    const own = tokens.find((token) => token.user_id === user.id);
    assert.ok(own);
    assert.equal((await admin.call('DELETE', `/api/tokens/${own.id}`)).status, 204);
    const revoked = await client.get('/api/incidents?limit=1');
    assert.equal(revoked.status, 401);
    assert.match(revoked.json.error.message, /revoked/);
  });

  test('the while is read from VIGIE_TOKEN_CACHE_MS (0 keeps nothing)', () => {
    assert.equal(tokenCacheMs({}), TOKEN_CACHE_MS);
    assert.equal(tokenCacheMs({ VIGIE_TOKEN_CACHE_MS: '0' }), 0);
    assert.equal(tokenCacheMs({ VIGIE_TOKEN_CACHE_MS: '1500' }), 1500);
    assert.equal(tokenCacheMs({ VIGIE_TOKEN_CACHE_MS: 'soon' }), TOKEN_CACHE_MS);
    const none = new CredentialCache<number>({ ttlMs: 0 });
    none.set('a', 1);
    assert.equal(none.get('a'), undefined);
  });
});
