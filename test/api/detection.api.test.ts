import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { VigieContext } from '../../src/context.ts';
import { apiClient } from '../support/api-client.ts';
import { vigieOn } from '../support/cli-runner.ts';
import { account } from '../support/accounts.ts';
import { incidentInput } from '../support/factories.ts';
import { freshContext, TEST_STORE } from '../support/test-store.ts';
import { postAprilWave } from '../support/april-wave.ts';

describe(`links, campaigns, wave alarms and risk on ${TEST_STORE}`, () => {
  let context: VigieContext;
  let analyst: ReturnType<typeof apiClient>;
  const ids: string[] = [];

  before(async () => {
    context = await freshContext();
    await context.detection.start();
    analyst = apiClient(context, { token: (await account(context, { role: 'analyst' })).token });
    // A quiet year of contraband at the wave's sites, then the wave.
    ids.push(...(await postAprilWave(analyst)));
    await context.detection.idle();
  });
  after(async () => {
    await context.close();
  });

  test('links the tagged attacks to each other and says why', async () => {
    const links = await analyst.get(`/api/incidents/${ids[0]}/links`);
    assert.equal(links.status, 200, links.text);
    const others = links.json.items.map((l: { other: { id: string } }) => l.other.id);
    for (const id of ids.slice(1, 5)) assert.ok(others.includes(id), `linked to ${id}`);
    const same = links.json.items.find((l: { other: { id: string } }) => l.other.id === ids[1]);
    assert.ok(same.evidence.some((e: { kind: string }) => e.kind === 'same_signature'));
    assert.match(same.explanation, /D\.?D\.?P\.?F/i);
  });

  test('groups the wave into one campaign with a significance and raises an alarm', async () => {
    const list = await analyst.get('/api/campaigns?from=2025-04-01&to=2025-05-01');
    assert.equal(list.status, 200, list.text);
    assert.equal(
      list.json.items.length,
      1,
      JSON.stringify(list.json.items.map((c: { explanation: string }) => c.explanation)),
    );
    const campaign = list.json.items[0];
    for (const id of ids.slice(0, 5)) assert.ok(campaign.member_ids.includes(id), `member ${id}`);
    assert.match(
      campaign.explanation,
      /\d prisons?( and \d (staff homes?|other places?))? in \d nights?, \d share the tag DDPF/,
    );
    assert.equal(campaign.significance.tested, true);
    // the tag's carriers are the signature test's evidence; the scan counts the other attacks at the sites
    assert.ok(
      campaign.significance.poisson_scan.carriers_left_to_signature_test >= 3,
      JSON.stringify(campaign.significance.poisson_scan),
    );
    assert.match(campaign.significance.poisson_scan.sentence, /once in/);
    assert.ok(
      campaign.significance.wave.p_value <= 0.01,
      `p = ${campaign.significance.wave.p_value} ${JSON.stringify(campaign.significance)}`,
    );
    assert.equal(campaign.significance.wave.method, 'signature_burst');
    assert.equal(campaign.significance.signature_burst.signature, 'DDPF');
    assert.ok(campaign.significance.signature_burst.sites >= 3, `sites ${campaign.significance.signature_burst.sites}`);
    assert.equal(campaign.significance.wave.alarm, true);
    const waves = await analyst.get('/api/waves?from=2025-04-01');
    const alarm = waves.json.items.find((a: { campaign_id: string }) => a.campaign_id === campaign.id);
    assert.ok(alarm, 'the campaign raised a wave alarm');
    assert.equal(alarm.method, campaign.significance.wave.method, 'the alarm names the test it rests on');
    assert.ok(['poisson_scan', 'signature_burst'].includes(alarm.method));
    const detail = await analyst.get(`/api/campaigns/${campaign.id}`);
    assert.equal(detail.json.members.length, campaign.member_ids.length);
    assert.ok(detail.json.links.length >= 4, 'the link graph among members');
  });

  test('an alias reads DDPM as DDPF and links Marseille by the same signature', async () => {
    assert.equal(
      (await analyst.call('PUT', '/api/signature-aliases', { alias: 'DDPM', canonical: 'DDPF' })).status,
      204,
    );
    await context.detection.idle();
    const links = await analyst.get(`/api/incidents/${ids[5]}/links`);
    const toToulon = links.json.items.find((l: { other: { id: string } }) => l.other.id === ids[0]);
    assert.ok(toToulon, 'Marseille is linked to Toulon');
    assert.ok(
      toToulon.evidence.some(
        (e: { kind: string; details: { measure?: string } }) =>
          e.kind === 'same_signature' || e.details.measure === 'alias',
      ),
      JSON.stringify(toToulon.evidence),
    );
  });

  test('a refuted incident drops out of its links and its campaign', async () => {
    const valence = (await analyst.get(`/api/incidents/${ids[4]}`)).json;
    assert.equal(
      (
        await analyst.patch(`/api/incidents/${ids[4]}`, {
          version: valence.version,
          status: 'refuted',
          reason: 'the Valence report was a hoax',
        })
      ).status,
      200,
    );
    await context.detection.idle();
    assert.equal((await analyst.get(`/api/incidents/${ids[4]}/links`)).json.items.length, 0);
    const campaign = (await analyst.get('/api/campaigns?from=2025-04-01&to=2025-05-01')).json.items[0];
    assert.ok(!campaign.member_ids.includes(ids[4]));
  });

  test('a campaign says whether its probable members are looked for (API and CLI): not at two places, from the third', async () => {
    const wave = (await analyst.get('/api/campaigns?from=2025-04-01&to=2025-05-01')).json.items[0];
    const detail = (await analyst.get(`/api/campaigns/${wave.id}`)).json;
    assert.deepEqual(detail.probable_search, { state: 'searching', places: wave.sites.length, needed: 3 });
    // a new tag three times at two prisons in June: a local series, no probable member sought yet
    const post = async (facility: string, night: string) => {
      const created = await analyst.post(
        '/api/incidents',
        incidentInput({
          facility,
          occurred: { night_of: night },
          event_types: ['graffiti'],
          signatures: [{ kind: 'tag', text: 'KRV13' }],
        }),
      );
      assert.equal(created.status, 201, created.text);
    };
    await post('fr-nimes-ma', '2025-06-10');
    await post('fr-avignon-le-pontet-cp', '2025-06-11');
    await post('fr-nimes-ma', '2025-06-12');
    await context.detection.idle();
    const series = (await analyst.get('/api/campaigns?from=2025-06-01&to=2025-07-01')).json.items.find(
      (c: { shared_signatures: Array<{ text: string }> }) => c.shared_signatures.some((s) => s.text === 'KRV13'),
    );
    assert.ok(series, 'the three tagged acts form a campaign');
    const two = (await analyst.get(`/api/campaigns/${series.id}`)).json;
    assert.deepEqual(two.probable_members, []);
    assert.deepEqual(two.probable_search, { state: 'too_few_places', places: 2, needed: 3 });
    const cli = await vigieOn(context)('campaigns', 'probable', series.id);
    assert.equal(cli.code, 0, cli.stderr);
    assert.equal(cli.stdout.trim(), 'no probable members: the campaign holds 2 places; they are looked for from 3');
    await post('fr-arles-mc', '2025-06-13');
    await context.detection.idle();
    const three = (await analyst.get(`/api/campaigns/${series.id}`)).json;
    assert.deepEqual(three.probable_search, { state: 'searching', places: 3, needed: 3 });
  });

  test('a dismissed campaign stays dismissed when a new member arrives', async () => {
    const campaign = (await analyst.get('/api/campaigns?from=2025-04-01&to=2025-05-01')).json.items[0];
    const refused = await analyst.post(`/api/campaigns/${campaign.id}/decisions`, { kind: 'dismiss' });
    assert.equal(refused.status, 400, 'a dismissal needs a reason');
    assert.equal(
      (
        await analyst.post(`/api/campaigns/${campaign.id}/decisions`, {
          kind: 'dismiss',
          reason: 'copycat tags, not coordinated',
        })
      ).status,
      204,
    );
    // the history says who decided by name, not by an account's id
    const [decision] = (await analyst.get(`/api/campaigns/${campaign.id}`)).json.decisions.slice(-1);
    assert.match(decision.decided_by_name, /^user\d+-/, "the test account's username");
    const waves = (await analyst.get('/api/waves?from=2025-04-01')).json.items;
    // dismissing is a person's decision with a reason: the campaign's alarm ends with it, kept on record
    const ended = waves.filter((a: { campaign_id: string }) => a.campaign_id === campaign.id);
    assert.ok(
      ended.length > 0 &&
        ended.every(
          (a: { state: string; ended: { reason: string } }) =>
            a.state === 'ended' && /copycat tags/.test(a.ended.reason),
        ),
      JSON.stringify(ended),
    );
    const late = await analyst.post(
      '/api/incidents',
      incidentInput({
        facility: 'fr-lyon-corbas-ma',
        occurred: { night_of: '2025-04-15' },
        event_types: ['vehicle_arson'],
        target_kinds: ['staff_vehicle'],
        signatures: [{ kind: 'tag', text: 'DDPF' }],
      }),
    );
    assert.equal(late.status, 201);
    await context.detection.idle();
    const after = (await analyst.get('/api/campaigns?from=2025-04-01&to=2025-05-01')).json.items;
    const same = after.find((c: { id: string }) => c.id === campaign.id);
    assert.ok(same, 'the campaign keeps its id');
    assert.equal(same.state, 'dismissed');
    assert.ok(same.member_ids.includes(late.json.id), 'the new incident joined it');
    assert.ok(
      !(await analyst.get('/api/waves?state=standing')).json.items.some(
        (a: { campaign_id: string }) => a.campaign_id === campaign.id,
      ),
      'a dismissed campaign raises no new alarm',
    );
  });

  test('ranks the sites at risk after the wave, with reasons, for analysts only', async () => {
    const risk = await analyst.get('/api/risk?at=2025-04-16T08:00:00Z&horizon=72&limit=10');
    assert.equal(risk.status, 200, risk.text);
    assert.equal(risk.json.items.length, 10);
    assert.ok(risk.json.items[0].probability >= risk.json.items[9].probability, 'ranked');
    assert.ok(risk.json.items[0].reasons.length > 0);
    const reporter = apiClient(context, { token: (await account(context, { role: 'reporter' })).token });
    assert.equal((await reporter.get('/api/risk')).status, 403);
  });

  test('a reader of another organisation sees no campaign built on records it cannot read', async () => {
    const outsider = apiClient(context, {
      token: (await account(context, { role: 'analyst', org: 'Autre service' })).token,
    });
    const list = await outsider.get('/api/campaigns?from=2025-04-01&to=2025-05-01');
    assert.deepEqual(list.json.items, []);
    assert.deepEqual((await outsider.get('/api/waves?from=2025-04-01')).json.items, []);
  });
});
