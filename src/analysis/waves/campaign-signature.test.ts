import { test } from 'node:test';
import assert from 'node:assert/strict';
import { campaignSignature, carriersLeftOut } from './campaign-signature.ts';
import { scanCandidate } from './poisson-scan.ts';
import { Rng } from './rng.ts';
import { constantBaseline, syntheticClassOf, syntheticIncident, syntheticSites } from './synthetic.ts';

const DAY_MS = 86_400_000;
const NOW = Date.UTC(2025, 3, 16, 6);
const tag = (text: string) => [{ kind: 'tag', text, normalized: text.toLowerCase().replace(/[^a-z0-9]/g, '') }];

test('the campaign tag is the one most members carry, with its variants as carriers', () => {
  const [a, b, c, d] = syntheticSites(4, new Rng(3));
  const members = [
    syntheticIncident(a, NOW - DAY_MS, { id: 'm1', signatures: tag('QGMVC') }),
    syntheticIncident(b, NOW - DAY_MS, { id: 'm2', signatures: tag('Q.G.M.V.C') }),
    syntheticIncident(c, NOW - DAY_MS, { id: 'm3', signatures: tag('QGMCV') }),
    syntheticIncident(d, NOW - DAY_MS, { id: 'm4' }),
  ];
  const signature = campaignSignature(members)!;
  assert.equal(signature.normalized, 'qgmvc');
  assert.deepEqual(signature.carrierIds, ['m1', 'm2', 'm3']);
  assert.deepEqual(
    carriersLeftOut(members, signature).map((incident) => incident.id),
    ['m4'],
  );
  assert.equal(carriersLeftOut(members, null).length, 4, 'without a tag the scan counts every incident');
});

test('the scan leaves the tag carriers to the signature test: three tagged attacks at quiet sites are no burst of attacks', async () => {
  const sites = syntheticSites(3, new Rng(5));
  const baseline = constantBaseline(sites, ['attack'], 0.02, NOW - 365 * DAY_MS, NOW);
  const carriers = sites.map((site, i) =>
    syntheticIncident(site, NOW - (i + 1) * 3_600_000, {
      id: `c${i}`,
      eventTypes: ['attack'],
      signatures: tag('QGMVC'),
    }),
  );
  const options = { now: NOW, classOf: syntheticClassOf, replications: 199, seed: 1, workers: 0 };
  const candidate = { siteIds: sites.map((site) => site.id), classes: ['attack'] };
  const counted = await scanCandidate({ ...candidate, incidents: carriers }, baseline, options);
  assert.ok(counted.pValue < 0.01, `the carriers counted as attacks look like a burst: ${counted.pValue}`);
  const leftOut = await scanCandidate(
    { ...candidate, incidents: carriersLeftOut(carriers, campaignSignature(carriers)) },
    baseline,
    options,
  );
  assert.equal(leftOut.pValue, 1);
  // other attacks at those sites still count
  const others = sites.flatMap((site, i) =>
    [0, 1].map((k) =>
      syntheticIncident(site, NOW - (i + k + 2) * 3_600_000, { id: `o${i}-${k}`, eventTypes: ['attack'] }),
    ),
  );
  const burst = await scanCandidate(
    { ...candidate, incidents: carriersLeftOut([...carriers, ...others], campaignSignature(carriers)) },
    baseline,
    options,
  );
  assert.ok(burst.pValue < 0.01, String(burst.pValue));
  assert.equal(burst.observed, 6);
});
