import { randomUUID } from 'node:crypto';
import { normalizeSignature } from '../shared/fold-text.ts';
import { authorize, readScope } from '../access/access.ts';
import type { Caller } from '../shared/caller.ts';
import { check } from '../review/review.service.ts';
import { actorOf } from '../shared/caller.ts';
import { invalidInput, notFound, VigieError } from '../shared/errors.ts';
import { publishAlert, type AlertDeps } from './alert-engine.ts';
import { TRANSITIONS, type AlertAction } from './alert.ts';
import type { RuleInput, RulePatch, WatchInput } from './alert.schema.ts';
import type { AlertChanges, AlertFilter } from '../../store/alert.repository.ts';
import type { AlertHistoryRow, AlertRow, AlertRuleRow, TaskRow, WatchlistEntryRow } from '../../store/schema.ts';

export interface AlertDetail {
  alert: AlertRow;
  history: AlertHistoryRow[];
  incidentIds: string[];
  tasks: TaskRow[];
}

async function readable(deps: AlertDeps, caller: Caller, id: string): Promise<AlertRow> {
  const row = await deps.alerts.findById(id);
  // An alert the caller may not read is "not found", so its existence does not leak.
  if (!row || !authorize(caller.principal, { kind: 'read', record: row }).allowed) throw notFound('alert', id);
  return row;
}

/** One page of the alerts the caller may read, newest first. */
export async function listAlerts(
  deps: AlertDeps,
  caller: Caller,
  filter: AlertFilter & { assignee?: string },
  limit: number,
  offset: number,
) {
  const scope = readScope(caller.principal);
  const resolved = { ...filter, assignee: filter.assignee === 'me' ? caller.principal.userId : filter.assignee };
  const [items, total] = await Promise.all([
    deps.alerts.list(scope, resolved, limit, offset),
    deps.alerts.count(scope, resolved),
  ]);
  return { items, total };
}

/** An alert with its history, the incidents behind it the caller may read, and its tasks. */
export async function getAlert(deps: AlertDeps, caller: Caller, id: string): Promise<AlertDetail> {
  const alert = await readable(deps, caller, id);
  const incidents = await deps.alerts.incidentFacts(alert.incident_ids);
  const visible = incidents.filter(
    (row) =>
      authorize(caller.principal, { kind: 'read', record: { ...row, created_by: null } }).allowed ||
      caller.principal.system,
  );
  return {
    alert,
    history: await deps.alerts.history(id),
    incidentIds: visible.map((row) => row.id),
    tasks: await deps.tasks.tasks.ofAlert(id),
  };
}

/**
 * Acknowledges, resolves, dismisses (with a reason) or assigns an alert. A transition from a state
 * that does not allow it, or at a version that moved on, is a conflict (409).
 */
export async function actOnAlert(
  deps: AlertDeps,
  caller: Caller,
  id: string,
  action: AlertAction,
  input: { version?: number; reason?: string; assignee_id?: string | null },
): Promise<AlertRow> {
  const current = await readable(deps, caller, id);
  check(authorize(caller.principal, { kind: 'respond', record: current }));
  if (action === 'dismiss' && !input.reason)
    throw invalidInput([{ path: 'reason', message: 'say why the alert is dismissed' }]);
  if (action === 'assign' && input.assignee_id && !(await deps.tasks.userExists(input.assignee_id)))
    throw invalidInput([{ path: 'assignee_id', message: 'unknown user' }]);
  const allowed = TRANSITIONS[action];
  if (!allowed.includes(current.state as never) || (input.version !== undefined && input.version !== current.version))
    throw staleTransition(current, action, input.version);
  const now = deps.now();
  const changes: AlertChanges = { updated_at: now };
  if (action === 'acknowledge')
    Object.assign(changes, {
      state: 'acknowledged',
      acknowledged_at: now,
      ack_due_at: null,
      assignee_id: current.assignee_id ?? (caller.principal.system ? null : caller.principal.userId),
    });
  if (action === 'resolve' || action === 'dismiss')
    Object.assign(changes, {
      state: action === 'resolve' ? 'resolved' : 'dismissed',
      state_reason: input.reason ?? null,
      closed_at: now,
      ack_due_at: null,
    });
  if (action === 'assign') changes.assignee_id = input.assignee_id ?? null;
  const updated = await deps.alerts.updateIfVersion(id, current.version, changes, allowed);
  if (!updated) throw staleTransition((await deps.alerts.findById(id)) ?? current, action, input.version);
  const { actor_id, actor } = actorOf(caller);
  await deps.alerts.appendHistory({
    alert_id: id,
    at: now,
    actor_id,
    actor,
    action: PAST[action],
    details: {
      from: current.state,
      to: updated.state,
      ...(input.reason ? { reason: input.reason } : {}),
      ...(action === 'assign' ? { assignee_id: updated.assignee_id } : {}),
    },
  });
  await publishAlert(deps, action === 'resolve' || action === 'dismiss' ? 'alert.resolved' : 'alert.updated', updated);
  return updated;
}

const PAST: Record<AlertAction, string> = {
  acknowledge: 'acknowledged',
  resolve: 'resolved',
  dismiss: 'dismissed',
  assign: 'assigned',
};

function staleTransition(current: AlertRow, action: AlertAction, version?: number) {
  if (version !== undefined && version !== current.version) {
    return new VigieError(
      'version_conflict',
      `alert ${current.id} is at version ${current.version}, not ${version}: reload it`,
      409,
      [{ path: 'version', message: `current version is ${current.version}` }],
    );
  }
  return new VigieError(
    'invalid_transition',
    `alert ${current.id} is ${current.state}: it cannot be ${PAST[action]}`,
    409,
    [{ path: 'state', message: `is ${current.state}` }],
  );
}

/** Rules are configuration: readable by analysts and above, changed by supervisors and administrators. */
export async function listRules(deps: AlertDeps, caller: Caller): Promise<AlertRuleRow[]> {
  check(authorize(caller.principal, { kind: 'extract' }));
  return deps.alerts.rules();
}

async function checkPlaybook(deps: AlertDeps, playbookId: string | null | undefined) {
  if (playbookId && !(await deps.tasks.tasks.findPlaybook(playbookId)))
    throw invalidInput([{ path: 'playbook_id', message: `unknown playbook "${playbookId}"` }]);
}

export async function createRule(deps: AlertDeps, caller: Caller, input: RuleInput): Promise<AlertRuleRow> {
  check(authorize(caller.principal, { kind: 'configure-alerts' }));
  await checkPlaybook(deps, input.playbook_id);
  return deps.alerts.insertRule({ id: randomUUID(), ...input });
}

export async function updateRule(deps: AlertDeps, caller: Caller, id: string, patch: RulePatch): Promise<AlertRuleRow> {
  check(authorize(caller.principal, { kind: 'configure-alerts' }));
  const current = await deps.alerts.findRule(id);
  if (!current) throw notFound('alert rule', id);
  await checkPlaybook(deps, patch.playbook_id);
  const { version, ...changes } = patch;
  const updated = await deps.alerts.updateRule(id, version, changes);
  if (!updated)
    throw new VigieError(
      'version_conflict',
      `alert rule ${id} is at version ${current.version}, not ${version}: reload it`,
      409,
      [{ path: 'version', message: `current version is ${current.version}` }],
    );
  return updated;
}

export async function listWatchlist(deps: AlertDeps, caller: Caller): Promise<WatchlistEntryRow[]> {
  check(authorize(caller.principal, { kind: 'extract' }));
  return deps.alerts.watchlist();
}

/** Watches a signature: folded as incident signatures are, so "D.D.P.F" watches "ddpf". */
export async function addWatch(deps: AlertDeps, caller: Caller, input: WatchInput): Promise<WatchlistEntryRow> {
  check(authorize(caller.principal, { kind: 'configure-alerts' }));
  const normalized = normalizeSignature(input.value);
  if (!normalized)
    throw invalidInput([{ path: 'value', message: 'nothing left once folded (letters or digits needed)' }]);
  const entry = await deps.alerts.insertWatch({
    id: randomUUID(),
    kind: input.kind,
    value: input.value,
    normalized,
    note: input.note ?? null,
    created_by: caller.principal.system ? null : caller.principal.userId,
  });
  if (!entry)
    throw new VigieError('duplicate_watch', `the ${input.kind} "${input.value}" is already watched`, 409, [
      { path: 'value', message: 'already watched' },
    ]);
  return entry;
}

export async function removeWatch(deps: AlertDeps, caller: Caller, id: string): Promise<void> {
  check(authorize(caller.principal, { kind: 'configure-alerts' }));
  if (!(await deps.alerts.removeWatch(id))) throw notFound('watchlist entry', id);
}
