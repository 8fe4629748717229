import { authorize } from '../access/access.ts';
import type { Protected } from '../shared/principal.ts';
import type { Principal } from '../shared/principal.ts';
import { SEVERITIES, type Severity, type VigieEvent } from './vigie-event.ts';

/** What a webhook or e-mail subscription asks for. */
export interface SubscriptionFilter {
  event_types: string[];
  min_severity: string;
  enabled: boolean;
}

export function severityRank(severity: string): number {
  return SEVERITIES.indexOf(severity as Severity);
}

/** Whether an event passes a subscription's filters (type list empty: every type). */
export function matchesFilter(filter: SubscriptionFilter, event: Pick<VigieEvent, 'type' | 'severity'>): boolean {
  if (!filter.enabled) return false;
  if (filter.event_types.length > 0 && !filter.event_types.includes(event.type)) return false;
  return severityRank(event.severity) >= severityRank(filter.min_severity);
}

/**
 * The reader a subscription with no user stands for: an analyst of its organisation without
 * compartments and with no share. It receives what that organisation may pass on outside Vigie:
 * CLEAR, GREEN, its own AMBER and AMBER+STRICT, never RED (named recipients only) nor STAFF.
 */
export function organisationReader(subscriptionId: string, organisationId: string): Principal {
  return {
    userId: subscriptionId,
    username: `subscription:${subscriptionId}`,
    role: 'analyst',
    organisationId,
    compartments: [],
    sharedFrom: [],
  };
}

/** May this reader see the event? The event's access fields are read like any record's. */
export function mayReceive(reader: Principal, access: Protected): boolean {
  return authorize(reader, { kind: 'read', record: access }).allowed;
}

/** Delay before attempt `attempt + 1`, after `attempt` failures: base·2^(attempt-1), plus up to half again of jitter, at most six hours. */
export function retryDelay(attempt: number, baseMs: number, random = Math.random): number {
  const exponential = baseMs * 2 ** Math.max(0, attempt - 1);
  return Math.min(exponential * (1 + random() * 0.5), 6 * 3600_000);
}
