import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { listIncidents } from '../../src/core/incident/incident.service.ts';
import { readScope } from '../../src/core/access/access.ts';
import { SYSTEM_PRINCIPAL } from '../../src/core/shared/principal.ts';
import { DateTime } from 'luxon';
import { parisToday } from '../../src/demo/demo-clock.ts';
import { vigieOn } from '../support/cli-runner.ts';
import { freshContext, TEST_STORE } from '../support/test-store.ts';

const system = { principal: SYSTEM_PRINCIPAL };

describe(`vigie demo relative to today on ${TEST_STORE}`, () => {
  let context: Awaited<ReturnType<typeof freshContext>>;
  before(async () => {
    context = await freshContext();
  });
  after(async () => {
    await context.close();
  });

  test('places the wave on the last three nights by default, and refuses a malformed --as-of with exit code 2', async () => {
    const vigie = vigieOn(context);
    const bad = await vigie('demo', '--no-serve', '--as-of', '16/04/2025');
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--as-of: expected a date as YYYY-MM-DD/);
    const loaded = await vigie('demo', '--no-serve');
    assert.equal(loaded.code, 0, loaded.stderr);
    assert.match(
      loaded.stderr,
      /the wave is placed on the nights before \d{4}-\d{2}-\d{2} \(moved \d+ days from April 2025\)/,
    );
    const toulon = await context.store.db
      .selectFrom('incidents')
      .select(['occurred_start'])
      .where('external_id', '=', 'seed-2025-04-14-toulon')
      .executeTakeFirstOrThrow();
    // Nights are counted back from the start of today in Paris (the date the demo prints), not from the
    // clock: just after midnight in Paris, the night before last began barely 24 hours ago.
    const asOf = /nights before (\d{4}-\d{2}-\d{2})/.exec(loaded.stderr)![1];
    assert.equal(asOf, parisToday(), 'the wave ends on the night before today in Paris');
    const todayStarts = DateTime.fromISO(asOf, { zone: 'Europe/Paris' }).toMillis();
    const hoursBefore = (todayStarts - toulon.occurred_start.getTime()) / 3_600_000;
    // The night before last: from 18:00 two days before to 08:00 the day before (16 to 30 hours before today).
    assert.ok(
      hoursBefore >= 16 && hoursBefore <= 30,
      `the Toulon attack was in the night before last (${hoursBefore.toFixed(1)} h before today began in Paris)`,
    );
    assert.ok(toulon.occurred_start.getTime() < Date.now(), 'and it is in the past');
    const lastWeek = await listIncidents(
      context.incidents,
      system,
      { from: new Date(Date.now() - 7 * 86_400_000), to: new Date(), signature: ['ddpf'] },
      100,
    );
    assert.ok(lastWeek.total >= 3, `the DDPF attacks are in the last 7 days (${lastWeek.total})`);
    const escort = await context.store.db.selectFrom('escorts').select(['planned_start']).executeTakeFirstOrThrow();
    assert.ok(
      escort.planned_start.getTime() > Date.now() - 86_400_000,
      'the planned escort is still ahead (tomorrow morning)',
    );
    const seizuresThisYear = await context.seizures.seizures.count(readScope(SYSTEM_PRINCIPAL), {
      from: new Date(Date.now() - 365 * 86_400_000),
      to: new Date(),
    });
    assert.ok(seizuresThisYear > 0, 'seizures in the last year');
  });
});
