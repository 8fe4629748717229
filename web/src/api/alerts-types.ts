/**
 * Shapes of /api/alerts, /api/alert-rules, /api/watchlist, /api/posture and /api/tasks: the answers are the
 * generated components of the API document (src/api/presenters/alert.presenter.ts, `npm run gen:api`).
 */
import type { Schemas } from './schema.ts';

export const ALERT_STATES = [
  'open',
  'acknowledged',
  'resolved',
  'dismissed',
] as const satisfies readonly Schemas['Alert']['state'][];
export type AlertState = (typeof ALERT_STATES)[number];
export const SEVERITIES = [
  'info',
  'low',
  'medium',
  'high',
  'critical',
] as const satisfies readonly Schemas['Alert']['severity'][];
export type Severity = (typeof SEVERITIES)[number];
export const TASK_STATES = [
  'open',
  'in_progress',
  'done',
  'cancelled',
] as const satisfies readonly Schemas['Task']['state'][];
export type TaskState = (typeof TASK_STATES)[number];
export const POSTURE_LEVELS = [
  'normal',
  'reinforced',
  'high',
  'maximal',
] as const satisfies readonly Schemas['Posture']['level'][];
export type PostureLevel = (typeof POSTURE_LEVELS)[number];
export const POSTURE_SCOPES = [
  'national',
  'directorate',
  'site',
] as const satisfies readonly Schemas['Posture']['scope'][];
export type PostureScope = (typeof POSTURE_SCOPES)[number];
export const WATCH_KINDS = [
  'tag',
  'vehicle_plate',
  'phone',
  'online_handle',
] as const satisfies readonly Schemas['WatchEntry']['kind'][];

export type Alert = Schemas['Alert'];

export type AlertHistoryEntry = Schemas['AlertHistoryEntry'];

/** A sentence as a code and its parameters (server: src/core/alerts/alert-words.ts). */
export type Words = Schemas['Words'];
export type AlertWords = Schemas['AlertWords'];

/** An incident behind an alert or a task, as the response screens show it. */
export type IncidentSummary = Schemas['IncidentSummary'];

export type TaskContext = Schemas['TaskContext'];

export type AlertDetail = Schemas['AlertDetail'];

export type EscalationLevel = AlertRule['escalation'][number];

export type AlertRule = Schemas['AlertRule'];

export type RulePatch = Schemas['AlertRulePatch'];

export type WatchEntry = Schemas['WatchEntry'];

export type Task = Schemas['Task'];

export type TaskComment = Schemas['TaskComment'];

export type Playbook = Schemas['Playbook'];

export type Posture = Schemas['Posture'];

export type PostureInput = Schemas['PostureInput'];
