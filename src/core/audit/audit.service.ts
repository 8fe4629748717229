import { checkChain, type ChainCheck, type ChainedEvent } from '../../security/audit-chain.ts';
import type { AuditRepository } from '../../store/audit.repository.ts';
import { authorize } from '../access/access.ts';
import { forbidden } from '../shared/errors.ts';
import type { Caller } from '../shared/caller.ts';

/** Walks the whole audit chain and names the first broken event, if any. */
export async function verifyAudit(audit: AuditRepository): Promise<ChainCheck> {
  const events: ChainedEvent[] = [];
  let result: ChainCheck = { ok: true, count: 0, lastHash: '' };
  let start = { seq: 0, hash: '0'.repeat(64) };
  let checked = 0;
  // Check page by page so a long trail is not held whole.
  for await (const event of audit.iterate()) {
    events.push(event);
    if (events.length === 1000) {
      result = checkChain(events, start);
      if (!result.ok) return { ...result, count: checked + result.count };
      checked += result.count;
      start = { seq: events[events.length - 1].seq, hash: result.lastHash };
      events.length = 0;
    }
  }
  result = checkChain(events, start);
  if (!result.ok) return { ...result, count: checked + result.count };
  // The chain is whole; do the records it speaks of still match what it anchored?
  const [mismatch] = await audit.anchorMismatches();
  if (mismatch) {
    return {
      ok: false,
      count: checked + result.count,
      brokenAt: mismatch.seq ?? 0,
      reason:
        mismatch.seq === null
          ? `${mismatch.type} ${mismatch.label} (${mismatch.id}) has no trace in the audit trail: it was written outside Vigie`
          : `${mismatch.type} ${mismatch.label} (${mismatch.id}) was changed outside Vigie after event ${mismatch.seq}: it no longer matches the digest anchored there`,
    };
  }
  return { ...result, count: checked + result.count };
}

/** `verifyAudit` for a caller allowed to read the audit trail (supervisors and administrators). */
export async function verifyAuditFor(audit: AuditRepository, caller: Caller): Promise<ChainCheck> {
  const decision = authorize(caller.principal, { kind: 'audit' });
  if (!decision.allowed) throw forbidden(decision.reason);
  return verifyAudit(audit);
}

/** The newest audit events, for supervisors and administrators. */
export async function recentAudit(
  audit: AuditRepository,
  caller: Caller,
  limit: number,
  beforeSeq?: number,
  filter?: { object_id?: string; actor_id?: string },
) {
  const decision = authorize(caller.principal, { kind: 'audit' });
  if (!decision.allowed) throw forbidden(decision.reason);
  return audit.recent(limit, beforeSeq, filter);
}
