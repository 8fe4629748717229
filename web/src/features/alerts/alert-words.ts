/**
 * The words the server sends as codes (alert titles and explanations, posture proposals' reasons)
 * in the reader's language (issue 17). A code this app does not know falls back to the server's
 * sentence; vocabulary codes in the parameters (event types, target kinds) are worded too.
 */
import type { Alert, IncidentSummary, Posture, Words } from '../../api/alerts-types.ts';
import { label, locale, t, type MessageKey } from '../../i18n/i18n.ts';
import { dateTimeLabel } from '../../lib/dates.ts';
import { formatNumber, pValueLabel, recurrenceSentence } from '../campaigns/detection-text.ts';

const ESCORT_LEVELS = new Set(['standard', 'reinforced', 'high', 'maximal']);

/** "domicile d’agent et véhicule d’agent" */
function wordList(values: unknown, group: 'event_type' | 'target_kind'): string {
  const words = (Array.isArray(values) ? values : []).map((value) => label(group, String(value)).toLowerCase());
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${t('words.and')} ${words.at(-1)}`;
}

/** The parameters of a code as the reader's sentence needs them. */
function wordedParams(params: Words['params']): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(params)) {
    if (key === 'targets') out[key] = wordList(value, 'target_kind');
    else if (key === 'types') out[key] = wordList(value, 'event_type');
    else if (key === 'p_value' && typeof value === 'number') out[key] = pValueLabel(value);
    else if (key === 'recurrence_years' && typeof value === 'number')
      out.recurrence = recurrenceSentence(value, typeof params.p_value === 'number' ? params.p_value : undefined);
    else if ((key === 'recommended' || key === 'planned') && typeof value === 'string' && ESCORT_LEVELS.has(value))
      out[key] = t(`words.escortLevel.${value}` as MessageKey);
    else if (key === 'kind' && typeof value === 'string') out[key] = t(`words.kind.${value}` as MessageKey);
    // an instant (an escort's planned start) in the reader's words; an older alert's preformatted date as it came
    else if (key === 'date' && typeof value === 'string' && /^\d{4}-\d\d-\d\dT/.test(value))
      out[key] = dateTimeLabel(value);
    else if (typeof value === 'number') out[key] = formatNumber(value);
    else out[key] = Array.isArray(value) ? value.join(', ') : (value ?? '');
  }
  return out;
}

/** A code's sentence in the reader's language, or `fallback` for a code this app does not know. */
export function wordsText(words: Words | null | undefined, fallback: string): string {
  if (!words) return fallback;
  const key = `words.${words.code}` as MessageKey;
  const text = t(key, wordedParams(words.params));
  return text === key ? fallback : text;
}

/** An alert's title in the reader's language. */
export const alertTitle = (alert: Pick<Alert, 'title' | 'words'>) => wordsText(alert.words?.title, alert.title);
/** An alert's explanation in the reader's language. */
export const alertExplanation = (alert: Pick<Alert, 'explanation' | 'words'>) =>
  wordsText(alert.words?.explanation, alert.explanation);
/** A posture's reason: a proposal's in the reader's language, a person's as written. */
export const postureReason = (posture: Pick<Posture, 'reason' | 'words'>) => wordsText(posture.words, posture.reason);

/** "nuit du 15 au 16 avr." from the Paris date of the evening. */
export function nightLabel(night: string): string {
  const start = new Date(`${night}T12:00:00Z`);
  const end = new Date(start.getTime() + 86_400_000);
  const day = (date: Date, month: boolean) =>
    new Intl.DateTimeFormat(locale(), {
      timeZone: 'UTC',
      day: 'numeric',
      ...(month ? { month: 'short', year: 'numeric' } : {}),
    }).format(date);
  return t('date.night', { start: day(start, start.getUTCMonth() !== end.getUTCMonth()), end: day(end, true) });
}

/** "Toulon-La Farlède · nuit du 15 au 16 avr. 2025 · tirs, incendie · DDPF · B2" */
export function incidentLine(incident: IncidentSummary): string {
  const parts = [
    incident.site,
    nightLabel(incident.night),
    incident.types.map((type) => label('event_type', type).toLowerCase()).join(', '),
  ];
  if (incident.tags.length) parts.push(incident.tags.join(', '));
  parts.push(incident.grade ? t('words.grade', { grade: incident.grade }) : t('words.ungraded'));
  return parts.join(' · ');
}
