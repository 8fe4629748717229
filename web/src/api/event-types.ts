/**
 * The event types a webhook or an e-mail subscription can choose, and the severities, as the server
 * defines them in src/core/notifications/vigie-event.ts (test/api/webhooks.api.test.ts checks they agree).
 */
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

export const SEVERITIES = ['info', 'low', 'medium', 'high', 'critical'] as const;
