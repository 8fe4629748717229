/**
 * The risk of one escort, as points per factor with the records behind each, and the escort level
 * the total recommends. Pure: the escort service gathers the facts, this decides and explains.
 * The weights are a starting point for analysts to discuss (docs/escorts.md), not a fitted model.
 */

export const ESCORT_LEVELS = ['standard', 'reinforced', 'high', 'maximal'] as const;
export type EscortLevel = (typeof ESCORT_LEVELS)[number];

/** The lowest score of each level above standard. */
export const LEVEL_THRESHOLDS: Record<Exclude<EscortLevel, 'standard'>, number> = {
  reinforced: 25,
  high: 45,
  maximal: 70,
};

export const levelRank = (level: string): number => ESCORT_LEVELS.indexOf(level as EscortLevel);

export type RiskFactorName =
  | 'detainee_profile'
  | 'linked_incidents'
  | 'active_campaigns'
  | 'site_threats'
  | 'site_risk'
  | 'past_ambushes';

export interface RiskRecord {
  type: 'incident' | 'campaign' | 'actor' | 'facility';
  id: string;
  /** in English, for scripts; the facts below let a reader's page word the record */
  label?: string;
  /** an incident's start (ISO), or a campaign's first instant */
  start?: string;
  /** a campaign's end (ISO, exclusive) */
  end?: string;
  /** an incident's event types (codes) */
  event_types?: string[];
  /** an incident's facility name, else its commune */
  place?: string;
  /** a facility's current risk relative to its usual (site_risk), for a page to write in its reader's numbers */
  relative_risk?: number;
}

/** A factor's points, its sentence (English) and the numbers in it (`params`, for the sentence in the reader's language). */
export interface RiskFactor {
  factor: RiskFactorName;
  points: number;
  sentence: string;
  params: Record<string, string | number>;
  records: RiskRecord[];
}

export interface RiskAssessment {
  score: number;
  recommended: EscortLevel;
  factors: RiskFactor[];
}

export interface GeoPoint {
  lat: number;
  lon: number;
}

export interface DetaineeProfileFacts {
  organised_crime_leadership: number;
  escape_history: number;
  outside_communications: number;
  violence: number;
  placement: string;
}

export interface IncidentFact {
  id: string;
  start: number;
  lat: number;
  lon: number;
  facilityId: string | null;
  eventTypes: string[];
  /** the facility's name, else the commune, else the point */
  place: string;
  label: string;
}

export interface EscortRiskFacts {
  /** the planned start of the escort, epoch ms: "recent" is counted back from it */
  at: number;
  /** origin, waypoints, destination in order */
  route: GeoPoint[];
  detainee: { id: string; name: string };
  profile: DetaineeProfileFacts | null;
  organisations: Array<{ id: string; name: string }>;
  /** incidents naming the detainee or one of his organisations (incident_actors), with who they name */
  linkedIncidents: Array<IncidentFact & { via: string }>;
  /** campaigns not dismissed holding one of the linked incidents */
  campaigns: Array<{ id: string; label: string; start: string; end: string; via: string[] }>;
  /** attacks around the route in the weeks before (the caller chose a generous box; distance is checked here) */
  nearbyIncidents: IncidentFact[];
  /** transport ambushes of the last years near the route or against the same organisations */
  ambushes: Array<IncidentFact & { againstOrganisation: string | null }>;
  /** relative risk of the facilities at the ends of the route (1 = as usual) */
  siteRisk: Array<{ siteId: string; name: string; relativeRisk: number }>;
}

const DAY_MS = 86_400_000;
export const WINDOWS = { linkedDays: 90, nearbyDays: 30, ambushDays: 730 } as const;
export const DISTANCES_KM = { nearby: 10, ambush: 20 } as const;

const WEIGHTS = { leadership: 5, escape: 5, communications: 2, violence: 3 } as const;
const PLACEMENT_POINTS: Record<string, number> = { high_security: 5, isolation: 2, ordinary: 0 };
const CAPS: Record<RiskFactorName, number> = {
  detainee_profile: 45,
  linked_incidents: 15,
  active_campaigns: 35,
  site_threats: 10,
  site_risk: 10,
  past_ambushes: 20,
};

/** The distance in km between two points (haversine). */
export function distanceKm(a: GeoPoint, b: GeoPoint): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The distance in km from a point to a route (a polyline), on a local flat projection per segment. */
export function distanceToRouteKm(point: GeoPoint, route: GeoPoint[]): number {
  if (route.length === 1) return distanceKm(point, route[0]);
  let best = Infinity;
  for (let i = 0; i + 1 < route.length; i += 1) {
    const [a, b] = [route[i], route[i + 1]];
    const kx = Math.cos((((a.lat + b.lat) / 2) * Math.PI) / 180) * 111.32;
    const ky = 110.57;
    const [bx, by] = [(b.lon - a.lon) * kx, (b.lat - a.lat) * ky];
    const [px, py] = [(point.lon - a.lon) * kx, (point.lat - a.lat) * ky];
    const length2 = bx * bx + by * by;
    const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, (px * bx + py * by) / length2));
    best = Math.min(best, Math.hypot(px - t * bx, py - t * by));
  }
  return best;
}

/** The level a score recommends. */
export function levelFor(score: number): EscortLevel {
  if (score >= LEVEL_THRESHOLDS.maximal) return 'maximal';
  if (score >= LEVEL_THRESHOLDS.high) return 'high';
  if (score >= LEVEL_THRESHOLDS.reinforced) return 'reinforced';
  return 'standard';
}

const within = (start: number, at: number, days: number) => start <= at && start >= at - days * DAY_MS;
const incidentRecord = (i: IncidentFact): RiskRecord => ({
  type: 'incident',
  id: i.id,
  label: i.label,
  start: new Date(i.start).toISOString(),
  event_types: i.eventTypes,
  place: i.place,
});
const capped = (factor: RiskFactorName, points: number) => Math.min(CAPS[factor], Math.round(points));

function profileFactor(facts: EscortRiskFacts): RiskFactor | null {
  const p = facts.profile;
  if (!p) return null;
  const parts: Array<[string, number]> = [
    ['organised-crime leadership', p.organised_crime_leadership * WEIGHTS.leadership],
    ['escape history', p.escape_history * WEIGHTS.escape],
    ['outside communications', p.outside_communications * WEIGHTS.communications],
    ['violence', p.violence * WEIGHTS.violence],
    [`placement ${p.placement.replace('_', ' ')}`, PLACEMENT_POINTS[p.placement] ?? 0],
  ];
  const points = capped(
    'detainee_profile',
    parts.reduce((sum, [, n]) => sum + n, 0),
  );
  if (points === 0) return null;
  const named = parts
    .filter(([, n]) => n > 0)
    .map(([name, n]) => `${name} ${n}`)
    .join(', ');
  const params = {
    leadership: parts[0][1],
    escape: parts[1][1],
    communications: parts[2][1],
    violence: parts[3][1],
    placement: parts[4][1],
  };
  return {
    factor: 'detainee_profile',
    points,
    sentence: `Risk profile of the detainee: ${named}.`,
    params,
    records: [{ type: 'actor', id: facts.detainee.id, label: facts.detainee.name }],
  };
}

function linkedFactor(facts: EscortRiskFacts): RiskFactor | null {
  const recent = facts.linkedIncidents.filter((i) => within(i.start, facts.at, WINDOWS.linkedDays));
  if (recent.length === 0) return null;
  return {
    factor: 'linked_incidents',
    points: capped('linked_incidents', recent.length * 4),
    params: { count: recent.length, days: WINDOWS.linkedDays },
    sentence: `${recent.length} incident(s) in the ${WINDOWS.linkedDays} days before name the detainee or his organisations.`,
    records: recent.map(incidentRecord),
  };
}

function campaignFactor(facts: EscortRiskFacts): RiskFactor | null {
  if (facts.campaigns.length === 0) return null;
  return {
    factor: 'active_campaigns',
    points: capped('active_campaigns', facts.campaigns.length * 25),
    params: { count: facts.campaigns.length },
    sentence: `${facts.campaigns.length} campaign(s) not dismissed hold incidents naming the detainee or his organisations.`,
    records: facts.campaigns.map((c) => ({ type: 'campaign', id: c.id, label: c.label, start: c.start, end: c.end })),
  };
}

function siteThreatFactor(facts: EscortRiskFacts): RiskFactor | null {
  const near = facts.nearbyIncidents.filter(
    (i) => within(i.start, facts.at, WINDOWS.nearbyDays) && distanceToRouteKm(i, facts.route) <= DISTANCES_KM.nearby,
  );
  if (near.length === 0) return null;
  return {
    factor: 'site_threats',
    points: capped('site_threats', near.length * 2),
    params: { count: near.length, km: DISTANCES_KM.nearby, days: WINDOWS.nearbyDays },
    sentence: `${near.length} attack(s) within ${DISTANCES_KM.nearby} km of the sites or the route in the ${WINDOWS.nearbyDays} days before.`,
    records: near.map(incidentRecord),
  };
}

function siteRiskFactor(facts: EscortRiskFacts): RiskFactor | null {
  const raised = facts.siteRisk.filter((s) => s.relativeRisk > 1.5);
  if (raised.length === 0) return null;
  const points = raised.reduce((sum, s) => sum + (s.relativeRisk > 3 ? 10 : 5), 0);
  const sites = raised.map((s) => `${s.name} (×${s.relativeRisk.toFixed(1)})`).join(', ');
  return {
    factor: 'site_risk',
    points: capped('site_risk', points),
    params: { sites },
    sentence: `Current risk above usual at ${sites}.`,
    records: raised.map((s) => ({ type: 'facility', id: s.siteId, label: s.name, relative_risk: s.relativeRisk })),
  };
}

function ambushFactor(facts: EscortRiskFacts): RiskFactor | null {
  const past = facts.ambushes.filter((a) => within(a.start, facts.at, WINDOWS.ambushDays));
  const sameOrg = past.filter((a) => a.againstOrganisation !== null);
  const near = past.filter(
    (a) => a.againstOrganisation === null && distanceToRouteKm(a, facts.route) <= DISTANCES_KM.ambush,
  );
  if (sameOrg.length + near.length === 0) return null;
  const parts = [
    ...(near.length ? [`${near.length} transport ambush(es) within ${DISTANCES_KM.ambush} km of the route`] : []),
    ...(sameOrg.length ? [`${sameOrg.length} naming his organisations`] : []),
  ];
  return {
    factor: 'past_ambushes',
    points: capped('past_ambushes', near.length * 8 + sameOrg.length * 10),
    params: {
      near: near.length,
      km: DISTANCES_KM.ambush,
      organisation: sameOrg.length,
      years: Math.round(WINDOWS.ambushDays / 365),
    },
    sentence: `${parts.join('; ')} in the last ${Math.round(WINDOWS.ambushDays / 365)} years.`,
    records: [...near, ...sameOrg].map(incidentRecord),
  };
}

/** Scores an escort: each factor's points (capped), the total (at most 100) and the level it recommends. */
export function assessEscortRisk(facts: EscortRiskFacts): RiskAssessment {
  const factors = [profileFactor, linkedFactor, campaignFactor, siteThreatFactor, siteRiskFactor, ambushFactor]
    .map((factor) => factor(facts))
    .filter((f): f is RiskFactor => f !== null);
  const score = Math.min(
    100,
    factors.reduce((sum, f) => sum + f.points, 0),
  );
  return { score, recommended: levelFor(score), factors };
}
