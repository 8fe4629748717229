/** Seizure candidates: one per quantity read in a sentence that speaks of seizing. */
import type { SeizureDraft } from '../../core/seizure/seizure.schema.ts';
import { evidence } from './candidates.ts';
import { COUNTRIES, communePlace, communesByName, nameKey } from './communes.ts';
import type { DateMention } from './date-rules.ts';
import { datesAThing, findPeriod, isStale } from './dates.ts';
import type { Evidence, ExtractionLanguage, SeizureCandidate } from './extraction.types.ts';
import type { Span } from './folded-text.ts';
import type { SiteMention } from './place-mentions.ts';
import { findAgency, findDrug, findMoney, findQuantities, SEIZURE_WORD, STATISTICS } from './seizures.ts';
import type { Finding } from './events.ts';
import type { PlaceInput } from '../../core/shared/common.schema.ts';
import { findOrganisations } from './signatures.ts';
import { namedAsSeatOrElsewhere } from './site-roles.ts';
import { within } from './span-search.ts';

const VESSEL =
  /\b(?:go-fast|semi-submersibles?|container ship|porte-conteneurs?|conteneurs?|containers?|voilier|sailboat|cargo ship|cargo|fishing boat|chalutier|vessels?|navire|bateau)\b/;

/** Everything the seizure reader needs from the article. */
export interface SeizureInput {
  text: string;
  folded: string;
  sentences: Span[];
  dates: DateMention[];
  sites: SiteMention[];
  published: string;
  language: ExtractionLanguage;
}

/** "more than a tonne", "près d'un kilo": a rounded figure. */
function approximate(folded: string, quantity: Span): boolean {
  return /\b(?:more than|over|nearly|almost|about|around|roughly|approximately|some|close to|plus d'|plus de|pres d'|pres de|environ|quelque|quasiment|a peu pres)\s*$/.test(
    folded.slice(Math.max(0, quantity.start - 16), quantity.start),
  );
}

/** "au total", "in total": the sum of the finds named before it. */
const TOTAL = /\b(?:au total|en tout|in total|in all|all told)\b/;

/** The seizures of the article. */
export function seizureCandidates(input: SeizureInput): SeizureCandidate[] {
  const read = readSeizures(input);
  // The same drug and mass told in the headline and the body: one seizure, the one that carries a date, else a place.
  const found = read.filter(
    (candidate, index) =>
      !read.some(
        (other, j) =>
          j !== index &&
          other.draft.drug === candidate.draft.drug &&
          kilogramsOf(other) === kilogramsOf(candidate) &&
          (dated(other) !== dated(candidate)
            ? dated(other)
            : placed(other) !== placed(candidate)
              ? placed(other)
              : j < index),
      ),
  );
  // "360 grammes ... Au total, soixante kilos de plantes": a part of a total stated later, even one with no drug named.
  const totals = totalMasses(input);
  // The one country of origin the article names, for a seizure whose sentence names none.
  const origins = new Set<string>();
  let articleOrigin: Finding<string> | undefined;
  for (const match of input.folded.matchAll(ORIGIN_ALL)) {
    origins.add(COUNTRIES[match[1]].name);
    const start = match.index + match[0].length - match[1].length;
    articleOrigin ??= {
      value: COUNTRIES[match[1]].name,
      start,
      end: start + match[1].length,
      rule: 'seizure.origin-article',
      confidence: 0.5,
    };
  }
  const kilograms = (c: SeizureCandidate) =>
    Number(c.draft.quantity.value) *
    ({ t: 1000, kg: 1, g: 0.001, lb: 0.4536, mg: 1e-6, oz: 0.02835 } as Record<string, number>)[
      c.draft.quantity.unit ?? 'kg'
    ];
  const quantityOf = (c: SeizureCandidate) => c.evidence.find((e) => e.field === 'quantity')!;
  const kept = found.filter((candidate) => {
    const others = found.filter((o) => o !== candidate && o.draft.drug === candidate.draft.drug);
    if (totals.some((t) => t.start > quantityOf(candidate).start && t.kg > kilograms(candidate))) return false;
    // "1.3 tonnes" in the headline, "1,357 kilos" in the body: a rounded figure of the same find.
    if (
      others.some(
        (o) =>
          Math.abs(kilograms(o) - kilograms(candidate)) <= 0.1 * kilograms(o) &&
          significantDigits(kilograms(o)) > significantDigits(kilograms(candidate)),
      )
    )
      return false;
    // "more than a tonne" in the headline, "1,066.5 kilos" in the body: one seizure, the precise figure.
    if (
      approximate(input.folded, quantityOf(candidate)) &&
      others.some(
        (o) =>
          !approximate(input.folded, quantityOf(o)) &&
          kilograms(o) < kilograms(candidate) * 2 &&
          kilograms(o) > kilograms(candidate) / 2,
      )
    )
      return false;
    // "360 grammes ... Au total, soixante kilos": a part of a total named in the same article.
    return !others.some(
      (o) =>
        TOTAL.test(input.folded.slice(Math.max(0, quantityOf(o).start - 80), quantityOf(o).start)) &&
        kilograms(o) > kilograms(candidate) &&
        quantityOf(o).start > quantityOf(candidate).start,
    );
  });
  // "155 kilos de cocaïne" in the headline, "46 kilos" and "109 kilos" in the body: the sum of the finds told one by one.
  for (let index = kept.length - 1; index >= 0; index -= 1) {
    const candidate = kept[index];
    const parts = kept.filter((o) => o !== candidate && o.draft.drug === candidate.draft.drug);
    const sum = parts.reduce((total, o) => total + kilograms(o), 0);
    if (parts.length >= 2 && Math.abs(sum - kilograms(candidate)) <= 0.02 * kilograms(candidate)) kept.splice(index, 1);
  }
  // "plus de 20 kilos de drogue saisis ... cinq kilos de cocaïne, 14 kilos de résine et un kilo et demi d'ecstasy":
  // a figure of drugs in general that the named drugs add up to is their total, not one more seizure.
  const named = kept.filter((c) => c.draft.drug !== 'other');
  const namedKg = named.reduce((sum, c) => sum + kilograms(c), 0);
  for (let index = kept.length - 1; index >= 0; index -= 1) {
    const candidate = kept[index];
    if (candidate.draft.drug !== 'other' || named.length < 2) continue;
    if (namedKg >= kilograms(candidate) * 0.75 && namedKg <= kilograms(candidate) * 1.25) kept.splice(index, 1);
  }
  // The article's one origin goes to its one find, or to its finds of one drug at one place (two loads of the same
  // route: "à deux reprises ... conteneurs en provenance d'Équateur").
  const onePlace = new Set(kept.map((c) => `${c.draft.drug}|${c.draft.place?.commune ?? c.facility ?? ''}`)).size === 1;
  if (kept.length >= 1 && onePlace && origins.size === 1 && articleOrigin)
    for (const only of kept.filter((c) => !c.origin)) {
      only.origin = articleOrigin.value;
      only.draft.route = `from ${articleOrigin.value}`;
      only.evidence.push(evidence(input.text, 'origin', articleOrigin));
    }
  return kept;
}

/** 1357 has 4, 1300 has 2: how precisely a mass is stated. */
function significantDigits(kg: number): number {
  return String(Number(kg.toPrecision(8)))
    .replace('.', '')
    .replace(/^0+/, '')
    .replace(/0+$/, '').length;
}

const MASS_IN_KG: Record<string, number> = { t: 1000, kg: 1, g: 0.001, lb: 0.4536, mg: 1e-6, oz: 0.02835 };
function kilogramsOf(c: SeizureCandidate): number {
  return Number(c.draft.quantity.value) * MASS_IN_KG[c.draft.quantity.unit ?? 'kg'];
}
const dated = (c: SeizureCandidate) => c.evidence.some((e) => e.field === 'occurred');
const placed = (c: SeizureCandidate) => c.draft.place !== undefined;

/** The masses stated as a total ("au total, soixante kilos"), with where they start. */
function totalMasses(input: SeizureInput): Array<{ start: number; kg: number }> {
  const out: Array<{ start: number; kg: number }> = [];
  for (const sentence of input.sentences) {
    const words = input.folded.slice(sentence.start, sentence.end);
    const total = TOTAL.exec(words);
    if (!total) continue;
    const after = findQuantities(
      input.folded,
      { start: sentence.start + total.index, end: sentence.end },
      input.language,
    );
    // "Au total, 12 kilos de cocaïne et 17 kilos de résine": a list of finds, not one total.
    if (after.length !== 1) continue;
    for (const q of after) out.push({ start: q.start, kg: q.value.value * MASS_IN_KG[q.value.unit] });
  }
  return out;
}

function readSeizures(input: SeizureInput): SeizureCandidate[] {
  const { text, folded } = input;
  const out: SeizureCandidate[] = [];
  for (const sentence of input.sentences) {
    const words = folded.slice(sentence.start, sentence.end);
    // "le brouilleur installé l'an dernier" dates the jammer: it makes no find a yearly total.
    let counted = words;
    for (const d of within(input.dates, sentence))
      if (datesAThing(folded, d, sentence.start))
        counted = `${counted.slice(0, d.start - sentence.start)}${' '.repeat(d.end - d.start)}${counted.slice(d.end - sentence.start)}`;
    if (!(SEIZURE_WORD.test(words) || continuesFind(input, sentence)) || STATISTICS.test(counted)) continue;
    const quantities = findQuantities(folded, sentence, input.language);
    if (quantities.length === 0) continue;
    // "47 tons ... double the amount of 2023": one seizure per sentence, the first quantity.
    // Figures before words ("1,066 kg, more than a tonne"); an approximate word figure is never the seizure.
    const first =
      quantities.find((q) => /^\d/.test(folded.slice(q.start, q.end))) ??
      quantities.find((q) => !approximate(folded, q)) ??
      quantities[0];
    // "Au total, 355 pains ... pour un poids de 416 kilos": the drug named in the sentence before, in the same paragraph.
    const read = findDrug(folded, sentence, first.end);
    // "The drugs, 415 blocks weighing 492 kg", "la drogue, 80 pains": a general word after a definite article names the
    // drug told before, not an unknown one.
    const firstDrug =
      read?.value === 'other' && DEFINITE_BEFORE.test(folded.slice(Math.max(0, read.start - 8), read.start))
        ? (drugBefore(input, sentence) ?? read)
        : (read ?? drugBefore(input, sentence));
    if (!firstDrug) continue;
    // "12 kg de cocaïne et 30 kg de résine": one seizure per drug named right after its own figure.
    const pairs: Array<[typeof first, Finding<SeizureDraft['drug']>]> = [[first, firstDrug]];
    // "52 kilos d'herbe et 43 kilos de résine": two finds of one drug told by two words are two seizures;
    // "cinq kilos de cocaïne": a figure in words with its own drug is one too.
    const wordsOf = (q: Span, d: Finding<SeizureDraft['drug']>) => folded.slice(q.end, d.end).replace(/\s+/g, ' ');
    for (const [index, q] of quantities.entries()) {
      if (q === first || approximate(folded, q)) continue;
      // "752 kilograms (1,658 pounds)": the same find in other units.
      if (
        index > 0 &&
        /^\s*[([]\s*(?:soit\s+|or\s+|about\s+|environ\s+)?$/.test(folded.slice(quantities[index - 1].end, q.start))
      )
        continue;
      const own = findDrug(folded, { start: q.end, end: sentence.end }, q.end, 30);
      if (!own || own.start - q.end > 30) continue;
      if (!/^\d/.test(folded.slice(q.start, q.end)) && own.value === 'other') continue;
      if (!pairs.some(([p, d]) => d.value === own.value && wordsOf(p, d) === wordsOf(q, own))) pairs.push([q, own]);
    }
    pairs.sort((a, b) => a[0].start - b[0].start);
    for (const [quantity, drug] of pairs) {
      const evidences: Evidence[] = [evidence(text, 'quantity', quantity), evidence(text, 'drug', drug)];
      const notes: string[] = [];
      const period = findPeriod(folded, sentence);
      // "47 t in 11 months", "en 2024": a total over a period is a statistic, not a seizure.
      if (period) continue;
      // "le brouilleur installé l'an dernier" dates the jammer, not the find.
      const date = within(input.dates, sentence).find((d) => !datesAThing(folded, d, sentence.start));
      // "Début 2019, des interpellations avaient permis de saisir 33 kilos": an earlier find recalled, not news.
      if (date && isStale(date.occurred, input.published)) continue;
      let occurred: SeizureDraft['occurred'];
      let when = 0.8;
      if (date) {
        occurred = date.occurred;
        when = date.confidence;
        evidences.push(evidence(text, 'occurred', date));
      } else {
        occurred = { date: input.published };
        when = 0.4;
        notes.push('no date in the sentence: dated on publication');
      }
      const draft: SeizureDraft = { occurred, drug: drug.value, quantity: quantity.value };
      const money = findMoney(folded, sentence);
      if (money) {
        draft.value = money.value;
        evidences.push(evidence(text, 'value', money));
      }
      const agency = findAgency(folded, sentence);
      if (agency) {
        draft.agency = agency.value;
        evidences.push(evidence(text, 'agency', agency));
      }
      const organisation = findOrganisations(folded, sentence)[0];
      if (organisation) {
        draft.organisation = { name: organisation.value.name, kind: organisation.value.kind };
        evidences.push(evidence(text, 'organisation', organisation));
      }
      const vessel = VESSEL.exec(words);
      if (vessel)
        draft.vessel = text.slice(sentence.start + vessel.index, sentence.start + vessel.index + vessel[0].length);
      const place = placeOf(input, sentence, quantity.end);
      let facility: string | undefined;
      if (place) {
        draft.place = place.place;
        evidences.push(evidence(text, 'place', place));
        if (place.facility) facility = place.facility;
      }
      const origin = originOf(input, sentence);
      if (origin) {
        draft.route = `from ${origin.value}`;
        evidences.push(evidence(text, 'origin', origin));
      }
      draft.description = text.slice(sentence.start, sentence.end).slice(0, 2000);
      if (!draft.value) {
        const later = valueAfter(input, sentence);
        if (later) {
          draft.value = later.value;
          evidences.push(evidence(text, 'value', later));
        }
      }
      out.push({
        kind: 'seizure',
        key: `seizure|${drug.value}|${quantity.value.value}${quantity.value.unit}|${JSON.stringify(occurred)}`,
        confidence: Math.min(when, quantity.confidence, drug.confidence),
        evidence: evidences,
        notes,
        draft,
        ...(facility ? { facility } : {}),
        ...(origin ? { origin: origin.value } : {}),
      });
    }
  }
  return out;
}

/** "Their street value is estimated at €56 million": the value stated in one of the two sentences after the find. */
function valueAfter(input: SeizureInput, sentence: Span): Finding<{ amount: number; currency: string }> | undefined {
  const index = input.sentences.indexOf(sentence);
  for (const next of input.sentences.slice(index + 1, index + 3)) {
    const words = input.folded.slice(next.start, next.end);
    if (!/\b(?:valeur|value|worth|estim\w*|revente|street)\b/.test(words)) continue;
    const money = findMoney(input.folded, next);
    if (money) return money;
  }
  return undefined;
}

/** Facilities read from a bare town name by the article's context alone, or as the town of some officers ("customs officers at Le Havre"). */
const TOWN_BY_CONTEXT = new Set(['facility.town-in-prison-context', 'facility.town', 'facility.staff-of-town']);
const PRISON_WORD =
  /\b(?:prisons?|jails?|penitentiar\w*|maisons? d'arret|centres? penitentiaires?|centres? de detention|cellules?|cells?|detenue?s?|inmates?|surveillante?s?|parloirs?|fouilles?)\b/;

/**
 * Where the drugs were seized: a prison or a commune (a port) named in the sentence, else the last one
 * named before it in the paragraph or the title. A country is an origin, not a place.
 */
function placeOf(
  input: SeizureInput,
  sentence: Span,
  after: number,
): (Span & { rule: string; confidence: number; place: PlaceInput; facility?: string }) | undefined {
  // "at the port of Dunkirk seized 1,357 kilos ... at the Loon-Plage terminal": the place named after the find is where it was made.
  // A prosecutor's seat, a court, a destination, a town that situates another: never where the drugs were found.
  const named = within(input.sites, sentence).filter((s) => !namedAsSeatOrElsewhere(input.folded, s));
  const own = [...named.filter((s) => s.start >= after), ...named.filter((s) => s.start < after)];
  const before = input.sites
    .filter((s) => s.end <= sentence.start && !namedAsSeatOrElsewhere(input.folded, s))
    .slice(-1);
  // "... était dissimulée dans des sacs de sucre. La saisie a eu lieu au port de Marseille.": the next sentence of the
  // paragraph that says where the find was made.
  const index = input.sentences.indexOf(sentence);
  const next = input.sentences[index + 1];
  const told =
    own.length === 0 &&
    next &&
    !/\n\s*\n/.test(input.text.slice(sentence.end, next.start)) &&
    WHERE_FOUND.test(input.folded.slice(next.start, next.end)) &&
    findQuantities(input.folded, next, input.language).length === 0
      ? within(input.sites, next).filter((s) => !namedAsSeatOrElsewhere(input.folded, s))
      : [];
  // "found the packages on the back seat of their car near the jail": a find on the road is in the town, not in the prison.
  // A find whose sentence names no place is told after the scene ("une patrouille a repéré une voiture dans le centre de
  // X. Sur la banquette arrière : onze colis ... À l'intérieur, 115 grammes de résine"): the sentences of the paragraph
  // before it, back to the one that names the place it takes, say whether that scene was a car.
  let sceneStart = sentence.start;
  if (own.length === 0 && before.length > 0)
    for (let i = index - 1; i >= Math.max(0, index - 3); i--) {
      const prior = input.sentences[i];
      if (/\n\s*\n/.test(input.text.slice(prior.end, input.sentences[i + 1].start))) break;
      sceneStart = prior.start;
      if (prior.start <= before[0].start) break;
    }
  const onTheRoad = IN_A_CAR.test(input.folded.slice(sceneStart, sentence.end));
  for (const site of [...own.filter((s) => s.kind === 'facility'), ...own, ...told, ...before]) {
    if (site.kind === 'facility' && onTheRoad) {
      const town = site.facility.commune;
      if (!town) continue;
      const { facility: f, start, end, confidence } = site;
      return {
        start,
        end,
        confidence,
        rule: 'place.find-on-the-road',
        place: {
          lat: f.lat,
          lon: f.lon,
          precision: 'commune',
          commune: town,
          department: f.department_code,
          country: 'FR',
        },
      };
    }
    // "Customs officers at Le Havre seized": a town read as its prison by the article's context alone, in a
    // sentence with no word of prison, is the town (a port), not the prison.
    if (
      site.kind === 'facility' &&
      own.includes(site) &&
      TOWN_BY_CONTEXT.has(site.rule) &&
      !PRISON_WORD.test(input.folded.slice(sentence.start, sentence.end))
    ) {
      const list = communesByName().get(nameKey(input.text.slice(site.start, site.end))) ?? [];
      const commune = list.find((c) => c.department === site.facility.department_code) ?? list[0];
      if (commune)
        return {
          start: site.start,
          end: site.end,
          confidence: 0.6,
          rule: 'place.port-town',
          place: communePlace(commune),
        };
    }
    if (site.kind === 'facility') {
      const f = site.facility;
      return {
        ...site,
        place: {
          lat: f.lat,
          lon: f.lon,
          precision: 'commune',
          ...(f.commune ? { commune: f.commune } : {}),
          department: f.department_code,
          country: 'FR',
        },
        facility: f.id,
      };
    }
    return { ...site, place: site.place };
  }
  // At sea or abroad: a country named other than as the origin ("seized off Ecuador").
  const words = input.folded.slice(sentence.start, sentence.end);
  const country = COUNTRY.exec(words);
  if (!country || ORIGIN.exec(words)?.[1] === country[1]) return undefined;
  const { code, lat, lon } = COUNTRIES[country[1]];
  const start = sentence.start + country.index;
  return {
    start,
    end: start + country[0].length,
    rule: 'place.country',
    confidence: 0.6,
    place: { lat, lon, precision: 'country', country: code },
  };
}

/** A find in a vehicle stopped on the road: "dans le coffre de leur voiture", "on the back seat", "pulled over a car". */
const IN_A_CAR =
  /\b(?:dans (?:le coffre|la boite a gants|l'habitacle|leur vehicule|son vehicule|le vehicule|leur voiture|sa voiture|la voiture)|sur (?:la|le) (?:banquette|siege)|(?:in|on) the (?:boot|trunk|back seat|glove box|car)|in (?:their|his|her) (?:car|vehicle|van)|pulled over|controle routier|roadside check|traffic stop)\b/;

/** A sentence that says where a find was made: "la saisie a eu lieu à", "the drugs were found at", "the seizure was made in". */
const WHERE_FOUND =
  /\b(?:saisie|seizure|interception|decouverte|prise|haul|find) (?:[\w'-]+ ){0,3}?(?:a eu lieu|s'est deroulee?|a ete (?:faite|realisee|effectuee)|took place|was made|happened)\b|\b(?:were|was) (?:found|seized|discovered|intercepted) (?:at|in|on)\b/;

const COUNTRY = new RegExp(`\\b(${Object.keys(COUNTRIES).join('|')})\\b`);

const ORIGIN_SOURCE = `\\b(?:from|out of|en provenance d[eu']?|en provenance des|provenant d[eu']?|venai(?:t|ent) d[eu']?|vien(?:t|nent) d[eu']?|venu(?:e|s|es)? d[eu']?|venant d[eu']?|venai(?:t|ent) d[eu']?|vien(?:t|nent) d[eu']?|parti(?:e|s|es)? d[eu']?|originaire d[eu']?|shipped from|arrived from|arrive(?:e|s|es)? d[eu']?|depuis (?:le |la |l')?)\\s*(?:l'|le |la |les )?(${Object.keys(COUNTRIES).join('|')})\\b`;
const ORIGIN = new RegExp(ORIGIN_SOURCE);
const ORIGIN_ALL = new RegExp(ORIGIN_SOURCE, 'g');

/** The country the drugs came from, in English. */
function originOf(input: SeizureInput, sentence: Span): Finding<string> | undefined {
  const match = ORIGIN.exec(input.folded.slice(sentence.start, sentence.end));
  if (!match) return undefined;
  const start = sentence.start + match.index + match[0].length - match[1].length;
  return {
    value: COUNTRIES[match[1]].name,
    start,
    end: start + match[1].length,
    rule: 'seizure.origin',
    confidence: 0.7,
  };
}

/** A definite or demonstrative article: what follows names something already told. */
const DEFINITE_BEFORE = /\b(?:the|these|those|this|la|les|ces|cette|cet)\s+$/;

/** The drug of the sentence just before `sentence`, when it is in the same paragraph. */
function drugBefore(input: SeizureInput, sentence: Span): Finding<SeizureDraft['drug']> | undefined {
  const index = input.sentences.indexOf(sentence);
  // "des pains de cocaïne ... La première prise a porté sur 46 kilos. La seconde, sur 109 kilos": back over the finds
  // told before it without a drug, to the sentence that names the drug.
  for (let back = index - 1, next = sentence; back >= 0 && back >= index - 3; back -= 1) {
    const before = input.sentences[back];
    if (/\n\s*\n/.test(input.text.slice(before.end, next.start))) return undefined;
    const drug = findDrug(input.folded, before, before.start, Infinity);
    if (drug) return drug.value !== 'other' ? { ...drug, confidence: 0.6 } : undefined;
    if (!MASS_FIGURE.test(input.folded.slice(before.start, before.end))) return undefined;
    next = before;
  }
  return undefined;
}
/** "La seconde, le 2 octobre, sur 109 kilos", "the second, two days later, 80 kilos": the next find of a list, its verb left out. */
const NEXT_FIND_START =
  /^\s*(?:la |le |une |un )?(?:seconde|second|deuxieme|troisieme|suivante|autre|derniere)\b|^\s*(?:the |a |another )?(?:second|third|next|last|other)\b/;
function continuesFind(input: SeizureInput, sentence: Span): boolean {
  if (!NEXT_FIND_START.test(input.folded.slice(sentence.start, sentence.end))) return false;
  const index = input.sentences.indexOf(sentence);
  const before = index > 0 ? input.sentences[index - 1] : undefined;
  if (!before || /\n\s*\n/.test(input.text.slice(before.end, sentence.start))) return false;
  const words = input.folded.slice(before.start, before.end);
  return (SEIZURE_WORD.test(words) || /\b(?:prises?|finds?|hauls?)\b/.test(words)) && MASS_FIGURE.test(words);
}
/** A mass stated with its figure: "46 kilos", "1,2 tonne", "800 grammes". */
const MASS_FIGURE = /\d\s*(?:kilos?|kilogrammes?|kilograms?|kg|tonnes?|tons?|grammes?|grams?|g)\b/;
