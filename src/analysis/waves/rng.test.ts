import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deriveSeed, logFactorial, Rng } from './rng.ts';

function moments(draw: () => number, count: number) {
  let sum = 0;
  let squares = 0;
  for (let i = 0; i < count; i++) {
    const value = draw();
    sum += value;
    squares += value * value;
  }
  const mean = sum / count;
  return { mean, variance: squares / count - mean * mean };
}

test('the same seed gives the same draws, and another seed other draws', () => {
  const a = new Rng(42);
  const b = new Rng(42);
  const c = new Rng(43);
  const first = Array.from({ length: 5 }, () => a.nextUint32());
  assert.deepEqual(
    Array.from({ length: 5 }, () => b.nextUint32()),
    first,
  );
  assert.notDeepEqual(
    Array.from({ length: 5 }, () => c.nextUint32()),
    first,
  );
});

test('derived seeds differ by stream and by chunk, and are stable', () => {
  const seeds = new Set([
    deriveSeed(1, 1, 0),
    deriveSeed(1, 1, 1),
    deriveSeed(1, 2, 0),
    deriveSeed(2, 1, 0),
    deriveSeed(1),
  ]);
  assert.equal(seeds.size, 5);
  assert.equal(deriveSeed(1, 1, 7), deriveSeed(1, 1, 7));
});

test('uniform draws stay strictly between 0 and 1 with mean one half', () => {
  const rng = new Rng(3);
  const { mean } = moments(() => {
    const value = rng.float();
    assert.ok(value > 0 && value < 1);
    return value;
  }, 100_000);
  assert.ok(Math.abs(mean - 0.5) < 0.005);
});

test('Poisson draws have mean and variance λ, by inversion and by PTRS', () => {
  const rng = new Rng(11);
  for (const lambda of [0.05, 0.8, 4, 9.9, 10, 37, 800]) {
    const { mean, variance } = moments(() => rng.poisson(lambda), 60_000);
    const tolerance = 5 * Math.sqrt(lambda / 60_000);
    assert.ok(Math.abs(mean - lambda) < tolerance, `mean ${mean} for λ = ${lambda}`);
    assert.ok(Math.abs(variance / lambda - 1) < 0.05, `variance ${variance} for λ = ${lambda}`);
  }
  assert.equal(rng.poisson(0), 0);
});

test('log-factorials agree between the table and the Stirling series', () => {
  let exact = 0;
  for (let k = 1; k <= 400; k++) {
    exact += Math.log(k);
    if (k === 255 || k === 256 || k === 400) assert.ok(Math.abs(logFactorial(k) - exact) < 1e-9 * exact, `k = ${k}`);
  }
});
