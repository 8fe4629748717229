import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createApp } from '../../src/api/app.ts';
import { openVigie, type VigieContext } from '../../src/context.ts';
import { TAXII_COLLECTIONS } from '../../src/export/stix/taxii-objects.ts';
import { account, type TestAccount } from '../support/accounts.ts';
import { incidentToPlace, STIX_TIME, stixId } from '../support/stix-objects.ts';
import { freshStore, TEST_STORE, type TestStore } from '../support/test-store.ts';

const TAXII = 'application/taxii+json;version=2.1';
const green = TAXII_COLLECTIONS.find((c) => c.marking === 'GREEN')!.id;

interface Status {
  id: string;
  status: string;
  pending_count: number;
  success_count: number;
}

/**
 * Issue 18 item 3: a TAXII status resource lives in the store, not in the memory of the instance that took
 * the post, so an instance behind the same load balancer answers it. On PostgreSQL the two instances are two
 * contexts (two pools, as two processes would have); PGlite is one process's folder, so there the two are two
 * apps over one context, which still catches a status kept by the routes.
 */
describe(`TAXII status resources across two instances on ${TEST_STORE}`, () => {
  let store: TestStore;
  const contexts: VigieContext[] = [];
  let apps: Array<ReturnType<typeof createApp>>;
  let poster: TestAccount;
  let stranger: TestAccount;

  before(async () => {
    store = await freshStore();
    const open = () => openVigie({ dataDir: store.dataDir, databaseUrl: store.databaseUrl });
    contexts.push(await open());
    if (TEST_STORE === 'postgres') contexts.push(await open());
    apps = [createApp(contexts[0]), createApp(contexts.at(-1)!)];
    poster = await account(contexts[0], { role: 'analyst' });
    stranger = await account(contexts[0], { role: 'analyst' });
  });
  after(async () => {
    for (const context of contexts) await context.close();
    await store?.drop();
  });

  const call = (instance: number, path: string, who: TestAccount, body?: unknown) =>
    apps[instance].request(path, {
      method: body === undefined ? 'GET' : 'POST',
      headers: {
        accept: TAXII,
        authorization: `Bearer ${who.token}`,
        ...(body === undefined ? {} : { 'content-type': TAXII }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  const post = async (instance: number, objects: unknown[]) => {
    const response = await call(instance, `/taxii2/vigie/collections/${green}/objects/`, poster, { objects });
    assert.equal(response.status, 202);
    return (await response.json()) as Status;
  };
  const statusOn = (instance: number, id: string, who = poster) => call(instance, `/taxii2/vigie/status/${id}/`, who);

  it('answers a status posted through one instance from the other, and settles it when the other stores the pending incident', async () => {
    const { incident, location, placed } = incidentToPlace(70, 'Drone over the yard');

    const first = await post(0, [incident]);
    assert.deepEqual([first.status, first.pending_count], ['pending', 1]);
    const seenByOther = await statusOn(1, first.id);
    assert.equal(seenByOther.status, 200);
    assert.deepEqual(
      [(await seenByOther.json()) as Status].map((s) => [s.id, s.status, s.pending_count]),
      [[first.id, 'pending', 1]],
    );

    // the location and its relationship arrive through the other instance: the first status is settled
    await post(1, [location, placed]);
    for (const instance of [0, 1]) {
      const settled = (await (await statusOn(instance, first.id)).json()) as Status;
      assert.deepEqual(
        [settled.status, settled.pending_count, settled.success_count],
        ['complete', 0, 1],
        `instance ${instance}`,
      );
    }
  });

  it("keeps a status its poster's own on either instance: another user is told it is not found", async () => {
    const indicator = {
      type: 'indicator',
      spec_version: '2.1',
      id: stixId('indicator', 73),
      created: STIX_TIME,
      modified: STIX_TIME,
      name: 'Drone pilot phone',
      pattern: "[url:value = 'http://example.org/x']",
      pattern_type: 'stix',
      valid_from: STIX_TIME,
    };
    const posted = await post(1, [indicator]);
    assert.equal((await statusOn(0, posted.id)).status, 200);
    for (const instance of [0, 1]) assert.equal((await statusOn(instance, posted.id, stranger)).status, 404);
  });
});
