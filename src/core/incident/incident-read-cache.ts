/**
 * Answers computed from incidents (a list page and its count, the map's clusters), kept per reader
 * scope until the incidents change (issue 19): the same 30-day map asked 200 times a second costs one
 * grouped scan, not 200. A request checks the store's incident revision (one read of a sequence,
 * bumped by every statement that writes incidents, on whichever instance) and recomputes when it moved.
 *
 * A write's statement moves the revision before its transaction commits, so an answer computed in
 * between could be kept under the new revision without the new rows: no answer is kept longer than
 * `maxAgeMs`, which bounds how late a committed write can show.
 */
import type { ReadScope } from '../shared/principal.ts';

interface Entry {
  revision: string;
  at: number;
  value: Promise<unknown>;
}

export interface ReadCacheOptions {
  /** the store's incident revision: any change means every kept answer is stale */
  revision: () => Promise<string>;
  /** answers kept at most (the least recently used go first) */
  maxEntries?: number;
  /** how long an answer may be served at most, even if the revision did not move */
  maxAgeMs?: number;
  now?: () => number;
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

export class IncidentReadCache {
  private readonly entries = new Map<string, Entry>();
  /** what was built from each kept answer, dropped with it */
  private readonly derived = new WeakMap<object, Map<string, unknown>>();
  private readonly maxEntries: number;
  private readonly maxAgeMs: number;
  private readonly now: () => number;

  constructor(private readonly options: ReadCacheOptions) {
    this.maxEntries = options.maxEntries ?? 256;
    this.maxAgeMs = options.maxAgeMs ?? 2000;
    this.now = options.now ?? Date.now;
  }

  /**
   * The answer to `question` for `scope`, computed by `compute` unless one computed at the current
   * revision is kept. Concurrent requests for the same answer share one computation.
   */
  async get<T>(scope: ReadScope, question: string, compute: () => Promise<T>): Promise<T> {
    const revision = await this.options.revision();
    const key = `${scopeKey(scope)}\n${question}`;
    const kept = this.entries.get(key);
    const now = this.now();
    if (kept && kept.revision === revision && now - kept.at <= this.maxAgeMs) {
      this.entries.delete(key);
      this.entries.set(key, kept);
      return kept.value as Promise<T>;
    }
    const value = compute();
    this.entries.delete(key);
    this.entries.set(key, { revision, at: now, value });
    // A failed computation is not kept: the next request tries again.
    value.catch(() => {
      if (this.entries.get(key)?.value === value) this.entries.delete(key);
    });
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
    return value;
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
}
