import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { VigieContext } from '../../context.ts';
import { SYSTEM_PRINCIPAL } from '../shared/principal.ts';
import { importIncidents } from '../incident/incident.service.ts';
import { incidentInput } from '../../../test/support/factories.ts';
import { freshContext, TEST_STORE } from '../../../test/support/test-store.ts';
import { mergeFirings, type Firing } from './alert.ts';
import { evaluatePendingIncidents } from './alert-engine.ts';

const system = { principal: SYSTEM_PRINCIPAL, address: 'test' };

describe(`alert rules over a long series at one site on ${TEST_STORE}`, () => {
  let context: VigieContext;
  before(async () => {
    context = await freshContext();
  });
  after(async () => {
    await context.close();
  });

  test('5,000 shots at one prison in one import make one alert, updated once per batch rather than once per incident', async () => {
    const rows = Array.from({ length: 5000 }, (_, index) => ({
      row: index + 1,
      value: incidentInput({
        facility: 'fr-toulon-la-farlede-cp',
        occurred: { date: '2025-04-14' },
        event_types: ['gunfire'],
        target_kinds: ['facility'],
        signatures: [],
      }),
    }));
    assert.equal((await importIncidents(context.incidents, system, rows)).inserted, 5000);
    await context.alerting.idle();
    const live = await context.alerts.alerts.findLive(
      `${(await context.alerts.alerts.rules()).find((r) => r.kind === 'weapon_at_facility')!.id}:fr-toulon-la-farlede-cp`,
    );
    assert.ok(live, 'the gunfire alert is open');
    assert.equal(live.incident_ids.length, 5000);
    const updates = (await context.alerts.alerts.history(live.id)).filter((entry) => entry.action === 'updated');
    // 5,000 incidents are read 2,000 at a time: the alert opens in the first batch and grows in the next two.
    assert.equal(updates.length, 2);
  });

  test('two instances reading the same new incidents at once open one alert, not two, and neither fails', async () => {
    const quiet = { ...context.incidents, afterWrite: undefined };
    const rows = Array.from({ length: 3 }, (_, index) => ({
      row: index + 1,
      value: incidentInput({
        facility: 'fr-valence-cp',
        occurred: { date: '2025-04-15' },
        event_types: ['explosive'],
        target_kinds: ['facility'],
        signatures: [],
      }),
    }));
    await importIncidents(quiet, system, rows);
    await Promise.all([evaluatePendingIncidents(context.alerts), evaluatePendingIncidents({ ...context.alerts })]);
    const rule = (await context.alerts.alerts.rules()).find((r) => r.kind === 'weapon_at_facility')!;
    const opened = await context.store.db
      .selectFrom('alerts')
      .select(['id', 'incident_ids'])
      .where('dedup_key', '=', `${rule.id}:fr-valence-cp`)
      .execute();
    assert.equal(opened.length, 1);
    assert.equal(opened[0].incident_ids.length, 3);
  });
});

test('firings with the same dedup key merge their incidents and sites; the last words win', () => {
  const base = { rule: {} as Firing['rule'], campaignId: null, titleEn: '', explanation: '' };
  const merged = mergeFirings([
    { ...base, dedupKey: 'a', title: 'one', incidentIds: ['1'], sites: ['s1'] },
    { ...base, dedupKey: 'b', title: 'other', incidentIds: ['9'], sites: [] },
    { ...base, dedupKey: 'a', title: 'two', incidentIds: ['2', '1'], sites: ['s2', 's1'] },
  ]);
  assert.deepEqual(
    merged.map((f) => [f.dedupKey, f.title, f.incidentIds, f.sites]),
    [
      ['a', 'two', ['1', '2'], ['s1', 's2']],
      ['b', 'other', ['9'], []],
    ],
  );
});
