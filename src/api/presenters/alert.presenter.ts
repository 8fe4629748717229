import { asMarking } from '../../core/shared/principal.ts';
import type { AlertDetail } from '../../core/alerts/alert.service.ts';
import { alertText } from '../../core/alerts/alert-words.ts';
import type { IncidentSummary, TaskContext } from '../../core/alerts/response-context.ts';
import type {
  AlertHistoryRow,
  AlertRow,
  AlertRuleRow,
  PlaybookRow,
  PostureRow,
  TaskCommentRow,
  TaskRow,
  WatchlistEntryRow,
} from '../../store/schema.ts';

import { z } from '@hono/zod-openapi';
import { ALERT_STATES, WATCH_KINDS } from '../../core/alerts/alert.ts';
import { SEVERITIES } from '../../core/notifications/vigie-event.ts';
import { POSTURE_LEVELS, POSTURE_SCOPES, POSTURE_STATES } from '../../core/posture/posture.ts';
import { TASK_STATES } from '../../core/tasks/task.schema.ts';
import type { Account } from '../../core/tasks/task.service.ts';
import { orNull, wordsSchema, markingSchema } from './schema-parts.ts';

const iso = (value: Date | null) => value?.toISOString() ?? null;
/** A timestamp the row always has. */
const at = (value: Date) => value.toISOString();

const severity = z.enum(SEVERITIES);
type Severity = z.infer<typeof severity>;

export const alertWordsSchema = z.object({ title: wordsSchema, explanation: wordsSchema }).openapi('AlertWords');

export const alertSchema = z
  .object({
    id: z.string(),
    rule_id: z.string(),
    kind: z.string(),
    severity,
    state: z.enum(ALERT_STATES),
    state_reason: z.string().nullable(),
    title: z.string(),
    title_en: z.string(),
    explanation: z.string(),
    /** null for alerts raised before migration 0022 */
    words: orNull(alertWordsSchema),
    assignee_id: z.string().nullable(),
    campaign_id: z.string().nullable(),
    incident_count: z.number().int(),
    sites: z.array(z.string()),
    escalation_level: z.number().int(),
    ack_due_at: z.string().datetime().nullable(),
    marking: markingSchema,
    opened_at: z.string().datetime(),
    updated_at: z.string().datetime(),
    acknowledged_at: z.string().datetime().nullable(),
    closed_at: z.string().datetime().nullable(),
    version: z.number().int(),
  })
  .openapi('Alert');
export type AlertView = z.infer<typeof alertSchema>;

export const alertHistorySchema = z
  .object({
    at: z.string().datetime(),
    actor: z.string(),
    actor_id: z.string().nullable(),
    action: z.string(),
    details: z.record(z.string(), z.unknown()),
  })
  .openapi('AlertHistoryEntry');

/** An incident behind an alert or a task, as the response screens show it. */
export const incidentSummarySchema = z
  .object({
    id: z.string(),
    site: z.string(),
    start: z.string(),
    night: z.string(),
    types: z.array(z.string()),
    targets: z.array(z.string()),
    tags: z.array(z.string()),
    grade: z.string().nullable(),
    staff: z.union([
      z.null(),
      z.literal('sealed'),
      z.object({ name: z.string().nullable(), role: z.string().nullable() }),
    ]),
  })
  .openapi('IncidentSummary');

export const taskContextSchema = z
  .object({
    alert: z
      .object({ id: z.string(), kind: z.string(), severity, title: z.string(), words: orNull(alertWordsSchema) })
      .nullable(),
    sites: z.array(z.string()),
    incidents: z.array(incidentSummarySchema),
    hidden_incidents: z.number().int(),
    assignee: z.string().nullable(),
  })
  .openapi('TaskContext');

export const taskSchema = z
  .object({
    id: z.string(),
    alert_id: z.string().nullable(),
    playbook_id: z.string().nullable(),
    title: z.string(),
    title_en: z.string().nullable(),
    owner_org_id: z.string(),
    assignee_id: z.string().nullable(),
    due_at: z.string().datetime().nullable(),
    state: z.enum(TASK_STATES),
    overdue: z.boolean(),
    created_at: z.string().datetime(),
    updated_at: z.string().datetime(),
    version: z.number().int(),
    context: taskContextSchema.optional(),
  })
  .openapi('Task');
export type TaskView = z.infer<typeof taskSchema>;

export const alertDetailSchema = alertSchema
  .extend({
    incident_ids: z.array(z.string()),
    incidents: z.array(incidentSummarySchema),
    hidden_incidents: z.number().int(),
    history: z.array(alertHistorySchema),
    tasks: z.array(taskSchema),
  })
  .openapi('AlertDetail');

export const escalationLevelSchema = z.object({
  after_minutes: z.number(),
  notify: z.enum(['analyst', 'supervisor', 'admin']),
});
export const alertRuleSchema = z
  .object({
    id: z.string(),
    kind: z.string(),
    name: z.string(),
    params: z.record(z.string(), z.unknown()),
    severity,
    enabled: z.boolean(),
    escalation: z.array(escalationLevelSchema),
    ack_minutes: z.number().int(),
    playbook_id: z.string().nullable(),
    version: z.number().int(),
    updated_at: z.string().datetime(),
  })
  .openapi('AlertRule');

export const watchEntrySchema = z
  .object({
    id: z.string(),
    kind: z.enum(WATCH_KINDS),
    value: z.string(),
    normalized: z.string(),
    note: z.string().nullable(),
    created_at: z.string().datetime(),
  })
  .openapi('WatchEntry');

/** An account a task may be given to: its id and the name people know it by. */
export const taskAssigneeSchema = z.object({ id: z.string(), name: z.string() }).openapi('TaskAssignee');
export const presentAssignee = (account: Account): z.infer<typeof taskAssigneeSchema> => ({
  id: account.principal.userId,
  name: account.name,
});

export const taskCommentSchema = z
  .object({ id: z.string(), at: z.string().datetime(), author: z.string(), text: z.string() })
  .openapi('TaskComment');

export const playbookSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    name_en: z.string(),
    trigger_kind: z.string(),
    tasks: z.array(z.object({ title: z.string(), title_en: z.string(), due_hours: z.number() })),
  })
  .openapi('Playbook');

export const postureSchema = z
  .object({
    id: z.string(),
    scope: z.enum(POSTURE_SCOPES),
    scope_id: z.string(),
    scope_name: z.string(),
    level: z.enum(POSTURE_LEVELS),
    reason: z.string(),
    /** a proposal's reason as a code: its alert and campaign, the site's exposure */
    words: orNull(wordsSchema),
    state: z.enum(POSTURE_STATES),
    set_by: z.string(),
    alert_id: z.string().nullable(),
    expires_at: z.string().datetime().nullable(),
    created_at: z.string().datetime(),
    decided_at: z.string().datetime().nullable(),
    decided_by: z.string().nullable(),
    decision_reason: z.string().nullable(),
  })
  .openapi('Posture');

/** An alert as the API shows it. */
export function presentAlert(row: AlertRow): AlertView {
  return {
    id: row.id,
    rule_id: row.rule_id,
    kind: row.kind,
    severity: row.severity as Severity,
    state: row.state as AlertView['state'],
    state_reason: row.state_reason,
    title: row.title,
    title_en: alertText(row, 'en').title,
    explanation: row.explanation,
    words: row.words as AlertView['words'],
    assignee_id: row.assignee_id,
    campaign_id: row.campaign_id,
    incident_count: row.incident_ids.length,
    sites: row.sites,
    escalation_level: row.escalation_level,
    ack_due_at: iso(row.ack_due_at),
    marking: asMarking(row.marking),
    opened_at: at(row.opened_at),
    updated_at: at(row.updated_at),
    acknowledged_at: iso(row.acknowledged_at),
    closed_at: iso(row.closed_at),
    version: row.version,
  };
}

export function presentHistory(row: AlertHistoryRow): z.infer<typeof alertHistorySchema> {
  return { at: at(row.at), actor: row.actor, actor_id: row.actor_id, action: row.action, details: row.details };
}

/** An alert with its history, the incidents behind it that the reader may open, and its tasks. */
export function presentAlertDetail(
  detail: AlertDetail,
  now: Date,
  incidents: IncidentSummary[],
  contexts: Map<string, TaskContext>,
): z.infer<typeof alertDetailSchema> {
  return {
    ...presentAlert(detail.alert),
    incident_ids: detail.incidentIds,
    incidents,
    hidden_incidents: detail.alert.incident_ids.length - detail.incidentIds.length,
    history: detail.history.map(presentHistory),
    tasks: detail.tasks.map((task) => presentTask(task, now, contexts.get(task.id))),
  };
}

export function presentRule(row: AlertRuleRow): z.infer<typeof alertRuleSchema> {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    params: row.params,
    severity: row.severity as Severity,
    enabled: row.enabled,
    escalation: row.escalation as z.infer<typeof escalationLevelSchema>[],
    ack_minutes: row.ack_minutes,
    playbook_id: row.playbook_id,
    version: row.version,
    updated_at: at(row.updated_at),
  };
}

export function presentWatch(row: WatchlistEntryRow): z.infer<typeof watchEntrySchema> {
  return {
    id: row.id,
    kind: row.kind as (typeof WATCH_KINDS)[number],
    value: row.value,
    normalized: row.normalized,
    note: row.note,
    created_at: at(row.created_at),
  };
}

/** A task; with its context (alert, sites, incidents, assignee's name) when the route built it. */
export function presentTask(row: TaskRow, now: Date, context?: TaskContext): TaskView {
  const live = row.state === 'open' || row.state === 'in_progress';
  return {
    id: row.id,
    alert_id: row.alert_id,
    playbook_id: row.playbook_id,
    title: row.title,
    title_en: row.title_en,
    owner_org_id: row.owner_org_id,
    assignee_id: row.assignee_id,
    due_at: iso(row.due_at),
    state: row.state as TaskView['state'],
    overdue: live && row.due_at !== null && row.due_at < now,
    created_at: at(row.created_at),
    updated_at: at(row.updated_at),
    version: row.version,
    ...(context ? { context: context as TaskView['context'] } : {}),
  };
}

export function presentComment(row: TaskCommentRow): z.infer<typeof taskCommentSchema> {
  return { id: row.id, at: at(row.at), author: row.author, text: row.text };
}

export function presentPlaybook(row: PlaybookRow): z.infer<typeof playbookSchema> {
  return { id: row.id, name: row.name, name_en: row.name_en, trigger_kind: row.trigger_kind, tasks: row.tasks };
}

export function presentPosture(row: PostureRow, scopeName: string): z.infer<typeof postureSchema> {
  return {
    id: row.id,
    scope: row.scope as z.infer<typeof postureSchema>['scope'],
    scope_id: row.scope_id,
    scope_name: scopeName,
    level: row.level as z.infer<typeof postureSchema>['level'],
    reason: row.reason,
    words: (row.words ?? null) as z.infer<typeof postureSchema>['words'],
    state: row.state as z.infer<typeof postureSchema>['state'],
    set_by: row.set_by_name,
    alert_id: row.alert_id,
    expires_at: iso(row.expires_at),
    created_at: at(row.created_at),
    decided_at: iso(row.decided_at),
    decided_by: row.decided_by,
    decision_reason: row.decision_reason,
  };
}
