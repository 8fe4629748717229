/**
 * The words of an alert as a code with parameters (issue 17): the web app words each code in the
 * reader's language; the server keeps a French and an English sentence from the same code for the
 * API's users, the brief and the notifications. Parameters hold names (sites, directorates) and
 * vocabulary codes (event types, target kinds), never sentences.
 */
import { EVENT_TYPE_LABELS, pValueText, recurrenceSentenceFr, type BriefLanguage } from '../brief/brief-text.ts';
import { recurrenceSentence } from '../../analysis/waves/recurrence.ts';

export type WordParams = Record<string, string | number | string[] | null>;
/** A sentence as a code and its parameters. */
export interface Words {
  code: string;
  params: WordParams;
}
/** An alert's title and explanation. */
export interface AlertWords {
  title: Words;
  explanation: Words;
}

export const TARGET_KIND_LABELS: Record<BriefLanguage, Record<string, string>> = {
  fr: {
    facility: 'établissement',
    staff_vehicle: 'véhicule d’un agent',
    staff_home: 'domicile d’un agent',
    staff_person: 'agent (personne)',
    transport: 'transfert, extraction',
    court: 'tribunal',
    training_school: 'école de formation',
    other: 'autre',
  },
  en: {
    facility: 'prison',
    staff_vehicle: 'staff vehicle',
    staff_home: 'staff home',
    staff_person: 'staff member',
    transport: 'transport, escort',
    court: 'court',
    training_school: 'training school',
    other: 'other',
  },
};
const WATCH_KIND_LABELS: Record<BriefLanguage, Record<string, string>> = {
  fr: { tag: 'tag', vehicle_plate: 'plaque', phone: 'téléphone', online_handle: 'pseudonyme' },
  en: { tag: 'tag', vehicle_plate: 'plate', phone: 'phone', online_handle: 'handle' },
};

/** A place as people say it: "DISP de Marseille" for a directorate code, else the name given. */
export function directorateLabel(code: string, seat?: string | null): string {
  if (seat && code.startsWith('DISP-')) return `DISP de ${seat}`;
  return code.replace(/^DISP-/, 'DISP ').replace(/-/g, ' ');
}

const list = (values: unknown, labels: Record<string, string>, and: string) => {
  const words = (Array.isArray(values) ? values : []).map((v) => labels[String(v)] ?? String(v).replace(/_/g, ' '));
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} ${and} ${words.at(-1)}`;
};
const str = (value: unknown) => (value === null || value === undefined ? '' : String(value));
/** An instant sent as ISO, as the escort units read it (Paris time); an older alert's preformatted date as it is. */
const parisTime = (value: unknown, lang: 'fr' | 'en') =>
  typeof value === 'string' && /^\d{4}-\d\d-\d\dT/.test(value)
    ? new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
        timeZone: 'Europe/Paris',
        // "09/12/2026 07:00" is how French escort units write it; "9 Dec 2026, 07:00" reads as English
        dateStyle: lang === 'fr' ? 'short' : 'medium',
        timeStyle: 'short',
      }).format(new Date(value))
    : str(value);
const num = (value: unknown) => Number(value ?? 0);

const ESCORT_KIND_LABELS: Record<BriefLanguage, Record<string, string>> = {
  fr: { judicial_extraction: 'Extraction judiciaire', hospital_visit: 'Extraction médicale', transfer: 'Transfert' },
  en: { judicial_extraction: 'Judicial extraction', hospital_visit: 'Hospital visit', transfer: 'Transfer' },
};
const ESCORT_LEVEL_LABELS: Record<BriefLanguage, Record<string, string>> = {
  fr: { standard: 'standard', reinforced: 'renforcé', high: 'élevé', maximal: 'maximal' },
  en: { standard: 'standard', reinforced: 'reinforced', high: 'high', maximal: 'maximal' },
};

type Template = (p: WordParams, lang: BriefLanguage) => string;
const fr = 'fr' as const;

/** Every code the server sends for an alert, worded in both languages (the web dictionaries hold the same codes). */
export const ALERT_TEMPLATES: Record<string, Record<BriefLanguage, Template>> = {
  'alert.title.staff_threat': {
    fr: (p) => `Menace contre un agent (${list(p.targets, TARGET_KIND_LABELS.fr, 'et')}) : ${str(p.where)}`,
    en: (p) => `Threat against staff (${list(p.targets, TARGET_KIND_LABELS.en, 'and')}): ${str(p.where)}`,
  },
  'alert.title.weapon_at_facility': {
    fr: (p) => `${(p.types as string[] | null)?.includes('explosive') ? 'Explosif' : 'Tirs'} contre ${str(p.where)}`,
    en: (p) => `${(p.types as string[] | null)?.includes('explosive') ? 'Explosive' : 'Gunfire'} at ${str(p.where)}`,
  },
  'alert.title.watchlist': {
    fr: (p) => `Signature surveillée revue : ${str(p.value)} (${str(p.where)})`,
    en: (p) => `Watched signature seen again: ${str(p.value)} (${str(p.where)})`,
  },
  'alert.title.incident_count': {
    fr: (p) => `${num(p.count)} attaques en ${num(p.hours)} h : ${str(p.where)}`,
    en: (p) => `${num(p.count)} attacks within ${num(p.hours)} h: ${str(p.where)}`,
  },
  'alert.title.wave_alarm': {
    fr: (p) => `Vague d’attaques : ${num(p.count)} sites (${str(p.names)})`,
    en: (p) => `Wave of attacks: ${num(p.count)} sites (${str(p.names)})`,
  },
  'alert.title.escort_risk': {
    fr: (p) =>
      `${ESCORT_KIND_LABELS.fr[str(p.kind)] ?? str(p.kind)} du ${parisTime(p.date, 'fr')}, heure de Paris (${str(p.route)}) : niveau ${ESCORT_LEVEL_LABELS.fr[str(p.recommended)] ?? str(p.recommended)} recommandé, ${ESCORT_LEVEL_LABELS.fr[str(p.planned)] ?? str(p.planned)} prévu`,
    en: (p) =>
      `${ESCORT_KIND_LABELS.en[str(p.kind)] ?? str(p.kind)} on ${parisTime(p.date, 'en')} Paris time (${str(p.route)}): ${ESCORT_LEVEL_LABELS.en[str(p.recommended)] ?? str(p.recommended)} level recommended, ${ESCORT_LEVEL_LABELS.en[str(p.planned)] ?? str(p.planned)} planned`,
  },
  'alert.explanation.escort_risk': {
    fr: (p) => `Score de risque ${num(p.score)}/100.`,
    en: (p) => `Risk score ${num(p.score)}/100.`,
  },
  'alert.explanation.staff_threat': {
    fr: (p) =>
      `L’incident vise : ${list(p.targets, TARGET_KIND_LABELS.fr, 'et')} (${list(p.types, EVENT_TYPE_LABELS.fr, 'et')}).`,
    en: (p) =>
      `The incident targets ${list(p.targets, TARGET_KIND_LABELS.en, 'and')} (${list(p.types, EVENT_TYPE_LABELS.en, 'and')}).`,
  },
  'alert.explanation.weapon_at_facility': {
    fr: (p) => `${capital(list(p.types, EVENT_TYPE_LABELS.fr, 'et'))} contre l’établissement ${str(p.where)}.`,
    en: (p) => `${capital(list(p.types, EVENT_TYPE_LABELS.en, 'and'))} at the facility ${str(p.where)}.`,
  },
  'alert.explanation.watchlist': {
    fr: (p) =>
      `L’incident porte la signature surveillée (${WATCH_KIND_LABELS.fr[str(p.kind)] ?? str(p.kind)}) « ${str(p.value)} »${p.note ? ` (${str(p.note)})` : ''}.`,
    en: (p) =>
      `The incident carries the watched ${WATCH_KIND_LABELS.en[str(p.kind)] ?? str(p.kind)} "${str(p.value)}"${p.note ? ` (${str(p.note)})` : ''}.`,
  },
  'alert.explanation.incident_count': {
    fr: (p) =>
      `${num(p.count)} incidents à ${str(p.where)} en ${num(p.hours)} heures (la règle se déclenche à ${num(p.threshold)}).`,
    en: (p) =>
      `${num(p.count)} incidents at ${str(p.where)} within ${num(p.hours)} hours (the rule fires at ${num(p.threshold)}).`,
  },
  'alert.explanation.wave_alarm': {
    fr: (p) =>
      `${num(p.incidents)} incidents sur ${num(p.sites)} sites ; ${recurrenceSentenceFr(num(p.recurrence_years))} (p ${pText(p, fr)}).`,
    en: (p) =>
      `${num(p.incidents)} incidents at ${num(p.sites)} sites; ${recurrenceSentence(num(p.recurrence_years))} (p ${pText(p, 'en')}).`,
  },
};

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const pText = (p: WordParams, lang: BriefLanguage) =>
  (num(p.p_value) < 0.001 ? '' : '= ') + pValueText(num(p.p_value), lang);

/** The sentence of a code in a language; null for a code this server does not know. */
export function wordsText(words: Words | null | undefined, lang: BriefLanguage): string | null {
  const template = words ? ALERT_TEMPLATES[words.code] : undefined;
  return template ? template[lang](words!.params, lang) : null;
}

/** The title and explanation of an alert in a language, from its words when it has them. */
export function alertText(
  row: { title: string; explanation: string; words?: unknown },
  lang: BriefLanguage,
): { title: string; explanation: string } {
  const words = row.words as AlertWords | null | undefined;
  return {
    title: wordsText(words?.title, lang) ?? row.title,
    explanation: wordsText(words?.explanation, lang) ?? row.explanation,
  };
}
