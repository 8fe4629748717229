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

function inputOf(candidates: AnalysisIncident[], input: Partial<LikelihoodInput> = {}): LikelihoodInput {
  return {
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
  };
}

const score = (candidates: AnalysisIncident[], input: Partial<LikelihoodInput> = {}) =>
  likelihoodScores(inputOf(candidates, input));

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

test('a class no member shows is not learnt from the window: five shootings on its ground stay unlikely its own', () => {
  const night = T0 + 2 * DAY_MS;
  const shots = [0, 1, 2, 3, 4].map((i) => act(`g${i}`, `valence-${i}`, night + i * 60_000, 'DISP Lyon', 'gunfire'));
  const shown = score(shots);
  const learnt = score(shots, { rule: { learnClasses: 'all' } });
  assert.ok(
    probability(shown, 'g0') < probability(learnt, 'g0') - 0.2,
    `${probability(shown, 'g0')} against ${probability(learnt, 'g0')} when every class is learnt`,
  );
  // a class a member shows is still learnt: a second shooting campaign member makes them likelier
  const withShot = likelihoodScores({
    ...inputOf(shots),
    members: [...members, act('m4', 'lyon-4', T0 + DAY_MS, 'DISP Lyon', 'gunfire', 'DDPF')],
  });
  assert.ok(probability(withShot, 'g0') > probability(shown, 'g0') + 0.2);
});

test('with the facilities known, an act next to the campaign’s places is likelier than one at the far end of its directorate', () => {
  const night = T0 + 2 * DAY_MS;
  const place = (id: string, lat: number) => ({ ...act(id, id, night, 'DISP Lyon'), lat, lon: 4 });
  // the members at 45° north (nightAct's place); facilities every 0.25° from 44° to 47°
  const facilities = Array.from({ length: 13 }, (_, i) => ({ lat: 44 + i * 0.25, lon: 4 }));
  const candidates = [place('next', 45.25), place('far', 47)];
  const near = score(candidates, { facilities });
  assert.ok(
    probability(near, 'next') > probability(near, 'far') + 0.1,
    `${probability(near, 'next')} ${probability(near, 'far')}`,
  );
  const flat = score(candidates, { facilities, rule: { near: 0 } });
  assert.ok(Math.abs(probability(flat, 'next') - probability(flat, 'far')) < 1e-9, 'without it, the directorate alone');
});
