import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates } from './dates.ts';
import { foldSameLength } from './folded-text.ts';

const first = (text: string, published: string) => findDates(foldSameLength(text), published)[0];

test('reads "dans la nuit du 14 au 15 avril" as the night of the 14th, and "the night of 14 to 15 April" too', () => {
  assert.deepEqual(first('dans la nuit du 14 au 15 avril, deux voitures', '2025-04-16').occurred, {
    night_of: '2025-04-14',
  });
  assert.deepEqual(first('On the night of 14 to 15 April, shots', '2025-04-16').occurred, { night_of: '2025-04-14' });
});

test('resolves weekday nights against the publication date: "dans la nuit de lundi à mardi", "Monday night"', () => {
  // 2025-04-16 is a Wednesday: the last Monday is the 14th.
  assert.deepEqual(first('dans la nuit de lundi à mardi', '2025-04-16').occurred, { night_of: '2025-04-14' });
  assert.deepEqual(first('late on Monday night', '2025-04-16').occurred, { night_of: '2025-04-14' });
});

test('keeps "mardi matin" a day and "early on Wednesday" the night before it', () => {
  assert.deepEqual(first('mardi matin, un fourgon', '2025-04-16').occurred, { date: '2025-04-15' });
  assert.deepEqual(first('early on Wednesday morning', '2025-04-16').occurred, { night_of: '2025-04-15' });
});

test('resolves "overnight", "le 14 avril" and a date after publication in the previous year', () => {
  assert.deepEqual(first('cars were torched overnight', '2025-04-15').occurred, { night_of: '2025-04-14' });
  assert.deepEqual(first('le 14 avril', '2025-04-16').occurred, { date: '2025-04-14' });
  assert.deepEqual(first('le 20 décembre', '2025-01-05').occurred, { date: '2024-12-20' });
});

test('keeps vague spans approximate: "in recent days" the three nights before, "last week" a week', () => {
  const recent = first('In recent days, several prisons', '2025-04-16');
  assert.deepEqual(recent.occurred, {
    start: '2025-04-13T18:00:00+02:00',
    end: '2025-04-16T08:00:00+02:00',
    precision: 'approx',
  });
  assert.equal(recent.night, null);
  assert.deepEqual(first('Last week, the minister', '2025-04-16').occurred, { week_of: '2025-04-09' });
});

test('"woke on Tuesday to find" and "on Tuesday ... in the middle of the night" are the night before that Tuesday', () => {
  // 2025-04-16 is a Wednesday: the last Tuesday is the 15th, its night before the 14th.
  assert.deepEqual(first('Residents woke on Tuesday to find two vans burnt out.', '2025-04-16').occurred, {
    night_of: '2025-04-14',
  });
  assert.deepEqual(
    first('Les habitants se sont réveillés mardi devant trois voitures brûlées.', '2025-04-16').occurred,
    { night_of: '2025-04-14' },
  );
  assert.deepEqual(
    first('Staff were shaken on Tuesday after shots hit the gate in the middle of the night.', '2025-04-16').occurred,
    { night_of: '2025-04-14' },
  );
  // without a word of the night, a weekday stays a day
  assert.deepEqual(first('Staff were shaken on Tuesday after shots hit the gate.', '2025-04-16').occurred, {
    date: '2025-04-15',
  });
});
