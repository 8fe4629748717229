/**
 * Where: facilities by name and alias (reference/facilities-fr.json through the Gazetteer) and
 * communes (reference/communes-fr.json), with homonyms resolved by context. A bare town name is a
 * facility only where the text speaks of prisons and no other department is named beside it; a staff
 * home in a town is a place, not the prison of that town.
 */
import type { Facility, Gazetteer } from '../../core/shared/gazetteer.ts';
import type { PlaceInput } from '../../core/shared/common.schema.ts';
import { communePlace, communesByName, nameKey, type Commune } from './communes.ts';
import type { Span } from './folded-text.ts';
import { PhraseIndex, type PhraseMatch, type Word } from './phrase-index.ts';
import { namedAsInmatesPrison, namedAsStaffOf, namedAsWorkplace } from './site-roles.ts';
import { holding, within } from './span-search.ts';

interface SiteBase extends Span {
  rule: string;
  confidence: number;
}
export interface FacilityMention extends SiteBase {
  kind: 'facility';
  facility: Facility;
}
export interface PlaceMention extends SiteBase {
  kind: 'place';
  place: PlaceInput;
  commune: Commune;
}
export type SiteMention = FacilityMention | PlaceMention;

/** The words of a text the place finder reads. */
export interface PlaceContext {
  folded: string;
  tokens: Word[];
  clauses: Span[];
  sentences: Span[];
  prisonContext: boolean;
  original: string;
}

const INSTITUTION_WORD =
  /\b(?:prison|prisons|maison|centre|center|penitentiaire|penitentiary|jail|cp|ma|cd|detention|epm|sas|cne|qlco|enap|ecole|baumettes)\b/;
const BEFORE_PRISON =
  /(?:\b(?:cp|ma|cd|mc|maf|cpf|epm|csl|qpa|qsl)|prison|prisons|jail|maison d'arret|centre penitentiaire|centre de detention|maison centrale|penitentiary|etablissement penitentiaire|domaine penitentiaire)\s+(?:de\s+|d'|des\s+|du\s+|of\s+|at\s+)?(?:la\s+|l')?$/;
/** "the prison in Tarascon", "la prison de Nîmes", "la MA de Nîmes": a prison word right before a town. */
const PRISON_IN_BEFORE =
  /\b(?:cp|ma|cd|mc|maf|cpf|epm|csl|qpa|qsl|prison|jail|penitentiary|maison d'arret|centre penitentiaire|centre de detention)\s+(?:de\s+|d'|du\s+|of\s+|in\s+|at\s+)$/;
/** "the national prison officers' school in Agen", "l'école des surveillants d'Agen". */
const SCHOOL_BEFORE =
  /\b(?:school|ecole|academy|training (?:centre|center|college))\b[^.;,()]{0,30}?\s+(?:in|at|of|de|d'|du)\s*$/;
const AFTER_PRISON = /^['’]?s?\s*(?:prison|jail|penitentiary|detention|facility|correctional|remand)/;
const HOME_WORD =
  /\b(?:home|homes|house|maisons?(?! d'arret| centrale)|villa|habitation|ou (?:vit|vivent|habite|habitent)|ou (?:il|elle|ils|elles) (?:vit|vivent|habite\w*|reside\w*|demeure\w*)|domicile|residence|apartment|flat|chez (?:lui|elle)|where (?:he|she|they) lives?|lives? in|habite|vit a|immeuble|pavillon|appartement|son logement)\b/;
const COMMUNE_LEAD = new Set([
  'in',
  'at',
  'a',
  'near',
  'pres',
  'de',
  'd',
  'dans',
  'outside',
  'from',
  'lives',
  'habite',
  'en',
  'of',
  'du',
  'au',
  'to',
  'vers',
  'sur',
]);
/** Communes whose name is also a common French or English word. */
const COMMON_WORD_COMMUNES = new Set([
  'bar',
  'bois',
  'eu',
  'vue',
  'mont',
  'rue',
  'sens',
  'bourg',
  'roche',
  'ville',
  'vire',
  'bains',
  'mer',
  'mons',
  'nice',
  'orange',
  'salles',
  'tours',
  'vannes',
  'ay',
  'us',
  'noe',
  'port',
  'fort',
  'plan',
  'gare',
  'pont',
  'cours',
  'lac',
  'val',
  'marche',
  'loge',
  'mur',
  'vie',
  'aire',
  'lit',
  'lieu',
  'prix',
  'rive',
  'plage',
  'bec',
  'cave',
  'col',
  'cote',
  'haut',
  'grand',
  'blanc',
  'vert',
  'paris-plage',
]);
/** Prepositions of place that make a common-word commune a place: "à Eu", "in Tours", "near Orange". */
const PLACE_PREPOSITIONS = new Set(['a', 'in', 'at', 'near', 'pres', 'from', 'to', 'vers', 'of']);
/** English names of French communes. */
const EXONYMS: Record<string, string> = {
  dunkirk: 'dunkerque',
  marseilles: 'marseille',
  lyons: 'lyon',
  rheims: 'reims',
  aix: 'aix en provence',
};
/**
 * Airports by the names the press gives them, to the commune they stand in: a seizure "à l'aéroport de
 * Roissy-Charles-de-Gaulle" or "at Lyon-Saint-Exupéry airport" is made there.
 */
const AIRPORTS: Record<string, string> = {
  'roissy charles de gaulle': 'roissy en france',
  'paris charles de gaulle': 'roissy en france',
  'charles de gaulle': 'roissy en france',
  roissy: 'roissy en france',
  'paris orly': 'orly',
  'lyon saint exupery': 'colombier saugnieu',
  'saint exupery': 'colombier saugnieu',
  'marseille provence': 'marignane',
  'nice cote d azur': 'nice',
  'toulouse blagnac': 'blagnac',
  'bordeaux merignac': 'merignac',
  'nantes atlantique': 'bouguenais',
  'lille lesquin': 'lesquin',
  'bale mulhouse': 'saint louis',
  euroairport: 'saint louis',
  'beauvais tille': 'tille',
  'montpellier mediterranee': 'mauguio',
  'strasbourg entzheim': 'entzheim',
  'bastia poretta': 'lucciana',
  'ajaccio napoleon bonaparte': 'ajaccio',
  'pointe a pitre le raizet': 'les abymes',
  'martinique aime cesaire': 'le lamentin',
  'cayenne felix eboue': 'matoury',
};
const KIND_ORDER = ['centre_penitentiaire', 'maison_arret', 'centre_detention', 'maison_centrale'];

/** Finds facility and commune mentions in one text; built once per gazetteer. */
export class PlaceFinder {
  private readonly facilities = new PhraseIndex<Facility>();
  private readonly departments = new PhraseIndex<string>();
  private readonly communes = new PhraseIndex<Commune>();

  constructor(readonly gazetteer: Gazetteer) {
    const byName = communesByName();
    for (const [key, list] of byName) {
      for (const commune of list) this.communes.add(key, commune);
      // "du Havre", "au Mans": the commune "Le Havre", "Le Mans" after an article folded into "du"/"au".
      if (/^le [a-z]/.test(key))
        for (const commune of list)
          this.communes.add(`du ${key.slice(3)}`, commune), this.communes.add(`au ${key.slice(3)}`, commune);
      // "aux Clayes-sous-Bois", "des Mureaux": the commune "Les Clayes-sous-Bois", "Les Mureaux".
      if (/^les [a-z]/.test(key))
        for (const commune of list)
          this.communes.add(`aux ${key.slice(4)}`, commune), this.communes.add(`des ${key.slice(4)}`, commune);
    }
    for (const [english, french] of Object.entries(EXONYMS))
      for (const commune of byName.get(french) ?? []) this.communes.add(english, commune);
    // "Charles de Gaulle", "Saint-Exupéry" and "Roissy" stand for the airport only before "airport" (not the general,
    // the writer or Roissy-en-Brie).
    const bareAirport = (airport: string) => airport.includes(' ') && !/^(?:charles|saint exupery)/.test(airport);
    for (const [airport, french] of Object.entries(AIRPORTS))
      for (const commune of byName.get(french) ?? [])
        for (const key of bareAirport(airport) ? [airport, `${airport} airport`] : [`${airport} airport`])
          this.communes.add(key, commune);
    for (const facility of gazetteer.facilities) {
      for (const alias of [facility.name, ...facility.aliases]) {
        const key = nameKey(alias);
        this.facilities.add(key, facility);
        // "la maison d'arrêt du Havre", "au centre pénitentiaire du Mans": an alias "Le X" after a prison word, its
        // article folded into "du" (read only after a prison word: "la ville du Havre" names no prison).
        if (/^le [a-z]/.test(key)) this.facilities.add(`du ${key.slice(3)}`, facility);
      }
    }
    // "la prison de Lyon" names the prison that serves Lyon (at Corbas): so do "Lyon prison", "the prison in Lyon",
    // "Lyon's jail" and "le centre pénitentiaire de Lyon", when the town is not itself a prison's name.
    for (const facility of gazetteer.facilities)
      for (const alias of facility.aliases) {
        const town = /^prison (?:de|d|des|du) (.+)$/.exec(nameKey(alias))?.[1];
        if (!town || this.facilities.get(town)) continue;
        for (const key of [
          `${town} prison`,
          `${town} jail`,
          `${town} s prison`,
          `${town} s jail`,
          `prison in ${town}`,
          `jail in ${town}`,
          `centre penitentiaire de ${town}`,
          `maison d arret de ${town}`,
        ])
          if (!this.facilities.get(key)) this.facilities.add(key, facility);
      }
    for (const department of gazetteer.departments) this.departments.add(nameKey(department.name), department.code);
  }

  /** Facility and place mentions of the text, in text order. Linear in the text: every look-up is indexed. */
  find(context: PlaceContext): SiteMention[] {
    const { tokens, folded } = context;
    const found: SiteMention[] = [];
    const near = this.nearIndex(context);
    // Never half of a hyphenated name ("Saint-Martory", "Valence-d'Agen").
    const whole = (m: Span) =>
      !/[\p{L}]-(?:[dl]['’])?$/u.test(context.original.slice(Math.max(0, m.start - 4), m.start)) &&
      !/^-[\p{L}]/u.test(context.original.slice(m.end, m.end + 2));
    const takenTokens = new Set<number>();
    // Where each name read so far ends: "à Toulon, Marseille et Nice" goes on a list of places.
    const ends = new Set<number>();
    const facilityMatches = this.facilities.find(tokens, whole);
    for (const match of facilityMatches) {
      const facility = chooseFacility(match.values, match.phrase);
      if (!facility) continue;
      const before = folded.slice(Math.max(0, match.start - 40), match.start);
      const after = folded.slice(match.end, match.end + 24);
      const explicit =
        !communesByName().has(match.phrase) ||
        INSTITUTION_WORD.test(match.phrase) ||
        BEFORE_PRISON.test(before) ||
        AFTER_PRISON.test(after);
      if (
        /^du /.test(match.phrase) &&
        // Only after a prison word, and with its capital ("du Havre", not "du port").
        (!BEFORE_PRISON.test(before.replace(/\s*$/, ' ')) ||
          !/[A-ZÀ-Ý]/.test(context.original.slice(match.start + 3, match.start + 4)))
      )
        continue;
      // A name without a prison word is a name only with its capital: "pour la santé publique" names no prison
      // ("La Santé"), whatever the words before it.
      if (!INSTITUTION_WORD.test(match.phrase) && !/[A-ZÀ-Ý]/.test(context.original.slice(match.start, match.end)))
        continue;
      const span = { start: match.start, end: match.end };
      for (let index = match.first; index <= match.last; index += 1) takenTokens.add(index);
      ends.add(match.end);
      if (explicit) {
        found.push({ ...span, kind: 'facility', facility, rule: 'facility.alias', confidence: 0.95 });
        continue;
      }
      // A bare alias is a name only with its capital: "sur le port de Sète" is no "Le Port".
      if (!/[A-ZÀ-Ý]/.test(context.original.slice(match.start, match.end))) continue;
      // A bare alias that is also a common word ("Tours", "Orange"): a place only right after a preposition of place.
      if (
        COMMON_WORD_COMMUNES.has(match.phrase) &&
        !PLACE_PREPOSITIONS.has(tokens[match.first - 1]?.word ?? '') &&
        !continuesList(folded, ends, match.start)
      )
        continue;
      const resolved = this.resolveBareTown(context, near, span, match.phrase, facility);
      if (resolved) found.push(resolved);
    }
    const taken = (first: number, last: number) => {
      for (let index = first; index <= last; index += 1) if (takenTokens.has(index)) return true;
      return false;
    };
    const capital = (m: PhraseMatch<Commune>) =>
      /[A-ZÀ-Ý]/.test(context.original[/^(?:du|au|aux|des) /.test(m.phrase) ? tokens[m.first + 1].start : m.start]);
    for (const match of this.communes.find(tokens, (m) => capital(m) && whole(m) && !taken(m.first, m.last))) {
      const lead = /^(?:du|au|aux|des) /.test(match.phrase) ? 'du' : tokens[match.first - 1]?.word;
      // A commune named like a common word ("Eu", "Vue", "Tours", "Orange") only right after a preposition of place.
      if (COMMON_WORD_COMMUNES.has(match.phrase)) {
        if ((!lead || !PLACE_PREPOSITIONS.has(lead)) && !continuesList(folded, ends, match.start)) continue;
      } else if (
        !continuesList(folded, ends, match.start) &&
        !homeClause(near, context, match.start) &&
        (!lead || !COMMUNE_LEAD.has(lead)) &&
        !VILLAGE_AFTER.test(folded.slice(match.end, match.end + 20))
      )
        continue;
      // A village (most communes are) is read only with its accents and in a sentence that places it.
      if (match.values.every(isSmall) && !smallCommuneNamed(context, tokens, match)) continue;
      // "Près de Lyon, un surveillant frappé ...", "Near Lyon, guard punched": a town that heads its sentence after a word
      // of nearness says where the story's site is near, not the site (the guidelines: never the site, "a town the site
      // is near"); the site is the one prison the article names within reach of the town. Not a home ("at his home near
      // Lyon") nor a town inside a sentence ("escaped from a hospital near Lyon"), which is where the act was.
      if (
        NEAR_TOWN_BEFORE.test(folded.slice(Math.max(0, match.start - 30), match.start)) &&
        headsSentence(near, folded, match.start) &&
        !homeClause(near, context, match.start)
      ) {
        const facility = this.namedNear(match.values, facilityMatches);
        if (facility) {
          found.push({
            start: match.start,
            end: match.end,
            kind: 'facility',
            facility,
            rule: 'facility.near-town',
            confidence: 0.6,
          });
          continue;
        }
      }
      // "a jail near Lyon": the prison of that town, not the town.
      if (JAIL_NEAR_BEFORE.test(folded.slice(Math.max(0, match.start - 40), match.start))) {
        // "a prison near Lyon ... the Saint-Quentin-Fallavier prison": the one prison the article names within reach of the town.
        const facility =
          this.namedNear(match.values, facilityMatches) ??
          chooseFacility(
            this.facilities.get(match.phrase) ??
              this.facilities.get(`prison de ${match.phrase}`) ??
              this.facilities.get(`prison d ${match.phrase}`) ??
              [],
            match.phrase,
          );
        if (facility)
          found.push({
            start: match.start,
            end: match.end,
            kind: 'facility',
            facility,
            rule: 'facility.jail-near-town',
            confidence: 0.6,
          });
        continue;
      }
      // "Lyon prison", "la prison de Nîmes" where the town is no facility's alias: the prison of that town, never the town.
      if (
        BEFORE_PRISON.test(folded.slice(Math.max(0, match.start - 40), match.start)) ||
        AFTER_PRISON.test(folded.slice(match.end, match.end + 24))
      ) {
        const facility = this.prisonOfTown(match.phrase, facilityMatches);
        if (facility)
          found.push({
            start: match.start,
            end: match.end,
            kind: 'facility',
            facility,
            rule: 'facility.prison-of-town',
            confidence: 0.6,
          });
        continue;
      }
      const commune = this.pickCommune(match.values, near, match);
      ends.add(match.end);
      found.push({
        start: match.start,
        end: match.end,
        kind: 'place',
        place: communePlace(commune),
        commune,
        rule: 'place.commune',
        confidence: 0.6,
      });
    }
    return dropRedundant(
      found.sort((a, b) => a.start - b.start),
      context,
    );
  }

  /** Departments named in the text (by name, or by code in parentheses "(37)"), for the look-ups near a place. */
  private nearIndex(context: PlaceContext): NearIndex {
    const departments: Array<Span & { codes: string[] }> = this.departments
      .find(context.tokens)
      .map((m) => ({ start: m.start, end: m.end, codes: m.values }));
    for (const match of context.folded.matchAll(/\((\d{2}|2a|2b|97\d)\)/g))
      departments.push({ start: match.index, end: match.index + match[0].length, codes: [match[1].toUpperCase()] });
    departments.sort((a, b) => a.start - b.start);
    return { departments, sentences: context.sentences, homeClauses: new Map() };
  }

  /** A town that is also a facility alias ("Luynes", "Nancy", "Toulon"): facility or commune, by context. */
  private resolveBareTown(
    context: PlaceContext,
    near: NearIndex,
    span: Span,
    phrase: string,
    facility: Facility,
  ): SiteMention | undefined {
    const communes = communesByName().get(phrase) ?? [];
    const departments = departmentsNear(near, span);
    const asPlace = (rule: string, confidence: number, preferred?: string): SiteMention | undefined => {
      const commune =
        communes.find((c) => c.department === preferred) ??
        communes.find((c) => departments.has(c.department)) ??
        communes.find((c) => c.department === facility.department_code) ??
        communes[0];
      return commune ? { ...span, kind: 'place', place: communePlace(commune), commune, rule, confidence } : undefined;
    };
    // "un surveillant de Fleury-Mérogis ... chez lui, à Évry": the town names his prison (the employer), not his home.
    if (namedAsStaffOf(context.folded, span) || namedAsWorkplace(context.folded, span))
      return { ...span, kind: 'facility', facility, rule: 'facility.staff-of-town', confidence: 0.75 };
    const before = context.folded.slice(Math.max(0, span.start - 50), span.start);
    // "the prison officers' school in Agen", "l'école des surveillants d'Agen": the school of that town.
    if (SCHOOL_BEFORE.test(before)) {
      const school = this.gazetteer.facilities.find((f) => f.kind === 'ecole' && nameKey(f.commune ?? '') === phrase);
      if (school)
        return { ...span, kind: 'facility', facility: school, rule: 'facility.school-of-town', confidence: 0.7 };
    }
    // "the prison in Tarascon", "Tarascon's prison": a prison word attached names the prison, even in a clause about a home.
    if (PRISON_IN_BEFORE.test(before) || AFTER_PRISON.test(context.folded.slice(span.end, span.end + 24)))
      return { ...span, kind: 'facility', facility, rule: 'facility.prison-word-town', confidence: 0.75 };
    if (homeClause(near, context, span.start)) {
      const place = asPlace('place.staff-home-town', 0.75);
      if (place) return place;
    }
    // "at a hospital in Brest", "aux urgences de Pontoise", "au péage de Toulon": the town, not its prison.
    // So is the town an English noun phrase puts before its place ("at Bethune hospital", "Rouen station").
    if (
      TOWN_OF_PLACE_BEFORE.test(context.folded.slice(Math.max(0, span.start - 40), span.start)) ||
      TOWN_OF_PLACE_AFTER.test(context.folded.slice(span.end, span.end + 30))
    ) {
      const place = asPlace('place.town-of-a-place', 0.7);
      if (place) return place;
    }
    // "à Béthune, un détenu a échappé à son escorte à la sortie de l'hôpital": a bare town where an escort was, in a clause
    // about an outing (a hospital, a court, a transfer), is where the act was, not the prison the inmate came from (the
    // guidelines: an escape or attempt during an escort is at the escort's commune).
    if (PLACE_WORD_BEFORE.test(context.folded.slice(Math.max(0, span.start - 6), span.start))) {
      const clause = clauseOf(context.clauses, span.start);
      if (ESCORT_OUTING.test(context.folded.slice(clause.start, clause.end))) {
        const place = asPlace('place.escort-town', 0.7);
        if (place) return place;
      }
    }
    if (departments.size > 0 && !departments.has(facility.department_code)) {
      const place = communes.find((c) => departments.has(c.department))
        ? asPlace('place.homonym-department', 0.8)
        : undefined;
      if (place) return place;
    }
    if (context.prisonContext || departments.has(facility.department_code)) {
      // "a 24-year-old Brest resident", "originaire de Brest", "will stand trial in Brest": a town named for a person's
      // origin or a trial's seat, not for the place of an act; a prison spoken of nearby does not make it the prison.
      if (namedInPassing(context.folded, span)) return undefined;
      return { ...span, kind: 'facility', facility, rule: 'facility.town-in-prison-context', confidence: 0.75 };
    }
    return (
      asPlace('place.town', 0.5) ?? { ...span, kind: 'facility', facility, rule: 'facility.town', confidence: 0.5 }
    );
  }

  /**
   * The prison a town stands for ("the Lyon prison"): a facility the article names by its own name with the
   * town in it ("Lyon-Corbas"), else the one facility of that commune.
   */
  /** The one facility named in the article (by its own name) within 60 km of the town. */
  private namedNear(towns: Commune[], named: PhraseMatch<Facility>[]): Facility | undefined {
    const town = towns.reduce((a, b) => (b.population > a.population ? b : a));
    const near = new Map<string, Facility>();
    for (const match of named) {
      const facility = chooseFacility(match.values, match.phrase);
      if (facility && kilometres(town, facility) <= 60) near.set(facility.id, facility);
    }
    return near.size === 1 ? [...near.values()][0] : undefined;
  }

  private prisonOfTown(town: string, named: PhraseMatch<Facility>[]): Facility | undefined {
    for (const match of named) {
      const facility = chooseFacility(match.values, match.phrase);
      if (facility && (` ${nameKey(facility.name)} `.includes(` ${town} `) || nameKey(facility.commune ?? '') === town))
        return facility;
    }
    const inTown = this.gazetteer.facilities.filter(
      (f) => nameKey(f.commune ?? '') === town && KIND_ORDER.includes(f.kind),
    );
    return inTown.length === 1 ? inTown[0] : undefined;
  }

  private pickCommune(list: Commune[], near: NearIndex, span: Span): Commune {
    const departments = departmentsNear(near, span);
    // Else the most populous ("Aix" is Aix-en-Provence before the village of that name).
    return (
      list.find((c) => departments.has(c.department)) ?? list.reduce((a, b) => (b.population > a.population ? b : a))
    );
  }
}

/** Great-circle distance between two points, in km. */
function kilometres(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lon - a.lon) * rad) / 2) ** 2;
  return 12_742 * Math.asin(Math.sqrt(h));
}

/** "Près du Havre, ...", "Near Lyon, ...": a word of nearness before a town (ending where the town's name begins). */
const NEAR_TOWN_BEFORE =
  /\b(?:pres|non loin|pas loin|a proximite|aux portes|aux abords)(?:\s+(?:de|d'|des))?\s*$|\b(?:near|not far from|close to)\s+$/;

/** Whether only a word of nearness stands between the start of the sentence holding `offset` and `offset`. */
function headsSentence(near: NearIndex, folded: string, offset: number): boolean {
  const sentence = holding(near.sentences, offset);
  return (
    sentence !== undefined &&
    NEAR_TOWN_BEFORE.test(folded.slice(sentence.start, offset)) &&
    /^\s*[\w']+(?:\s+[\w']+){0,3}\s*$/.test(folded.slice(sentence.start, offset))
  );
}

/** "a jail near Lyon", "une prison proche de Lyon": the town situates its prison. */
const JAIL_NEAR_BEFORE =
  /\b(?:jail|prison|penitentiary|maison d'arret|centre penitentiaire)\s+(?:near|outside|close to|pres de|proche de|aux portes de)\s*$/;

/** A hospital, a toll, a station before a town: the act is in the town, not at its prison. */
const TOWN_OF_PLACE_BEFORE =
  /\b(?:hospital|hopital|chu|ch|urgences|clinique|clinic|peage|toll|gare|station|aeroport|airport|palais de justice|courthouse)\s+(?:in|at|of|de|d'|du)\s*$|\b(?:rue|avenue|boulevard|bd|place|cours|chemin|impasse|allee|quai|route|street|road)\s+[\w' -]{2,40},\s*(?:a|in)\s+$/;

/** "à", "in", "at" right before a town. */
const PLACE_WORD_BEFORE = /\b(?:a|in|at)\s+$/;
/** A clause about an escorted outing: an escort, a hospital, a consultation, a court. */
const ESCORT_OUTING =
  /\b(?:escorte|escort|extraction|extrait|hopital|hospital|chu|urgences|consultation|tribunal|courthouse)\b[^.;]{0,80}?\b(?:echappe|fausse\w* compagnie|evade\w*|enfui\w*|fuite|escaped|slipped|fled|ran off|broke free)|\b(?:echappe|fausse\w* compagnie|evade\w*|enfui\w*|fuite|escaped|slipped|fled|ran off|broke free)\b[^.;]{0,80}?\b(?:escorte|escort|extraction|hopital|hospital|chu|urgences|consultation|tribunal|courthouse)\b/;

/** A hospital, a station, an airport, a toll after a town, in an English noun phrase ("Bethune hospital"). */
const TOWN_OF_PLACE_AFTER =
  /^(?:'s)?\s+(?:(?:general|university|regional|psychiatric|city|central|main|railway|train|bus) )?(?:hospital|clinic|station|airport|toll(?: booth| plaza| station)?|courthouse)\b/;

/** Before a town: the origin of a person ("originaire de", "a 24-year-old from") or the seat of a trial ("stand trial in"). */
const PASSING_ROLE_BEFORE =
  /\b(?:(?:originaire|originaires|natif|native|natives|habitant|habitante|habitants|habitantes)\s+(?:de\s+|d')|(?:\d+-year-old|man|woman|men|women|youths?|teenagers?|suspects?|pilot|driver|people|residents?|natives?)\s+from\s+|(?:trial|tried|sentenced|convicted|acquitted|judged)\s+(?:in|at)\s+)$/;
/** After a town: a person's origin ("a Brest resident", "Brest-born"). */
const PASSING_ROLE_AFTER = /^(?:-born\b|\s+(?:residents?|natives?)\b)/;

/** Whether a bare town is named for a person's origin, a trial's seat: a role in its sentence that is no act's place. */
function namedInPassing(folded: string, span: Span): boolean {
  return (
    PASSING_ROLE_BEFORE.test(folded.slice(Math.max(0, span.start - 40), span.start)) ||
    PASSING_ROLE_AFTER.test(folded.slice(span.end, span.end + 16))
  );
}

/** Communes under this many inhabitants are villages: many share a name with a word or a larger town. */
const SMALL_COMMUNE = 2000;
const isSmall = (commune: Commune) => commune.population < SMALL_COMMUNE;
/** Words that place a village: "à Incarville", "in the small town of Villenoy", "au péage d'Incarville", "the Incarville toll". */
const VILLAGE_BEFORE =
  /(?:\b(?:a|au|aux|in|at|near|pres de|outside|vers|(?:non|pas) loin de|a (?:la )?hauteur de|au niveau de|a proximite de|aux abords de|aux environs de|a l'entree de|a la sortie de|close to|not far from|on the outskirts of|\d+ ?(?:km|kilometres|kilometers|miles) (?:de|from))|\b(?:commune|village|bourg|hameau|ville|town|peage|toll|barriere de peage|domicile|residence|home|poste[ -]frontiere|poste de douane|frontiere|port|aeroport|border (?:post|crossing))\s+(?:de|d'|du|of))\s*$/;
const VILLAGE_AFTER = /^\s+(?:toll|motorway|peage|village|commune|terminal|port|harbour|docks)\b/;
/** "leurs collègues d'Incarville, où deux agents ont été tués": a relative of place after a village names it as a place. */
const VILLAGE_RELATIVE_AFTER =
  /^\s*,\s*(?:ou\s+(?:il|elle|ils|elles|on|un|une|des|les|le|la|l'|deux|trois|quatre|plusieurs)\b|where\b)/;

/** Whether a village name is written as the place: its accents as in the official name, after a word of place. */
function smallCommuneNamed(context: PlaceContext, tokens: Word[], match: PhraseMatch<Commune>): boolean {
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
interface NearIndex {
  departments: Array<Span & { codes: string[] }>;
  sentences: Span[];
  homeClauses: Map<number, boolean>;
}

/** Whether the clause holding `offset` speaks of a home (read once per clause). */
function homeClause(near: NearIndex, context: PlaceContext, offset: number): boolean {
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
function departmentsNear(near: NearIndex, span: Span): Set<string> {
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
function chooseFacility(list: Facility[], phrase: string): Facility | undefined {
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

function dropRedundant(found: SiteMention[], context: PlaceContext): SiteMention[] {
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
function continuesList(folded: string, ends: Set<number>, start: number): boolean {
  const separator = /(?:\s*(?:,|\bet|\band|\bou|\bor)\s*)$/.exec(folded.slice(Math.max(0, start - 8), start));
  return separator !== null && separator[0].length > 0 && ends.has(start - separator[0].length);
}

/** The clause holding `offset`. */
export function clauseOf(clauses: Span[], offset: number): Span {
  return holding(clauses, offset) ?? { start: offset, end: offset };
}
