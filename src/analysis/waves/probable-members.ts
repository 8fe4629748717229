/**
 * Probable members: the acts of a wave that carry no tag.
 *
 * Of the 40 acts of the April 2025 wave, 25 carried no tag, and the clustering (which ties incidents
 * by what they share) could not link one: a staff car burned at Nîmes the night DDPF was painted at
 * Valence shares nothing with it but the night and the kind of act. What makes it probable is the
 * night: on a usual night the prisons not in the campaign see E such acts; that night they saw k. If k
 * is well above E, most of those k acts are the wave's, each with probability about (k − E) / k.
 *
 * An act is a candidate when, during the campaign's active window (its first member to three days
 * after its latest), it is of the campaign's kind (an attack sharing an event type other than
 * graffiti and a target kind with the core's acts), it is not a member, and its place (facility, or
 * position) is not one of the campaign's. E is the usual number of attacks on that night at the
 * candidates' nights' sites outside the campaign, times the share of attacks of the campaign's kind
 * (the store's own last year, or all when it has none). Acts whose probability reaches `minProbability`
 * (0.5) are proposed, on nights whose count chance would rarely give: P(Poisson(E) ≥ k) at most
 * `nightAlpha` (0.05) divided by the nights of the window looked at. Without that gate a campaign of
 * a month on a busy national history found a night of twice the usual by chance about once a month,
 * and the bench's null histories got 100 false probable members a year; the April 2025 nights (three
 * staff-car arsons where 0.2 were usual, P ≈ 0.001) pass it. They stay apart from the core members
 * until an analyst confirms or dismisses each one.
 */
import type { AnalysisIncident, AnalysisSite } from '../types.ts';
import type { Baseline } from './baseline.ts';
import { siteKeyOf } from './campaign-signature.ts';
import { poissonUpperTail } from './signature-burst.ts';
import { DAY_MS, parisDay } from './paris-day.ts';

/** The acts of the campaign's kind: an event type other than these, shared with the core's acts. */
const NOT_DISTINCTIVE = new Set(['graffiti', 'other']);

export interface ProbableMemberInput {
  /** the campaign's core members (what defines its kind of act, places and window) */
  members: readonly AnalysisIncident[];
  /** attacks in the active window, members included (they are skipped) */
  candidates: readonly AnalysisIncident[];
  /** usual attacks on a Paris local day at every facility outside the campaign */
  expectedAttacksOnDay: (day: number) => number;
  /** share of attacks of the campaign's kind in the usual history (1 when unknown) */
  kindShare: number;
  /** incidents an analyst dismissed as probable members of this campaign */
  dismissed?: ReadonlySet<string>;
  /** days the active window runs past the latest member (default 3) */
  tailDays?: number;
  minProbability?: number;
  /** chance allowed for a night as strong anywhere in the window (Bonferroni over its nights; default 0.05) */
  nightAlpha?: number;
}

export interface ProbableMember {
  incidentId: string;
  /** acts of the campaign's kind that night outside the campaign, and those expected */
  observed: number;
  expected: number;
  excessProbability: number;
  night: number;
  explanation: string;
}

/** The campaign's kind of act: its distinctive event types and its target kinds. */
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

/** The untagged acts of the campaign's kind, outside it, on nights beyond the usual. */
export function probableMembers(input: ProbableMemberInput): ProbableMember[] {
  if (input.members.length === 0) return [];
  const kind = campaignKind(input.members);
  if (kind.eventTypes.size === 0) return [];
  const memberIds = new Set(input.members.map((m) => m.id));
  const places = new Set(input.members.map(siteKeyOf));
  const first = Math.min(...input.members.map((m) => m.start));
  const last = Math.max(...input.members.map((m) => m.start));
  const until = last + (input.tailDays ?? 3) * DAY_MS;
  // the night of an act: the Paris day its evening belongs to (before 08:00 is the night before)
  const nightOf = (time: number) => parisDay(time - 8 * 3_600_000);
  const byNight = new Map<number, AnalysisIncident[]>();
  for (const incident of input.candidates) {
    if (memberIds.has(incident.id) || input.dismissed?.has(incident.id)) continue;
    if (incident.status === 'refuted' || incident.status === 'duplicate') continue;
    if (incident.start < first - DAY_MS || incident.start > until) continue;
    if (places.has(siteKeyOf(incident)) || !ofKind(incident, kind)) continue;
    const night = nightOf(incident.start);
    byNight.set(night, [...(byNight.get(night) ?? []), incident]);
  }
  const result: ProbableMember[] = [];
  const nights = nightOf(until) - nightOf(first - DAY_MS) + 1;
  const nightLevel = (input.nightAlpha ?? 0.05) / nights;
  for (const [night, acts] of byNight) {
    const observed = new Set(acts.map(siteKeyOf)).size;
    const expected = input.expectedAttacksOnDay(night) * input.kindShare;
    const probability = Math.max(0, 1 - expected / observed);
    if (probability < (input.minProbability ?? 0.5)) continue;
    // a night twice the usual comes by chance in a long window: only a night chance rarely gives counts
    if (poissonUpperTail(observed, expected) > nightLevel) continue;
    const date = new Date(night * DAY_MS).toISOString().slice(0, 10);
    for (const act of acts) {
      result.push({
        incidentId: act.id,
        observed,
        expected: round(expected, 3),
        excessProbability: round(probability),
        night,
        explanation:
          `${observed} act${observed === 1 ? '' : 's'} of the campaign's kind (${[...kind.eventTypes].join(', ')}) on the night of ${date} ` +
          `at ${observed === 1 ? 'a place' : `${observed} places`} not in it, where ${expected < 0.01 ? expected.toExponential(1) : expected.toFixed(2)} ` +
          `would be usual: this one belongs to the wave with probability ${round(probability)}`,
      });
    }
  }
  return result.sort((x, y) => y.excessProbability - x.excessProbability || (x.incidentId < y.incidentId ? -1 : 1));
}

/** Days the active window runs past a campaign's latest member, and before its first. */
const TAIL_DAYS = 3;

/** The periods a campaign's probable members are read from: its active window, and the year before it. */
export function probablePeriods(members: readonly AnalysisIncident[]) {
  const first = Math.min(...members.map((m) => m.start));
  const last = Math.max(...members.map((m) => m.start));
  return {
    window: { from: first - DAY_MS, to: last + TAIL_DAYS * DAY_MS },
    history: { from: first - 365 * DAY_MS, to: first - DAY_MS },
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
}

/**
 * A campaign's probable members as the detection runtime finds them (src/core/detection/probable.ts
 * reads the store, the bench its history; both call this): E for a night is the baseline's usual
 * attacks at every facility outside the campaign, times the share of the year before's attacks of
 * the campaign's kind (all attacks when fewer than 20 are known; at least 5 %).
 */
export function campaignProbableMembers(input: CampaignProbableInput): {
  found: ProbableMember[];
  kindShare: number;
  eventTypes: string[];
} {
  if (input.members.length === 0) return { found: [], kindShare: 1, eventTypes: [] };
  const kind = campaignKind(input.members);
  const history = input.historyAttacks;
  const kindShare =
    history.length >= 20 ? Math.max(0.05, history.filter((i) => ofKind(i, kind)).length / history.length) : 1;
  const inCampaign = new Set(input.campaignSites);
  const rows = input.sites.filter((site) => !inCampaign.has(site.id)).map((site) => input.baseline.siteIndex(site.id));
  const attack = input.baseline.classIndexes(['attack']);
  const found = probableMembers({
    members: input.members,
    candidates: input.windowAttacks,
    kindShare,
    dismissed: input.dismissed,
    tailDays: TAIL_DAYS,
    expectedAttacksOnDay: (day) => rows.reduce((sum, row) => sum + input.baseline.dayRate(row, attack, day), 0),
  });
  return { found, kindShare, eventTypes: [...kind.eventTypes].sort() };
}
