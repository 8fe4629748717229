/**
 * Links a new incident against the whole history while reading only the incidents that can match:
 * those sharing a signature (or an alias of it), those carrying a similar signature (deletion
 * neighbourhood), and those close in space and time (grid buckets). Everything else is never read.
 *
 * Links are not stored: an incident's links are recomputed from the compact columns when asked
 * (`linksOf`), which costs as much as one `add` (well under 10 ms) and keeps memory to the
 * indexes; the lead persists the links that `add` and `update` return.
 */
import type { AnalysisIncident, Link } from '../types.ts';
import { IncidentColumns } from './incident-columns.ts';
import { gradeWeight } from '../source-grade.ts';
import { DAY_MS, gapHours, haversineKm } from './geo-time.ts';
import { circumstantialCeiling, closeness, isIdentifierKind, scoreLink, type LinkScoreContext } from './link-scorer.ts';
import { MoRarity } from './mo-rarity.ts';
import { SignatureIndex } from './signature-index.ts';
import type { AliasTable } from './signature-similarity.ts';
import { SpaceTimeIndex } from './space-time-index.ts';

export interface LinkEngineOptions {
  /** links scoring below this (after grade weighting) are not returned; default 0.2 */
  minScore?: number;
  /**
   * At most this many incidents are taken from one block (one signature, the space-time
   * neighbourhood), most recent (or, in space-time, nearest in time) first; default 500. A tag on
   * 100 000 incidents therefore costs at most 500 comparisons, not 100 000: the latency bound
   * holds, at the price of not linking a new incident to the oldest carriers of a very common tag.
   * The cap of a signature also shrinks with its rarity (down to a fifth for a tag on most
   * incidents): the more common the tag, the less each of its links says.
   */
  maxCandidatesPerBlock?: number;
  /**
   * incidents taken through the similar (not identical) signatures of one signature, all of them
   * together, best matches first; default 200: a similar tag is weaker evidence, and a numbered tag
   * ("bg12") may have twenty neighbours one edit away, each on thousands of incidents
   */
  maxCandidatesPerSimilar?: number;
  /** overall cap of incidents scored per lookup, which bounds the worst-case latency; default 1000 */
  maxCandidates?: number;
  /** at most this many similar signatures are followed per signature; default 20 */
  maxSimilarSignatures?: number;
  /** space_time evidence and neighbours within this distance; default 150 km */
  spaceKm?: number;
  /** space_time evidence and neighbours within this gap; default 72 h */
  timeHours?: number;
  /** grid cell of the space-time buckets, degrees; default 0.5 */
  cellDegrees?: number;
  /** analysts' alias table; read on every lookup, so edits apply at once */
  aliases?: AliasTable;
  /**
   * a signature's chance carriers are counted within this many days either side of the incident
   * being linked (the campaign window); default 10
   */
  chanceWindowDays?: number;
  /** the history is taken to span at least this many days when rates are estimated; default 365 */
  minHistoryDays?: number;
}

/** Above this many carriers a tag is common whatever its recent carriers: not worth counting them. */
const COUNT_NEAR_UP_TO = 5000;

/** Actors share the signature index under keys no normalised signature can take (it has no ':'). */
const actorKey = (actor: string) => `@actor:${actor}`;

/** Best first; ties in a fixed order so results do not depend on insertion order. */
function byScoreThenIds(x: Link, y: Link): number {
  if (x.score !== y.score) return y.score - x.score;
  if (x.a !== y.a) return x.a < y.a ? -1 : 1;
  return x.b < y.b ? -1 : x.b > y.b ? 1 : 0;
}

/**
 * Incremental linking over a compact in-memory history: `add` links a new incident to the held ones
 * through the blocking indexes only (`lastCandidateCount` says how many were scored).
 */
export class LinkEngine {
  private readonly columns = new IncidentColumns();
  private readonly signatures = new SignatureIndex();
  /** the attacks held, by class: how much a shared MO says */
  readonly moRarity = new MoRarity();
  private readonly places: SpaceTimeIndex;
  private readonly context: LinkScoreContext;
  private readonly perBlock: number;
  private readonly perSimilar: number;
  private readonly maxCandidates: number;
  private readonly maxSimilar: number;
  private readonly spaceKm: number;
  private readonly timeHours: number;
  private seen = new Uint32Array(1024);
  private stamp = 0;
  private earliest = Infinity;
  private latest = -Infinity;
  /** the time chance carriers are counted around, and their memo for it */
  private chanceTime = 0;
  private readonly chanceMemo = new Map<string, number>();
  /** incidents blocking let through in the last lookup (add, update or linksOf) */
  lastCandidateCount = 0;
  /** of those, incidents fully scored (the others could not reach the minimum score) */
  lastScoredCount = 0;
  /** incidents fully scored since the engine was made, for benchmarks */
  comparisons = 0;

  constructor(private readonly options: LinkEngineOptions = {}) {
    this.perBlock = options.maxCandidatesPerBlock ?? 500;
    this.perSimilar = options.maxCandidatesPerSimilar ?? 200;
    this.maxCandidates = options.maxCandidates ?? 1000;
    this.maxSimilar = options.maxSimilarSignatures ?? 20;
    this.spaceKm = options.spaceKm ?? 150;
    this.timeHours = options.timeHours ?? 72;
    this.places = new SpaceTimeIndex({ cellDegrees: options.cellDegrees });
    const signatures = this.signatures;
    this.context = {
      idf: (normalized) => signatures.idf(normalized),
      documentFrequency: (normalized) => signatures.documentFrequency(normalized),
      get maxIdf() {
        return signatures.maxIdf();
      },
      aliases: options.aliases,
      spaceKm: this.spaceKm,
      timeHours: this.timeHours,
      minScore: options.minScore ?? 0.2,
      chanceCarriers: (normalized) => this.chanceCarriers(normalized),
      moRarity: (a, b) => this.moRarity.weight(a, b),
    };
  }

  /**
   * Carriers of a signature expected by chance within ±chanceWindowDays of the incident being
   * linked: its carriers outside that window, spread over the history's span. The wave's own
   * carriers, all inside the window, do not make its tag look common.
   */
  private chanceCarriers(normalized: string): number {
    const memo = this.chanceMemo.get(normalized);
    if (memo !== undefined) return memo;
    const windowMs = (this.options.chanceWindowDays ?? 10) * DAY_MS;
    const df = this.signatures.documentFrequency(normalized);
    let near = 0;
    if (df <= COUNT_NEAR_UP_TO) {
      this.signatures.forEachId(normalized, df, (slot) => {
        if (Math.abs(this.columns.start(slot) - this.chanceTime) <= windowMs) near++;
      });
    }
    const span = Math.max((this.options.minHistoryDays ?? 365) * DAY_MS, this.latest - this.earliest);
    const expected = ((df - near) * 2 * windowMs) / span;
    this.chanceMemo.set(normalized, expected);
    return expected;
  }

  /** The earliest start held, epoch ms (Infinity when empty). */
  get earliestStart(): number {
    return this.earliest;
  }

  /**
   * Incidents with from ≤ start < to carrying this signature, an alias of it, or a variant at
   * least `minScore` similar: the background count of a signature burst test.
   */
  carriersBetween(normalized: string, from: number, to: number, minScore: number): number {
    const keys = new Set(this.options.aliases ? this.options.aliases.variantsOf(normalized) : [normalized]);
    keys.add(normalized);
    for (const similar of this.signatures.similar(normalized))
      if (similar.similarity.score >= minScore) keys.add(similar.normalized);
    const counted = new Set<number>();
    for (const key of keys) {
      this.signatures.forEachId(key, Infinity, (slot) => {
        const start = this.columns.start(slot);
        if (start >= from && start < to) counted.add(slot);
      });
    }
    return counted.size;
  }

  /** Number of incidents held (refuted and duplicate ones are not). */
  get size(): number {
    return this.columns.size;
  }

  has(id: string): boolean {
    return this.columns.slotOf(id) !== undefined;
  }

  /** The incident as held (rebuilt from the compact columns), or undefined. */
  get(id: string): AnalysisIncident | undefined {
    const slot = this.columns.slotOf(id);
    return slot === undefined ? undefined : this.columns.get(slot);
  }

  /** The scoring context over this engine's history, to score pairs outside the engine alike. */
  get scoreContext(): LinkScoreContext {
    return this.context;
  }

  /** IDF of a normalised signature over the incidents held. */
  idf(normalized: string): number {
    return this.signatures.idf(normalized);
  }

  /**
   * Adds an incident and returns its links to incidents already held, best first. A refuted or
   * duplicate incident is not kept and links to nothing; an id already held is updated.
   */
  add(incident: AnalysisIncident): Link[] {
    if (this.has(incident.id)) return this.update(incident);
    if (incident.status === 'refuted' || incident.status === 'duplicate') return [];
    const slot = this.columns.put(incident);
    this.index(slot);
    return this.linksOfSlot(slot);
  }

  /**
   * Replaces a held incident (or adds it) and returns its links as they now stand. The caller
   * replaces the incident's stored links with these; refuting an incident removes it.
   */
  update(incident: AnalysisIncident): Link[] {
    const slot = this.columns.slotOf(incident.id);
    if (slot === undefined) return this.add(incident);
    this.unindex(slot);
    if (incident.status === 'refuted' || incident.status === 'duplicate') {
      this.columns.free(slot);
      return [];
    }
    this.columns.put(incident);
    this.index(slot);
    return this.linksOfSlot(slot);
  }

  /** Forgets an incident: it drops out of every later lookup. */
  remove(id: string): void {
    const slot = this.columns.slotOf(id);
    if (slot === undefined) return;
    this.unindex(slot);
    this.columns.free(slot);
  }

  /**
   * The links of a held incident, recomputed now (so IDF and aliases are current), best first.
   * Symmetric up to the candidate caps: with a very common tag, an old incident may not see a
   * newer one that sees it.
   */
  linksOf(id: string): Link[] {
    const slot = this.columns.slotOf(id);
    return slot === undefined ? [] : this.linksOfSlot(slot);
  }

  private linksOfSlot(slot: number): Link[] {
    const incident = this.columns.get(slot);
    this.chanceTime = incident.start;
    this.chanceMemo.clear();
    const { candidates, fromSignatures } = this.candidates(slot, incident);
    const identifiable = this.columns.hasIdentifiers(slot);
    const ownWeight = gradeWeight(incident.grade);
    const minScore = this.context.minScore ?? 0;
    const links: Link[] = [];
    let scored = 0;
    for (let i = 0; i < candidates.length; i++) {
      const other = candidates[i];
      // a space-time neighbour that cannot share a signature or actor can only link circumstantially:
      // skip it, without rebuilding it, when even that ceiling is below the minimum score
      if (i >= fromSignatures && !(identifiable && this.columns.hasIdentifiers(other))) {
        const hours = gapHours(incident.start, incident.end, this.columns.start(other), this.columns.end(other));
        const km = haversineKm(incident.lat, incident.lon, this.columns.lat(other), this.columns.lon(other));
        const weight = Math.sqrt(ownWeight * gradeWeight(this.columns.grade(other)));
        if (circumstantialCeiling(closeness(km, hours, this.context)) * weight < minScore) continue;
      }
      scored++;
      const link = scoreLink(incident, this.columns.get(other), this.context);
      if (link) links.push(link);
    }
    this.lastCandidateCount = candidates.length;
    this.lastScoredCount = scored;
    this.comparisons += scored;
    return links.sort(byScoreThenIds);
  }

  /**
   * Slots that blocking lets through for this incident, itself excluded: first those found through
   * signatures and actors (`fromSignatures` of them), then space-time neighbours.
   */
  private candidates(slot: number, incident: AnalysisIncident): { candidates: number[]; fromSignatures: number } {
    const stamp = this.nextStamp();
    const seen = this.seen;
    const result: number[] = [];
    seen[slot] = stamp;
    const take = (other: number) => {
      if (seen[other] === stamp || result.length >= this.maxCandidates) return;
      seen[other] = stamp;
      result.push(other);
    };
    const aliases = this.options.aliases;
    const done = new Set<string>();
    for (const signature of incident.signatures) {
      if (done.has(signature.normalized)) continue;
      done.add(signature.normalized);
      const forms = aliases ? aliases.variantsOf(signature.normalized) : [signature.normalized];
      for (const form of forms) this.signatures.forEachId(form, this.capFor(form, this.perBlock), take);
      if (isIdentifierKind(signature.kind)) continue;
      const canonical = forms[0];
      const lookups = canonical === signature.normalized ? [canonical] : [signature.normalized, canonical];
      let budget = this.perSimilar;
      for (const lookup of lookups) {
        for (const similar of this.signatures.similar(lookup).slice(0, this.maxSimilar)) {
          if (budget <= 0) break;
          const cap = Math.min(budget, this.capFor(similar.normalized, this.perSimilar));
          this.signatures.forEachId(similar.normalized, cap, take);
          budget -= Math.min(cap, this.signatures.documentFrequency(similar.normalized));
        }
      }
    }
    for (const actor of incident.actorIds ?? []) this.signatures.forEachId(actorKey(actor), this.perBlock, take);
    const fromSignatures = result.length;
    const { lat, lon, start, end } = incident;
    for (const other of this.places.query(lat, lon, start, end, this.spaceKm, this.timeHours, this.perBlock + 1))
      take(other);
    return { candidates: result, fromSignatures };
  }

  /** The block cap of a signature, scaled by its rarity (a fifth of it at the least). */
  private capFor(normalized: string, cap: number): number {
    const rarity = this.signatures.idf(normalized) / this.signatures.maxIdf();
    return Math.max(1, Math.round(cap * Math.min(1, Math.max(0.2, rarity))));
  }

  private index(slot: number): void {
    const incident = this.columns.get(slot);
    const keys = incident.signatures.map((s) => ({ normalized: s.normalized, fuzzy: !isIdentifierKind(s.kind) }));
    for (const actor of incident.actorIds ?? []) keys.push({ normalized: actorKey(actor), fuzzy: false });
    this.signatures.add(slot, keys);
    this.places.add(slot, incident.lat, incident.lon, incident.start, incident.end);
    this.moRarity.count(incident);
    this.earliest = Math.min(this.earliest, incident.start);
    this.latest = Math.max(this.latest, incident.start);
  }

  private unindex(slot: number): void {
    const keys = this.columns.signaturesOf(slot).map((s) => s.normalized);
    for (const actor of this.columns.actorsOf(slot)) keys.push(actorKey(actor));
    this.signatures.remove(slot, keys);
    this.places.remove(slot);
    this.moRarity.count(this.columns.get(slot), -1);
  }

  private nextStamp(): number {
    if (this.seen.length < this.columns.slotCount) {
      const next = new Uint32Array(Math.max(this.columns.slotCount, this.seen.length * 2));
      next.set(this.seen);
      this.seen = next;
    }
    this.stamp = (this.stamp + 1) >>> 0;
    if (this.stamp === 0) {
      this.seen.fill(0);
      this.stamp = 1;
    }
    return this.stamp;
  }
}
