/**
 * The event types a webhook or an e-mail subscription can choose, and the severities, as the server
 * defines them in src/core/notifications/vigie-event.ts (test/api/webhooks.api.test.ts checks they agree).
 */
import type { BodyOf } from './schema.ts';

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
] as const satisfies readonly NonNullable<BodyOf<'/api/webhooks', 'post'>['event_types']>[number][];

export const SEVERITIES = ['info', 'low', 'medium', 'high', 'critical'] as const satisfies readonly NonNullable<
  BodyOf<'/api/webhooks', 'post'>['min_severity']
>[];
