/**
 * What a page in one language must not show (issue 17, "one language per screen"): the server's
 * codes left raw, and sentences of the other language. Shared by the page walk (one-language.test.ts)
 * and the form tests, so that every test of a screen's language looks for the same things.
 */
import { RULE_KINDS } from '../../src/core/alerts/alert.ts';
import { ALERT_TEMPLATES } from '../../src/core/alerts/alert-words.ts';
import { EVENT_TYPES, TARGET_KINDS } from '../../src/core/shared/taxonomy.ts';
import { EVENT_TYPES as VIGIE_EVENT_TYPES, SEVERITIES } from '../../src/core/notifications/vigie-event.ts';

// biome-ignore lint/suspicious/noShadowRestrictedNames: the deprecated global escape() is never what is meant here
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The codes the server words with: explanations, validation problems, review remarks (a raw one means a missing translation). */
const WORD_CODES = [
  'campaign.summary',
  'campaign.visible_members',
  'alarm.signature_burst',
  'alarm.poisson_scan',
  'probable.excess_night',
  'format_date',
  'format_datetime',
  'format_url',
  'choose_one',
  'invalid_choice',
  'unknown_facility',
  'ambiguous_facility',
  'facility_or_place',
  'occurred_form',
  'date_or_datetime',
  'end_before_start',
  'reason_required',
  'note.date_from_publication',
  'note.commune_place',
  'note.signature_elsewhere',
];

/** The codes a reader must never see: vocabulary codes with an underscore, event codes, directorate codes, upper-case severities, word codes. */
export function knownCodes(directorates: string[], lang: 'fr' | 'en'): RegExp[] {
  const words = [
    ...EVENT_TYPES,
    ...TARGET_KINDS,
    ...RULE_KINDS,
    'in_progress',
    'staff_person',
    'judicial_extraction',
    'hospital_visit',
    'wave_struck',
    'wave_at_risk',
  ].filter((code) => code.includes('_'));
  return [
    ...words.map((code) => new RegExp(`\\b${escape(code)}\\b`)),
    ...VIGIE_EVENT_TYPES.map((code) => new RegExp(`\\b${escape(code)}\\b`)),
    ...Object.keys(ALERT_TEMPLATES).map((code) => new RegExp(escape(code))),
    ...WORD_CODES.map((code) => new RegExp(`\\b${escape(code)}\\b`)),
    // a message key shown as itself: a translation missing from a dictionary
    /\b(validation|error\.code|probable|campaign\.place|alarm\.explanation|candidate\.note)\.[a-z_]+/,
    // "DISP-MARSEILLE"; a short code inside a directorate's full name ("... (DSPOM)") is part of that name
    ...directorates.filter((code) => code.includes('-')).map((code) => new RegExp(`\\b${escape(code)}\\b`)),
    // severities are styled upper case: "HIGH" is the English word there, and a code on a French page
    ...(lang === 'fr' ? SEVERITIES.map((severity) => new RegExp(`\\b${severity.toUpperCase()}\\b`)) : []),
    // a ratio written with an English decimal point on a French page ("×28.1")
    ...(lang === 'fr' ? [/×\d+\.\d/] : []),
    /\b\d(\.\d+)?e-\d+\b/, // "2.7e-3"
    // a campaign's or a facility's internal key in place of its name ("campaign-bbde275f-...", "fr-toulon-la-farlede-cp")
    /\bcampaign-[0-9a-f]{8}\b/,
    /\bfr-[a-z]+(-[a-z]+)*-(cp|ma|cd|mc|epm|cpa|csl|ms)\b/,
  ];
}

/** English a French page must not hold (common words and the server's former English sentences and messages). */
export const ENGLISH = [
  /\bthe\b/,
  /\bwithin\b/,
  /\backnowledged\b/i,
  /\breinforced\b/i,
  /\bexpected\b/,
  /\bWave of attacks\b/,
  /\bThreat against\b/,
  /\bat the usual rates\b/,
  /\bnot tested\b/,
  /\bRisk score\b/,
  /\bungraded\b/,
  /\bLoading\b/,
  /\bincidents at\b/,
  /\bSign in\b/,
  /\bDue\b/,
  /\bAssigned to\b/,
  /\bunknown facility\b/i,
  /\bgive a facility\b/i,
  /\bat least one\b/,
  /\bwould be usual\b/,
  /\bbelongs to the wave\b/,
  /\bprisons? and \d/,
  /\bstaff homes?\b/,
  /\bstrongest window\b/,
  /\bwrong user name\b/,
  /\bProbable members\b/,
  /\bRequired\b/,
  /\bInvalid\b/,
];
/** French an English page must not hold (phrases, not words that facility names carry). */
export const FRENCH = [
  // a French short date-time ("09/12/2026 07:00", an escort alert's date as the server once wrote it)
  /\b\d\d\/\d\d\/\d{4} \d\d:\d\d\b/,
  /Vague d’attaques/,
  /Menace contre/,
  /aux taux habituels/,
  /Échéance/,
  /\bnuit du\b/,
  /Chargement/,
  /\bAucune?\b/,
  /incidents sur/,
  /\bObjet :/,
  /Assignée/,
  /\bTâches?\b/,
  /Se connecter/,
  /Prise en compte/,
  /Renforcé/,
  /Champ obligatoire/,
  /Choisissez au moins/,
  /Établissement inconnu/,
  /établissements? pénitentiaires?/,
  /serait habituel/,
  /Membres probables/,
  /corrigez les champs/,
];

/** What `text`, shown in `lang`, holds of either: one line per find, with its surroundings. */
export function languageProblems(text: string, where: string, patterns: RegExp[]): string[] {
  const problems: string[] = [];
  for (const pattern of patterns) {
    const match = pattern.exec(text);
    if (match)
      problems.push(
        `${where}: "${text.slice(Math.max(0, match.index - 40), match.index + match[0].length + 40).replace(/\s+/g, ' ')}" (${pattern})`,
      );
  }
  return problems;
}

/** The page's visible text, without what people wrote (marked data-free-text: a route, a rule's name), which is data shown as written. */
export const VISIBLE_TEXT = `(() => {
  const hidden = [...document.querySelectorAll('[data-free-text]')];
  for (const node of hidden) node.style.display = 'none';
  const text = document.body.innerText;
  for (const node of hidden) node.style.display = '';
  return text;
})()`;
