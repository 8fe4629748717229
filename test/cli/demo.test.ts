import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { listIncidents } from '../../src/core/incident/incident.service.ts';
import { readScope } from '../../src/core/access/access.ts';
import { SYSTEM_PRINCIPAL } from '../../src/core/shared/principal.ts';
import { vigieOn } from '../support/cli-runner.ts';
import { freshContext, freshDemoContext, TEST_STORE } from '../support/test-store.ts';

const system = { principal: SYSTEM_PRINCIPAL };

describe(`vigie demo on ${TEST_STORE}`, () => {
  // Both loads are invocations on one open store, as `vigie demo --data DIR` run twice on one folder.
  let context: Awaited<ReturnType<typeof freshContext>>;
  before(async () => {
    context = await freshContext();
  });
  after(async () => {
    await context.close();
  });

  test('loads the April 2025 wave into a given folder, and loading twice adds nothing twice', async () => {
    const vigie = vigieOn(context);
    const first = await vigie('demo', '--no-serve', '--as-of', '2025-04-16', '--data', context.storeConfig.dataDir);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stderr, /seed: \d+ added, 0 already there/);
    const second = await vigie('demo', '--no-serve', '--as-of', '2025-04-16', '--data', context.storeConfig.dataDir);
    assert.match(second.stderr, /seed: 0 added, \d+ already there/);
    assert.match(second.stderr, /background: 0 added/);
    assert.match(second.stderr, /seizures: 0 added/);
    assert.match(first.stdout, /admin +\S{20} +admin/, 'one account per role, password printed once');
    assert.match(second.stderr, /accounts: already there/);
    assert.doesNotMatch(second.stdout, /admin +\S{20}/, 'passwords are not printed twice');

    const wave = await listIncidents(
      context.incidents,
      system,
      { from: new Date('2025-04-13T16:00:00Z'), to: new Date('2025-04-17T06:00:00Z'), signature: ['ddpf'] },
      100,
    );
    assert.ok(wave.total >= 3, `DDPF tagged at several scenes (${wave.total})`);
    const sites = new Set(
      (
        await listIncidents(
          context.incidents,
          system,
          { from: new Date('2025-04-13T16:00:00Z'), to: new Date('2025-04-17T06:00:00Z') },
          100,
        )
      ).items
        .map(({ row }) => row.facility_id)
        .filter(Boolean),
    );
    for (const id of ['fr-toulon-la-farlede-cp', 'fr-villepinte-ma', 'fr-valence-cp']) assert.ok(sites.has(id), id);
    const staffHome = await listIncidents(
      context.incidents,
      system,
      { target_kind: ['staff_home'], department: ['54'] },
      10,
    );
    assert.equal(staffHome.total, 1, 'the officer threatened at home near Nancy');
    const background = await listIncidents(context.incidents, system, { to: new Date('2025-04-01T00:00:00Z') }, 1);
    assert.ok(background.total > 1000, 'two years of synthetic background');
    const seizures = await context.seizures.seizures.count(readScope(SYSTEM_PRINCIPAL), {
      from: new Date('2024-01-01T00:00:00Z'),
      to: new Date('2024-11-30T23:00:00Z'),
      drug: ['cocaine'],
    });
    assert.ok(seizures > 0);
  });
});

describe(`vigie detect and vigie links on ${TEST_STORE}`, () => {
  // The demo written with no detection running, as `vigie import` would: a copy of the run's demo
  // template (test/support/test-store.ts), not a third load of its two years of background.
  let context: Awaited<ReturnType<typeof freshDemoContext>>;
  before(async () => {
    context = await freshDemoContext('2025-04-16');
  });
  after(async () => {
    await context.close();
  });
  test('an import made from the command line is linked at the next detection, and detect prints the wave', async () => {
    const toulon = await context.store.db
      .selectFrom('incidents')
      .select('id')
      .where('external_id', '=', 'seed-2025-04-14-toulon')
      .executeTakeFirstOrThrow();
    assert.equal(await context.links.any(), false, 'nothing linked yet');
    const vigie = vigieOn(context);
    const detected = await vigie('detect', '--since', '2025-04-01');
    assert.equal(detected.code, 0, detected.stderr);
    assert.match(detected.stdout, /Campaigns since 2025-04-01: [1-9]/);
    assert.match(detected.stdout, /share the tag DDPF/);
    assert.match(detected.stdout, /p [=<] [0-9.e-]+; at the usual rates, this happens/);
    const json = JSON.parse((await vigie('detect', '--since', '2025-04-01', '--json')).stdout);
    assert.ok(json.campaigns[0].members.includes(toulon.id));
    // text and JSON say the same p and recurrence, once each, for the campaign and its alarm
    const wave = json.campaigns.find((c: { members: string[] }) => c.members.includes(toulon.id));
    assert.ok(
      detected.stdout.includes(`${wave.p_text}; ${wave.recurrence}`),
      `${wave.p_text}; ${wave.recurrence}\n${detected.stdout}`,
    );
    const alarm = json.alarms.find((a: { campaign_id: string }) => a.campaign_id === wave.id);
    assert.ok(alarm, 'the wave raised an alarm');
    assert.equal(alarm.p_value, wave.p_value, "the alarm shows the campaign's strongest p");
    assert.ok(detected.stdout.includes(alarm.p_text));
    assert.equal((alarm.explanation.match(/at the usual rates/g) ?? []).length, 1, alarm.explanation);
    assert.doesNotMatch(detected.stdout, /once in [\d,]{6,} years/, 'beyond what the test resolves, a bound');
    const links = await vigie('links', toulon.id);
    assert.match(links.stdout, /score 0\.\d\d/);
    const bad = await vigie('links', 'nope');
    assert.equal(bad.code, 2);
  });
});
