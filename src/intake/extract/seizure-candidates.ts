/** Seizure candidates: one per quantity read in a sentence that speaks of seizing. */
import type { SeizureDraft } from '../../core/seizure/seizure.schema.ts';
import { evidence } from './candidates.ts';
import { COUNTRIES } from './communes.ts';
import { findPeriod, type DateMention } from './dates.ts';
import type { Evidence, ExtractionLanguage, SeizureCandidate } from './extraction.types.ts';
import type { Span } from './folded-text.ts';
import type { SiteMention } from './places.ts';
import { findAgency, findDrug, findMoney, findQuantities, SEIZURE_WORD, STATISTICS } from './seizures.ts';
import type { Finding } from './events.ts';
import type { PlaceInput } from '../../core/shared/common.schema.ts';
import { findOrganisations } from './signatures.ts';
import { firstWithin, within } from './span-search.ts';

const VESSEL = /\b(?:go-fast|semi-submersibles?|container ship|porte-conteneurs?|conteneurs?|containers?|voilier|sailboat|cargo ship|cargo|fishing boat|chalutier|vessels?|navire|bateau)\b/;

/** Everything the seizure reader needs from the article. */
export interface SeizureInput { text: string; folded: string; sentences: Span[]; dates: DateMention[]; sites: SiteMention[]; published: string; language: ExtractionLanguage }

/** The seizures of the article. */
export function seizureCandidates(input: SeizureInput): SeizureCandidate[] {
  const { text, folded } = input;
  const out: SeizureCandidate[] = [];
  for (const sentence of input.sentences) {
    const words = folded.slice(sentence.start, sentence.end);
    if (!SEIZURE_WORD.test(words) || STATISTICS.test(words)) continue;
    const quantities = findQuantities(folded, sentence, input.language);
    if (quantities.length === 0) continue;
    // "47 tons ... double the amount of 2023": one seizure per sentence, the first quantity.
    // Figures before words ("1,066 kg, more than a tonne"); an approximate word figure is never the seizure.
    const quantity = quantities.find((q) => /^\d/.test(folded.slice(q.start, q.end)))
      ?? quantities.find((q) => !/\b(?:more than|over|nearly|almost|about|around|close to|plus d'|plus de|pres d'|pres de|environ|quelque)\s*$/.test(folded.slice(Math.max(0, q.start - 14), q.start)));
    if (!quantity) continue;
    const drug = findDrug(folded, sentence, quantity.end);
    if (!drug) continue;
    const evidences: Evidence[] = [evidence(text, 'quantity', quantity), evidence(text, 'drug', drug)];
    const notes: string[] = [];
    const period = findPeriod(folded, sentence);
    // "47 t in 11 months", "en 2024": a total over a period is a statistic, not a seizure.
    if (period) continue;
    const date = firstWithin(input.dates, sentence);
    let occurred: SeizureDraft['occurred'];
    let when = 0.8;
    if (date) { occurred = date.occurred; when = date.confidence; evidences.push(evidence(text, 'occurred', date)); }
    else { occurred = { date: input.published }; when = 0.4; notes.push('no date in the sentence: dated on publication'); }
    const draft: SeizureDraft = { occurred, drug: drug.value, quantity: quantity.value };
    const money = findMoney(folded, sentence);
    if (money) { draft.value = money.value; evidences.push(evidence(text, 'value', money)); }
    const agency = findAgency(folded, sentence);
    if (agency) { draft.agency = agency.value; evidences.push(evidence(text, 'agency', agency)); }
    const organisation = findOrganisations(folded, sentence)[0];
    if (organisation) { draft.organisation = { name: organisation.value.name, kind: organisation.value.kind }; evidences.push(evidence(text, 'organisation', organisation)); }
    const vessel = VESSEL.exec(words);
    if (vessel) draft.vessel = text.slice(sentence.start + vessel.index, sentence.start + vessel.index + vessel[0].length);
    const place = placeOf(input, sentence);
    let facility: string | undefined;
    if (place) {
      draft.place = place.place; evidences.push(evidence(text, 'place', place));
      if (place.facility) facility = place.facility;
    }
    const origin = originOf(input, sentence);
    if (origin) { draft.route = `from ${origin.value}`; evidences.push(evidence(text, 'origin', origin)); }
    draft.description = text.slice(sentence.start, sentence.end).slice(0, 2000);
    out.push({
      kind: 'seizure', key: `seizure|${drug.value}|${quantity.value.value}${quantity.value.unit}|${JSON.stringify(occurred)}`,
      confidence: Math.min(when, quantity.confidence, drug.confidence), evidence: evidences, notes, draft,
      ...(facility ? { facility } : {}), ...(origin ? { origin: origin.value } : {}),
    });
  }
  return out;
}

/**
 * Where the drugs were seized: a prison or a commune (a port) named in the sentence, else the last one
 * named before it in the paragraph or the title. A country is an origin, not a place.
 */
function placeOf(input: SeizureInput, sentence: Span): (Span & { rule: string; confidence: number; place: PlaceInput; facility?: string }) | undefined {
  const own = within(input.sites, sentence);
  const before = input.sites.filter((s) => s.end <= sentence.start).slice(-1);
  for (const site of [...own.filter((s) => s.kind === 'facility'), ...own, ...before]) {
    if (site.kind === 'facility') {
      const f = site.facility;
      return { ...site, place: { lat: f.lat, lon: f.lon, precision: 'commune', ...(f.commune ? { commune: f.commune } : {}), department: f.department_code, country: 'FR' }, facility: f.id };
    }
    return { ...site, place: site.place };
  }
  // At sea or abroad: a country named other than as the origin ("seized off Ecuador").
  const words = input.folded.slice(sentence.start, sentence.end);
  const country = COUNTRY.exec(words);
  if (!country || ORIGIN.exec(words)?.[1] === country[1]) return undefined;
  const { code, lat, lon } = COUNTRIES[country[1]];
  const start = sentence.start + country.index;
  return { start, end: start + country[0].length, rule: 'place.country', confidence: 0.6, place: { lat, lon, precision: 'country', country: code } };
}

const COUNTRY = new RegExp(`\\b(${Object.keys(COUNTRIES).join('|')})\\b`);

const ORIGIN = new RegExp(`\\b(?:from|out of|en provenance d[eu']?|en provenance des|provenant d[eu']?|venu(?:e|s|es)? d[eu']?|venant d[eu']?|parti(?:e|s|es)? d[eu']?|originaire d[eu']?|shipped from|arrived from|arrive(?:e|s|es)? d[eu']?|depuis (?:le |la |l')?)\\s*(?:l'|le |la |les )?(${Object.keys(COUNTRIES).join('|')})\\b`);

/** The country the drugs came from, in English. */
function originOf(input: SeizureInput, sentence: Span): Finding<string> | undefined {
  const match = ORIGIN.exec(input.folded.slice(sentence.start, sentence.end));
  if (!match) return undefined;
  const start = sentence.start + match.index + match[0].length - match[1].length;
  return { value: COUNTRIES[match[1]].name, start, end: start + match[1].length, rule: 'seizure.origin', confidence: 0.7 };
}
