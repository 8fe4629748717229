/** Shapes of /api/alerts, /api/alert-rules, /api/watchlist, /api/posture and /api/tasks (src/api/presenters/alert.presenter.ts). */
export const ALERT_STATES = ['open', 'acknowledged', 'resolved', 'dismissed'] as const;
export type AlertState = (typeof ALERT_STATES)[number];
export const SEVERITIES = ['info', 'low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];
export const TASK_STATES = ['open', 'in_progress', 'done', 'cancelled'] as const;
export type TaskState = (typeof TASK_STATES)[number];
export const POSTURE_LEVELS = ['normal', 'reinforced', 'high', 'maximal'] as const;
export type PostureLevel = (typeof POSTURE_LEVELS)[number];
export const POSTURE_SCOPES = ['national', 'directorate', 'site'] as const;
export type PostureScope = (typeof POSTURE_SCOPES)[number];
export const WATCH_KINDS = ['tag', 'vehicle_plate', 'phone', 'online_handle'] as const;

export interface Alert {
  id: string;
  rule_id: string;
  kind: string;
  severity: Severity;
  state: AlertState;
  state_reason: string | null;
  title: string;
  explanation: string;
  assignee_id: string | null;
  campaign_id: string | null;
  /** the title and explanation as codes with parameters (null for alerts raised before migration 0022) */
  words?: AlertWords | null;
  incident_count: number;
  sites: string[];
  escalation_level: number;
  ack_due_at: string | null;
  marking: string;
  opened_at: string;
  updated_at: string;
  acknowledged_at: string | null;
  closed_at: string | null;
  version: number;
}

export interface AlertHistoryEntry {
  at: string;
  actor: string;
  actor_id: string | null;
  action: string;
  details: Record<string, unknown>;
}

/** A sentence as a code and its parameters (server: src/core/alerts/alert-words.ts). */
export interface Words {
  code: string;
  params: Record<string, string | number | string[] | null>;
}
export interface AlertWords {
  title: Words;
  explanation: Words;
}

/** An incident behind an alert or a task, as the response screens show it. */
export interface IncidentSummary {
  id: string;
  site: string;
  start: string;
  night: string;
  types: string[];
  targets: string[];
  tags: string[];
  grade: string | null;
  staff: null | 'sealed' | { name: string | null; role: string | null };
}

export interface TaskContext {
  alert: { id: string; kind: string; severity: Severity; title: string; words: AlertWords | null } | null;
  sites: string[];
  incidents: IncidentSummary[];
  hidden_incidents: number;
  assignee: string | null;
}

export interface AlertDetail extends Alert {
  incident_ids: string[];
  incidents?: IncidentSummary[];
  hidden_incidents: number;
  history: AlertHistoryEntry[];
  tasks: Task[];
}

export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

export interface EscalationLevel {
  after_minutes: number;
  notify: 'analyst' | 'supervisor' | 'admin';
}

export interface AlertRule {
  id: string;
  kind: string;
  name: string;
  params: Record<string, unknown>;
  severity: Severity;
  enabled: boolean;
  escalation: EscalationLevel[];
  ack_minutes: number;
  playbook_id: string | null;
  version: number;
  updated_at: string;
}

export interface RulePatch {
  version: number;
  name?: string;
  params?: Record<string, unknown>;
  severity?: Severity;
  enabled?: boolean;
  ack_minutes?: number;
}

export interface WatchEntry {
  id: string;
  kind: string;
  value: string;
  normalized: string;
  note: string | null;
  created_at: string;
}

export interface Task {
  id: string;
  alert_id: string | null;
  playbook_id: string | null;
  title: string;
  title_en: string | null;
  owner_org_id: string;
  assignee_id: string | null;
  due_at: string | null;
  state: TaskState;
  overdue: boolean;
  created_at: string;
  updated_at: string;
  version: number;
  context?: TaskContext;
}

export interface TaskComment {
  id: string;
  at: string;
  author: string;
  text: string;
}

export interface Playbook {
  id: string;
  name: string;
  name_en: string;
  trigger_kind: string;
  tasks: Array<{ title: string; title_en: string; due_hours: number }>;
}

export interface Posture {
  id: string;
  scope: PostureScope;
  scope_id: string;
  scope_name: string;
  level: PostureLevel;
  reason: string;
  state: 'proposed' | 'active' | 'superseded' | 'expired' | 'rejected';
  set_by: string;
  alert_id: string | null;
  expires_at: string | null;
  created_at: string;
  decided_at: string | null;
  decided_by: string | null;
  decision_reason: string | null;
  /** a proposal's reason as a code: its alert and campaign, the site's exposure */
  words?: Words | null;
}

export interface PostureInput {
  scope: PostureScope;
  scope_id: string;
  level: PostureLevel;
  reason: string;
  expires_at?: string;
}
