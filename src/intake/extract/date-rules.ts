/**
 * The date expressions of French and English text, one rule each, with how each resolves against the publication
 * date: "dans la nuit du 14 au 15 avril", "Monday night", "il y a trois jours", "le 3 mars vers 2 heures".
 * `dates.ts` finds them in a text and keeps those that date an act.
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

export const night = (date: string | undefined, confidence = 0.9) =>
  date ? { occurred: { night_of: date }, night: date, confidence } : undefined;
export const day = (date: string | undefined, confidence = 0.85, nightOf: string | null = date ?? null) =>
  date ? { occurred: { date }, night: nightOf, confidence } : undefined;
export const year = (value: string | undefined) => (value ? Number(value) : undefined);

const AGO_COUNT =
  'un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quelques|plusieurs|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several|\\d{1,2}';
/** "une semaine", "three days": how many days a written span counts (NaN when the count is not a number). */
export function spanDays(count: string | undefined, unit: string | undefined): number {
  return (AGO_NUMBERS[count ?? ''] ?? Number(count)) * (/^(?:semaine|week)/.test(unit ?? '') ? 7 : 1);
}
/** The rules, most specific first; overlapping matches keep the earliest rule's longest match. */
export const RULES: DateRule[] = [
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
