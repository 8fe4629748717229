import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { VigieContext } from '../../context.ts';
import { account } from '../../../test/support/accounts.ts';
import { incidentInput } from '../../../test/support/factories.ts';
import { freshContext, TEST_STORE } from '../../../test/support/test-store.ts';
import { authenticateToken } from '../identity/auth.service.ts';
import type { Caller } from '../shared/caller.ts';
import { createIncident, listIncidents } from './incident.service.ts';

/**
 * A list page's presentation is kept with the page for the reader's scope (issue 19): built once
 * while nothing changes, built again after a write, and never kept when it shows STAFF details.
 */
describe(`list pages presented once per scope on ${TEST_STORE}`, () => {
  let context: VigieContext;
  let analyst: Caller;
  let supervisor: Caller;
  let colleague: Caller;
  let holder: Caller;
  const callerOf = async (options: Parameters<typeof account>[1]): Promise<Caller> => {
    const { token } = await account(context, options);
    return { principal: (await authenticateToken(context.auth, token)).principal, address: 'test' };
  };
  before(async () => {
    context = await freshContext();
    analyst = await callerOf({ role: 'analyst', org: 'Keep test' });
    supervisor = await callerOf({ role: 'supervisor', org: 'Keep test' });
    colleague = await callerOf({ role: 'supervisor', org: 'Keep test' });
    holder = await callerOf({ role: 'analyst', org: 'Keep test', compartments: ['STAFF'] });
    await createIncident(context.incidents, holder, incidentInput({ occurred: { date: '2025-04-14' } }));
  });
  after(async () => {
    await context.close();
  });

  /** Lists the first page and builds its view through `keep`, counting the builds. */
  const view = async (caller: Caller, counter: { built: number }) => {
    const page = await listIncidents(context.incidents, caller, { from: new Date('2025-04-01T00:00:00Z') }, 50);
    return page.keep('test:view', () => {
      counter.built += 1;
      return page.items.map(({ row, staff, staffProtected }) => ({
        id: row.id,
        status: row.status,
        staff,
        staffProtected,
      }));
    });
  };

  test('readers of one scope share one build until the incidents change', async () => {
    const counter = { built: 0 };
    const first = await view(supervisor, counter);
    assert.equal(first.length, 1);
    assert.deepEqual(await view(colleague, counter), first);
    assert.equal(counter.built, 1, 'two supervisors of one organisation and clearance share the built view');
    await view(analyst, counter);
    assert.equal(counter.built, 2, 'an analyst, who reads only their own RED records, is a scope of their own');
    // Written in the database, as another instance would: seen once this instance's revision read is
    // over (100 ms, src/context.ts); a write through this instance is seen at once.
    await context.store.db.updateTable('incidents').set({ status: 'verified' }).execute();
    await new Promise((resolve) => setTimeout(resolve, 150));
    const after = await view(supervisor, counter);
    assert.deepEqual([after[0].status, counter.built], ['verified', 3]);
  });

  test('a page that shows STAFF details is built for each request and shown only to holders', async () => {
    const staff = incidentInput({ occurred: { date: '2025-04-20' }, staff: { home_address: '3 rue des Essais' } });
    await createIncident(context.incidents, holder, staff);
    const counter = { built: 0 };
    const seen = await view(holder, counter);
    await view(holder, counter);
    assert.equal(counter.built, 2, 'clear STAFF details are never kept');
    assert.equal(seen[0].staff?.home_address, '3 rue des Essais');
    const plain = await view(analyst, { built: 0 });
    assert.deepEqual([plain[0].staff, plain[0].staffProtected], [null, true]);
  });
});
