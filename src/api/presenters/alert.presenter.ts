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

const iso = (value: Date | null) => value?.toISOString() ?? null;

/** An alert as the API shows it. */
export function presentAlert(row: AlertRow) {
  return {
    id: row.id,
    rule_id: row.rule_id,
    kind: row.kind,
    severity: row.severity,
    state: row.state,
    state_reason: row.state_reason,
    title: row.title,
    title_en: alertText(row, 'en').title,
    explanation: row.explanation,
    words: row.words,
    assignee_id: row.assignee_id,
    campaign_id: row.campaign_id,
    incident_count: row.incident_ids.length,
    sites: row.sites,
    escalation_level: row.escalation_level,
    ack_due_at: iso(row.ack_due_at),
    marking: row.marking,
    opened_at: iso(row.opened_at),
    updated_at: iso(row.updated_at),
    acknowledged_at: iso(row.acknowledged_at),
    closed_at: iso(row.closed_at),
    version: row.version,
  };
}

export function presentHistory(row: AlertHistoryRow) {
  return { at: iso(row.at), actor: row.actor, actor_id: row.actor_id, action: row.action, details: row.details };
}

/** An alert with its history, the incidents behind it that the reader may open, and its tasks. */
export function presentAlertDetail(
  detail: AlertDetail,
  now: Date,
  incidents: IncidentSummary[],
  contexts: Map<string, TaskContext>,
) {
  return {
    ...presentAlert(detail.alert),
    incident_ids: detail.incidentIds,
    incidents,
    hidden_incidents: detail.alert.incident_ids.length - detail.incidentIds.length,
    history: detail.history.map(presentHistory),
    tasks: detail.tasks.map((task) => presentTask(task, now, contexts.get(task.id))),
  };
}

export function presentRule(row: AlertRuleRow) {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    params: row.params,
    severity: row.severity,
    enabled: row.enabled,
    escalation: row.escalation,
    ack_minutes: row.ack_minutes,
    playbook_id: row.playbook_id,
    version: row.version,
    updated_at: iso(row.updated_at),
  };
}

export function presentWatch(row: WatchlistEntryRow) {
  return {
    id: row.id,
    kind: row.kind,
    value: row.value,
    normalized: row.normalized,
    note: row.note,
    created_at: iso(row.created_at),
  };
}

/** A task; with its context (alert, sites, incidents, assignee's name) when the route built it. */
export function presentTask(row: TaskRow, now: Date, context?: TaskContext) {
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
    state: row.state,
    overdue: live && row.due_at !== null && row.due_at < now,
    created_at: iso(row.created_at),
    updated_at: iso(row.updated_at),
    version: row.version,
    ...(context ? { context } : {}),
  };
}

export function presentComment(row: TaskCommentRow) {
  return { id: row.id, at: iso(row.at), author: row.author, text: row.text };
}

export function presentPlaybook(row: PlaybookRow) {
  return { id: row.id, name: row.name, name_en: row.name_en, trigger_kind: row.trigger_kind, tasks: row.tasks };
}

export function presentPosture(row: PostureRow, scopeName: string) {
  return {
    id: row.id,
    scope: row.scope,
    scope_id: row.scope_id,
    scope_name: scopeName,
    level: row.level,
    reason: row.reason,
    words: row.words,
    state: row.state,
    set_by: row.set_by_name,
    alert_id: row.alert_id,
    expires_at: iso(row.expires_at),
    created_at: iso(row.created_at),
    decided_at: iso(row.decided_at),
    decided_by: row.decided_by,
    decision_reason: row.decision_reason,
  };
}
