/** Seizure candidates: one per quantity read in a sentence that speaks of seizing. */
import type { SeizureDraft } from '../../core/seizure/seizure.schema.ts';
import { evidence } from './candidates.ts';
import { COUNTRIES } from './communes.ts';
import { findPeriod, type DateMention } from './dates.ts';
import type { Evidence, ExtractionLanguage, SeizureCandidate } from './extraction.types.ts';
import type { Span } from './folded-text.ts';
import type { SiteMention } from './places.ts';
import { findAgency, findDrug, findMoney, findQuantities, SEIZURE_WORD } from './seizures.ts';
import { findOrganisations } from './signatures.ts';
import { firstWithin, within } from './span-search.ts';

const VESSEL = /\b(?:go-fast|semi-submersibles?|container ship|porte-conteneurs?|conteneurs?|containers?|voilier|sailboat|cargo ship|cargo|fishing boat|chalutier|vessels?|navire|bateau)\b/;

const COUNTRY_PATTERN = new RegExp(`\\b(?:${Object.keys(COUNTRIES).join('|')})\\b`);

/** Everything the seizure reader needs from the article. */
export interface SeizureInput { text: string; folded: string; sentences: Span[]; dates: DateMention[]; sites: SiteMention[]; published: string; language: ExtractionLanguage }

/** The seizures of the article. */
export function seizureCandidates(input: SeizureInput): SeizureCandidate[] {
  const { text, folded } = input;
  const out: SeizureCandidate[] = [];
  for (const sentence of input.sentences) {
    const words = folded.slice(sentence.start, sentence.end);
    if (!SEIZURE_WORD.test(words)) continue;
    const quantities = findQuantities(folded, sentence, input.language);
    if (quantities.length === 0) continue;
    // "47 tons ... double the amount of 2023": one seizure per sentence, the first quantity.
    const quantity = quantities[0];
    const drug = findDrug(folded, sentence, quantity.end);
    if (!drug) continue;
    const evidences: Evidence[] = [evidence(text, 'quantity', quantity), evidence(text, 'drug', drug)];
    const notes: string[] = [];
    const period = findPeriod(folded, sentence);
    const date = firstWithin(input.dates, sentence);
    let occurred: SeizureDraft['occurred'];
    let when = 0.8;
    if (period) { occurred = period.occurred; evidences.push(evidence(text, 'occurred', { ...period, rule: 'seizure.period', confidence: 0.8 })); }
    else if (date) { occurred = date.occurred; when = date.confidence; evidences.push(evidence(text, 'occurred', date)); }
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
    if (place) { draft.place = place.place; evidences.push(evidence(text, 'place', place)); }
    draft.description = text.slice(sentence.start, sentence.end).slice(0, 2000);
    out.push({
      kind: 'seizure', key: `seizure|${drug.value}|${quantity.value.value}${quantity.value.unit}|${JSON.stringify(occurred)}`,
      confidence: Math.min(when, quantity.confidence, drug.confidence), evidence: evidences, notes, draft,
    });
  }
  return out;
}

/** A commune named in the sentence, else a country. */
function placeOf(input: SeizureInput, sentence: Span) {
  const commune = within(input.sites, sentence).find((s) => s.kind === 'place');
  if (commune && commune.kind === 'place') return { ...commune, place: commune.place };
  const words = input.folded.slice(sentence.start, sentence.end);
  const match = COUNTRY_PATTERN.exec(words);
  if (!match) return undefined;
  const country = COUNTRIES[match[0]];
  const start = sentence.start + match.index;
  return { start, end: start + match[0].length, rule: 'place.country', confidence: 0.6, place: { lat: country.lat, lon: country.lon, precision: 'country' as const, country: country.code } };
}
