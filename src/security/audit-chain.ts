import { createHash } from 'node:crypto';

/** An audit event as chained: every field but the hash goes into the hash. */
export interface ChainedEvent {
  seq: number;
  at: string;
  actor_id: string | null;
  actor: string;
  action: string;
  object_type: string | null;
  object_id: string | null;
  details: unknown;
  address: string | null;
  prev_hash: string;
  hash: string;
}

export const GENESIS_HASH = '0'.repeat(64);

/** JSON with keys sorted at every level, so the same event always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

export function hashEvent(event: Omit<ChainedEvent, 'hash'>): string {
  const { seq, at, actor_id, actor, action, object_type, object_id, details, address, prev_hash } = event;
  return createHash('sha256')
    .update(canonicalJson({ seq, at, actor_id, actor, action, object_type, object_id, details, address, prev_hash }))
    .digest('hex');
}

export type ChainCheck =
  | { ok: true; count: number; lastHash: string }
  | { ok: false; count: number; brokenAt: number; reason: string };

/**
 * Checks a chain in sequence order: numbers without gaps, each event pointing at the hash of the
 * one before, each hash matching its content. Names the first broken event.
 */
export function checkChain(
  events: Iterable<ChainedEvent>,
  start: { seq: number; hash: string } = { seq: 0, hash: GENESIS_HASH },
): ChainCheck {
  let expectedSeq = start.seq + 1;
  let previous = start.hash;
  let count = 0;
  for (const event of events) {
    if (event.seq !== expectedSeq)
      return {
        ok: false,
        count,
        brokenAt: expectedSeq,
        reason: `event ${expectedSeq} is missing (found ${event.seq})`,
      };
    if (event.prev_hash !== previous)
      return {
        ok: false,
        count,
        brokenAt: event.seq,
        reason: `event ${event.seq} does not point at the hash of event ${event.seq - 1}`,
      };
    if (hashEvent(event) !== event.hash)
      return {
        ok: false,
        count,
        brokenAt: event.seq,
        reason: `event ${event.seq} was changed after it was written (its hash does not match its content)`,
      };
    previous = event.hash;
    expectedSeq += 1;
    count += 1;
  }
  return { ok: true, count, lastHash: previous };
}
