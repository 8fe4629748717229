/**
 * Thresholds from the null histories: E (candidate evaluations a year), the wave and regional
 * operating thresholds, and how uniform null p-values are. The wave threshold is chosen on the
 * null years of several seeds pooled (the planted history's twin and the null histories of the next
 * seeds), since one seed's two null years decide little (the quick bench's T jumped from 1 to 200
 * years between seeds). Held out: for each seed, the threshold chosen on the other seeds alone, and
 * that seed's false alarms a year at it, so the reported rate is not the one the choice was fitted to.
 */
import { regionalAtThreshold, type scanPlantedRegional } from './evaluate-regional.ts';
import { assessWaves, isAlarm, nullAlarms, type ScoredEvent } from './evaluate-waves.ts';
import type { History } from './generator.ts';
import { uniformityTest } from './metrics.ts';
import type { NullResult } from './null-run.ts';
import { DEFAULT_SIGNIFICANCE } from '../../src/core/detection/significance.ts';

/** Recurrence thresholds T (years) reported; the operating ones are taken among them. */
export const THRESHOLD_YEARS = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000];
/** False alarms a year allowed on the calibration half of the null history (half the goal of 1, for margin). */
export const CALIBRATION_TARGET = 0.5;

const YEAR_MS = 365.25 * 86_400_000;

/** Wave and regional results at every threshold, and the operating thresholds. */
export function calibrate(
  history: History,
  scored: readonly ScoredEvent[],
  regionalPlanted: Awaited<ReturnType<typeof scanPlantedRegional>>,
  nullResults: readonly NullResult[],
  fixedYears: number | null,
) {
  const nullResult = nullResults[0];
  const pooledYears = nullResults.reduce((sum, run) => sum + run.yearsEvaluated, 0);
  const evaluationsPerYear = nullResults.reduce((sum, run) => sum + run.scored.length, 0) / pooledYears;
  // the fast waves' figures (the goals of the detection issue); the long ones are reported apart (evaluate-long-waves.ts)
  const fast = history.truth.waves.filter((wave) => wave.shape === 'fast');
  const waveMembers = new Set(history.truth.waves.flatMap((wave) => wave.members));
  const starts = new Map(
    history.incidents
      .filter((incident) => waveMembers.has(incident.id))
      .map((incident) => [incident.id, incident.start]),
  );
  const yearsEvaluated = (history.to - history.plantsFrom) / YEAR_MS;
  const grid =
    fixedYears === null ? THRESHOLD_YEARS : [...new Set([...THRESHOLD_YEARS, fixedYears])].sort((x, y) => x - y);
  const surges = history.truth.negatives.filter((group) => group.kind === 'holiday_surge');
  const thresholds = grid.map((years) => {
    const rule = { pAlarm: 1 / (evaluationsPerYear * years) };
    return {
      years,
      waves: assessWaves(fast, history.truth.negatives, scored, years, yearsEvaluated, rule, starts),
      nullAlarms: nullAlarms(nullResult.scored, nullResult.from, nullResult.to, rule, surges),
      pooled: pooledAlarms(nullResults, rule),
    };
  });
  // what the runtime's defaults do: recurrence ≥ T at the counted E (never below its floor), multi-site
  const runtimeE = Math.max(evaluationsPerYear, DEFAULT_SIGNIFICANCE.minCampaignEvaluationsPerYear);
  const runtimeYears = DEFAULT_SIGNIFICANCE.alarmRecurrenceYears;
  const runtimeRule = { pAlarm: 1 / (runtimeE * runtimeYears) };
  const runtimeDefaults = {
    years: runtimeYears,
    evaluationsPerYear: runtimeE,
    pAlarm: runtimeRule.pAlarm,
    waves: assessWaves(fast, history.truth.negatives, scored, 1, yearsEvaluated, runtimeRule, starts),
    nullAlarms: nullAlarms(nullResult.scored, nullResult.from, nullResult.to, runtimeRule, surges),
    regional: regionalAtThreshold(regionalPlanted, nullResult.regional, runtimeYears),
  };
  const operatingYears =
    fixedYears ?? thresholds.find((row) => row.pooled.perYear <= CALIBRATION_TARGET)?.years ?? grid[grid.length - 1];
  // each seed held out: T chosen on the others' pooled null years, that seed's false alarms at it
  const heldOut = nullResults.map((run, i) => {
    const others = thresholds.map((row) => ({
      years: row.years,
      perYear:
        row.pooled.perSeed.filter((_, j) => j !== i).reduce((sum, n) => sum + n.campaigns, 0) /
        nullResults.filter((_, j) => j !== i).reduce((sum, other) => sum + other.yearsEvaluated, 0),
    }));
    const years =
      nullResults.length > 1
        ? (others.find((row) => row.perYear <= CALIBRATION_TARGET)?.years ?? grid[grid.length - 1])
        : operatingYears;
    const row = thresholds.find((candidate) => candidate.years === years)!;
    return {
      seed: run.seed,
      years,
      perYear: row.pooled.perSeed[i].perYear,
      atOperating: thresholds.find((candidate) => candidate.years === operatingYears)!.pooled.perSeed[i].perYear,
    };
  });
  const regional = grid.map((years) => regionalAtThreshold(regionalPlanted, nullResult.regional, years));
  const regionalYears = regional.find((row) => row.nullPerYear <= CALIBRATION_TARGET)?.years ?? grid[grid.length - 1];
  // the null alarms at the loosest threshold, for the JSON (what they rested on)
  const loosest = { pAlarm: 1 / (evaluationsPerYear * grid[0]) };
  const nullAlarmEvents = nullResult.scored
    .filter((event) => isAlarm(event, loosest))
    .map((event) => ({
      at: new Date(event.now).toISOString(),
      key: event.key,
      classes: event.classes,
      sites: event.sites,
      subsetSites: event.subsetSites,
      scanPValue: event.scanPValue,
      signaturePValue: event.signaturePValue,
      signatureSites: event.signatureSites,
      observed: event.observed,
      expected: Number(event.expected.toFixed(2)),
      recurrencePValue: event.recurrencePValue,
      duringSurge: surges.some((surge) => event.now >= surge.start && event.now < surge.end + 7 * 86_400_000),
    }));
  return {
    nullAlarmEvents,
    runtimeDefaults,
    waves: {
      evaluations: scored.length,
      evaluationsPerYear,
      operatingYears,
      calibrated: fixedYears === null,
      calibrationTarget: CALIBRATION_TARGET,
      thresholds,
      nullSeeds: nullResults.map((run) => run.seed),
      pooledYears,
      heldOut,
    },
    regional: { operatingYears: regionalYears, thresholds: regional, scanMs: regionalPlanted.scanMs },
    ...nullPValues(nullResult),
  };
}

/** How far null p-values are from uniform: KS distances, and the share at or below a few levels. */
function nullPValues(nullResult: NullResult) {
  const scored = nullResult.scored;
  const attackOnly = scored.filter((event) => event.classes.join() === 'attack');
  const lastPerCampaign = new Map(scored.map((event) => [event.key, event.pValue]));
  const shareAtMost = (events: readonly ScoredEvent[], level: number) =>
    events.filter((event) => event.pValue <= level).length / events.length;
  return {
    uniformity: {
      allEvaluations: uniformityTest(scored.map((event) => event.pValue)),
      lastPerCampaign: uniformityTest([...lastPerCampaign.values()]),
      attackOnly: uniformityTest(attackOnly.map((event) => event.pValue)),
      regionalPrimary: uniformityTest(nullResult.regional.primaryP),
    },
    pLevels: [0.001, 0.01, 0.05, 0.1, 0.5].map((level) => ({
      level,
      all: shareAtMost(scored, level),
      attackOnly: shareAtMost(attackOnly, level),
    })),
  };
}

/** False alarms of every null history at one rule, counted once per campaign, and pooled. */
function pooledAlarms(nullResults: readonly NullResult[], rule: { pAlarm: number }) {
  const perSeed = nullResults.map((run) => {
    const alarms = nullAlarms(run.scored, run.from, run.to, rule);
    return { seed: run.seed, campaigns: alarms.campaigns, perYear: alarms.perYear };
  });
  const years = nullResults.reduce((sum, run) => sum + run.yearsEvaluated, 0);
  return {
    perSeed,
    campaigns: perSeed.reduce((sum, row) => sum + row.campaigns, 0),
    perYear: perSeed.reduce((sum, row) => sum + row.campaigns, 0) / years,
  };
}
