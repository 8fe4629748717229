/**
 * Intake and linking: the history streamed in time order through LinkEngine.add (latency of each
 * add, throughput, memory), campaigns re-clustered once a simulated day (daily-campaigns.ts), and
 * the incremental CampaignTracker timed on a sample period.
 *
 * Links kept for clustering: those with at least one signed end. Campaign cores only form from
 * same-signature (or shared-actor) links, and weak members only attach through a link to a core
 * member, so a link between two unsigned incidents can never change a campaign (there are no
 * actors or analyst decisions in the synthetic data): the filter is lossless. Every link the engine
 * returns is still built, counted and timed.
 */
import { CampaignTracker } from '../../src/analysis/linking/campaign-tracker.ts';
import type { CampaignOptions } from '../../src/analysis/linking/campaign-types.ts';
import { LinkEngine } from '../../src/analysis/linking/link-engine.ts';
import type { AnalysisIncident, Link } from '../../src/analysis/types.ts';
import { DailyCampaigns, type CandidateEvent, type FoundCampaign } from './daily-campaigns.ts';
import { percentile } from './metrics.ts';

export type { CandidateEvent, FoundCampaign } from './daily-campaigns.ts';

const DAY_MS = 86_400_000;

export interface LinkingOptions {
  /** the period over which CampaignTracker.upsert is timed (it starts empty there) */
  trackerSample?: { from: number; days: number };
  progress?: (line: string) => void;
  /** a garbage collection, to measure the heap the engine holds */
  gc?: () => void;
  /** clustering options (defaults unless a what-if run sets some) */
  campaignOptions?: CampaignOptions;
  /** other clustering options whose final campaigns are also returned, for the sensitivity table */
  variants?: ReadonlyArray<{ name: string; options: CampaignOptions }>;
}

export interface TrackerSample {
  upserts: number;
  meanMs: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  /** incidents re-clustered by an upsert, on average */
  meanRegion: number;
}

export interface LinkingRun {
  adds: number;
  engineSeconds: number;
  addsPerSecond: number;
  /** adds a second by the CPU time of the adds alone (what a loaded machine does not distort) */
  addsPerCpuSecond: number;
  /** adds a second with the incremental tracker too, from the engine's mean and the tracker sample's */
  addsPerSecondWithTracker: number;
  latencyMs: { p50: number; p99: number; p999: number; max: number };
  comparisonsPerAdd: number;
  links: { total: number; perIncident: number; strong: number; kept: number };
  tracker: TrackerSample | null;
  daily: { seconds: number; largestWindow: number };
  rssPeakMb: number;
  /** heap the engine retains at the end: measured by dropping it (after collections, when `gc` is given) */
  engineHeapMb: number | null;
  held: number;
  campaigns: FoundCampaign[];
  variants: Array<{ name: string; campaigns: FoundCampaign[] }>;
  events: CandidateEvent[];
}

const mb = (bytes: number) => bytes / 2 ** 20;

const SIGNATURE_EVIDENCE = new Set(['same_signature', 'similar_signature', 'shared_actor']);

/** Drops what clustering never reads (sentences, the numbers of circumstantial evidence) to hold 10⁵ links. */
function slim(link: Link): Link {
  link.explanation = '';
  for (const evidence of link.evidence) {
    evidence.explanation = '';
    if (!SIGNATURE_EVIDENCE.has(evidence.kind)) evidence.details = {};
  }
  return link;
}

/** Times CampaignTracker.upsert over a sample period, starting empty there. */
class TrackerTiming {
  private readonly tracker = new CampaignTracker();
  private readonly times: number[] = [];
  private regions = 0;

  constructor(
    private readonly from: number,
    private readonly to: number,
  ) {}

  offer(incident: AnalysisIncident, links: readonly Link[]): void {
    if (incident.start < this.from || incident.start >= this.to) return;
    const started = performance.now();
    this.tracker.upsert(incident, links);
    this.times.push(performance.now() - started);
    this.regions += this.tracker.lastRegionSize;
  }

  summary(): TrackerSample | null {
    const times = this.times;
    if (times.length === 0) return null;
    return {
      upserts: times.length,
      meanMs: times.reduce((sum, value) => sum + value, 0) / times.length,
      p50Ms: percentile(times, 0.5),
      p99Ms: percentile(times, 0.99),
      maxMs: percentile(times, 1),
      meanRegion: this.regions / times.length,
    };
  }
}

/** Heap an object retains: measured by dropping the last reference between two collections. */
function retainedMb(gc: (() => void) | undefined, drop: () => void): number | null {
  if (!gc) return null;
  gc();
  const before = process.memoryUsage().heapUsed;
  drop();
  gc();
  return mb(before - process.memoryUsage().heapUsed);
}

/** Streams the history through the engine, the daily clustering and (on the sample) the tracker. */
export function runLinking(incidents: readonly AnalysisIncident[], options: LinkingOptions = {}): LinkingRun {
  let engine: LinkEngine | null = new LinkEngine();
  const daily = new DailyCampaigns(options.campaignOptions);
  const lookup = (id: string) => engine?.get(id);
  const sample = options.trackerSample;
  const tracker = new TrackerTiming(sample?.from ?? Infinity, sample ? sample.from + sample.days * DAY_MS : -Infinity);
  const signed = new Set(incidents.filter((incident) => incident.signatures.length > 0).map((incident) => incident.id));
  const latencies = new Float64Array(incidents.length);
  const count = { total: 0, strong: 0, kept: 0, engineMs: 0, engineCpuUs: 0 };
  let rssPeak = process.memoryUsage().rss;
  let day = incidents.length ? Math.floor(incidents[0].start / DAY_MS) : 0;
  const started = performance.now();
  for (let i = 0; i < incidents.length; i++) {
    const incident = incidents[i];
    for (const today = Math.floor(incident.start / DAY_MS); day < today; day++) daily.closeDay((day + 1) * DAY_MS);
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const links = engine.add(incident);
    latencies[i] = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    count.engineCpuUs += cpu.user + cpu.system;
    count.engineMs += latencies[i];
    count.total += links.length;
    const useful: Link[] = [];
    for (const link of links) {
      if (link.score >= 0.5) count.strong++;
      if (signed.has(link.a) || signed.has(link.b)) useful.push(slim(link));
    }
    count.kept += useful.length;
    daily.add(incident, useful, lookup);
    tracker.offer(incident, useful);
    if (i % 20_000 === 0) rssPeak = Math.max(rssPeak, process.memoryUsage().rss);
    if (i % 100_000 === 0 && i > 0) {
      options.progress?.(
        `linked ${i.toLocaleString('en-GB')} in ${((performance.now() - started) / 1000).toFixed(0)} s, rss ${mb(process.memoryUsage().rss).toFixed(0)} MB`,
      );
    }
  }
  daily.closeDay((day + 1) * DAY_MS);
  rssPeak = Math.max(rssPeak, process.memoryUsage().rss);
  const { size: held, comparisons } = engine;
  const engineHeapMb = retainedMb(options.gc, () => (engine = null));
  const trackerSample = tracker.summary();
  const adds = Math.max(incidents.length, 1);
  const engineMeanMs = count.engineMs / adds;
  return {
    adds: incidents.length,
    engineSeconds: count.engineMs / 1000,
    addsPerSecond: 1000 / engineMeanMs,
    addsPerCpuSecond: adds / (count.engineCpuUs / 1e6),
    addsPerSecondWithTracker: trackerSample ? 1000 / (engineMeanMs + trackerSample.meanMs) : Number.NaN,
    latencyMs: {
      p50: percentile(latencies, 0.5),
      p99: percentile(latencies, 0.99),
      p999: percentile(latencies, 0.999),
      max: percentile(latencies, 1),
    },
    comparisonsPerAdd: comparisons / adds,
    links: { total: count.total, perIncident: count.total / adds, strong: count.strong, kept: count.kept },
    tracker: trackerSample,
    daily: { seconds: daily.seconds, largestWindow: daily.largestWindow },
    rssPeakMb: mb(rssPeak),
    engineHeapMb,
    held,
    campaigns: daily.campaigns(),
    variants: (options.variants ?? []).map((variant) => ({
      name: variant.name,
      campaigns: daily.campaigns(variant.options),
    })),
    events: daily.events,
  };
}
