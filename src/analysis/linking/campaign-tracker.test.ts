import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Link } from '../types.ts';
import { CampaignTracker } from './campaign-tracker.ts';
import { clusterCampaigns } from './campaigns.ts';
import { LinkEngine } from './link-engine.ts';
import { aprilWave, backgroundHistory, incident, night, signature, SITES } from './linking.factory.ts';

const KEY = 'campaign-w-toulon-gunfire';

function intake() {
  const engine = new LinkEngine();
  const tracker = new CampaignTracker();
  const links: Link[] = [];
  const add = (item: Parameters<LinkEngine['add']>[0]) => {
    const found = engine.add(item);
    links.push(...found);
    return tracker.upsert(item, found);
  };
  return { engine, tracker, links, add };
}

test('campaigns kept up to date incident by incident match a full clustering', () => {
  const { tracker, links, add } = intake();
  const history = backgroundHistory(1500, { to: Date.UTC(2025, 5, 1) });
  const { wave, background } = aprilWave();
  const all = [...history, ...background, ...wave].sort((x, y) => x.start - y.start || (x.id < y.id ? -1 : 1));
  for (const item of all) add(item);
  assert.deepEqual(tracker.campaigns(), clusterCampaigns(all, links));
  assert.equal(tracker.campaign(KEY)?.members.length, 8);
  assert.equal(tracker.campaignOf('w-valence-cars')?.key, KEY);
  assert.equal(tracker.campaignOf('x-toulon-drone'), undefined);
});

test('a change re-clusters only the region it reaches', () => {
  const { tracker, add } = intake();
  for (const item of backgroundHistory(2000)) add(item);
  const { wave } = aprilWave();
  for (const item of wave.slice(0, 7)) add(item);
  const change = add(wave[7]);
  assert.deepEqual(
    change.updated.map((c) => c.key),
    [KEY],
  );
  assert.ok(tracker.lastRegionSize <= 10, `re-clustered ${tracker.lastRegionSize} of ${tracker.incidentCount}`);
});

test('refuting a member updates its campaign; refuting enough of them removes it', () => {
  const { engine, tracker, add } = intake();
  const { wave } = aprilWave();
  for (const item of wave) add(item);
  const refute = (id: string) => {
    const item = { ...wave.find((w) => w.id === id)!, status: 'refuted' as const };
    return tracker.upsert(item, engine.update(item));
  };
  const change = refute('w-nanterre-cars');
  assert.equal(change.updated[0].members.length, 7);
  assert.equal(tracker.campaignOf('w-nanterre-cars'), undefined);
  const removed = ['w-toulon-gunfire', 'w-villepinte-cars', 'w-aix-cars', 'w-marseille-tag'].flatMap(
    (id) => refute(id).removed,
  );
  assert.deepEqual(removed, [KEY], 'the campaign is reported removed once, when its core is gone');
  assert.deepEqual(tracker.campaigns(), []);
});

test('decisions apply at once and hold as new incidents arrive', () => {
  const { tracker, add } = intake();
  const { wave } = aprilWave();
  for (const item of wave) add(item);
  const north = ['w-villepinte-cars', 'w-nanterre-cars', 'w-valence-cars'];
  const south = wave.map((w) => w.id).filter((id) => !north.includes(id));
  const split = tracker.decide({ kind: 'split', campaign: KEY, groups: [south, north] });
  assert.deepEqual(split.updated.map((c) => c.key).sort(), [KEY, `${KEY}/2`]);
  add(incident({ id: 'w-nanterre-again', ...SITES.nanterre, start: night(2, 2), signatures: [signature('DDPF')] }));
  assert.deepEqual(
    tracker
      .campaigns()
      .map((c) => c.key)
      .sort(),
    [KEY, `${KEY}/2`],
  );
  assert.equal(tracker.campaignOf('w-nanterre-again')?.key, `${KEY}/2`);
  tracker.decide({ kind: 'dismiss', campaign: `${KEY}/2` });
  add(incident({ id: 'w-villepinte-again', ...SITES.villepinte, start: night(3, 1), signatures: [signature('DDPF')] }));
  assert.equal(tracker.campaign(`${KEY}/2`)?.status, 'dismissed');
  assert.equal(tracker.campaign(`${KEY}/2`)?.members.length, 5);
  assert.deepEqual(
    tracker.decisionLog().map((d) => d.kind),
    ['split', 'dismiss'],
  );
});

test('old incidents can be forgotten once their campaigns are settled', () => {
  const { tracker, add } = intake();
  for (const item of aprilWave().wave) add(item);
  assert.deepEqual(tracker.forgetBefore(night(30)), [KEY]);
  assert.equal(tracker.incidentCount, 0);
  assert.deepEqual(tracker.campaigns(), []);
});
