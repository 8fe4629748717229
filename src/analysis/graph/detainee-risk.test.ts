import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  detaineeSiteFactors,
  MAX_SITE_FACTOR,
  profileReasons,
  profileScore,
  type HeldDetainee,
} from './detainee-risk.ts';
import { SiteRiskModel } from '../waves/site-risk.ts';
import { constantBaseline } from '../waves/synthetic.ts';
import { DAY_MS } from '../waves/paris-day.ts';

const held = (facilityId: string, factors: Partial<HeldDetainee> = {}): HeldDetainee => ({
  actorId: `p-${Math.random()}`,
  facilityId,
  organised_crime_leadership: 0,
  escape_history: 0,
  outside_communications: 0,
  violence: 0,
  ...factors,
});

test('a profile scores the sum of its four factors and explains the high ones first', () => {
  const factors = { organised_crime_leadership: 3, escape_history: 1, outside_communications: 2, violence: 0 };
  assert.equal(profileScore(factors), 6);
  assert.deepEqual(profileReasons(factors), ['organised-crime leadership 3/3', 'outside communications 2/3']);
});

test('a leader of an organisation in an active campaign raises the site more than the same profile alone', () => {
  const profile = { organised_crime_leadership: 3, escape_history: 3, outside_communications: 3, violence: 3 };
  const factors = detaineeSiteFactors([
    held('vendin', { ...profile, activeOrganisationTie: 'leads' }),
    held('conde', profile),
  ]);
  assert.equal(factors.get('conde')!.factor.toFixed(2), '1.10');
  assert.equal(factors.get('vendin')!.factor.toFixed(2), '1.30');
  assert.match(
    factors.get('vendin')!.reasons[0],
    /1 profiled detainee held here \(highest score 12\/12\); one leads an organisation named in an active campaign: risk ×1\.30/,
  );
});

test("a site's factor never exceeds the cap however many detainees it holds, and a site without a score is left alone", () => {
  const many = Array.from({ length: 10 }, () => held('fresnes', { violence: 3, activeOrganisationTie: 'leads' }));
  const factors = detaineeSiteFactors([...many, held('fleury')]);
  assert.equal(factors.get('fresnes')!.factor, MAX_SITE_FACTOR);
  assert.match(factors.get('fresnes')!.reasons[0], /the cap/);
  assert.equal(factors.has('fleury'), false);
});

test("the site risk model multiplies a site's expected incidents by its factor and gives the reason", () => {
  const sites = [
    { id: 'vendin', lat: 50.47, lon: 2.87, department: '62', directorate: 'DISP-Lille', kind: 'centre_penitentiaire' },
    { id: 'lille', lat: 50.6, lon: 3.0, department: '59', directorate: 'DISP-Lille', kind: 'centre_penitentiaire' },
  ];
  const t0 = Date.UTC(2025, 5, 10);
  const baseline = constantBaseline(sites, ['attack'], 0.01, t0 - 400 * DAY_MS, t0 - DAY_MS);
  const siteFactors = detaineeSiteFactors([
    held('vendin', { organised_crime_leadership: 3, activeOrganisationTie: 'leads' }),
  ]);
  const risks = new Map(
    new SiteRiskModel(baseline, sites, { classes: ['attack'], siteFactors }).forecast(t0, 72).map((r) => [r.siteId, r]),
  );
  const vendin = risks.get('vendin')!,
    lille = risks.get('lille')!;
  assert.ok(Math.abs(vendin.expected / lille.expected - vendin.factor!) < 1e-9);
  assert.ok(vendin.factor! > 1.2);
  assert.equal(vendin.reasons.at(-1)!.code, 'detainee_profiles');
  assert.match(String(vendin.reasons.at(-1)!.params.text), /leads an organisation named in an active campaign/);
  assert.equal(lille.factor, undefined);
});
