/**
 * What the response screens show around an alert or a task (issue 17): its incidents by site, night
 * and act, the sites concerned, who is assigned, and the subject; the sealed STAFF details of a
 * threatened agent only to holders of the STAFF compartment (and their reading audited).
 */
import { DateTime } from 'luxon';
import { bestGrade } from '../../analysis/source-grade.ts';
import { authorize } from '../access/access.ts';
import type { Principal } from '../shared/principal.ts';
import type { Gazetteer } from '../shared/gazetteer.ts';
import type { AuditRepository } from '../../store/audit.repository.ts';
import type { AlertRepository, IncidentSummaryRow } from '../../store/alert.repository.ts';
import type { AlertRow, TaskRow } from '../../store/schema.ts';
import { directorateLabel } from './alert-words.ts';

export interface IncidentSummary {
  id: string;
  /** the facility's name, else the commune or department */
  site: string;
  start: string;
  /** the Paris date of the evening the night began (an incident at 02:00 on the 15th is the night of the 14th) */
  night: string;
  types: string[];
  targets: string[];
  tags: string[];
  /** the best source grade, "B2", or null */
  grade: string | null;
  /** null: none recorded; "sealed": recorded, and the reader does not hold STAFF; else what the cleared reader may see */
  staff: null | 'sealed' | { name: string | null; role: string | null };
}

export interface TaskContext {
  alert: { id: string; kind: string; severity: string; title: string; words: unknown } | null;
  sites: string[];
  incidents: IncidentSummary[];
  hidden_incidents: number;
  assignee: string | null;
}

/** What building the context needs, passed explicitly. */
export interface ResponseContextDeps {
  alerts: AlertRepository;
  gazetteer: Gazetteer;
  /** opens a sealed STAFF record (the sealer) */
  openStaff: (sealed: string) => { name?: string; role?: string };
  userNames: (ids: string[]) => Promise<Map<string, string>>;
  audit: AuditRepository;
}

const PARIS = 'Europe/Paris';
/** Incidents shown per alert or task; the rest are counted. */
const SHOWN = 50;

export function nightOf(start: Date): string {
  return DateTime.fromJSDate(start, { zone: PARIS }).minus({ hours: 12 }).toISODate()!;
}

function placeName(gazetteer: Gazetteer, row: IncidentSummaryRow): string {
  if (row.facility_id) return gazetteer.facility(row.facility_id)?.name ?? row.facility_id;
  if (row.commune) return row.commune;
  if (row.directorate_code)
    return directorateLabel(
      row.directorate_code,
      gazetteer.directorates.find((d) => d.code === row.directorate_code)?.seat,
    );
  return row.department_code ?? '?';
}

/** The incidents of `ids` the principal may read, summarised, earliest first; the others counted. */
export async function incidentSummaries(
  deps: ResponseContextDeps,
  principal: Principal,
  ids: string[],
): Promise<{ items: IncidentSummary[]; hidden: number; revealed: string[] }> {
  const rows = await deps.alerts.incidentSummaries(ids);
  const readable = rows.filter(
    (row) => principal.system || authorize(principal, { kind: 'read', record: row }).allowed,
  );
  const revealed: string[] = [];
  const items = readable
    .sort((a, b) => a.occurred_start.getTime() - b.occurred_start.getTime())
    .slice(0, SHOWN)
    .map((row): IncidentSummary => {
      let staff: IncidentSummary['staff'] = null;
      if (row.staff_sealed) {
        if (authorize(principal, { kind: 'read-staff', record: row }).allowed) {
          const opened = deps.openStaff(row.staff_sealed);
          staff = { name: opened.name ?? null, role: opened.role ?? null };
          revealed.push(row.id);
        } else staff = 'sealed';
      }
      const grade = bestGrade(row.sources as Array<{ reliability?: string; credibility?: number }>);
      return {
        id: row.id,
        site: placeName(deps.gazetteer, row),
        start: row.occurred_start.toISOString(),
        night: nightOf(row.occurred_start),
        types: row.event_types,
        targets: row.target_kinds,
        tags: (row.signatures ?? []).filter((s) => s.kind === 'tag').map((s) => s.text),
        grade: grade ? `${grade.reliability}${grade.credibility}` : null,
        staff,
      };
    });
  return { items, hidden: ids.length - readable.length, revealed };
}

async function auditRevealed(deps: ResponseContextDeps, principal: Principal, revealed: string[], action: string) {
  if (revealed.length === 0 || principal.system) return;
  await deps.audit.append({
    actor_id: principal.userId,
    actor: principal.username,
    action,
    object_type: 'incident',
    object_id: revealed.length === 1 ? revealed[0] : null,
    details: { ids: revealed.slice(0, 500), count: revealed.length, staff_revealed: revealed.slice(0, 500) },
  });
}

/** The incidents behind one alert, for its page. */
export async function alertIncidents(deps: ResponseContextDeps, principal: Principal, alert: AlertRow) {
  const summaries = await incidentSummaries(deps, principal, alert.incident_ids);
  await auditRevealed(deps, principal, summaries.revealed, 'alert.read');
  return { items: summaries.items, hidden: summaries.hidden };
}

/** Each task's context: its alert, sites, incidents (what the reader may read) and assignee. */
export async function taskContexts(
  deps: ResponseContextDeps,
  principal: Principal,
  tasks: TaskRow[],
): Promise<Map<string, TaskContext>> {
  const alerts = new Map(
    (await deps.alerts.byIds([...new Set(tasks.flatMap((task) => (task.alert_id ? [task.alert_id] : [])))])).map(
      (row) => [row.id, row],
    ),
  );
  const names = await deps.userNames([
    ...new Set(tasks.flatMap((task) => (task.assignee_id ? [task.assignee_id] : []))),
  ]);
  const byAlert = new Map<string, Awaited<ReturnType<typeof incidentSummaries>>>();
  const revealed: string[] = [];
  for (const alert of alerts.values()) {
    const readable = principal.system || authorize(principal, { kind: 'read', record: alert }).allowed;
    const summaries = readable
      ? await incidentSummaries(deps, principal, alert.incident_ids)
      : { items: [], hidden: alert.incident_ids.length, revealed: [] };
    byAlert.set(alert.id, summaries);
    revealed.push(...summaries.revealed);
  }
  await auditRevealed(deps, principal, [...new Set(revealed)], 'task.read');
  const result = new Map<string, TaskContext>();
  for (const task of tasks) {
    const alert = task.alert_id ? alerts.get(task.alert_id) : undefined;
    const summaries = alert ? byAlert.get(alert.id)! : { items: [], hidden: 0 };
    result.set(task.id, {
      alert: alert
        ? { id: alert.id, kind: alert.kind, severity: alert.severity, title: alert.title, words: alert.words }
        : null,
      sites: (alert?.sites ?? []).map((id) => deps.gazetteer.facility(id)?.name ?? id),
      incidents: summaries.items,
      hidden_incidents: summaries.hidden,
      assignee: task.assignee_id ? (names.get(task.assignee_id) ?? null) : null,
    });
  }
  return result;
}
