import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { apiClient } from '../support/api-client.ts';
import { account } from '../support/accounts.ts';
import { incidentInput } from '../support/factories.ts';
import { vigieOn } from '../support/cli-runner.ts';
import { freshContext, TEST_STORE } from '../support/test-store.ts';

describe(`tamper-evident audit trail on ${TEST_STORE}`, () => {
  let context: Awaited<ReturnType<typeof freshContext>>;
  let vigie: ReturnType<typeof vigieOn>;

  before(async () => {
    context = await freshContext();
    vigie = vigieOn(context);
    const client = apiClient(context, { token: (await account(context, { role: 'admin' })).token });
    const created = await client.post('/api/incidents', incidentInput({ marking: 'RED' }));
    await client.patch(`/api/incidents/${created.json.id}`, { version: 1, status: 'verified' });
    await client.get(`/api/incidents/${created.json.id}`);
  });
  after(async () => {
    await context.close();
  });

  test('records who did what: the account, the writes and the read of a RED record', async () => {
    const exported = await vigie('audit', 'export');
    const actions = exported.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line).action);
    for (const action of ['user.create', 'token.create', 'incident.create', 'incident.update', 'incident.read'])
      assert.ok(actions.includes(action), action);
    const verified = await vigie('audit', 'verify');
    assert.equal(verified.code, 0, verified.stderr);
    assert.match(verified.stdout, /intact: \d+ events/);
  });

  test('an event edited directly in the database breaks the chain, and verify names it', async () => {
    await sql`UPDATE audit_events SET actor = 'someone-else' WHERE seq = 3`.execute(context.store.db);
    const verified = await vigie('audit', 'verify');
    assert.equal(verified.code, 2);
    assert.match(verified.stderr, /BROKEN at event 3: event 3 was changed/);
  });

  test('an event deleted from the middle is named as missing', async () => {
    await sql`UPDATE audit_events SET actor = 'admin-restored' WHERE seq = 3`.execute(context.store.db);
    await sql`DELETE FROM audit_events WHERE seq = 2`.execute(context.store.db);
    const verified = await vigie('audit', 'verify');
    assert.equal(verified.code, 2);
    assert.match(verified.stderr, /BROKEN at event 2: event 2 is missing/);
  });
});
