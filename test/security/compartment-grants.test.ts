import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { signedInClient } from '../support/api-client.ts';
import { freshContext, TEST_STORE } from '../support/test-store.ts';

describe(`compartments take two administrators, backups an operator on ${TEST_STORE} (issue 16, item 6)`, () => {
  let context: Awaited<ReturnType<typeof freshContext>>;
  before(async () => {
    context = await freshContext();
  });
  after(async () => {
    await context.close();
  });

  const holds = async (id: string) =>
    (await context.store.db.selectFrom('users').select('compartments').where('id', '=', id).executeTakeFirstOrThrow())
      .compartments;

  test('an administrator cannot grant itself STAFF, nor approve its own proposal; a second one can', async () => {
    const first = await signedInClient(context, { role: 'admin' });
    const second = await signedInClient(context, { role: 'admin' });
    const direct = await first.patch(`/api/users/${first.user.id}`, { compartments: ['STAFF'] });
    assert.equal(direct.status, 403, direct.text);
    assert.equal(direct.json.error.code, 'two_person_rule');
    assert.deepEqual(await holds(first.user.id), []);

    const proposal = await first.post(`/api/users/${first.user.id}/compartment-grants`, { compartment: 'STAFF' });
    assert.equal(proposal.status, 201, proposal.text);
    const own = await first.post(`/api/compartment-grants/${proposal.json.id}/approve`);
    assert.equal(own.status, 403, 'nobody approves their own proposal');
    assert.deepEqual(await holds(first.user.id), []);
    const listed = await second.get('/api/compartment-grants');
    assert.deepEqual(
      listed.json.items.map((item: { id: string }) => item.id),
      [proposal.json.id],
    );
    const approved = await second.post(`/api/compartment-grants/${proposal.json.id}/approve`);
    assert.equal(approved.status, 200, approved.text);
    assert.deepEqual(await holds(first.user.id), ['STAFF']);
    const trail = await context.store.db
      .selectFrom('audit_events')
      .select(['action', 'actor'])
      .where('action', 'like', 'compartment.%')
      .orderBy('seq')
      .execute();
    assert.deepEqual(
      trail.map((event) => event.action),
      ['compartment.propose', 'compartment.approve'],
    );
    assert.deepEqual(
      trail.map((event) => event.actor),
      [first.user.username, second.user.username],
    );
  });

  test('nobody approves a grant to themselves, and a new account asks for its compartments', async () => {
    const proposer = await signedInClient(context, { role: 'admin' });
    const grantee = await signedInClient(context, { role: 'admin' });
    const proposal = await proposer.post(`/api/users/${grantee.user.id}/compartment-grants`, { compartment: 'STAFF' });
    assert.equal((await grantee.post(`/api/compartment-grants/${proposal.json.id}/approve`)).status, 403);
    assert.equal(
      (await grantee.post(`/api/compartment-grants/${proposal.json.id}/reject`)).status,
      200,
      'declining is allowed',
    );
    assert.deepEqual(await holds(grantee.user.id), []);

    const created = await proposer.post('/api/users', {
      username: 'nadia.kaci',
      role: 'analyst',
      organisation: 'Vigie',
      compartments: ['STAFF'],
    });
    assert.equal(created.status, 201, created.text);
    assert.deepEqual(created.json.user.compartments, [], 'not granted by one administrator');
    assert.deepEqual(created.json.proposed_compartments, ['STAFF']);
  });

  test('the full backup over the API needs the operator-granted backup permission', async () => {
    const admin = await signedInClient(context, { role: 'admin' });
    const refused = await admin.get('/api/admin/backup');
    assert.equal(refused.status, 403, 'an administrator alone does not take the whole store');
    await context.identity.setPermissions(admin.user.id, ['backup']);
    const allowed = await admin.call('GET', '/api/admin/backup');
    assert.equal(allowed.status, 200);
  });
});
