import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SpaceTimeIndex } from './space-time-index.ts';

const HOUR = 3_600_000;
const T0 = Date.UTC(2025, 3, 14, 1);
const TOULON = [43.158, 6.043] as const;
const MARSEILLE = [43.215, 5.411] as const;
const PARIS = [48.891, 2.196] as const;

test('finds incidents within the distance and the time gap, and only those', () => {
  const index = new SpaceTimeIndex();
  index.add(1, ...MARSEILLE, T0 + 20 * HOUR, T0 + 21 * HOUR);
  index.add(2, ...MARSEILLE, T0 + 100 * HOUR, T0 + 101 * HOUR);
  index.add(3, ...PARIS, T0, T0 + HOUR);
  index.add(4, ...TOULON, T0 - 50 * HOUR, T0 - 49 * HOUR);
  const found = index.query(...TOULON, T0, T0 + HOUR, 150, 72).sort();
  assert.deepEqual(found, [1, 4]);
  assert.deepEqual(index.query(...TOULON, T0, T0 + HOUR, 30, 72), [4], 'Marseille is about 51 km from Toulon');
  assert.deepEqual(index.query(...TOULON, T0, T0 + HOUR, 150, 24), [1]);
});

test('reads only the buckets around the query', () => {
  const index = new SpaceTimeIndex();
  let id = 0;
  for (let day = 0; day < 365; day++) {
    for (let k = 0; k < 20; k++)
      index.add(id++, 42 + (k % 7), -1 + (k % 9), T0 + day * 24 * HOUR, T0 + day * 24 * HOUR + HOUR);
  }
  index.query(...TOULON, T0 + 100 * 24 * HOUR, T0 + 100 * 24 * HOUR + HOUR, 150, 72);
  assert.ok(index.lastScanned < 100, `scanned ${index.lastScanned} of ${index.size}`);
});

test('an interval spanning several days is found from any of them, once', () => {
  const index = new SpaceTimeIndex();
  index.add(7, ...TOULON, T0, T0 + 96 * HOUR);
  assert.deepEqual(index.query(...TOULON, T0 + 90 * HOUR, T0 + 91 * HOUR, 10, 1), [7]);
  assert.deepEqual(index.query(...TOULON, T0 - 10 * HOUR, T0 - 9 * HOUR, 10, 12), [7]);
});

test('an incident known only to the month is not a space-time neighbour', () => {
  const index = new SpaceTimeIndex();
  index.add(1, ...TOULON, T0, T0 + 30 * 24 * HOUR);
  assert.deepEqual(index.query(...TOULON, T0, T0 + HOUR, 150, 72), []);
  assert.equal(index.size, 1);
  index.remove(1);
  assert.equal(index.size, 0);
});

test('removed and moved incidents are no longer found where they were', () => {
  const index = new SpaceTimeIndex();
  index.add(1, ...TOULON, T0, T0 + HOUR);
  index.add(2, ...TOULON, T0, T0 + HOUR);
  index.remove(1);
  index.add(2, ...PARIS, T0, T0 + HOUR);
  assert.deepEqual(index.query(...TOULON, T0, T0 + HOUR, 150, 72), []);
  assert.deepEqual(index.query(...PARIS, T0, T0 + HOUR, 150, 72), [2]);
  assert.equal(index.has(1), false);
});

test('a capped query keeps the incidents nearest in time', () => {
  const index = new SpaceTimeIndex();
  for (let h = -60; h <= 60; h += 6) index.add(h + 100, ...TOULON, T0 + h * HOUR, T0 + (h + 1) * HOUR);
  const nearest = index.query(...TOULON, T0, T0 + HOUR, 150, 72, 5);
  assert.equal(nearest.length, 5);
  assert.ok(
    nearest.every((id) => Math.abs(id - 100) <= 24),
    JSON.stringify(nearest),
  );
});
