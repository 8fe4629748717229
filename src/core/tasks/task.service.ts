import { randomUUID } from 'node:crypto';
import { authorize, readScope } from '../access/access.ts';
import { actorOf, type Caller } from '../shared/caller.ts';
import type { Principal } from '../shared/principal.ts';
import type { AuditRepository } from '../../store/audit.repository.ts';
import { sealsFreeText, sealText } from '../../security/sealed-text.ts';
import type { Sealer } from '../../security/sealer.ts';
import type { EventPublisher, Severity } from '../notifications/vigie-event.ts';
import { check } from '../review/review.service.ts';
import { invalidInput, notFound, VigieError } from '../shared/errors.ts';
import type { TaskListQuery, TaskPatch } from './task.schema.ts';
import type { TaskFilter, TaskRepository } from '../../store/task.repository.ts';
import type { AlertRow, PlaybookRow, TaskCommentRow, TaskRow } from '../../store/schema.ts';

/** An enabled account as the principal it acts with, and its name, to decide whether a task may be given to it. */
export interface Account {
  principal: Principal;
  name: string;
}

/** What the task use cases need, passed explicitly. */
export interface TaskDeps {
  tasks: TaskRepository;
  events: EventPublisher;
  now: () => Date;
  /** checks an assignee exists (alerts) */
  userExists: (id: string) => Promise<boolean>;
  /** an enabled account, by id */
  account: (id: string) => Promise<Account | undefined>;
  /** the enabled accounts of an organisation */
  accountsOf: (organisationId: string) => Promise<Account[]>;
  /** a change of assignee and its audit event land together */
  transaction: <T>(work: (repositories: { tasks: TaskRepository; audit: AuditRepository }) => Promise<T>) => Promise<T>;
  /** seals the comments of tasks in a STAFF case */
  sealer: Sealer;
}

const HOUR_MS = 3_600_000;

export function presentTaskEvent(row: TaskRow) {
  return {
    id: row.id,
    alert_id: row.alert_id,
    playbook_id: row.playbook_id,
    title: row.title,
    title_en: row.title_en,
    state: row.state,
    assignee_id: row.assignee_id,
    due_at: row.due_at?.toISOString() ?? null,
  };
}

async function publish(
  deps: TaskDeps,
  type: 'task.opened' | 'task.updated' | 'task.overdue',
  row: TaskRow,
  severity: Severity = 'medium',
) {
  const prefix = {
    'task.opened': ['Tâche ouverte', 'Task opened'],
    'task.updated': ['Tâche modifiée', 'Task updated'],
    'task.overdue': ['Tâche en retard', 'Task overdue'],
  }[type];
  await deps.events.publish({
    type,
    subjectId: row.id,
    access: {
      owner_org_id: row.owner_org_id,
      marking: row.marking,
      compartments: row.compartments,
      created_by: row.created_by,
    },
    severity,
    title: `${prefix[0]} : ${row.title}`,
    titleEn: `${prefix[1]}: ${row.title_en ?? row.title}`,
    payload: presentTaskEvent(row),
    userIds: row.assignee_id ? [row.assignee_id] : undefined,
  });
}

/** Opens a playbook's tasks for an alert: owned, marked and due as the alert says; `{sites}` names its sites. */
export async function openPlaybook(
  deps: TaskDeps,
  playbook: PlaybookRow,
  alert: AlertRow,
  sites: { fr: string; en: string },
): Promise<TaskRow[]> {
  const now = deps.now();
  const rows = await deps.tasks.insertMany(
    playbook.tasks.map((template, position) => ({
      id: randomUUID(),
      playbook_id: playbook.id,
      alert_id: alert.id,
      position,
      title: template.title.replace('{sites}', sites.fr),
      title_en: template.title_en.replace('{sites}', sites.en),
      owner_org_id: alert.owner_org_id,
      marking: alert.marking,
      compartments: alert.compartments,
      created_by: null,
      due_at: new Date(now.getTime() + template.due_hours * HOUR_MS),
      created_at: now,
      updated_at: now,
    })),
  );
  for (const row of rows) await publish(deps, 'task.opened', row, alert.severity as Severity);
  return rows;
}

/** Tasks the caller may read: mine, my organisation's, overdue, of one alert. */
export async function listTasks(
  deps: TaskDeps,
  caller: Caller,
  query: TaskListQuery,
): Promise<{ items: TaskRow[]; total: number }> {
  const filter: TaskFilter = {
    state: query.state,
    alertId: query.alert_id,
    assignee: query.assignee === 'me' ? caller.principal.userId : query.assignee,
    ownerOrg: query.org === 'mine' ? caller.principal.organisationId : query.org,
    overdueAt: query.overdue ? deps.now() : undefined,
  };
  const scope = readScope(caller.principal);
  const [items, total] = await Promise.all([
    deps.tasks.list(scope, filter, query.limit, query.offset),
    deps.tasks.count(scope, filter),
  ]);
  return { items, total };
}

async function readable(deps: TaskDeps, caller: Caller, id: string): Promise<TaskRow> {
  const row = await deps.tasks.findById(id);
  if (!row || !authorize(caller.principal, { kind: 'read', record: row }).allowed) throw notFound('task', id);
  return row;
}

export async function getTask(
  deps: TaskDeps,
  caller: Caller,
  id: string,
): Promise<{ task: TaskRow; comments: TaskCommentRow[] }> {
  const task = await readable(deps, caller, id);
  return { task, comments: await deps.tasks.comments(id) };
}

/** The accounts of the caller's organisation the task may be given to: those who may work it. */
export async function taskAssignees(deps: TaskDeps, caller: Caller, id: string): Promise<Account[]> {
  const task = await readable(deps, caller, id);
  check(authorize(caller.principal, { kind: 'respond', record: task }));
  const accounts = await deps.accountsOf(caller.principal.organisationId);
  return accounts.filter(
    (account) =>
      authorize(caller.principal, { kind: 'assign-task', record: task, assignee: account.principal }).allowed,
  );
}

/**
 * Changes a task's state, assignee or due time at the version read (analysts and above). A new
 * assignee is an account of the caller's organisation that may work the task; the change is audited.
 */
export async function updateTask(deps: TaskDeps, caller: Caller, id: string, patch: TaskPatch): Promise<TaskRow> {
  const current = await readable(deps, caller, id);
  check(authorize(caller.principal, { kind: 'respond', record: current }));
  const reassigned = patch.assignee_id !== undefined && patch.assignee_id !== current.assignee_id;
  if (reassigned && patch.assignee_id) {
    const assignee = await deps.account(patch.assignee_id);
    if (!assignee) throw invalidInput([{ path: 'assignee_id', message: 'unknown user', code: 'unknown_user' }]);
    check(authorize(caller.principal, { kind: 'assign-task', record: current, assignee: assignee.principal }));
  }
  const { version, due_at, ...changes } = patch;
  const updated = await deps.transaction(async ({ tasks, audit }) => {
    const row = await tasks.updateIfVersion(id, version, {
      ...changes,
      ...(due_at !== undefined ? { due_at: due_at ? new Date(due_at) : null, overdue_notified_at: null } : {}),
    });
    if (row && reassigned)
      await audit.append({
        ...actorOf(caller),
        action: 'task.assign',
        object_type: 'task',
        object_id: id,
        details: { from: current.assignee_id, to: row.assignee_id, alert_id: row.alert_id },
      });
    return row;
  });
  if (!updated) {
    throw new VigieError(
      'version_conflict',
      `task ${id} is at version ${current.version}, not ${version}: reload it and apply your change again`,
      409,
      [{ path: 'version', message: `current version is ${current.version}` }],
    );
  }
  await publish(deps, 'task.updated', updated);
  return updated;
}

export async function commentTask(deps: TaskDeps, caller: Caller, id: string, text: string): Promise<TaskCommentRow> {
  const task = await readable(deps, caller, id);
  check(authorize(caller.principal, { kind: 'respond', record: task }));
  return deps.tasks.addComment({
    task_id: id,
    at: deps.now(),
    author_id: caller.principal.system ? null : caller.principal.userId,
    author: caller.principal.username,
    text: sealsFreeText(task.compartments) ? sealText(deps.sealer, text) : text,
  });
}

/** Live tasks past due are announced once each as task.overdue. */
export async function announceOverdue(deps: TaskDeps): Promise<number> {
  const now = deps.now();
  let count = 0;
  for (const row of await deps.tasks.overdueUnannounced(now)) {
    if (!(await deps.tasks.markOverdueAnnounced(row.id, now))) continue;
    count += 1;
    await publish(deps, 'task.overdue', row, 'high');
  }
  return count;
}

export const listPlaybooks = (deps: TaskDeps) => deps.tasks.playbooks();
