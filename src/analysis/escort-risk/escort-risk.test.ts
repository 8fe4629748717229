import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { assessEscortRisk, distanceToRouteKm, levelFor, type EscortRiskFacts } from './escort-risk.ts';

const DAY = 86_400_000;
const AT = Date.parse('2025-04-20T07:00:00Z');
const TOULON = { lat: 43.1567, lon: 6.0257 };
const MARSEILLE = { lat: 43.2965, lon: 5.3698 };

function facts(overrides: Partial<EscortRiskFacts> = {}): EscortRiskFacts {
  return {
    at: AT,
    route: [TOULON, MARSEILLE],
    detainee: { id: 'd1', name: 'Karim Test' },
    profile: null,
    organisations: [],
    linkedIncidents: [],
    campaigns: [],
    nearbyIncidents: [],
    ambushes: [],
    siteRisk: [],
    ...overrides,
  };
}
const incident = (id: string, daysBefore: number, at = TOULON) => ({
  id,
  start: AT - daysBefore * DAY,
  lat: at.lat,
  lon: at.lon,
  facilityId: null,
  eventTypes: ['gunfire'],
  place: 'Toulon',
  label: id,
});

describe('escort risk scoring', () => {
  test('an escort with no facts scores zero and stays at the standard level', () => {
    assert.deepEqual(assessEscortRisk(facts()), { score: 0, recommended: 'standard', factors: [] });
  });

  test('the detainee profile weighs leadership and escape history most and names each part', () => {
    const result = assessEscortRisk(
      facts({
        profile: {
          organised_crime_leadership: 3,
          escape_history: 2,
          outside_communications: 1,
          violence: 0,
          placement: 'high_security',
        },
      }),
    );
    assert.equal(result.score, 15 + 10 + 2 + 5);
    assert.equal(result.recommended, 'reinforced');
    assert.match(result.factors[0].sentence, /organised-crime leadership 15, escape history 10/);
    assert.deepEqual(result.factors[0].records, [{ type: 'actor', id: 'd1', label: 'Karim Test' }]);
  });

  test('a campaign linked to the organisation adds points until it is no longer given', () => {
    const base = facts({
      profile: {
        organised_crime_leadership: 2,
        escape_history: 1,
        outside_communications: 0,
        violence: 0,
        placement: 'ordinary',
      },
    });
    const withCampaign = assessEscortRisk({
      ...base,
      campaigns: [
        {
          id: 'c1',
          label: 'DDPF wave',
          start: '2025-04-13T16:00:00.000Z',
          end: '2025-04-16T06:00:00.000Z',
          via: ['DZ Mafia'],
        },
      ],
    });
    const without = assessEscortRisk(base);
    assert.equal(withCampaign.score - without.score, 25);
    const campaign = withCampaign.factors.find((f) => f.factor === 'active_campaigns')!.records[0];
    // the span beside the English label, for a page to name the campaign in its reader's words
    assert.deepEqual(campaign, {
      type: 'campaign',
      id: 'c1',
      label: 'DDPF wave',
      start: '2025-04-13T16:00:00.000Z',
      end: '2025-04-16T06:00:00.000Z',
    });
    assert.ok(ESCALATES(without.recommended, withCampaign.recommended));
  });

  test("a raised site risk gives the ratio as a number beside its English sentence, for a page to write it in its reader's numbers", () => {
    const result = assessEscortRisk(facts({ siteRisk: [{ siteId: 's1', name: 'Toulon', relativeRisk: 28.14 }] }));
    const site = result.factors.find((f) => f.factor === 'site_risk')!;
    assert.equal(site.sentence, 'Current risk above usual at Toulon (×28.1).');
    assert.deepEqual(site.records, [{ type: 'facility', id: 's1', label: 'Toulon', relative_risk: 28.14 }]);
  });

  test('only recent linked incidents and attacks near the route count', () => {
    const result = assessEscortRisk(
      facts({
        linkedIncidents: [
          { ...incident('recent', 10), via: 'the detainee' },
          { ...incident('old', 200), via: 'the detainee' },
        ],
        nearbyIncidents: [incident('near', 5), incident('far', 5, { lat: 48.85, lon: 2.35 }), incident('stale', 60)],
      }),
    );
    const linked = result.factors.find((f) => f.factor === 'linked_incidents')!;
    const near = result.factors.find((f) => f.factor === 'site_threats')!;
    assert.deepEqual(
      linked.records.map((r) => r.id),
      ['recent'],
    );
    // the facts beside the English label, for a page to word the incident in its reader's language
    assert.deepEqual(linked.records[0], {
      type: 'incident',
      id: 'recent',
      label: 'recent',
      start: new Date(AT - 10 * DAY).toISOString(),
      event_types: ['gunfire'],
      place: 'Toulon',
    });
    assert.deepEqual(
      near.records.map((r) => r.id),
      ['near'],
    );
    assert.equal(result.score, 4 + 2);
  });

  test('past ambushes count near the route or against the same organisation, capped', () => {
    const ambush = (id: string, place: { lat: number; lon: number }, org: string | null) => ({
      ...incident(id, 100, place),
      eventTypes: ['transport_ambush'],
      againstOrganisation: org,
    });
    const result = assessEscortRisk(
      facts({
        ambushes: [
          ambush('a1', MARSEILLE, null),
          ambush('a2', { lat: 45.76, lon: 4.83 }, null),
          ambush('a3', { lat: 45.76, lon: 4.83 }, 'DZ Mafia'),
          ambush('a4', { lat: 45.76, lon: 4.83 }, 'DZ Mafia'),
        ],
      }),
    );
    const factor = result.factors.find((f) => f.factor === 'past_ambushes')!;
    assert.deepEqual(
      factor.records.map((r) => r.id),
      ['a1', 'a3', 'a4'],
    );
    assert.equal(factor.points, 20, '8 + 10 + 10 capped at 20');
  });

  test('levels follow the thresholds and the total never passes 100', () => {
    assert.deepEqual([0, 24, 25, 44, 45, 69, 70, 100].map(levelFor), [
      'standard',
      'standard',
      'reinforced',
      'reinforced',
      'high',
      'high',
      'maximal',
      'maximal',
    ]);
    const all = assessEscortRisk(
      facts({
        profile: {
          organised_crime_leadership: 3,
          escape_history: 3,
          outside_communications: 3,
          violence: 3,
          placement: 'high_security',
        },
        campaigns: [1, 2].map((n) => ({ id: `c${n}`, label: '', start: '', end: '', via: ['x'] })),
        siteRisk: [{ siteId: 's', name: 'S', relativeRisk: 4 }],
        linkedIncidents: [1, 2, 3, 4].map((n) => ({ ...incident(`i${n}`, 1), via: 'x' })),
      }),
    );
    assert.equal(all.score, 100);
    assert.equal(all.recommended, 'maximal');
  });

  test('the distance to a route is measured to the nearest segment, not the nearest end', () => {
    const midway = { lat: (TOULON.lat + MARSEILLE.lat) / 2, lon: (TOULON.lon + MARSEILLE.lon) / 2 };
    assert.ok(distanceToRouteKm(midway, [TOULON, MARSEILLE]) < 0.5);
    assert.ok(distanceToRouteKm(midway, [TOULON]) > 20);
  });
});

const ESCALATES = (before: string, after: string) =>
  ['standard', 'reinforced', 'high', 'maximal'].indexOf(after) >
  ['standard', 'reinforced', 'high', 'maximal'].indexOf(before);
