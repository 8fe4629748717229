import { randomUUID } from 'node:crypto';
import { classOf, EVENT_CLASSES } from '../../analysis/event-class.ts';
import { clusterCampaigns } from '../../analysis/linking/campaigns.ts';
import type { CampaignDecision } from '../../analysis/linking/campaign-types.ts';
import { LinkEngine } from '../../analysis/linking/link-engine.ts';
import { AliasTable } from '../../analysis/linking/signature-similarity.ts';
import type { AnalysisIncident, AnalysisSite, Link } from '../../analysis/types.ts';
import { fitBaseline, type Baseline, type SiteRisk } from '../../analysis/waves/index.ts';
import { forecastSiteRisk } from '../risk/site-risk.forecast.ts';
import type { Gazetteer } from '../shared/gazetteer.ts';
import type { AnalysisRepository } from '../../store/analysis.repository.ts';
import type { CampaignRepository } from '../../store/campaign.repository.ts';
import type { LinkRepository } from '../../store/link.repository.ts';
import type { WaveAlarmRow } from '../../store/schema.ts';
import { campaignRecord, sameMembers, storedAsIs } from './campaign-record.ts';
import { evaluateCampaign, scanRegional, type SignificanceOptions } from './significance.ts';
import { dismissedProbables, updateProbableMembers } from './probable.ts';

const DAY_MS = 86_400_000;
/** Campaigns are clustered again over the changed days plus this margin on each side. */
const RECLUSTER_MARGIN_DAYS = 31;
/** How much history the baselines are fitted on. */
const BASELINE_YEARS = 2;

export interface DetectionDeps {
  gazetteer: Gazetteer;
  analysis: AnalysisRepository;
  links: LinkRepository;
  campaigns: CampaignRepository;
  /** bounded multipliers of each site's risk, e.g. from the detainees it holds (core/actor/detainee.service.ts) */
  siteFactors?: (at: number) => Promise<ReadonlyMap<string, { factor: number; reasons: string[] }>>;
}

/** Who else hears of the detection's results (the alert rules hear of each wave alarm). */
export interface DetectionHooks {
  /** called with every alarm of a campaign just tested, inside the detection's batch */
  onAlarm?: (alarm: WaveAlarmRow) => Promise<void>;
  /** called after each clustering run (campaigns formed, changed, dismissed): not awaited, it must not wait for the detection */
  onCampaignsChanged?: () => void;
}

export interface DetectionStatus {
  state: 'idle' | 'loading' | 'working';
  indexed: number;
  queued: number;
  lastRun: string | null;
  baselineFittedAt: string | null;
}

/**
 * The live analysis of a Vigie: the link engine over the whole history, campaigns kept up to date
 * as incidents arrive, change or are refuted, wave tests on the campaigns that changed, and the
 * site risk model. Work runs one batch at a time, after the writes that caused it have committed.
 */
export class DetectionRuntime {
  private engine: LinkEngine;
  private aliases = new AliasTable();
  private baseline: Baseline | undefined;
  private sites: AnalysisSite[];
  private queue: Promise<void> = Promise.resolve();
  private started: Promise<void> | undefined;
  private watcher: NodeJS.Timeout | undefined;
  readonly status: DetectionStatus = { state: 'idle', indexed: 0, queued: 0, lastRun: null, baselineFittedAt: null };

  constructor(
    private readonly deps: DetectionDeps,
    private readonly options: SignificanceOptions,
    private readonly hooks: DetectionHooks = {},
  ) {
    this.engine = new LinkEngine({ aliases: this.aliases });
    this.sites = deps.gazetteer.facilities.map((f) => ({
      id: f.id,
      lat: f.lat,
      lon: f.lon,
      department: f.department_code,
      directorate: f.directorate_code,
      kind: f.kind,
    }));
  }

  /** Indexes the whole history once (links are recomputed only when none are stored yet). */
  start(): Promise<void> {
    this.started ??= this.serial(async () => {
      this.status.state = 'loading';
      for (const entry of await this.deps.links.aliases()) this.aliases.set(entry.alias, entry.canonical);
      const pending = new Set(await this.deps.analysis.pendingIds(Number.MAX_SAFE_INTEGER));
      let last = -Infinity;
      let pendingLinks: Link[] = [];
      let first = Infinity;
      for await (const page of this.deps.analysis.all()) {
        for (const incident of page) {
          // History is added oldest first, so an incident's links reach back to everything before it.
          const links = this.engine.add(incident);
          // A link is new when either end is new (an old import can link to later incidents).
          for (const link of links) if (pending.has(link.a) || pending.has(link.b)) pendingLinks.push(link);
          if (pending.has(incident.id)) first = Math.min(first, incident.start);
          last = Math.max(last, incident.start);
          this.status.indexed += 1;
        }
        if (pendingLinks.length > 0) {
          await this.deps.links.upsert(pendingLinks);
          pendingLinks = [];
        }
      }
      await this.refitBaseline(last);
      // What was written while no detection ran (an import from the command line, a crash) is processed now.
      if (pending.size > 0 && Number.isFinite(first)) {
        await this.recluster(first, last);
        await this.deps.analysis.markAnalysed([...pending]);
      }
      this.status.state = 'idle';
    });
    return this.started;
  }

  /** Fits the usual rates on the last two years (called at start and nightly). */
  async refitBaseline(now = Date.now()): Promise<void> {
    if (!Number.isFinite(now)) return;
    const from = now - BASELINE_YEARS * 365 * DAY_MS;
    const history = await this.deps.analysis.between(new Date(from), new Date(now));
    // Every class is modelled, seen or not: a history of drone drops alone must still give attacks a
    // small expected rate, not none (a scan against zero has no answer).
    this.baseline = fitBaseline(history, this.sites, { classOf, from, to: now, classes: EVENT_CLASSES });
    this.status.baselineFittedAt = new Date().toISOString();
  }

  /**
   * Processes every incident written since it was last analysed (its version moved on): called after
   * each write, and at start for what was written while no detection ran. Batches of 5,000.
   */
  catchUp(): Promise<void> {
    if (!this.started) return Promise.resolve();
    this.status.queued += 1;
    return this.serial(async () => {
      this.status.queued = Math.max(0, this.status.queued - 1);
      await this.syncAliases();
      for (;;) {
        const ids = await this.deps.analysis.pendingIds(5000);
        if (ids.length === 0) return;
        await this.process(ids);
      }
    });
  }

  /** Resolves when everything queued so far is done (tests, the CLI, shutdown). */
  idle(): Promise<void> {
    return this.serial(async () => undefined);
  }

  /**
   * Looks for incidents written elsewhere every `intervalMs` (the server): another instance on the
   * same PostgreSQL, or a command, writes without telling this process. The look is one query on a
   * partial index of the unanalysed rows.
   */
  watch(intervalMs = 5_000): void {
    if (this.watcher) return;
    this.watcher = setInterval(() => {
      void this.catchUp();
    }, intervalMs);
    this.watcher.unref();
  }

  /** Stops watching and waits for the work queued so far. */
  async stop(): Promise<void> {
    if (this.watcher) clearInterval(this.watcher);
    this.watcher = undefined;
    await this.idle();
  }

  /**
   * Applies an analyst's change to the alias table (already stored): the incidents carrying either form
   * are marked for analysis again, and the detector (this instance or another, which reads the table
   * again on its next run) links them again.
   */
  async applyAlias(alias: string, canonical: string | null): Promise<void> {
    await this.deps.analysis.markPendingBySignature([alias, ...(canonical ? [canonical] : [])]);
    await this.catchUp();
  }

  /**
   * Forgets everything indexed (this instance lost the detector lease: another did the work meanwhile);
   * the next `start` indexes the history again.
   */
  async reset(): Promise<void> {
    await this.stop();
    await this.serial(async () => {
      this.engine = new LinkEngine({ aliases: (this.aliases = new AliasTable()) });
      this.started = undefined;
      this.status.indexed = 0;
    });
  }

  /** The stored alias table into the link engine's, in place (the engine reads it on every lookup). */
  private async syncAliases(): Promise<void> {
    const stored = new Map((await this.deps.links.aliases()).map((entry) => [entry.alias, entry.canonical]));
    for (const { alias, canonical } of this.aliases.toJSON())
      if (stored.get(alias) !== canonical) this.aliases.delete(alias);
    for (const [alias, canonical] of stored)
      if (this.aliases.canonical(alias) !== canonical) this.aliases.set(alias, canonical);
  }

  /** Runs the whole detection again over [from, to): clustering, wave tests, regional scan. */
  async detect(from: number, to: number): Promise<void> {
    await this.serial(async () => {
      await this.recluster(from, to);
      if (this.baseline) await scanRegional(this.deps, this.baseline, this.sites, to, this.options);
    });
  }

  /** Per-site risk at `at` for the next `horizonHours` (core/risk/site-risk.forecast.ts). */
  async risk(at: number, horizonHours: number): Promise<SiteRisk[]> {
    return (await this.riskFor(at, [horizonHours]))[0];
  }

  /** Per-site risk at `at` for each horizon, from one read of the stores (the ranking holder stores it). */
  async riskFor(at: number, horizons: readonly number[]): Promise<SiteRisk[][]> {
    // Risk needs the usual rates, not the link index: an instance that does not detect fits them itself.
    await this.started;
    if (!this.baseline)
      await this.serial(async () => this.refitBaseline((await this.deps.analysis.latestStart()) ?? Date.now()));
    if (!this.baseline) return horizons.map(() => []);
    return forecastSiteRisk(this.deps, this.baseline, this.sites, at, horizons);
  }

  linksOf(id: string) {
    return this.engine.linksOf(id);
  }

  private serial(work: () => Promise<void>): Promise<void> {
    const next = this.queue.then(work, work);
    this.queue = next.catch((error) => {
      console.error('vigie: detection failed', error);
    });
    return next;
  }

  private async process(ids: string[]): Promise<void> {
    if (!this.started) return; // not started: start() will index everything
    this.status.state = 'working';
    const incidents = await this.deps.analysis.byIds(ids);
    let first = Infinity,
      last = -Infinity;
    // The batch's links replace what was stored for its incidents: one delete, then batched inserts
    // (per-incident statements made persistence, not linking, the cost of intake).
    const links = new Map<string, Link>();
    for (const incident of incidents) {
      for (const link of this.engine.get(incident.id) ? this.engine.update(incident) : this.engine.add(incident))
        links.set(`${link.a}|${link.b}`, link);
      first = Math.min(first, incident.start);
      last = Math.max(last, incident.start);
    }
    await this.deps.links.deleteOfMany(incidents.map((incident) => incident.id));
    await this.deps.links.upsert([...links.values()]);
    // The usual rates are fitted again once a day (the nightly refit), and whenever none exist yet.
    const fittedAt = this.status.baselineFittedAt ? Date.parse(this.status.baselineFittedAt) : 0;
    if (!this.baseline || Date.now() - fittedAt > DAY_MS)
      await this.refitBaseline((await this.deps.analysis.latestStart()) ?? last);
    if (Number.isFinite(first)) await this.recluster(first, last);
    await this.deps.analysis.markAnalysed(ids);
    this.status.state = 'idle';
    this.status.lastRun = new Date().toISOString();
  }

  /** Clusters again the campaigns of the days around [from, to] and tests those that changed. */
  private async recluster(from: number, to: number): Promise<void> {
    const windowFrom = new Date(from - RECLUSTER_MARGIN_DAYS * DAY_MS);
    const windowTo = new Date(to + RECLUSTER_MARGIN_DAYS * DAY_MS);
    const links = await this.deps.links.inWindow(windowFrom, windowTo);
    const decisions = (await this.deps.campaigns.decisions()).map((row) => row.payload as unknown as CampaignDecision);
    // a confirmed probable member may share no link with anything: the decision brings it in
    const confirmed = decisions.flatMap((decision) =>
      decision.kind === 'confirm_probable' ? [decision.incident] : [],
    );
    const ids = [...new Set([...links.flatMap((link) => [link.a, link.b]), ...confirmed])];
    const incidents: AnalysisIncident[] = [];
    for (let i = 0; i < ids.length; i += 1000)
      incidents.push(...(await this.deps.analysis.byIds(ids.slice(i, i + 1000))));
    const previousRows = await this.deps.campaigns.overlapping(windowFrom, windowTo);
    const members = await this.deps.campaigns.members(previousRows.map((row) => row.id));
    const previous = previousRows.map((row) => ({ key: row.key, members: members.get(row.id) ?? [] }));
    const campaigns = clusterCampaigns(incidents, links, { decisions, previous, aliases: this.aliases });
    const dismissed = dismissedProbables(decisions);
    const byKey = new Map(previousRows.map((row) => [row.key, row]));
    const kept = new Set<string>();
    for (const campaign of campaigns) {
      // Only campaigns lying inside the window are this run's to decide.
      if (campaign.start < windowFrom.getTime() || campaign.start >= windowTo.getTime()) continue;
      const old = byKey.get(campaign.key) ?? (await this.deps.campaigns.findByKey(campaign.key));
      const id = old?.id ?? randomUUID();
      kept.add(campaign.key);
      const record = campaignRecord(id, campaign, old?.dismissed_reason ?? null);
      const changed = !old || !sameMembers(members.get(old.id), campaign.members);
      if (!old || !storedAsIs(old, members.get(old.id), record)) await this.deps.campaigns.save(record);
      if ((changed || !old?.significance) && this.baseline)
        await evaluateCampaign(this.significanceDeps(), this.baseline, this.sites, id, campaign, this.options);
      if ((changed || !old?.significance) && this.baseline && this.hooks.onAlarm)
        for (const alarm of await this.deps.campaigns.alarmsOf(id)) await this.hooks.onAlarm(alarm);
      // an untagged act changes no campaign's members, so every campaign near the change looks again
      if (this.baseline && campaign.end + 3 * DAY_MS >= from - DAY_MS && campaign.start - DAY_MS <= to) {
        await updateProbableMembers(this.deps, this.baseline, this.sites, id, campaign, dismissed.get(campaign.key));
      }
    }
    for (const row of previousRows) {
      if (!kept.has(row.key) && row.start_at >= windowFrom && row.start_at < windowTo)
        await this.deps.campaigns.delete(row.id);
    }
    this.hooks.onCampaignsChanged?.();
  }

  /** The stores, plus the link engine's signature history for the signature burst test. */
  private significanceDeps() {
    const engine = this.engine;
    return {
      ...this.deps,
      signatures: {
        carriersBetween: (normalized: string, from: number, to: number, minScore: number) =>
          engine.carriersBetween(normalized, from, to, minScore),
        earliestStart: engine.earliestStart,
        aliases: this.aliases,
      },
    };
  }
}
