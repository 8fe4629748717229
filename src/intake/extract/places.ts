/**
 * Where: facilities by name and alias (reference/facilities-fr.json through the Gazetteer) and
 * communes (reference/communes-fr.json), with homonyms resolved by context. A bare town name is a
 * facility only where the text speaks of prisons and no other department is named beside it; a staff
 * home in a town is a place, not the prison of that town.
 */
import type { Facility, Gazetteer } from '../../core/shared/gazetteer.ts';
import { communePlace, communesByName, nameKey, type Commune } from './communes.ts';
import type { Span } from './folded-text.ts';
import { PhraseIndex, type PhraseMatch } from './phrase-index.ts';
import type { PlaceContext, SiteMention } from './place-mentions.ts';
import {
  ESCORT_OUTING,
  JAIL_NEAR_BEFORE,
  NEAR_TOWN_BEFORE,
  type NearIndex,
  PLACE_WORD_BEFORE,
  TOWN_OF_PLACE_AFTER,
  TOWN_OF_PLACE_BEFORE,
  VILLAGE_AFTER,
  chooseFacility,
  clauseOf,
  continuesList,
  departmentsNear,
  dropRedundant,
  headsSentence,
  homeClause,
  isSmall,
  kilometres,
  namedInPassing,
  smallCommuneNamed,
} from './place-checks.ts';
import {
  AFTER_PRISON,
  AIRPORTS,
  BEFORE_PRISON,
  COMMON_WORD_COMMUNES,
  COMMUNE_LEAD,
  EXONYMS,
  INSTITUTION_WORD,
  KIND_ORDER,
  PLACE_PREPOSITIONS,
  PRISON_IN_BEFORE,
  SCHOOL_BEFORE,
} from './place-words.ts';
import { namedAsStaffOf, namedAsWorkplace } from './site-roles.ts';

/** Finds facility and commune mentions in one text; built once per gazetteer. */
/**
 * Whether a clause is about an escorted outing, read once per clause: a clause holds many town names (a list, or a
 * megabyte without a stop), and reading the whole clause again for each of them was quadratic in its length.
 */
const escortClauses = new WeakMap<Span, boolean>();
function isEscortClause(clause: Span, folded: string): boolean {
  let escort = escortClauses.get(clause);
  if (escort === undefined) {
    escort = ESCORT_OUTING.test(folded.slice(clause.start, clause.end));
    escortClauses.set(clause, escort);
  }
  return escort;
}

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
        for (const commune of list) {
          this.communes.add(`du ${key.slice(3)}`, commune);
          this.communes.add(`au ${key.slice(3)}`, commune);
        }
      // "aux Clayes-sous-Bois", "des Mureaux": the commune "Les Clayes-sous-Bois", "Les Mureaux".
      if (/^les [a-z]/.test(key))
        for (const commune of list) {
          this.communes.add(`aux ${key.slice(4)}`, commune);
          this.communes.add(`des ${key.slice(4)}`, commune);
        }
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
      if (isEscortClause(clauseOf(context.clauses, span.start), context.folded)) {
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
