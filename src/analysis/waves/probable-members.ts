/**
 * Probable members: the acts of a wave that carry no tag.
 *
 * Of the 40 acts of the April 2025 wave, 25 carried no tag, and the clustering (which ties incidents
 * by what they share) could not link one: a staff car burned at Nîmes the night DDPF was painted at
 * Valence shares nothing with it but the night, the kind of act and the ground. An analyst ties it
 * by what the campaign does and where: its classes (act kind × target kind: staff-car arson, gunfire
 * at a facility, threats at staff homes), its reach (its directorates and the places near its own),
 * and the excess over what those places usually produce of that class on such a night.
 *
 * For each of the campaign's classes (one shown at two of its places or more; graffiti says nothing)
 * and each night of its active window (three days before its first member to three days after its
 * latest), the candidates are the acts of that class in its reach that are not its members (at a
 * place it struck too: waves come back). E is the usual number of such acts there that night: the
 * baseline's attacks of that Paris day at the facilities of the reach, times the class's share of
 * the attacks of the year before. The wave's pace in that class is what its members show around that
 * night (each act spread over the nights near its own), or the night's excess k − E when that is
 * more; at each place it is weighed by the campaign's ground (its directorates' share of its places)
 * against that place's own usual rate. Each candidate then belongs to the wave with probability
 * rate / (rate + E): "3 staff-car arsons on the night of 14 April at 3 places of its reach, where 0.2
 * would be usual" gives 2.8 / 3 = 0.93. Proposed from `minProbability` (0.8, chosen on the bench's
 * seeds 1 and 2 against their null twins), kept apart from the core members until an analyst
 * confirms or dismisses each one. An act proposed for several campaigns goes to the likeliest, and a
 * campaign's member is no other's probable member (`assignProbableMembers`).
 */
import type { AnalysisIncident, AnalysisSite } from '../types.ts';
import type { Baseline } from './baseline.ts';
import { siteKeyOf } from './campaign-signature.ts';
import { DAY_MS, parisDay } from './paris-day.ts';
import {
  LIKELIHOOD_DEFAULTS,
  likelihoodScores,
  windowMarginDays,
  type LikelihoodRule,
  type LikelihoodScore,
} from './probable-likelihood.ts';

/** Event types that say nothing of a campaign's kind of act. */
const NOT_DISTINCTIVE = new Set(['graffiti', 'other']);

/** How the rule decides (the defaults are the runtime's; the bench's tuning script tries others). */
export interface ProbableRule {
  /** proposed from this probability (default 0.8 for the excess rule, LIKELIHOOD_DEFAULTS.minProbability for the likelihood model) */
  minProbability?: number;
  /** a class is the campaign's when this many of its members or more show it (default 2) */
  classSupport?: number;
  /** the reach: the campaign's directorates and this far around its places, km (default 150) */
  reachKm?: number;
  /** weigh each place by the campaign's ground and its own usual rate (default true) */
  directorateWeight?: boolean;
  /** an act at a place the campaign already struck may be one too: the wave comes back (default true) */
  campaignPlaces?: boolean;
  /** the scale, in nights, over which each of the campaign's acts sets its pace (default 2) */
  paceNights?: number;
  /**
   * how an act is weighed: 'likelihood' (the default: campaign against background per act, see
   * probable-likelihood.ts) or 'excess' (the rule before December 2026: the night's excess in the
   * campaign's classes within its reach, `probableMembers`)
   */
  model?: 'likelihood' | 'excess';
  /** the likelihood model's settings (its threshold is `minProbability`) */
  likelihood?: Omit<LikelihoodRule, 'minProbability' | 'paceNights'>;
  /**
   * weigh each act against every active campaign's claim on it, not only the background's
   * (assignProbableMembers with the ratios; default true; false is the rule before 7 December 2026)
   */
  joint?: boolean;
  /**
   * passes over the active campaigns (default 1; a what-if of the bench's evaluate-probable.ts, the
   * runtime makes one): from the second, each campaign's EM is given the others' claims of the pass
   * before (`competing`), so it learns its ground, classes and nights from the acts the others do not
   * explain. Not kept: it oscillates and settles on the frontier the threshold draws (docs/detection.md)
   */
  passes?: number;
  /**
   * the fewest distinct places (facilities, or coordinates for a staff home) a campaign's members
   * must hold for it to have probable members (default 3; 1: every campaign, the rule before 7
   * December 2026). A series at one or two places has not shown it acts across places: the wave
   * alarm asks for the third site, the classes are read by place for the same reason. Chosen on the
   * bench's seeds 1 and 2 (docs/detection.md, "Probable members"): precision 0.75 / 0.74 → 0.76 /
   * 0.76 at the same recall, the null twins' false members 2.5 / 2.5 → 0.0 / 0.5 a year (2: 0.75 /
   * 0.75, 2.0 / 0.5)
   */
  minPlaces?: number;
  /**
   * A local series of its own explains an act better than the campaign: with `acts` other acts of its
   * class or more, at other places within `km` and `nights` of it, that the campaign does not claim
   * (below the threshold), the act is set aside, not proposed (`localSeriesOf`). Default false (off):
   * chosen on the bench's seeds 1 and 2 at { acts: 2, km: 50, nights: 2 } (precision 0.73 / 0.66 →
   * 0.75 / 0.69, the same recall: the regional clusters' acts), it changed nothing held out (seeds
   * 3-6: 0.730 → 0.731), and another wave's acts, the most of the wrong ones, stand in no such series
   * (docs/detection.md, "Probable members", 7 December 2026, evening)
   */
  localSeries?: LocalSeriesRule | false;
  /**
   * Competing claims (assignProbableMembers' `dominance`): an act goes to a campaign only when that
   * campaign's likelihood ratio is at least this many times every other active campaign's on it;
   * otherwise none gets it. Default 1 (the likeliest gets it, whatever the margin): chosen on the
   * bench's seeds 1 and 2 with the threshold at { minProbability: 0.2, dominance: 2.5 } (recall 0.48 /
   * 0.45 → 0.54 / 0.52 at the same precision), it did not hold on seeds 3-6 (recall 0.50 → 0.56,
   * precision 0.730 → 0.721, the null twins' false members 0.4 → 2.75 a year): the stray acts of
   * another wave are explained better by the claimant's shape than by their own campaign's
   * (docs/detection.md, "Probable members", 7 December 2026, night)
   */
  dominance?: number;
}

/** What makes a local series of an act's own (ProbableRule.localSeries). */
export interface LocalSeriesRule {
  acts: number;
  km: number;
  nights: number;
}

const DEFAULT_RULE: Required<ProbableRule> = {
  minProbability: 0.8,
  classSupport: 2,
  reachKm: 150,
  directorateWeight: true,
  campaignPlaces: true,
  paceNights: 2,
  model: 'likelihood',
  likelihood: {},
  joint: true,
  passes: 1,
  minPlaces: 3,
  localSeries: false,
  dominance: 1,
};

/** How many times every other campaign's claim an act's campaign must explain it by, by default (ProbableRule.dominance). */
export const PROBABLE_DOMINANCE = DEFAULT_RULE.dominance;

/** How many distinct places (a facility, or a point for a staff home) a campaign needs for probable members by default. */
export const PROBABLE_MIN_PLACES = DEFAULT_RULE.minPlaces;

/** The distinct places of a campaign's members, as the probable-member rule counts them. */
export function placesOf(members: ReadonlyArray<Pick<AnalysisIncident, 'siteId' | 'lat' | 'lon'>>): number {
  return new Set(members.map(siteKeyOf)).size;
}

export interface ProbableMemberInput {
  /** the campaign's core members (what defines its classes, places, reach and window) */
  members: readonly AnalysisIncident[];
  /** attacks in the active window, members included (they are skipped) */
  candidates: readonly AnalysisIncident[];
  /** usual attacks on a Paris local day at the facilities of the campaign's reach outside it */
  expectedAttacksOnDay: (day: number) => number;
  /** share of attacks of a class in the usual history (1 when unknown) */
  classShare: (classKey: string) => number;
  /** whether a place is in the campaign's reach (everywhere when not given) */
  inReach?: (incident: AnalysisIncident) => boolean;
  /**
   * How much likelier the campaign's next act is at this place than the reach's usual act (1 when
   * not given): its share of the campaign's acts over its share of the reach's usual attacks.
   */
  placeWeight?: (incident: AnalysisIncident) => number;
  /** incidents an analyst dismissed as probable members of this campaign */
  dismissed?: ReadonlySet<string>;
  /** days the active window runs past the latest member (default 3) */
  tailDays?: number;
  rule?: ProbableRule;
}

export interface ProbableMember {
  incidentId: string;
  /** places with acts of the class that night in the reach, outside the campaign, and those expected */
  observed: number;
  expected: number;
  excessProbability: number;
  night: number;
  /** the class: "vehicle_arson:staff_vehicle" */
  classKey: string;
  /** the campaign's acts of that class, and the nights they span */
  campaignActs: number;
  campaignNights: number;
  explanation: string;
  /** the unrounded joint probability, while assignProbableMembers weighs the campaigns (never stored) */
  jointProbability?: number;
}

/** The classes of an act: each distinctive event type × each target kind ("*" when it names none). */
export function classesOf(incident: Pick<AnalysisIncident, 'eventTypes' | 'targetKinds'>): string[] {
  const targets = incident.targetKinds.length > 0 ? incident.targetKinds : ['*'];
  return incident.eventTypes
    .filter((type) => !NOT_DISTINCTIVE.has(type))
    .flatMap((type) => targets.map((target) => `${type}:${target}`));
}

/** An act of a class: the same event type, and the same target kind when both name one. */
function ofClass(incident: AnalysisIncident, classKey: string): boolean {
  const [type, target] = classKey.split(':');
  if (!incident.eventTypes.includes(type)) return false;
  return target === '*' || incident.targetKinds.length === 0 || incident.targetKinds.includes(target);
}

/**
 * The campaign's classes: those shown at `support` of its places or more, with at how many places
 * each. Places, not acts: a crew that burns four cars at one prison is a local burst, not a wave's way.
 */
export function campaignClasses(members: readonly AnalysisIncident[], support = 2): Map<string, number> {
  const places = new Map<string, Set<string>>();
  for (const member of members)
    for (const key of classesOf(member)) places.set(key, (places.get(key) ?? new Set()).add(siteKeyOf(member)));
  return new Map([...places].map(([key, at]) => [key, at.size] as const).filter(([, count]) => count >= support));
}

/** The campaign's kind of act, as before: its distinctive event types and its target kinds. */
export function campaignKind(members: readonly AnalysisIncident[]): {
  eventTypes: Set<string>;
  targetKinds: Set<string>;
} {
  const eventTypes = new Set(members.flatMap((m) => m.eventTypes).filter((type) => !NOT_DISTINCTIVE.has(type)));
  const targetKinds = new Set(members.flatMap((m) => m.targetKinds));
  return { eventTypes, targetKinds };
}

/** True when the act is of the kind (a shared distinctive event type, and a shared target kind when both say one). */
export function ofKind(incident: AnalysisIncident, kind: ReturnType<typeof campaignKind>): boolean {
  if (!incident.eventTypes.some((type) => kind.eventTypes.has(type))) return false;
  return (
    incident.targetKinds.length === 0 ||
    kind.targetKinds.size === 0 ||
    incident.targetKinds.some((target) => kind.targetKinds.has(target))
  );
}

const round = (value: number, digits = 2) => Number(value.toFixed(digits));
const number = (value: number) => (value < 0.01 ? value.toExponential(1) : value.toFixed(2));
/** the night of an act: the Paris day its evening belongs to (before 08:00 is the night before) */
const nightOf = (time: number) => parisDay(time - 8 * 3_600_000);

/**
 * The campaign's pace in a class on a night: its acts of that class, each spread over the nights
 * around its own (a discrete Laplace kernel of scale `scale` nights, summing to one act). A wave's
 * untagged acts come on the nights of its tagged ones (April 2025: most on 13-15 April); a month-long
 * campaign's pace on a night far from its acts is low.
 */
function paceOn(night: number, memberNights: readonly number[], scale: number): number {
  const q = Math.exp(-1 / scale);
  const norm = (1 - q) / (1 + q);
  return memberNights.reduce((sum, other) => sum + norm * q ** Math.abs(night - other), 0);
}

/** The untagged acts of the campaign's classes, in its reach, outside it, beyond the usual. */
export function probableMembers(input: ProbableMemberInput): ProbableMember[] {
  if (input.members.length === 0) return [];
  const rule = { ...DEFAULT_RULE, ...input.rule };
  const classes = campaignClasses(input.members, rule.classSupport);
  if (classes.size === 0) return [];
  const memberIds = new Set(input.members.map((m) => m.id));
  const places = new Set(input.members.map(siteKeyOf));
  const first = Math.min(...input.members.map((m) => m.start));
  const last = Math.max(...input.members.map((m) => m.start));
  const until = last + (input.tailDays ?? 3) * DAY_MS;
  const campaignNights = nightOf(last) - nightOf(first) + 1;
  const candidates = input.candidates.filter(
    (incident) =>
      !memberIds.has(incident.id) &&
      !input.dismissed?.has(incident.id) &&
      incident.status !== 'refuted' &&
      incident.status !== 'duplicate' &&
      incident.start >= first - LEAD_DAYS * DAY_MS &&
      incident.start <= until &&
      (rule.campaignPlaces || !places.has(siteKeyOf(incident))) &&
      (input.inReach?.(incident) ?? true),
  );
  const best = new Map<string, ProbableMember>();
  for (const [classKey, campaignActs] of classes) {
    const byNight = new Map<number, AnalysisIncident[]>();
    for (const incident of candidates) {
      if (!ofClass(incident, classKey)) continue;
      const night = nightOf(incident.start);
      byNight.set(night, [...(byNight.get(night) ?? []), incident]);
    }
    const memberNights = input.members.filter((m) => ofClass(m, classKey)).map((m) => nightOf(m.start));
    for (const [night, acts] of byNight) {
      const observed = new Set(acts.map(siteKeyOf)).size;
      const expected = input.expectedAttacksOnDay(night) * input.classShare(classKey);
      const rate = Math.max(paceOn(night, memberNights, rule.paceNights), observed - expected);
      const date = new Date(night * DAY_MS).toISOString().slice(0, 10);
      for (const act of acts) {
        const weighted = rate * (input.placeWeight?.(act) ?? 1);
        const probability = weighted / (weighted + expected);
        if (probability < rule.minProbability) continue;
        const explanation =
          `${observed} act${observed === 1 ? '' : 's'} of the campaign's class ${classKey.replace(':', ' at ')} on the night of ${date} ` +
          `at ${observed === 1 ? 'a place' : `${observed} places`} of its reach (the campaign made ${campaignActs} in ${campaignNights} night${campaignNights === 1 ? '' : 's'}), ` +
          `where ${number(expected)} would be usual: this one belongs to the wave with probability ${round(probability)}`;
        const previous = best.get(act.id);
        if (previous && previous.excessProbability >= round(probability)) continue;
        best.set(act.id, {
          incidentId: act.id,
          observed,
          expected: round(expected, 3),
          excessProbability: round(probability),
          night,
          classKey,
          campaignActs,
          campaignNights,
          explanation,
        });
      }
    }
  }
  return [...best.values()].sort(
    (x, y) => y.excessProbability - x.excessProbability || (x.incidentId < y.incidentId ? -1 : 1),
  );
}

/** Days the active window runs past a campaign's latest member, and before its first. */
const TAIL_DAYS = 3;
/** Days the active window opens before a campaign's first member: a wave's first acts need not carry its tag. */
const LEAD_DAYS = 3;

/**
 * The periods a campaign's probable members are read from: its active window (half its span before
 * its first member and after its latest, 3 to 10 days: a long campaign's untagged acts run past its
 * tagged ones), and the year before it.
 */
export function probablePeriods(members: readonly AnalysisIncident[]) {
  const first = Math.min(...members.map((m) => m.start));
  const last = Math.max(...members.map((m) => m.start));
  const margin = Math.max(LEAD_DAYS, TAIL_DAYS, windowMarginDays(members));
  return {
    window: { from: first - margin * DAY_MS, to: last + margin * DAY_MS },
    history: { from: first - 365 * DAY_MS, to: first - margin * DAY_MS },
  };
}

export interface CampaignProbableInput {
  /** the campaign's core members, refuted and duplicate ones left out */
  members: readonly AnalysisIncident[];
  /** the campaign's facilities */
  campaignSites: readonly string[];
  /** the attacks of probablePeriods().window */
  windowAttacks: readonly AnalysisIncident[];
  /** the attacks of probablePeriods().history */
  historyAttacks: readonly AnalysisIncident[];
  baseline: Baseline;
  sites: readonly AnalysisSite[];
  dismissed?: ReadonlySet<string>;
  /** the other active campaigns' claims on each act (otherClaims: Σ of their likelihood ratios, by incident id) */
  competing?: ReadonlyMap<string, number>;
  rule?: ProbableRule;
}

/**
 * Campaign i's competitors' claims: for each act, the sum of the other campaigns' likelihood ratios
 * (campaignProbableMembers().ratios of a first pass), for a second pass whose EM reads each act as
 * this campaign's only by the share the others leave it.
 */
export function otherClaims(
  ratios: ReadonlyArray<ReadonlyMap<string, number> | undefined>,
  i: number,
): Map<string, number> {
  const claims = new Map<string, number>();
  ratios.forEach((map, k) => {
    if (k === i || !map) return;
    for (const [id, ratio] of map) claims.set(id, (claims.get(id) ?? 0) + ratio);
  });
  return claims;
}

function kmBetween(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const radians = Math.PI / 180;
  const dLat = (b.lat - a.lat) * radians;
  const dLon = (b.lon - a.lon) * radians;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * radians) * Math.cos(b.lat * radians) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The campaign's reach: its directorates, and `km` around each of its places. */
export function campaignReach(members: readonly AnalysisIncident[], km: number) {
  const directorates = new Set(members.map((m) => m.directorate).filter((d): d is string => d !== null));
  return (place: { lat: number; lon: number; directorate: string | null }) =>
    (place.directorate !== null && directorates.has(place.directorate)) ||
    members.some((member) => kmBetween(member, place) <= km);
}

/**
 * How much likelier the campaign's next act is at each facility of its reach than the reach's usual
 * act. The campaign's acts are expected where it has been: a directorate's share of them follows its
 * share of the campaign's places (half a place each, so a neighbouring directorate is not excluded),
 * spread evenly over its facilities of the reach; the usual attacks follow each facility's own rate
 * (a busy prison produces more of them). A place without a facility (a staff home) weighs 1.
 */
function placeWeights(input: CampaignProbableInput, reachSites: readonly AnalysisSite[], enabled: boolean) {
  if (!enabled || reachSites.length === 0) return undefined;
  const directorateOf = (site: { directorate: string | null; id?: string }) => site.directorate ?? `site:${site.id}`;
  const places = new Map<string, Set<string>>();
  for (const member of input.members) {
    const key = member.directorate ?? 'none';
    places.set(key, (places.get(key) ?? new Set()).add(siteKeyOf(member)));
  }
  const sitesIn = new Map<string, number>();
  for (const site of reachSites) sitesIn.set(directorateOf(site), (sitesIn.get(directorateOf(site)) ?? 0) + 1);
  const pseudo = (key: string) => (places.get(key)?.size ?? 0) + 0.5;
  const total = [...sitesIn.keys()].reduce((sum, key) => sum + pseudo(key), 0);
  const attack = input.baseline.classIndexes(['attack']);
  const day = parisDay(Math.min(...input.members.map((m) => m.start)));
  const usual = new Map(
    reachSites.map((site) => [site.id, input.baseline.dayRate(input.baseline.siteIndex(site.id), attack, day)]),
  );
  const usualTotal = [...usual.values()].reduce((sum, rate) => sum + rate, 0);
  const byId = new Map(reachSites.map((site) => [site.id, site]));
  return (incident: AnalysisIncident) => {
    const site = incident.siteId ? byId.get(incident.siteId) : undefined;
    if (!site || usualTotal <= 0) return 1;
    const key = directorateOf(site);
    const waveShare = pseudo(key) / total / sitesIn.get(key)!;
    const usualShare = Math.max(usual.get(site.id)!, 1e-9) / usualTotal;
    return waveShare / usualShare;
  };
}

/**
 * A campaign's probable members as the detection runtime finds them (src/core/detection/probable.ts
 * reads the store, the bench its history; both call this): E for a night and class is the baseline's
 * usual attacks at the facilities of the campaign's reach outside it, times the class's share of the
 * year before's attacks (all attacks, share 1, when fewer than 20 are known; half an act at least).
 */
export function campaignProbableMembers(input: CampaignProbableInput): {
  found: ProbableMember[];
  /** the shares of the campaign's classes in the year before */
  classShares: Record<string, number>;
  eventTypes: string[];
  /**
   * The likelihood model's ratio λc / λb for every act of the window it scored (below the threshold
   * too), by incident id: what assignProbableMembers weighs against the other campaigns' claims.
   * Absent for the excess rule.
   */
  ratios?: ReadonlyMap<string, number>;
} {
  if (input.members.length === 0) return { found: [], classShares: {}, eventTypes: [] };
  const rule = { ...DEFAULT_RULE, ...input.rule };
  if (placesOf(input.members) < rule.minPlaces) return { found: [], classShares: {}, eventTypes: [] };
  const history = input.historyAttacks;
  const classShares: Record<string, number> = {};
  for (const classKey of campaignClasses(input.members, rule.classSupport).keys()) {
    classShares[classKey] =
      history.length >= 20 ? Math.max(0.5, history.filter((i) => ofClass(i, classKey)).length) / history.length : 1;
  }
  const inReach = campaignReach(input.members, rule.reachKm);
  const inCampaign = new Set(input.campaignSites);
  const reachSites = input.sites.filter((site) => (rule.campaignPlaces || !inCampaign.has(site.id)) && inReach(site));
  const rows = reachSites.map((site) => input.baseline.siteIndex(site.id));
  const attack = input.baseline.classIndexes(['attack']);
  const expectedAttacksOnDay = (day: number) =>
    rows.reduce((sum, row) => sum + input.baseline.dayRate(row, attack, day), 0);
  const eventTypes = [...new Set(Object.keys(classShares).map((key) => key.split(':')[0]))].sort();
  if (rule.model === 'likelihood') {
    return likelihoodMembers(input, rule, classShares, history, inReach, expectedAttacksOnDay);
  }
  const found = probableMembers({
    members: input.members,
    candidates: input.windowAttacks,
    classShare: (classKey) => classShares[classKey] ?? 1,
    inReach,
    placeWeight: placeWeights(input, reachSites, rule.directorateWeight),
    dismissed: input.dismissed,
    tailDays: TAIL_DAYS,
    rule: input.rule,
    expectedAttacksOnDay,
  });
  return { found, classShares, eventTypes };
}

/** The share of the year before's attacks of a class (half an act at least; 1 when fewer than 20 are known). */
function shareOf(history: readonly AnalysisIncident[], classKey: string): number {
  return history.length >= 20 ? Math.max(0.5, history.filter((i) => ofClass(i, classKey)).length) / history.length : 1;
}

/**
 * The likelihood model's probable members (probable-likelihood.ts), with the sentence of the excess
 * rule: the acts of the class that night at places of the campaign's reach, and those usual there.
 */
function likelihoodMembers(
  input: CampaignProbableInput,
  rule: Required<ProbableRule>,
  campaignShares: Record<string, number>,
  history: readonly AnalysisIncident[],
  inReach: (place: { lat: number; lon: number; directorate: string | null }) => boolean,
  expectedAttacksOnDay: (day: number) => number,
) {
  const shares = new Map<string, number>();
  const classShare = (key: string) => {
    let share = shares.get(key);
    if (share === undefined) shares.set(key, (share = shareOf(history, key)));
    return share;
  };
  const sitesIn = new Map<string | null, number>();
  for (const site of input.sites) sitesIn.set(site.directorate, (sitesIn.get(site.directorate) ?? 0) + 1);
  const attack = input.baseline.classIndexes(['attack']);
  const nationalMean = (day: number) =>
    input.sites.reduce((sum, site) => sum + input.baseline.dayRate(input.baseline.siteIndex(site.id), attack, day), 0) /
    Math.max(1, input.sites.length);
  const { scores } = likelihoodScores({
    members: input.members,
    candidates: input.windowAttacks,
    usualRate: (act, day) =>
      act.siteId ? input.baseline.dayRate(input.baseline.siteIndex(act.siteId), attack, day) : nationalMean(day),
    classShare,
    sitesIn: (directorate) => sitesIn.get(directorate) ?? 1,
    totalSites: input.sites.length,
    facilities: input.sites,
    classesOf,
    ofClass,
    dismissed: input.dismissed,
    competing: input.competing ? (act) => input.competing!.get(act.id) ?? 0 : undefined,
    rule: { ...rule.likelihood, paceNights: rule.paceNights },
  });
  const memberCount = (key: string) => input.members.filter((m) => ofClass(m, key)).length;
  const first = Math.min(...input.members.map((m) => m.start));
  const last = Math.max(...input.members.map((m) => m.start));
  const campaignNights = nightOf(last) - nightOf(first) + 1;
  const found: ProbableMember[] = [];
  const threshold = input.rule?.minProbability ?? LIKELIHOOD_DEFAULTS.minProbability;
  // the acts the campaign does not claim, among which an act's own local series is looked for
  const unclaimed = rule.localSeries ? scores.filter((score) => score.probability < threshold) : [];
  for (const score of scores) {
    if (score.probability < threshold) break;
    const { incident: act, night, classKey } = score;
    if (rule.localSeries && localSeriesOf(score, unclaimed, rule.localSeries).length >= rule.localSeries.acts) continue;
    const observed = new Set(
      input.windowAttacks
        .filter((other) => nightOf(other.start) === night && ofClass(other, classKey) && inReach(other))
        .map(siteKeyOf),
    ).size;
    const expected = expectedAttacksOnDay(night) * classShare(classKey);
    const campaignActs = memberCount(classKey);
    const date = new Date(night * DAY_MS).toISOString().slice(0, 10);
    const explanation =
      `${observed} act${observed === 1 ? '' : 's'} of the campaign's class ${classKey.replace(':', ' at ')} on the night of ${date} ` +
      `at ${observed === 1 ? 'a place' : `${observed} places`} of its reach (the campaign made ${campaignActs} in ${campaignNights} night${campaignNights === 1 ? '' : 's'}), ` +
      `where ${number(expected)} would be usual${probabilitySentence(score.probability)}`;
    found.push({
      incidentId: act.id,
      observed,
      expected: round(expected, 3),
      excessProbability: round(score.probability),
      night,
      classKey,
      campaignActs,
      campaignNights,
      explanation,
    });
  }
  const classShares = { ...campaignShares };
  for (const p of found) classShares[p.classKey] = classShare(p.classKey);
  const eventTypes = [...new Set(Object.keys(classShares).map((key) => key.split(':')[0]))].sort();
  // every act's likelihood ratio, below the threshold too: the campaign's claim on it, which
  // assignProbableMembers weighs against the other campaigns' (an act another campaign explains
  // better, or as well, is not this one's)
  const ratios = new Map(scores.map((score) => [score.incident.id, score.campaignRate / score.usualRate]));
  return { found, classShares, eventTypes, ratios };
}

/**
 * The acts that make a local series with this one: of its class, at other places within `km` and
 * `nights` of it, among the acts the campaign does not claim. A wave's untagged acts stand near its
 * own places and nights, which the campaign claims; a cluster of acts of one class around an act that
 * the campaign leaves unexplained is a series of its own (a regional cluster, another group).
 */
export function localSeriesOf(
  score: Pick<LikelihoodScore, 'incident' | 'night' | 'classKey'>,
  unclaimed: readonly Pick<LikelihoodScore, 'incident' | 'night'>[],
  series: LocalSeriesRule,
): AnalysisIncident[] {
  const place = siteKeyOf(score.incident);
  return unclaimed
    .filter(
      (other) =>
        other.incident !== score.incident &&
        Math.abs(other.night - score.night) <= series.nights &&
        siteKeyOf(other.incident) !== place &&
        ofClass(other.incident, score.classKey) &&
        kmBetween(other.incident, score.incident) <= series.km,
    )
    .map((other) => other.incident);
}

/** The explanation's last clause, which carries the probability (rewritten when other campaigns weigh in). */
function probabilitySentence(probability: number): string {
  return `: this one belongs to the wave with probability ${round(probability)}`;
}

export interface AssignOptions {
  /**
   * Each campaign's likelihood ratios (campaignProbableMembers().ratios, in the proposals' order):
   * when given, an act's probability of being campaign c's is r_c / (1 + Σ_k r_k) over every
   * campaign that scored it, the background and the other active campaigns all in the denominator,
   * and it is proposed only if that joint probability still reaches `minProbability`. Two campaigns
   * that explain an act equally well then leave it to neither (each below one half).
   */
  ratios?: ReadonlyArray<ReadonlyMap<string, number> | undefined>;
  /** the threshold on the joint probability (default LIKELIHOOD_DEFAULTS.minProbability) */
  minProbability?: number;
  /**
   * Competing claims: an act is given to a campaign only when its ratio is at least `dominance` times
   * every other campaign's ratio on it (each campaign's own shape: its classes, its nights and pace,
   * its ground and spread around the act); otherwise no campaign gets it (abstention). Default 1: the
   * likeliest campaign gets it whatever the margin (the rule before this option, docs/detection.md)
   */
  dominance?: number;
}

/**
 * Several campaigns at once: an act that is a member of a campaign is no other's probable member,
 * and an act proposed for several goes to the one it most probably belongs to (two waves with the
 * same ways on the same ground: each act is the likelier one's). `proposals[i]` are campaign i's.
 * With `options.ratios`, the probability is the joint one (every active campaign's intensity counts
 * among what could explain the act), and an act no longer reaching the threshold is left out.
 */
export function assignProbableMembers(
  proposals: ReadonlyArray<readonly ProbableMember[]>,
  members: ReadonlySet<string>,
  options: AssignOptions = {},
): ProbableMember[][] {
  const ratios = options.ratios;
  const threshold = options.minProbability ?? LIKELIHOOD_DEFAULTS.minProbability;
  const joint = (probable: ProbableMember, campaign: number): ProbableMember => {
    const own = ratios?.[campaign]?.get(probable.incidentId);
    if (own === undefined) return probable;
    let sum = 0;
    for (const claims of ratios ?? []) sum += claims?.get(probable.incidentId) ?? 0;
    const probability = own / (1 + sum);
    const suffix = probabilitySentence(probable.excessProbability);
    const explanation = probable.explanation.endsWith(suffix)
      ? probable.explanation.slice(0, -suffix.length) + probabilitySentence(probability)
      : probable.explanation;
    return { ...probable, excessProbability: round(probability), explanation, jointProbability: probability };
  };
  const dominance = options.dominance ?? PROBABLE_DOMINANCE;
  // the act's ratio under campaign c is `dominance` times every other campaign's, or c abstains
  const dominates = (probable: ProbableMember, campaign: number) => {
    if (dominance <= 1 || !ratios) return true;
    const own = ratios[campaign]?.get(probable.incidentId);
    if (own === undefined) return true;
    return ratios.every((claims, k) => k === campaign || (claims?.get(probable.incidentId) ?? 0) * dominance <= own);
  };
  const weighed = proposals.map((found, campaign) =>
    found
      .map((probable) => joint(probable, campaign))
      .filter(
        (probable) =>
          (probable.jointProbability === undefined || probable.jointProbability >= threshold) &&
          dominates(probable, campaign),
      ),
  );
  const best = new Map<string, { campaign: number; probability: number }>();
  weighed.forEach((found, campaign) => {
    for (const probable of found) {
      const probability = probable.jointProbability ?? probable.excessProbability;
      const held = best.get(probable.incidentId);
      if (!held || probability > held.probability) best.set(probable.incidentId, { campaign, probability });
    }
  });
  return weighed.map((found, campaign) =>
    found
      .filter((probable) => !members.has(probable.incidentId) && best.get(probable.incidentId)?.campaign === campaign)
      .map(({ jointProbability: _, ...probable }) => probable),
  );
}
