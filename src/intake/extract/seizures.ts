/**
 * Drug seizures: a quantity with its unit, the drug, the value, the period or date, the place, the
 * agency and the organisation, read from sentences that speak of seizing ("47 tons of cocaine had been
 * seized in just the first 11 months of 2024").
 */
import type { Drug, MassUnit } from '../../core/seizure/seizure.schema.ts';
import type { Finding } from './events.ts';
import type { Span } from './folded-text.ts';
import { NUMBER_WORDS } from './calendar.ts';

export interface QuantityValue {
  value: number;
  unit: MassUnit;
}
export interface MoneyValue {
  amount: number;
  currency: string;
}

/** Seizing, or finding: a seizure is often stated without a seizing verb ("180 g de résine découverts lors d'une fouille"). */
export const SEIZURE_WORD =
  /\b(?:held|holding|extrai\w*|butin|loot|a l'interieur|seiz\w*|saisi\w*|confiscat\w*|intercept\w*|recuper\w*|arraisonn\w*|bust|drug haul|haul|offload\w*|decouv\w*|mis la main|trouv\w*|retrouv\w*|found|recovered|discovered|contenai\w*|contenant|contained|containing|renferm\w*|dissimul\w*|cach\w*|hidden|concealed|transportai\w*|carrying|loaded with|charge\w* de|lest\w* de|fouille\w*|search\w*|prise|possession|stock\w*|entrepos\w*|planqu\w*|cargaison|shipment|consignment|repere\w*|detect\w*|spotted|controle\w*|(?:pulled|was|were) (?:over|stopped|checked)|au total|in total|in all|pesant|weighing|d'un poids)\b/;
/** A national or yearly total: not a seizure. */
export const STATISTICS =
  /\b(?:(?:pour |sur |durant |au cours du |over |in )?(?:le |la |the )?(?:seul |seule |whole |entire )?(?:mois de|month of|toute l'annee|whole year)|(?:au |le |du |in the |the )?(?:premier|deuxieme|second|troisieme|quatrieme|1er|first|second|third|fourth) (?:trimestre|semestre|quarter|half)|depuis (?:le )?debut de l'annee|since the (?:start|beginning) of|so far this year|cette annee|this year|last year|l'an dernier|l'annee derniere|par an|a year(?![-\w])|per year|chaque annee|every year|(?:chaque|par|tous les|toutes les) (?:semaine|mois|jour|semaines|jours)|(?:every|each|per) (?:week|month|day)\b|(?:ces|les|over the|in the|during the) (?:(?:deux|trois|six|douze|dix-huit|two|three|six|twelve|eighteen|\d+) )?(?:derniers mois|dernieres annees|dernieres semaines|(?:past|last) months|(?:past|last) years|(?:past|last) weeks)|(?:over|in|during) the (?:past|last) (?:(?:two|three|six|twelve|eighteen|\d+) )?(?:months|years|weeks)|en un an|sur un an|in (?:a|one) year|over a year|bilan|statistiques?|statistics|figures|chiffres|records? (?:annuel|de l'annee|for the year)|annee record|record year|cumul\w*|en moyenne|on average)\b/;

/**
 * A number in words, simple or compound: "vingt", "cent vingt", "deux cent cinquante", "quatre-vingt-dix",
 * "soixante et onze", "trois mille", "two hundred and fifty", "forty-five". "et" joins only before un/une/onze,
 * and "and" only after hundred or thousand, so that "un kilo et demi" and "two and a half" stay apart.
 */
const NUMBER_WORD = `(?:quatre-vingts?|cents|mille|hundred|thousand|${Object.keys(NUMBER_WORDS)
  .sort((a, b) => b.length - a.length)
  .join('|')})`;
const NUMBER_WORDS_PHRASE = `${NUMBER_WORD}(?:(?:[ -]|[ -]et[ -](?=(?:un|une|onze)\\b)|(?<=hundred|thousand) and )${NUMBER_WORD})*`;
const NUMBER = String.raw`(\d{1,3}(?:[ \u00a0,.]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?|${NUMBER_WORDS_PHRASE})`;

/** The value of a number in words (see NUMBER_WORDS_PHRASE); NaN when a word is not a number. */
export function parseNumberWords(phrase: string): number {
  let total = 0;
  let current = 0;
  const words = phrase
    .replace(/quatre-vingts?/g, 'quatrevingt')
    .split(/[ -]+/)
    .filter((word) => word !== 'et' && word !== 'and');
  for (const word of words) {
    if (word === 'cent' || word === 'cents' || word === 'hundred') current = (current || 1) * 100;
    else if (word === 'mille' || word === 'thousand') {
      total += (current || 1) * 1000;
      current = 0;
    } else if (word === 'quatrevingt') current += 80;
    else if (word in NUMBER_WORDS) current += NUMBER_WORDS[word];
    else return Number.NaN;
  }
  return total + current;
}
const UNITS: Record<string, MassUnit> = {
  t: 't',
  ton: 't',
  tons: 't',
  tonne: 't',
  tonnes: 't',
  kg: 'kg',
  kilo: 'kg',
  kilos: 'kg',
  kilogram: 'kg',
  kilograms: 'kg',
  kilogramme: 'kg',
  kilogrammes: 'kg',
  g: 'g',
  gram: 'g',
  grams: 'g',
  gramme: 'g',
  grammes: 'g',
  lb: 'lb',
  lbs: 'lb',
  pound: 'lb',
  pounds: 'lb',
};
const QUANTITY = new RegExp(
  `(?<![\\w,.])${NUMBER}(?:\\s*|-)(?:metric\\s+)?(tonnes?|tons?|t|kilogrammes?|kilograms?|kilos?|kg|grammes?|grams?|g|pounds?|lbs?)\\b`,
  'g',
);
const WORD_NUMBERS: Record<string, number> = {
  million: 1e6,
  millions: 1e6,
  m: 1e6,
  billion: 1e9,
  bn: 1e9,
  milliard: 1e9,
  milliards: 1e9,
};

const DRUGS: Array<[RegExp, Drug]> = [
  [/\b(?:cocaine|coke|crack)\b/, 'cocaine'],
  [/\b(?:cannabis|resine|resin|hashish|haschich|hasch|hash|herbe|marijuana|weed|shit|skunk|pollen|beuh)\b/, 'cannabis'],
  [/\b(?:heroin|heroine)\b/, 'heroin'],
  [
    /\b(?:ecstasy|mdma|amphetamines?|methamphetamine|meth|captagon|fentanyl|synthetic|synthese|ketamine|cathinones?)\b/,
    'synthetic',
  ],
  [/\b(?:narcotics|drugs|drogues?|stupefiants)\b/, 'other'],
];

const AGENCIES: Array<[RegExp, string]> = [
  [/\b(?:douane|douanes|douaniers|customs)\b/, 'Douane'],
  [/\bofast\b/, 'OFAST'],
  [/\b(?:marine nationale|french navy)\b/, 'Marine nationale'],
  [/\bgendarm\w*/, 'Gendarmerie'],
  [/\b(?:coast guard)\b/, 'US Coast Guard'],
  [/\b(?:attorney general|department of justice|doj)\b/, 'US DOJ'],
  [/\bdea\b/, 'DEA'],
  [/\bguardia civil\b/, 'Guardia Civil'],
  [/\b(?:police|policiers)\b/, 'Police'],
];

function parseNumber(raw: string, language: 'fr' | 'en'): number {
  if (/^[a-z]/.test(raw)) return parseNumberWords(raw);
  // "1,066.5" (English), "1.066,5" or "1 066,5" (French): thousands, then the decimal mark.
  const both = /^(\d{1,3}(?:[ \u00a0,.]\d{3})+)([.,])(\d+)$/.exec(raw);
  if (both && !both[1].includes(both[2])) return Number(`${both[1].replace(/[ \u00a0,.]/g, '')}.${both[3]}`);
  const grouped = /^\d{1,3}(?:([ \u00a0,.])\d{3})+$/.exec(raw);
  if (grouped && (grouped[1] !== ',' || language === 'en') && (grouped[1] !== '.' || language === 'fr'))
    return Number(raw.replace(/[ \u00a0,.]/g, ''));
  return Number(raw.replace(',', '.'));
}

/** Mass quantities in the span ("47 tons", "1,5 tonne", "350 kg"). */
export function findQuantities(folded: string, span: Span, language: 'fr' | 'en'): Finding<QuantityValue>[] {
  const out: Finding<QuantityValue>[] = [];
  for (const match of folded.slice(span.start, span.end).matchAll(QUANTITY)) {
    const value = parseNumber(match[1], language);
    if (!(value > 0)) continue;
    // A number in words stands apart from its unit: "at" is not "a t" (one tonne), "un g" is.
    if (/^[a-z]/.test(match[1]) && !/^[\s-]/.test(match[0].slice(match[1].length))) continue;
    const start = span.start + match.index;
    // "a 100-gram bar" is what was found; "packed in 50-kilo parcels" is how.
    if (
      match[0].slice(match[1].length).includes('-') &&
      !/\b(?:a|an|one|un|une)\s+$/.test(folded.slice(Math.max(0, start - 6), start))
    )
      continue;
    // "un kilo et demi", "two and a half tonnes" are read whole.
    const half = /^\s+(?:et\s+demie?|and\s+a\s+half)\b/.exec(
      folded.slice(start + match[0].length, start + match[0].length + 16),
    );
    out.push({
      value: { value: half ? value + 0.5 : value, unit: UNITS[match[2]] },
      start,
      end: start + match[0].length + (half ? half[0].length : 0),
      rule: 'seizure.quantity',
      confidence: 0.9,
    });
  }
  // "une vingtaine de grammes", "une centaine de kilos": a round count of the unit, read as that figure.
  for (const match of folded.slice(span.start, span.end).matchAll(ROUND_COUNT)) {
    const start = span.start + match.index;
    if (out.some((q) => q.start < start + match[0].length && start < q.end)) continue;
    out.push({
      value: { value: ROUND_COUNTS[match[1]], unit: UNITS[match[2]] },
      start,
      end: start + match[0].length,
      rule: 'seizure.quantity.round',
      confidence: 0.8,
    });
  }
  // "une demi-tonne", "half a tonne": half of the unit, with no figure.
  for (const match of folded.slice(span.start, span.end).matchAll(HALF_UNIT)) {
    const start = span.start + match.index;
    // "half a tonne": not "a tonne".
    const overlapping = out.findIndex((q) => q.start < start + match[0].length && start < q.end);
    if (overlapping >= 0) out.splice(overlapping, 1);
    out.push({
      value: { value: 0.5, unit: UNITS[match[1] ?? match[2]] },
      start,
      end: start + match[0].length,
      rule: 'seizure.quantity',
      confidence: 0.85,
    });
  }
  return perPiece(folded, span, language, out).sort((a, b) => a.start - b.start);
}

/** "40 pains de 250 grammes", "twelve bales of 30 kg each", "120 plaquettes d'environ 100 g": a count of pieces and each one's mass. */
const PIECES_BEFORE = new RegExp(
  String.raw`(?<![\w,.])${NUMBER}\s+(?:pains?|plaquettes?|savonnettes?|ballots?|paquets?|sachets?|briques?|blocs?|pochons?|boulettes?|bricks?|blocks?|packages?|packets?|bales?|slabs?|bars?|bags?|parcels?)\s+(?:de\s+cannabis\s+|de\s+resine\s+|de\s+cocaine\s+|of\s+\w+\s+)?(?:(?:de|d'environ|d'un peu plus de|d'un peu moins de|de pres de|d'un poids de|pesant(?:\s+chacune?)?(?:\s+environ)?|of(?:\s+about|\s+around)?|weighing(?:\s+about|\s+around)?)\s*)$`,
);
/** "soit 10 kg", "au total 12 kilos", "in all 300 kg": the total stated after the pieces. */
const TOTAL_BEFORE =
  /\b(?:soit|au total|en tout|pour un (?:poids )?total de|pour un poids (?:total )?de|in all|in total|totall?ing|a total of)\s*(?:de\s+|d'environ\s+|environ\s+|about\s+|around\s+|near(?:ly)?\s+|pres de\s+|plus de\s+|over\s+)?$/;

/**
 * A mass read after a count of pieces is each piece's: the seizure is their product, unless the sentence then states
 * the total ("120 plaquettes de 100 g, soit 12 kg"), which is then the one figure.
 */
function perPiece(
  folded: string,
  span: Span,
  language: 'fr' | 'en',
  found: Finding<QuantityValue>[],
): Finding<QuantityValue>[] {
  const totalStated = found.some((q) => TOTAL_BEFORE.test(folded.slice(Math.max(span.start, q.start - 40), q.start)));
  return found.flatMap((q) => {
    const pieces = PIECES_BEFORE.exec(folded.slice(Math.max(span.start, q.start - 80), q.start));
    if (!pieces) return [q];
    if (totalStated) return [];
    const count = parseNumber(pieces[1], language);
    if (!(count > 1) || !Number.isFinite(count)) return [q];
    const start = q.start - pieces[0].length;
    const product = Number((q.value.value * count).toPrecision(10));
    // "40 pains de 250 g": 10 kg, not 10,000 g.
    const value =
      q.value.unit === 'g' && product >= 1000
        ? { value: product / 1000, unit: 'kg' as const }
        : { ...q.value, value: product };
    return [
      {
        ...q,
        value,
        start,
        rule: 'seizure.quantity.pieces',
        confidence: 0.8,
      },
    ];
  });
}

/** French round counts: "une dizaine", "une vingtaine"... (not "des dizaines de kilos", which says no figure). */
const ROUND_COUNTS: Record<string, number> = {
  dizaine: 10,
  douzaine: 12,
  quinzaine: 15,
  vingtaine: 20,
  trentaine: 30,
  quarantaine: 40,
  cinquantaine: 50,
  soixantaine: 60,
  centaine: 100,
};
const ROUND_COUNT = new RegExp(
  String.raw`\bune\s+(${Object.keys(ROUND_COUNTS).join('|')})\s+de\s+(tonnes?|kilogrammes?|kilos?|kg|grammes?|g)\b`,
  'g',
);

/** Half a unit written without a figure: "une demi-tonne", "un demi-kilo", "half a tonne". */
const HALF_UNIT = /\b(?:une?\s+)?demi-(tonne|kilo|kilogramme)s?\b|\bhalf\s+(?:a\s+)?(tonne|ton|kilo|kilogram)\b/g;

/** Money in the span ("$510 million worth", "60 millions d'euros", "€2m"). */
export function findMoney(folded: string, span: Span): Finding<MoneyValue> | undefined {
  const slice = folded.slice(span.start, span.end);
  const dollars = /([$€£])\s?(\d+(?:[.,]\d+)?)\s*(million|billion|bn|m)?\b/.exec(slice);
  const words =
    /(\d+(?:[.,]\d+)?)\s*(millions?|milliards?|million|billion)?\s*(?:d'euros|euros|eur|€|de dollars|dollars|usd)/.exec(
      slice,
    );
  const match = dollars ?? words;
  if (!match) return undefined;
  const [number, scale, currency] = dollars
    ? [match[2], match[3], match[1] === '$' ? 'USD' : match[1] === '£' ? 'GBP' : 'EUR']
    : [match[1], match[2], /dollar|usd/.test(match[0]) ? 'USD' : 'EUR'];
  const amount = Number(number.replace(',', '.')) * (scale ? (WORD_NUMBERS[scale] ?? 1) : 1);
  const start = span.start + match.index;
  return { value: { amount, currency }, start, end: start + match[0].length, rule: 'seizure.value', confidence: 0.85 };
}

/** The drug named nearest after the quantity, else the last one named within 150 characters before it, else anywhere in the span. */
export function findDrug(folded: string, span: Span, after: number, reach = 80): Finding<Drug> | undefined {
  const window = { start: Math.max(span.start, after - 150), end: after };
  for (const from of [after, -1, span.start]) {
    if (from === -1) {
      // "la cocaïne ... : 300 kilos": the last drug word before the figure, a named drug before "drugs".
      if (reach === Infinity) continue;
      const slice = folded.slice(window.start, window.end);
      let last: Finding<Drug> | undefined;
      for (const [pattern, drug] of DRUGS) {
        if (last && drug === 'other') break;
        for (const match of slice.matchAll(new RegExp(pattern.source, 'g')))
          if (!last || window.start + match.index > last.start)
            last = {
              value: drug,
              start: window.start + match.index,
              end: window.start + match.index + match[0].length,
              rule: `seizure.drug.${drug}`,
              confidence: drug === 'other' ? 0.5 : 0.85,
            };
      }
      if (last) return last;
      continue;
    }
    // "35 kg d'herbe et 4 kg de cocaïne": the nearest drug word, a named drug before "drugs".
    const slice = folded.slice(from, span.end);
    let nearest: { drug: Drug; match: RegExpExecArray } | undefined;
    for (const [pattern, drug] of DRUGS) {
      if (nearest && drug === 'other') break;
      const match = pattern.exec(slice);
      if (match && match.index < reach && (!nearest || match.index < nearest.match.index)) nearest = { drug, match };
    }
    if (nearest)
      return {
        value: nearest.drug,
        start: from + nearest.match.index,
        end: from + nearest.match.index + nearest.match[0].length,
        rule: `seizure.drug.${nearest.drug}`,
        confidence: nearest.drug === 'other' ? 0.5 : 0.9,
      };
  }
  return undefined;
}

/** The agency named in the span. */
export function findAgency(folded: string, span: Span): Finding<string> | undefined {
  const slice = folded.slice(span.start, span.end);
  for (const [pattern, agency] of AGENCIES) {
    const match = pattern.exec(slice);
    if (match)
      return {
        value: agency,
        start: span.start + match.index,
        end: span.start + match.index + match[0].length,
        rule: 'seizure.agency',
        confidence: 0.8,
      };
  }
  return undefined;
}
