import { randomUUID } from 'node:crypto';
import { DateTime } from 'luxon';
import { authorize, readScope } from '../access/access.ts';
import type { Principal } from '../shared/principal.ts';
import type { Gazetteer } from '../shared/gazetteer.ts';
import type { Caller } from '../shared/caller.ts';
import type { EventPublisher } from '../notifications/vigie-event.ts';
import { scopeName } from '../posture/posture.service.ts';
import { invalidInput, notFound } from '../shared/errors.ts';
import { forbidden } from '../shared/errors.ts';
import { recurrenceSentence } from '../../analysis/waves/recurrence.ts';
import type { ReaderSiteRisk } from '../risk/site-risk.service.ts';
import { bestGrade } from '../../analysis/source-grade.ts';
import { alertText } from '../alerts/alert-words.ts';
import type { AlertRepository } from '../../store/alert.repository.ts';
import type { AuditRepository } from '../../store/audit.repository.ts';
import type { BriefRepository, BriefRow } from '../../store/brief.repository.ts';
import type { CampaignRepository } from '../../store/campaign.repository.ts';
import type { IdentityRepository } from '../../store/identity.repository.ts';
import type { IncidentRepository } from '../../store/incident.repository.ts';
import type { SeizureStatsRepository } from '../../store/seizure-stats.repository.ts';
import type { TaskRepository } from '../../store/task.repository.ts';
import type { IncidentRow } from '../../store/schema.ts';
import { BRIEF_ZONE, briefFacts, renderMarkdown, searchText, type BriefCampaign, type BriefModel } from './brief.ts';
import { renderHtml } from './brief-html.ts';
import type { Outline } from './brief-figures.ts';
import { BRIEF_TEXT, recurrenceSentenceFr, type BriefLanguage } from './brief-text.ts';

/** What the brief use cases need, passed explicitly. */
export interface BriefDeps {
  briefs: BriefRepository;
  incidents: IncidentRepository;
  campaigns: CampaignRepository;
  alerts: AlertRepository;
  tasks: TaskRepository;
  seizureStats: SeizureStatsRepository;
  identity: IdentityRepository;
  audit: AuditRepository;
  events: EventPublisher;
  gazetteer: Gazetteer;
  /** per-site risk at an instant over the next hours, its reasons counted from what the reader may read (core/risk/) */
  risk: (principal: Principal, at: number, horizonHours: number) => Promise<ReaderSiteRisk[]>;
  /** mainland France, for the map figure */
  outline: () => Outline;
  now: () => Date;
  /** the local (Paris) time a date's brief is as of and generated at, "06:30" */
  briefTime: string;
  /** the archive insert and its audit event in one transaction */
  transaction<T>(work: (repositories: { briefs: BriefRepository; audit: AuditRepository }) => Promise<T>): Promise<T>;
}

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** A site is "at risk" when its expected incidents are this many times its usual rate. */
const RISK_THRESHOLD = 1.5;

/** Reads "HH:MM" (default 06:30); a bad value is refused with the variable's name. */
export function parseBriefTime(text: string | undefined): string {
  const value = text?.trim() || '06:30';
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(value))
    throw invalidInput([{ path: 'VIGIE_BRIEF_TIME', message: `expected HH:MM (24 h, Paris time), got "${value}"` }]);
  return value;
}

/** Today's date in Paris. */
export function parisToday(now: Date): string {
  return DateTime.fromJSDate(now, { zone: BRIEF_ZONE }).toISODate()!;
}

/** The instant a date's brief is as of: that date at the brief time in Paris, or now when that is still to come. */
export function briefAsOf(date: string, briefTime: string, now: Date): Date {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !DateTime.fromISO(date).isValid)
    throw invalidInput([{ path: 'date', message: `expected a date YYYY-MM-DD, got "${date}"` }]);
  const [hour, minute] = briefTime.split(':').map(Number);
  const at = DateTime.fromISO(date, { zone: BRIEF_ZONE }).set({ hour, minute }).toJSDate();
  return at > now ? now : at;
}

function gradeOf(row: IncidentRow): string | null {
  const grade = bestGrade(row.sources as Array<{ reliability?: string; credibility?: number }>);
  return grade ? `${grade.reliability}${grade.credibility}` : null;
}

function siteName(gazetteer: Gazetteer, row: Pick<IncidentRow, 'facility_id' | 'commune' | 'department_code'>): string {
  return gazetteer.placeName(row) || row.department_code || '?';
}

function readableIncidents(deps: BriefDeps, principal: Principal, ids: string[]): Promise<IncidentRow[]> {
  return deps.incidents.readableByIds(readScope(principal), ids);
}

async function campaignsOf(
  deps: BriefDeps,
  principal: Principal,
  asOf: Date,
  language: BriefLanguage,
): Promise<BriefCampaign[]> {
  const dayBefore = new Date(asOf.getTime() - DAY_MS);
  const rows = (await deps.campaigns.overlapping(new Date(asOf.getTime() - 7 * DAY_MS), asOf)).filter(
    (row) => row.state !== 'dismissed',
  );
  const members = await deps.campaigns.members(rows.map((row) => row.id));
  const [now, before] = await Promise.all([
    deps.briefs.evaluationsAt(
      rows.map((r) => r.key),
      asOf,
    ),
    deps.briefs.evaluationsAt(
      rows.map((r) => r.key),
      dayBefore,
    ),
  ]);
  const result: BriefCampaign[] = [];
  for (const row of rows) {
    const ids = members.get(row.id) ?? [];
    const visible = (await readableIncidents(deps, principal, ids)).filter(
      (incident) => incident.occurred_start < asOf,
    );
    if (visible.length === 0) continue;
    const withheld = visible.length < ids.length;
    const wave = (row.significance as { wave?: { p_value: number; recurrence_years: number } } | null)?.wave;
    const pValue = now.get(row.key)?.p_value ?? wave?.p_value ?? null;
    const years = wave?.recurrence_years;
    const siteIds = withheld ? [...new Set(visible.flatMap((i) => (i.facility_id ? [i.facility_id] : [])))] : row.sites;
    result.push({
      id: row.id,
      key: row.key,
      state: row.state,
      members: visible.length,
      sites: siteIds.map((id) => deps.gazetteer.facility(id)?.name ?? id),
      new_members: visible.filter((i) => i.occurred_start >= dayBefore).length,
      first_seen: visible.every((i) => i.occurred_start >= dayBefore),
      sentence:
        years === undefined ? null : language === 'fr' ? recurrenceSentenceFr(years) : recurrenceSentence(years),
      p_value: withheld ? null : pValue,
      p_value_yesterday: withheld ? null : (before.get(row.key)?.p_value ?? null),
      withheld,
      explanation: withheld ? '' : row.explanation,
      facts: withheld ? null : ((row.facts as unknown as BriefCampaign['facts']) ?? null),
      start: row.start_at.toISOString(),
      end: row.end_at.toISOString(),
    });
  }
  return result.sort((a, b) => (a.p_value ?? 1) - (b.p_value ?? 1));
}

function countBy<T>(items: T[], keys: (item: T) => string[], recent: (item: T) => boolean) {
  const counts = new Map<string, { last_24h: number; last_7d: number }>();
  for (const item of items) {
    for (const key of keys(item)) {
      const c = counts.get(key) ?? { last_24h: 0, last_7d: 0 };
      c.last_7d += 1;
      if (recent(item)) c.last_24h += 1;
      counts.set(key, c);
    }
  }
  return [...counts.entries()].sort((a, b) => b[1].last_7d - a[1].last_7d || a[0].localeCompare(b[0]));
}

/** The brief of `date` as `principal` may read it: the data, before rendering. */
export async function buildBrief(
  deps: BriefDeps,
  principal: Principal,
  date: string,
  language: BriefLanguage,
  audience: string,
): Promise<BriefModel> {
  const asOf = briefAsOf(date, deps.briefTime, deps.now());
  const dayFrom = new Date(asOf.getTime() - DAY_MS);
  const weekFrom = new Date(asOf.getTime() - 7 * DAY_MS);
  const scope = readScope(principal);
  const week = (await deps.incidents.list(scope, { from: weekFrom, to: asOf }, 5000)).filter(
    (row) => row.status !== 'refuted' && row.status !== 'duplicate',
  );
  const recent = (row: IncidentRow) => row.occurred_end > dayFrom;
  const directorateName = (code: string) => deps.gazetteer.directorates.find((d) => d.code === code)?.name ?? code;
  const openAlerts = { state: ['open', 'acknowledged'] };
  const overdue = { overdueAt: asOf };
  const mayRisk = authorize(principal, { kind: 'read-risk' }).allowed;
  const [alerts, alertTotal, tasks, taskTotal, postures, risks, seizures, campaigns] = await Promise.all([
    deps.alerts.list(scope, openAlerts, 20, 0),
    deps.alerts.count(scope, openAlerts),
    deps.tasks.list(scope, overdue, 20, 0),
    deps.tasks.count(scope, overdue),
    deps.briefs.postureChanges(dayFrom, asOf),
    mayRisk ? deps.risk(principal, asOf.getTime(), 72) : Promise.resolve(null),
    deps.seizureStats.facts(scope, { from: weekFrom, to: asOf }),
    campaignsOf(deps, principal, asOf, language),
  ]);
  const site = (id: string) => deps.gazetteer.facility(id)?.name ?? id;
  // the alerts the overdue tasks answer, when the reader may read them
  const taskAlerts = new Map(
    (
      await deps.alerts.readableByIds(
        scope,
        tasks.flatMap((t) => (t.alert_id ? [t.alert_id] : [])),
      )
    ).map((a) => [a.id, a]),
  );
  const assignees = new Map<string, string>();
  for (const id of new Set(tasks.flatMap((t) => (t.assignee_id ? [t.assignee_id] : [])))) {
    const user = await deps.identity.findUserById(id);
    if (user) assignees.set(id, user.display_name ?? user.username);
  }
  return {
    date,
    language,
    as_of: asOf.toISOString(),
    audience,
    incidents: {
      last_24h: week.filter(recent).length,
      last_7d: week.length,
      by_directorate: countBy(week, (row) => [row.directorate_code ?? '—'], recent).map(([code, c]) => ({
        code,
        name: code === '—' ? '—' : directorateName(code),
        ...c,
      })),
      by_type: countBy(week, (row) => row.event_types, recent).map(([type, c]) => ({ type, ...c })),
      items: week.map((row) => ({
        id: row.id,
        start: row.occurred_start.toISOString(),
        site: siteName(deps.gazetteer, row),
        directorate: row.directorate_code,
        types: row.event_types,
        lat: row.lat,
        lon: row.lon,
        in_last_24h: recent(row),
        tags: row.signatures.filter((sig) => sig.kind === 'tag').map((sig) => sig.text),
        grade: gradeOf(row),
        precision: row.occurred_precision,
        end: row.occurred_end.toISOString(),
      })),
    },
    campaigns,
    alerts: {
      total: alertTotal,
      items: alerts.map((a) => ({
        id: a.id,
        title: alertText(a, language).title,
        severity: a.severity,
        state: a.state,
        opened_at: a.opened_at.toISOString(),
        sites: a.sites.map(site),
      })),
    },
    overdue_tasks: {
      total: taskTotal,
      items: tasks.map((t) => {
        const alert = t.alert_id ? taskAlerts.get(t.alert_id) : undefined;
        return {
          id: t.id,
          title: language === 'en' ? (t.title_en ?? t.title) : t.title,
          due_at: t.due_at?.toISOString() ?? null,
          about: alert ? alertText(alert, language).title : null,
          sites: alert?.sites.map(site) ?? [],
          assignee: t.assignee_id ? (assignees.get(t.assignee_id) ?? null) : null,
        };
      }),
    },
    posture: postures.map((p) => ({
      where: scopeName(deps, p.scope, p.scope_id),
      level: p.level,
      state: p.state,
      reason: p.reason,
      at: p.at.toISOString(),
    })),
    risk:
      risks === null
        ? null
        : risks
            .filter((r) => r.relativeRisk >= RISK_THRESHOLD)
            .sort((a, b) => b.probability - a.probability)
            .slice(0, 8)
            .flatMap((r) => {
              const site = deps.gazetteer.facility(r.siteId);
              return site
                ? [
                    {
                      site_id: r.siteId,
                      name: site.name,
                      probability: r.probability,
                      relative_risk: r.relativeRisk,
                      lat: site.lat,
                      lon: site.lon,
                      reasons: r.reasons,
                    },
                  ]
                : [];
            }),
    seizures: [...seizures]
      .sort((a, b) => b.quantity_kg - a.quantity_kg)
      .slice(0, 5)
      .map((s) => ({
        id: s.id,
        date: DateTime.fromJSDate(s.occurred_start, { zone: BRIEF_ZONE }).toISODate()!,
        drug: s.drug,
        kilograms: s.quantity_kg,
        place: s.commune ?? s.department_code ?? s.country,
        agency: s.agency,
        organisation: s.organisation_name,
        vessel: s.vessel,
      })),
  };
}

export interface RenderedBrief {
  model: BriefModel;
  markdown: string;
  html: string;
}

/** The brief of `date` for the caller, rendered; nothing is archived. */
export async function briefFor(
  deps: BriefDeps,
  caller: Caller,
  date: string | undefined,
  language: BriefLanguage = 'fr',
): Promise<RenderedBrief> {
  const principal = caller.principal;
  const organisation = await deps.identity.findOrganisation(principal.organisationId);
  const audience = principal.system
    ? 'Vigie'
    : `${principal.username} (${organisation?.name ?? principal.organisationId})`;
  const model = await buildBrief(deps, principal, date ?? parisToday(deps.now()), language, audience);
  return { model, markdown: renderMarkdown(model), html: renderHtml(model, deps.outline()) };
}

/** How an organisation's scheduled brief reads: as one of its analysts, with its sharing, without STAFF. */
async function organisationPrincipal(deps: BriefDeps, organisationId: string): Promise<Principal> {
  return {
    userId: organisationId,
    username: `brief:${organisationId}`,
    role: 'analyst',
    organisationId,
    compartments: [],
    sharedFrom: await deps.identity.sharedWith(organisationId),
  };
}

/**
 * Generates and archives the brief of `date` for every organisation, once: instances sharing a
 * database race on the unique (date, audience) key and only the one whose insert lands publishes
 * `brief.published` to the organisation's subscribers. Returns the briefs this call stored.
 */
export async function publishDailyBriefs(
  deps: BriefDeps,
  date: string,
  language: BriefLanguage = 'fr',
): Promise<BriefRow[]> {
  const stored: BriefRow[] = [];
  for (const organisation of await deps.identity.listOrganisations()) {
    if (await deps.briefs.find(date, organisation.id)) continue;
    const model = await buildBrief(
      deps,
      await organisationPrincipal(deps, organisation.id),
      date,
      language,
      organisation.name,
    );
    const markdown = renderMarkdown(model);
    const row = await deps.transaction(async ({ briefs, audit }) => {
      const inserted = await briefs.insertOnce({
        id: randomUUID(),
        brief_date: date,
        audience_org_id: organisation.id,
        language,
        title: BRIEF_TEXT[language].title(date),
        content_md: markdown,
        content_html: renderHtml(model, deps.outline()),
        facts: briefFacts(model),
        search_text: searchText(model, markdown),
        generated_at: deps.now(),
        generated_by: 'vigie',
        owner_org_id: organisation.id,
        marking: 'AMBER+STRICT',
        compartments: [],
        created_by: null,
      });
      if (inserted)
        await audit.append({
          actor_id: null,
          actor: 'vigie',
          action: 'brief.generate',
          object_type: 'brief',
          object_id: inserted.id,
          details: { date, audience: organisation.id },
        });
      return inserted;
    });
    if (!row) continue;
    stored.push(row);
    await deps.events.publish({
      type: 'brief.published',
      subjectId: row.id,
      severity: 'info',
      access: {
        owner_org_id: row.owner_org_id,
        marking: row.marking,
        compartments: row.compartments,
        created_by: null,
      },
      title: `${BRIEF_TEXT.fr.title(date)} (${organisation.name})`,
      titleEn: `${BRIEF_TEXT.en.title(date)} (${organisation.name})`,
      payload: {
        id: row.id,
        date,
        audience: organisation.name,
        title: row.title,
        markdown,
        incidents_24h: model.incidents.last_24h,
        incidents_7d: model.incidents.last_7d,
        campaigns: model.campaigns.map((c) => c.key),
      },
    });
  }
  return stored;
}

/** Archived briefs the caller may read (its organisation's), newest first; `q` searches their text. */
export async function listBriefs(
  deps: BriefDeps,
  caller: Caller,
  q: string | undefined,
  limit: number,
  offset: number,
) {
  const audiences = caller.principal.system ? null : [caller.principal.organisationId];
  const scope = readScope(caller.principal);
  const [items, total] = await Promise.all([
    deps.briefs.list(scope, audiences, q, limit, offset),
    deps.briefs.count(scope, audiences, q),
  ]);
  return { items, total, next_offset: offset + items.length < total ? offset + items.length : null };
}

export async function getArchivedBrief(deps: BriefDeps, caller: Caller, id: string): Promise<BriefRow> {
  const row = await deps.briefs.findReadable(readScope(caller.principal), id);
  if (!row) throw notFound('brief', id);
  return row;
}

/**
 * Runs the scheduled generation of `date` now (supervisors and administrators: it publishes to
 * subscribers); briefs already archived for that date are kept, not replaced.
 */
export async function generateDailyBriefs(deps: BriefDeps, caller: Caller, date: string): Promise<BriefRow[]> {
  const allowed = authorize(caller.principal, { kind: 'configure-notifications' });
  if (!allowed.allowed) throw forbidden(`supervisors and administrators run the daily brief: ${allowed.reason}`);
  briefAsOf(date, deps.briefTime, deps.now());
  return publishDailyBriefs(deps, date);
}
