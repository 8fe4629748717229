/**
 * Wave detection, prospectively: each time a campaign of two sites or more gains a member, its
 * sites are scanned as the detection runtime does (src/core/detection/significance.ts):
 * scanCandidate over the attacks at its sites (expectation-based Poisson scan, best subset of sites,
 * windows of 1 to 7 days, R = 999 with early stopping) against the baseline of the preceding year.
 *
 * Each candidate is also tested on its signature (signatureBurstTest: the sites carrying the tag the
 * most members carry, against the tag's own rate in the year before), and the alarm p-value is the
 * better of the two tests, doubled, the scan counting only when its burst spans two sites or more
 * with none holding over half (waveAlarmPValue, as the runtime does). Alarm: a recurrence of at
 * least T years with E the evaluations a year measured on the null history (p ≤ 1 / (E × T)).
 */
import type { AnalysisIncident } from '../../src/analysis/types.ts';
import {
  backgroundPeriod,
  campaignSignature,
  carriersLeftOut,
  isMultiSiteBurst,
  scanCandidate,
  signatureBurstTest,
  topSiteShare,
  WAVE_TESTS,
  waveAlarmPValue,
} from '../../src/analysis/waves/index.ts';
import type { CandidateEvent } from './evaluate-linking.ts';
import type { PlantedGroup, PlantedWave } from './generator-plants.ts';
import type { HistoryIndex } from './history-index.ts';
import { median, percentile, share } from './metrics.ts';
import { classOf } from './vocabulary.ts';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
/** What the runtime counts for a campaign, whatever its members are. */
const SCANNED_CLASSES = ['attack'];

/** One candidate evaluation and its answer. */
export interface ScoredEvent {
  now: number;
  key: string;
  sites: number;
  members: number;
  /** the classes of the candidate's members, for the report (the scan counts attacks whatever they are) */
  classes: string[];
  pValue: number;
  /** the scan's p-value behind the recurrence (Gumbel tail when every replication was beaten) */
  scanPValue: number;
  /** the signature burst test's p-value (1 without a shared signature) and its sites */
  signaturePValue: number;
  signatureSites: number;
  /** the alarm's p-value: the better test, doubled; the scan only when spread (waveAlarmPValue) */
  recurrencePValue: number;
  subsetSites: number;
  /** the busiest site's share of the best subset's incidents */
  topSiteShare: number;
  observed: number;
  expected: number;
  replications: number;
  milliseconds: number;
  /** planted groups with at least two members in the candidate (waves, or negatives by kind) */
  groups: string[];
  /** planted groups with a single member in the candidate */
  touched: string[];
  /** incidents of planted waves counted by the scan (at the candidate's sites in its last 7 days) */
  waveIncidentsCounted: number;
}

export interface ScoreOptions {
  /** events before this have no year of history for their baseline and are skipped */
  from: number;
  replications: number;
  workers: number;
  progress?: (line: string) => void;
}

/** Scans every candidate event (in time order); `groupOf` maps an incident id to its planted group. */
export async function scoreEvents(
  index: HistoryIndex,
  events: readonly CandidateEvent[],
  groupOf: ReadonlyMap<string, string>,
  options: ScoreOptions,
): Promise<ScoredEvent[]> {
  const wanted = new Set(events.flatMap((event) => event.members));
  const byId = new Map<string, AnalysisIncident>();
  for (const incident of index.incidents) if (wanted.has(incident.id)) byId.set(incident.id, incident);
  const scored: ScoredEvent[] = [];
  const started = performance.now();
  for (const [i, event] of events.entries()) {
    if (event.now < options.from) continue;
    const members = event.members.map((id) => byId.get(id)!).filter((incident) => incident.start < event.now);
    const classes: string[] = [...new Set(members.map((incident) => classOf(incident) ?? 'attack'))].sort();
    const incidents = event.sites.flatMap((site) => index.atSite(site, event.now - 7 * DAY_MS, event.now));
    const signature = campaignSignature(members);
    const t0 = performance.now();
    const result = await scanCandidate(
      { siteIds: event.sites, classes: SCANNED_CLASSES, incidents: carriersLeftOut(incidents, signature) },
      index.baselineFor(event.now),
      {
        now: event.now,
        classOf,
        maxDays: 7,
        replications: options.replications,
        seed: i + 1,
        workers: options.workers,
      },
    );
    const background = backgroundPeriod(event.now, index.starts[0]);
    const burst =
      signature &&
      signatureBurstTest({
        signature: signature.text,
        carriers: signature.carriers,
        now: event.now,
        maxDays: 7,
        backgroundCarriers: index.signatureCarriers(signature.normalized, background.from, background.to),
        backgroundDays: background.days,
      });
    const counts = new Map<string, number>();
    for (const incident of members) {
      const group = groupOf.get(incident.id);
      if (group) counts.set(group, (counts.get(group) ?? 0) + 1);
    }
    const waveIncidentsCounted = incidents.filter(
      (incident) => groupOf.get(incident.id)?.startsWith('w') && classOf(incident) === 'attack',
    ).length;
    scored.push({
      now: event.now,
      key: event.key,
      sites: event.sites.length,
      members: members.length,
      classes,
      pValue: result.pValue,
      scanPValue: result.significance.recurrencePValue,
      signaturePValue: burst?.pValue ?? 1,
      signatureSites: burst?.sites ?? 0,
      recurrencePValue: waveAlarmPValue(
        { pValue: result.significance.recurrencePValue, spread: isMultiSiteBurst(result.sites) },
        burst,
      ),
      subsetSites: result.sites.filter((site) => site.observed > 0).length,
      topSiteShare: topSiteShare(result.sites),
      observed: result.observed,
      expected: result.expected,
      replications: result.replications,
      milliseconds: performance.now() - t0,
      groups: [...counts].filter(([, count]) => count >= 2).map(([group]) => group),
      touched: [...counts].filter(([, count]) => count === 1).map(([group]) => group),
      waveIncidentsCounted,
    });
    if (scored.length % 2000 === 0)
      options.progress?.(
        `scored ${scored.length} candidates in ${((performance.now() - started) / 1000).toFixed(0)} s`,
      );
  }
  return scored;
}

/** When an evaluation alarms: its alarm p-value (waveAlarmPValue, multi-site rule included) at or below the threshold. */
export interface AlarmRule {
  pAlarm: number;
}

/** True when the evaluation raises a wave alarm under the rule. */
export const isAlarm = (event: ScoredEvent, rule: AlarmRule) => event.recurrencePValue <= rule.pAlarm;

export interface WavePower {
  threshold: { years: number; pAlarm: number };
  /** waves reaching 4 sites or more within 72 h of their first member, and those alarmed within 72 h */
  fourSitesIn72h: { waves: number; alarmedIn72h: number; recall: number; missed: Record<string, number> };
  /** every wave by its number of sites: alarmed at all (before its last member + 7 days) */
  bySize: Array<{ sites: string; waves: number; alarmed: number }>;
  /** waves of 3 sites or more: alarmed at all, and no later than the third site's first member */
  byThirdSite: { waves: number; alarmed: number; byThird: number; shareOfAlarmed: number; shareOfAll: number };
  /** over alarmed waves: hours from the first member, and members arrived before the alarm */
  delayHours: { median: number; p90: number };
  membersBeforeAlarm: { median: number; p90: number };
  /** over alarmed waves of 3 sites or more: sites hit before the alarm (the one that raised it included) */
  sitesBeforeAlarm: { median: number; p90: number };
  /** alarms on candidates holding no wave (two members or more of none), counted once per campaign */
  otherAlarms: { campaigns: number; perYear: number; byKind: Record<string, number> };
}

/** What an alarm without a wave rested on, for the report. */
function alarmOrigin(event: ScoredEvent, kindOf: ReadonlyMap<string, string>): string {
  const negative = [...event.groups, ...event.touched].map((group) => kindOf.get(group)).find(Boolean);
  if (negative) return negative;
  if (event.touched.some((group) => group.startsWith('w'))) return 'one wave member';
  if (event.waveIncidentsCounted > 0) return 'a wave at its sites';
  return event.touched.some((group) => group.startsWith('r')) ? 'one regional member' : 'background only';
}

/** Why a wave was not alarmed within 72 h, from its evaluations in that time. */
function missReason(events: readonly ScoredEvent[], pAlarm: number): string {
  if (events.length === 0) return 'no candidate holding 2 of its members';
  if (events.some((event) => event.scanPValue * WAVE_TESTS <= pAlarm)) return 'scan refused by the multi-site rule';
  const best = Math.min(...events.map((event) => event.recurrencePValue));
  return best <= pAlarm * 100 ? 'p within 100× of the threshold' : 'p further off';
}

/** Power, delay and false alarms of the planted run at one threshold. */
export function assessWaves(
  waves: readonly PlantedWave[],
  negatives: readonly PlantedGroup[],
  scored: readonly ScoredEvent[],
  years: number,
  yearsEvaluated: number,
  rule: AlarmRule,
  starts: ReadonlyMap<string, number>,
): WavePower {
  const firstAlarm = new Map<string, number>();
  const credited = new Map<string, ScoredEvent[]>();
  for (const event of scored) {
    for (const id of event.groups)
      if (id.startsWith('w')) (credited.get(id) ?? credited.set(id, []).get(id)!).push(event);
  }
  const otherCampaigns = new Map<string, string>();
  const kindOf = new Map(negatives.map((group) => [group.id, group.kind]));
  for (const event of scored) {
    if (!isAlarm(event, rule)) continue;
    const waveIds = event.groups.filter((group) => group.startsWith('w'));
    for (const id of waveIds) if (!firstAlarm.has(id)) firstAlarm.set(id, event.now);
    if (waveIds.length === 0 && !otherCampaigns.has(event.key))
      otherCampaigns.set(event.key, alarmOrigin(event, kindOf));
  }
  const delays: number[] = [];
  const membersBefore: number[] = [];
  const sitesBefore: number[] = [];
  let reach4 = 0;
  let found4 = 0;
  const missed: Record<string, number> = {};
  let third = 0;
  let thirdAlarmed = 0;
  let thirdFound = 0;
  const sizes = new Map<string, { waves: number; alarmed: number }>();
  for (const wave of waves) {
    const alarm = firstAlarm.get(wave.id);
    const label = wave.sites.length >= 7 ? '7-10' : wave.sites.length >= 4 ? '4-6' : String(wave.sites.length);
    const row = sizes.get(label) ?? { waves: 0, alarmed: 0 };
    row.waves++;
    if (alarm !== undefined) row.alarmed++;
    sizes.set(label, row);
    const sitesIn72h = wave.siteTimes.filter((time) => time <= wave.start + 72 * HOUR_MS).length;
    if (sitesIn72h >= 4) {
      reach4++;
      if (alarm !== undefined && alarm <= wave.start + 72 * HOUR_MS) found4++;
      else {
        const reason = missReason(
          (credited.get(wave.id) ?? []).filter((event) => event.now <= wave.start + 72 * HOUR_MS),
          rule.pAlarm,
        );
        missed[reason] = (missed[reason] ?? 0) + 1;
      }
    }
    if (wave.firstThreeAt !== null) {
      third++;
      if (alarm !== undefined) {
        thirdAlarmed++;
        if (alarm <= wave.firstThreeAt + 1) thirdFound++;
        sitesBefore.push(wave.siteTimes.filter((time) => time < alarm).length);
      }
    }
    if (alarm === undefined) continue;
    delays.push((alarm - wave.start) / HOUR_MS);
    membersBefore.push(wave.members.filter((id) => starts.get(id)! < alarm).length);
  }
  const byKind: Record<string, number> = {};
  for (const kind of otherCampaigns.values()) byKind[kind] = (byKind[kind] ?? 0) + 1;
  return {
    threshold: { years, ...rule },
    fourSitesIn72h: { waves: reach4, alarmedIn72h: found4, recall: share(found4, reach4), missed },
    bySize: ['2', '3', '4-6', '7-10'].map((sites) => ({ sites, ...(sizes.get(sites) ?? { waves: 0, alarmed: 0 }) })),
    byThirdSite: {
      waves: third,
      alarmed: thirdAlarmed,
      byThird: thirdFound,
      shareOfAlarmed: share(thirdFound, thirdAlarmed),
      shareOfAll: share(thirdFound, third),
    },
    delayHours: { median: median(delays), p90: percentile(delays, 0.9) },
    membersBeforeAlarm: { median: median(membersBefore), p90: percentile(membersBefore, 0.9) },
    sitesBeforeAlarm: { median: median(sitesBefore), p90: percentile(sitesBefore, 0.9) },
    otherAlarms: { campaigns: otherCampaigns.size, perYear: otherCampaigns.size / yearsEvaluated, byKind },
  };
}

/**
 * False alarms of a null history at one threshold, counted once per campaign (at its first alarm):
 * over the whole evaluated period [from, to), and over its first and second halves, so a threshold
 * can be chosen on the first half and checked on the second. `surges` (holiday surges) are only
 * used to say how many alarms came within a week of one.
 */
export function nullAlarms(
  scored: readonly ScoredEvent[],
  from: number,
  to: number,
  rule: AlarmRule,
  surges: ReadonlyArray<{ start: number; end: number }> = [],
) {
  const firstAlarm = new Map<string, number>();
  const byClasses: Record<string, number> = {};
  for (const event of scored) {
    if (!isAlarm(event, rule) || firstAlarm.has(event.key)) continue;
    firstAlarm.set(event.key, event.now);
    const label = event.classes.join(' + ');
    byClasses[label] = (byClasses[label] ?? 0) + 1;
  }
  const middle = (from + to) / 2;
  const halfYears = (to - from) / 2 / (365.25 * DAY_MS);
  const times = [...firstAlarm.values()];
  const firstHalf = times.filter((time) => time < middle).length;
  const multiSiteOnly = scored.filter(
    (event) => event.scanPValue * WAVE_TESTS <= rule.pAlarm && !isAlarm(event, rule),
  ).length;
  // a surge stays in the scan's 7-day windows for a week after it ends
  const duringSurges = times.filter((time) =>
    surges.some((surge) => time >= surge.start && time < surge.end + 7 * DAY_MS),
  ).length;
  return {
    campaigns: times.length,
    perYear: times.length / (2 * halfYears),
    firstHalfPerYear: firstHalf / halfYears,
    secondHalfPerYear: (times.length - firstHalf) / halfYears,
    nominalPerYear: rule.pAlarm * (scored.length / (2 * halfYears)),
    refusedByMultiSiteRule: multiSiteOnly,
    byClasses,
    duringSurges,
  };
}

/** Milliseconds per scan as run (early stopping, in this thread): median and 95th percentile. */
export function scanLatency(scored: readonly ScoredEvent[]) {
  const times = scored.map((event) => event.milliseconds);
  return { scans: times.length, p50: median(times), p95: percentile(times, 0.95), max: percentile(times, 1) };
}
