import { client, dataOf, done } from './http.ts';
import type { BodyOf, QueryOf } from './schema.ts';
import type { PostureInput, RulePatch } from './alerts-types.ts';

const path = (id: string) => ({ params: { path: { id } } });

/** Alerts, their rules and the watchlist (the typed client, from openapi.d.ts). */
export const alertsApi = {
  list: (query: QueryOf<'/api/alerts', 'get'>) => dataOf(client.GET('/api/alerts', { params: { query } })),
  get: (alert: string) => dataOf(client.GET('/api/alerts/{id}', path(alert))),
  act: (alert: string, action: 'acknowledge' | 'resolve' | 'dismiss', body: { version: number; reason?: string }) =>
    dataOf(
      action === 'acknowledge'
        ? client.POST('/api/alerts/{id}/acknowledge', { ...path(alert), body })
        : action === 'resolve'
          ? client.POST('/api/alerts/{id}/resolve', { ...path(alert), body })
          : client.POST('/api/alerts/{id}/dismiss', { ...path(alert), body }),
    ),
  assign: (alert: string, body: BodyOf<'/api/alerts/{id}/assign', 'post'>) =>
    dataOf(client.POST('/api/alerts/{id}/assign', { ...path(alert), body })),

  rules: () => dataOf(client.GET('/api/alert-rules')),
  updateRule: (rule: string, body: RulePatch) => dataOf(client.PATCH('/api/alert-rules/{id}', { ...path(rule), body })),
  watchlist: () => dataOf(client.GET('/api/watchlist')),
  watch: (body: BodyOf<'/api/watchlist', 'post'>) => dataOf(client.POST('/api/watchlist', { body })),
  unwatch: (entry: string) => done(client.DELETE('/api/watchlist/{id}', path(entry))),
};

/** Posture levels: current, history, set, decide proposals. */
export const postureApi = {
  current: () => dataOf(client.GET('/api/posture')),
  history: (query: QueryOf<'/api/posture/history', 'get'> = {}) =>
    dataOf(client.GET('/api/posture/history', { params: { query } })),
  set: (body: PostureInput) => dataOf(client.POST('/api/posture', { body })),
  decide: (posture: string, decision: 'accept' | 'reject', body: { reason?: string }) =>
    dataOf(
      decision === 'accept'
        ? client.POST('/api/posture/{id}/accept', { ...path(posture), body })
        : client.POST('/api/posture/{id}/reject', { ...path(posture), body }),
    ),
};

/** Response tasks and the playbooks they come from. */
export const tasksApi = {
  list: (query: QueryOf<'/api/tasks', 'get'>) => dataOf(client.GET('/api/tasks', { params: { query } })),
  get: (task: string) => dataOf(client.GET('/api/tasks/{id}', path(task))),
  update: (task: string, body: BodyOf<'/api/tasks/{id}', 'patch'>) =>
    dataOf(client.PATCH('/api/tasks/{id}', { ...path(task), body })),
  /** the accounts of the reader's organisation the task may be given to */
  assignees: (task: string) => dataOf(client.GET('/api/tasks/{id}/assignees', path(task))),
  comment: (task: string, text: string) =>
    dataOf(client.POST('/api/tasks/{id}/comments', { ...path(task), body: { text } })),
  playbooks: () => dataOf(client.GET('/api/playbooks')),
};
