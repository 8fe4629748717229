import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AnalysisIncident, Link } from '../types.ts';
import type { Campaign, CampaignDecision } from './campaign-types.ts';
import { clusterCampaigns } from './campaigns.ts';
import { LinkEngine } from './link-engine.ts';
import { scoreLink, type LinkScoreContext } from './link-scorer.ts';
import { aprilWave, backgroundHistory, incident, night, signature, SITES } from './linking.factory.ts';

/** Links the incidents one by one, as intake does, over a background history. */
function linkAll(
  incidents: AnalysisIncident[],
  history = backgroundHistory(1000),
): { all: AnalysisIncident[]; links: Link[] } {
  const engine = new LinkEngine();
  for (const old of history) engine.add(old);
  const links = incidents.flatMap((item) => engine.add(item));
  return { all: [...history, ...incidents], links };
}

const known = (campaigns: Campaign[]) => campaigns.map(({ key, members }) => ({ key, members }));
const KEY = 'campaign-w-toulon-gunfire';

test('the April 2025 wave forms one campaign, without the unrelated drone drops, and says why', () => {
  const { wave, background } = aprilWave();
  const { all, links } = linkAll([...wave, ...background]);
  const campaigns = clusterCampaigns(all, links);
  assert.equal(campaigns.length, 1);
  const [campaign] = campaigns;
  assert.deepEqual([...campaign.members].sort(), wave.map((w) => w.id).sort());
  assert.equal(campaign.key, KEY);
  assert.equal(campaign.status, 'candidate');
  assert.deepEqual(campaign.numbers.sharedTag, { text: 'DDPF', kind: 'tag', count: 6 });
  assert.equal(campaign.numbers.sites, 6);
  assert.equal(campaign.numbers.nights, 3);
  assert.match(campaign.explanation, /^6 prisons in 3 nights, 6 share the tag DDPF, \d are near-identical MO/);
  assert.deepEqual(
    campaign.sharedSignatures.map((s) => s.normalized),
    ['ddpf'],
  );
  assert.ok(campaign.confidence > 0.3 && campaign.confidence < 1, String(campaign.confidence));
  assert.ok(campaign.core.includes('w-villepinte-cars'));
  assert.ok(!campaign.core.includes('w-valence-cars'), 'a similar tag joins weakly, it does not unite');
  assert.ok(campaign.core.includes('w-toulon-cars'), 'an ungraded rumour carrying the tag is tied by it');
  assert.equal(campaign.numbers.weakSources, 1, 'and counted as a weak source');
});

test('reports from weak sources sharing a rare tag form a campaign, with a confidence lowered by their grades', () => {
  const wave = (grade: AnalysisIncident['grade']) =>
    [SITES.toulon, SITES.nanterre, SITES.villepinte].map((site, i) =>
      incident({
        id: `rumour-${i}`,
        ...site,
        start: night(i),
        eventTypes: ['vehicle_arson'],
        targetKinds: ['staff_vehicle'],
        signatures: [signature('QGMVC')],
        grade,
      }),
    );
  const rumours = linkAll(wave(null));
  assert.ok(
    rumours.links.every((link) => (link.a.startsWith('rumour') ? link.score < 0.5 : true)),
    'each link is weighted down below a strong one',
  );
  const [campaign, ...others] = clusterCampaigns(rumours.all, rumours.links);
  assert.equal(others.length, 0);
  assert.deepEqual(campaign.members, ['rumour-0', 'rumour-1', 'rumour-2']);
  assert.equal(campaign.numbers.weakSources, 3);
  const reports = linkAll(wave({ reliability: 'A', credibility: 1 }));
  const [reported] = clusterCampaigns(reports.all, reports.links);
  assert.ok(campaign.confidence < reported.confidence, `${campaign.confidence} < ${reported.confidence}`);
});

test('the result does not depend on the order of incidents and links', () => {
  const { wave, background } = aprilWave();
  const { all, links } = linkAll([...wave, ...background], backgroundHistory(200));
  assert.deepEqual(clusterCampaigns([...all].reverse(), [...links].reverse()), clusterCampaigns(all, links));
});

test('refuted incidents drop out of campaigns', () => {
  const { wave } = aprilWave();
  const { all, links } = linkAll(wave);
  const refuted = all.map((item) => (item.id === 'w-nanterre-cars' ? { ...item, status: 'refuted' as const } : item));
  const [campaign] = clusterCampaigns(refuted, links);
  assert.equal(campaign.members.includes('w-nanterre-cars'), false);
  assert.equal(campaign.members.length, 7);
});

test('weak matches do not chain: a tag like the core joins, a tag like the joiner does not', () => {
  const context: LinkScoreContext = { idf: () => Math.log(10_000), maxIdf: Math.log(10_000) };
  const core = ['Toulon', 'Nanterre', 'Valence'].map((_, i) =>
    incident({ id: `core-${i}`, lat: 43 + i, start: night(i), signatures: [signature('DDPF')] }),
  );
  // each resembles only the previous one: DDPF ~ DDFM (2 edits) ~ KDFM (1 edit) ~ KXFM (1 edit)
  const chain = ['DDFM', 'KDFM', 'KXFM'].map((tag, i) =>
    incident({
      id: `chain-${i}`,
      lat: 47,
      lon: 0,
      start: night(3 + i),
      eventTypes: ['graffiti'],
      targetKinds: ['facility'],
      signatures: [signature(tag)],
    }),
  );
  const all = [...core, ...chain];
  const links = all.flatMap((x, i) =>
    all
      .slice(i + 1)
      .map((y) => scoreLink(x, y, context))
      .filter((l): l is Link => l !== null),
  );
  assert.ok(
    links.some((l) => l.a === 'chain-0' && l.b === 'chain-1'),
    'the chain links are there',
  );
  const [campaign, ...others] = clusterCampaigns(all, links);
  assert.equal(others.length, 0);
  assert.deepEqual(campaign.members, ['core-0', 'core-1', 'core-2', 'chain-0']);
  // without a core, a chain of similar tags is no campaign at all
  assert.deepEqual(clusterCampaigns(chain, links), []);
});

test('incidents too far apart in time are not one campaign', () => {
  const early = [0, 1, 2].map((n) =>
    incident({ id: `early-${n}`, lat: 43 + n, start: night(n), signatures: [signature('DDPF')] }),
  );
  const late = [0, 1, 2].map((n) =>
    incident({ id: `late-${n}`, lat: 43 + n, start: night(60 + n), signatures: [signature('DDPF')] }),
  );
  const { all, links } = linkAll([...early, ...late], backgroundHistory(300));
  const campaigns = clusterCampaigns(all, links);
  assert.deepEqual(
    campaigns.map((c) => c.members),
    [early.map((e) => e.id), late.map((l) => l.id)],
  );
  assert.deepEqual(
    clusterCampaigns(all, links, { windowDays: 90, maxSpanDays: 90 }).map((c) => c.members.length),
    [6],
  );
});

test('a split stays split when new incidents would tie the groups again', () => {
  const { wave } = aprilWave();
  const north = ['w-villepinte-cars', 'w-nanterre-cars', 'w-valence-cars'];
  const south = wave.map((w) => w.id).filter((id) => !north.includes(id));
  const history = backgroundHistory(500);
  const first = linkAll(wave, history);
  const before = clusterCampaigns(first.all, first.links);
  const decisions: CampaignDecision[] = [{ kind: 'split', campaign: KEY, groups: [south, north] }];
  const bridge = incident({
    id: 'w-nanterre-again',
    ...SITES.nanterre,
    start: night(2, 2),
    signatures: [signature('DDPF')],
  });
  const later = linkAll([...wave, bridge], history);
  const after = clusterCampaigns(later.all, later.links, { decisions, previous: known(before) });
  assert.deepEqual(after.map((c) => c.key).sort(), [KEY, `${KEY}/2`]);
  const byKey = new Map(after.map((c) => [c.key, c]));
  assert.deepEqual(
    byKey.get(KEY)!.members.filter((id) => north.includes(id)),
    [],
  );
  assert.deepEqual(
    byKey.get(`${KEY}/2`)!.members.filter((id) => south.includes(id)),
    [],
  );
  assert.ok(after.some((c) => c.members.includes('w-nanterre-again')));
});

test('a dismissed campaign keeps its key and stays dismissed when its core reappears', () => {
  const { wave } = aprilWave();
  const history = backgroundHistory(500);
  const first = linkAll(wave.slice(0, 5), history);
  const before = clusterCampaigns(first.all, first.links);
  assert.equal(before.length, 1);
  const decisions: CampaignDecision[] = [{ kind: 'dismiss', campaign: before[0].key }];
  const later = linkAll(wave, history);
  const withPrevious = clusterCampaigns(later.all, later.links, { decisions, previous: known(before) });
  assert.deepEqual(
    withPrevious.map((c) => [c.key, c.status, c.members.length]),
    [[before[0].key, 'dismissed', 8]],
  );
  // the key derives from the earliest member, so the decision holds even without the previous run
  assert.equal(clusterCampaigns(later.all, later.links, { decisions })[0].status, 'dismissed');
});

test('confirmed members stay members, even one the links alone would leave out', () => {
  const { wave, background } = aprilWave();
  const { all, links } = linkAll([...wave, ...background], backgroundHistory(500));
  const members = [...wave.map((w) => w.id), 'x-toulon-drone'];
  const decisions: CampaignDecision[] = [{ kind: 'confirm', campaign: 'april-wave', members }];
  const [campaign, ...others] = clusterCampaigns(all, links, { decisions });
  assert.equal(others.length, 0);
  assert.equal(campaign.key, 'april-wave');
  assert.equal(campaign.status, 'confirmed');
  assert.deepEqual([...campaign.members].sort(), members.sort());
});

test('merged campaigns become one under the first key; an excluded incident stays out', () => {
  const { wave } = aprilWave();
  const lbj = [0, 1, 2].map((n) =>
    incident({
      id: `lbj-${n}`,
      lat: 47,
      lon: -1 + n,
      start: night(n, 4),
      eventTypes: ['threat'],
      signatures: [signature('LBJ')],
    }),
  );
  const { all, links } = linkAll([...wave, ...lbj], backgroundHistory(500));
  const before = clusterCampaigns(all, links);
  assert.deepEqual(before.map((c) => c.key).sort(), ['campaign-lbj-0', KEY]);
  const decisions: CampaignDecision[] = [
    { kind: 'merge', campaigns: [KEY, 'campaign-lbj-0'] },
    { kind: 'exclude', campaign: KEY, incident: 'w-marseille-cars' },
  ];
  const after = clusterCampaigns(all, links, { decisions, previous: known(before) });
  assert.equal(after.length, 1);
  assert.equal(after[0].key, KEY);
  assert.equal(after[0].status, 'confirmed');
  assert.equal(after[0].members.length, 10);
  assert.ok(after[0].members.includes('lbj-2') && !after[0].members.includes('w-marseille-cars'));
});

test("a tag's time reach grows with its rarity: a never-seen tag three weeks, a common one the window", async () => {
  const { linkReachDays, RARE_TAG_REACH_DAYS } = await import('./campaigns.ts');
  const link = (idf: number, documentFrequency: number) => ({
    a: 'a',
    b: 'b',
    score: 0.8,
    gradeWeight: 1,
    explanation: '',
    evidence: [{ kind: 'same_signature' as const, score: 0.8, explanation: '', details: { idf, documentFrequency } }],
  });
  // 15 carriers among 1,000 incidents: the wave's own tag
  assert.equal(linkReachDays(link(Math.log(1000 / 15), 15), 10), RARE_TAG_REACH_DAYS);
  // 400 carriers among 1,000 incidents: a tag painted everywhere
  assert.equal(linkReachDays(link(Math.log(1000 / 400), 400), 10), 10);
  const middle = linkReachDays(link(Math.log(1000 / 60), 60), 10);
  assert.ok(middle > 10 && middle < RARE_TAG_REACH_DAYS, String(middle));
});

test('an untagged act joins a campaign by its MO only when that MO is rare among the attacks', () => {
  const sites = [SITES.toulon, SITES.aixLuynes, SITES.marseille];
  const wave = (mo: Partial<AnalysisIncident>) => [
    ...sites.map((site, i) =>
      incident({ id: `w${i}`, ...site, start: night(i === 2 ? 1 : 0, 1 + i), signatures: [signature('XQZW')], ...mo }),
    ),
    // untagged, at the first site two hours after its tagged act
    incident({ id: 'w-untagged', ...sites[0], start: night(0, 3), ...mo }),
  ];
  // a year before: 300 attacks, all graffiti on a facility but ten staff-car arsons (one in thirty)
  const history = Array.from({ length: 300 }, (_, i) =>
    incident({
      id: `h${String(i).padStart(3, '0')}`,
      ...SITES.valence,
      start: night(-400 + i),
      ...(i % 30 === 0 ? {} : { eventTypes: ['graffiti'], targetKinds: ['facility'] }),
    }),
  );
  const graffiti = { eventTypes: ['graffiti'], targetKinds: ['facility'] };
  const members = (incidents: AnalysisIncident[], background: AnalysisIncident[]) => {
    const { all, links } = linkAll(incidents, background);
    return clusterCampaigns(all, links).find((campaign) => campaign.members.includes('w0'))!.members;
  };
  // on a fresh store every MO weighs fully: the graffiti joins
  assert.ok(members(wave(graffiti), []).includes('w-untagged'));
  // where graffiti is most attacks it says nothing of a campaign; staff-car arsons still do
  assert.ok(!members(wave(graffiti), history).includes('w-untagged'));
  assert.ok(members(wave({}), history).includes('w-untagged'));
});
