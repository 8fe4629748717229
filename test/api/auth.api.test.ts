import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { VigieContext } from '../../src/context.ts';
import { apiClient } from '../support/api-client.ts';
import { account } from '../support/accounts.ts';
import { incidentInput } from '../support/factories.ts';
import { freshContext, TEST_STORE } from '../support/test-store.ts';

describe(`sign-in, sessions, tokens and throttling on ${TEST_STORE}`, () => {
  let context: VigieContext;
  let anonymous: ReturnType<typeof apiClient>;
  before(async () => {
    context = await freshContext();
    anonymous = apiClient(context);
  });
  after(async () => {
    await context.close();
  });

  const login = (username: string, password: string, address?: string) =>
    anonymous.call('POST', '/api/auth/login', { username, password }, address ? { 'x-test-address': address } : {});

  test('answers 401 on every route of the API document but health, sign-in, the setup state and the document itself', async () => {
    const doc = (await anonymous.get('/api/openapi.json')).json;
    assert.equal((await anonymous.get('/api/health')).status, 200);
    const checked: string[] = [];
    for (const [path, methods] of Object.entries(doc.paths as Record<string, Record<string, unknown>>)) {
      for (const method of Object.keys(methods)) {
        // Public by design: signing in, whether a first account is needed (a boolean, nothing else), health.
        if (path === '/api/auth/login' || path === '/api/auth/setup' || path === '/api/health') continue;
        const concrete = path
          .replace(/\{[^}]+\}/g, '6f0c1d1e-0000-4000-8000-000000000000')
          .replace('/geo/6f0c1d1e-0000-4000-8000-000000000000', '/geo/metropole');
        const response = await anonymous.call(method.toUpperCase(), concrete, method === 'get' ? undefined : {});
        assert.equal(response.status, 401, `${method.toUpperCase()} ${path} answered ${response.status}`);
        checked.push(`${method} ${path}`);
      }
    }
    assert.ok(checked.length >= 20, `${checked.length} routes checked`);
  });

  test('a session cookie is HttpOnly and SameSite=Strict, and changes need the CSRF token', async () => {
    const user = await account(context, { role: 'analyst' });
    const signedIn = await login(user.username, user.password);
    assert.equal(signedIn.status, 200, signedIn.text);
    const cookie = signedIn.headers.get('set-cookie') ?? '';
    assert.match(cookie, /vigie_session=vgs_/);
    assert.match(cookie, /HttpOnly/);
    assert.match(cookie, /SameSite=Strict/);
    const session = cookie.split(';')[0];
    const me = await anonymous.call('GET', '/api/auth/me', undefined, { cookie: session });
    assert.equal(me.json.user.username, user.username);
    assert.equal(me.json.csrf_token, signedIn.json.csrf_token);
    assert.equal(me.json.user.password_hash, undefined, 'never the password hash');
    const withoutCsrf = await anonymous.call('POST', '/api/incidents', incidentInput(), { cookie: session });
    assert.equal(withoutCsrf.status, 403);
    assert.equal(withoutCsrf.json.error.code, 'csrf');
    const withCsrf = await anonymous.call('POST', '/api/incidents', incidentInput(), {
      cookie: session,
      'x-csrf-token': signedIn.json.csrf_token,
    });
    assert.equal(withCsrf.status, 201, withCsrf.text);
    assert.equal(
      (
        await anonymous.call('POST', '/api/auth/logout', undefined, {
          cookie: session,
          'x-csrf-token': signedIn.json.csrf_token,
        })
      ).status,
      204,
    );
    assert.equal(
      (await anonymous.call('GET', '/api/auth/me', undefined, { cookie: session })).status,
      401,
      'the session ended',
    );
  });

  test('a wrong password is 401, and five in a row lock the account with a clear message', async () => {
    const user = await account(context);
    for (let i = 0; i < 4; i += 1) assert.equal((await login(user.username, 'wrong-password-123')).status, 401);
    const locked = await login(user.username, 'wrong-password-123');
    assert.equal(locked.status, 423);
    assert.match(locked.json.error.message, /locked .* until \d\d:\d\d UTC/);
    assert.equal(
      (await login(user.username, user.password)).status,
      423,
      'even the right password waits for the lock to end',
    );
    const admin = apiClient(context, { token: (await account(context, { role: 'admin' })).token });
    assert.equal((await admin.patch(`/api/users/${user.id}`, { unlock: true })).status, 200);
    assert.equal((await login(user.username, user.password)).status, 200, 'an administrator unlocked it');
  });

  test('an unknown user gets the same answer as a wrong password', async () => {
    const unknown = await login('nobody-here', 'whatever-password');
    assert.equal(unknown.status, 401);
    assert.equal(unknown.json.error.code, 'bad_credentials');
  });

  test('an API token is shown once, listed by its prefix, and stops working when revoked or expired', async () => {
    const user = await account(context);
    const client = apiClient(context, { token: user.token });
    const created = await client.post('/api/tokens', { name: 'feed', expires_in_days: 1 });
    assert.equal(created.status, 201);
    assert.match(created.json.token, /^vgt_/);
    const listed = await client.get('/api/tokens');
    assert.ok(listed.json.items.every((t: Record<string, unknown>) => !('token' in t) && !('token_hash' in t)));
    const fresh = apiClient(context, { token: created.json.token });
    assert.equal((await fresh.get('/api/incidents?limit=1')).status, 200);
    assert.equal((await client.call('DELETE', `/api/tokens/${created.json.info.id}`)).status, 204);
    const revoked = await fresh.get('/api/incidents?limit=1');
    assert.equal(revoked.status, 401);
    assert.match(revoked.json.error.message, /revoked/);
    await context.store.db
      .updateTable('api_tokens')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('user_id', '=', user.id)
      .where('revoked_at', 'is', null)
      .execute();
    const expired = await client.get('/api/incidents?limit=1');
    assert.equal(expired.status, 401);
    assert.match(expired.json.error.message, /expired/);
  });

  test('only administrators manage accounts, and a generated password is returned once', async () => {
    const analyst = apiClient(context, { token: (await account(context, { role: 'analyst' })).token });
    const refused = await analyst.post('/api/users', { username: 'x-user', role: 'reporter', organisation: 'Vigie' });
    assert.equal(refused.status, 403);
    const admin = apiClient(context, { token: (await account(context, { role: 'admin' })).token });
    const created = await admin.post('/api/users', {
      username: 'new.reporter',
      role: 'reporter',
      organisation: 'Vigie',
    });
    assert.equal(created.status, 201, created.text);
    assert.equal(created.json.password.length, 20);
    assert.equal((await login('new.reporter', created.json.password)).status, 200);
    const weak = await admin.post('/api/users', {
      username: 'weak',
      role: 'reporter',
      organisation: 'Vigie',
      password: 'short',
    });
    assert.equal(weak.json.error.details[0].path, 'password');
  });
});

describe(`address throttling on ${TEST_STORE}`, () => {
  let context: VigieContext;
  before(async () => {
    context = await freshContext();
  });
  after(async () => {
    await context.close();
  });

  test('twenty failed sign-ins from one address hold it with 429 and Retry-After, even for a right password', async () => {
    const anonymous = apiClient(context);
    const user = await account(context);
    for (let i = 0; i < 20; i += 1) {
      const failed = await anonymous.post('/api/auth/login', { username: `guess-${i}`, password: 'not-the-password' });
      assert.equal(failed.status, 401);
    }
    const held = await anonymous.post('/api/auth/login', { username: user.username, password: user.password });
    assert.equal(held.status, 429);
    assert.ok(Number(held.headers.get('retry-after')) > 0);
    assert.match(held.json.error.message, /too many failed sign-ins/);
  });
});
