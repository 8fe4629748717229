import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { signedInClient } from '../support/api-client.ts';
import { incidentInput } from '../support/factories.ts';
import { freshContext, TEST_STORE } from '../support/test-store.ts';

describe(`ids of unreadable records in logs on ${TEST_STORE} (issue 16, item 11)`, () => {
  let context: Awaited<ReturnType<typeof freshContext>>;
  let owner: Awaited<ReturnType<typeof signedInClient>>;
  let partner: Awaited<ReturnType<typeof signedInClient>>;
  let hidden: string;
  let shared: string;
  let caseId: string;

  before(async () => {
    context = await freshContext();
    owner = await signedInClient(context, { org: 'Vigie' });
    partner = await signedInClient(context, { role: 'supervisor', org: 'Direction partenaire' });
    hidden = (await owner.post('/api/incidents', incidentInput({ marking: 'AMBER' }))).json.id;
    shared = (await owner.post('/api/incidents', incidentInput({ marking: 'GREEN' }))).json.id;
    assert.equal(
      (await partner.get(`/api/incidents/${hidden}`)).status,
      404,
      'the partner does not read the AMBER incident',
    );
    caseId = (await owner.post('/api/cases', { title: 'Projections sur la cour', marking: 'GREEN' })).json.id;
    for (const id of [hidden, shared])
      assert.ok((await owner.post(`/api/cases/${caseId}/items`, { type: 'incident', id })).status < 300);
    assert.equal((await owner.post(`/api/cases/${caseId}/access`, { org: 'Direction partenaire' })).status, 204);
    assert.equal((await owner.get(`/api/cases/${caseId}/export?format=stix`)).status, 200);
  });
  after(async () => {
    await context.close();
  });

  test('the case history names the item its reader may see and withholds the other', async () => {
    for (const path of [`/api/cases/${caseId}/history`, `/api/cases/${caseId}`]) {
      const read = await partner.get(path);
      assert.equal(read.status, 200, read.text);
      assert.ok(!read.text.includes(hidden), `${path} names the AMBER incident`);
      assert.ok(read.text.includes(shared), path);
    }
    const history = (await partner.get(`/api/cases/${caseId}/history`)).json.items;
    assert.equal(
      history.filter(
        (entry: { action: string; details: { withheld?: boolean } }) =>
          entry.action === 'item.add' && entry.details.withheld,
      ).length,
      1,
    );
    assert.ok((await owner.get(`/api/cases/${caseId}/history`)).text.includes(hidden), 'its owner still reads it');
  });

  test('the dissemination log lists the released objects its reader may read, the others withheld', async () => {
    const log = await partner.get(`/api/disseminations?case=${caseId}`);
    assert.equal(log.status, 200, log.text);
    assert.ok(!log.text.includes(hidden));
    const [release] = log.json.items;
    assert.ok(release.objects.some((object: { id: string }) => object.id === shared));
    assert.ok(
      release.objects.some(
        (object: { id: string | null; withheld?: boolean }) => object.id === null && object.withheld,
      ),
    );
    assert.ok((await owner.get(`/api/disseminations?case=${caseId}`)).text.includes(hidden));
    const everything = await partner.get('/api/disseminations');
    assert.equal(everything.status, 200, everything.text);
    assert.ok(everything.json.items.length > 0, 'a supervisor lists the releases of every organisation');
    assert.ok(!everything.text.includes(hidden), 'the whole log names the AMBER incident');
  });

  test('the audit trail read by a supervisor of another organisation does not name the incident', async () => {
    const trail = await partner.get('/api/audit?limit=500');
    assert.equal(trail.status, 200, trail.text);
    assert.ok(trail.json.items.length > 5);
    assert.ok(!trail.text.includes(hidden), 'the AMBER incident is named in the trail');
    assert.ok(trail.text.includes(shared));
    const asked = await partner.get(`/api/audit?object_id=${hidden}`);
    assert.deepEqual(asked.json.items, [], 'asking for it by id shows nothing of it');
    const supervisor = await signedInClient(context, { role: 'supervisor', org: 'Vigie' });
    assert.ok(
      (await supervisor.get('/api/audit?limit=500')).text.includes(hidden),
      'a supervisor of its owner sees it',
    );
  });
});
