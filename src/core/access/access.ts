/**
 * Who may read and change what: the one authorisation function of Vigie (`authorize`) and the read
 * scope it implies for queries (`readScope`, turned into SQL by store/read-scope.ts). Every role rule
 * is an action here; routes never check rights (none imports this module), services call `authorize`,
 * repositories filter with the scope, and test/api/access-matrix/ proves the two agree for every role,
 * marking, compartment and organisation.
 */

import type { ImportJobScope, Principal, Protected, ReadScope, Role } from '../shared/principal.ts';

export type Action =
  | { kind: 'read'; record: Protected }
  | { kind: 'read-staff'; record: Protected }
  | { kind: 'create'; marking: string; compartments: string[] }
  | { kind: 'update'; record: Protected; marking: string; compartments: string[] }
  | { kind: 'review'; record: Protected }
  | { kind: 'configure-feeds'; trusted: boolean }
  /** change the source register: outlets' default grades */
  | { kind: 'grade-sources' }
  | { kind: 'administer' }
  | { kind: 'audit' }
  /** read a text and propose candidates (no record is written) */
  | { kind: 'extract' }
  /** plan escorts and keep the wanted list (besides the create or update decision on the record itself) */
  | { kind: 'track-detainees' }
  /** change alert rules and the watchlist */
  | { kind: 'configure-alerts' }
  /** set a posture level, accept or reject a proposed one */
  | { kind: 'set-posture' }
  /** acknowledge, resolve, dismiss, assign an alert; work its tasks */
  | { kind: 'respond'; record: Protected }
  /** give a task to an account: the caller responds to it, and gives it within its organisation to one who may work it */
  | { kind: 'assign-task'; record: Protected; assignee: Principal }
  /** webhooks and e-mail subscriptions: what leaves Vigie, and to where */
  | { kind: 'configure-notifications' }
  /** create or change entities, relationships, incident roles and detainee profiles of the actor graph */
  | { kind: 'edit-graph' }
  /** confirm, dismiss, split, merge campaigns, end wave alarms, edit the alias table */
  | { kind: 'decide-campaign' }
  /** read the site risk (the model counts every record; its reasons are recounted for the reader) */
  | { kind: 'read-risk' }
  /** open a case labelled so */
  | { kind: 'open-case'; marking: string; compartments: string[] }
  /** change a case and what it holds (items, members, notes, evidence, tasks, handovers) */
  | { kind: 'work-case'; record: Protected }
  /** give a task of a case to an account: the caller works the case, and gives it within its organisation to one who may work the task */
  | { kind: 'assign-case-task'; record: Protected; assignee: Principal }
  /** see an item inside a case: what the reader reads, plus the AMBER items of the organisations that handed the case to it */
  | { kind: 'see-in-case'; record: Protected; grantors: string[] }
  /** read, follow or cancel an import job (lists filter with `importJobScope`, its twin) */
  | { kind: 'manage-import-job'; job: { created_by: string | null; owner_org_id: string } }
  /** see the webhooks and subscriptions of every organisation, not only one's own */
  | { kind: 'see-all-webhooks' }
  /** read the whole dissemination log, not only the releases one made or received */
  | { kind: 'read-all-disseminations' }
  /** download a full backup of the store: an operator's file */
  | { kind: 'backup'; permissions: string[] };

export type Decision = { allowed: true } | { allowed: false; reason: string };

/** Roles that read across organisations; the others read their own and what is public. */
const CROSS_ORGANISATION: ReadonlySet<Role> = new Set(['analyst', 'supervisor', 'admin']);
/** Roles that decide on the review queue: accept, merge, reject, reopen candidates. */
const REVIEWERS: ReadonlySet<Role> = new Set(['analyst', 'supervisor', 'admin']);
/** Roles that may let a feed's candidates in without review. */
const TRUSTERS: ReadonlySet<Role> = new Set(['supervisor', 'admin']);
/** Roles that read RED records of their own organisation besides their creator. */
const RED_READERS: ReadonlySet<Role> = new Set(['supervisor', 'admin']);

const allow: Decision = { allowed: true };
const deny = (reason: string): Decision => ({ allowed: false, reason });

/** Does `principal` hold every compartment of the record? */
function holdsCompartments(principal: Principal, record: Protected): Decision {
  const missing = record.compartments.filter((c) => !principal.compartments.includes(c));
  return missing.length > 0 ? deny(`the record is in the ${missing.join(', ')} compartment`) : allow;
}

/** May `principal` see the record at all? Marking, organisation and compartments decide. */
function canRead(principal: Principal, record: Protected): Decision {
  const held = holdsCompartments(principal, record);
  if (!held.allowed) return held;
  const own = record.owner_org_id === principal.organisationId;
  switch (record.marking) {
    case 'CLEAR':
    case 'GREEN':
      return allow;
    case 'AMBER':
      if (own || (CROSS_ORGANISATION.has(principal.role) && principal.sharedFrom.includes(record.owner_org_id)))
        return allow;
      return deny('TLP:AMBER: shared with its organisation and the organisations it shares with');
    case 'AMBER+STRICT':
      return own ? allow : deny('TLP:AMBER+STRICT: its organisation only');
    case 'RED':
      if (own && (record.created_by === principal.userId || RED_READERS.has(principal.role))) return allow;
      return deny('TLP:RED: its author and the supervisors of its organisation only');
    default:
      return deny(`unknown marking ${record.marking}`);
  }
}

/** The markings and compartments a principal may put on a record. */
function canLabel(principal: Principal, compartments: string[]): Decision {
  const missing = compartments.filter((c) => !principal.compartments.includes(c));
  return missing.length > 0 ? deny(`you do not hold the ${missing.join(', ')} compartment`) : allow;
}

/** The one authorisation function: every read and write of Vigie goes through it. */
export function authorize(principal: Principal, action: Action): Decision {
  if (principal.system) {
    // The operator reads everything, but STAFF details only when asked for (--include-staff).
    return action.kind === 'read-staff' && !principal.compartments.includes('STAFF')
      ? deny('add --include-staff to show STAFF details')
      : allow;
  }
  switch (action.kind) {
    case 'read':
      return canRead(principal, action.record);
    case 'read-staff': {
      const read = canRead(principal, action.record);
      if (!read.allowed) return read;
      return principal.compartments.includes('STAFF')
        ? allow
        : deny('staff identities and addresses are in the STAFF compartment');
    }
    case 'create':
      return canLabel(principal, action.compartments);
    case 'update': {
      const read = canRead(principal, action.record);
      if (!read.allowed) return read;
      const own = action.record.owner_org_id === principal.organisationId;
      if (!own && !CROSS_ORGANISATION.has(principal.role))
        return deny(`a ${principal.role} changes the records of its own organisation only`);
      return canLabel(principal, action.compartments);
    }
    case 'review': {
      const read = canRead(principal, action.record);
      if (!read.allowed) return read;
      return REVIEWERS.has(principal.role)
        ? allow
        : deny('analysts, supervisors and administrators decide on the review queue');
    }
    case 'configure-feeds':
      if (action.trusted && !TRUSTERS.has(principal.role))
        return deny('supervisors and administrators only make a feed trusted');
      return REVIEWERS.has(principal.role) ? allow : deny('analysts, supervisors and administrators configure feeds');
    case 'administer':
      return principal.role === 'admin' ? allow : deny('administrators only');
    case 'grade-sources':
      return TRUSTERS.has(principal.role) ? allow : deny('supervisors and administrators change the source register');
    case 'audit':
      return principal.role === 'admin' || principal.role === 'supervisor'
        ? allow
        : deny('administrators and supervisors only');
    case 'extract':
      return principal.role === 'reporter' ? deny('analysts and above only') : allow;
    case 'track-detainees':
      return REVIEWERS.has(principal.role)
        ? allow
        : deny('analysts, supervisors and administrators plan escorts and keep the wanted list');
    case 'configure-alerts':
      return TRUSTERS.has(principal.role)
        ? allow
        : deny('supervisors and administrators configure alert rules and the watchlist');
    case 'configure-notifications':
      return TRUSTERS.has(principal.role)
        ? allow
        : deny('supervisors and administrators configure webhooks and e-mail subscriptions');
    case 'set-posture':
      return TRUSTERS.has(principal.role) ? allow : deny('supervisors and administrators set posture levels');
    case 'edit-graph':
      return REVIEWERS.has(principal.role)
        ? allow
        : deny('analysts, supervisors and administrators edit the actor graph');
    case 'decide-campaign':
      return REVIEWERS.has(principal.role)
        ? allow
        : deny('analysts, supervisors and administrators decide on campaigns');
    case 'read-risk':
      return REVIEWERS.has(principal.role)
        ? allow
        : deny('analysts, supervisors and administrators read the site risk');
    case 'open-case':
      if (principal.role === 'reporter') return deny('reporters do not open cases');
      return canLabel(principal, action.compartments);
    case 'work-case':
      if (principal.role === 'reporter') return deny('reporters do not work cases');
      return authorize(principal, {
        kind: 'update',
        record: action.record,
        marking: action.record.marking,
        compartments: action.record.compartments,
      });
    case 'assign-case-task':
      // a case's task carries the case's marking and is worked through the task board (`respond`): given to
      // someone who may not respond to it (a reporter, an investigator, a reader without its compartment), it is lost
      return giveTask(principal, { kind: 'work-case', record: action.record }, action);
    case 'see-in-case': {
      const read = canRead(principal, action.record);
      if (read.allowed) return read;
      // A handover is useful only if the receiver reads the AMBER items of who handed the case over (compartments still apply).
      if (action.record.marking !== 'AMBER' || !action.grantors.includes(action.record.owner_org_id)) return read;
      return holdsCompartments(principal, action.record);
    }
    case 'manage-import-job':
      if (action.job.created_by === principal.userId) return allow;
      return TRUSTERS.has(principal.role) && action.job.owner_org_id === principal.organisationId
        ? allow
        : deny("an import job is its author's, and its organisation's supervisors' and administrators'");
    case 'see-all-webhooks':
      return principal.role === 'admin' ? allow : deny("administrators see every organisation's webhooks");
    case 'read-all-disseminations':
      return TRUSTERS.has(principal.role)
        ? allow
        : deny('supervisors and administrators read the whole dissemination log');
    case 'backup':
      if (principal.role !== 'admin') return deny('administrators only');
      // The operator grants it from the command line (vigie users set NAME --permission backup).
      return action.permissions.includes('backup')
        ? allow
        : deny(
            'the full backup needs the backup permission, which only the operator grants (vigie users set NAME --permission backup)',
          );
    case 'respond': {
      const read = canRead(principal, action.record);
      if (!read.allowed) return read;
      return REVIEWERS.has(principal.role)
        ? allow
        : deny('analysts, supervisors and administrators respond to alerts and work their tasks');
    }
    case 'assign-task':
      return giveTask(principal, { kind: 'respond', record: action.record }, action);
  }
}

/**
 * A task given by one who may do `giving`, to an account of the giver's own organisation that may work it (respond
 * to it on the task board): a task given to someone who cannot open it is lost. Response tasks and a case's tasks
 * differ only in what the giver needs.
 */
function giveTask(principal: Principal, giving: Action, task: { record: Protected; assignee: Principal }): Decision {
  const mine = authorize(principal, giving);
  if (!mine.allowed) return mine;
  if (task.assignee.organisationId !== principal.organisationId)
    return deny("a task is given to an account of one's own organisation");
  const theirs = authorize(task.assignee, { kind: 'respond', record: task.record });
  return theirs.allowed ? allow : deny(`${task.assignee.username} may not work this task: ${theirs.reason}`);
}

export function readScope(principal: Principal): ReadScope {
  return {
    all: principal.system === true,
    organisationId: principal.organisationId,
    userId: principal.userId,
    compartments: principal.compartments,
    amberOwners: [principal.organisationId, ...(CROSS_ORGANISATION.has(principal.role) ? principal.sharedFrom : [])],
    redOfOrganisation: RED_READERS.has(principal.role),
  };
}

/** `manage-import-job` as data, for the import job list (store/import-job.repository.ts turns it into SQL). */
export function importJobScope(principal: Principal): ImportJobScope {
  if (principal.system) return { all: true };
  return {
    all: false,
    createdBy: principal.userId,
    organisationId: TRUSTERS.has(principal.role) ? principal.organisationId : undefined,
  };
}
