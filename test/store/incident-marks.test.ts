import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { VigieContext } from '../../src/context.ts';
import { SYSTEM_PRINCIPAL } from '../../src/core/shared/principal.ts';
import { importIncidents } from '../../src/core/incident/incident.service.ts';
import { incidentInput } from '../support/factories.ts';
import { freshContext, TEST_STORE } from '../support/test-store.ts';
import { AlertRepository } from '../../src/store/alert.repository.ts';
import { AnalysisRepository } from '../../src/store/analysis.repository.ts';

const system = { principal: SYSTEM_PRINCIPAL, address: 'test' };

/** A seeded shuffle: each round locks the rows in a different order. */
function shuffled<T>(items: T[], seed: number): T[] {
  const copy = [...items];
  let state = seed;
  for (let i = copy.length - 1; i > 0; i -= 1) {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    const j = state % (i + 1);
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

describe(`marking incidents seen on ${TEST_STORE}`, () => {
  let context: VigieContext;
  before(async () => {
    context = await freshContext();
  });
  after(async () => {
    await context.close();
  });

  test('the detection and the alert rules mark the same incidents at once, in any order, without deadlock', async () => {
    const rows = Array.from({ length: 1500 }, (_, index) => ({
      row: index + 1,
      value: incidentInput({ occurred: { date: `2024-0${1 + (index % 9)}-1${index % 10}` } }),
    }));
    const result = await importIncidents(context.incidents, system, rows);
    assert.equal(result.inserted, 1500);
    const alerts = new AlertRepository(context.store.db);
    const analysis = new AnalysisRepository(context.store.db, context.gazetteer);
    const facts = await alerts.pendingIncidents(5000);
    const ids = facts.map((incident) => incident.id);
    for (let round = 0; round < 4; round += 1) {
      await Promise.all([
        alerts.markAlerted(shuffled(facts, round + 1)),
        analysis.markAnalysed(shuffled(ids, round + 101)),
        alerts.markAlerted(shuffled(facts, round + 201).reverse()),
        analysis.markAnalysed(shuffled(ids, round + 301).reverse()),
      ]);
    }
    assert.equal((await alerts.pendingIncidents(10)).length, 0);
    assert.equal((await analysis.pendingIds(10)).length, 0);
  });
});
