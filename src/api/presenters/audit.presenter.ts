import { z } from '@hono/zod-openapi';
import type { ChainCheck, ChainedEvent } from '../../security/audit-chain.ts';

export const auditEventSchema = z
  .object({
    seq: z.number().int(),
    at: z.string(),
    actor_id: z.string().nullable(),
    /** the account's name, `system`, or the token's name at the time */
    actor: z.string(),
    action: z.string(),
    object_type: z.string().nullable(),
    object_id: z.string().nullable(),
    details: z
      .object({
        withheld: z
          .number()
          .int()
          .optional()
          .openapi({ description: 'how many ids the reader may not read were taken out of the event' }),
      })
      .catchall(z.unknown())
      .openapi({
        description: 'what the action carried: an object, its keys per action (the store keeps {} for none)',
      }),
    address: z.string().nullable(),
    prev_hash: z.string(),
    hash: z.string(),
  })
  .openapi('AuditEvent');

/** One event of the audit trail, chained to the one before by its hash. */
export function presentAuditEvent(event: ChainedEvent): z.infer<typeof auditEventSchema> {
  return {
    seq: event.seq,
    at: event.at,
    actor_id: event.actor_id,
    actor: event.actor,
    action: event.action,
    object_type: event.object_type,
    object_id: event.object_id,
    // appended as an object (`{}` for none) by the audit repository; the column is NOT NULL
    details: (event.details ?? {}) as z.infer<typeof auditEventSchema>['details'],
    address: event.address,
    prev_hash: event.prev_hash,
    hash: event.hash,
  };
}

export const chainCheckSchema = z
  .discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), count: z.number().int(), last_hash: z.string() }),
    z.object({ ok: z.literal(false), count: z.number().int(), broken_at: z.number().int(), reason: z.string() }),
  ])
  .openapi('AuditChainCheck');

/** The check of the whole chain: intact with its last hash, or the first broken event (snake_case on the wire). */
export function presentChainCheck(check: ChainCheck): z.infer<typeof chainCheckSchema> {
  return check.ok
    ? { ok: true, count: check.count, last_hash: check.lastHash }
    : { ok: false, count: check.count, broken_at: check.brokenAt, reason: check.reason };
}
