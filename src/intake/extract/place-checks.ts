/**
 * How the place finder judges a name in its sentence: named in passing, a small commune named as a place, a home's
 * clause, the departments named near it, a town beside the prison it belongs to, a route's end, and the mentions
 * that repeat another. `places.ts` calls them.
 */
import type { Facility } from '../../core/shared/gazetteer.ts';
import { communePlace, communesByName, nameKey, type Commune } from './communes.ts';
import type { Span } from './folded-text.ts';
import type { PhraseMatch, Word } from './phrase-index.ts';
import type { FacilityMention, PlaceContext, SiteMention } from './place-mentions.ts';
import { HOME_WORD, KIND_ORDER } from './place-words.ts';
import { namedAsInmatesPrison, namedAsStaffOf, namedAsWorkplace } from './site-roles.ts';
import { holding, within } from './span-search.ts';

export function kilometres(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lon - a.lon) * rad) / 2) ** 2;
  return 12_742 * Math.asin(Math.sqrt(h));
}

/** "Près du Havre, ...", "Near Lyon, ...": a word of nearness before a town (ending where the town's name begins). */
export const NEAR_TOWN_BEFORE =
  /\b(?:pres|non loin|pas loin|a proximite|aux portes|aux abords)(?:\s+(?:de|d'|des))?\s*$|\b(?:near|not far from|close to)\s+$/;

/** Whether only a word of nearness stands between the start of the sentence holding `offset` and `offset`. */
export function headsSentence(near: NearIndex, folded: string, offset: number): boolean {
  const sentence = holding(near.sentences, offset);
  return (
    sentence !== undefined &&
    NEAR_TOWN_BEFORE.test(folded.slice(sentence.start, offset)) &&
    /^\s*[\w']+(?:\s+[\w']+){0,3}\s*$/.test(folded.slice(sentence.start, offset))
  );
}

/** "a jail near Lyon", "une prison proche de Lyon": the town situates its prison. */
export const JAIL_NEAR_BEFORE =
  /\b(?:jail|prison|penitentiary|maison d'arret|centre penitentiaire)\s+(?:near|outside|close to|pres de|proche de|aux portes de)\s*$/;

/** A hospital, a toll, a station before a town: the act is in the town, not at its prison. */
export const TOWN_OF_PLACE_BEFORE =
  /\b(?:hospital|hopital|chu|ch|urgences|clinique|clinic|peage|toll|gare|station|aeroport|airport|palais de justice|courthouse)\s+(?:in|at|of|de|d'|du)\s*$|\b(?:rue|avenue|boulevard|bd|place|cours|chemin|impasse|allee|quai|route|street|road)\s+[\w' -]{2,40},\s*(?:a|in)\s+$/;

/** "à", "in", "at" right before a town. */
export const PLACE_WORD_BEFORE = /\b(?:a|in|at)\s+$/;
/** A clause about an escorted outing: an escort, a hospital, a consultation, a court. */
export const ESCORT_OUTING =
  /\b(?:escorte|escort|extraction|extrait|hopital|hospital|chu|urgences|consultation|tribunal|courthouse)\b[^.;]{0,80}?\b(?:echappe|fausse\w* compagnie|evade\w*|enfui\w*|fuite|escaped|slipped|fled|ran off|broke free)|\b(?:echappe|fausse\w* compagnie|evade\w*|enfui\w*|fuite|escaped|slipped|fled|ran off|broke free)\b[^.;]{0,80}?\b(?:escorte|escort|extraction|hopital|hospital|chu|urgences|consultation|tribunal|courthouse)\b/;

/** A hospital, a station, an airport, a toll after a town, in an English noun phrase ("Bethune hospital"). */
export const TOWN_OF_PLACE_AFTER =
  /^(?:'s)?\s+(?:(?:general|university|regional|psychiatric|city|central|main|railway|train|bus) )?(?:hospital|clinic|station|airport|toll(?: booth| plaza| station)?|courthouse)\b/;

/** Before a town: the origin of a person ("originaire de", "a 24-year-old from") or the seat of a trial ("stand trial in"). */
const PASSING_ROLE_BEFORE =
  /\b(?:(?:originaire|originaires|natif|native|natives|habitant|habitante|habitants|habitantes)\s+(?:de\s+|d')|(?:\d+-year-old|man|woman|men|women|youths?|teenagers?|suspects?|pilot|driver|people|residents?|natives?)\s+from\s+|(?:trial|tried|sentenced|convicted|acquitted|judged)\s+(?:in|at)\s+)$/;
/** After a town: a person's origin ("a Brest resident", "Brest-born"). */
const PASSING_ROLE_AFTER = /^(?:-born\b|\s+(?:residents?|natives?)\b)/;

/** Whether a bare town is named for a person's origin, a trial's seat: a role in its sentence that is no act's place. */
export function namedInPassing(folded: string, span: Span): boolean {
  return (
    PASSING_ROLE_BEFORE.test(folded.slice(Math.max(0, span.start - 40), span.start)) ||
    PASSING_ROLE_AFTER.test(folded.slice(span.end, span.end + 16))
  );
}

/** Communes under this many inhabitants are villages: many share a name with a word or a larger town. */
const SMALL_COMMUNE = 2000;
export const isSmall = (commune: Commune) => commune.population < SMALL_COMMUNE;
/** Words that place a village: "à Incarville", "in the small town of Villenoy", "au péage d'Incarville", "the Incarville toll". */
const VILLAGE_BEFORE =
  /(?:\b(?:a|au|aux|in|at|near|pres de|outside|vers|(?:non|pas) loin de|a (?:la )?hauteur de|au niveau de|a proximite de|aux abords de|aux environs de|a l'entree de|a la sortie de|close to|not far from|on the outskirts of|\d+ ?(?:km|kilometres|kilometers|miles) (?:de|from))|\b(?:commune|village|bourg|hameau|ville|town|peage|toll|barriere de peage|domicile|residence|home|poste[ -]frontiere|poste de douane|frontiere|port|aeroport|border (?:post|crossing))\s+(?:de|d'|du|of))\s*$/;
export const VILLAGE_AFTER = /^\s+(?:toll|motorway|peage|village|commune|terminal|port|harbour|docks)\b/;
/** "leurs collègues d'Incarville, où deux agents ont été tués": a relative of place after a village names it as a place. */
const VILLAGE_RELATIVE_AFTER =
  /^\s*,\s*(?:ou\s+(?:il|elle|ils|elles|on|un|une|des|les|le|la|l'|deux|trois|quatre|plusieurs)\b|where\b)/;

/** Whether a village name is written as the place: its accents as in the official name, after a word of place. */
export function smallCommuneNamed(context: PlaceContext, tokens: Word[], match: PhraseMatch<Commune>): boolean {
  const written = context.original.slice(match.start, match.end).toLowerCase();
  if (
    !match.values.some(
      (c) =>
        c.name
          .toLowerCase()
          .replace(/^(?:le|la|les) /, '')
          .endsWith(written.replace(/^(?:du|au) /, '')) || c.name.toLowerCase() === written,
    )
  )
    return false;
  // "au Perthus", "au poste frontière du Perthus": a name whose article merged with the preposition carries it.
  const article = /^(?:du|au|aux) /.exec(context.folded.slice(match.start, match.end));
  const before = context.folded.slice(Math.max(0, match.start - 40), match.start) + (article?.[0] ?? '');
  void tokens;
  const after = context.folded.slice(match.end, match.end + 20);
  return VILLAGE_BEFORE.test(before) || VILLAGE_AFTER.test(after) || VILLAGE_RELATIVE_AFTER.test(after);
}

/** The departments of a text and its sentences, sorted by start. */
export interface NearIndex {
  departments: Array<Span & { codes: string[] }>;
  sentences: Span[];
  homeClauses: Map<number, boolean>;
}

/** Whether the clause holding `offset` speaks of a home (read once per clause). */
export function homeClause(near: NearIndex, context: PlaceContext, offset: number): boolean {
  const clause = clauseOf(context.clauses, offset);
  let home = near.homeClauses.get(clause.start);
  if (home === undefined) {
    home = HOME_WORD.test(context.folded.slice(clause.start, clause.end));
    near.homeClauses.set(clause.start, home);
  }
  return home;
}

/** How far from a place a department still qualifies it, characters (bounded, so each look-up costs O(1)). */
const NEAR_CHARS = 300;

/** Departments named in the sentence of `span`, within NEAR_CHARS of it, other than the span itself. */
export function departmentsNear(near: NearIndex, span: Span): Set<string> {
  const sentence = holding(near.sentences, span.start) ?? span;
  const window = {
    start: Math.max(sentence.start, span.start - NEAR_CHARS),
    end: Math.min(sentence.end, span.end + NEAR_CHARS),
  };
  const codes = new Set<string>();
  for (const match of within(near.departments, window)) {
    if (match.end <= span.start || match.start >= span.end) for (const code of match.codes) codes.add(code);
  }
  return codes;
}

/** Several sites answer to one alias: the one whose name it is, else a prison before a service (SAS, CNE). */
export function chooseFacility(list: Facility[], phrase: string): Facility | undefined {
  if (list.length <= 1) return list[0];
  const named = list.find((f) => nameKey(f.name) === phrase);
  if (named) return named;
  return [...list].sort((a, b) => rank(a) - rank(b))[0];
}

function rank(facility: Facility): number {
  const index = KIND_ORDER.indexOf(facility.kind);
  return index === -1 ? KIND_ORDER.length : index;
}

/**
 * Drops mentions that only situate another one: a town named "near" a site ("in Woippy, near Metz"),
 * and the town of a facility just named ("the ENAP in Agen" is not also the Agen prison).
 */
/**
 * "saisis à Lille chez un homme soupçonné d'approvisionner la prison de Sequedin": a bare town after "à" / "in" that
 * names a prison only by the article's context, in a sentence that names that very prison by its own name, is the
 * town (the writer named the prison apart), unless the town is where the prison stands.
 */
function townBesideNamedPrison(
  namedBySentence: Map<number, Set<string>>,
  context: PlaceContext,
  mention: FacilityMention,
  sentence: Span | undefined,
): SiteMention | undefined {
  if (!sentence || !/\b(?:a|in|at)\s+$/.test(context.folded.slice(Math.max(0, mention.start - 4), mention.start)))
    return undefined;
  const key = nameKey(context.original.slice(mention.start, mention.end));
  if (key === nameKey(mention.facility.commune ?? '')) return undefined;
  const namedApart = namedBySentence.get(sentence.start)?.has(mention.facility.id) ?? false;
  // "À Luynes, ... au centre pénitentiaire d'Aix-Luynes": the prison's alias, when no commune of that name lies in the
  // prison's department (a Luynes stands in Indre-et-Loire), is the prison, not a homonym town elsewhere in France.
  return namedApart ? townInPrisonDepartment(context, mention, 'place.town-beside-named-prison') : undefined;
}

/** The commune of the prison's department that `mention` names, as the place of the act (`rule` says why). */
function townInPrisonDepartment(
  context: PlaceContext,
  mention: FacilityMention,
  rule: string,
): SiteMention | undefined {
  const key = nameKey(context.original.slice(mention.start, mention.end));
  const commune = (communesByName().get(key) ?? []).find((c) => c.department === mention.facility.department_code);
  if (!commune) return undefined;
  return {
    start: mention.start,
    end: mention.end,
    kind: 'place',
    place: communePlace(commune),
    commune,
    rule,
    confidence: 0.6,
  };
}

/**
 * "Toulouse : un détenu de Seysses tente de fausser compagnie à son escorte à Purpan": a bare town heading its sentence
 * whose prison the same sentence names apart, by another name, as the inmate's prison is the town where the act was, not that
 * prison a second time.
 */
function townBesideBelongingPrison(
  found: SiteMention[],
  context: PlaceContext,
  mention: FacilityMention,
  sentence: Span | undefined,
): SiteMention | undefined {
  // Only a town that heads its sentence as a kicker or a dateline ("Toulouse :", "TOULOUSE -"), with no act of its own.
  if (
    !sentence ||
    context.folded.slice(sentence.start, mention.start).trim() !== '' ||
    !/^\s*[:,\u2013\u2014-]/.test(context.folded.slice(mention.end, mention.end + 4))
  )
    return undefined;
  const key = nameKey(context.original.slice(mention.start, mention.end));
  const apart = found.some(
    (other) =>
      other !== mention &&
      other.kind === 'facility' &&
      other.facility.id === mention.facility.id &&
      other.start >= sentence.start &&
      other.end <= sentence.end &&
      nameKey(context.original.slice(other.start, other.end)) !== key &&
      namedAsInmatesPrison(context.folded, other),
  );
  return apart ? townInPrisonDepartment(context, mention, 'place.town-beside-belonging-prison') : undefined;
}

/** "entre Nîmes et Montpellier", "between Lyon and Grenoble": the two ends of a route, which locate no act by themselves. */
const ROUTE_FIRST_END_BEFORE = /\b(?:entre|between)\s+(?:la\s+|l'|le\s+)?$/;
const ROUTE_SECOND_END_BEFORE = /\b(?:entre|between)\s+[^,.;:]{2,50}?\s+(?:et|and)\s+(?:la\s+|l'|le\s+)?$/;
function routeEnd(folded: string, mention: SiteMention): boolean {
  const before = folded.slice(Math.max(0, mention.start - 70), mention.start);
  return ROUTE_FIRST_END_BEFORE.test(before) || ROUTE_SECOND_END_BEFORE.test(before);
}

export function dropRedundant(found: SiteMention[], context: PlaceContext): SiteMention[] {
  // Per sentence: how many mentions (the ends of a route apart), and the communes of the facilities named by their own name.
  const perSentence = new Map<number, { count: number; facilityTowns: Set<string> }>();
  const sentenceOf = (mention: SiteMention) => holding(context.sentences, mention.start);
  for (const mention of found) {
    const sentence = sentenceOf(mention);
    if (!sentence || mention.end > sentence.end) continue;
    const entry = perSentence.get(sentence.start) ?? { count: 0, facilityTowns: new Set<string>() };
    if (!routeEnd(context.folded, mention)) entry.count += 1;
    if (mention.kind === 'facility' && mention.rule === 'facility.alias')
      entry.facilityTowns.add(nameKey(mention.facility.commune ?? ''));
    perSentence.set(sentence.start, entry);
  }
  // The facilities each sentence names by their own name.
  const namedBySentence = new Map<number, Set<string>>();
  for (const mention of found) {
    if (mention.kind !== 'facility' || mention.rule !== 'facility.alias') continue;
    const sentence = sentenceOf(mention);
    if (!sentence || mention.end > sentence.end) continue;
    const ids = namedBySentence.get(sentence.start) ?? new Set<string>();
    ids.add(mention.facility.id);
    namedBySentence.set(sentence.start, ids);
  }
  // The facilities the article names by their own name, by the town they stand in: a bare "Agen" in an
  // article about the ENAP at Agen is the ENAP, not the town's other prison.
  const namedByTown = new Map<string, Facility>();
  for (const mention of found)
    if (mention.kind === 'facility' && mention.rule === 'facility.alias') {
      const town = nameKey(mention.facility.commune ?? '');
      if (!namedByTown.has(town)) namedByTown.set(town, mention.facility);
    }
  return found
    .map((mention): SiteMention => {
      if (mention.kind !== 'facility' || mention.rule !== 'facility.town-in-prison-context') return mention;
      const town =
        townBesideNamedPrison(namedBySentence, context, mention, sentenceOf(mention)) ??
        townBesideBelongingPrison(found, context, mention, sentenceOf(mention));
      if (town) return town;
      const named = namedByTown.get(nameKey(context.original.slice(mention.start, mention.end)));
      return named && named !== mention.facility
        ? { ...mention, facility: named, rule: 'facility.town-of-named-site' }
        : mention;
    })
    .filter((mention) => {
      const before = context.folded.slice(Math.max(0, mention.start - 16), mention.start);
      const sentence = sentenceOf(mention);
      const entry = sentence ? perSentence.get(sentence.start) : undefined;
      const inside = sentence !== undefined && mention.end <= sentence.end;
      const others = (entry?.count ?? 0) - (inside ? 1 : 0);
      // "Prison officer's home targeted near Meaux": a town the scene is near is not the scene, when the article names
      // another place. The ends of the route the act was on are no other place ("sur l'A9, entre Nîmes et
      // Montpellier, près de Lunel": Lunel is where the ambush was).
      if (
        NEAR_BEFORE.test(before) &&
        (others > 0 ||
          ((mention.kind === 'place' || mention.rule === 'facility.town-in-prison-context') &&
            found.some(
              (other) =>
                other !== mention && !namedAsBelonging(context.folded, other) && !routeEnd(context.folded, other),
            )))
      )
        return false;
      if (
        mention.kind === 'facility' &&
        mention.rule !== 'facility.alias' &&
        mention.rule !== 'facility.town-of-named-site'
      ) {
        return !(entry?.facilityTowns.has(nameKey(context.original.slice(mention.start, mention.end))) ?? false);
      }
      return true;
    });
}

const NEAR_BEFORE =
  /\b(?:near|pres d[eu']|close to|not far from|outside of|non loin d[eu']|proche d[eu']|aux portes d[eu'])\s*$/;

/** A prison named as whom the victim or the inmate belongs to: it does not say where the act was. */
function namedAsBelonging(folded: string, mention: SiteMention): boolean {
  return namedAsStaffOf(folded, mention) || namedAsWorkplace(folded, mention) || namedAsInmatesPrison(folded, mention);
}

/** Whether the name at `start` follows another name read, after a comma, "et", "and": the next item of a list of places. */
export function continuesList(folded: string, ends: Set<number>, start: number): boolean {
  const separator = /(?:\s*(?:,|\bet|\band|\bou|\bor)\s*)$/.exec(folded.slice(Math.max(0, start - 8), start));
  return separator !== null && separator[0].length > 0 && ends.has(start - separator[0].length);
}

/** The clause holding `offset`. */
export function clauseOf(clauses: Span[], offset: number): Span {
  return holding(clauses, offset) ?? { start: offset, end: offset };
}
