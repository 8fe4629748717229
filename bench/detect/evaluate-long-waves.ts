/**
 * The long, sparsely tagged waves (issue 15 section 7): shaped like April-May 2025 (about 15 sites
 * over 21 nights, 20 attacks, 40 % or 20 % of them tagged). For each group: the share alarmed by
 * the third site that carried the tag, within 72 h of the third site hit (tagged or not) and within
 * 28 days of the start; the delay from the first attack (median and distribution); beside the
 * count-only GLR (count-glr.ts) on the same history at the same false-alarm budget.
 */
import { isAlarm, type AlarmRule, type ScoredEvent } from './evaluate-waves.ts';
import { glrFirstAlarm, type GlrSeries } from './count-glr.ts';
import type { PlantedWave } from './generator-plants.ts';
import { median, percentile, share } from './metrics.ts';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** Delay classes of the distribution, days from the first attack. */
const DELAY_DAYS = [1, 3, 7, 14, 21, 28];

interface Detector {
  /** alarmed within 28 days of the start */
  alarmed: number;
  /** alarmed no later than the third distinct site carrying the tag (waves with 3 such sites or more) */
  byThirdTagged: number;
  /** alarmed within 72 h of the third distinct site hit */
  within72hOfThird: number;
  delayHours: { median: number; p25: number; p75: number; p90: number };
  /** alarmed waves by delay: within 1, 3, 7, 14, 21, 28 days of the first attack */
  delayDistribution: Record<string, number>;
  /** distinct sites hit before the alarm (median) */
  sitesBeforeAlarm: number;
}

function summarise(waves: readonly PlantedWave[], alarmOf: (wave: PlantedWave) => number | null): Detector {
  const delays: number[] = [];
  const sitesBefore: number[] = [];
  let alarmed = 0;
  let byThirdTagged = 0;
  let within72h = 0;
  const distribution: Record<string, number> = Object.fromEntries(DELAY_DAYS.map((days) => [`≤ ${days} d`, 0]));
  for (const wave of waves) {
    const at = alarmOf(wave);
    if (at === null || at > wave.start + 28 * DAY_MS) continue;
    alarmed++;
    const third = wave.taggedSiteTimes[2];
    if (third !== undefined && at <= third + 1) byThirdTagged++;
    if (wave.firstThreeAt !== null && at <= wave.firstThreeAt + 72 * HOUR_MS) within72h++;
    delays.push((at - wave.start) / HOUR_MS);
    sitesBefore.push(wave.siteTimes.filter((time) => time < at).length);
    const days = DELAY_DAYS.find((limit) => at - wave.start <= limit * DAY_MS);
    if (days !== undefined) distribution[`≤ ${days} d`]++;
  }
  return {
    alarmed,
    byThirdTagged,
    within72hOfThird: within72h,
    delayHours: {
      median: median(delays),
      p25: percentile(delays, 0.25),
      p75: percentile(delays, 0.75),
      p90: percentile(delays, 0.9),
    },
    delayDistribution: distribution,
    sitesBeforeAlarm: median(sitesBefore),
  };
}

/** Vigie (at its operating rule) and the count-only GLR (at h) on the long waves, by tag share. */
export function assessLongWaves(
  waves: readonly PlantedWave[],
  scored: readonly ScoredEvent[],
  rule: AlarmRule,
  glr: GlrSeries,
  h: number,
) {
  const firstAlarm = new Map<string, number>();
  for (const event of scored) {
    if (!isAlarm(event, rule)) continue;
    for (const id of event.groups) if (!firstAlarm.has(id)) firstAlarm.set(id, event.now);
  }
  const groups = [0.4, 0.2].map((tagShare) => {
    const group = waves.filter((wave) => wave.shape === 'long' && wave.id.startsWith(`wl${tagShare * 100}`));
    // the signature test's windows reach 7 days: are the first three tagged sites within them?
    const tight = group.filter(
      (wave) => wave.taggedSiteTimes.length >= 3 && wave.taggedSiteTimes[2] - wave.taggedSiteTimes[0] <= 7 * DAY_MS,
    );
    const byThird = (wave: PlantedWave) =>
      firstAlarm.has(wave.id) && firstAlarm.get(wave.id)! <= wave.taggedSiteTimes[2] + 1;
    return {
      tagShare,
      waves: group.length,
      withThreeTaggedSites: group.filter((wave) => wave.taggedSiteTimes.length >= 3).length,
      thirdTaggedWithin7Days: { waves: tight.length, byThird: tight.filter(byThird).length },
      sites: median(group.map((wave) => wave.sites.length)),
      attacks: median(group.map((wave) => wave.members.length)),
      vigie: summarise(group, (wave) => firstAlarm.get(wave.id) ?? null),
      glr: summarise(group, (wave) => glrFirstAlarm(glr, h, wave.start)),
    };
  });
  return { glrThreshold: h, groups };
}

export type LongWaveResults = ReturnType<typeof assessLongWaves>;

const fixed = (value: number, digits = 0) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');
const ratio = (part: number, whole: number) => `${part}/${whole}${whole ? ` (${share(part, whole).toFixed(2)})` : ''}`;

/** The report's section. */
export function renderLongWaves(r: LongWaveResults, heldOutGlr: string): string {
  const rows = r.groups.flatMap((g) =>
    (['vigie', 'glr'] as const).map((who) => {
      const d = g[who];
      return [
        `${Math.round(g.tagShare * 100)} % tagged (${g.waves} waves, median ${g.sites} sites, ${g.attacks} attacks)`,
        who === 'vigie' ? 'Vigie' : `count-only GLR (h = ${r.glrThreshold})`,
        who === 'vigie' ? ratio(d.byThirdTagged, g.withThreeTaggedSites) : 'n/a (no tags)',
        ratio(d.within72hOfThird, g.waves),
        ratio(d.alarmed, g.waves),
        `${fixed(d.delayHours.median)} (${fixed(d.delayHours.p25)}-${fixed(d.delayHours.p75)}, p90 ${fixed(d.delayHours.p90)})`,
        Object.entries(d.delayDistribution)
          .map(([label, n]) => `${label}: ${n}`)
          .join(', '),
        fixed(d.sitesBeforeAlarm),
      ];
    }),
  );
  return [
    '#### Long, sparsely tagged waves (shaped like April-May 2025)',
    '',
    '| Waves | Detector | Alarmed by the 3rd tagged site (of waves with 3+) | Within 72 h of the 3rd site | Within 28 days | Delay h, median (p25-p75, p90) | Delay distribution (alarmed waves) | Sites hit before the alarm (median) |',
    '|---|---|---|---|---|---|---|---|',
    ...rows.map((row) => `| ${row.join(' | ')} |`),
    '',
    `Waves whose first three tagged sites fall within 7 days (the signature test's longest window): ` +
      r.groups
        .map(
          (g) =>
            `${Math.round(g.tagShare * 100)} % tagged ${g.thirdTaggedWithin7Days.byThird}/${g.thirdTaggedWithin7Days.waves} alarmed by the 3rd tagged site`,
        )
        .join(', ') +
      '. ' +
      `The GLR's h is the smallest whose alarms on the pooled null twins stay within the same budget as Vigie's threshold; ${heldOutGlr}.`,
    '',
  ].join('\n');
}
