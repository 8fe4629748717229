import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  alarmPValue,
  evaluationsPerYear,
  gumbelTailPValue,
  recurrenceSentence,
  recurrenceYears,
  significanceOf,
} from './recurrence.ts';
import { Rng } from './rng.ts';

test('the recurrence interval is one over p times the evaluations a year', () => {
  const perYear = evaluationsPerYear(20);
  assert.equal(perYear, 20 * 365.25);
  assert.ok(Math.abs(recurrenceYears(0.001, perYear) - 1 / 7.305) < 1e-12);
  // alarming beyond a 2-year recurrence allows half a false alarm a year
  assert.ok(Math.abs(recurrenceYears(alarmPValue(2, perYear), perYear) - 2) < 1e-12);
});

test('the sentence says once in N years, months or days, and stops at a millennium', () => {
  assert.equal(recurrenceSentence(12.3), 'at the usual rates, this happens once in 12 years');
  assert.equal(recurrenceSentence(2.74), 'at the usual rates, this happens once in 2.7 years');
  assert.equal(recurrenceSentence(1), 'at the usual rates, this happens once in 1 year');
  assert.equal(recurrenceSentence(1530), 'at the usual rates, this happens more rarely than once in 1,000 years');
  assert.equal(recurrenceSentence(0.5), 'at the usual rates, this happens once in 6 months');
  assert.equal(recurrenceSentence(3 / 365.25), 'at the usual rates, this happens once in 3 days');
});

test('the Gumbel tail extends p below the reach of the replications', () => {
  const rng = new Rng(9);
  // maxima of many exponentials are close to Gumbel: P(max > x) ≈ 1 − exp(−e^{−(x − ln 50)})
  const statistics = Float64Array.from({ length: 999 }, () =>
    Math.max(...Array.from({ length: 50 }, () => rng.exponential(1))),
  );
  const observed = Math.log(50) + Math.log(1e4);
  const tail = gumbelTailPValue(statistics, observed)!;
  assert.ok(tail > 2e-5 && tail < 5e-4, `${tail}`);
  assert.equal(gumbelTailPValue(new Float64Array(999), 3), null);
  const significance = significanceOf(
    { pValue: 0.001, replications: 999, exceedances: 0, stoppedEarly: false, statistics },
    observed,
    365.25,
  );
  assert.equal(significance.pValue, 0.001);
  assert.equal(significance.recurrencePValue, tail);
  assert.ok(significance.recurrenceYears > 2.7);
});
