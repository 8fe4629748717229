import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import type { AnalysisIncident } from '../types.ts';
import { DAY_MS } from './paris-day.ts';
import { distanceKm, scanSpaceTimePermutation } from './permutation-scan.ts';
import { scanCandidate } from './poisson-scan.ts';
import { Rng } from './rng.ts';
import {
  backgroundIncidents,
  constantBaseline,
  syntheticClassOf,
  syntheticIncident,
  syntheticSites,
} from './synthetic.ts';
import { closeWorkerPool } from './worker-pool.ts';

after(() => closeWorkerPool());

const now = Date.UTC(2025, 4, 20, 6);
const studyStart = now - 365 * DAY_MS;
const HOUR = 3_600_000;
const RATE = 0.05;

function world(seed: number) {
  const rng = new Rng(seed);
  const sites = syntheticSites(60, rng);
  const background = [
    ...backgroundIncidents({ sites, from: studyStart, to: now, classes: ['attack'], rate: () => RATE }, rng),
  ];
  return { rng, sites, background };
}

/** `count` extra incidents at a site within the last two days. */
function burst(
  site: AnalysisIncident['siteId'] & string,
  sites: ReturnType<typeof syntheticSites>,
  count: number,
  rng: Rng,
  tag: string,
) {
  const where = sites.find((candidate) => candidate.id === site)!;
  return Array.from({ length: count }, (_, i) =>
    syntheticIncident(where, now - 2 * DAY_MS + rng.int(2 * DAY_MS - HOUR), {
      id: `${tag}-${site}-${i}`,
      eventTypes: ['attack'],
    }),
  );
}

test('the permutation scan finds a planted regional cluster', async () => {
  const { rng, sites, background } = world(1);
  const centre = sites[7];
  const region = [...sites].sort((a, b) => distanceKm(centre, a) - distanceKm(centre, b)).slice(0, 4);
  const planted = region.flatMap((site) => burst(site.id, sites, 3, rng, 'regional'));
  const result = await scanSpaceTimePermutation([...background, ...planted], sites, { now, seed: 5, workers: 0 });
  const [primary] = result.clusters;
  assert.ok(primary.significance.pValue < 0.01, `p = ${primary.significance.pValue}`);
  const found = region.filter((site) => primary.siteIds.includes(site.id)).length;
  assert.ok(found >= 3, `${found} of the 4 planted sites in ${primary.siteIds.join(', ')}`);
  assert.ok(primary.window.days <= 3);
  assert.match(primary.explanation, /space-time permutation/);
});

test('the trap: a purely temporal nationwide wave is invisible to the permutation scan but not to the Poisson scan', async () => {
  const { rng, sites, background } = world(2);
  // every site gets 2 extra attacks in the same two days: 120 incidents where 6 are usual
  const wave = sites.flatMap((site) => burst(site.id, sites, 2, rng, 'national'));
  const incidents = [...background, ...wave];
  const permutation = await scanSpaceTimePermutation(incidents, sites, { now, seed: 5, workers: 0 });
  assert.ok(
    permutation.clusters.every((cluster) => cluster.significance.pValue > 0.05),
    `p = ${permutation.clusters[0]?.significance.pValue}`,
  );
  // the expectation-based scan, whose expectations come from history, sees it at once
  const baseline = constantBaseline(sites, ['attack'], RATE, studyStart, now - 30 * DAY_MS);
  const poisson = await scanCandidate(
    { siteIds: sites.map((site) => site.id), classes: ['attack'], incidents },
    baseline,
    {
      now,
      classOf: syntheticClassOf,
      seed: 5,
      workers: 0,
    },
  );
  assert.ok(poisson.pValue < 0.01, `p = ${poisson.pValue}`);
});

test('secondary clusters share no site with the primary one and are no more significant', async () => {
  const { rng, sites, background } = world(3);
  const planted = [sites[3], sites[40]].flatMap((site) => burst(site.id, sites, 4, rng, 'two'));
  const result = await scanSpaceTimePermutation([...background, ...planted], sites, {
    now,
    seed: 9,
    workers: 0,
    maxClusters: 3,
  });
  assert.ok(result.clusters.length >= 2);
  const [primary, secondary] = result.clusters;
  assert.ok(!secondary.siteIds.some((id) => primary.siteIds.includes(id)));
  assert.ok(secondary.significance.pValue >= primary.significance.pValue);
});

test('the permutation scan gives the same answer in this thread and on 2 workers', async () => {
  const { rng, sites, background } = world(4);
  const planted = burst(sites[11].id, sites, 2, rng, 'small');
  const run = (workers: number) =>
    scanSpaceTimePermutation([...background, ...planted], sites, { now, seed: 21, workers, chunkSize: 16 });
  const [inThread, pooled] = [await run(0), await run(2)];
  assert.deepEqual(
    pooled.clusters.map((cluster) => [cluster.siteIds, cluster.significance.pValue, cluster.significance.replications]),
    inThread.clusters.map((cluster) => [
      cluster.siteIds,
      cluster.significance.pValue,
      cluster.significance.replications,
    ]),
  );
});
