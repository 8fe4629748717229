import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveOccurred } from './occurred.ts';

const paris = 'Europe/Paris';
const iso = (value: { start: Date; end: Date }) => [value.start.toISOString(), value.end.toISOString()];

test('the night of 14 to 15 April runs from 18:00 to 08:00 Paris time', () => {
  const night = resolveOccurred({ night_of: '2025-04-14' }, paris);
  assert.deepEqual(iso(night), ['2025-04-14T16:00:00.000Z', '2025-04-15T06:00:00.000Z']);
  assert.equal(night.precision, 'night');
});

test('a night that spans the change to summer time is one hour shorter', () => {
  const night = resolveOccurred({ night_of: '2025-03-29' }, paris);
  assert.deepEqual(iso(night), ['2025-03-29T17:00:00.000Z', '2025-03-30T06:00:00.000Z']);
});

test('a date is the local day, in the zone of the place', () => {
  assert.deepEqual(iso(resolveOccurred({ date: '2025-04-16' }, paris)), [
    '2025-04-15T22:00:00.000Z',
    '2025-04-16T22:00:00.000Z',
  ]);
  assert.deepEqual(iso(resolveOccurred({ date: '2025-04-16' }, 'America/Cayenne')), [
    '2025-04-16T03:00:00.000Z',
    '2025-04-17T03:00:00.000Z',
  ]);
});

test('an exact time keeps its instant whatever its offset', () => {
  const at = resolveOccurred({ at: '2025-04-15T00:30:00+02:00' }, paris);
  assert.deepEqual(iso(at), ['2025-04-14T22:30:00.000Z', '2025-04-14T22:31:00.000Z']);
  assert.equal(at.precision, 'exact');
});

test('a week runs Monday to Monday and a month to the first of the next', () => {
  assert.deepEqual(iso(resolveOccurred({ week_of: '2025-04-16' }, paris)), [
    '2025-04-13T22:00:00.000Z',
    '2025-04-20T22:00:00.000Z',
  ]);
  assert.deepEqual(iso(resolveOccurred({ month: '2024-02' }, paris)), [
    '2024-01-31T23:00:00.000Z',
    '2024-02-29T23:00:00.000Z',
  ]);
});

test('an inclusive end date closes at the end of that day and defaults to approx', () => {
  const span = resolveOccurred({ start: '2025-04-13', end: '2025-04-16' }, paris);
  assert.deepEqual(iso(span), ['2025-04-12T22:00:00.000Z', '2025-04-16T22:00:00.000Z']);
  assert.equal(span.precision, 'approx');
});

test('a start with an hour precision lasts an hour', () => {
  const hour = resolveOccurred({ start: '2025-04-15T02:00:00+02:00', precision: 'hour' }, paris);
  assert.deepEqual(iso(hour), ['2025-04-15T00:00:00.000Z', '2025-04-15T01:00:00.000Z']);
});

test('a repeated resolution gives the same interval, and a fresh copy each time', () => {
  const first = resolveOccurred({ night_of: '2025-04-14' }, paris);
  const second = resolveOccurred({ night_of: '2025-04-14' }, paris);
  assert.deepEqual(iso(first), iso(second));
  assert.notEqual(first.start, second.start, 'callers may mutate their Date');
  assert.deepEqual(
    iso(resolveOccurred({ night_of: '2025-04-14' }, 'America/Cayenne')),
    ['2025-04-14T21:00:00.000Z', '2025-04-15T11:00:00.000Z'],
    'the zone is part of the key',
  );
});
