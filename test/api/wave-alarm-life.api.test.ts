import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { VigieContext } from '../../src/context.ts';
import { apiClient } from '../support/api-client.ts';
import { account } from '../support/accounts.ts';
import { incidentInput } from '../support/factories.ts';
import { freshContext, TEST_STORE } from '../support/test-store.ts';

type Client = ReturnType<typeof apiClient>;
interface Alarm {
  id: string;
  campaign_id: string;
  state: string;
  p_value: number;
  incident_ids: string[];
  updates: unknown[];
  window: { start: string; end: string };
  ended: { reason: string } | null;
  explanation: string;
}

/** A quiet year of drone drops at some of the wave's sites: the usual rates of a store with history. */
async function postBackground(analyst: Client): Promise<void> {
  const background = [];
  for (let month = 1; month <= 12; month += 1) {
    for (const facility of [
      'fr-toulon-la-farlede-cp',
      'fr-villepinte-ma',
      'fr-valence-cp',
      'fr-lyon-corbas-ma',
      'fr-nimes-ma',
    ]) {
      background.push(
        incidentInput({
          facility,
          occurred: { date: `2024-${String(month).padStart(2, '0')}-1${month % 9}` },
          event_types: ['drone_drop'],
          target_kinds: ['facility'],
          signatures: [],
          marking: 'GREEN',
        }),
      );
    }
  }
  assert.equal(
    (await analyst.upload('/api/incidents/import', JSON.stringify(background), 'application/json')).status,
    200,
  );
}

async function carrier(context: VigieContext, analyst: Client, facility: string, night: string): Promise<string> {
  const created = await analyst.post(
    '/api/incidents',
    incidentInput({
      facility,
      occurred: { night_of: night },
      event_types: ['vehicle_arson', 'graffiti'],
      target_kinds: ['staff_vehicle'],
      signatures: [{ kind: 'tag', text: 'DDPF' }],
    }),
  );
  assert.equal(created.status, 201, created.text);
  await context.detection.idle();
  return created.json.id;
}

const standing = async (analyst: Client): Promise<Alarm[]> =>
  (await analyst.get('/api/waves?state=standing')).json.items;

for (const history of ['an empty store', 'a year of background'] as const) {
  describe(`a wave alarm stands until a person ends it, on ${history} (${TEST_STORE})`, () => {
    let context: VigieContext;
    let analyst: Client;
    const ids: string[] = [];

    before(async () => {
      context = await freshContext();
      await context.detection.start();
      analyst = apiClient(context, { token: (await account(context, { role: 'analyst' })).token });
      if (history === 'a year of background') await postBackground(analyst);
    });
    after(async () => {
      await context.close();
    });

    test('three sites carrying a never-seen tag within 24 hours raise the alarm at the third', async () => {
      ids.push(await carrier(context, analyst, 'fr-toulon-la-farlede-cp', '2025-04-14'));
      ids.push(await carrier(context, analyst, 'fr-villepinte-ma', '2025-04-14'));
      assert.deepEqual(await standing(analyst), [], 'two sites are not yet a wave');
      ids.push(await carrier(context, analyst, 'fr-valence-cp', '2025-04-14'));
      const alarms = await standing(analyst);
      assert.equal(
        alarms.length,
        1,
        JSON.stringify(
          (await analyst.get('/api/campaigns')).json.items.map((c: { significance: unknown }) => c.significance),
        ),
      );
      assert.deepEqual([...alarms[0].incident_ids].sort(), [...ids].sort());
      assert.match(alarms[0].explanation, /strongest window/);
    });

    test('a carrier nine days later updates the alarm and does not withdraw it', async () => {
      const before = (await standing(analyst))[0];
      ids.push(await carrier(context, analyst, 'fr-nimes-ma', '2025-04-23'));
      const alarms = await standing(analyst);
      assert.equal(alarms.length, 1, 'the alarm still stands');
      assert.equal(alarms[0].id, before.id);
      assert.ok(alarms[0].incident_ids.includes(ids[3]), 'the new member is in the alarm');
      assert.ok(alarms[0].updates.length > before.updates.length, 'the update is kept');
      assert.ok(alarms[0].p_value <= before.p_value, "the significance is the strongest window's");
      assert.equal(
        alarms[0].window.end.slice(0, 10),
        before.window.end.slice(0, 10),
        'the window named is still the strongest',
      );
    });

    test('a rare tag reaches across eleven days: the late carrier joins the standing alarm', async () => {
      ids.push(await carrier(context, analyst, 'fr-aix-luynes-cp', '2025-05-04'));
      const alarms = (await analyst.get('/api/waves')).json.items as Alarm[];
      assert.equal(alarms.length, 1, '/api/waves still lists it');
      assert.equal(alarms[0].state, 'standing');
      assert.ok(alarms[0].incident_ids.includes(ids[4]), JSON.stringify(alarms[0].incident_ids));
    });

    test('only an analyst ends it, with a reason, audited; later evidence does not raise it again', async () => {
      const [alarm] = await standing(analyst);
      const noReason = await analyst.post(`/api/waves/${alarm.id}/end`, {});
      assert.equal(noReason.status, 400);
      assert.match(noReason.text, /reason/);
      const reporter = apiClient(context, { token: (await account(context, { role: 'reporter' })).token });
      assert.equal((await reporter.post(`/api/waves/${alarm.id}/end`, { reason: 'quiet for a month' })).status, 403);
      const ended = await analyst.post(`/api/waves/${alarm.id}/end`, { reason: 'quiet for a month, arrests made' });
      assert.equal(ended.status, 200, ended.text);
      assert.equal(ended.json.state, 'ended');
      assert.equal(ended.json.ended.reason, 'quiet for a month, arrests made');
      assert.equal((await analyst.post(`/api/waves/${alarm.id}/end`, { reason: 'again' })).status, 409);
      const audit = await context.store.db
        .selectFrom('audit_events')
        .selectAll()
        .where('action', '=', 'wave.end')
        .execute();
      assert.equal(audit.length, 1);
      assert.equal(audit[0].object_id, alarm.id);
      await carrier(context, analyst, 'fr-marseille-cp', '2025-05-05');
      assert.deepEqual(await standing(analyst), [], 'the ended alarm is not raised again');
      assert.equal((await analyst.get(`/api/waves/${alarm.id}`)).json.state, 'ended');
    });
  });
}

describe(`probable members: untagged acts of the wave's kind, confirmed or dismissed by an analyst (${TEST_STORE})`, () => {
  let context: VigieContext;
  let analyst: Client;
  before(async () => {
    context = await freshContext();
    await context.detection.start();
    analyst = apiClient(context, { token: (await account(context, { role: 'analyst' })).token });
  });
  after(async () => {
    await context.close();
  });

  test('an untagged staff-car arson the night of the wave is proposed apart from the core, then confirmed or dismissed', async () => {
    for (const facility of ['fr-toulon-la-farlede-cp', 'fr-villepinte-ma', 'fr-valence-cp'])
      await carrier(context, analyst, facility, '2025-04-14');
    const untagged = async (facility: string) => {
      const created = await analyst.post(
        '/api/incidents',
        incidentInput({
          facility,
          occurred: { night_of: '2025-04-14' },
          event_types: ['vehicle_arson'],
          target_kinds: ['staff_vehicle'],
          signatures: [],
        }),
      );
      assert.equal(created.status, 201, created.text);
      await context.detection.idle();
      return created.json.id as string;
    };
    const nimes = await untagged('fr-nimes-ma');
    const nanterre = await untagged('fr-nanterre-cp');
    const drone = await analyst.post(
      '/api/incidents',
      incidentInput({
        facility: 'fr-melun-cd',
        occurred: { night_of: '2025-04-14' },
        event_types: ['drone_drop'],
        target_kinds: ['facility'],
        signatures: [],
      }),
    );
    await context.detection.idle();
    const [campaign] = (await analyst.get('/api/campaigns')).json.items;
    let detail = (await analyst.get(`/api/campaigns/${campaign.id}`)).json;
    const proposed = detail.probable_members.map((p: { incident_id: string }) => p.incident_id).sort();
    assert.deepEqual(proposed, [nimes, nanterre].sort(), 'the two untagged arsons, not the drone drop');
    assert.ok(!detail.member_ids.includes(nimes), 'apart from the members');
    assert.ok(!proposed.includes(drone.json.id));
    assert.ok(detail.probable_members[0].excess_probability >= 0.5);
    assert.match(detail.probable_members[0].explanation, /would be usual/);
    // the site risk counts a probable member as one of the campaign's acts: its site is struck
    const risk = (await analyst.get('/api/risk?at=2025-04-15T08:00:00Z&limit=300')).json;
    const atNimes = risk.items.find((item: { site_id: string }) => item.site_id === 'fr-nimes-ma');
    const campaignReason = atNimes?.reasons.find((reason: { code: string }) => reason.code === 'campaign');
    assert.ok(campaignReason, JSON.stringify(atNimes));
    assert.ok(campaignReason.params.traits.includes('struck'), JSON.stringify(campaignReason));

    const noReason = await analyst.post(`/api/campaigns/${campaign.id}/decisions`, {
      kind: 'dismiss_probable',
      incident: nanterre,
    });
    assert.equal(noReason.status, 400);
    assert.equal(
      (
        await analyst.post(`/api/campaigns/${campaign.id}/decisions`, {
          kind: 'dismiss_probable',
          incident: nanterre,
          reason: 'a private quarrel, per the police',
        })
      ).status,
      204,
    );
    assert.equal(
      (await analyst.post(`/api/campaigns/${campaign.id}/decisions`, { kind: 'confirm_probable', incident: nimes }))
        .status,
      204,
    );
    await context.detection.idle();
    detail = (await analyst.get(`/api/campaigns/${campaign.id}`)).json;
    assert.ok(detail.member_ids.includes(nimes), 'confirmed: it joins the campaign');
    assert.deepEqual(detail.probable_members, [], 'dismissed: never proposed again');
    // the decisions are replayed by every later run
    await context.detection.detect(Date.parse('2025-04-01'), Date.parse('2025-05-01'));
    detail = (await analyst.get(`/api/campaigns/${campaign.id}`)).json;
    assert.ok(detail.member_ids.includes(nimes));
    assert.ok(!detail.member_ids.includes(nanterre));
    assert.deepEqual(detail.probable_members, []);
    assert.equal(
      (
        await analyst.post(`/api/campaigns/${campaign.id}/decisions`, {
          kind: 'confirm_probable',
          incident: drone.json.id,
        })
      ).status,
      400,
      'only a probable member',
    );
  });
});
