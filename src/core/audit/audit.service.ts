import { checkChain, type ChainCheck, type ChainedEvent } from '../../security/audit-chain.ts';
import type { AuditRepository } from '../../store/audit.repository.ts';
import { authorize } from '../access/access.ts';
import { type RecordReaders, type RecordRef, visibleRefs } from '../access/withheld-ids.ts';
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

/**
 * The newest audit events, for supervisors and administrators, with the ids of the records the reader
 * may not read withheld (issue 16, item 11); asked for such a record by id, the trail shows nothing of it.
 */
export async function recentAudit(
  audit: AuditRepository,
  readers: RecordReaders,
  caller: Caller,
  limit: number,
  beforeSeq?: number,
  filter?: { object_id?: string; actor_id?: string },
) {
  const decision = authorize(caller.principal, { kind: 'audit' });
  if (!decision.allowed) throw forbidden(decision.reason);
  const events = await audit.recent(limit, beforeSeq, filter);
  const visible = await visibleRefs(readers, caller.principal, events.flatMap(refsOf));
  return events.flatMap((event) => {
    const shown = withhold(event, visible);
    return filter?.object_id && event.object_id !== null && shown.object_id === null ? [] : [shown];
  });
}

/** Lists of ids in details name records of the type the event is about (incident.read, incident.import...). */
const ID_LISTS = ['ids', 'first_ids', 'staff_revealed'];
const typeOf = (event: ChainedEvent) => event.object_type ?? event.action.split('.')[0];
const stringsIn = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : [];

/** The records an event names: its object, the ids listed in its details, a `{ type, id }` item. */
function refsOf(event: ChainedEvent): RecordRef[] {
  const details = (event.details ?? {}) as Record<string, unknown>;
  const type = typeOf(event);
  const refs: RecordRef[] = event.object_id ? [{ type, id: event.object_id }] : [];
  for (const key of ID_LISTS) refs.push(...stringsIn(details[key]).map((id) => ({ type, id })));
  if (typeof details.type === 'string' && typeof details.id === 'string')
    refs.push({ type: details.type, id: details.id });
  return refs;
}

/** The event with the ids its reader may not see taken out, and how many were (`details.withheld`). */
function withhold(event: ChainedEvent, visible: Set<string>): ChainedEvent {
  const details = (event.details ?? {}) as Record<string, unknown>;
  const shown: Record<string, unknown> = { ...details };
  let withheld = 0;
  for (const key of ID_LISTS) {
    if (!Array.isArray(details[key])) continue;
    const kept = (details[key] as unknown[]).filter((id) => typeof id !== 'string' || visible.has(id));
    withheld += (details[key] as unknown[]).length - kept.length;
    shown[key] = kept;
  }
  if (typeof details.type === 'string' && typeof details.id === 'string' && !visible.has(details.id)) {
    shown.id = null;
    withheld += 1;
  }
  const hideObject = event.object_id !== null && !visible.has(event.object_id);
  if (hideObject) withheld += 1;
  if (withheld === 0) return event;
  return { ...event, object_id: hideObject ? null : event.object_id, details: { ...shown, withheld } };
}
