/**
 * Text extraction: an article (plain text, HTML, RSS or Atom) becomes candidate incidents and
 * seizures for review, each field pointing at the words it was read from. Synchronous, rules only.
 */
import type { Gazetteer } from '../../core/shared/gazetteer.ts';
import type { OccurredInput } from '../../core/shared/common.schema.ts';
import { addDays } from './calendar.ts';
import { distinctSignatures, incidentCandidate } from './candidates.ts';
import { findDates } from './dates.ts';
import type { Extraction, ExtractionLanguage, ExtractionOptions, ExtractionResult } from './extraction.types.ts';
import { findDatelines } from './dateline.ts';
import { clauses, foldSameLength, sentences, type Span } from './folded-text.ts';
import { detectLanguage } from './language.ts';
import { PlaceFinder, type FacilityMention, type SiteMention } from './places.ts';
import { words } from './phrase-index.ts';
import { detectFormat, feedItems, htmlToText, type DocumentFormat, type PlainArticle } from './plain-text.ts';
import { seizureCandidates } from './seizure-candidates.ts';
import { segment } from './segment.ts';
import {
  AWAY_FROM_PRISON,
  namedAsInmatesPrison,
  namedAsNeighbour,
  namedAsStaffOf,
  namedAsWorkplace,
  namedInPassing,
} from './site-roles.ts';
import { holding } from './span-search.ts';
import { communePlace, communesByName, nameKey, type Commune } from './communes.ts';
import type { Facility } from '../../core/shared/gazetteer.ts';

const PRISON_CONTEXT =
  /\b(?:prisons?|jails?|penitentiar\w*|maisons? d'arret|centres? penitentiaires?|centres? de detention|surveillante?s?|detenus?|inmates?|prison officers?|prison staff|guards?|gardiens?|incarcer\w*)\b/;
const finders = new WeakMap<Gazetteer, PlaceFinder>();

/** The place finder of a gazetteer, built once (it indexes 200 facilities and 8,800 communes). */
function placeFinder(gazetteer: Gazetteer): PlaceFinder {
  let finder = finders.get(gazetteer);
  if (!finder) {
    finder = new PlaceFinder(gazetteer);
    finders.set(gazetteer, finder);
  }
  return finder;
}

/**
 * Extracts candidate incidents and seizures from `input`, whose format (text, html, rss, atom) is
 * sniffed unless given. Relative dates resolve against `options.published` (or the feed item's date,
 * or today). Synchronous and pure apart from reading the commune gazetteer once.
 */
export function extractText(
  input: string,
  gazetteer: Gazetteer,
  options: ExtractionOptions & { format?: DocumentFormat } = {},
): ExtractionResult {
  const format = options.format ?? detectFormat(input);
  let articles: PlainArticle[];
  if (format === 'rss' || format === 'atom') articles = feedItems(input);
  else if (format === 'html') {
    const { text, title } = htmlToText(input);
    articles = [{ text, title, url: options.url }];
  } else articles = [{ text: input.replace(/\r\n?/g, '\n'), url: options.url }];
  return {
    format,
    items: articles.map((article) =>
      extractArticle(
        article,
        gazetteer,
        {
          ...options,
          published: options.published ?? article.published,
          url: article.url ?? options.url,
        },
        article.title,
      ),
    ),
  };
}

const STALE_DAYS = 31;
const HOME_WORDS =
  /\b(?:home|homes|house|maisons?(?! d'arret| centrale)|villa|ou (?:vit|vivent|habite|habitent|reside)|residence|residences|domicile|immeuble|pavillon|appartement|apartment|logement|logements|habitation|cite|lotissement|flats|block of flats|cage d'escalier|hall d'immeuble|where (?:he|she|they) lives?|where (?:[\w'-]+ ){1,8}lives?)\b/;

/** The commune a facility stands in. */
function communeOf(facility: Facility): Commune | undefined {
  const list = communesByName().get(nameKey(facility.commune ?? '')) ?? [];
  return list.find((c) => c.department === facility.department_code) ?? list[0];
}

/** Whether an occurrence ends more than STALE_DAYS before publication. */
function isStale(occurred: OccurredInput, published: string): boolean {
  const values = Object.values(occurred).filter((v): v is string => typeof v === 'string' && /^\d{4}-\d{2}/.test(v));
  if (values.length === 0) return false;
  const latest = values
    .map((v) => (v.length === 7 ? `${v}-28` : v.slice(0, 10)))
    .sort()
    .pop()!;
  return latest < addDays(published, -STALE_DAYS);
}

/** One article's extraction. */
export function extractArticle(
  article: PlainArticle,
  gazetteer: Gazetteer,
  options: ExtractionOptions,
  title?: string,
): Extraction {
  const text = article.text;
  const folded = foldSameLength(text);
  const language: ExtractionLanguage = options.language ?? detectLanguage(folded);
  const publishedAt = options.published ?? new Date().toISOString();
  const published = publishedAt.slice(0, 10);
  const sentenceSpans = sentences(text);
  const tokens = words(folded);
  // A dateline's place and date are where and when the text was filed, not the act's.
  const datelines = findDatelines(text, folded);
  const inDateline = (span: Span) => datelines.some((d) => span.start < d.end && span.end > d.start);
  const named = placeFinder(gazetteer)
    .find({
      folded,
      tokens,
      original: text,
      sentences: sentenceSpans,
      prisonContext: PRISON_CONTEXT.test(folded),
      clauses: sentenceSpans.flatMap((s) => clauses(folded, s)),
    })
    .filter((site) => !inDateline(site));
  // A prosecutor's seat, a court, a town that situates another place: never the site of an act.
  // A victim's workplace is the employer of an act at home; a staff residence beside a prison is in its commune.
  const sentenceSpanList = sentenceSpans;
  const homeSentence = (site: Span) => {
    const sentence = holding(sentenceSpanList, site.start);
    return sentence !== undefined && HOME_WORDS.test(folded.slice(sentence.start, sentence.end));
  };
  const sameSentence = (a: Span, b: Span) => holding(sentenceSpanList, a.start) === holding(sentenceSpanList, b.start);
  const awayFromPrison = (site: Span) => {
    const sentence = holding(sentenceSpanList, site.start);
    return (
      sentence !== undefined &&
      (AWAY_FROM_PRISON.test(folded.slice(sentence.start, sentence.end)) ||
        named.some((other) => other.kind === 'place' && sameSentence(other, site)))
    );
  };
  const employers: FacilityMention[] = [];
  const sites: SiteMention[] = [];
  for (const site of named) {
    if (namedInPassing(folded, site)) continue;
    if (site.kind === 'facility' && namedAsWorkplace(folded, site)) {
      employers.push(site);
      continue;
    }
    // "l'escorte d'un détenu de la maison d'arrêt d'Évreux" at a toll, a hospital: the inmate's prison is where the transport left from.
    if (site.kind === 'facility' && namedAsInmatesPrison(folded, site) && awayFromPrison(site)) {
      employers.push(site);
      continue;
    }
    if (site.kind === 'facility' && namedAsNeighbour(folded, site) && homeSentence(site)) {
      const commune = communeOf(site.facility);
      if (commune) {
        sites.push({
          ...site,
          kind: 'place',
          place: communePlace(commune),
          commune,
          rule: 'place.beside-facility',
          confidence: 0.6,
        });
        continue;
      }
    }
    // "l'immeuble d'une surveillante du centre pénitentiaire de X": the act is at her home; X is her employer,
    // and when the sentence names no town, the home is placed in X's commune.
    if (site.kind === 'facility' && namedAsStaffOf(folded, site) && homeSentence(site)) {
      employers.push(site);
      if (named.some((other) => other.kind === 'place' && sameSentence(other, site))) continue;
      const commune = communeOf(site.facility);
      if (commune) {
        sites.push({
          ...site,
          kind: 'place',
          place: communePlace(commune),
          commune,
          rule: 'place.employer-commune',
          confidence: 0.5,
        });
        continue;
      }
    }
    sites.push(site);
  }
  const dates = findDates(folded, published).filter((date) => !inDateline(date));
  const { groups, unplaced, headline } = segment({ text, folded, sentences: sentenceSpans, dates, sites });
  // "Gunmen free inmate in motorway ambush": a headline's acts without a site are those of the article's one incident.
  if (groups.length === 1)
    for (const event of headline)
      if (!groups[0].events.some((e) => e.value === event.value)) groups[0].events.push(event);
  // Signatures read without a site are the article's only when it reports one incident.
  const loose = groups.length === 1 ? distinctSignatures(unplaced) : [];
  for (const group of groups) {
    if (group.site.kind !== 'place' || group.employer) continue;
    group.employer =
      employers.find((e) => group.sentences.some((s) => e.start >= s.start && e.end <= s.end)) ??
      (employers.length === 1 ? employers[0] : undefined);
  }
  // An act dated more than a month before publication is background (a trial, an anniversary), not news.
  const news = groups.filter((group) => !group.date || !isStale(group.date.occurred, published));
  const incidents = news.map((group) =>
    incidentCandidate(text, folded, group, published, news.length === 1 ? loose : []),
  );
  const seizures = seizureCandidates({
    text,
    folded,
    sentences: sentenceSpans,
    dates,
    sites: named,
    published,
    language,
  });
  return {
    language,
    text,
    published: publishedAt,
    candidates: [...incidents, ...seizures],
    ...(title ? { title } : {}),
    ...(options.url ? { url: options.url } : {}),
  };
}
