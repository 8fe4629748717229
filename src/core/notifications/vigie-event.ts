/**
 * The contract between what happens in Vigie (alerts, posture changes, tasks: src/core/alerts,
 * src/core/posture, src/core/tasks) and how people hear of it (the SSE stream, the notification
 * centre, webhooks, e-mail: src/core/notifications).
 *
 * Producers call `EventPublisher.publish` inside or right after the write that caused the event;
 * the notification side stores it (so nothing is lost on restart), fans it out to live streams
 * filtered by what each reader may read (the `access` fields go through `authorize` like a record),
 * and queues webhook and e-mail deliveries for the subscriptions that match.
 */
import type { Protected } from '../shared/principal.ts';

export const EVENT_TYPES = [
  'alert.opened',
  'alert.updated',
  'alert.escalated',
  'alert.resolved',
  'posture.proposed',
  'posture.changed',
  'task.opened',
  'task.updated',
  'task.overdue',
  'campaign.alarm',
  'incident.created',
  'brief.published',
  'import_job.updated',
] as const;
export type VigieEventType = (typeof EVENT_TYPES)[number];

export const SEVERITIES = ['info', 'low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface VigieEventInput {
  type: VigieEventType;
  /** the record the event is about: an alert id, a posture id, a task id ... */
  subjectId: string;
  /** who may see it: the same fields as any protected record */
  access: Protected;
  severity: Severity;
  /** one line for the notification centre and the e-mail subject, in French (the default language) */
  title: string;
  /** the same in English */
  titleEn?: string;
  /** the presented subject (never a raw row, never STAFF details): what webhooks carry */
  payload: Record<string, unknown>;
  /** users to notify directly besides subscribers (assignee, escalation level) */
  userIds?: string[];
}

export interface VigieEvent extends VigieEventInput {
  id: string;
  /** ISO date-time */
  occurredAt: string;
  /** monotonically increasing position, for SSE `Last-Event-ID` resumption */
  sequence: number;
}

/** What producers depend on; the notification service implements it. */
export interface EventPublisher {
  publish(event: VigieEventInput): Promise<VigieEvent>;
}
