/** The bench's results, and the markdown report made from them. */
import type { LinkingRun } from './evaluate-linking.ts';
import type { evaluateForecast } from './evaluate-forecast.ts';
import type { calibrate } from './calibration.ts';
import type { regionalAtThreshold } from './evaluate-regional.ts';
import type { nightlyRefit, pValueLatency } from './evaluate-timing.ts';
import type { scanLatency } from './evaluate-waves.ts';
import type { linkingQuality } from './linking-quality.ts';
import type { uniformityTest } from './metrics.ts';
import type { NullResult } from './null-run.ts';
import type { BenchOptions } from './options.ts';
import type { LongWaveResults } from './evaluate-long-waves.ts';
import type { ProbableResults } from './evaluate-probable.ts';

type Uniformity = ReturnType<typeof uniformityTest>;

export interface DetectResults {
  date: string;
  machine: { nproc: number; cpu: string; node: string; memoryGb: number; loadBefore: number[]; loadAfter: number[] };
  options: BenchOptions;
  generation: { seconds: number; incidents: number; sites: number; rssMb: number };
  truth: { waves: number; regional: number; negatives: Record<string, number> };
  linking: Omit<LinkingRun, 'campaigns' | 'events' | 'variants'> & {
    campaigns: number;
    events: number;
    variants: undefined;
    cpuSecondsPerAdd: number;
    heapHistoryMb: number;
  };
  quality: ReturnType<typeof linkingQuality>;
  sensitivity: Array<
    Pick<ReturnType<typeof linkingQuality>, 'pairwise' | 'bcubed' | 'variants'> & { name: string; campaigns: number }
  >;
  waves: {
    evaluations: number;
    evaluationsPerYear: number;
    operatingYears: number;
    calibrated: boolean;
    calibrationTarget: number;
    thresholds: ReturnType<typeof calibrate>['waves']['thresholds'];
    nullSeeds: number[];
    pooledYears: number;
    heldOut: Array<{ seed: number; years: number; perYear: number; atOperating: number }>;
    scan: ReturnType<typeof scanLatency>;
  };
  longWaves: LongWaveResults & { glrHeldOut: Array<{ seed: number; h: number; perYear: number }> };
  probable: ProbableResults;
  nullRun: Omit<NullResult, 'scored' | 'regional' | 'glr'> & {
    scored: undefined;
    regional: undefined;
    glr: undefined;
    scoredCount: number;
    uniformity: Record<string, Uniformity>;
    pLevels: Array<{ level: number; all: number; attackOnly: number }>;
    alarmsAtLoosestThreshold: unknown[];
  };
  regional: {
    operatingYears: number;
    thresholds: Array<ReturnType<typeof regionalAtThreshold>>;
    scanMs: { p50: number; p95: number };
  };
  runtimeDefaults: ReturnType<typeof calibrate>['runtimeDefaults'];
  forecast: ReturnType<typeof evaluateForecast>;
  latency: Awaited<ReturnType<typeof pValueLatency>>;
  refit: ReturnType<typeof nightlyRefit>;
  memory: { rssPeakMb: number; rssEndMb: number; nullRssPeakMb: number };
  seconds: number;
}

const fixed = (value: number, digits = 2) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');
const int = (value: number) => (Number.isFinite(value) ? Math.round(value).toLocaleString('en-GB') : 'n/a');
const pct = (value: number) => (Number.isFinite(value) ? `${(100 * value).toFixed(1)} %` : 'n/a');
const met = (ok: boolean) => (ok ? 'met' : '**not met**');
const table = (header: string[], rows: Array<Array<string | number>>) =>
  [
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');

/** The markdown report: goals first, then each part. */
export function renderReport(r: DetectResults): string {
  const operating = r.waves.thresholds.find((row) => row.years === r.waves.operatingYears) ?? r.waves.thresholds[0];
  const regional =
    r.regional.thresholds.find((row) => row.years === r.regional.operatingYears) ?? r.regional.thresholds[0];
  const w = operating.waves;
  const fa = operating.nullAlarms;
  const systemFa = Math.max(...r.waves.heldOut.map((row) => row.perYear)) + regional.nullPerYear;
  const [long40, long20] = r.longWaves.groups;
  const p = r.probable.planted;
  const nullProposals = r.probable.null.reduce((sum, row) => sum + row.proposals, 0);
  const nullYears =
    r.probable.null.reduce((sum, row) => sum + (row.perYear > 0 ? row.proposals / row.perYear : 0), 0) ||
    r.waves.pooledYears;
  const whatIf = Object.keys(r.options.campaignOptions).length
    ? `--campaign-options '${JSON.stringify(r.options.campaignOptions)}'`
    : '';
  const flags = [r.options.quick ? '--quick' : '', r.options.sequential ? '--sequential' : '', whatIf]
    .filter(Boolean)
    .join(' ');
  const lines: string[] = [];
  lines.push(
    `Run ${r.date.slice(0, 16)}Z: \`npm run bench:detect${flags ? ` -- ${flags}` : ''}\` (seed ${r.options.seed}), ${r.machine.nproc} cores (${r.machine.cpu}), ` +
      `Node ${r.machine.node}, ${fixed(r.machine.memoryGb, 0)} GB RAM, load average ${fixed(r.machine.loadBefore[0], 1)} before and ${fixed(r.machine.loadAfter[0], 1)} after; ` +
      `${int(r.seconds)} s in all.`,
  );
  lines.push('');
  lines.push(
    `History: ${int(r.generation.incidents)} incidents at ${r.generation.sites} sites over ${r.options.years} years (generated in ${fixed(r.generation.seconds, 1)} s); ` +
      `${r.truth.waves} waves (${r.options.longWaves} long ones 40 % tagged and ${r.options.sparseWaves} 20 % tagged, and ${r.options.spreadWaves} spreading ones 40 % tagged, among them), ${r.truth.regional} regional clusters; hard negatives: ${Object.entries(
        r.truth.negatives,
      )
        .map(([kind, n]) => `${n} ${kind.replaceAll('_', ' ')}`)
        .join(', ')}. ` +
      `Null twin: ${int(r.nullRun.incidents)} incidents, same background and negatives, no plants. Operating thresholds: waves T = ${operating.years} y ` +
      `(${r.waves.calibrated ? `the smallest with at most ${r.waves.calibrationTarget} false alarms a year on the ${fixed(r.waves.pooledYears, 0)} null years of seeds ${r.waves.nullSeeds.join(', ')} pooled` : 'set by --recurrence-years'}), ` +
      `regional T = ${regional.years} y (the smallest with at most ${r.waves.calibrationTarget} null alarm days a year).`,
  );
  lines.push('');
  lines.push('#### Goals');
  lines.push('');
  lines.push(
    table(
      ['Goal', 'Target', 'Measured', ''],
      [
        [
          'Recall, waves reaching 4+ sites within 72 h, alarmed within 72 h',
          '≥ 0.95',
          `${fixed(w.fourSitesIn72h.recall)} (${w.fourSitesIn72h.alarmedIn72h}/${w.fourSitesIn72h.waves}) at T = ${operating.years} y`,
          met(w.fourSitesIn72h.recall >= 0.95),
        ],
        [
          'False alarms per simulated year (each null seed held out: T chosen on the others)',
          '≤ 1',
          `${fixed(systemFa)} at worst: waves ${r.waves.heldOut.map((row) => `seed ${row.seed} ${fixed(row.perYear)} (T = ${row.years} y)`).join(', ')}; pooled at the operating T ` +
            `${fixed(operating.pooled.perYear)} (${operating.pooled.campaigns} campaigns in ${fixed(r.waves.pooledYears, 1)} null years; nominal ${fixed(fa.nominalPerYear)}) + regional ${fixed(regional.nullPerYear)} alarm days`,
          met(systemFa <= 1),
        ],
        [
          'Alarm by the third site (alarmed waves of 3+ sites, median)',
          '≤ 3 sites hit',
          `median ${fixed(w.sitesBeforeAlarm.median, 0)}, p90 ${fixed(w.sitesBeforeAlarm.p90, 0)} sites; ${w.byThirdSite.byThird} of ${w.byThirdSite.alarmed} alarmed (${w.byThirdSite.waves} in all) by their third site`,
          met(w.sitesBeforeAlarm.median <= 3),
        ],
        [
          'Long waves 40 % tagged, alarmed by the 3rd tagged site',
          '≥ 0.9',
          `${long40.vigie.byThirdTagged}/${long40.withThreeTaggedSites} (within 72 h of the 3rd site ${long40.vigie.within72hOfThird}/${long40.waves}; median delay ${fixed(long40.vigie.delayHours.median, 0)} h)`,
          met(long40.vigie.byThirdTagged >= 0.9 * long40.withThreeTaggedSites),
        ],
        [
          'Long waves 20 % tagged, better than a count-only GLR at the same budget',
          '> GLR',
          `Vigie ${long20.vigie.alarmed}/${long20.waves} within 28 days (${long20.vigie.within72hOfThird} within 72 h of the 3rd site), GLR ${long20.glr.alarmed}/${long20.waves} (${long20.glr.within72hOfThird})`,
          met(
            long20.vigie.alarmed > long20.glr.alarmed ||
              (long20.vigie.alarmed === long20.glr.alarmed &&
                long20.vigie.delayHours.median < long20.glr.delayHours.median),
          ),
        ],
        [
          'Untagged wave members left out by clustering, proposed as probable members',
          'recall ≥ 0.6, precision ≥ 0.8',
          `recall ${fixed(p.recall)}, precision ${fixed(p.precision)} (${p.correct}/${p.proposals}); null twins ${fixed(nullProposals / nullYears, 1)} false a year`,
          met(p.recall >= 0.6 && p.precision >= 0.8),
        ],
        [
          'Link latency, 99th percentile',
          '< 10 ms',
          `${fixed(r.linking.latencyMs.p99)} ms (p50 ${fixed(r.linking.latencyMs.p50, 3)}, p99.9 ${fixed(r.linking.latencyMs.p999, 1)}, max ${fixed(r.linking.latencyMs.max, 0)})`,
          met(r.linking.latencyMs.p99 < 10),
        ],
        [
          'Sustained intake with persistence',
          '5,000 /s',
          `LinkEngine alone ${int(r.linking.addsPerSecond)} /s wall clock (${int(r.linking.addsPerCpuSecond)} /s by CPU time); with the incremental CampaignTracker ${int(r.linking.addsPerSecondWithTracker)} /s; in memory, persistence not included (see Ingest)`,
          r.linking.addsPerSecondWithTracker >= 5000 ? 'in-memory part met' : '**not met** (in memory already)',
        ],
        [
          'Candidate p-value, 95th percentile (R = 999, 2 threads, no early stop)',
          '< 3 s',
          `${fixed(r.latency.p95Ms / 1000)} s (p50 ${fixed(r.latency.p50Ms / 1000)} s, up to ${r.latency.maxSites} sites)`,
          met(r.latency.p95Ms < 3000),
        ],
        [
          'Nightly refit (baseline + excitation, whole history)',
          '< 60 s',
          `${fixed(r.refit.totalSeconds, 1)} s`,
          met(r.refit.totalSeconds < 60),
        ],
        [
          'Memory (1,000,000 incidents of history)',
          '< 1 GB',
          `LinkEngine retains ${int(r.linking.engineHeapMb ?? Number.NaN)} MB for ${int(r.linking.held)} incidents; the bench process peaks at ${int(r.memory.rssPeakMb)} MB RSS ` +
            `(${int(r.linking.rssPeakMb)} MB while linking), holding its own array of the incidents (≈ ${int(r.linking.heapHistoryMb)} MB of heap), the links kept for clustering, ` +
            'the candidates and two Monte Carlo threads',
          (r.linking.engineHeapMb ?? Infinity) < 1024
            ? 'met for the engine; the server process is not measured here'
            : '**not met**',
        ],
      ],
    ),
  );
  lines.push('');
  const d = r.runtimeDefaults;
  lines.push(
    `With the detection runtime's defaults instead (alarm at a recurrence of ${d.years} year(s) computed with E = ${int(d.evaluationsPerYear)} evaluations a year ` +
      `(the counted rate, never below the runtime's floor), i.e. p ≤ ${d.pAlarm.toExponential(1)}, multi-site rule): recall ${fixed(d.waves.fourSitesIn72h.recall)} (${d.waves.fourSitesIn72h.alarmedIn72h}/${d.waves.fourSitesIn72h.waves}), ` +
      `median delay ${fixed(d.waves.delayHours.median, 0)} h, ${fixed(d.waves.sitesBeforeAlarm.median, 0)} sites hit before the alarm; ` +
      `null wave false alarms ${fixed(d.nullAlarms.perYear, 1)} a year; regional clusters found ${d.regional.detected}/${d.regional.clusters}, ` +
      `null regional alarm days ${fixed(d.regional.nullPerYear, 1)} a year (${d.regional.nullAlarmDays}/${d.regional.nullDays} sampled days).`,
  );
  lines.push('');
  lines.push(...linkingSection(r), '', ...wavesSection(r), '', ...otherSections(r));
  return `${lines.join('\n')}\n`;
}

function linkingSection(r: DetectResults): string[] {
  const l = r.linking;
  const q = r.quality;
  return [
    '#### Linking and campaigns',
    '',
    `${int(l.adds)} adds in time order: engine ${int(l.addsPerSecond)} /s (${fixed(l.cpuSecondsPerAdd * 1e6, 0)} µs of CPU an add, daily clustering included), latency p50 ${fixed(l.latencyMs.p50, 3)} ms, ` +
      `p99 ${fixed(l.latencyMs.p99)} ms, p99.9 ${fixed(l.latencyMs.p999)} ms, max ${fixed(l.latencyMs.max, 0)} ms; ${fixed(l.comparisonsPerAdd, 0)} incidents scored an add; ` +
      `${int(l.links.total)} links returned (${fixed(l.links.perIncident, 1)} an incident, ${int(l.links.strong)} of 0.5 or more), ${int(l.links.kept)} with a signed end kept for the tracker; ` +
      `${int(l.campaigns)} campaigns, ${int(l.events)} candidate evaluations. Daily clustering of the last 60 days (up to ${int(l.daily.largestWindow)} incidents): ${fixed(l.daily.seconds, 0)} s in all. ` +
      (l.tracker
        ? `Incremental CampaignTracker.upsert over 30 days (${int(l.tracker.upserts)} upserts, from empty): mean ${fixed(l.tracker.meanMs, 2)} ms, p50 ${fixed(l.tracker.p50Ms, 3)} ms, ` +
          `p99 ${fixed(l.tracker.p99Ms, 1)} ms, max ${fixed(l.tracker.maxMs, 0)} ms, ${fixed(l.tracker.meanRegion, 0)} incidents re-clustered an upsert on average.`
        : ''),
    '',
    table(
      ['Clustering vs planted waves', 'Precision', 'Recall', 'F1'],
      [
        ['Pairwise', fixed(q.pairwise.precision, 3), fixed(q.pairwise.recall, 3), fixed(q.pairwise.f1, 3)],
        [
          `B-cubed (${int(q.bcubed.incidents)} incidents in a wave or a campaign)`,
          fixed(q.bcubed.precision, 3),
          fixed(q.bcubed.recall, 3),
          fixed(q.bcubed.f1, 3),
        ],
      ],
    ),
    '',
    'Sensitivity of the final clustering to CampaignOptions (same links; linking quality only):',
    '',
    table(
      ['Clustering', 'Campaigns', 'Pairwise P / R / F1', 'B-cubed P / R / F1', 'Untagged wave members captured'],
      [
        { name: 'as run', campaigns: l.campaigns, pairwise: q.pairwise, bcubed: q.bcubed, variants: q.variants },
        ...r.sensitivity,
      ].map((row) => [
        row.name,
        int(row.campaigns),
        `${fixed(row.pairwise.precision, 3)} / ${fixed(row.pairwise.recall, 3)} / ${fixed(row.pairwise.f1, 3)}`,
        `${fixed(row.bcubed.precision, 3)} / ${fixed(row.bcubed.recall, 3)} / ${fixed(row.bcubed.f1, 3)}`,
        pct(row.variants.absent.share),
      ]),
    ),
    '',
    `Waves with a campaign: ${q.wavesFound}/${q.waves} (${q.wavesWhole} whole). Members in their wave's main campaign, by how the tag was written: ` +
      Object.entries(q.variants)
        .map(([variant, row]) => `${variant.replace('_', ' ')} ${pct(row.share)} (${row.captured}/${row.members})`)
        .join(', ') +
      '. ' +
      `The ${q.waveCampaigns.campaigns} wave campaigns hold ${q.waveCampaigns.members} members, of which outsiders: ` +
      (Object.entries(q.waveCampaigns.intruders)
        .map(([origin, n]) => `${n} ${origin}`)
        .join(', ') || 'none') +
      '. ' +
      `Other campaigns (no wave): ${q.otherCampaigns.campaigns}, ${q.otherCampaigns.members} members.`,
  ];
}

function wavesSection(r: DetectResults): string[] {
  const rows = r.waves.thresholds.map(({ years, waves: w, nullAlarms: n, pooled }) => [
    `${years} y${years === r.waves.operatingYears ? ' (operating)' : ''}`,
    w.threshold.pAlarm.toExponential(1),
    fixed(w.fourSitesIn72h.recall),
    `${pct(w.byThirdSite.shareOfAlarmed)} / ${pct(w.byThirdSite.shareOfAll)}`,
    `${fixed(w.delayHours.median, 0)} / ${fixed(w.delayHours.p90, 0)}`,
    `${fixed(w.membersBeforeAlarm.median, 0)} / ${fixed(w.membersBeforeAlarm.p90, 0)}`,
    `${fixed(pooled.perYear)} (${pooled.perSeed.map((row) => fixed(row.perYear)).join(' / ')}; nominal ${fixed(n.nominalPerYear, 3)})`,
    fixed(w.otherAlarms.perYear),
  ]);
  const operating = r.waves.thresholds.find((row) => row.years === r.waves.operatingYears)!;
  const u = r.nullRun.uniformity;
  return [
    '#### Waves (prospective Poisson scan of each campaign)',
    '',
    `${int(r.waves.evaluations)} candidate evaluations on the planted history; E = ${int(r.waves.evaluationsPerYear)} evaluations a year measured on the null histories ` +
      `(${fixed(r.waves.pooledYears, 1)} null years of seeds ${r.waves.nullSeeds.join(', ')}; the twin alone ${int(r.nullRun.scoredCount)} in ${fixed(r.nullRun.yearsEvaluated, 1)} years). Figures below are the fast waves' (the long ones have a section of their own). Alarm: recurrence ≥ T years, i.e. p ≤ 1/(E·T), best subset of 2 sites or more, ` +
      `none holding more than half of its incidents. Scans as run (R = 999, early stop, one thread): p50 ${fixed(r.waves.scan.p50, 1)} ms, p95 ${fixed(r.waves.scan.p95, 1)} ms.`,
    '',
    table(
      [
        'T',
        'p threshold',
        'Recall 4+ sites / 72 h',
        'By 3rd site (of alarmed / of all 3+-site waves)',
        'Delay h (median / p90)',
        'Members before alarm (median / p90)',
        'Null false alarms a year, pooled (each seed; nominal)',
        'Planted run: alarms without a wave, a year',
      ],
      rows,
    ),
    '',
    `At the operating threshold, alarmed waves by size: ${operating.waves.bySize.map((row) => `${row.sites} sites ${row.alarmed}/${row.waves}`).join(', ')}. ` +
      `Waves reaching 4+ sites within 72 h but not alarmed by then: ${
        Object.entries(operating.waves.fourSitesIn72h.missed)
          .map(([reason, n]) => `${n} ${reason}`)
          .join(', ') || 'none'
      }. ` +
      `Alarms without a wave in the planted run, by what the campaign held: ${
        Object.entries(operating.waves.otherAlarms.byKind)
          .map(([kind, n]) => `${n} ${kind.replaceAll('_', ' ')}`)
          .join(', ') || 'none'
      }. ` +
      `Null false alarms by the candidate's classes: ${
        Object.entries(operating.nullAlarms.byClasses)
          .map(([classes, n]) => `${n} ${classes}`)
          .join(', ') || 'none'
      } ` +
      `(${operating.nullAlarms.duringSurges} within a week of a holiday surge); ` +
      `null evaluations under the p threshold refused by the multi-site rule: ${operating.nullAlarms.refusedByMultiSiteRule}.`,
    '',
    `Uniformity of null candidate p-values (Kolmogorov-Smirnov): all evaluations D = ${fixed(u.allEvaluations.distance, 3)} (n = ${u.allEvaluations.n}, p = ${fixed(u.allEvaluations.pValue, 3)}); ` +
      `last evaluation of each campaign D = ${fixed(u.lastPerCampaign.distance, 3)} (n = ${u.lastPerCampaign.n}, p = ${fixed(u.lastPerCampaign.pValue, 3)}); ` +
      `attack-only candidates D = ${fixed(u.attackOnly.distance, 3)} (n = ${u.attackOnly.n}, p = ${fixed(u.attackOnly.pValue, 3)}). ` +
      `Share of null evaluations with p ≤ α (all / attack-only): ` +
      r.nullRun.pLevels.map((row) => `α = ${row.level}: ${pct(row.all)} / ${pct(row.attackOnly)}`).join('; ') +
      '.',
  ];
}

function otherSections(r: DetectResults): string[] {
  const f = r.forecast;
  const u = r.nullRun.uniformity.regionalPrimary;
  const regionalRows = r.regional.thresholds.map((row) => [
    `${row.years} y${row.years === r.regional.operatingYears ? ' (operating)' : ''}`,
    `${row.detected}/${row.clusters}`,
    `${fixed(row.delayHours.median, 0)} / ${fixed(row.delayHours.p90, 0)}`,
    String(row.alarmsElsewhere),
    `${row.nullAlarmDays}/${row.nullDays} = ${fixed(row.nullPerYear, 1)} (${fixed(row.nominalPerYear, 3)})`,
  ]);
  return [
    '#### Regional clusters (space-time permutation scan of attacks, daily)',
    '',
    table(
      [
        'T',
        'Planted clusters found',
        'Delay h (median / p90)',
        'Alarm days elsewhere during them',
        'Null alarm days (a year; nominal)',
      ],
      regionalRows,
    ),
    '',
    `KS of the null primary cluster's p-value: D = ${fixed(u.distance, 3)} (n = ${u.n}, p = ${fixed(u.pValue, 3)}). Scan p50 ${fixed(r.regional.scanMs.p50, 0)} ms, p95 ${fixed(r.regional.scanMs.p95, 0)} ms (one thread).`,
    '',
    '#### 72-hour site forecast (attacks, top 10 of the sites every morning)',
    '',
    table(
      ['Ranking', 'Hit rate (share of the 10 attacked within 72 h)', 'Recall (share of attacked sites in the 10)'],
      [
        ['SiteRiskModel (baseline + excitation)', pct(f.model.hitRate), pct(f.model.recall)],
        ['Baseline rate alone', pct(f.baselineRate.hitRate), pct(f.baselineRate.recall)],
        ["Last week's counts", pct(f.lastWeek.hitRate), pct(f.lastWeek.recall)],
        ['Uniform (expected)', pct(f.uniform.hitRate), pct(f.uniform.recall)],
      ],
    ),
    '',
    `${f.days} mornings. Excitation fitted each year: ${f.fits.map((fit) => `α_self ${fixed(fit.alphaSelf, 3)}, α_cross ${fixed(fit.alphaCross, 3)}`).join('; ')}.`,
    '',
    '#### Timings and memory',
    '',
    `Candidate p-value on 2 threads, R = 999 without early stop, ${r.latency.samples} candidates (half the largest): p50 ${fixed(r.latency.p50Ms, 0)} ms, p95 ${fixed(r.latency.p95Ms, 0)} ms. ` +
      `Nightly refit: baseline of the last year ${fixed(r.refit.baselineLastYearSeconds, 2)} s, of the whole history ${fixed(r.refit.baselineAllSeconds, 2)} s, excitation over ${int(r.refit.events)} incidents ${fixed(r.refit.excitationAllSeconds, 1)} s. ` +
      `Memory: peak RSS ${int(r.memory.rssPeakMb)} MB for the planted run (${int(r.memory.nullRssPeakMb)} MB for the null child), ${int(r.memory.rssEndMb)} MB at the end; ` +
      `the engine holds ${int(r.linking.held)} incidents.`,
  ];
}
