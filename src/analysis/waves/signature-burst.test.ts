import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Rng } from './rng.ts';
import { poissonUpperTail, signatureBurstTest } from './signature-burst.ts';

const DAY_MS = 86_400_000;
const NOW = Date.UTC(2025, 3, 16, 6);

test('the Poisson upper tail matches its definition, tiny tails included', () => {
  assert.equal(poissonUpperTail(0, 2), 1);
  assert.ok(Math.abs(poissonUpperTail(1, 2) - (1 - Math.exp(-2))) < 1e-12);
  assert.ok(Math.abs(poissonUpperTail(3, 0.5) - (1 - Math.exp(-0.5) * (1 + 0.5 + 0.125))) < 1e-12);
  const tiny = poissonUpperTail(3, 1e-4);
  assert.ok(Math.abs(tiny / (1e-4 ** 3 / 6) - 1) < 1e-3, String(tiny));
});

test('a tag never seen before, at three sites in one night, is a burst; at one site it is not', () => {
  const night = (siteKey: string) => ({ siteKey, start: NOW - 3 * 3_600_000 });
  const spread = signatureBurstTest({
    signature: 'DDPF',
    carriers: [night('toulon'), night('nanterre'), night('valence')],
    now: NOW,
    backgroundCarriers: 0,
    backgroundDays: 365,
  });
  assert.ok(spread.pValue < 1e-4, String(spread.pValue));
  assert.equal(spread.sites, 3);
  assert.equal(spread.windowDays, 1);
  const local = signatureBurstTest({
    signature: 'DDPF',
    carriers: [night('toulon'), night('toulon'), night('toulon')],
    now: NOW,
    backgroundCarriers: 0,
    backgroundDays: 365,
  });
  assert.equal(local.pValue, 1, 'a tag at one site says nothing of a wave');
  const two = signatureBurstTest({
    signature: 'DDPF',
    carriers: [night('toulon'), night('nanterre')],
    now: NOW,
    backgroundCarriers: 0,
    backgroundDays: 365,
  });
  assert.ok(two.pValue > spread.pValue * 100 && two.pValue < 0.05, `two sites: ${two.pValue}`);
});

test('a tag written every week is no burst at two sites in a week', () => {
  const carriers = [
    { siteKey: 'a', start: NOW - DAY_MS },
    { siteKey: 'b', start: NOW - 5 * DAY_MS },
  ];
  const weekly = signatureBurstTest({
    signature: 'ACAB',
    carriers,
    now: NOW,
    backgroundCarriers: 52,
    backgroundDays: 365,
  });
  assert.ok(weekly.pValue > 0.5, String(weekly.pValue));
  assert.match(weekly.explanation, /52 carriers in 365 days/);
});

test('under its own usual rate, the test alarms no more often than its level', () => {
  // a tag at 20 carriers a year at random sites: evaluate once a week for 2,000 weeks
  const rng = new Rng(11);
  let rejections = 0;
  const weeks = 2000;
  for (let week = 0; week < weeks; week++) {
    const carriers = [];
    const count = rng.poisson((20 / 365.25) * 7);
    for (let i = 0; i < count; i++)
      carriers.push({ siteKey: `s${rng.int(180)}`, start: NOW - rng.float() * 7 * DAY_MS });
    if (
      signatureBurstTest({ signature: 'X', carriers, now: NOW, backgroundCarriers: 20, backgroundDays: 365.25 })
        .pValue <= 0.05
    )
      rejections++;
  }
  assert.ok(rejections / weeks <= 0.05, `rejected ${rejections} of ${weeks}`);
});

test('a new deployment takes a never-seen tag as rare as one unseen for a year, until a year of history says otherwise', () => {
  const night = (siteKey: string) => ({ siteKey, start: NOW - 3 * 3_600_000 });
  const carriers = [night('toulon'), night('villepinte'), night('valence')];
  const empty = signatureBurstTest({ signature: 'DDPF', carriers, now: NOW, backgroundCarriers: 0, backgroundDays: 0 });
  const year = signatureBurstTest({
    signature: 'DDPF',
    carriers,
    now: NOW,
    backgroundCarriers: 0,
    backgroundDays: 365,
  });
  assert.equal(empty.prior, true);
  assert.equal(year.prior, false);
  assert.equal(empty.pValue, year.pValue, 'an empty store and a quiet year say the same of a new tag');
  // the campaign alarm doubles the better test and alarms beyond 5 years at 50 tests a year
  assert.ok(1 / (2 * empty.pValue * 50) >= 5, String(empty.pValue));
  assert.match(empty.explanation, /unseen in 0 days of history/);
  // a short history that has seen the tag often counts its own rate, not the prior's
  const busy = signatureBurstTest({
    signature: 'ACAB',
    carriers,
    now: NOW,
    backgroundCarriers: 10,
    backgroundDays: 30,
  });
  assert.equal(busy.prior, false);
  assert.ok(busy.pValue > 0.05, String(busy.pValue));
});
