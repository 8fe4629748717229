/**
 * The real April-May 2025 wave (test/fixtures/replay/april-may-2025-wave.json: 40 incidents, 13 April
 * to 7 May 2025) replayed into a store with two years of synthetic background that goes on through
 * the wave, each incident entered when it becomes known (a night's act the next morning, a dated act
 * at its hour), with the live detection after each step (campaigns formed as they would have been).
 * Every morning (08:00 Paris) from the one after the wave's second facility was struck, the site risk
 * is scored: campaign-aware (what the runtime serves), the Hawkes model alone, and the naive rankings.
 * Nothing was tuned on this replay: the campaign term's parameters come from the detection bench.
 */
import { readFileSync } from 'node:fs';
import { classOf, EVENT_CLASSES } from '../../src/analysis/event-class.ts';
import type { AnalysisIncident, AnalysisSite } from '../../src/analysis/types.ts';
import { fitBaseline, Rng } from '../../src/analysis/waves/index.ts';
import type { VigieContext } from '../../src/context.ts';
import { parseReplayFile } from '../../src/core/detection/replay.ts';
import { importIncidents } from '../../src/core/incident/incident.service.ts';
import type { Caller } from '../../src/core/shared/caller.ts';
import { forecastSiteRisk } from '../../src/core/risk/site-risk.forecast.ts';
import type { CampaignPressureOptions } from '../../src/analysis/risk/campaign-pressure.ts';
import { AnalysisRepository } from '../../src/store/analysis.repository.ts';
import { scoreMornings, type Rankings, type WaveRiskResult } from '../detect/evaluate-wave-risk.ts';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
export const WAVE_FILE = new URL('../../test/fixtures/replay/april-may-2025-wave.json', import.meta.url);

type Draft = Record<string, unknown>;
const rows = (values: Draft[]) => values.map((value, index) => ({ row: index + 1, value }));
const isAttackDraft = (draft: Draft) =>
  classOf({ eventTypes: draft.event_types as string[] } as AnalysisIncident) === 'attack';

/** When a draft is known (entered) and when it happened: a night is known the morning after (07:00 Paris, before the morning's ranking). */
function timesOf(draft: Draft): { known: number; happened: number } {
  const occurred = draft.occurred as Record<string, string>;
  if (occurred.night_of)
    return {
      known: Date.parse(`${occurred.night_of}T05:00:00Z`) + DAY_MS,
      happened: Date.parse(`${occurred.night_of}T20:00:00Z`),
    };
  if (occurred.at) return { known: Date.parse(occurred.at), happened: Date.parse(occurred.at) };
  if (occurred.start)
    return { known: Date.parse(occurred.end ?? occurred.start), happened: Date.parse(occurred.start) };
  // an act known only by its week is reported at the week's end
  if (occurred.week_of)
    return { known: Date.parse(occurred.week_of) + 7 * DAY_MS, happened: Date.parse(occurred.week_of) + 3 * DAY_MS };
  return { known: Date.parse(occurred.date) + DAY_MS, happened: Date.parse(occurred.date) };
}

/** A morning's scored rankings, for the log and the report. */
export interface ReplayMorning {
  at: string;
  targets: string[];
  ranks: Record<keyof Rankings, number[]>;
  campaignReasons: number;
}

export async function replayWave(
  context: VigieContext,
  caller: Caller,
  background: Draft[],
  log: (line: string) => void,
  /** the campaign term's settings (default the runtime's), to score another rule in the same run */
  pressure?: CampaignPressureOptions & { cover?: number },
): Promise<WaveRiskResult & { days: ReplayMorning[] }> {
  const wave = parseReplayFile(JSON.parse(readFileSync(WAVE_FILE, 'utf8'))).incidents.map((draft) => ({
    draft,
    wave: true,
    ...timesOf(draft),
  }));
  const all = [...background.map((draft) => ({ draft, wave: false, ...timesOf(draft) })), ...wave].sort(
    (a, b) => a.known - b.known,
  );
  const undated = all.find((item) => !Number.isFinite(item.known) || !Number.isFinite(item.happened));
  if (undated) throw new Error(`replay: no time for ${JSON.stringify(undated.draft.occurred)}`);
  const siteOf = (draft: Draft) =>
    draft.facility ? context.gazetteer.facility(String(draft.facility))?.id : undefined;
  // the wave's attacks at a facility: each morning's targets are those of the next 72 h
  const attacks = wave
    .filter((item) => isAttackDraft(item.draft) && siteOf(item.draft))
    .sort((a, b) => a.happened - b.happened);
  const secondSite = attacks.find((item, i) =>
    attacks.slice(0, i).some((other) => siteOf(other.draft) !== siteOf(item.draft)),
  )!;
  const firstMorning = Math.ceil((secondSite.known - 6 * HOUR_MS) / DAY_MS) * DAY_MS + 6 * HOUR_MS;
  const lastMorning = Math.max(...wave.map((item) => item.happened));

  let fed = all.findIndex((item) => item.known >= firstMorning);
  await importIncidents(context.incidents, caller, rows(all.slice(0, fed).map((item) => item.draft)));
  await context.detection.start();
  await context.detection.idle();
  log(`replay: ${fed} incidents known before ${new Date(firstMorning).toISOString()} indexed`);
  const analysis = new AnalysisRepository(context.store.db, context.gazetteer);
  const sites: AnalysisSite[] = context.gazetteer.facilities.map((f) => ({
    id: f.id,
    lat: f.lat,
    lon: f.lon,
    department: f.department_code,
    directorate: f.directorate_code,
    kind: f.kind,
  }));
  const rng = new Rng(1504);
  const scored: Array<{ ranked: Rankings; targets: Set<string> }> = [];
  const days: ReplayMorning[] = [];
  for (let at = firstMorning; at <= lastMorning; at += DAY_MS) {
    const upTo = all.findIndex((item) => item.known >= at);
    const arriving = all.slice(fed, upTo < 0 ? all.length : upTo);
    fed += arriving.length;
    if (arriving.length) await importIncidents(context.incidents, caller, rows(arriving.map((item) => item.draft)));
    await context.detection.catchUp();
    await context.detection.idle();
    const campaigns = (await context.campaigns.overlapping(new Date(at - 7 * DAY_MS), new Date(at + 1))).filter(
      (row) => row.state !== 'dismissed',
    );
    const targets = new Set(
      attacks
        .filter((item) => item.happened > at && item.happened <= at + 72 * HOUR_MS)
        .map((item) => siteOf(item.draft)!),
    );
    if (targets.size === 0) continue;
    const history = await analysis.between(new Date(at - 730 * DAY_MS), new Date(at));
    const baseline = fitBaseline(history, sites, { classOf, from: at - 730 * DAY_MS, to: at, classes: EVENT_CLASSES });
    const none = { overlapping: async () => [], members: async () => new Map<string, string[]>() };
    const [hawkes] = await forecastSiteRisk({ analysis, campaigns: none }, baseline, sites, at, [72]);
    const [aware] = await forecastSiteRisk(
      { analysis, campaigns: context.campaigns },
      baseline,
      sites,
      at,
      [72],
      pressure,
    );
    const counts = (from: number) => {
      const count = new Map<string, number>();
      for (const incident of history)
        if (incident.start >= from && classOf(incident) === 'attack' && incident.siteId)
          count.set(incident.siteId, (count.get(incident.siteId) ?? 0) + 1);
      return sites
        .map((site) => ({ id: site.id, count: count.get(site.id) ?? 0, tie: rng.float() }))
        .sort((a, b) => b.count - a.count || a.tie - b.tie)
        .map((row) => row.id);
    };
    const ranked: Rankings = {
      campaignAware: aware.map((r) => r.siteId),
      hawkes: hawkes.map((r) => r.siteId),
      pastCount: counts(at - 730 * DAY_MS),
      lastWeek: counts(at - 7 * DAY_MS),
    };
    scored.push({ ranked, targets });
    const ranks = Object.fromEntries(
      Object.entries(ranked).map(([name, list]) => [name, [...targets].map((id) => list.indexOf(id) + 1)]),
    ) as ReplayMorning['ranks'];
    const day = {
      at: new Date(at).toISOString().slice(0, 16),
      targets: [...targets],
      ranks,
      campaignReasons: aware.filter((r) => r.reasons.some((x) => x.code === 'campaign')).length,
    };
    days.push(day);
    // what the ranking weighs: the 10th site's expected attacks, each target's (Hawkes alone -> with the campaigns)
    const expectedOf = (list: typeof aware, id: string) => list.find((r) => r.siteId === id)?.expected ?? 0;
    const probable = await context.campaigns.probableMemberIds(campaigns.map((row) => row.id));
    log(
      `replay ${day.at}: targets ${day.targets.map((id, i) => `${id.replace(/^fr-/, '')} #${ranks.campaignAware[i]} (Hawkes #${ranks.hawkes[i]}, past count #${ranks.pastCount[i]}, 7 days #${ranks.lastWeek[i]}; expected ${expectedOf(hawkes, id).toFixed(3)} -> ${expectedOf(aware, id).toFixed(3)})`).join(', ')}; ` +
        `10th site expects ${aware[9]?.expected.toFixed(3)}, ${aware.slice(0, 10).filter((r) => r.reasons.some((x) => x.code === 'campaign' && (x.params.traits as string[]).includes('struck'))).length} of the top 10 struck by a campaign; ${campaigns.length} active campaigns (${campaigns.map((row) => `${row.shared_signatures[0]?.text ?? row.id.slice(0, 8)}: ${row.sites.length} sites, ${probable.get(row.id)?.length ?? 0} probable members`).join(', ')}), campaign reasons at ${day.campaignReasons} sites`,
    );
  }
  return { ...scoreMornings(scored, 1), days };
}
