import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alarmAction } from './alarm-life.ts';

const strongest = (pValue: number) => ({
  method: 'signature_burst' as const,
  statistic: 3,
  pValue,
  recurrenceYears: 100,
  windowStart: new Date(0),
  windowEnd: new Date(1),
  details: {},
});

test('raises an alarm only when none exists and the evidence alarms', () => {
  assert.deepEqual(alarmAction(undefined, { alarm: true, strongest: strongest(1e-4) }), { kind: 'raise' });
  assert.deepEqual(alarmAction(undefined, { alarm: false, strongest: strongest(0.5) }), { kind: 'none' });
});

test('updates a standing alarm with weaker evidence but keeps its strongest significance', () => {
  const stored = { id: 'a', state: 'standing' as const, p_value: 1e-4 };
  assert.deepEqual(alarmAction(stored, { alarm: false, strongest: strongest(1) }), {
    kind: 'update',
    id: 'a',
    strongest: false,
  });
  assert.deepEqual(alarmAction(stored, { alarm: true, strongest: strongest(1e-3) }), {
    kind: 'update',
    id: 'a',
    strongest: false,
  });
  assert.deepEqual(alarmAction(stored, { alarm: true, strongest: strongest(1e-5) }), {
    kind: 'update',
    id: 'a',
    strongest: true,
  });
});

test('leaves an ended alarm as the analyst left it', () => {
  assert.deepEqual(
    alarmAction({ id: 'a', state: 'ended', p_value: 1e-4 }, { alarm: true, strongest: strongest(1e-9) }),
    { kind: 'none' },
  );
});
