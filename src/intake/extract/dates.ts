/**
 * Dates in French and English text, absolute and relative, resolved against the publication date
 * and kept with their precision: "dans la nuit du 14 au 15 avril" is the night of the 14th, "Monday
 * night" the last Monday's night, "in recent days" an approximate span of the three nights before.
 */
import type { OccurredInput } from '../../core/shared/common.schema.ts';
import { addDays, lastDayOfMonth, NUMBER_WORDS as WRITTEN_NUMBERS } from './calendar.ts';
import { day, night, RULES, spanDays, type DateMention } from './date-rules.ts';
import type { Span } from './folded-text.ts';

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
