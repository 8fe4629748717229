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

export interface BriefIncident { id: string; start: string; site: string; directorate: string | null; types: string[]; lat: number; lon: number; in_last_24h: boolean }
export interface BriefCampaign {
  id: string; key: string; state: string; sites: string[]; members: number; new_members: number;
  sentence: string | null; p_value: number | null; p_value_yesterday: number | null; first_seen: boolean; withheld: boolean; explanation: string;
}
/** A site at risk; its reasons are counted from what the brief's reader may read. */
export interface BriefSiteRisk { site_id: string; name: string; probability: number; relative_risk: number; lat: number; lon: number; reasons: ReaderRiskReason[] }
export interface BriefSeizure { id: string; date: string; drug: string; kilograms: number; place: string; agency: string | null; organisation: string | null; vessel: string | null }

export interface BriefModel {
  date: string;
  language: BriefLanguage;
  /** the instant the brief is as of (the scheduled hour of its date, or now if earlier) */
  as_of: string;
  audience: string;
  incidents: {
    last_24h: number; last_7d: number;
    by_directorate: Array<{ code: string; name: string; last_24h: number; last_7d: number }>;
    by_type: Array<{ type: string; last_24h: number; last_7d: number }>;
    items: BriefIncident[];
  };
  campaigns: BriefCampaign[];
  alerts: { total: number; items: Array<{ id: string; title: string; severity: string; state: string; opened_at: string }> };
  overdue_tasks: { total: number; items: Array<{ id: string; title: string; due_at: string | null }> };
  posture: Array<{ where: string; level: string; state: string; reason: string; at: string }>;
  /** null: the reader's role may not run the site-risk model */
  risk: BriefSiteRisk[] | null;
  seizures: BriefSeizure[];
}

/** The facts of a brief kept in the archive, so the next day's can say what changed. */
export function briefFacts(model: BriefModel) {
  return { campaigns: model.campaigns.map((c) => ({ key: c.key, members: c.members, p_value: c.p_value })), incidents_24h: model.incidents.last_24h, incidents_7d: model.incidents.last_7d };
}

export function localTime(iso: string, language: BriefLanguage, format = 'dd/MM/yyyy HH:mm'): string {
  return DateTime.fromISO(iso, { zone: BRIEF_ZONE }).setLocale(language).toFormat(format);
}

export function longDate(date: string, language: BriefLanguage): string {
  return DateTime.fromISO(date, { zone: BRIEF_ZONE }).setLocale(language === 'fr' ? 'fr-FR' : 'en-GB').toLocaleString(DateTime.DATE_HUGE);
}

/** French puts a space before a colon. */
export const colon = (language: BriefLanguage) => (language === 'fr' ? '\u00a0:' : ':');

export function typeLabel(type: string, language: BriefLanguage): string {
  return EVENT_TYPE_LABELS[language][type] ?? type;
}

/** "Aux taux habituels ... (p < 0,001) ; depuis la veille : 2 nouveaux incidents, p passée de ..." */
export function campaignSignificance(c: BriefCampaign, language: BriefLanguage): { significance: string; changed: string } {
  const t = BRIEF_TEXT[language];
  const significance = c.withheld ? t.withheld
    : c.p_value === null ? t.notTested
      : `${c.sentence ? `${c.sentence} ` : ''}(${t.pValue} ${c.p_value < 0.001 ? '' : '= '}${pValueText(c.p_value, language)})`;
  const parts: string[] = [];
  if (c.first_seen) parts.push(t.firstSeen);
  parts.push(c.new_members > 0 ? t.newMembers(c.new_members) : t.noNewMembers);
  if (!c.withheld && c.p_value !== null && c.p_value_yesterday !== null) {
    parts.push(Math.abs(c.p_value - c.p_value_yesterday) < 1e-12 ? t.pSame : t.pChange(pValueText(c.p_value_yesterday, language), pValueText(c.p_value, language)));
  }
  return { significance, changed: parts.join(', ') };
}

/** The brief in Markdown: the same sections as the HTML, without the figures. */
export function renderMarkdown(model: BriefModel): string {
  const t = BRIEF_TEXT[model.language];
  const lang = model.language;
  const lines: string[] = [`# ${t.title(longDate(model.date, lang))}`, '', `_${t.audience(model.audience, localTime(model.as_of, lang))}_`, ''];
  lines.push(`## ${t.incidents}`, '', t.incidentsSummary(model.incidents.last_24h, model.incidents.last_7d), '');
  if (model.incidents.by_directorate.length) {
    lines.push(`| ${t.directorate} | ${t.last24} | ${t.last7} |`, '|---|---:|---:|');
    for (const row of model.incidents.by_directorate) lines.push(`| ${row.name} | ${row.last_24h} | ${row.last_7d} |`);
    lines.push('', `| ${t.type} | ${t.last24} | ${t.last7} |`, '|---|---:|---:|');
    for (const row of model.incidents.by_type) lines.push(`| ${typeLabel(row.type, lang)} | ${row.last_24h} | ${row.last_7d} |`);
    lines.push('');
  }
  lines.push(`## ${t.campaigns}`, '');
  if (model.campaigns.length === 0) lines.push(t.noCampaigns);
  for (const c of model.campaigns) {
    const { significance, changed } = campaignSignificance(c, lang);
    lines.push(`- **${c.key}** (${c.state}) — ${t.campaignLine(c.sites.join(', '), c.members)}`, `  - ${t.significance}${colon(lang)} ${significance}`, `  - ${t.changed}${colon(lang)} ${changed}`);
  }
  lines.push('', `## ${t.alerts} (${model.alerts.total})`, '');
  if (model.alerts.items.length === 0) lines.push(t.noAlerts);
  for (const a of model.alerts.items) lines.push(`- [${a.severity}] ${a.title} — ${a.state}, ${localTime(a.opened_at, lang)}`);
  lines.push('', `## ${t.tasks} (${model.overdue_tasks.total})`, '');
  if (model.overdue_tasks.items.length === 0) lines.push(t.noTasks);
  for (const task of model.overdue_tasks.items) lines.push(`- ${task.title}${task.due_at ? ` — ${t.due} ${localTime(task.due_at, lang)}` : ''}`);
  lines.push('', `## ${t.posture}`, '');
  if (model.posture.length === 0) lines.push(t.noPosture);
  for (const p of model.posture) lines.push(`- ${p.where}${colon(lang)} ${p.level} (${p.state}) — ${p.reason}, ${localTime(p.at, lang)}`);
  lines.push('', `## ${t.risk}`, '');
  if (model.risk === null) lines.push(t.riskWithheld);
  else if (model.risk.length === 0) lines.push(t.noRisk);
  else for (const r of model.risk) lines.push(`- ${r.name} — ${t.riskLine(percent(r.probability, lang), decimal(r.relative_risk, lang))}${r.reasons.length ? ` (${r.reasons.map((reason) => riskReasonText(reason, lang)).join('; ')})` : ''}`);
  lines.push('', `## ${t.seizures}`, '');
  if (model.seizures.length === 0) lines.push(t.noSeizures);
  for (const s of model.seizures) lines.push(`- ${s.date} — ${formatMass(s.kilograms, lang)} ${drugName(s.drug, lang)}, ${s.place}${s.agency ? ` (${s.agency})` : ''}${s.organisation ? ` — ${s.organisation}` : ''}`);
  return `${lines.join('\n')}\n`;
}

/** The lowercased text the archive search matches. */
export function searchText(model: BriefModel, markdown: string): string {
  return `${model.date} ${markdown}`.toLowerCase();
}
