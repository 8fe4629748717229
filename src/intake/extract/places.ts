/**
 * Where: facilities by name and alias (reference/facilities-fr.json through the Gazetteer) and
 * communes (reference/communes-fr.json), with homonyms resolved by context. A bare town name is a
 * facility only where the text speaks of prisons and no other department is named beside it; a staff
 * home in a town is a place, not the prison of that town.
 */
import type { Facility, Gazetteer } from '../../core/facility/facility.ts';
import type { PlaceInput } from '../../core/shared/common.schema.ts';
import { communePlace, communesByName, nameKey, type Commune } from './communes.ts';
import type { Span } from './folded-text.ts';
import { PhraseIndex, type Word } from './phrase-index.ts';

interface SiteBase extends Span { rule: string; confidence: number }
export interface FacilityMention extends SiteBase { kind: 'facility'; facility: Facility }
export interface PlaceMention extends SiteBase { kind: 'place'; place: PlaceInput; commune: Commune }
export type SiteMention = FacilityMention | PlaceMention;

/** The words of a text the place finder reads. */
export interface PlaceContext { folded: string; tokens: Word[]; clauses: Span[]; sentences: Span[]; prisonContext: boolean; original: string }

const INSTITUTION_WORD = /\b(?:prison|prisons|maison|centre|center|penitentiaire|penitentiary|jail|cp|ma|cd|detention|epm|sas|cne|qlco|enap|ecole|baumettes)\b/;
const BEFORE_PRISON = /(?:prison|prisons|jail|maison d'arret|centre penitentiaire|centre de detention|maison centrale|penitentiary|etablissement penitentiaire)\s+(?:de\s+|d'|des\s+|du\s+|of\s+|at\s+)?(?:la\s+|l')?$/;
const AFTER_PRISON = /^['’]?s?\s*(?:prison|jail|penitentiary|detention|facility|correctional|remand)/;
const HOME_WORD = /\b(?:home|homes|house|domicile|residence|apartment|flat|chez (?:lui|elle)|where (?:he|she|they) lives?|lives? in|habite|vit a|immeuble|pavillon|appartement|son logement)\b/;
const COMMUNE_LEAD = new Set(['in', 'at', 'a', 'near', 'pres', 'de', 'd', 'dans', 'outside', 'from', 'lives', 'habite', 'en']);
const KIND_ORDER = ['centre_penitentiaire', 'maison_arret', 'centre_detention', 'maison_centrale'];

/** Finds facility and commune mentions in one text; built once per gazetteer. */
export class PlaceFinder {
  private readonly facilities = new PhraseIndex<Facility>();
  private readonly departments = new PhraseIndex<string>();
  private readonly communes = new PhraseIndex<Commune>();

  constructor(readonly gazetteer: Gazetteer) {
    const byName = communesByName();
    for (const [key, list] of byName) for (const commune of list) this.communes.add(key, commune);
    for (const facility of gazetteer.facilities) {
      for (const alias of [facility.name, ...facility.aliases]) this.facilities.add(nameKey(alias), facility);
    }
    for (const department of gazetteer.departments) this.departments.add(nameKey(department.name), department.code);
  }

  /** Facility and place mentions of the text, in text order. */
  find(context: PlaceContext): SiteMention[] {
    const { tokens, folded } = context;
    const found: SiteMention[] = [];
    const whole = (m: Span) => !/[\p{L}]-$/u.test(context.original.slice(Math.max(0, m.start - 2), m.start)) && !/^-[\p{L}]/u.test(context.original.slice(m.end, m.end + 2));
    const facilityMatches = this.facilities.find(tokens, whole);
    for (const match of facilityMatches) {
      const facility = chooseFacility(match.values, match.phrase);
      if (!facility) continue;
      const before = folded.slice(Math.max(0, match.start - 40), match.start);
      const after = folded.slice(match.end, match.end + 24);
      const explicit = !communesByName().has(match.phrase) || INSTITUTION_WORD.test(match.phrase)
        || BEFORE_PRISON.test(before) || AFTER_PRISON.test(after);
      const span = { start: match.start, end: match.end };
      if (explicit) { found.push({ ...span, kind: 'facility', facility, rule: 'facility.alias', confidence: 0.95 }); continue; }
      found.push(this.resolveBareTown(context, span, match.phrase, facility));
    }
    const taken = (start: number, end: number) => found.some((m) => start < m.end && end > m.start);
    for (const match of this.communes.find(tokens, (m) => whole(m) && !taken(m.start, m.end) && /[A-ZÀ-Ý]/.test(context.original[m.start]))) {
      const lead = tokens[match.first - 1]?.word;
      const home = HOME_WORD.test(folded.slice(clauseOf(context.clauses, match.start).start, clauseOf(context.clauses, match.start).end));
      if (!home && (!lead || !COMMUNE_LEAD.has(lead))) continue;
      const commune = this.pickCommune(match.values, context, match);
      found.push({ start: match.start, end: match.end, kind: 'place', place: communePlace(commune), commune, rule: 'place.commune', confidence: 0.6 });
    }
    return dropRedundant(found.sort((a, b) => a.start - b.start), context);
  }

  /** A town that is also a facility alias ("Luynes", "Nancy", "Toulon"): facility or commune, by context. */
  private resolveBareTown(context: PlaceContext, span: Span, phrase: string, facility: Facility): SiteMention {
    const communes = communesByName().get(phrase) ?? [];
    const clause = clauseOf(context.clauses, span.start);
    const departments = this.departmentsNear(context, span);
    const asPlace = (rule: string, confidence: number, preferred?: string): SiteMention | undefined => {
      const commune = communes.find((c) => c.department === preferred) ?? communes.find((c) => departments.has(c.department))
        ?? communes.find((c) => c.department === facility.department_code) ?? communes[0];
      return commune ? { ...span, kind: 'place', place: communePlace(commune), commune, rule, confidence } : undefined;
    };
    if (HOME_WORD.test(context.folded.slice(clause.start, clause.end))) {
      const place = asPlace('place.staff-home-town', 0.75);
      if (place) return place;
    }
    if (departments.size > 0 && !departments.has(facility.department_code)) {
      const place = communes.find((c) => departments.has(c.department)) ? asPlace('place.homonym-department', 0.8) : undefined;
      if (place) return place;
    }
    if (context.prisonContext || departments.has(facility.department_code)) {
      return { ...span, kind: 'facility', facility, rule: 'facility.town-in-prison-context', confidence: 0.75 };
    }
    return asPlace('place.town', 0.5) ?? { ...span, kind: 'facility', facility, rule: 'facility.town', confidence: 0.5 };
  }

  /** Departments named in the sentence of `span`: by name, or by code in parentheses "(37)". */
  private departmentsNear(context: PlaceContext, span: Span): Set<string> {
    const sentence = context.sentences.find((s) => s.start <= span.start && span.start < s.end) ?? span;
    const codes = new Set<string>();
    const inside = context.tokens.filter((t) => t.start >= sentence.start && t.end <= sentence.end);
    for (const match of this.departments.find(inside)) {
      if (match.end <= span.start || match.start >= span.end) for (const code of match.values) codes.add(code);
    }
    for (const match of context.folded.slice(sentence.start, sentence.end).matchAll(/\((\d{2}|2a|2b|97\d)\)/g)) codes.add(match[1].toUpperCase());
    return codes;
  }

  private pickCommune(list: Commune[], context: PlaceContext, span: Span): Commune {
    const departments = this.departmentsNear(context, span);
    return list.find((c) => departments.has(c.department)) ?? list[0];
  }
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
function dropRedundant(found: SiteMention[], context: PlaceContext): SiteMention[] {
  return found.filter((mention, index) => {
    const before = context.folded.slice(Math.max(0, mention.start - 12), mention.start);
    const sentence = context.sentences.find((s) => s.start <= mention.start && mention.start < s.end);
    const others = found.filter((other, j) => j !== index && sentence && other.start >= sentence.start && other.end <= sentence.end);
    if (/\b(?:near|pres d[eu']|close to|not far from|outside of)\s*$/.test(before) && others.length > 0) return false;
    if (mention.kind === 'facility' && mention.rule !== 'facility.alias') {
      return !others.some((o) => o.kind === 'facility' && o.rule === 'facility.alias' && nameKey(o.facility.commune ?? '') === nameKey(context.original.slice(mention.start, mention.end)));
    }
    return true;
  });
}

/** The clause holding `offset`. */
export function clauseOf(clauses: Span[], offset: number): Span {
  return clauses.find((c) => c.start <= offset && offset < c.end) ?? { start: offset, end: offset };
}
