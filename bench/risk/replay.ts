/**
 * The seeded April 2025 wave replayed night by night into a store with the live detection running
 * (campaigns formed as they would have been), the site risk scored each morning at 08:00 Paris
 * time: campaign-aware (what the runtime serves), the Hawkes model alone, and the naive rankings.
 */
import { classOf, EVENT_CLASSES } from '../../src/analysis/event-class.ts';
import type { AnalysisIncident, AnalysisSite } from '../../src/analysis/types.ts';
import { fitBaseline, Rng } from '../../src/analysis/waves/index.ts';
import type { VigieContext } from '../../src/context.ts';
import { importIncidents, type Caller } from '../../src/core/incident/incident.service.ts';
import type { IncidentDraft } from '../../src/core/incident/incident.schema.ts';
import { forecastSiteRisk } from '../../src/core/risk/site-risk.forecast.ts';
import { AnalysisRepository } from '../../src/store/analysis.repository.ts';
import { scoreMornings, type Rankings, type WaveRiskResult } from '../detect/evaluate-wave-risk.ts';

const DAY_MS = 86_400_000;
const isAttack = (incident: AnalysisIncident) => classOf(incident) === 'attack';
const rows = <T>(values: T[]) => values.map((value, index) => ({ row: index + 1, value }));

/** When a draft is known (entered) and roughly when it happened: a night is known the morning after (08:00 Paris). */
function timesOf(draft: IncidentDraft): { known: number; happened: number } {
  const occurred = draft.occurred as Record<string, string>;
  if (occurred.night_of) return { known: Date.parse(`${occurred.night_of}T06:00:00Z`) + DAY_MS, happened: Date.parse(`${occurred.night_of}T20:00:00Z`) };
  if (occurred.at) return { known: Date.parse(occurred.at), happened: Date.parse(occurred.at) };
  if (occurred.start) return { known: Date.parse(occurred.end ?? occurred.start), happened: Date.parse(occurred.start) };
  return { known: Date.parse(occurred.date) + DAY_MS, happened: Date.parse(occurred.date) };
}

/** Instants scored: every 6 hours through the wave (the seed's nights of 13 to 16 April 2025). */
const FROM = Date.parse('2025-04-13T12:00:00Z');
const TO = Date.parse('2025-04-16T12:00:00Z');
const STEP = 6 * 3_600_000;

export async function replayWave(context: VigieContext, caller: Caller, background: IncidentDraft[], wave: IncidentDraft[], log: (line: string) => void): Promise<WaveRiskResult> {
  const timed = wave.map((draft) => ({ draft, ...timesOf(draft) }));
  const before = timed.filter((item) => item.known < FROM);
  await importIncidents(context.incidents, caller, rows([...background, ...before.map((item) => item.draft)]));
  await context.detection.start();
  await context.detection.idle();
  log(`replay: ${background.length + before.length} incidents before the wave indexed`);
  const analysis = new AnalysisRepository(context.store.db, context.gazetteer);
  const sites: AnalysisSite[] = context.gazetteer.facilities.map((f) => ({ id: f.id, lat: f.lat, lon: f.lon, department: f.department_code, directorate: f.directorate_code, kind: f.kind }));
  const rng = new Rng(1504);
  const scored: Array<{ ranked: Rankings; targets: Set<string> }> = [];
  // the wave's attacks at a facility, by when they happened: each instant's targets are those of the next 72 h
  const attacks = timed.filter((item) => item.happened >= FROM - DAY_MS && item.draft.facility && isAttack({ eventTypes: item.draft.event_types } as AnalysisIncident));
  const siteOf = (item: (typeof timed)[number]) => context.gazetteer.facility(String(item.draft.facility))?.id;
  for (let at = FROM; at <= TO; at += STEP) {
    const arriving = timed.filter((item) => item.known >= at - STEP && item.known < at && item.known >= FROM);
    if (arriving.length) await importIncidents(context.incidents, caller, rows(arriving.map((item) => item.draft)));
    await context.detection.idle();
    const struck = new Set(attacks.filter((item) => item.known < at).map(siteOf));
    const targets = new Set(attacks.filter((item) => item.happened > at && item.happened <= at + 3 * DAY_MS).map(siteOf).filter((id): id is string => id !== undefined));
    if (struck.size < 2 || targets.size === 0) continue;
    const history = await analysis.between(new Date(at - 730 * DAY_MS), new Date(at));
    const baseline = fitBaseline(history, sites, { classOf, from: at - 730 * DAY_MS, to: at, classes: EVENT_CLASSES });
    const none = { overlapping: async () => [], members: async () => new Map<string, string[]>() };
    const [hawkes] = await forecastSiteRisk({ analysis, campaigns: none }, baseline, sites, at, [72]);
    const [aware] = await forecastSiteRisk({ analysis, campaigns: context.campaigns }, baseline, sites, at, [72]);
    const counts = (from: number) => {
      const count = new Map<string, number>();
      for (const incident of history) if (incident.start >= from && isAttack(incident) && incident.siteId) count.set(incident.siteId, (count.get(incident.siteId) ?? 0) + 1);
      return sites.map((site) => ({ id: site.id, count: count.get(site.id) ?? 0, tie: rng.float() })).sort((a, b) => b.count - a.count || a.tie - b.tie).map((row) => row.id);
    };
    scored.push({ ranked: { campaignAware: aware.map((r) => r.siteId), hawkes: hawkes.map((r) => r.siteId), pastCount: counts(at - 730 * DAY_MS), lastWeek: counts(at - 7 * DAY_MS) }, targets });
    const rank = (list: string[]) => [...targets].map((id) => `${id.replace(/^fr-/, '')} #${list.indexOf(id) + 1}`).join(', ');
    log(`replay ${new Date(at).toISOString().slice(5, 16)}: targets ${rank(aware.map((r) => r.siteId))} (Hawkes alone: ${rank(hawkes.map((r) => r.siteId))}); campaign reasons at ${aware.filter((r) => r.reasons.some((x) => x.code === 'campaign')).length} sites`);
  }
  return scoreMornings(scored, 1);
}
