/**
 * Probable members: untagged acts of the campaign's classes, in its reach, beyond what those places
 * usually produce: the campaign's own pace or the night's excess against the usual (a busy class
 * does not make every act of it a member).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AnalysisIncident, AnalysisSite } from '../types.ts';
import {
  assignProbableMembers,
  campaignClasses,
  campaignProbableMembers,
  campaignReach,
  localSeriesOf,
  otherClaims,
  probableMembers,
  type ProbableMember,
  type ProbableRule,
} from './probable-members.ts';
import { DAY_MS, nightAct, T0 } from '../../../test/support/night-acts.ts';
import { constantBaseline } from './synthetic.ts';

function act(id: string, site: string, start: number, eventType = 'vehicle_arson', tag?: string): AnalysisIncident {
  return nightAct({ id, site, start, eventType, tag });
}

/** A campaign of three DDPF carriers over `days` nights from T0, and `others` untagged acts on its fourth night. */
function campaign(days: number, others: number) {
  const members = [
    act('m1', 'valence', T0, 'vehicle_arson', 'DDPF'),
    act('m2', 'toulon', T0 + DAY_MS, 'gunfire', 'DDPF'),
    act('m3', 'nimes', T0 + days * DAY_MS, 'vehicle_arson', 'DDPF'),
  ];
  const night = T0 + 3 * DAY_MS;
  const candidates = [
    ...members,
    ...Array.from({ length: others }, (_, i) => act(`u${i}`, `site${i}`, night + i * 60_000)),
  ];
  return { members, candidates };
}

const usual = (value: number) => ({ expectedAttacksOnDay: () => value, classShare: () => 1 });

test('three staff-car arsons where 0.2 are usual are probable members, with the sentence that explains it', () => {
  const { members, candidates } = campaign(2, 3);
  const found = probableMembers({
    members,
    candidates: [...candidates, act('g', 'agen', T0 + 3 * DAY_MS, 'graffiti')],
    ...usual(0.2),
  });
  assert.deepEqual(found.map((p) => p.incidentId).sort(), ['u0', 'u1', 'u2'], 'graffiti says nothing of the campaign');
  assert.equal(found[0].observed, 3);
  assert.equal(found[0].classKey, 'vehicle_arson:staff_vehicle');
  assert.ok(found[0].excessProbability >= 0.9);
  assert.match(
    found[0].explanation,
    /3 acts of the campaign's class vehicle_arson at staff_vehicle on the night of .* at 3 places of its reach \(the campaign made 2 in 3 nights\), where 0\.20 would be usual: this one belongs/,
  );
});

test('an act at a place the campaign struck may be one of its acts too (the wave comes back), unless the rule says otherwise', () => {
  const { members, candidates } = campaign(2, 0);
  const again = act('again', 'toulon', T0 + 3 * DAY_MS);
  assert.deepEqual(
    probableMembers({ members, candidates: [...candidates, again], ...usual(0.05) }).map((p) => p.incidentId),
    ['again'],
  );
  assert.deepEqual(
    probableMembers({ members, candidates: [again], ...usual(0.05), rule: { campaignPlaces: false } }),
    [],
  );
});

test("only the campaign's classes count: a class one member shows, or another target, is not the campaign's", () => {
  const { members } = campaign(2, 0);
  const night = T0 + 3 * DAY_MS;
  const found = probableMembers({
    members,
    candidates: [
      act('shot', 'agen', night, 'gunfire'),
      { ...act('home', 'lyon', night), targetKinds: ['staff_home'] },
      act('car', 'nice', night),
    ],
    ...usual(0.05),
  });
  assert.deepEqual(
    found.map((p) => p.incidentId),
    ['car'],
    'gunfire is one member in three; a vehicle arson at a staff home is not a staff car',
  );
  assert.deepEqual([...campaignClasses(members)], [['vehicle_arson:staff_vehicle', 2]]);
});

test("an act outside the campaign's reach is not a probable member; the reach is its directorates and 150 km around", () => {
  const { members } = campaign(2, 0);
  const night = T0 + 3 * DAY_MS;
  const far = { ...act('far', 'lille', night), lat: 50.6, lon: 3.1, directorate: 'DISP Lille' };
  const sameDirectorate = { ...act('near', 'lyon', night), lat: 47, lon: 6 };
  const reach = campaignReach(members, 150);
  assert.equal(reach(far), false);
  assert.equal(reach(sameDirectorate), true);
  assert.equal(reach({ lat: 45.5, lon: 4.5, directorate: null }), true, 'a staff home 70 km from a member');
  const found = probableMembers({ members, candidates: [far, sameDirectorate], ...usual(0.05), inReach: reach });
  assert.deepEqual(
    found.map((p) => p.incidentId),
    ['near'],
  );
});

test("one act is probable when the campaign's own pace outweighs what is usual, not when the class is common there", () => {
  // the campaign made 2 staff-car arsons in 3 nights: a pace of 0.67 a night
  const { members, candidates } = campaign(2, 1);
  assert.equal(probableMembers({ members, candidates, ...usual(0.1) }).length, 1, '0.67 / (0.67 + 0.1) = 0.87');
  assert.deepEqual(probableMembers({ members, candidates, ...usual(0.5) }), [], '0.67 / (0.67 + 0.5) = 0.57');
  assert.deepEqual(
    probableMembers({ members, candidates, expectedAttacksOnDay: () => 5, classShare: () => 0.02 }).map(
      (p) => p.expected,
    ),
    [0.1],
    "E is the reach's usual attacks times the class's share",
  );
});

test('a night of twice the usual is chance on a busy history, not a wave; far beyond the usual it is', () => {
  // 8 places where 3.8 are usual: (8 − 3.8) / 8 = 0.53
  const { members, candidates } = campaign(30, 8);
  assert.deepEqual(probableMembers({ members, candidates, ...usual(3.8) }), []);
  // the same night where 1 is usual: 7 / 8
  const found = probableMembers({ members, candidates, ...usual(1) });
  assert.equal(found.length, 8);
  assert.ok(Math.abs(found[0].excessProbability - 0.875) < 0.01);
});

test("an analyst's dismissal is never proposed again", () => {
  const { members, candidates } = campaign(2, 4);
  const found = probableMembers({ members, candidates, ...usual(0.2), dismissed: new Set(['u1']) });
  assert.deepEqual(found.map((p) => p.incidentId).sort(), ['u0', 'u2', 'u3']);
});

/** A proposal of act `id` at `probability` (as campaignProbableMembers writes it). */
function proposal(id: string, probability: number): ProbableMember {
  return {
    incidentId: id,
    observed: 1,
    expected: 0.1,
    excessProbability: probability,
    night: 0,
    classKey: 'vehicle_arson:staff_vehicle',
    campaignActs: 3,
    campaignNights: 3,
    explanation: `1 act ... where 0.1 would be usual: this one belongs to the wave with probability ${probability}`,
  };
}

test('an act goes to the likeliest campaign, never to one it is a member of (without the ratios: each alone)', () => {
  const assigned = assignProbableMembers(
    [
      [proposal('a', 0.9), proposal('b', 0.6)],
      [proposal('a', 0.7), proposal('m', 0.95)],
    ],
    new Set(['m']),
  );
  assert.deepEqual(
    assigned.map((found) => found.map((p) => p.incidentId)),
    [['a', 'b'], []],
  );
});

test('weighed against every campaign: an act two campaigns explain as well goes to neither, and the other claims lower its probability', () => {
  // alone, each campaign finds a at 0.8 (ratio 4); b is campaign 0's at 0.9 (ratio 9), campaign 1 barely sees it (ratio 0.5)
  const ratios = [
    new Map([
      ['a', 4],
      ['b', 9],
    ]),
    new Map([
      ['a', 4],
      ['b', 0.5],
    ]),
  ];
  const proposals = [[proposal('a', 0.8), proposal('b', 0.9)], [proposal('a', 0.8)]];
  const assigned = assignProbableMembers(proposals, new Set(), { ratios, minProbability: 0.5 });
  assert.deepEqual(
    assigned.map((found) => found.map((p) => p.incidentId)),
    [['b'], []],
    'a: 4 / (1 + 8) = 0.44 for each, ambiguous',
  );
  const b = assigned[0][0];
  assert.equal(b.excessProbability, 0.86, '9 / (1 + 9 + 0.5)');
  assert.ok(b.explanation.endsWith('with probability 0.86'), b.explanation);
  assert.ok(!('jointProbability' in b));
  // without the other campaign's claim, a stays campaign 0's at its own probability
  const alone = assignProbableMembers([proposals[0]], new Set(), { ratios: [ratios[0]], minProbability: 0.5 });
  assert.deepEqual(
    alone[0].map((p) => [p.incidentId, p.excessProbability]),
    [
      ['a', 0.8],
      ['b', 0.9],
    ],
  );
});

test('competing claims: an act two campaigns claim goes to the one that explains it clearly better (dominance)', () => {
  // a: campaign 1 explains it 5 times better than campaign 0 (ratios 0.2 and 1); its joint probability 1 / 2.2 = 0.45
  // b: campaign 0's alone (campaign 1 gives it 0.05), 0.5 / 1.55 = 0.32, proposed from 0.2
  const ratios = [
    new Map([
      ['a', 0.2],
      ['b', 0.5],
    ]),
    new Map([
      ['a', 1],
      ['b', 0.05],
    ]),
  ];
  const proposals = [[proposal('a', 0.17), proposal('b', 0.33)], [proposal('a', 0.5)]];
  const assigned = assignProbableMembers(proposals, new Set(), { ratios, minProbability: 0.2, dominance: 2.5 });
  assert.deepEqual(
    assigned.map((found) => found.map((p) => [p.incidentId, p.excessProbability])),
    [[['b', 0.32]], [['a', 0.45]]],
  );
});

test('competing claims: an act no campaign explains clearly better than every other goes to none (abstention)', () => {
  // c: campaign 0's ratio 2, campaign 1's 1 (only twice, under 2.5): the likeliest would have taken it, joint 2 / 4 = 0.5
  // d: campaign 0 against campaigns 1 and 2: 3 times the first, 2 times the second: abstains too
  const ratios = [
    new Map([
      ['c', 2],
      ['d', 6],
    ]),
    new Map([
      ['c', 1],
      ['d', 2],
    ]),
    new Map([['d', 3]]),
  ];
  const proposals = [[proposal('c', 0.67), proposal('d', 0.86)], [proposal('c', 0.5)], []];
  const clear = assignProbableMembers(proposals, new Set(), { ratios, minProbability: 0.2, dominance: 2.5 });
  assert.deepEqual(
    clear.map((found) => found.map((p) => p.incidentId)),
    [[], [], []],
  );
  // dominance 1 (the default): the likeliest takes both
  const likeliest = assignProbableMembers(proposals, new Set(), { ratios, minProbability: 0.2, dominance: 1 });
  assert.deepEqual(
    likeliest.map((found) => found.map((p) => p.incidentId)),
    [['c', 'd'], [], []],
  );
});

test("a campaign's competitors' claims are the sum of the other campaigns' ratios", () => {
  const ratios = [
    new Map([['a', 1]]),
    new Map([
      ['a', 2],
      ['b', 3],
    ]),
    undefined,
    new Map([['a', 4]]),
  ];
  assert.deepEqual([...otherClaims(ratios, 1)].sort(), [['a', 5]]);
  assert.deepEqual([...otherClaims(ratios, 0)].sort(), [
    ['a', 6],
    ['b', 3],
  ]);
});

/** Twenty facilities of the Lyon directorate, 5.5 km apart from south to north. */
const lyonSites = () =>
  Array.from({ length: 20 }, (_, i) => ({
    id: `lyon-${i}`,
    lat: 45 + i * 0.05,
    lon: 4,
    department: '69',
    directorate: 'DISP Lyon',
    kind: 'maison_arret',
  }));

test('a campaign at fewer than three places has no probable members: it is a local series, not yet a wave across places', () => {
  // twenty facilities of the Lyon directorate, each with one attack in 30 days
  const sites = lyonSites();
  const baseline = constantBaseline(sites, ['attack'], 1 / 30, T0 - 400 * DAY_MS, T0);
  const night = T0 + DAY_MS;
  const probable = (places: string[]) => {
    const members = places.map((site, i) => act(`m${i}`, site, T0 + (i % 2) * DAY_MS, 'vehicle_arson', 'DDPF'));
    const untagged = act('u', 'lyon-9', night + 60_000);
    const input = {
      members,
      campaignSites: [...new Set(places)],
      windowAttacks: [...members, untagged],
      // the year before: forty attacks, none of them a staff-car arson (the class's share: half an act in 40)
      historyAttacks: Array.from({ length: 40 }, (_, i) =>
        act(`h${i}`, `lyon-${i % 20}`, T0 - (20 + i) * DAY_MS, 'graffiti'),
      ),
      baseline,
      sites,
    };
    return {
      byDefault: campaignProbableMembers(input).found.map((p) => p.incidentId),
      everyCampaign: campaignProbableMembers({ ...input, rule: { minPlaces: 1 } }).found.map((p) => p.incidentId),
    };
  };
  // three DDPF staff-car arsons at two prisons: the untagged one next door is likely theirs, but
  // two places do not make a wave yet
  const two = probable(['lyon-0', 'lyon-1', 'lyon-0']);
  assert.deepEqual(two.everyCampaign, ['u'], "the act is the campaign's by the likelihood alone");
  assert.deepEqual(two.byDefault, []);
  // the same acts at three prisons: a wave across places, and its probable member
  assert.deepEqual(probable(['lyon-0', 'lyon-1', 'lyon-2']).byDefault, ['u']);
});

/** An act at one of `sites`, placed there (nightAct puts every act at one point of the Drôme). */
function actAt(
  sites: readonly AnalysisSite[],
  id: string,
  site: string,
  start: number,
  tag?: string,
): AnalysisIncident {
  const at = sites.find((s) => s.id === site)!;
  return { ...act(id, site, start, 'vehicle_arson', tag), lat: at.lat, lon: at.lon, directorate: at.directorate };
}

test('a local series: acts of the class at other places within the distance and nights, the act itself and other classes left out', () => {
  const sites = [
    { id: 'a', lat: 45, lon: 4, department: '26', directorate: 'DISP Lyon', kind: 'maison_arret' },
    { id: 'b', lat: 45.2, lon: 4, department: '26', directorate: 'DISP Lyon', kind: 'maison_arret' },
    { id: 'far', lat: 46, lon: 4, department: '71', directorate: 'DISP Dijon', kind: 'maison_arret' },
  ];
  const night = 20_000;
  const score = { incident: actAt(sites, 'u', 'a', T0), night, classKey: 'vehicle_arson:staff_vehicle' };
  const others = [
    score,
    { incident: actAt(sites, 'near', 'b', T0), night: night + 2 }, // 22 km, two nights later
    { incident: actAt(sites, 'late', 'b', T0), night: night + 3 },
    { incident: actAt(sites, 'same-place', 'a', T0), night },
    { incident: actAt(sites, 'far', 'far', T0), night }, // 111 km
    { incident: { ...actAt(sites, 'gunfire', 'b', T0), eventTypes: ['gunfire'] }, night },
  ];
  const series = localSeriesOf(score, others, { acts: 2, km: 50, nights: 2 });
  assert.deepEqual(
    series.map((i) => i.id),
    ['near'],
  );
  assert.deepEqual(
    localSeriesOf(score, others, { acts: 2, km: 150, nights: 3 }).map((i) => i.id),
    ['near', 'late', 'far'],
  );
});

test('with `localSeries`, an act whose own series of acts the campaign does not claim explains it better is set aside', () => {
  // a campaign at three prisons of the Lyon directorate; an untagged staff-car arson further north
  // in it, and two more that night and the next across the border of the Dijon directorate, 25-30 km away
  const lyon = lyonSites();
  const dijon = lyon.map((site, i) => ({
    ...site,
    id: `dijon-${i}`,
    lat: 45.6 + i * 0.05,
    lon: 4.3,
    directorate: 'DISP Dijon',
  }));
  const sites = [...lyon, ...dijon];
  const baseline = constantBaseline(sites, ['attack'], 0.02, T0 - 400 * DAY_MS, T0);
  const members = ['lyon-0', 'lyon-1', 'lyon-2'].map((site, i) =>
    actAt(sites, `m${i}`, site, T0 + (i % 2) * DAY_MS, 'DDPF'),
  );
  const night = T0 + DAY_MS;
  const untagged = actAt(sites, 'u', 'lyon-12', night + 60_000);
  const series = [actAt(sites, 'v1', 'dijon-1', night + 120_000), actAt(sites, 'v2', 'dijon-2', night + DAY_MS)];
  const found = (acts: AnalysisIncident[], rule: ProbableRule) =>
    campaignProbableMembers({
      members,
      campaignSites: ['lyon-0', 'lyon-1', 'lyon-2'],
      windowAttacks: [...members, ...acts],
      // the year before: forty attacks, a quarter of them staff-car arsons
      historyAttacks: Array.from({ length: 40 }, (_, i) =>
        act(`h${i}`, `lyon-${i % 20}`, T0 - (20 + i) * DAY_MS, i % 4 === 0 ? 'vehicle_arson' : 'graffiti'),
      ),
      baseline,
      sites,
      rule,
    }).found;
  const scores = new Map(
    found([untagged, ...series], { minProbability: 0 }).map((p) => [p.incidentId, p.excessProbability]),
  );
  assert.ok(scores.get('u')! >= 0.4, `u is the campaign's alone: ${scores.get('u')}`);
  assert.ok(scores.get('v1')! < 0.4 && scores.get('v2')! < 0.4, 'the two across the border are not');
  const localSeries = { acts: 2, km: 50, nights: 2 };
  assert.deepEqual(
    found([untagged, ...series], {}).map((p) => p.incidentId),
    ['u'],
    'off by default',
  );
  assert.deepEqual(found([untagged, ...series], { localSeries }), [], 'u makes a series of three with them');
  assert.deepEqual(
    found([untagged, series[0]], { localSeries }).map((p) => p.incidentId),
    ['u'],
    'one act beside it is no series',
  );
});
