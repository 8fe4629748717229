/**
 * Text extraction: an article (plain text, HTML, RSS or Atom) becomes candidate incidents and
 * seizures for review, each field pointing at the words it was read from. Synchronous, rules only.
 */
import type { Gazetteer } from '../../core/shared/gazetteer.ts';
import { timeContext } from './act-time.ts';
import { ourEstablishment } from './our-establishment.ts';
import { distinctSignatures, incidentCandidate } from './candidates.ts';
import { findDates, isStale } from './dates.ts';
import { findEvents } from './events.ts';
import type { Extraction, ExtractionLanguage, ExtractionOptions, ExtractionResult } from './extraction.types.ts';
import { findDatelines } from './dateline.ts';
import { clauses, foldSameLength, headlineEnd, sentences, type Span } from './folded-text.ts';
import { detectLanguage } from './language.ts';
import type { FacilityMention, SiteMention } from './place-mentions.ts';
import { PlaceFinder } from './places.ts';
import { words } from './phrase-index.ts';
import { detectFormat, feedItems, htmlToText, type DocumentFormat, type PlainArticle } from './plain-text.ts';
import { seizureCandidates } from './seizure-candidates.ts';
import { segment, type IncidentGroup } from './segment.ts';
import {
  AWAY_FROM_PRISON,
  namedAsInmatesPrison,
  namedAsLocalForce,
  namedAsProtestSite,
  namedAsNeighbour,
  namedAsStaffOf,
  namedAsWorkplace,
  namedInPassing,
  PRISON_LANDMARK,
  OFF_DUTY_TRANSIT,
  withoutJudgingCourt,
} from './site-roles.ts';
import { HOME_WORDS } from './site-details.ts';
import { holding } from './span-search.ts';
import { LIST_SEPARATOR } from './site-choice.ts';
import { communePlace, communesByName, nameKey, type Commune } from './communes.ts';
import type { Facility } from '../../core/shared/gazetteer.ts';

const PRISON_CONTEXT =
  /\b(?:prisons?|jails?|penitentiar\w*|maisons? d'arret|centres? penitentiaires?|centres? de detention|surveillante?s?|detenus?|inmates?|prison officers?|prison staff|guards?|gardiens?|incarcer\w*)\b/;
/**
 * A sentence's penalty ("offences punishable by up to 30 years in prison", "encourt dix ans de prison", "prison avec
 * sursis"): a word of prison that makes no article about prisons, so a bare town it names stays a town.
 */
const PENALTY =
  /\b(?:(?:\w+|\d+) (?:years?|months?|ans|mois) (?:in prison|in jail|behind bars|de prison|d'emprisonnement|de reclusion)|(?:peines?|sentences?|condamnations?) (?:de|of) (?:prison|jail)|prison (?:ferme|avec sursis)|(?:suspended|jail|prison) (?:sentence|term)s?)\b/g;
const finders = new WeakMap<Gazetteer, PlaceFinder>();
/** A habit, not an act: "depuis des mois, les projections se multiplient", "every weekend", "de plus en plus". */
const HABIT =
  /\b(?:depuis (?:des|plusieurs) (?:mois|semaines|annees)|(?:chaque|tous les|toutes les) (?:semaines?|week-ends?|nuits?|jours?|soirs?|matins?)|regulierement|quotidiennement|a longueur (?:de journee|d'annee)|de plus en plus|recurrent\w*|phenomene|for (?:months|weeks|years)|every (?:day|night|week|weekend|evening)|regularly|routinely|more and more|increasingly)\b/;
/** An undated act told as a habit (a union's complaint that parcels fly in every weekend) is no incident: no night to give it. */
const habitOnly = (folded: string, group: { date?: unknown; sentences: Array<{ start: number; end: number }> }) =>
  !group.date && group.sentences.some((s) => HABIT.test(folded.slice(s.start, s.end)));

/** Where an act done at a distance is posted: a network, an account, a channel. */
const ONLINE =
  /\b(?:reseaux sociaux|social media|social networks?|en ligne|online|internet|tiktok|snapchat|telegram|facebook|instagram|twitter|whatsapp|youtube|comptes?|accounts?|channels?|messagerie)\b/;

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

/** Whether two mentions name the same site: one facility, or one commune (a town and its prison count as one). */
function samePlace(a: SiteMention, b: SiteMention): boolean {
  const town = (m: SiteMention) => nameKey(m.kind === 'facility' ? (m.facility.commune ?? '') : m.commune.name);
  return (a.kind === 'facility' && b.kind === 'facility' && a.facility.id === b.facility.id) || town(a) === town(b);
}

/** A facility read from a bare town name by the article's context alone (no prison word beside it). */
const BARE_TOWN_RULES = new Set(['facility.town-in-prison-context', 'facility.town']);
/** A bare alias that names a town other than the one its prison stands in ("Toulouse" for the Seysses prison). */
function townBesideItsPrison(text: string, mention: FacilityMention): boolean {
  return nameKey(text.slice(mention.start, mention.end)) !== nameKey(mention.facility.commune ?? '');
}

/** The commune a facility stands in. */
function communeOf(facility: Facility): Commune | undefined {
  const list = communesByName().get(nameKey(facility.commune ?? '')) ?? [];
  return list.find((c) => c.department === facility.department_code) ?? list[0];
}

/** Words that tie an act in a town to Vigie's scope: a prison, its staff, an inmate, an escort. */
// Officers and agents of the police, a brigade or a hospital's security are no prison staff ("Officers of the research
// and intervention brigade surrounded the house", "des agents de sécurité du CHU").
const PRISON_LINK =
  /\b(?:prisons?|jails?|penitentiar\w*|maisons? d'arret|centres? penitentiaires?|centres? de detention|maisons? centrales?|surveillante?s?|detenue?s?|inmates?|prisoners?|prisonniers?|prisonnieres?|(?<!\b(?:police|gendarmerie|customs|security|fire|traffic|armed|riot|swat|tactical) )officers?(?! (?:of|from) (?:the |a )?(?:[\w-]+ ){0,3}(?:brigade|police|gendarmerie|squad|unit|team|force)s?\b)|guards?|gardiens?(?! de la paix)|wardens?|correctional|agente?s?(?! (?:de (?:securite|surete|police|la bac|la brigade)|du (?:samu|chu|raid|gign)|of the (?:[\w-]+ ){0,3}(?:brigade|police|squad|unit))\b)|fonctionnaires?(?! de police)|personnels?|penitentiaires?|escorte?s?|escorted|extractions?|fourgons?|convoi|convoys?|prison vans?|evade\w*|evasions?|escaped?|escapes|fugiti\w*|ecroue?s?|incarcer\w*|enap|eris|ddpf)\b/;
/** "La victime n'a aucun lien avec la prison": the article says its victim has nothing to do with a prison. */
const NO_PRISON_LINK =
  /\b(?:victime|victim|proprietaire|owner|l'homme|la femme|the man|the woman|le conducteur|the driver)\b[^.;]{0,60}?\b(?:(?:aucun|sans(?: aucun)?|pas de) lien avec (?:la prison|l'administration penitentiaire|le monde carceral|l'etablissement|le centre penitentiaire|la maison d'arret)|(?:no|without any) (?:known )?(?:link|connection) (?:to|with) (?:the )?(?:prison|jail|prison service))\b/;

/**
 * Whether an incident group in a town is tied to a prison: a victim's employer, or a word of prison,
 * staff, inmate or escort in its sentences, their paragraphs or the title, and no sentence denying the link.
 */
function prisonLinked(text: string, folded: string): (group: { employer?: unknown; sentences: Span[] }) => boolean {
  const denied = NO_PRISON_LINK.test(folded);
  const titleEnd = headlineEnd(text);
  const title = titleEnd > 0 ? folded.slice(0, titleEnd) : '';
  const titleLinked = PRISON_LINK.test(title);
  // Read once per paragraph, however many groups it holds.
  const paragraphs = new Map<number, boolean>();
  return (group) => {
    if (group.employer) return true;
    if (denied) return false;
    if (titleLinked) return true;
    return group.sentences.some((sentence) => {
      const start = Math.max(0, folded.lastIndexOf('\n\n', sentence.start));
      let answer = paragraphs.get(start);
      if (answer === undefined) {
        const next = folded.indexOf('\n\n', sentence.end);
        answer = PRISON_LINK.test(folded.slice(start, next === -1 ? folded.length : next).replace(PENALTY, ' '));
        paragraphs.set(start, answer);
      }
      return answer;
    });
  };
}

/**
 * "de Toulon à Villepinte", "from Nice to Lille": the ends of a range name an extent (of a wave, a route), not a scene.
 * "entre Nîmes et Alès", "between Lyon and Grenoble": one act on the road between two towns is one incident, placed at
 * the first town, or at neither when the sentence names a third place ("entre Moulins et Clermont, près de Montmarault").
 */
const STAFF_OF_BEFORE =
  /\b(?:surveillante?s?|agente?s?|gardiens?|personnels?|fonctionnaires?|officers?|guards?|wardens?|employees?|directeur|directrice|cpip)\s+(?:de\s+la\s+|de\s+l'|du\s+|de\s+|d'|at\s+|of\s+)?$/;
function rangeEnds(
  folded: string,
  named: SiteMention[],
  sameSentence: (a: Span, b: Span) => boolean,
): Set<SiteMention> {
  const ends = new Set<SiteMention>();
  for (let index = 0; index + 1 < named.length; index += 1) {
    const [from, to] = [named[index], named[index + 1]];
    const before = folded.slice(Math.max(0, from.start - 10), from.start);
    const between = folded.slice(from.end, to.start);
    // "un surveillant du centre pénitentiaire de Valence, à Romans-sur-Isère": his prison, then the town he lives in, no route.
    const staffOf =
      from.kind === 'facility' &&
      to.kind === 'place' &&
      STAFF_OF_BEFORE.test(folded.slice(Math.max(0, from.start - 60), from.start));
    if (
      !staffOf &&
      /\b(?:de|d'|du|depuis|from)\s*$/.test(before) &&
      /^\s*,?\s*(?:a|au|jusqu'a|jusqu'au|to)\s+(?:la\s+|l')?$/.test(between)
    ) {
      ends.add(from);
      ends.add(to);
    } else if (/\b(?:entre|between)\s*$/.test(before) && /^\s*(?:et|and)\s+(?:la\s+|l'|le\s+)?$/.test(between)) {
      ends.add(to);
      if (named.some((other) => other !== from && other !== to && other.kind === 'place' && sameSentence(other, from)))
        ends.add(from);
    }
  }
  return ends;
}

/** A facility's mention read as a place in the facility's commune (an act near it or away from it), when its commune is known. */
function inCommuneOf(site: FacilityMention, rule: string, confidence: number): SiteMention | undefined {
  const commune = communeOf(site.facility);
  return commune && { ...site, kind: 'place', place: communePlace(commune), commune, rule, confidence };
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
  const clauseSpans = sentenceSpans.flatMap((s) => clauses(folded, s));
  const named = placeFinder(gazetteer)
    .find({
      folded,
      tokens,
      original: text,
      sentences: sentenceSpans,
      prisonContext: PRISON_CONTEXT.test(folded.replace(PENALTY, ' ').replace(PRISON_LANDMARK, ' ')),
      clauses: clauseSpans,
    })
    .filter((site) => !inDateline(site));
  // A prosecutor's seat, a court, a town that situates another place: never the site of an act.
  // A victim's workplace is the employer of an act at home; a staff residence beside a prison is in its commune.
  const sentenceSpanList = sentenceSpans;
  const homeSentence = (site: Span) => {
    const sentence = holding(sentenceSpanList, site.start);
    return (
      sentence !== undefined && HOME_WORDS.test(folded.slice(sentence.start, sentence.end)) && !postedOnline(sentence)
    );
  };
  // "son adresse et une photo de sa maison circulaient sur Snapchat": the home is what was posted, not where; an act done
  // online is placed at the prison whose staff it targets (corpus v2 guidelines).
  const postedOnline = (sentence: Span) => {
    if (!ONLINE.test(folded.slice(sentence.start, sentence.end))) return false;
    const acts = findEvents(folded, sentence);
    return acts.length > 0 && acts.every((act) => act.value === 'doxxing' || act.value === 'threat');
  };
  const offDutySentence = (site: Span) => {
    const sentence = holding(sentenceSpanList, site.start);
    return sentence !== undefined && OFF_DUTY_TRANSIT.test(folded.slice(sentence.start, sentence.end));
  };
  const sameSentence = (a: Span, b: Span) => holding(sentenceSpanList, a.start) === holding(sentenceSpanList, b.start);
  const sentenceIndex = new Map(sentenceSpanList.map((sentence, index) => [sentence.start, index]));
  const nextSentence = (a: Span, b: Span) => {
    const index = sentenceIndex.get(holding(sentenceSpanList, a.start)?.start ?? -1) ?? -1;
    const next = sentenceSpanList[index + 1];
    return (
      index >= 0 &&
      next !== undefined &&
      b.start >= next.start &&
      b.end <= next.end &&
      !/\n\s*\n/.test(text.slice(sentenceSpanList[index].end, next.start)) &&
      !namedInPassing(folded, b)
    );
  };
  const awayFromPrison = (site: Span) => {
    const sentence = holding(sentenceSpanList, site.start);
    return (
      sentence !== undefined &&
      (AWAY_FROM_PRISON.test(withoutJudgingCourt(folded.slice(sentence.start, sentence.end))) ||
        named.some((other) => other.kind === 'place' && sameSentence(other, site) && !namedInPassing(folded, other)))
    );
  };
  // A town in the same sentence as a victim's prison, or in the next one of the paragraph ("The attack took place in
  // Antony"), is the home's; not one named in passing ("à la sortie du tribunal de Créteil").
  const townForHome = (site: Span) =>
    named.some(
      (other) =>
        other.kind === 'place' &&
        !namedInPassing(folded, other) &&
        (sameSentence(other, site) || nextSentence(site, other)),
    );
  const actsOf = (span: Span) => {
    const sentence = holding(sentenceSpanList, span.start);
    return sentence === undefined ? [] : findEvents(folded, sentence).map((act) => act.value);
  };
  // A town elsewhere in the article is a home's when its sentence tells no act of its own: none at all, or, in the next
  // sentence, one of the home sentence's kinds ("The attack took place in Antony").
  const homeTownCandidate = (other: SiteMention, site: Span) => {
    if (namedInPassing(folded, other)) return false;
    if (sameSentence(other, site)) return true;
    const theirs = actsOf(other);
    if (nextSentence(site, other)) return theirs.length === 0 || theirs.some((act) => actsOf(site).includes(act));
    return theirs.length === 0;
  };
  const employers: FacilityMention[] = [];
  const sites: SiteMention[] = [];
  const ranges = rangeEnds(folded, named, sameSentence);
  // "le parquet de Meaux et de Melun", "des renforts à Meaux, Fresnes et Villepinte": the items of a list after a
  // place named in passing are named in passing too.
  let passing: SiteMention | undefined;
  let previous: SiteMention | undefined;
  for (const site of named) {
    const before = previous;
    previous = site;
    // "a guard at La Santé prison in Paris": the town a prison just named stands in is no scene of its own. In a
    // sentence about a home, another town of its department is where the officer lives ("devant le domicile d'un
    // surveillant de la maison d'arrêt de Nîmes à Beaucaire").
    if (
      site.kind === 'place' &&
      before?.kind === 'facility' &&
      site.commune.department === before.facility.department_code &&
      !(homeSentence(site) && nameKey(site.commune.name) !== nameKey(before.facility.commune ?? '')) &&
      /^\s*(?:prison|jail)?\s*,?\s*(?:in|at|a)\s+$/.test(folded.slice(before.end, site.start))
    )
      continue;
    if (
      namedInPassing(folded, site) ||
      (namedAsLocalForce(folded, site) &&
        named.some(
          (other) =>
            !samePlace(other, site) &&
            !namedInPassing(folded, other) &&
            !(
              other.kind === 'facility' &&
              (namedAsStaffOf(folded, other) ||
                namedAsWorkplace(folded, other) ||
                namedAsInmatesPrison(folded, other) ||
                /^\s*(?:prison|jail)?\s*(?:officer|guard|warden)/.test(folded.slice(other.end, other.end + 30)))
            ),
        )) ||
      // Where a protest is held, when the sentence names another scene ("ont manifesté devant la prison de Toulon pour
      // dénoncer l'agression d'une collègue, survenue samedi à la maison d'arrêt de Draguignan").
      (namedAsProtestSite(folded, site) &&
        named.some(
          (other) => !samePlace(other, site) && sameSentence(other, site) && !namedInPassing(folded, other),
        )) ||
      ranges.has(site) ||
      (passing !== undefined && LIST_SEPARATOR.test(folded.slice(passing.end, site.start)))
    ) {
      passing = site;
      continue;
    }
    passing = undefined;
    if (site.kind === 'facility' && namedAsWorkplace(folded, site)) {
      employers.push(site);
      // "the car of a guard who works at X was torched outside his home": when the article names no town (one may
      // stand a paragraph before: "faits commis à Villenoy"), the home is placed in X's commune (corpus guidelines), as
      // for an officer named "of" his prison below.
      // A town whose own sentence tells another act ("in Villenoy, someone daubed ... Also overnight, a guard who works at
      // X found his car burned outside his home") is that act's scene, not this home's.
      if (homeSentence(site) && !named.some((other) => other.kind === 'place' && homeTownCandidate(other, site))) {
        const inCommune = inCommuneOf(site, 'place.employer-commune', 0.5);
        if (inCommune) sites.push(inCommune);
      }
      continue;
    }
    // "l'escorte d'un détenu de la maison d'arrêt d'Évreux" at a toll, a hospital: the inmate's prison is where the transport left from.
    if (site.kind === 'facility' && namedAsInmatesPrison(folded, site) && awayFromPrison(site)) {
      employers.push(site);
      // "Un détenu de la maison d'arrêt de Strasbourg s'est évadé lors d'une extraction à l'hôpital": when the article
      // names no other place (a town read as this same prison by context is none), the escort was in the prison's
      // commune, as for an officer attacked off his prison below.
      const inCommune = inCommuneOf(site, 'place.employer-commune', 0.5);
      if (inCommune && !named.some((other) => !samePlace(other, site) && !namedInPassing(folded, other)))
        sites.push(inCommune);
      continue;
    }
    if (site.kind === 'facility' && namedAsNeighbour(folded, site) && homeSentence(site)) {
      const inCommune = inCommuneOf(site, 'place.beside-facility', 0.6);
      if (inCommune) {
        sites.push(inCommune);
        // A staff residence beside the prison: its residents work there.
        employers.push(site);
        continue;
      }
    }
    // "l'immeuble d'une surveillante du centre pénitentiaire de X": the act is at her home; X is her employer,
    // and when the sentence names no town, the home is placed in X's commune.
    // "a car belonging to a guard at Toulon prison was burnt in La Seyne": the prison is his employer, the town the scene.
    // So is "la voiture d'un agent du centre de détention de Tarascon retrouvée calcinée à Arles", where the town is
    // also a prison's alias read by context alone (it becomes the town below).
    if (
      site.kind === 'facility' &&
      namedAsStaffOf(folded, site) &&
      !homeSentence(site) &&
      named.some(
        (other) =>
          (other.kind === 'place' ||
            (other.kind === 'facility' &&
              BARE_TOWN_RULES.has(other.rule) &&
              (other.facility.id !== site.facility.id || townBesideItsPrison(text, other)) &&
              other.start > site.end &&
              // "... à Arles", not "blessé par un détenu de Fleury": the town where the act was.
              /\b(?:a|in|at)\s+$/.test(folded.slice(Math.max(0, other.start - 4), other.start)))) &&
          sameSentence(other, site) &&
          !namedInPassing(folded, other),
      )
    ) {
      employers.push(site);
      continue;
    }
    // An officer attacked at home, or off his prison (in the metro, at a court exit, on his way home): his employer.
    if (site.kind === 'facility' && namedAsStaffOf(folded, site) && (homeSentence(site) || offDutySentence(site))) {
      employers.push(site);
      if (townForHome(site)) continue;
      const inCommune = inCommuneOf(site, 'place.employer-commune', 0.5);
      if (inCommune) {
        sites.push(inCommune);
        continue;
      }
    }
    sites.push(site);
  }
  // "The officers were walking to work at X prison when a car reversed into them": a workplace is the victim's employer
  // because the act is placed elsewhere; when the article places it nowhere else (no other scene, no home, no transit),
  // the workplace is where it was.
  if (sites.length === 0 && !sentenceSpanList.some((s) => homeSentence(s) || offDutySentence(s))) {
    const workplace = employers.find((e) => namedAsWorkplace(folded, e) && !namedAsInmatesPrison(folded, e));
    if (workplace) sites.push(workplace);
  }
  // "Incendie à Arles : la surveillante, affectée au centre de détention de Tarascon": a bare town that names a
  // prison only through the article's context, in an article whose victim works at another prison, is the town.
  if (employers.length > 0) {
    const employerIds = new Set(employers.map((e) => e.facility.id));
    sites.forEach((site, index) => {
      if (site.kind !== 'facility' || !BARE_TOWN_RULES.has(site.rule)) return;
      // "un agent de la maison d'arrêt de Seysses ... à Toulouse": the town, though "Toulouse" is also that prison's alias.
      const besideEmployer =
        employerIds.has(site.facility.id) &&
        townBesideItsPrison(text, site) &&
        /\b(?:a|in|at)\s+$/.test(folded.slice(Math.max(0, site.start - 4), site.start)) &&
        employers.some((e) => e.facility.id === site.facility.id && sameSentence(e, site) && e.end < site.start);
      if (employerIds.has(site.facility.id) && !besideEmployer) return;
      if (
        !besideEmployer &&
        named.some((o) => o.kind === 'facility' && o.facility.id === site.facility.id && !BARE_TOWN_RULES.has(o.rule))
      )
        return;
      // "the prison in the town of Tarascon": a prison word in its clause, and no employer there, keeps the prison.
      const clause = holding(clauseSpans, site.start);
      if (
        clause &&
        PRISON_CONTEXT.test(folded.slice(clause.start, clause.end)) &&
        !employers.some((e) => e.start >= clause.start && e.end <= clause.end)
      )
        return;
      const list = communesByName().get(nameKey(text.slice(site.start, site.end))) ?? [];
      const commune = list.find((c) => c.department === site.facility.department_code) ?? list[0];
      if (commune)
        sites[index] = {
          start: site.start,
          end: site.end,
          kind: 'place',
          place: communePlace(commune),
          commune,
          rule: 'place.town-beside-employer',
          confidence: 0.6,
        };
    });
  }
  // "notre établissement" in a union section's statement: the section's prison, named only in the letterhead.
  const ours = ourEstablishment(folded, named);
  if (ours.length > 0) {
    sites.push(...ours);
    sites.sort((a, b) => a.start - b.start);
  }
  const dates = findDates(folded, published, inDateline);
  const { groups, unplaced, headline } = segment({ text, folded, sentences: sentenceSpans, dates, sites });
  // "Gunmen free inmate in motorway ambush": a headline's acts without a site are those of the article's one incident;
  // a past act recalled further down ("he had already escaped from X in 2013") is no second incident.
  const fresh = groups.filter((group) => !group.date || !isStale(group.date.occurred, published));
  if (fresh.length === 1)
    for (const event of headline)
      if (!fresh[0].events.some((e) => e.value === event.value)) fresh[0].events.push(event);
  // Signatures read without a site are the article's only when it reports one incident.
  const loose = groups.length === 1 ? distinctSignatures(unplaced) : [];
  mergeHeadlineEmployer(text, groups, employers, sites);
  // A staff home or an escort in a town: the victim's or the inmate's prison, named beside it, else the one
  // prison an article of one incident names that is not its site ("serving his sentence at the Brest remand prison").
  const siteIds = new Set(groups.flatMap((g) => (g.site.kind === 'facility' ? [g.site.facility.id] : [])));
  const otherPrisons = [
    ...new Map(
      sites
        .filter((s): s is FacilityMention => s.kind === 'facility' && !siteIds.has(s.facility.id))
        .map((s) => [s.facility.id, s]),
    ).values(),
  ];
  const distinctEmployers = new Set(employers.map((e) => e.facility.id));
  const heldBy = (group: IncidentGroup, e: Span) => group.sentences.some((s) => e.start >= s.start && e.end <= s.end);
  for (const group of groups) {
    if (group.site.kind !== 'place' || group.employer) continue;
    group.employer =
      employers.find((e) => heldBy(group, e)) ??
      // The one employer the article names, unless it is told in another incident's sentences (that incident's inmate).
      (distinctEmployers.size === 1 && !groups.some((other) => other !== group && heldBy(other, employers[0]))
        ? employers[0]
        : undefined) ??
      (employers.length === 0 && groups.length === 1 && otherPrisons.length === 1 ? otherPrisons[0] : undefined);
  }
  // An act dated more than a month before publication is background (a trial, an anniversary), not news;
  // an act in a town with no word of prison, staff, inmate or escort around it is out of Vigie's scope; contraband is
  // found in a prison, so a find in a town alone (a container at a port, a car) is a seizure at most, no incident.
  const linked = prisonLinked(text, folded);
  const news = groups.filter(
    (group) =>
      (!group.date || !isStale(group.date.occurred, published)) &&
      (group.site.kind === 'facility' || linked(group)) &&
      !(group.site.kind === 'place' && group.events.every((e) => e.value === 'contraband_found')) &&
      !habitOnly(folded, group),
  );
  const timeSentences = timeContext(folded, sentenceSpans, groups, named, dates);
  const incidents = news.map((group) =>
    incidentCandidate(text, folded, group, published, news.length === 1 ? loose : [], timeSentences.get(group)),
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

/**
 * "Surveillant de Fresnes agressé" over a body that tells the assault at his home in L'Haÿ-les-Roses: an undated
 * headline act at a prison, when the body tells the same kind of act in one town, is that act; the prison
 * is its victim's employer, not a second scene. So is a headline's town that is only the prison's town, the label
 * a regional title opens with ("Meaux : un surveillant agressé chez lui" over a home in Chelles). The body may tell
 * other acts in other towns ("elle avait déjà été menacée en avril"): the one that shares the headline's act is it.
 */
function mergeHeadlineEmployer(
  text: string,
  groups: IncidentGroup[],
  employers: FacilityMention[],
  sites: SiteMention[],
): void {
  const titleEnd = headlineEnd(text);
  if (titleEnd <= 0 || titleEnd > 300) return;
  const inTitle = (group: IncidentGroup) => group.sentences.every((s) => s.end <= titleEnd + 1);
  const places = groups.filter((g) => g.site.kind === 'place' && g.date && !inTitle(g));
  const prisons = sites.filter((s): s is FacilityMention => s.kind === 'facility');
  for (let index = groups.length - 1; index >= 0; index -= 1) {
    const headline = groups[index];
    if (headline.date || !inTitle(headline)) continue;
    const same = places.filter((p) => headline.events.some((e) => p.events.some((x) => x.value === e.value)));
    if (same.length !== 1 || same[0] === headline) continue;
    const [place] = same;
    const employer = headlineEmployer(text, headline, place, employers, prisons, titleEnd);
    if (employer && place.employer && place.employer.facility.id !== employer.facility.id) continue;
    if (!employer && !shortTown(headline.site, place.site)) continue;
    if (employer) place.employer ??= employer;
    groups.splice(index, 1);
  }
}

/** A headline shortens the body's town ("agressé à Aulnay" over "à Aulnay-sous-Bois"): the same place. */
function shortTown(headline: SiteMention, body: SiteMention): boolean {
  return (
    headline.kind === 'place' &&
    body.kind === 'place' &&
    nameKey(body.commune.name).startsWith(`${nameKey(headline.commune.name)} `)
  );
}

/** The prison a headline's site stands for: the prison itself, or its town (a label, or an employer's commune). */
function headlineEmployer(
  text: string,
  headline: IncidentGroup,
  place: IncidentGroup,
  employers: FacilityMention[],
  prisons: FacilityMention[],
  titleEnd: number,
): FacilityMention | undefined {
  const site = headline.site;
  if (site.kind === 'facility') return site;
  // The commune a headline's home was placed in for want of a town ("un surveillant de Meaux").
  if (site.rule === 'place.employer-commune') return headline.employer ?? employers.find((e) => e.end <= titleEnd);
  if (site.commune.insee === (place.site.kind === 'place' ? place.site.commune.insee : undefined)) return undefined;
  const town = nameKey(site.commune.name);
  // The prison's commune, or the town it is named by ("Meaux" for the prison in Chauconin-Neufmontiers).
  const ofTown = (m: FacilityMention) =>
    nameKey(m.facility.commune ?? '') === town || nameKey(text.slice(m.start, m.end)) === town;
  return [headline.employer, place.employer, ...employers, ...prisons].find((m) => m && ofTown(m));
}
