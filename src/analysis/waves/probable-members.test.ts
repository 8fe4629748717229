/**
 * Probable members: untagged acts of the campaign's kind on nights beyond the usual. A night only
 * counts when chance would rarely give it among the window's nights (a long campaign on a busy
 * history meets a night of twice the usual by chance).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AnalysisIncident } from '../types.ts';
import { probableMembers } from './probable-members.ts';

const DAY_MS = 86_400_000;
const T0 = Date.UTC(2025, 3, 13, 21); // 23:00 in Paris, 13 April 2025

function act(id: string, site: string, start: number, eventType = 'vehicle_arson', tag?: string): AnalysisIncident {
  return {
    id,
    start,
    end: start + 3_600_000,
    siteId: site,
    lat: 45,
    lon: 4,
    department: '26',
    directorate: 'DISP Lyon',
    facilityKind: 'maison_arret',
    eventTypes: [eventType],
    targetKinds: ['staff_vehicle'],
    weapons: [],
    grade: null,
    status: 'verified',
    signatures: tag ? [{ kind: 'tag', text: tag, normalized: tag.toLowerCase() }] : [],
  };
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

test('three acts of the kind where 0.2 are usual are probable members, with the sentence that explains it', () => {
  const { members, candidates } = campaign(2, 3);
  const found = probableMembers({
    members,
    candidates: [...candidates, act('g', 'agen', T0 + 3 * DAY_MS, 'graffiti'), act('own', 'toulon', T0 + 3 * DAY_MS)],
    expectedAttacksOnDay: () => 0.2,
    kindShare: 1,
  });
  assert.deepEqual(
    found.map((p) => p.incidentId).sort(),
    ['u0', 'u1', 'u2'],
    "graffiti and the campaign's own places are left out",
  );
  assert.equal(found[0].observed, 3);
  assert.ok(found[0].excessProbability >= 0.9);
  assert.match(found[0].explanation, /3 places not in it, where 0\.20 would be usual/);
});

test('a night of twice the usual is chance in a month-long window on a busy history, not a wave', () => {
  // 8 places where 3.8 are usual: (8 − 3.8) / 8 = 0.53, but P(Poisson(3.8) ≥ 8) = 0.035, and the window has 33 nights
  const { members, candidates } = campaign(30, 8);
  assert.deepEqual(probableMembers({ members, candidates, expectedAttacksOnDay: () => 3.8, kindShare: 1 }), []);
  // the same night where 1 is usual is far beyond chance
  const found = probableMembers({ members, candidates, expectedAttacksOnDay: () => 1, kindShare: 1 });
  assert.equal(found.length, 8);
  // and a short window asks less of a night: P(Poisson(2) ≥ 8) = 0.0011 passes 0.05 / 6 nights
  assert.equal(
    probableMembers({
      members: campaign(2, 8).members,
      candidates: campaign(2, 8).candidates,
      expectedAttacksOnDay: () => 2,
      kindShare: 1,
    }).length,
    8,
  );
});

test("an analyst's dismissal is never proposed again", () => {
  const { members, candidates } = campaign(2, 4);
  const found = probableMembers({
    members,
    candidates,
    expectedAttacksOnDay: () => 0.2,
    kindShare: 1,
    dismissed: new Set(['u1']),
  });
  assert.deepEqual(found.map((p) => p.incidentId).sort(), ['u0', 'u2', 'u3']);
});
