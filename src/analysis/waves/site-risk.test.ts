import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AnalysisSite } from '../types.ts';
import { DAY_MS } from './paris-day.ts';
import { SiteAffinity, signatureRegionsFrom } from './site-affinity.ts';
import { SiteRiskModel } from './site-risk.ts';
import { constantBaseline, syntheticIncident } from './synthetic.ts';

const HOUR = 3_600_000;
const t0 = Date.UTC(2025, 5, 10, 2);
const sites: AnalysisSite[] = [
  { id: 'fresnes', lat: 48.75, lon: 2.32, department: '94', directorate: 'DISP-Paris', kind: 'maison_arret' },
  { id: 'fleury', lat: 48.63, lon: 2.38, department: '91', directorate: 'DISP-Paris', kind: 'centre_penitentiaire' },
  { id: 'toulon', lat: 43.13, lon: 6.02, department: '83', directorate: 'DISP-Marseille', kind: 'centre_detention' },
  { id: 'aix', lat: 43.52, lon: 5.45, department: '13', directorate: 'DISP-Marseille', kind: 'centre_penitentiaire' },
];
const baseline = constantBaseline(sites, ['attack'], 0.01, t0 - 400 * DAY_MS, t0 - DAY_MS);
const attack = (siteIndex: number, time: number, signatures: string[] = []) =>
  syntheticIncident(sites[siteIndex], time, {
    id: `a-${siteIndex}-${time}`,
    eventTypes: ['attack'],
    signatures: signatures.map((text) => ({ kind: 'tag', text, normalized: text.toLowerCase() })),
  });
const said = ({ code, params }: { code: string; params: unknown }) => ({ code, params });
const byId = (risks: ReturnType<SiteRiskModel['forecast']>) => new Map(risks.map((risk) => [risk.siteId, risk]));

test('risk rises at sites sharing a directorate with recent attacks, and decays over time', () => {
  const model = new SiteRiskModel(baseline, sites, { classes: ['attack'], alphaSelf: 0.3, alphaCross: 0.2 });
  model.observe(attack(0, t0));
  model.observe(attack(0, t0 + 20 * HOUR));
  const soon = byId(model.forecast(t0 + 24 * HOUR, 72));
  assert.ok(soon.get('fleury')!.relativeRisk > 2, `fleury ×${soon.get('fleury')!.relativeRisk}`);
  assert.equal(soon.get('toulon')!.excitation, 0);
  assert.ok(soon.get('fresnes')!.expected > soon.get('fleury')!.expected);
  assert.deepEqual(said(soon.get('fleury')!.reasons[0]), {
    code: 'directorate_incidents',
    params: { directorate: 'DISP-Paris', incidents: 2, within_hours: 24 },
  });
  assert.deepEqual(said(soon.get('fresnes')!.reasons[0]), {
    code: 'site_incidents',
    params: { incidents: 2, within_hours: 24 },
  });
  assert.deepEqual(said(soon.get('toulon')!.reasons[0]), {
    code: 'usual_rates',
    params: { expected: 0.03, hours: 72 },
  });
  const later = byId(model.forecast(t0 + 10 * DAY_MS, 72));
  assert.ok(later.get('fleury')!.excitation < soon.get('fleury')!.excitation / 10);
  // a week's horizon holds more of the decaying excitation than 72 hours
  const week = byId(model.forecast(t0 + 24 * HOUR, 168));
  assert.ok(week.get('fleury')!.excitation > soon.get('fleury')!.excitation);
});

test('the ranked list puts the excited sites first', () => {
  const model = new SiteRiskModel(baseline, sites, { classes: ['attack'] });
  model.observe(attack(2, t0));
  const ranked = model.forecast(t0 + HOUR, 72).map((risk) => risk.siteId);
  assert.deepEqual(ranked.slice(0, 2), ['toulon', 'aix']);
  for (const risk of model.forecast(t0 + HOUR, 72)) {
    assert.ok(Math.abs(risk.probability - (1 - Math.exp(-risk.expected))) < 1e-12);
  }
});

test('a shared signature region excites distant sites and says so', () => {
  const regions = signatureRegionsFrom([attack(3, t0 - 30 * DAY_MS, ['DDPF']), attack(0, t0 - 20 * DAY_MS, ['DDPF'])]);
  const affinity = new SiteAffinity(sites, { signatureRegion: regions });
  const model = new SiteRiskModel(baseline, sites, { classes: ['attack'], affinity });
  model.observe(attack(0, t0 - 30 * HOUR, ['DDPF']));
  const risks = byId(model.forecast(t0, 72));
  assert.ok(risks.get('aix')!.excitation > 0);
  assert.equal(risks.get('toulon')!.excitation, 0);
  assert.deepEqual(said(risks.get('aix')!.reasons[0]), {
    code: 'signature_region',
    params: { signature: 'DDPF', incidents: 1, within_hours: 48 },
  });
});

test('incidents may arrive in any order: the state is the same', () => {
  const incidents = [attack(0, t0), attack(1, t0 + 5 * HOUR), attack(0, t0 + 30 * HOUR), attack(3, t0 + 2 * HOUR)];
  const inOrder = new SiteRiskModel(baseline, sites, { classes: ['attack'] });
  const shuffled = new SiteRiskModel(baseline, sites, { classes: ['attack'] });
  for (const incident of incidents) inOrder.observe(incident);
  for (const incident of [incidents[2], incidents[0], incidents[3], incidents[1]]) shuffled.observe(incident);
  for (const site of sites) {
    const a = inOrder.excitation(site.id, t0 + 2 * DAY_MS);
    const b = shuffled.excitation(site.id, t0 + 2 * DAY_MS);
    assert.ok(Math.abs(a - b) < 1e-12 * Math.max(1, a), site.id);
  }
});

test('an incident of another class, or at a staff home outside any directorate, excites nothing', () => {
  const model = new SiteRiskModel(baseline, sites, {
    classes: ['attack'],
    classOf: (incident) => incident.eventTypes[0] ?? null,
  });
  model.observe(syntheticIncident(sites[0], t0, { eventTypes: ['contraband'] }));
  model.observe(syntheticIncident(sites[0], t0, { eventTypes: ['attack'], siteId: null, directorate: null }));
  for (const site of sites) assert.equal(model.excitation(site.id, t0 + HOUR), 0);
  // a staff home with a directorate still raises the directorate's sites
  model.observe(syntheticIncident(sites[0], t0, { eventTypes: ['attack'], siteId: null }));
  assert.ok(model.excitation('fleury', t0 + HOUR) > 0);
  assert.equal(model.excitation('toulon', t0 + HOUR), 0);
});
