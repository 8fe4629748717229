import { test } from 'node:test';
import assert from 'node:assert/strict';
import { demoShiftDays, shiftDateText, shiftDemoRecord } from './demo-clock.ts';

test('the historical day moves nothing; a later day moves the scenario by the days between', () => {
  assert.equal(demoShiftDays('2025-04-16'), 0);
  assert.equal(demoShiftDays('2026-12-06'), 599);
  assert.throws(() => demoShiftDays('16/04/2025'), RangeError);
});

test('a date-time keeps its Paris wall-clock time across the change of season', () => {
  assert.equal(shiftDateText('2025-04-17T07:00:00+02:00', 599), '2026-12-07T07:00:00+01:00');
  assert.equal(shiftDateText('2025-04-13', 599), '2026-12-03');
});

test('only whole date values move: prose and identifiers stay, so loading twice adds nothing twice', () => {
  const record = {
    external_id: 'seed-2025-04-14-toulon',
    occurred: { night_of: '2025-04-14' },
    description: 'on 2025-04-14 at night',
    weapons: ['accelerant'],
    casualties: { killed: 0 },
  };
  assert.deepEqual(shiftDemoRecord(record, 10), { ...record, occurred: { night_of: '2025-04-24' } });
});
