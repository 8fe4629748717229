/**
 * Dates in French and English text, absolute and relative, resolved against the publication date
 * and kept with their precision: "dans la nuit du 14 au 15 avril" is the night of the 14th, "Monday
 * night" the last Monday's night, "in recent days" an approximate span of the three nights before.
 */
import { DateTime } from 'luxon';
import type { OccurredInput } from '../../core/shared/common.schema.ts';
import {
  addDays,
  dayMonth,
  lastDayOfMonth,
  lastWeekday,
  MONTH_PATTERN,
  MONTHS,
  NUMBER_WORDS as WRITTEN_NUMBERS,
  WEEKDAY_PATTERN,
  WEEKDAYS,
} from './calendar.ts';
import type { Span } from './folded-text.ts';

/** A date expression found in the text. `night` is the evening date of the night it names, when it names one. */
export interface DateMention extends Span {
  occurred: OccurredInput;
  night: string | null;
  rule: string;
  confidence: number;
}

type Resolver = (match: RegExpMatchArray, published: string) => Omit<DateMention, 'start' | 'end' | 'rule'> | undefined;
interface DateRule {
  name: string;
  pattern: RegExp;
  resolve: Resolver;
}

const M = `(${MONTH_PATTERN})\\.?`;
const W = `(${WEEKDAY_PATTERN})`;
/** a weekday that is not captured */
const WO = `(?:${WEEKDAY_PATTERN})`;
const D = '(\\d{1,2})(?:er|st|nd|rd|th)?';
const Y = '(?:,?\\s+(\\d{4}))?';

const night = (date: string | undefined, confidence = 0.9) =>
  date ? { occurred: { night_of: date }, night: date, confidence } : undefined;
const day = (date: string | undefined, confidence = 0.85, nightOf: string | null = date ?? null) =>
  date ? { occurred: { date }, night: nightOf, confidence } : undefined;
const year = (value: string | undefined) => (value ? Number(value) : undefined);

/** A reporting verb just before a date: the date of the statement. */
const REPORTING_BEFORE =
  /\b(?:said|says|told|announced|confirmed|stated|reported|added|wrote|declared|indicated|indique|a indique|declare|a declare|annonce|a annonce|precise|a precise|a fait savoir|a confirme|confirme|a ajoute|ajoute|a explique|explique|a rapporte|rapporte|selon|appris|a-t-on appris|on a appris|learned|learnt)(?:\s+(?:\w+|l'\w+)){0,4}\s+$/;
const REPORTED_DAY_RULES = new Set([
  'date.weekday',
  'date.day-month',
  'date.month-day',
  'date.weekday-morning',
  'date.yesterday',
]);

/** A finding word before a day's morning: "found ... on Monday morning", "ont découvert lundi": the act was in the night before. */
const FOUND_BEFORE =
  /\b(?:found|discovered|noticed|decouv\w*|constat\w*|releve\w*|retrouve\w*|remarque\w*|s'(?:est|sont) apercue?s?)\b[^.!?\n]{0,70}$/;
/** A hearing just before a date: "would appear in court on Tuesday", "comparaîtront lundi", "seront jugés le 3 mai". */
const HEARING_BEFORE =
  /\b(?:appear(?:s|ed)? (?:in|before) (?:court|a judge|magistrates?)|(?:will|would|to) (?:be tried|stand trial|be sentenced)|comparai\w*|comparaitr\w*|ser(?:a|ont) jugee?s?|devant le tribunal|en comparution immediate|trial (?:is )?(?:set|scheduled) for|proces (?:est )?prevu)\b[^.!?\n]{0,20}?\s*$/;

/** What follows an act (an arrest, a charge, a visit, a complaint) just before a date: "interpellés jeudi", "arrested on Friday". */
const AFTERMATH_BEFORE =
  /\b(?:interpellee?s?|arretee?s?|ecrouee?s?|mise?s? en examen|deferee?s?|placee?s? en garde a vue|condamnee?s?|s'est rendue?|se sont rendus|a porte plainte|a depose plainte|ont porte plainte|arrested|detained|charged|held|remanded|sentenced|visited|went to|travell?ed to|filed a complaint)\b[^.!?\n]{0,12}?\s*(?:on\s+|ce\s+|le\s+)?$/;

/** A lasting state just before a date: the fugitive "restait introuvable", "étaient toujours recherchés", "was still at large". */
const STATE_BEFORE =
  /\b(?:restai(?:t|ent) (?:introuvables?|en fuite|recherchee?s?|activement recherchee?s?)|(?:etai(?:t|ent)|sont|est) toujours (?:recherchee?s?|en fuite|introuvables?)|toujours (?:recherchee?s?|en fuite|introuvables?)|(?:was|were|is|are|remained|remain|remains) still (?:at large|on the run|missing|wanted|being sought|sought)|(?:remained|remains|remain) (?:at large|on the run|missing))\b[^.!?\n]{0,20}?\s*$/;

/** "depuis dimanche", "since Sunday", "jusqu'à lundi": a day that bounds a span. */
const SPAN_START_BEFORE = /\b(?:depuis|since|jusqu'(?:a|au)|until|till)\s+(?:le\s+|ce\s+|last\s+)?$/;
/**
 * "ont commencé le 31 décembre à 18 heures et se sont répétés jusqu'à 4 heures, le 1er janvier", "from Friday evening until
 * Sunday": a date after "until" with the span's start read before it in its sentence is the end; the act is dated by
 * its start.
 */
const SPAN_END_BEFORE = /\b(?:jusqu'(?:(?:a|au|aux|en)\b)?|until\b|till\b)[^.!?;\n]{0,40}$/;
const SPAN_DAY_RULES = new Set(['date.weekday', 'date.weekday-morning', 'date.night-of-weekday']);
/** Rules that name a day, which may be the morning after a night named beside it. */
const DAY_OF_NIGHT_RULES = new Set(['date.weekday', 'date.weekday-morning']);
/** "overnight", "dans la nuit" without a day: the night of the act told before, when there is one. */
const BARE_NIGHT = /^(?:overnight|dans la nuit)$/;

/** Words that date an act from the act before it: (days to add, a night or a day). */
const RELATIVE: Array<[RegExp, number, 'night' | 'day']> = [
  [
    /^(?:la nuit suivante|the following night|the next night|la nuit d'apres|le lendemain soir|the following evening|the next evening)$/,
    1,
    'night',
  ],
  [/^(?:le lendemain|the following day|the next day|the day after|le jour suivant)$/, 1, 'day'],
  [/^(?:la veille au soir|the night before|la nuit precedente|the previous night)$/, -1, 'night'],
  [/^(?:la veille|the day before|the previous day)$/, -1, 'day'],
];

const AGO_COUNT =
  'un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quelques|plusieurs|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several|\\d{1,2}';
/** "une semaine", "three days": how many days a written span counts (NaN when the count is not a number). */
function spanDays(count: string | undefined, unit: string | undefined): number {
  return (AGO_NUMBERS[count ?? ''] ?? Number(count)) * (/^(?:semaine|week)/.test(unit ?? '') ? 7 : 1);
}
/** The rules, most specific first; overlapping matches keep the earliest rule's longest match. */
const RULES: DateRule[] = [
  // "dans la nuit du lundi 14 au mardi 15 avril 2025", "during the night of Monday 14 to Tuesday 15 April": the evening's date.
  {
    name: 'date.night-of-days',
    pattern: new RegExp(
      `\\b(?:night|nuit|overnight)\\s+(?:of\\s+|from\\s+|du\\s+|de\\s+)?(?:the\\s+)?(?:${WO}\\s+)?${D}\\s+(?:au|a|to|into|-)\\s+(?:the\\s+)?(?:${WO}\\s+)?${D}\\s+${M}${Y}`,
      'g',
    ),
    resolve: (m, p) => night(dayMonth(Number(m[1]), MONTHS[m[3]], p, year(m[4]))),
  },
  // "entre 18 heures le 31 décembre et 4 heures du matin le 1er janvier", "between 10pm on 3 May and 2am on 4 May": a night.
  {
    name: 'date.between-days',
    pattern: new RegExp(
      `\\b(?:entre|between)\\s+(?:[\\w.:']+\\s+){0,4}?(?:le\\s+|on\\s+|the\\s+)?${D}\\s+${M}${Y}\\s+(?:et|and)\\s+(?:[\\w.:']+\\s+){0,5}?(?:le\\s+|on\\s+|the\\s+)?${D}\\s+${M}${Y}`,
      'g',
    ),
    resolve: (m, p) => {
      const first = dayMonth(Number(m[1]), MONTHS[m[2]], p, year(m[3]));
      const second = dayMonth(Number(m[4]), MONTHS[m[5]], p, year(m[6]) ?? year(m[3]));
      if (!first) return undefined;
      const startYear = second && second.slice(5) < first.slice(5) ? Number(second.slice(0, 4)) - 1 : undefined;
      const start = startYear ? dayMonth(Number(m[1]), MONTHS[m[2]], p, startYear) : first;
      return start && second && addDays(start, 1) === second ? night(start) : day(start);
    },
  },
  // "overnight from Thursday November 2nd to Friday November 3rd", "the night of Saturday, May 3 to Sunday, May 4": the first evening.
  {
    name: 'date.night-of-month-day-to-day',
    pattern: new RegExp(
      `\\b(?:night|overnight)\\s+(?:of\\s+|from\\s+)(?:the\\s+)?(?:${WO},?\\s+)?${M}\\s+${D}${Y}\\s*(?:to|into|-)\\s*(?:${WO},?\\s+)?(?:(?:${MONTH_PATTERN})\\.?\\s+)?\\d{1,2}(?:st|nd|rd|th)?\\b`,
      'g',
    ),
    resolve: (m, p) => night(dayMonth(Number(m[2]), MONTHS[m[1]], p, year(m[3]))),
  },
  {
    name: 'date.night-of-month-days',
    pattern: new RegExp(`\\b(?:night|overnight)\\s+(?:of\\s+|from\\s+)${M}\\s+${D}\\s*(?:to|into|-)\\s*${D}${Y}`, 'g'),
    resolve: (m, p) => night(dayMonth(Number(m[2]), MONTHS[m[1]], p, year(m[4]))),
  },
  {
    name: 'date.night-of-weekdays',
    pattern: new RegExp(
      `\\b(?:night|nuit|overnight)\\s+(?:of\\s+|from\\s+|du\\s+|de\\s+)?${W}\\s+(?:au|a|to|into)\\s+${W}`,
      'g',
    ),
    resolve: (m, p) => night(lastWeekday(addDays(p, -1), WEEKDAYS[m[1]])),
  },
  {
    name: 'date.night-of-day',
    pattern: new RegExp(`\\b(?:night|nuit|soiree|evening)\\s+(?:of\\s+|du\\s+)(?:the\\s+)?${D}\\s+${M}${Y}`, 'g'),
    resolve: (m, p) => night(dayMonth(Number(m[1]), MONTHS[m[2]], p, year(m[3]))),
  },
  // "on the night of Saturday April 12", "the evening of April 12": the evening's date, the month first.
  {
    name: 'date.night-of-month-day',
    pattern: new RegExp(`\\b(?:night|evening)\\s+of\\s+(?:the\\s+)?(?:${WO},?\\s+)?${M}\\s+${D}${Y}\\b`, 'g'),
    resolve: (m, p) => night(dayMonth(Number(m[2]), MONTHS[m[1]], p, year(m[3]))),
  },
  // "le 14 avril au soir", "on April 14 in the evening": that evening's night.
  {
    name: 'date.day-month-evening',
    pattern: new RegExp(
      `\\b(?:le\\s+|on\\s+)?(?:${WO}\\s+)?(?:${D}\\s+${M}|${M}\\s+${D})${Y},?\\s+(?:au soir|en soiree|dans la soiree|in the evening|at night|late at night)\\b`,
      'g',
    ),
    resolve: (m, p) => night(dayMonth(Number(m[1] ?? m[4]), MONTHS[m[2] ?? m[3]], p, year(m[5]))),
  },
  // "in the early hours of April 14", "au petit matin du 14 avril": the night that ends on that day.
  {
    name: 'date.early-day-month',
    pattern: new RegExp(
      `\\b(?:in\\s+the\\s+(?:early|small|wee)\\s+hours\\s+of|early\\s+on|before\\s+dawn\\s+on|au\\s+petit\\s+matin\\s+du|tot\\s+le\\s+matin\\s+du|a\\s+l'aube\\s+du)\\s+(?:the\\s+)?(?:${WO},?\\s+)?(?:${D}\\s+${M}|${M}\\s+${D})${Y}\\b`,
      'g',
    ),
    resolve: (m, p) => {
      const d = dayMonth(Number(m[1] ?? m[4]), MONTHS[m[2] ?? m[3]], p, year(m[5]));
      return night(d ? addDays(d, -1) : undefined, 0.85);
    },
  },
  {
    name: 'date.night-of-weekday',
    pattern: new RegExp(
      `\\b(?:(?:dans\\s+)?la\\s+nuit\\s+de\\s+${W}|${W}\\s+(?:soir|night|evening)|(?:late\\s+on\\s+)?${W}\\s+(?:late|au\\s+soir)|overnight\\s+(?:on\\s+)?${W})\\b`,
      'g',
    ),
    resolve: (m, p) => night(lastWeekday(addDays(p, -1), WEEKDAYS[m[1] ?? m[2] ?? m[3] ?? m[4]]), 0.85),
  },
  {
    name: 'date.early-weekday',
    pattern: new RegExp(
      `\\b(?:early\\s+(?:on\\s+)?|in\\s+the\\s+(?:early|small|wee)\\s+hours\\s+of\\s+|before\\s+dawn\\s+on\\s+|at\\s+dawn\\s+on\\s+|overnight\\s+(?:into|to)\\s+|(?:in\\s+)?the\\s+night\\s+(?:into|to)\\s+|(?:(?<!plus\\s)tot|a\\s+l'aube|avant\\s+l'aube)\\s+(?:ce\\s+)?|(?:au\\s+petit\\s+matin|aux\\s+aurores|au\\s+lever\\s+du\\s+jour|aux\\s+premieres\\s+heures(?:\\s+de)?),?\\s+(?:ce\\s+)?)${W}(?:\\s+(?:matin|morning))?\\b|\\b${W},?\\s+(?:a\\s+l'aube|avant\\s+l'aube|au\\s+petit\\s+matin|aux\\s+aurores|au\\s+lever\\s+du\\s+jour|aux\\s+premieres\\s+heures|at\\s+dawn|before\\s+dawn|in\\s+the\\s+(?:early|small|wee)\\s+hours)\\b`,
      'g',
    ),
    resolve: (m, p) => {
      const d = lastWeekday(p, WEEKDAYS[m[1] ?? m[2]]);
      return night(addDays(d, -1), 0.8);
    },
  },
  // "woke on Tuesday to find", "ont découvert mardi au réveil", "au réveil, mardi": the act was done in the night before that day.
  {
    name: 'date.woke-weekday',
    pattern: new RegExp(
      `\\b(?:woke(?:\\s+up)?\\s+(?:on\\s+)?|awoke\\s+(?:on\\s+)?|(?:se\\s+sont|s'est)\\s+reveille(?:e|s|es)?\\s+|au\\s+reveil,?\\s+(?:de\\s+|ce\\s+)?)${W}(?:\\s+(?:matin|morning))?\\b`,
      'g',
    ),
    resolve: (m, p) => {
      const d = lastWeekday(p, WEEKDAYS[m[1]]);
      return night(addDays(d, -1), 0.8);
    },
  },
  // "on Tuesday after gunmen opened fire ... in the middle of the night": the weekday names the morning after that night.
  {
    name: 'date.weekday-mid-night',
    pattern: new RegExp(
      `\\b(?:on\\s+|ce\\s+)?${W}\\b(?=[^.!?\\n]{0,160}?\\b(?:in the middle of the night|en pleine nuit|au milieu de la nuit|in the early hours)\\b)`,
      'g',
    ),
    resolve: (m, p) => {
      const d = lastWeekday(p, WEEKDAYS[m[1]]);
      return night(addDays(d, -1), 0.75);
    },
  },
  {
    name: 'date.weekday-morning',
    pattern: new RegExp(`\\b${W}\\s+(?:matin|morning|apres-midi|afternoon)\\b`, 'g'),
    resolve: (m, p) => day(lastWeekday(p, WEEKDAYS[m[1]]), 0.8),
  },
  {
    name: 'date.day-month',
    pattern: new RegExp(`\\b(?:le\\s+|on\\s+|the\\s+)?(?:${W}\\s+)?${D}\\s+${M}${Y}\\b(?!\\s*(?:au|to|-)\\s*\\d)`, 'g'),
    resolve: (m, p) => dayOrEvening(dayMonth(Number(m[2]), MONTHS[m[3]], p, year(m[4])), m),
  },
  {
    name: 'date.month-day',
    pattern: new RegExp(`\\b(?:on\\s+)?(?:${W},?\\s+)?${M}\\s+${D}${Y}\\b`, 'g'),
    resolve: (m, p) => dayOrEvening(dayMonth(Number(m[3]), MONTHS[m[2]], p, year(m[4])), m),
  },
  // "on Wednesday, a day after two colleagues were stabbed", "au lendemain de l'embuscade": the act was the day before the date read before.
  {
    name: 'date.day-after-act',
    pattern: /\b(?:(?:a|one) day after|au lendemain (?:de|du|des|d'))/g,
    resolve: (_m, p) => day(addDays(p, -1), 0.5),
  },
  // "Mercredi, une semaine après l'agression de deux surveillants", "three days after shots were fired": the act named
  // next was that long before the date read before; with none before it, it dates nothing ("deux jours après
  // l'incendie, le ministre" is when the minister spoke).
  {
    name: 'date.days-after-act',
    pattern: new RegExp(
      `\\b(${AGO_COUNT})\\s+(jours?|semaines?|days?|weeks?)\\s+(?:apres|after)(?=\\s+(?!avoir|having|que|qu'|d'|de |that|which|this|ce |cette )[\\w'])`,
      'g',
    ),
    // Resolved from the date before it in findDates.
    resolve: (_m, p) => day(p, 0.5),
  },
  // "deux jours plus tard", "three days later", "une semaine après": that long after the act told before.
  {
    name: 'date.days-later',
    pattern: new RegExp(
      `\\b(${AGO_COUNT})\\s+(jours?|semaines?|days?|weeks?)\\s+(?:plus tard|apres|later|after(?:wards)?)\\b(?!\\s+(?:l'|la |le |les |the |avoir|having|que|qu'|d'|de ))`,
      'g',
    ),
    // Resolved from the act before it in findDates; publication is only the fallback.
    resolve: (_m, p) => day(p, 0.5),
  },
  // "deux jours plus tôt", "une semaine auparavant", "three days earlier": that long before the act told before.
  {
    name: 'date.days-earlier',
    pattern: new RegExp(
      `\\b(${AGO_COUNT})\\s+(jours?|semaines?|days?|weeks?)\\s+(?:plus tot|auparavant|earlier|before)\\b(?!\\s+(?:l'|la |le |les |the |avoir|having|que|qu'|d'|de |that|this|ce |cette ))`,
      'g',
    ),
    // Resolved from the act before it in findDates; with none it dates nothing.
    resolve: (_m, p) => day(p, 0.5),
  },
  {
    name: 'date.relative',
    pattern:
      /\b(?:la nuit suivante|the following night|the next night|la nuit d'apres|le lendemain soir|the following evening|the next evening|le lendemain|the following day|the next day|the day after|le jour suivant|la veille au soir|the night before|la nuit precedente|the previous night|la veille|the day before|the previous day)\b/g,
    // Resolved from the act before it in findDates; publication is only the fallback.
    resolve: (_m, p) => night(p, 0.5),
  },
  // "avant-hier soir", "the day before yesterday": two days before publication (before "hier soir" reads half of it).
  {
    name: 'date.two-days-ago-evening',
    pattern: /\b(?:avant-hier (?:soir|dans la soiree|dans la nuit))\b/g,
    resolve: (_m, p) => night(addDays(p, -2), 0.75),
  },
  {
    name: 'date.two-days-ago',
    pattern: /\b(?:avant-hier|the day before yesterday)\b/g,
    resolve: (_m, p) => day(addDays(p, -2), 0.75),
  },
  {
    name: 'date.last-night',
    pattern: /\b(?:overnight|last night|late last night|tonight|hier soir|cette nuit|la nuit derniere|dans la nuit)\b/g,
    resolve: (_m, p) => night(addDays(p, -1), 0.7),
  },
  {
    name: 'date.early-today',
    pattern: /\b(?:early this morning|in the early hours|tot ce matin|before dawn|a l'aube)\b/g,
    resolve: (_m, p) => night(addDays(p, -1), 0.7),
  },
  // "ce matin, vers 11 heures": the day of publication ("ce matin-là" is the morning of the date told before it) (a stated time before 08:00 still moves it to the night before).
  { name: 'date.this-morning', pattern: /\b(?:ce matin(?!-la\b)|this morning)\b/g, resolve: (_m, p) => day(p, 0.7) },
  { name: 'date.yesterday', pattern: /\b(?:yesterday|hier)\b/g, resolve: (_m, p) => day(addDays(p, -1), 0.8) },
  {
    name: 'date.recent-days',
    pattern:
      /\b(?:in recent days|in the past few days|over the past few days|over the weekend|these past days|ces derniers jours|ces jours derniers|depuis quelques jours|le week-end dernier|ce week-end)\b/g,
    resolve: (_m, p) => ({
      occurred: { start: localTime(addDays(p, -3), 18), end: localTime(p, 8), precision: 'approx' },
      night: null,
      confidence: 0.5,
    }),
  },
  {
    name: 'date.last-week',
    pattern: /\b(?:last week|la semaine derniere|earlier this week|cette semaine|this week)\b/g,
    resolve: (m, p) => ({
      occurred: { week_of: /last|derniere/.test(m[0]) ? addDays(p, -7) : p },
      night: null,
      confidence: 0.5,
    }),
  },
  // "fin mars", "early March", "mi-avril": a third of that month.
  {
    name: 'date.month-part',
    pattern: new RegExp(`\\b(debut|mi|fin|early|mid|late)[- ](?:d'|de\\s+)?${M}(?:\\s+(\\d{4}))?\\b`, 'g'),
    resolve: (m, p) => monthPart(m[1], MONTHS[m[2]], p, year(m[3])),
  },
  // "il y a un an", "il y a trois semaines", "two months ago": that long before publication, approximately.
  {
    name: 'date.ago',
    pattern: new RegExp(
      `\\b(?:(?:il y a|voila|voici)\\s+(${AGO_COUNT})\\s+(jours?|semaines?|mois|ans?|annees?)|(${AGO_COUNT})\\s+(days?|weeks?|months?|years?)\\s+ago)\\b`,
      'g',
    ),
    resolve: (m, p) => ago(m[1] ?? m[3], m[2] ?? m[4], p),
  },
  // "l'an dernier", "l'année dernière", "last year": the year before publication.
  {
    name: 'date.last-year',
    pattern: /\b(?:l'an (?:dernier|passe)|l'annee (?:derniere|passee)|last year)\b/g,
    resolve: (_m, p) => {
      const last = Number(p.slice(0, 4)) - 1;
      return {
        occurred: { start: `${last}-01-01`, end: `${last}-12-31`, precision: 'year' },
        night: null,
        confidence: 0.5,
      };
    },
  },
  // "in 2013", "en 2019", "début 2019": a past year (this year's acts are dated by their day).
  {
    name: 'date.past-year',
    pattern:
      /\b(?:in|en|since|depuis|during|durant|debut|fin|courant|early|late)\s+((?:19|20)\d\d)\b(?!\s*(?:-|a|to)\s*\d)/g,
    resolve: (m, p) =>
      Number(m[1]) < Number(p.slice(0, 4))
        ? {
            occurred: { start: `${m[1]}-01-01`, end: `${m[1]}-12-31`, precision: 'year' },
            night: null,
            confidence: 0.5,
          }
        : undefined,
  },
  {
    name: 'date.month',
    pattern: new RegExp(`\\b(?:in|en|since|depuis|au mois de|during)\\s+${M}(?:\\s+(\\d{4}))?\\b`, 'g'),
    resolve: (m, p) => monthOf(MONTHS[m[1]], p, year(m[2])),
  },
  {
    name: 'date.weekday',
    pattern: new RegExp(`\\b(?:on\\s+|ce\\s+|le\\s+)?${W}\\b`, 'g'),
    resolve: (m, p) => day(lastWeekday(p, WEEKDAYS[m[1]]), 0.6),
  },
];

function dayOrEvening(date: string | undefined, m: RegExpMatchArray) {
  void m;
  return day(date);
}

/** `date` at `hour` o'clock in French local time, with its offset. */
function localTime(date: string, hour: number): string {
  return (
    DateTime.fromISO(date, { zone: 'Europe/Paris' }).set({ hour }).toISO({ suppressMilliseconds: true }) ??
    `${date}T${hour}:00:00Z`
  );
}

const AGO_NUMBERS: Record<string, number> = {
  ...WRITTEN_NUMBERS,
  quelques: 3,
  plusieurs: 3,
  'a few': 3,
  several: 3,
};
/** "il y a deux mois": a span around that many days before publication (a day stays a day). */
function ago(count: string, unit: string, published: string) {
  const n = AGO_NUMBERS[count] ?? Number(count);
  if (!Number.isFinite(n) || n <= 0) return undefined;
  if (/^(?:jour|day)/.test(unit)) return day(addDays(published, -n), 0.6);
  const days = /^(?:semaine|week)/.test(unit) ? 7 * n : /^(?:mois|month)/.test(unit) ? 30 * n : 365 * n;
  // A count of weeks is told to the week ("il y a cinq semaines" is no four): within half a week of it, so that an act
  // told five weeks back is past the guidelines' thirty days of news. Months and years keep a quarter of their length.
  const margin = /^(?:semaine|week)/.test(unit) ? Math.min(3, Math.round(days / 4)) : Math.round(days / 4);
  return {
    occurred: {
      start: addDays(published, -days - margin),
      end: addDays(published, -days + margin),
      precision: 'approx' as const,
    },
    night: null,
    confidence: 0.4,
  };
}

function monthPart(part: string, month: number, published: string, given?: number) {
  const { occurred } = monthOf(month, published, given);
  const [y, m] = (occurred as { month: string }).month.split('-').map(Number);
  const [from, to] = /debut|early/.test(part)
    ? [1, 10]
    : /mi|mid/.test(part)
      ? [11, 20]
      : [21, Number(lastDayOfMonth(y, m).slice(8))];
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    occurred: { start: `${y}-${pad(m)}-${pad(from)}`, end: `${y}-${pad(m)}-${pad(to)}`, precision: 'approx' as const },
    night: null,
    confidence: 0.5,
  };
}

function monthOf(month: number, published: string, given?: number) {
  const thisYear = Number(published.slice(0, 4));
  const y = given ?? (month <= Number(published.slice(5, 7)) ? thisYear : thisYear - 1);
  return { occurred: { month: `${y}-${String(month).padStart(2, '0')}` }, night: null, confidence: 0.5 };
}

/** Every date expression of the (folded) text, resolved against `published` (`YYYY-MM-DD`), in text order, without overlaps. */
export function findDates(
  folded: string,
  published: string,
  /** spans that are no act's date (a dateline): neither kept nor used to resolve "le lendemain" */
  ignore: (span: Span) => boolean = () => false,
): DateMention[] {
  const found: DateMention[] = [];
  // Characters already read as a date: an overlap check costs the match's length, not the dates found.
  const covered = new Uint8Array(folded.length);
  const overlaps = (start: number, end: number) => {
    for (let index = start; index < end; index += 1) if (covered[index]) return true;
    return false;
  };
  RULES.forEach((rule) => {
    for (const match of folded.matchAll(rule.pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (overlaps(start, end) || ignore({ start, end })) continue;
      const resolved = rule.resolve(match, published);
      if (resolved) {
        found.push({ start, end, rule: rule.name, ...resolved });
        covered.fill(1, start, end);
      }
    }
  });
  found.sort((a, b) => a.start - b.start);
  const spanEnd = (d: DateMention, index: number) =>
    index > 0 &&
    !/[.!?\n]/.test(folded.slice(found[index - 1].end, d.start)) &&
    SPAN_END_BEFORE.test(folded.slice(Math.max(found[0].end, d.start - 60), d.start));
  const ends = new Set(found.filter(spanEnd));
  // "the ministry said on Tuesday", "a indiqué mardi le parquet": when it was said, not when it happened.
  const acts = found.filter(
    (d) =>
      !ends.has(d) &&
      !(REPORTED_DAY_RULES.has(d.rule) && REPORTING_BEFORE.test(folded.slice(Math.max(0, d.start - 40), d.start))) &&
      // "would appear in court on Tuesday", "seront jugés lundi": a hearing's date, not an act's.
      !(REPORTED_DAY_RULES.has(d.rule) && HEARING_BEFORE.test(folded.slice(Math.max(0, d.start - 50), d.start))) &&
      // "restait introuvable ce mercredi matin", "were still on the run on Monday": a state's date, not the act's.
      !(REPORTED_DAY_RULES.has(d.rule) && STATE_BEFORE.test(folded.slice(Math.max(0, d.start - 50), d.start))) &&
      // "douze établissements attaqués depuis dimanche", "since Sunday": where a span starts, not an act's date.
      !(SPAN_DAY_RULES.has(d.rule) && SPAN_START_BEFORE.test(folded.slice(Math.max(0, d.start - 20), d.start))) &&
      // "équipée de filets depuis mars": a month after "depuis", "since" starts a state, not an act.
      !(d.rule === 'date.month' && /^(?:depuis|since)\b/.test(folded.slice(d.start, d.end))),
  );
  // "interpellés jeudi à Marseille après l'incendie ... dans la nuit de lundi à mardi", "s'est rendu mercredi à
  // Luynes": the day of an arrest, a visit, a complaint is not the act's when its sentence dates the act too.
  const sameSentence = (a: Span, b: Span) =>
    !/[.!?\n]/.test(folded.slice(Math.min(a.end, b.end), Math.max(a.start, b.start)));
  const aftermath = (d: DateMention) =>
    REPORTED_DAY_RULES.has(d.rule) && AFTERMATH_BEFORE.test(folded.slice(Math.max(0, d.start - 50), d.start));
  const dated = acts.filter((d) => !(aftermath(d) && acts.some((o) => o !== d && !aftermath(o) && sameSentence(o, d))));
  found.length = 0;
  found.push(...dated);
  // "found on Monday morning", "découverts lundi": the night before that day.
  for (const [index, mention] of found.entries()) {
    const morning =
      mention.rule === 'date.weekday-morning' && /(?:matin|morning)$/.test(folded.slice(mention.start, mention.end));
    if (morning && mention.night && FOUND_BEFORE.test(folded.slice(Math.max(0, mention.start - 90), mention.start)))
      found[index] = { ...mention, ...night(addDays(mention.night, -1), 0.7)! };
  }
  // "découverts lundi : ... dans la nuit de dimanche à lundi": a day named beside the night that ends on it is that night.
  for (const [index, mention] of found.entries()) {
    if (!DAY_OF_NIGHT_RULES.has(mention.rule) || !('date' in mention.occurred) || !mention.night) continue;
    const eve = addDays(mention.night, -1);
    const beside = found.find(
      (other) =>
        other !== mention &&
        'night_of' in other.occurred &&
        other.occurred.night_of === eve &&
        !/[.!?\n]/.test(folded.slice(Math.min(other.end, mention.end), Math.max(other.start, mention.start))),
    );
    if (beside) found[index] = { ...mention, occurred: beside.occurred, night: eve, confidence: beside.confidence };
  }
  // "le lendemain", "the following night": from the date read before them.
  let previous: DateMention | undefined;
  for (const [index, mention] of found.entries()) {
    if (mention.rule === 'date.day-after-act' && previous?.night) {
      const date = addDays(
        'date' in previous.occurred && typeof previous.occurred.date === 'string'
          ? previous.occurred.date
          : addDays(previous.night, 1),
        -1,
      );
      found[index] = { ...mention, ...day(date, 0.6)! };
    }
    if (
      mention.rule === 'date.last-night' &&
      previous?.night &&
      BARE_NIGHT.test(folded.slice(mention.start, mention.end))
    )
      found[index] = { ...mention, ...night(previous.night, 0.6)! };
    if (mention.rule === 'date.days-after-act') {
      const [, count, unit] = /^(\S+(?: few)?)\s+(\S+)/.exec(folded.slice(mention.start, mention.end)) ?? [];
      const n = spanDays(count, unit);
      // "Une semaine après l'incendie ..., les agents ont manifesté lundi": with no date before it, the date of its own
      // sentence read after it anchors it.
      const next = found[index + 1];
      const anchor =
        previous?.night ??
        (next?.night && !/[.!?\n]/.test(folded.slice(mention.end, next.start)) ? next.night : undefined);
      found[index] =
        anchor && Number.isFinite(n)
          ? { ...mention, ...day(addDays(anchor, -n), 0.6)! }
          : { ...mention, rule: 'date.relative-unanchored' };
    }
    if (mention.rule === 'date.days-later' || mention.rule === 'date.days-earlier') {
      const [, count, unit] = /^(\S+(?: few)?)\s+(\S+)/.exec(folded.slice(mention.start, mention.end)) ?? [];
      const n = spanDays(count, unit) * (mention.rule === 'date.days-earlier' ? -1 : 1);
      const date = previous?.night && Number.isFinite(n) ? addDays(previous.night, n) : undefined;
      found[index] = date
        ? { ...mention, ...day(date, 0.7)! }
        : { ...mention, night: null, occurred: { date: published }, rule: 'date.relative-unanchored' };
    }
    if (mention.rule === 'date.relative') {
      const words = folded.slice(mention.start, mention.end);
      const [, days, kind] = RELATIVE.find(([pattern]) => pattern.test(words)) ?? [undefined, 1, 'day'];
      // With no date before it ("la direction prévenue la veille" in a headline), it dates nothing.
      const date = previous?.night ? addDays(previous.night, days) : undefined;
      if (date) found[index] = { ...mention, ...(kind === 'night' ? night(date, 0.75)! : day(date, 0.75)!) };
      else found[index] = { ...mention, night: null, occurred: { date: published }, rule: 'date.relative-unanchored' };
    }
    if (found[index].night) previous = found[index];
  }
  return found.filter((mention) => mention.rule !== 'date.relative-unanchored');
}

/** An act this many days or more before publication is background (a trial, an anniversary), not news. */
const STALE_DAYS = 31;

/** Whether an occurrence ends more than STALE_DAYS before publication. */
export function isStale(occurred: OccurredInput, published: string): boolean {
  const values = Object.values(occurred).filter((v): v is string => typeof v === 'string' && /^\d{4}-\d{2}/.test(v));
  if (values.length === 0) return false;
  const latest = values
    .map((v) => (v.length === 7 ? `${v}-28` : v.slice(0, 10)))
    .sort()
    .pop()!;
  return latest < addDays(published, -STALE_DAYS);
}

/** A period such as "in the first 11 months of 2024", "en 2023", "depuis janvier": for seizure totals. */
export function findPeriod(
  folded: string,
  span: Span,
): { occurred: OccurredInput; start: number; end: number } | undefined {
  const slice = folded.slice(span.start, span.end);
  const firstMonths =
    /\b(?:in\s+(?:just\s+)?)?the\s+first\s+(\d{1,2}|eleven|ten|six|three|nine)\s+months\s+of\s+(\d{4})|\b(?:au cours des|sur les|lors des)\s+(\d{1,2}|onze|dix|six|trois|neuf)\s+premiers\s+mois\s+(?:de\s+(?:l'annee\s+)?)?(\d{4})/.exec(
      slice,
    );
  if (firstMonths) {
    const count = wordNumber(firstMonths[1] ?? firstMonths[3]);
    const y = Number(firstMonths[2] ?? firstMonths[4]);
    return {
      occurred: { start: `${y}-01-01`, end: lastDayOfMonth(y, count), precision: 'month' },
      start: span.start + firstMonths.index,
      end: span.start + firstMonths.index + firstMonths[0].length,
    };
  }
  const wholeYear = /\b(?:in(?:\s+all\s+of)?|en|durant|during|over)\s+(?:l'annee\s+)?(\d{4})\b/.exec(slice);
  if (wholeYear) {
    const y = wholeYear[1];
    return {
      occurred: { start: `${y}-01-01`, end: `${y}-12-31`, precision: 'year' },
      start: span.start + wholeYear.index,
      end: span.start + wholeYear.index + wholeYear[0].length,
    };
  }
  return undefined;
}

/** A count written as a figure or in words ("les neuf premiers mois", "the first eleven months"). */
function wordNumber(word: string): number {
  return WRITTEN_NUMBERS[word] ?? Number(word);
}

/** "installé l'an dernier", "opened in 2009", "mis en service en mars": when a thing was put in place, not an act's date. */
const THING_SINCE =
  /\b(?:installee?s?|inauguree?s?|ouverte?s?|construite?s?|batie?s?|livree?s?|renovee?s?|mise?s? en (?:service|place)|deploye\w*|installed|opened|built|inaugurated|commissioned|renovated|set up|fitted|deployed|put in place)\s+(?:(?:en|in|on|au|a|le|la|l'|depuis|since)\s+)?(?:(?:debut|fin|mi|early|late)[\s-]+)?$/;

/** Whether `date` only says when a thing (a jammer, a prison) was put in place: no act or find is dated by it. */
export function datesAThing(folded: string, date: Span, from = 0): boolean {
  return THING_SINCE.test(folded.slice(Math.max(from, date.start - 40), date.start));
}
