import { queryString, request } from './http.ts';
import type {
  Alert,
  AlertDetail,
  AlertRule,
  Page,
  Playbook,
  Posture,
  PostureInput,
  RulePatch,
  Task,
  TaskComment,
  TaskState,
  WatchEntry,
} from './alerts-types.ts';

const id = (value: string) => encodeURIComponent(value);

/** Alerts, their rules and the watchlist. */
export const alertsApi = {
  list: (query: { state?: string; severity?: string; assignee?: 'me'; limit?: number; offset?: number }) =>
    request<Page<Alert>>('GET', `/api/alerts${queryString(query)}`),
  get: (alert: string) => request<AlertDetail>('GET', `/api/alerts/${id(alert)}`),
  act: (alert: string, action: 'acknowledge' | 'resolve' | 'dismiss', body: { version: number; reason?: string }) =>
    request<Alert>('POST', `/api/alerts/${id(alert)}/${action}`, body),
  assign: (alert: string, body: { version: number; assignee_id: string | null }) =>
    request<Alert>('POST', `/api/alerts/${id(alert)}/assign`, body),

  rules: () => request<{ items: AlertRule[] }>('GET', '/api/alert-rules'),
  updateRule: (rule: string, body: RulePatch) => request<AlertRule>('PATCH', `/api/alert-rules/${id(rule)}`, body),
  watchlist: () => request<{ items: WatchEntry[] }>('GET', '/api/watchlist'),
  watch: (body: { kind: string; value: string; note?: string }) => request<WatchEntry>('POST', '/api/watchlist', body),
  unwatch: (entry: string) => request<void>('DELETE', `/api/watchlist/${id(entry)}`),
};

/** Posture levels: current, history, set, decide proposals. */
export const postureApi = {
  current: () => request<{ active: Posture[]; proposed: Posture[] }>('GET', '/api/posture'),
  history: (query: { scope?: string; scope_id?: string; limit?: number; offset?: number } = {}) =>
    request<{ items: Posture[] }>('GET', `/api/posture/history${queryString(query)}`),
  set: (body: PostureInput) => request<Posture>('POST', '/api/posture', body),
  decide: (posture: string, decision: 'accept' | 'reject', body: { reason?: string }) =>
    request<Posture>('POST', `/api/posture/${id(posture)}/${decision}`, body),
};

/** Response tasks and the playbooks they come from. */
export const tasksApi = {
  list: (query: {
    state?: string;
    assignee?: 'me';
    org?: 'mine';
    overdue?: 'true';
    alert_id?: string;
    limit?: number;
    offset?: number;
  }) => request<Page<Task>>('GET', `/api/tasks${queryString(query)}`),
  get: (task: string) => request<Task & { comments: TaskComment[] }>('GET', `/api/tasks/${id(task)}`),
  update: (task: string, body: { version: number; state?: TaskState; assignee_id?: string | null }) =>
    request<Task>('PATCH', `/api/tasks/${id(task)}`, body),
  comment: (task: string, text: string) => request<TaskComment>('POST', `/api/tasks/${id(task)}/comments`, { text }),
  playbooks: () => request<{ items: Playbook[] }>('GET', '/api/playbooks'),
};
