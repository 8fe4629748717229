/**
 * The detection bench: a seeded synthetic national history (bench/detect/generator.ts) run through
 * linking, campaign clustering, wave detection, regional scans and the site forecast, scored against
 * its ground truth and against a plant-free twin (analysed in a child process) for false alarms.
 * Prints a markdown report and writes bench/results/local/detect-<date>[-seed<N>].json (ignored by git),
 * or the path given with --out PATH.
 *   npm run bench:detect -- [--quick] [--incidents N] [--waves N] [--long-waves N] [--sparse-waves N]
 *                           [--seed N] [--years N] [--null-seeds N] [--recurrence-years T]
 *                           [--sequential] [--campaign-options JSON] [--out PATH]
 * The threshold is calibrated on the null years of --null-seeds seeds pooled (4 by default): the
 * planted history's twin, and plant-free histories of the next seeds, each in a child process.
 * See docs/benchmarks.md, section Detection.
 */
import { fork } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cpus, loadavg, totalmem } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { closeWorkerPool } from '../src/analysis/waves/index.ts';
import { calibrate, CALIBRATION_TARGET } from './detect/calibration.ts';
import { calibrateGlr, countGlr, glrAlarmStarts } from './detect/count-glr.ts';
import { assessLongWaves, renderLongWaves } from './detect/evaluate-long-waves.ts';
import { proposeProbableMembers, renderProbable, scoreProbable } from './detect/evaluate-probable.ts';
import { runLinking } from './detect/evaluate-linking.ts';
import { evaluateForecast } from './detect/evaluate-forecast.ts';
import { evaluateWaveRisk, renderWaveRisk } from './detect/evaluate-wave-risk.ts';
import { scanPlantedRegional } from './detect/evaluate-regional.ts';
import { nightlyRefit, pValueLatency } from './detect/evaluate-timing.ts';
import { scanLatency, scoreEvents } from './detect/evaluate-waves.ts';
import { generateHistory } from './detect/generator.ts';
import { HistoryIndex } from './detect/history-index.ts';
import { linkingQuality } from './detect/linking-quality.ts';
import type { NullResult } from './detect/null-run.ts';
import { historyOptions, parseOptions, type BenchOptions } from './detect/options.ts';
import { renderReport, type DetectResults } from './detect/report.ts';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const log = (line: string) => process.stderr.write(`[${new Date().toISOString().slice(11, 19)}] ${line}\n`);
const mb = (bytes: number) => bytes / 2 ** 20;

/** Days over which the incremental CampaignTracker is timed, from the end of the warm-up year. */
const TRACKER_SAMPLE_DAYS = 30;
/** Other clustering options whose final campaigns are scored too (linking quality only). */
const CLUSTERING_VARIANTS = [
  { name: 'no MO attachment (nearIdenticalMo 1.01)', options: { nearIdenticalMo: 1.01 } },
  { name: 'strong links from 0.5 (strongThreshold 0.5, the default before)', options: { strongThreshold: 0.5 } },
  {
    name: 'both (nearIdenticalMo 1.01, strongThreshold 0.5)',
    options: { nearIdenticalMo: 1.01, strongThreshold: 0.5 },
  },
];

/** Starts the null history in a child process; resolves with its result. */
function startNullRun(options: BenchOptions): Promise<NullResult> {
  return new Promise((resolve, reject) => {
    const child = fork(new URL('./detect/null-run.ts', import.meta.url), [JSON.stringify(options)], {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    child.once('message', (result) => resolve(result as NullResult));
    child.once('exit', (code) => code !== 0 && reject(new Error(`null run exited with ${code}`)));
  });
}

/** Generates the planted history and runs every evaluation that needs no null calibration. */
async function analysePlanted(options: BenchOptions) {
  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  const t = performance.now();
  const history = generateHistory(historyOptions(options, true));
  const generation = {
    seconds: (performance.now() - t) / 1000,
    incidents: history.incidents.length,
    sites: history.sites.length,
    rssMb: mb(process.memoryUsage().rss),
  };
  gc();
  const heapHistoryMb = mb(process.memoryUsage().heapUsed - heapBefore);
  log(
    `planted: ${history.incidents.length.toLocaleString('en-GB')} incidents, ${history.truth.waves.length} waves, in ${generation.seconds.toFixed(1)} s`,
  );

  const cpuBefore = process.cpuUsage();
  const linking = runLinking(history.incidents, {
    progress: (line) => log(`planted: ${line}`),
    gc,
    trackerSample: { from: history.plantsFrom, days: TRACKER_SAMPLE_DAYS },
    campaignOptions: options.campaignOptions,
    variants: CLUSTERING_VARIANTS,
  });
  const cpu = process.cpuUsage(cpuBefore);
  log(
    `planted: linked in ${linking.engineSeconds.toFixed(0)} s (engine), clustered in ${linking.daily.seconds.toFixed(0)} s; ${linking.campaigns.length} campaigns, ${linking.events.length} candidate evaluations`,
  );
  const quality = linkingQuality(history, linking.campaigns);
  const sensitivity = linking.variants.map((variant) => {
    const scores = linkingQuality(history, variant.campaigns);
    return {
      name: variant.name,
      pairwise: scores.pairwise,
      bcubed: scores.bcubed,
      variants: scores.variants,
      campaigns: variant.campaigns.length,
    };
  });

  const index = new HistoryIndex(history.incidents, history.sites);
  const groupOf = new Map<string, string>();
  for (const group of [...history.truth.waves, ...history.truth.regional, ...history.truth.negatives]) {
    for (const id of group.members) groupOf.set(id, group.id);
  }
  const scored = await scoreEvents(index, linking.events, groupOf, {
    from: history.plantsFrom,
    replications: 999,
    workers: 0,
    progress: (line) => log(`planted: ${line}`),
  });
  log(`planted: ${scored.length} candidate evaluations scored`);
  const regional = await scanPlantedRegional(index, history.sites, history.truth.regional, {
    replications: 999,
    workers: 0,
  });
  const forecast = evaluateForecast(index, history.sites, history.plantsFrom, history.to);
  // the risk during waves: campaign-aware against the naive rankings (issue 15.4)
  const waveRisk = evaluateWaveRisk(index, history.sites, history.truth.waves);
  log('planted: regional scans and forecast done');
  // probable members through the product's function, and the count-only GLR's nightly statistic
  const proposals = proposeProbableMembers(index, history.sites, linking.campaigns);
  const probable = scoreProbable(history, linking.campaigns, proposals);
  const glr = countGlr(index, history.plantsFrom, history.to);
  log(`planted: ${proposals.length} probable members proposed; count-only GLR computed`);
  return {
    history,
    index,
    generation,
    scored,
    regional,
    forecast,
    waveRisk,
    quality,
    sensitivity,
    events: linking.events,
    probable,
    glr,
    linking: {
      ...linking,
      campaigns: linking.campaigns.length,
      events: linking.events.length,
      variants: undefined,
      cpuSecondsPerAdd: (cpu.user + cpu.system) / 1e6 / linking.adds,
      heapHistoryMb,
    },
  };
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const started = performance.now();
  const loadBefore = loadavg();
  // the twin of the planted history, then plant-free histories of the next seeds (calibration pooled over them)
  const seeds = Array.from({ length: options.nullSeeds }, (_, i) => options.seed + i);
  const nullRuns = seeds.map((seed, i) => startNullRun(i === 0 ? options : { ...options, seed, regionalNullDays: 0 }));
  if (options.sequential) await Promise.all(nullRuns);
  const planted = await analysePlanted(options);
  const { history, index } = planted;
  log('planted: waiting for the null history');
  const nullResults = await Promise.all(nullRuns);
  const nullResult = nullResults[0];
  const calibration = calibrate(history, planted.scored, planted.regional, nullResults, options.recurrenceYears);
  // the count-only GLR at the same budget, calibrated on the same pooled null years; each seed held out
  const glrNulls = nullResults.map((run) => ({ series: run.glr, years: run.yearsEvaluated }));
  const h = calibrateGlr(glrNulls, CALIBRATION_TARGET);
  const glrHeldOut = nullResults.map((run, i) => {
    const heldH =
      nullResults.length > 1
        ? calibrateGlr(
            glrNulls.filter((_, j) => j !== i),
            CALIBRATION_TARGET,
          )
        : h;
    return { seed: run.seed, h: heldH, perYear: glrAlarmStarts(run.glr, heldH).length / run.yearsEvaluated };
  });
  const operatingRule = { pAlarm: 1 / (calibration.waves.evaluationsPerYear * calibration.waves.operatingYears) };
  const longWaves = {
    ...assessLongWaves(history.truth.waves, planted.scored, operatingRule, planted.glr, h),
    glrHeldOut,
  };
  const nullProbables = nullResults.map((run) => ({ seed: run.seed, ...run.probable }));

  log('timing p-values on 2 threads and the nightly refit');
  const latency = await pValueLatency(index, planted.events, history.plantsFrom, options.latencySamples, 2);
  const refit = nightlyRefit(index, history.sites, history.from, history.to);
  await closeWorkerPool();
  const memory = process.memoryUsage();
  const results: DetectResults = {
    date: new Date().toISOString(),
    machine: {
      nproc: cpus().length,
      cpu: cpus()[0]?.model ?? '',
      node: process.version,
      memoryGb: totalmem() / 2 ** 30,
      loadBefore,
      loadAfter: loadavg(),
    },
    options,
    generation: planted.generation,
    truth: {
      waves: history.truth.waves.length,
      regional: history.truth.regional.length,
      negatives: Object.fromEntries(
        ['coincidence', 'single_site_burst', 'copycat', 'holiday_surge'].map((kind) => [
          kind,
          history.truth.negatives.filter((group) => group.kind === kind).length,
        ]),
      ),
    },
    linking: planted.linking,
    quality: planted.quality,
    sensitivity: planted.sensitivity,
    waves: { ...calibration.waves, scan: scanLatency(planted.scored) },
    longWaves,
    probable: { planted: planted.probable, null: nullProbables },
    nullRun: {
      ...nullResult,
      scored: undefined,
      regional: undefined,
      glr: undefined,
      scoredCount: nullResult.scored.length,
      uniformity: calibration.uniformity,
      pLevels: calibration.pLevels,
      alarmsAtLoosestThreshold: calibration.nullAlarmEvents,
    },
    regional: calibration.regional,
    runtimeDefaults: calibration.runtimeDefaults,
    forecast: planted.forecast,
    latency,
    refit,
    memory: {
      rssPeakMb: Math.max(planted.linking.rssPeakMb, mb(memory.rss)),
      rssEndMb: mb(memory.rss),
      nullRssPeakMb: nullResult.linking.rssPeakMb,
    },
    seconds: (performance.now() - started) / 1000,
  };
  const report =
    `${renderReport(results)}\n${renderLongWaves(longWaves, `held out (h chosen on the other seeds), its null alarms a year: ${glrHeldOut.map((row) => `seed ${row.seed} ${row.perYear.toFixed(2)} at h = ${row.h}`).join(', ')}`)}\n` +
    `${renderProbable(results.probable)}\n${renderWaveRisk(planted.waveRisk)}`;
  process.stdout.write(report);
  // results go where `git status` stays clean: --out PATH, or the ignored bench/results/local/
  const suffix = `${options.seed === 1 ? '' : `-seed${options.seed}`}${options.quick ? '-quick' : ''}${Object.keys(options.campaignOptions).length ? '-what-if' : ''}`;
  const outAt = process.argv.indexOf('--out');
  const file =
    outAt > 0 && process.argv[outAt + 1]
      ? resolve(process.argv[outAt + 1])
      : fileURLToPath(new URL(`./results/local/detect-${results.date.slice(0, 10)}${suffix}.json`, import.meta.url));
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify({ ...results, waveRisk: planted.waveRisk, report }, null, 2));
  log(`wrote ${file} in ${results.seconds.toFixed(0)} s`);
}

await main();
