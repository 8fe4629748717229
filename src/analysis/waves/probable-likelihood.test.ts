/**
 * Probable members by likelihood ratio: the campaign's class mix, ground and pace against the act's
 * usual rate, its untagged ratio and ground read from the window's acts too (EM), a place's acts
 * counting as one place.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AnalysisIncident } from '../types.ts';
import { likelihoodScores, windowMarginDays, type LikelihoodInput } from './probable-likelihood.ts';
import { classesOf } from './probable-members.ts';
import { DAY_MS, nightAct, T0 } from '../../../test/support/night-acts.ts';

function act(
  id: string,
  site: string,
  start: number,
  directorate: string,
  eventType = 'vehicle_arson',
  tag?: string,
): AnalysisIncident {
  const targetKinds = eventType === 'gunfire' ? ['facility'] : ['staff_vehicle'];
  return nightAct({ id, site, start, directorate, eventType, tag, targetKinds });
}

/** Four DDPF staff-car arsons in the Lyon directorate over four nights. */
const members = [0, 1, 2, 3].map((night) =>
  act(`m${night}`, `lyon-${night}`, T0 + night * DAY_MS, 'DISP Lyon', 'vehicle_arson', 'DDPF'),
);

function score(candidates: AnalysisIncident[], input: Partial<LikelihoodInput> = {}) {
  return likelihoodScores({
    members,
    candidates,
    // each facility: one attack in 30 days; a staff-car arson is 4 % of attacks, gunfire 3 %
    usualRate: () => 1 / 30,
    classShare: (key) => (key.startsWith('vehicle_arson') ? 0.04 : 0.03),
    sitesIn: () => 20,
    totalSites: 180,
    classesOf,
    ofClass: (incident, key) => classesOf(incident).includes(key),
    ...input,
  });
}

const probability = (result: ReturnType<typeof score>, id: string) =>
  result.scores.find((s) => s.incident.id === id)?.probability ?? Number.NaN;

test("an act of the campaign's class on its ground and nights is likely its own; another class or ground weighs less, never nothing", () => {
  const night = T0 + 2 * DAY_MS;
  const result = score([
    act('car', 'valence', night, 'DISP Lyon'),
    act('shot', 'valence-2', night, 'DISP Lyon', 'gunfire'),
    act('far', 'lille', night, 'DISP Lille'),
    act('graffiti', 'agen', night, 'DISP Lyon', 'graffiti'),
  ]);
  const car = probability(result, 'car');
  assert.ok(car >= 0.8, `car ${car}`);
  assert.ok(probability(result, 'shot') < car / 2, 'no member showed gunfire');
  assert.ok(probability(result, 'far') < car / 2, 'no member struck the Lille directorate');
  assert.ok(probability(result, 'far') > 0, 'far from the ground is unlikely, not impossible');
  assert.ok(Number.isNaN(probability(result, 'graffiti')), 'graffiti says nothing of a campaign');
});

test('an act long after the campaign is less likely its own than one on its nights', () => {
  const result = score([
    act('on', 'valence', T0 + 2 * DAY_MS, 'DISP Lyon'),
    act('late', 'valence-2', T0 + 12 * DAY_MS, 'DISP Lyon'),
  ]);
  assert.ok(probability(result, 'late') < probability(result, 'on') - 0.3);
});

test('a busy place explains its own acts: the same act where the usual rate is ten times higher is less likely the campaign’s', () => {
  const night = T0 + 2 * DAY_MS;
  const result = score([act('quiet', 'valence', night, 'DISP Lyon'), act('busy', 'lyon-busy', night, 'DISP Lyon')], {
    usualRate: (incident) => (incident.siteId === 'lyon-busy' ? 10 / 30 : 1 / 30),
  });
  assert.ok(probability(result, 'busy') < probability(result, 'quiet') - 0.2);
});

test("the campaign's untagged ratio and ground are read from the window: several acts in a new directorate raise each other", () => {
  const night = T0 + 2 * DAY_MS;
  const alone = score([act('d0', 'dijon-0', night, 'DISP Dijon')]);
  const several = score([0, 1, 2, 3, 4].map((i) => act(`d${i}`, `dijon-${i}`, night + i * 60_000, 'DISP Dijon')));
  assert.ok(
    probability(several, 'd0') > probability(alone, 'd0') + 0.2,
    `${probability(alone, 'd0')} -> ${probability(several, 'd0')}`,
  );
  assert.ok(several.untaggedRatio > alone.untaggedRatio);
  // learning off: the members alone say the ground
  const fixed = score(
    [0, 1, 2, 3, 4].map((i) => act(`d${i}`, `dijon-${i}`, night + i * 60_000, 'DISP Dijon')),
    { rule: { learn: false, learnTime: false } },
  );
  assert.ok(probability(fixed, 'd0') < probability(several, 'd0'));
});

test("a burst at one place counts as one place in the campaign's ground, not as a spread", () => {
  const night = T0 + 2 * DAY_MS;
  const spread = score([0, 1, 2, 3, 4].map((i) => act(`s${i}`, `dijon-${i}`, night + i * 60_000, 'DISP Dijon')));
  const burst = score([0, 1, 2, 3, 4].map((i) => act(`s${i}`, 'dijon-0', night + i * 60_000, 'DISP Dijon')));
  assert.ok(
    probability(burst, 's0') < probability(spread, 's0') - 0.1,
    `${probability(burst, 's0')} ${probability(spread, 's0')}`,
  );
});

test('the active window runs half the campaign’s span past its ends, 3 to 10 days', () => {
  assert.equal(windowMarginDays([{ start: 0 }, { start: 2 * DAY_MS }]), 3);
  assert.equal(windowMarginDays([{ start: 0 }, { start: 14 * DAY_MS }]), 7);
  assert.equal(windowMarginDays([{ start: 0 }, { start: 40 * DAY_MS }]), 10);
});

test("another campaign's claim on an act joins the background: the act is less this campaign's", () => {
  const night = T0 + 2 * DAY_MS;
  const candidates = [act('car', 'valence', night, 'DISP Lyon'), act('car2', 'valence-2', night, 'DISP Lyon')];
  const alone = score(candidates);
  const contested = score(candidates, { competing: (incident) => (incident.id === 'car' ? 9 : 0) });
  assert.ok(
    probability(contested, 'car') < probability(alone, 'car') - 0.3,
    `${probability(alone, 'car')} -> ${probability(contested, 'car')}`,
  );
  // the other act is untouched but for what the contested one no longer teaches (a little less)
  assert.ok(probability(contested, 'car2') <= probability(alone, 'car2') + 1e-9);
  assert.ok(probability(contested, 'car2') > probability(alone, 'car2') - 0.2);
});
