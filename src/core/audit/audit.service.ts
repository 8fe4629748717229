import { checkChain, type ChainCheck, type ChainedEvent } from '../../security/audit-chain.ts';
import type { AuditRepository } from '../../store/audit.repository.ts';
import { authorize } from '../access/access.ts';
import { visibleRefs, type RecordReaders, type RecordRef } from '../access/withheld-ids.ts';
import { forbidden } from '../identity/identity.errors.ts';
import type { Caller } from '../incident/incident.service.ts';

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
      ok: false, count: checked + result.count, brokenAt: mismatch.seq ?? 0,
      reason: mismatch.seq === null
        ? `${mismatch.type} ${mismatch.label} (${mismatch.id}) has no trace in the audit trail: it was written outside Vigie`
        : `${mismatch.type} ${mismatch.label} (${mismatch.id}) was changed outside Vigie after event ${mismatch.seq}: it no longer matches the digest anchored there`,
    };
  }
  return { ...result, count: checked + result.count };
}

/**
 * The newest audit events, for supervisors and administrators, with the ids of records the reader may
 * not read withheld (issue 16, item 11); asked for one such record, the trail shows nothing of it.
 */
export async function recentAudit(audit: AuditRepository, readers: RecordReaders, caller: Caller, limit: number, beforeSeq?: number, filter?: { object_id?: string; actor_id?: string }) {
  const decision = authorize(caller.principal, { kind: 'audit' });
  if (!decision.allowed) throw forbidden(decision.reason);
  const events = await audit.recent(limit, beforeSeq, filter);
  const visible = await visibleRefs(readers, caller.principal, events.flatMap(refsOf));
  return events.flatMap((event) => {
    const withheld = withhold(event, visible);
    return filter?.object_id && withheld.object_id === null && event.object_id !== null ? [] : [withheld];
  });
}

/** Ids lists in details name records of the type the action is about (incident.read, incident.import...). */
const ID_LISTS = ['ids', 'first_ids', 'staff_revealed'];
const typeOf = (event: ChainedEvent) => event.object_type ?? event.action.split('.')[0];

function refsOf(event: ChainedEvent): RecordRef[] {
  const details = (event.details ?? {}) as Record<string, unknown>;
  const refs: RecordRef[] = event.object_id ? [{ type: typeOf(event), id: event.object_id }] : [];
  for (const key of ID_LISTS) if (Array.isArray(details[key])) refs.push(...(details[key] as unknown[]).filter((id): id is string => typeof id === 'string').map((id) => ({ type: typeOf(event), id })));
  if (typeof details.type === 'string' && typeof details.id === 'string') refs.push({ type: details.type, id: details.id });
  return refs;
}

function withhold(event: ChainedEvent, visible: Set<string>): ChainedEvent {
  const details = (event.details ?? {}) as Record<string, unknown>;
  const shown: Record<string, unknown> = { ...details };
  let withheld = 0;
  for (const key of ID_LISTS) {
    if (!Array.isArray(details[key])) continue;
    const ids = details[key] as unknown[];
    shown[key] = ids.filter((id) => typeof id !== 'string' || visible.has(id));
    withheld += ids.length - (shown[key] as unknown[]).length;
  }
  if (typeof details.type === 'string' && typeof details.id === 'string' && !visible.has(details.id)) { shown.id = null; withheld += 1; }
  const hideObject = event.object_id !== null && !visible.has(event.object_id);
  if (withheld === 0 && !hideObject) return event;
  return { ...event, object_id: hideObject ? null : event.object_id, details: { ...shown, withheld: withheld + (hideObject ? 1 : 0) } };
}
