/**
 * Answers computed from incidents (a list page and its count, the map's clusters), kept per reader
 * scope until the incidents change (issue 19): the same 30-day map asked 200 times a second costs one
 * grouped scan, not 200. A request checks the store's incident revision (a sequence bumped by every
 * statement that writes what a reader sees of incidents, on whichever instance) and recomputes when it
 * moved. The revision is read once for the requests that arrive together, and kept `revisionTtlMs`
 * at most; a write made through this instance (`written`) makes the next request read it again.
 *
 * A write's statement moves the revision before its transaction commits, so an answer computed in
 * between could be kept under the new revision without the new rows. For a write made through this
 * instance, `written` (called after the commit) marks every answer begun before it as stale. For one
 * made elsewhere, an answer older than `maxAgeMs` is computed again: the request that finds it served
 * it once more while that computation runs, so a committed write shows within `maxAgeMs` plus one
 * computation.
 *
 * One computation per answer at a time (single flight): the request that finds the answer stale
 * computes it and the others wait on that computation, or, with `whileComputing: 'previous'` (the
 * map), are served the previous answer meanwhile unless they wrote since it was begun. With `update`
 * (the map), a computation brings the latest kept answer up to date instead of starting from nothing.
 */
import type { ReadScope } from '../shared/principal.ts';

interface Answer {
  revision: string;
  /** `written` calls counted when it was begun: an answer begun before a local write lacks it */
  writes: number;
  at: number;
  value: Promise<unknown>;
}

interface Entry {
  /** the latest answer computed without error */
  kept?: Answer;
  /** the computation in flight, if any */
  computing?: Answer;
}

interface RevisionRead {
  value: Promise<string>;
  writes: number;
  at: number;
  settled: boolean;
}

export interface ReadCacheOptions {
  /** the store's incident revision: any change means every kept answer is stale */
  revision: () => Promise<string>;
  /** answers kept at most (the least recently used go first) */
  maxEntries?: number;
  /** how old an answer may be before it is computed again, even if the revision did not move */
  maxAgeMs?: number;
  /**
   * how long a revision read serves later requests (default 0: only the requests that arrive while it
   * is in flight); a write through this instance always makes the next request read it again
   */
  revisionTtlMs?: number;
  now?: () => number;
}

export interface ReadCacheRequest<T = unknown> {
  /**
   * 'previous': while the answer is computed again after a change, serve the one before it (the map:
   * counts a few hundred milliseconds late), except to a reader who wrote through this instance since
   * it was begun. 'wait' (the default): wait for the new answer.
   */
  whileComputing?: 'wait' | 'previous';
  /**
   * Brings a kept answer up to date instead of computing it from nothing (the map: the incidents
   * changed since it was counted, added and taken away). Given the latest answer kept, whatever its
   * revision; it must return what `compute` would return now.
   */
  update?: (kept: T) => Promise<T>;
}

/**
 * What a scope lets its reader see, as a key: two readers of the same organisation, role rights and
 * compartments share answers; the author matters only to a reader who sees just their own RED records.
 */
export function scopeKey(scope: ReadScope): string {
  if (scope.all) return 'all';
  return JSON.stringify([
    scope.organisationId,
    [...scope.amberOwners].sort(),
    [...scope.compartments].sort(),
    scope.redOfOrganisation ? '' : scope.userId,
  ]);
}

/**
 * How long an instance's read of the incident revision serves later requests (src/context.ts): a
 * write through another instance shows within it; one through this instance at once.
 */
export const REVISION_TTL_MS = 100;

/** Readers whose latest write is remembered, at most (the oldest are forgotten first). */
const WRITERS_KEPT = 10_000;

export class IncidentReadCache {
  private readonly entries = new Map<string, Entry>();
  /** what was built from each kept answer, dropped with it */
  private readonly derived = new WeakMap<object, Map<string, unknown>>();
  private readonly maxEntries: number;
  private readonly maxAgeMs: number;
  private readonly revisionTtlMs: number;
  private readonly now: () => number;
  private revisionRead?: RevisionRead;
  /** writes made through this instance, counted */
  private writes = 0;
  /** the count of writes at each reader's latest write through this instance */
  private readonly writers = new Map<string, number>();
  /** computations begun, counted (for tests and benches): those that brought a kept answer up to date too */
  computations = 0;
  /** revision reads sent to the store, counted (for tests and benches) */
  revisionReads = 0;

  constructor(private readonly options: ReadCacheOptions) {
    this.maxEntries = options.maxEntries ?? 256;
    this.maxAgeMs = options.maxAgeMs ?? 2000;
    this.revisionTtlMs = options.revisionTtlMs ?? 0;
    this.now = options.now ?? Date.now;
  }

  /**
   * Tells the cache that incidents were written through this instance and committed, by `userId` when
   * a reader made the change: every answer begun before is stale, and the revision is read again.
   */
  written(userId?: string): void {
    this.writes += 1;
    this.revisionRead = undefined;
    if (userId === undefined) return;
    this.writers.delete(userId);
    this.writers.set(userId, this.writes);
    if (this.writers.size > WRITERS_KEPT) this.writers.delete(this.writers.keys().next().value as string);
  }

  /**
   * The answer to `question` for `scope`, computed by `compute` unless one computed at the current
   * revision is kept. Concurrent requests for the same answer share one computation.
   */
  async get<T>(
    scope: ReadScope,
    question: string,
    compute: () => Promise<T>,
    request: ReadCacheRequest<T> = {},
  ): Promise<T> {
    const revision = await this.currentRevision();
    const key = `${scopeKey(scope)}\n${question}`;
    const entry = this.entries.get(key) ?? {};
    this.entries.delete(key);
    this.entries.set(key, entry);
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);

    const current = (answer: Answer | undefined): boolean =>
      answer !== undefined && answer.revision === revision && answer.writes === this.writes;
    const { kept, computing } = entry;
    // With `update`, the kept answer is brought up to date rather than computed again.
    const { update } = request;
    const next = kept && update ? () => (kept.value as Promise<T>).then(update) : compute;
    if (kept && current(kept)) {
      // Nothing known to have changed: past its age, it is served once more while computed again.
      if (this.now() - kept.at > this.maxAgeMs && !current(computing)) {
        this.start(entry, revision, next).value.catch(() => undefined);
      }
      return kept.value as Promise<T>;
    }
    const ownChange = !kept || (this.writers.get(scope.userId) ?? 0) > kept.writes;
    if (computing && current(computing)) {
      return (request.whileComputing === 'previous' && kept && !ownChange ? kept.value : computing.value) as Promise<T>;
    }
    return this.start(entry, revision, next).value as Promise<T>;
  }

  /**
   * What `build` makes from `answer` (an object `get` returned, shared by every request it serves),
   * built once and kept as long as the answer is: the list's page presented for the API is built once
   * per revision and scope, not once per request.
   */
  derive<T>(answer: object, name: string, build: () => T): T {
    let built = this.derived.get(answer);
    if (!built) {
      built = new Map();
      this.derived.set(answer, built);
    }
    if (!built.has(name)) built.set(name, build());
    return built.get(name) as T;
  }

  /** One computation of an entry's answer; kept when it succeeds, unless a later one already was. */
  private start(entry: Entry, revision: string, compute: () => Promise<unknown>): Answer {
    this.computations += 1;
    const answer: Answer = { revision, writes: this.writes, at: this.now(), value: compute() };
    entry.computing = answer;
    answer.value.then(
      () => {
        if (entry.computing === answer) entry.computing = undefined;
        if (!entry.kept || entry.kept.writes < answer.writes || entry.kept.at <= answer.at) entry.kept = answer;
      },
      // A failed computation is not kept: the next request tries again.
      () => {
        if (entry.computing === answer) entry.computing = undefined;
      },
    );
    return answer;
  }

  /** The store's revision, read once for the requests that arrive while it is read (and `revisionTtlMs` after). */
  private currentRevision(): Promise<string> {
    const read = this.revisionRead;
    if (read && read.writes === this.writes && (!read.settled || this.now() - read.at < this.revisionTtlMs)) {
      return read.value;
    }
    this.revisionReads += 1;
    const fresh: RevisionRead = { value: this.options.revision(), writes: this.writes, at: this.now(), settled: false };
    this.revisionRead = fresh;
    fresh.value.then(
      () => {
        fresh.settled = true;
      },
      () => {
        if (this.revisionRead === fresh) this.revisionRead = undefined;
      },
    );
    return fresh.value;
  }
}
