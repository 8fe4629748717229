import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  groupTotals,
  kilogramsIn,
  parisMonth,
  quantityInKilograms,
  yearToDate,
  ytdPeriods,
  type SeizureFact,
} from './seizure-trends.ts';

const fact = (iso: string, kilograms: number, extra: Partial<SeizureFact> = {}): SeizureFact => ({
  occurred_start: new Date(iso),
  drug: 'cocaine',
  quantity_kg: kilograms,
  directorate_code: null,
  agency: null,
  route: null,
  ...extra,
});

test('year-to-date adds every month from January to the date and compares the same dates a year earlier', () => {
  const facts = [
    fact('2024-01-10T10:00:00Z', 1000),
    fact('2024-03-31T12:00:00Z', 500),
    fact('2024-04-16T12:00:00Z', 250),
    fact('2024-04-17T12:00:00Z', 9000),
    fact('2023-02-01T12:00:00Z', 400),
    fact('2023-04-16T20:00:00Z', 100),
    fact('2023-04-17T12:00:00Z', 7000),
    fact('2023-12-01T12:00:00Z', 600),
  ];
  const ytd = yearToDate(facts, '2024-04-16', 'cocaine');
  assert.equal(ytd.current.kilograms, 1750);
  assert.equal(ytd.previous.kilograms, 500);
  assert.equal(ytd.previous_year.kilograms, 8100);
  assert.equal(ytd.ratio, 3.5);
  assert.equal(ytd.months, null);
  assert.match(
    ytd.sentence.en,
    /^1\.8 t of cocaine from 1 January to 16 April 2024: .*3\.5 times the same period of 2023 \(500 kg\)\.$/,
  );
});

test('a month-end date counts whole months, and 28 February 2025 compares with February 2024 to the 29th', () => {
  const periods = ytdPeriods('2025-02-28');
  assert.equal(periods.months, 2);
  assert.equal(periods.previous.last_day, '2024-02-29');
  const facts = [fact('2024-02-29T12:00:00Z', 300), fact('2025-02-28T12:00:00Z', 600)];
  const ytd = yearToDate(facts, '2025-02-28');
  assert.equal(ytd.previous.kilograms, 300);
  assert.equal(ytd.ratio, 2);
  assert.match(ytd.sentence.en, /in the first 2 months of 2025: .*double the same period of 2024/);
});

test('29 February 2024 compares with 28 February 2023, the end of that February', () => {
  const periods = ytdPeriods('2024-02-29');
  assert.equal(periods.months, 2);
  assert.equal(periods.previous.last_day, '2023-02-28');
  assert.equal(periods.current.to.toISOString(), '2024-02-29T23:00:00.000Z');
  assert.equal(ytdPeriods('2024-02-28').months, null);
  assert.equal(ytdPeriods('2024-02-28').previous.last_day, '2023-02-28');
});

test('a seizure at 23:30 UTC on 31 December belongs to 1 January in Paris', () => {
  const late = fact('2023-12-31T23:30:00Z', 1200);
  assert.equal(parisMonth(late.occurred_start), '2024-01');
  const ytd = yearToDate([late], '2024-01-31');
  assert.equal(ytd.current.kilograms, 1200);
  assert.equal(ytd.previous_year.kilograms, 0);
  assert.equal(ytdPeriods('2024-06-30').current.from.toISOString(), '2023-12-31T23:00:00.000Z');
  // summer time: the day ends at 22:00 UTC
  assert.equal(ytdPeriods('2024-06-30').current.to.toISOString(), '2024-06-30T22:00:00.000Z');
});

test('eleven whole months at double the previous year say "double the whole of" that year', () => {
  const ytd = yearToDate(
    [fact('2024-06-01T00:00:00Z', 47_000), fact('2023-06-01T00:00:00Z', 21_850), fact('2023-12-14T00:00:00Z', 1650)],
    '2024-11-30',
    'cocaine',
  );
  assert.equal(ytd.months, 11);
  assert.equal(ytd.ratio_to_previous_year, 2);
  assert.equal(
    ytd.sentence.en,
    '47 t of cocaine in the first 11 months of 2024: double the whole of 2023 (23.5 t) and 2.2 times the same period of 2023 (21.9 t).',
  );
  assert.equal(
    ytd.sentence.fr,
    '47 t de cocaïne sur les 11 premiers mois de 2024 : le double de toute l’année 2023 (23,5 t) et 2,2 fois la même période de 2023 (21,9 t).',
  );
});

test('totals group by Paris month in calendar order and by agency largest first', () => {
  const facts = [
    fact('2024-02-01T00:30:00+01:00', 10, { agency: 'OFAST' }),
    fact('2024-01-31T23:30:00Z', 5, { agency: 'Douane' }),
    fact('2024-01-15T12:00:00Z', 20, { agency: 'Douane' }),
  ];
  assert.deepEqual(groupTotals(facts, 'month'), [
    { key: '2024-01', kilograms: 20, count: 1 },
    { key: '2024-02', kilograms: 15, count: 2 },
  ]);
  assert.deepEqual(
    groupTotals(facts, 'agency').map((row) => row.key),
    ['Douane', 'OFAST'],
  );
  assert.deepEqual(groupTotals([fact('2024-01-01T12:00:00Z', 1)], 'directorate'), [
    { key: 'none', kilograms: 1, count: 1 },
  ]);
});

test('tons, kilograms and bales at a declared weight convert to kilograms', () => {
  assert.equal(quantityInKilograms(1.5, 't'), 1500);
  assert.equal(quantityInKilograms(850, 'kg'), 850);
  assert.equal(quantityInKilograms(22_250, 'lb'), 10_092.43);
  assert.equal(quantityInKilograms(40, 'bale', 25), 1000);
  assert.equal(quantityInKilograms(3, 'bale', 32.5), 97.5);
  assert.throws(() => quantityInKilograms(3, 'bale'), /declared weight of one bale/);
  assert.throws(() => quantityInKilograms(3, 'bale', 0), /declared weight/);
  assert.throws(() => quantityInKilograms(-1, 'kg'), /non-negative/);
  assert.equal(kilogramsIn(47_000, 't'), 47);
});
