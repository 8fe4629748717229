/**
 * The daily brief as data (built by brief.service.ts for one reader) and its Markdown form. The
 * HTML form, with its figures, is in brief-html.ts. Nothing here does I/O.
 */
import { DateTime } from 'luxon';
import { drugName, formatMass } from '../../analysis/seizures/seizure-trends.ts';
import type { ReaderRiskReason } from '../../analysis/risk/risk-reason.ts';
import { riskReasonText } from './brief-risk-text.ts';
import { BRIEF_TEXT, decimal, EVENT_TYPE_LABELS, percent, pValueText, type BriefLanguage } from './brief-text.ts';

export const BRIEF_ZONE = 'Europe/Paris';

export interface BriefIncident {
  id: string;
  start: string;
  site: string;
  directorate: string | null;
  types: string[];
  lat: number;
  lon: number;
  in_last_24h: boolean;
  /** the signatures of kind tag, as written */
  tags: string[];
  /** the best source grade ("B2"), or null when no source is graded */
  grade: string | null;
  /** how precisely its time is known (exact, hour, night, day, week...), and its end */
  precision: string;
  end: string;
}
/** The numbers a campaign's explanation is worded from (src/analysis/linking/campaign-types.ts). */
export interface BriefCampaignFacts {
  incidents: number;
  sites: number;
  nights: number;
  sharedTag: { text: string; kind: string; count: number } | null;
  nearIdenticalMo: number;
  weakSources: number;
}
export interface BriefCampaign {
  id: string;
  key: string;
  state: string;
  sites: string[];
  members: number;
  new_members: number;
  /** null when the reader may not read every member (the explanation would tell what they hide) */
  facts: BriefCampaignFacts | null;
  start: string;
  end: string;
  sentence: string | null;
  p_value: number | null;
  p_value_yesterday: number | null;
  first_seen: boolean;
  withheld: boolean;
  explanation: string;
}
/** A site at risk; its reasons are counted from what the brief's reader may read. */
export interface BriefSiteRisk {
  site_id: string;
  name: string;
  probability: number;
  relative_risk: number;
  lat: number;
  lon: number;
  reasons: ReaderRiskReason[];
}
export interface BriefSeizure {
  id: string;
  date: string;
  drug: string;
  kilograms: number;
  place: string;
  agency: string | null;
  organisation: string | null;
  vessel: string | null;
}

export interface BriefModel {
  date: string;
  language: BriefLanguage;
  /** the instant the brief is as of (the scheduled hour of its date, or now if earlier) */
  as_of: string;
  audience: string;
  incidents: {
    last_24h: number;
    last_7d: number;
    by_directorate: Array<{ code: string; name: string; last_24h: number; last_7d: number }>;
    by_type: Array<{ type: string; last_24h: number; last_7d: number }>;
    items: BriefIncident[];
  };
  campaigns: BriefCampaign[];
  alerts: {
    total: number;
    items: Array<{ id: string; title: string; severity: string; state: string; opened_at: string; sites: string[] }>;
  };
  /** each task with the alert it answers (its title in the brief's language) and its sites */
  overdue_tasks: {
    total: number;
    items: Array<{
      id: string;
      title: string;
      due_at: string | null;
      about: string | null;
      sites: string[];
      assignee: string | null;
    }>;
  };
  posture: Array<{ where: string; level: string; state: string; reason: string; at: string }>;
  /** null: the reader's role may not run the site-risk model */
  risk: BriefSiteRisk[] | null;
  seizures: BriefSeizure[];
}

/** The facts of a brief kept in the archive, so the next day's can say what changed (and its PDF draw the week). */
export function briefFacts(model: BriefModel) {
  return {
    campaigns: model.campaigns.map((c) => ({ key: c.key, members: c.members, p_value: c.p_value })),
    incidents_24h: model.incidents.last_24h,
    incidents_7d: model.incidents.last_7d,
    per_day: incidentsPerDay(model),
  };
}

/** Incidents per Paris day over the seven days before the brief, oldest first. */
export function incidentsPerDay(model: BriefModel): Array<{ day: string; count: number }> {
  const end = DateTime.fromISO(model.as_of, { zone: BRIEF_ZONE });
  const days = Array.from({ length: 7 }, (_, i) => end.minus({ days: 6 - i }).toISODate()!);
  return days.map((day) => ({
    day,
    count: model.incidents.items.filter((i) => DateTime.fromISO(i.start, { zone: BRIEF_ZONE }).toISODate() === day)
      .length,
  }));
}

/** The night's incidents (the last 24 hours), earliest first. */
export function nightIncidents(model: BriefModel): BriefIncident[] {
  return model.incidents.items.filter((i) => i.in_last_24h).sort((a, b) => a.start.localeCompare(b.start));
}

/** "7 sites en 3 nuits, 5 partagent le tag « DDPF »": what ties a campaign, in the brief's words. */
export function campaignHeadline(c: BriefCampaign, language: BriefLanguage): string {
  const t = BRIEF_TEXT[language];
  if (!c.facts) return t.campaignVisible(c.members);
  const parts = [t.campaignSpread(c.facts.sites, c.facts.nights)];
  if (c.facts.sharedTag) parts.push(t.campaignShared(c.facts.sharedTag.count, c.facts.sharedTag.text));
  if (c.facts.nearIdenticalMo >= 2) parts.push(t.campaignSameMo(c.facts.nearIdenticalMo));
  if (c.facts.weakSources > 0) parts.push(t.campaignWeak(c.facts.weakSources));
  return parts.join(', ');
}

/** When an incident happened as precisely as it is known: "16/04 02:10", "nuit du 14/04", "14/04", "du 10/04 au 16/04". */
function timeCell(i: BriefIncident, language: BriefLanguage): string {
  const t = BRIEF_TEXT[language];
  if (i.precision === 'exact' || i.precision === 'hour' || i.precision === 'minute')
    return localTime(i.start, language, 'dd/MM HH:mm');
  if (i.precision === 'night') return t.nightOf(localTime(i.start, language, 'dd/MM'));
  const last = new Date(new Date(i.end).getTime() - 1).toISOString();
  const [from, to] = [localTime(i.start, language, 'dd/MM'), localTime(last, language, 'dd/MM')];
  return from === to ? from : t.between(from, to);
}

/** An incident's line: "02:10 · Toulon-La Farlède · tirs, incendie · tags DDPF · source B2". */
export function incidentCells(
  i: BriefIncident,
  language: BriefLanguage,
): { time: string; site: string; acts: string; tags: string; grade: string } {
  const t = BRIEF_TEXT[language];
  return {
    time: timeCell(i, language),
    site: i.site,
    acts: i.types.map((type) => typeLabel(type, language)).join(', '),
    tags: i.tags.join(', ') || '—',
    grade: i.grade ?? t.ungraded,
  };
}

export function localTime(iso: string, language: BriefLanguage, format = 'dd/MM/yyyy HH:mm'): string {
  return DateTime.fromISO(iso, { zone: BRIEF_ZONE }).setLocale(language).toFormat(format);
}

export function longDate(date: string, language: BriefLanguage): string {
  return DateTime.fromISO(date, { zone: BRIEF_ZONE })
    .setLocale(language === 'fr' ? 'fr-FR' : 'en-GB')
    .toLocaleString(DateTime.DATE_HUGE);
}

/** French puts a space before a colon. */
export const colon = (language: BriefLanguage) => (language === 'fr' ? '\u00a0:' : ':');

export function typeLabel(type: string, language: BriefLanguage): string {
  return EVENT_TYPE_LABELS[language][type] ?? type;
}

/** "Aux taux habituels ... (p < 0,001) ; depuis la veille : 2 nouveaux incidents, p passée de ..." */
export function campaignSignificance(
  c: BriefCampaign,
  language: BriefLanguage,
): { significance: string; changed: string } {
  const t = BRIEF_TEXT[language];
  const significance = c.withheld
    ? t.withheld
    : c.p_value === null
      ? t.notTested
      : `${c.sentence ? `${c.sentence} ` : ''}(${t.pValue} ${c.p_value < 0.001 ? '' : '= '}${pValueText(c.p_value, language)})`;
  const parts: string[] = [];
  if (c.first_seen) parts.push(t.firstSeen);
  parts.push(c.new_members > 0 ? t.newMembers(c.new_members) : t.noNewMembers);
  if (!c.withheld && c.p_value !== null && c.p_value_yesterday !== null) {
    parts.push(
      Math.abs(c.p_value - c.p_value_yesterday) < 1e-12
        ? t.pSame
        : t.pChange(pValueText(c.p_value_yesterday, language), pValueText(c.p_value, language)),
    );
  }
  return { significance, changed: parts.join(', ') };
}

/** The brief in Markdown: the same sections as the HTML, without the figures. */
export function renderMarkdown(model: BriefModel): string {
  const t = BRIEF_TEXT[model.language];
  const lang = model.language;
  const lines: string[] = [
    `# ${t.title(longDate(model.date, lang))}`,
    '',
    `_${t.audience(model.audience, localTime(model.as_of, lang))}_`,
    '',
  ];
  lines.push(`## ${t.night}`, '');
  const night = nightIncidents(model);
  if (night.length === 0) lines.push(t.noNight, '');
  else {
    lines.push(`| ${t.time} | ${t.site} | ${t.acts} | ${t.tags} | ${t.source} |`, '|---|---|---|---|---|');
    for (const i of night) {
      const cells = incidentCells(i, lang);
      lines.push(`| ${cells.time} | ${cells.site} | ${cells.acts} | ${cells.tags} | ${cells.grade} |`);
    }
    lines.push('');
  }
  lines.push(`## ${t.incidents}`, '', t.incidentsSummary(model.incidents.last_24h, model.incidents.last_7d), '');
  if (model.incidents.by_directorate.length) {
    lines.push(`| ${t.directorate} | ${t.last24} | ${t.last7} |`, '|---|---:|---:|');
    for (const row of model.incidents.by_directorate) lines.push(`| ${row.name} | ${row.last_24h} | ${row.last_7d} |`);
    lines.push('', `| ${t.type} | ${t.last24} | ${t.last7} |`, '|---|---:|---:|');
    for (const row of model.incidents.by_type)
      lines.push(`| ${typeLabel(row.type, lang)} | ${row.last_24h} | ${row.last_7d} |`);
    lines.push('');
  }
  lines.push(`## ${t.campaigns}`, '');
  if (model.campaigns.length === 0) lines.push(t.noCampaigns);
  for (const c of model.campaigns) {
    const { significance, changed } = campaignSignificance(c, lang);
    lines.push(
      `- **${campaignHeadline(c, lang)}** (${t.campaignState[c.state as keyof typeof t.campaignState] ?? c.state}) — ${t.campaignLine(c.sites.join(', '), c.members)}`,
      `  - ${t.significance}${colon(lang)} ${significance}`,
      `  - ${t.changed}${colon(lang)} ${changed}`,
    );
  }
  lines.push('', `## ${t.alerts} (${model.alerts.total})`, '');
  if (model.alerts.items.length === 0) lines.push(t.noAlerts);
  for (const a of model.alerts.items) lines.push(`- ${alertLine(a, lang)}`);
  lines.push('', `## ${t.tasks} (${model.overdue_tasks.total})`, '');
  if (model.overdue_tasks.items.length === 0) lines.push(t.noTasks);
  for (const task of model.overdue_tasks.items) lines.push(`- ${taskLine(task, lang)}`);
  lines.push('', `## ${t.posture}`, '');
  if (model.posture.length === 0) lines.push(t.noPosture);
  for (const p of model.posture) lines.push(`- ${postureLine(p, lang)}`);
  lines.push('', `## ${t.risk}`, '');
  if (model.risk === null) lines.push(t.riskWithheld);
  else if (model.risk.length === 0) lines.push(t.noRisk);
  else
    for (const r of model.risk)
      lines.push(
        `- ${r.name} — ${t.riskLine(percent(r.probability, lang), decimal(r.relative_risk, lang))}${r.reasons.length ? ` (${r.reasons.map((reason) => riskReasonText(reason, lang)).join('; ')})` : ''}`,
      );
  lines.push('', `## ${t.seizures}`, '');
  if (model.seizures.length === 0) lines.push(t.noSeizures);
  for (const s of model.seizures)
    lines.push(
      `- ${s.date} — ${formatMass(s.kilograms, lang)} ${drugName(s.drug, lang)}, ${s.place}${s.agency ? ` (${s.agency})` : ''}${s.organisation ? ` — ${s.organisation}` : ''}`,
    );
  return `${lines.join('\n')}\n`;
}

/** "Élevée : Vague d’attaques : 6 sites (…) — ouverte, 16/04/2025 02:10" */
export function alertLine(a: BriefModel['alerts']['items'][number], language: BriefLanguage): string {
  const t = BRIEF_TEXT[language];
  return `${t.severity[a.severity as keyof typeof t.severity] ?? a.severity}${colon(language)} ${a.title} — ${t.alertState[a.state as keyof typeof t.alertState] ?? a.state}, ${localTime(a.opened_at, language)}`;
}

/** "Protéger l’agent menacé — Menace contre un agent (…) : Toulon-La Farlède ; échéance 16/04/2025 08:00" */
export function taskLine(task: BriefModel['overdue_tasks']['items'][number], language: BriefLanguage): string {
  const t = BRIEF_TEXT[language];
  const about = task.about ? ` — ${task.about}` : task.sites.length ? ` — ${task.sites.join(', ')}` : '';
  return `${task.title}${about}${task.due_at ? ` ; ${t.due} ${localTime(task.due_at, language)}` : ''}${task.assignee ? ` ; ${t.assignee} ${task.assignee}` : ''}`;
}

export function postureLine(p: BriefModel['posture'][number], language: BriefLanguage): string {
  const t = BRIEF_TEXT[language];
  return `${p.where}${colon(language)} ${t.postureLevel[p.level as keyof typeof t.postureLevel] ?? p.level} (${t.postureState[p.state as keyof typeof t.postureState] ?? p.state}) — ${p.reason}, ${localTime(p.at, language)}`;
}

/** The lowercased text the archive search matches. */
export function searchText(model: BriefModel, markdown: string): string {
  return `${model.date} ${markdown}`.toLowerCase();
}
