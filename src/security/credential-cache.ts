/**
 * What a credential stood for, kept per instance for a short while (issue 19): checking an API token was
 * three queries on every request (the token, its account, the organisations sharing with it), most of a
 * signed-in request's cost. An entry is served for at most `ttlMs`, so a revoked token, a disabled
 * account or a changed role or share takes effect within that while on every instance, however it was
 * changed (through Vigie or in the database); a change made through this instance's identity repository
 * clears the entries at once (`forgetAll`).
 */

/** How long an API token's principal is kept per instance, unless VIGIE_TOKEN_CACHE_MS says otherwise (0: not kept). */
export const TOKEN_CACHE_MS = 5_000;

export interface CredentialCacheOptions {
  ttlMs?: number;
  /** entries kept at most (the least recently used go first) */
  maxEntries?: number;
  now?: () => number;
}

export class CredentialCache<T> {
  private readonly entries = new Map<string, { at: number; value: T }>();
  readonly ttlMs: number;
  private readonly maxEntries: number;
  private readonly now: () => number;

  constructor(options: CredentialCacheOptions = {}) {
    this.ttlMs = options.ttlMs ?? TOKEN_CACHE_MS;
    this.maxEntries = options.maxEntries ?? 1000;
    this.now = options.now ?? Date.now;
  }

  /** The value kept for `key` less than `ttlMs` ago, or undefined. */
  get(key: string): T | undefined {
    const kept = this.entries.get(key);
    if (!kept) return undefined;
    if (this.now() - kept.at >= this.ttlMs) {
      this.entries.delete(key);
      return undefined;
    }
    this.entries.delete(key);
    this.entries.set(key, kept);
    return kept.value;
  }

  set(key: string, value: T): void {
    if (this.ttlMs <= 0) return;
    this.entries.delete(key);
    this.entries.set(key, { at: this.now(), value });
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
  }

  /** Drops every entry: an identity change made on this instance shows at the next request. */
  forgetAll(): void {
    this.entries.clear();
  }
}

/** The while from VIGIE_TOKEN_CACHE_MS (milliseconds; 0 keeps nothing), or `TOKEN_CACHE_MS`. */
export function tokenCacheMs(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.VIGIE_TOKEN_CACHE_MS;
  if (raw === undefined || raw.trim() === '') return TOKEN_CACHE_MS;
  const value = Number(raw);
  return Number.isFinite(value) && value >= 0 ? value : TOKEN_CACHE_MS;
}
