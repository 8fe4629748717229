import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { apiClient } from '../support/api-client.ts';
import { vigieOn } from '../support/cli-runner.ts';
import { freshContext, TEST_STORE } from '../support/test-store.ts';

describe(`vigie users, orgs and tokens on ${TEST_STORE}`, () => {
  let context: Awaited<ReturnType<typeof freshContext>>;
  let cli: ReturnType<typeof vigieOn>;
  before(async () => {
    context = await freshContext();
    cli = vigieOn(context);
  });
  after(async () => {
    await context.close();
  });

  /** Runs the CLI with `input` on standard input; never throws. */
  const vigie = (args: string[], input?: string) => cli.withInput(input ?? '', ...args);

  test('the first administrator gets a generated password printed once, and it signs in', async () => {
    const added = await vigie(['users', 'add', 'chef', '--role', 'admin', '--org', 'Renseignement pénitentiaire']);
    assert.equal(added.code, 0, added.stderr);
    const password = /password \(shown once\): (\S+)/.exec(added.stdout)?.[1];
    assert.ok(password && password.length === 20, added.stdout);
    const login = await apiClient(context).post('/api/auth/login', { username: 'chef', password });
    assert.equal(login.status, 200);
  });

  test('a password piped on standard input is used and not printed; a short one is refused with exit 2', async () => {
    const added = await vigie(
      ['users', 'add', 'agent', '--role', 'reporter', '--org', 'CP Toulon', '--org-kind', 'facility'],
      'a-long-enough-password\n',
    );
    assert.equal(added.code, 0, added.stderr);
    assert.doesNotMatch(added.stdout, /shown once/);
    const short = await vigie(['users', 'add', 'other', '--role', 'reporter', '--org', 'CP Toulon'], 'short\n');
    assert.equal(short.code, 2);
    assert.match(short.stderr, /password/);
    const badRole = await vigie(['users', 'add', 'x', '--role', 'king', '--org', 'CP Toulon']);
    assert.equal(badRole.code, 2);
  });

  test('sharing, account changes and tokens from the command line', async () => {
    const shared = await vigie(['orgs', 'share', 'CP Toulon', 'Renseignement pénitentiaire']);
    assert.equal(shared.code, 0, shared.stderr);
    assert.match((await vigie(['orgs', 'list'])).stdout, /CP Toulon.*shares with: Renseignement pénitentiaire/);
    assert.equal((await vigie(['users', 'set', 'agent', '--compartment', 'STAFF', '--unlock'])).code, 0);
    assert.match((await vigie(['users', 'list'])).stdout, /agent +reporter .*STAFF/);
    const created = await vigie(['tokens', 'create', 'agent', '--days', '7']);
    assert.equal(created.code, 0, created.stderr);
    const token = created.stdout.trim();
    assert.match(token, /^vgt_/);
    const id = (await vigie(['tokens', 'list'])).stdout
      .split('\n')
      .find((line) => line.includes(token.slice(0, 10)))
      ?.split(' ')[0];
    assert.ok(id);
    assert.equal((await vigie(['tokens', 'revoke', id])).code, 0);
    assert.match((await vigie(['tokens', 'list'])).stdout, /revoked/);
    assert.equal((await vigie(['tokens', 'create', 'nobody'])).code, 2);
    assert.equal((await vigie(['users', 'set', 'nobody', '--unlock'])).code, 2);
  });
});
