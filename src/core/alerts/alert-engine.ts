import { randomUUID } from 'node:crypto';
import { DEFAULT_ORGANISATION_ID } from '../shared/principal.ts';
import type { Gazetteer } from '../shared/gazetteer.ts';
import type { EventPublisher, VigieEventType } from '../notifications/vigie-event.ts';
import { proposePosture, type PostureDeps } from '../posture/posture.service.ts';
import { openPlaybook, type TaskDeps } from '../tasks/task.service.ts';
import {
  alertAccess,
  countsFor,
  isRecent,
  matchCount,
  matchIncident,
  mergeFirings,
  nextEscalation,
  severityOf,
  worded,
  type Firing,
} from './alert.ts';
import { directorateLabel } from './alert-words.ts';
import type { AlertRepository, IncidentFacts } from '../../store/alert.repository.ts';
import type { AlertRow, WaveAlarmRow } from '../../store/schema.ts';

/** What raising and escalating alerts needs, passed explicitly. */
export interface AlertDeps {
  alerts: AlertRepository;
  tasks: TaskDeps;
  posture: PostureDeps;
  events: EventPublisher;
  gazetteer: Gazetteer;
  now: () => Date;
  /** per-site risk over the next hours (the detection runtime's `risk`), for the sites a wave puts at risk */
  risk?: (
    at: number,
    horizonHours: number,
  ) => Promise<Array<{ siteId: string; relativeRisk: number; probability: number }>>;
}

const SYSTEM_ACTOR = { actor_id: null, actor: 'vigie' };
/** Incidents read per round of the rules: each round reads each place's window once and updates each alert once. */
const BATCH = 2_000;

export const siteName = (deps: Pick<AlertDeps, 'gazetteer'>) => (id: string) =>
  deps.gazetteer.facilities.find((f) => f.id === id)?.name ?? id;
/** "DISP de Marseille" for "DISP-MARSEILLE". */
export const directorateName = (deps: Pick<AlertDeps, 'gazetteer'>) => (code: string) =>
  directorateLabel(code, deps.gazetteer.directorates.find((d) => d.code === code)?.seat);

export function presentAlertEvent(row: AlertRow) {
  return {
    id: row.id,
    rule_id: row.rule_id,
    kind: row.kind,
    severity: row.severity,
    state: row.state,
    title: row.title,
    campaign_id: row.campaign_id,
    incident_ids: row.incident_ids,
    sites: row.sites,
    escalation_level: row.escalation_level,
    assignee_id: row.assignee_id,
  };
}

/** Publishes what happened to an alert, with its own access fields. */
export async function publishAlert(
  deps: Pick<AlertDeps, 'events'>,
  type: VigieEventType,
  row: AlertRow,
  titleEn?: string,
  userIds?: string[],
) {
  await deps.events.publish({
    type,
    subjectId: row.id,
    access: {
      owner_org_id: row.owner_org_id,
      marking: row.marking,
      compartments: row.compartments,
      created_by: row.created_by,
    },
    severity: severityOf(row.severity),
    title: row.title,
    titleEn,
    payload: presentAlertEvent(row),
    userIds: userIds ?? (row.assignee_id ? [row.assignee_id] : undefined),
  });
}

/**
 * Opens the alert of a firing, or updates the open one with the same dedup key (a rule firing again
 * on the same campaign or site). A new alert opens its rule's playbook; a wave proposes postures.
 */
export async function raise(deps: AlertDeps, firing: Firing, retried = false): Promise<AlertRow> {
  const now = deps.now();
  const live = await deps.alerts.findLive(firing.dedupKey);
  const known = new Set(live?.incident_ids ?? []);
  const added = [...new Set(firing.incidentIds)].filter((id) => !known.has(id));
  if (live && added.length === 0 && firing.sites.every((site) => live.sites.includes(site))) return live;
  // Only the new incidents are read: the live alert already carries the access of those behind it
  // (reading them all again made a long series of incidents at one site cost its square).
  const facts = await deps.alerts.incidentFacts(added);
  const access = firing.access ?? alertAccess(live ? [live, ...facts] : facts, DEFAULT_ORGANISATION_ID);
  if (live) {
    const incidentIds = [...live.incident_ids, ...added];
    const sites = [...new Set([...live.sites, ...firing.sites])];
    const updated = await deps.alerts.updateIfVersion(live.id, live.version, {
      incident_ids: incidentIds,
      sites,
      title: firing.title,
      explanation: firing.explanation,
      words: firing.words,
      marking: access.marking,
      compartments: access.compartments,
      updated_at: now,
    });
    if (!updated) return live;
    await deps.alerts.appendHistory({
      alert_id: live.id,
      at: now,
      ...SYSTEM_ACTOR,
      action: 'updated',
      details: { added_incidents: added, sites },
    });
    await publishAlert(deps, 'alert.updated', updated, firing.titleEn);
    // A wave that reaches new sites puts them at risk too: they get their proposal as the first ones did
    // (a struck prison was left at the normal level while the alert counted it among the wave's sites).
    const reached = firing.sites.filter((site) => !live.sites.includes(site));
    if (firing.rule.kind === 'wave_alarm' && reached.length > 0) await proposeForWave(deps, updated, reached, facts);
    return updated;
  }
  const row = await deps.alerts.insert({
    id: randomUUID(),
    rule_id: firing.rule.id,
    kind: firing.rule.kind,
    severity: firing.rule.severity,
    title: firing.title,
    explanation: firing.explanation,
    words: firing.words ?? null,
    campaign_id: firing.campaignId,
    incident_ids: firing.incidentIds,
    sites: firing.sites,
    dedup_key: firing.dedupKey,
    ack_due_at: new Date(now.getTime() + firing.rule.ack_minutes * 60_000),
    ...access,
    created_by: null,
    opened_at: now,
    updated_at: now,
  });
  // Another instance's rules opened it a moment before (both read the same new incidents): join it.
  if (!row) {
    if (retried) throw new Error(`the live alert ${firing.dedupKey} could be neither opened nor found`);
    return raise(deps, firing, true);
  }
  await deps.alerts.appendHistory({
    alert_id: row.id,
    at: now,
    ...SYSTEM_ACTOR,
    action: 'opened',
    details: { rule: firing.rule.name, explanation: firing.explanation, incidents: firing.incidentIds.length },
  });
  await publishAlert(deps, 'alert.opened', row, firing.titleEn);
  const atRisk = firing.rule.kind === 'wave_alarm' ? await sitesAtRisk(deps, firing, facts) : firing.sites;
  if (firing.rule.kind === 'wave_alarm') await proposeForWave(deps, row, atRisk, facts);
  const playbook = firing.rule.playbook_id ? await deps.tasks.tasks.findPlaybook(firing.rule.playbook_id) : undefined;
  if (playbook) {
    const names = atRisk.map(siteName(deps)).join(', ') || '—';
    await openPlaybook(deps.tasks, playbook, row, { fr: names, en: names });
    await deps.alerts.appendHistory({
      alert_id: row.id,
      at: now,
      ...SYSTEM_ACTOR,
      action: 'playbook_opened',
      details: { playbook: playbook.id, tasks: playbook.tasks.length },
    });
  }
  return row;
}

/** The wave's own sites, then those the risk model puts most above their usual risk. */
async function sitesAtRisk(deps: AlertDeps, firing: Firing, facts: IncidentFacts[]): Promise<string[]> {
  // the wave's own sites, the most struck first
  const struck = new Map<string, number>();
  for (const fact of facts) if (fact.facility_id) struck.set(fact.facility_id, (struck.get(fact.facility_id) ?? 0) + 1);
  const sites = new Set([...firing.sites].sort((a, b) => (struck.get(b) ?? 0) - (struck.get(a) ?? 0)));
  const limit = Number(firing.rule.params.risk_sites ?? 5);
  const horizon = Number(firing.rule.params.risk_horizon_hours ?? 72);
  const latest = Math.max(...facts.map((f) => f.occurred_start.getTime()));
  if (deps.risk && Number.isFinite(latest)) {
    const risks = (await deps.risk(latest, horizon)).filter((r) => r.relativeRisk > 1.5 && !sites.has(r.siteId));
    for (const risk of risks.sort((a, b) => b.relativeRisk - a.relativeRisk).slice(0, limit)) sites.add(risk.siteId);
  }
  return [...sites];
}

/**
 * One proposal per site at risk, its words saying which wave and how exposed the site is (the wave's
 * incidents there; else the site's rank in the risk model), so the page can group them by campaign
 * and list them most exposed first.
 */
async function proposeForWave(deps: AlertDeps, alert: AlertRow, sites: string[], facts: IncidentFacts[]) {
  for (const [rank, site] of sites.entries()) {
    const incidents = facts.filter((fact) => fact.facility_id === site).length;
    await proposePosture(deps.posture, {
      scope: 'site',
      scopeId: site,
      level: 'reinforced',
      reason: alert.title,
      alertId: alert.id,
      ownerOrg: alert.owner_org_id,
      words: {
        code: incidents > 0 ? 'posture.reason.wave_struck' : 'posture.reason.wave_at_risk',
        params: { alert_id: alert.id, campaign_id: alert.campaign_id, incidents, rank },
      },
    });
  }
}

/**
 * The wave alarm rules fire on an alarm raised by the detection (called after each campaign test),
 * unless its strongest window ended longer than the rule's `max_age_days` before the latest incident:
 * a wave of another year, found when history is first indexed, is no crisis of today.
 */
export async function onWaveAlarm(deps: AlertDeps, alarm: WaveAlarmRow): Promise<void> {
  const enabled = (await deps.alerts.rules()).filter((rule) => rule.kind === 'wave_alarm' && rule.enabled);
  const latest = enabled.length > 0 ? await deps.alerts.latestOccurrence() : null;
  const rules = enabled.filter((rule) => isRecent(rule, new Date(alarm.window_end), latest));
  const names = alarm.sites.map(siteName(deps));
  for (const rule of rules) {
    const shown = `${names.slice(0, 4).join(', ')}${names.length > 4 ? '…' : ''}`;
    await raise(deps, {
      rule,
      dedupKey: `${rule.id}:${alarm.campaign_id ?? alarm.id}`,
      campaignId: alarm.campaign_id,
      incidentIds: alarm.incident_ids,
      sites: alarm.sites,
      ...worded({
        title: { code: 'alert.title.wave_alarm', params: { count: alarm.sites.length, names: shown } },
        explanation: {
          code: 'alert.explanation.wave_alarm',
          params: {
            incidents: alarm.incident_ids.length,
            sites: alarm.sites.length,
            p_value: alarm.p_value,
            recurrence_years: alarm.recurrence_years ?? 0,
            method: alarm.method,
          },
        },
      }),
    });
  }
}

/** Runs the incident rules over every incident written since they last looked, in batches. */
export async function evaluatePendingIncidents(deps: AlertDeps): Promise<number> {
  let seen = 0;
  for (;;) {
    const batch = await deps.alerts.pendingIncidents(BATCH);
    if (batch.length === 0) return seen;
    const rules = (await deps.alerts.rules()).filter((rule) => rule.enabled && rule.kind !== 'wave_alarm');
    const watchlist = rules.some((rule) => rule.kind === 'watchlist') ? await deps.alerts.watchlist() : [];
    const latest = await deps.alerts.latestOccurrence();
    const name = siteName(deps);
    const directorate = directorateName(deps);
    const firings: Firing[] = [];
    for (const rule of rules) {
      const recent = batch.filter((incident) => isRecent(rule, incident.occurred_start, latest));
      if (rule.kind === 'incident_count') firings.push(...(await countFirings(deps, rule, recent, name, directorate)));
      else
        firings.push(
          ...recent.flatMap((incident) => matchIncident(rule, incident, watchlist, name, directorate) ?? []),
        );
    }
    for (const firing of mergeFirings(firings)) await raise(deps, firing);
    await deps.alerts.markAlerted(batch);
    seen += batch.length;
  }
}

/**
 * The incident_count rule over a batch: one read per site or directorate covering the batch's windows,
 * then each incident's windows cut from it in memory (a read per incident parsed the same rows again
 * and again on a long series at one site).
 */
async function countFirings(
  deps: AlertDeps,
  rule: Firing['rule'],
  incidents: IncidentFacts[],
  name: (id: string) => string,
  directorate: (code: string) => string,
): Promise<Firing[]> {
  const window = Number(rule.params.window_hours ?? 72) * 3_600_000;
  const byDirectorate = rule.params.scope === 'directorate';
  const byPlace = new Map<string, IncidentFacts[]>();
  for (const incident of incidents) {
    const place = byDirectorate ? incident.directorate_code : incident.facility_id;
    if (place) byPlace.set(place, [...(byPlace.get(place) ?? []), incident]);
  }
  const firings: Firing[] = [];
  const count = Number(rule.params.count ?? 3);
  for (const [place, group] of byPlace) {
    const times = group.map((incident) => incident.occurred_start.getTime());
    const around = await deps.alerts.incidentsAround(
      byDirectorate ? { directorate: place } : { facilityId: place },
      new Date(Math.min(...times) - window),
      new Date(Math.max(...times) + window),
    );
    const counted = around.filter((incident) => countsFor(rule, incident));
    const starts = counted.map((incident) => incident.occurred_start.getTime());
    // Each incident's window is the one ending at it or starting at it, whichever reaches the count;
    // the alert holds the union of the windows that did (index ranges into `counted`).
    const reached: Array<{ incident: IncidentFacts; from: number; to: number }> = [];
    for (const incident of group) {
      const at = incident.occurred_start.getTime();
      const before = { from: lowerBound(starts, at - window), to: lowerBound(starts, at + 1) };
      const after = { from: lowerBound(starts, at - 1), to: lowerBound(starts, at + window + 1) };
      const hit = [before, after].find((range) => range.to - range.from >= count);
      if (hit) reached.push({ incident, ...hit });
    }
    const last = reached.at(-1);
    if (!last) continue;
    const words = matchCount(rule, last.incident, counted.slice(last.from, last.to), name, directorate);
    if (!words) continue;
    const members = unionOfRanges(reached).flatMap((range) => counted.slice(range.from, range.to));
    firings.push({
      ...words,
      incidentIds: members.map((i) => i.id),
      sites: [...new Set(members.flatMap((i) => (i.facility_id ? [i.facility_id] : [])))],
    });
  }
  return firings;
}

/** Overlapping or touching index ranges merged, in order. */
function unionOfRanges(ranges: Array<{ from: number; to: number }>): Array<{ from: number; to: number }> {
  const merged: Array<{ from: number; to: number }> = [];
  for (const range of [...ranges].sort((a, b) => a.from - b.from)) {
    const previous = merged.at(-1);
    if (previous && range.from <= previous.to) previous.to = Math.max(previous.to, range.to);
    else merged.push({ from: range.from, to: range.to });
  }
  return merged;
}

/** The first index whose value is at least `value`, in an ascending array. */
function lowerBound(values: number[], value: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (values[middle] < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Escalates every open alert past its time to acknowledge to the next level of its rule's chain. */
export async function escalateDue(deps: AlertDeps): Promise<number> {
  const now = deps.now();
  let count = 0;
  for (const alert of await deps.alerts.dueForEscalation(now)) {
    const rule = await deps.alerts.findRule(alert.rule_id);
    const next = rule ? nextEscalation(rule.escalation, alert, now) : null;
    const updated = await deps.alerts.updateIfVersion(
      alert.id,
      alert.version,
      next
        ? { escalation_level: next.level, ack_due_at: next.ackDueAt, updated_at: now }
        : { ack_due_at: null, updated_at: now },
      ['open'],
    );
    if (!updated || !next) continue;
    count += 1;
    await deps.alerts.appendHistory({
      alert_id: alert.id,
      at: now,
      ...SYSTEM_ACTOR,
      action: 'escalated',
      details: { level: next.level, notify: next.notify, reason: 'not acknowledged in time' },
    });
    await publishAlert(
      deps,
      'alert.escalated',
      updated,
      `Escalated to level ${next.level} (${next.notify}): ${updated.title}`,
    );
  }
  return count;
}
