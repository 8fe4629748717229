/**
 * Details of an act read from the sentences that report it: where on the site it took place (`spot`,
 * SITE_SPOTS) and the local time the text states (`at`, "HH:MM").
 */
import type { EventType, SiteSpot } from '../../core/shared/taxonomy.ts';
import type { Finding } from './events.ts';
import type { Span } from './folded-text.ts';
import { withoutJudgingCourt } from './site-roles.ts';

/** Words that name a spot, most telling first. */
const SPOT_WORDS: Array<[SiteSpot, RegExp]> = [
  ['hospital', /\b(?:hopital|hospital|chu|urgences|clinique|clinic)\b/],
  [
    'visitor_car_park',
    /\b(?:parking (?:des |reserve aux )?(?:visiteurs|familles)|visitors'? car ?park|visitor parking)\b/,
  ],
  [
    'staff_car_park',
    /\b(?:parking (?:du |des |reserve au |reserve aux )?(?:personnels?|agents|surveillants)|staff car ?park|(?:car ?park|parking lot) (?:used by|reserved for|of the) (?:staff|guards|officers)|parking)\b|\bcar ?parks?\b/,
  ],
  [
    'gate',
    // "la porte", "une porte": the noun has its article; "a porté des coups", "porte-parole" are no door, "la porte de
    // la cellule" is inside.
    /\b(?:portail|porte d'entree|porte principale|(?:la|une|les|des|sa|son|leur|leurs|cette|ces) portes?(?!-| de (?:la |sa |leur |leurs )?cellules?)|entree|gates?|entrance|sas|poste de garde|guard ?post|gatehouse)\b/,
  ],
  [
    'perimeter',
    /\b(?:mur d'enceinte|enceinte|murs?|walls?|fences?|grillage|cloture|perimeter|chemin de ronde|miradors?|watchtowers?|facade|abords)\b/,
  ],
  [
    'inside',
    // A cell's things too: a mattress or bedding set on fire burns in a cell.
    /\b(?:cellules?|cells?|cour de promenade|promenade|exercise yard|yard|quartier|coursive|wing|atelier|parloirs?|detention|unit|matelas|mattress(?:es)?|literie|bedding)\b/,
  ],
  ['public_road', /\b(?:peage|toll|autoroute|motorway|highway|route|road|rue|street|rond-point|roundabout)\b/],
  ['court', /\b(?:tribunal|palais de justice|courthouse|court)\b/],
];

/** Where an act of these kinds usually is, when no word says. */
function spotByEvent(events: EventType[]): SiteSpot | null {
  const has = (type: EventType) => events.includes(type);
  if (has('transport_ambush')) return 'public_road';
  if (has('gunfire')) return 'gate';
  if (
    ['assault_on_staff', 'riot', 'drone_drop', 'contraband_found', 'escape_attempt', 'escape', 'threat'].some((t) =>
      has(t as EventType),
    )
  )
    return 'inside';
  if (has('graffiti') || has('arson') || has('projection') || has('intrusion')) return 'perimeter';
  return null;
}

/** Words of an act done at a distance: online, by phone, by letter. */
const REMOTE_WORDS =
  /\b(?:reseaux sociaux|(?:sur|via) (?:les |des )?reseaux|comptes? (?:anonymes?|instagram|tiktok|snapchat|facebook|twitter|x)|(?:anonymous |online |social media )accounts?|social media|social networks?|en ligne|online|internet|tiktok|snapchat|telegram|facebook|instagram|twitter|whatsapp|youtube|messagerie|video|videos|publiee?s?|posted|published|telephone|phone|appel anonyme|anonymous call|courriers?|lettres?|letters?|mail|e-mail|courriel|alerte a la bombe|bomb (?:alert|scare|threat))\b/;

/** Words of a home: an act at a place told with them happened at the victim's home ("devant chez lui", "near her house"). */
export const HOME_WORDS =
  /\b(?:home|homes|house|maisons?(?! d'arret| centrale)|villa|chez (?:lui|elle|eux|elles)|ou (?:vit|vivent|habite|habitent|reside)|ou (?:il|elle|ils|elles) (?:vit|vivent|habite\w*|reside\w*|demeure\w*)|residence|residences|domicile|immeuble|pavillon|appartement|apartment|logement|logements|habitation|cite|lotissement|flats|block of flats|cage d'escalier|hall d'immeuble|boites? aux lettres|letterbox(?:es)?|mailbox(?:es)?|doorstep|driveway|(?:sur )?le pas de (?:sa|leur) porte|where (?:he|she|they) lives?|where (?:[\w'-]+ ){1,8}lives?)\b/;

/** "à l'intérieur de l'enceinte", "inside the walls": inside, though the wall is named. */
const INSIDE_THE_WALLS =
  /\b(?:a l'interieur (?:de l'enceinte|de la prison|de l'etablissement|des murs|de la detention|du centre|de la maison)|dans l'enceinte|inside the (?:prison|jail|walls|perimeter|grounds|facility)|within the (?:walls|prison|grounds|perimeter))\b/g;

/** A preposition of a path: the place after it was passed over or through on the way. */
const PATH_BEFORE =
  /\b(?:par-dessus|par dessus|au-dessus d[eu']?s?|au dessus d[eu']?s?|a travers|over|across|through|above)\s+(?:(?:le|la|les|l'|un|une|des|du|the|a|an|its|son|sa|ses)\s*)?(?:[\w-]+\s+)?$/;

/** SPOT_WORDS with the global flag, built once, for every word of a sentence. */
const SPOT_WORDS_GLOBAL = SPOT_WORDS.map(([spot, pattern]) => [spot, new RegExp(pattern.source, 'g')] as const);

interface SpotWord extends Span {
  spot: SiteSpot;
  order: number;
}

/** The spot words of a sentence, each with its rank in SPOT_WORDS. */
function spotWords(folded: string, sentence: Span, atFacility: boolean, thrown: boolean): SpotWord[] {
  const slice = withoutJudgingCourt(folded.slice(sentence.start, sentence.end));
  const out: SpotWord[] = [];
  if (atFacility)
    for (const match of slice.matchAll(INSIDE_THE_WALLS))
      out.push({
        spot: 'inside',
        order: -1,
        start: sentence.start + match.index,
        end: sentence.start + match.index + match[0].length,
      });
  SPOT_WORDS_GLOBAL.forEach(([spot, pattern], order) => {
    if (!atFacility && (spot === 'staff_car_park' || spot === 'gate' || spot === 'perimeter' || spot === 'inside'))
      return;
    for (const match of slice.matchAll(pattern)) {
      const start = sentence.start + match.index;
      const end = start + match[0].length;
      // "le drone a survolé le mur", "flew over the fence", "à travers le filet": what a thing passed on its way, not where
      // the act was (a throw "par-dessus le mur" is made from the wall: the guidelines' perimeter is its surroundings).
      if (
        !thrown &&
        (spot === 'perimeter' || spot === 'gate') &&
        PATH_BEFORE.test(slice.slice(Math.max(0, match.index - 30), match.index))
      )
        continue;
      if (!out.some((w) => w.start < end && start < w.end)) out.push({ spot, order, start, end });
    }
  });
  return out;
}

/**
 * The spot of an act: a staff home, else the spot word of its sentences nearest to an act of its own
 * sentence ("sur le parking ... a ouvert le feu sur la porte": the gate), the most telling one on a tie
 * or when no sentence with a spot word names an act; else what its kind implies at a facility.
 */
export function findSpot(
  folded: string,
  sentences: Span[],
  events: Finding<EventType>[],
  atHome: boolean,
  atFacility: boolean,
): Finding<SiteSpot> | null {
  const first = sentences[0] ?? { start: 0, end: 0 };
  const types = events.map((e) => e.value);
  const home = !atFacility && sentences.some((s) => HOME_WORDS.test(folded.slice(s.start, s.end)));
  if (atHome || home)
    return { value: 'staff_home', start: first.start, end: first.end, rule: 'spot.staff-home', confidence: 0.7 };
  // Over the act's sentences: the spot word nearest to an act of its sentence; words of sentences without an act come after.
  let best: (SpotWord & { distance: number }) | undefined;
  for (const sentence of sentences) {
    const acts = events.filter((e) => e.start >= sentence.start && e.end <= sentence.end);
    for (const word of spotWords(folded, sentence, atFacility, types.includes('projection'))) {
      const distance = Math.min(
        ...acts.map((a) => (word.start >= a.end ? word.start - a.end : a.start >= word.end ? a.start - word.end : 0)),
      );
      if (!best || distance < best.distance || (distance === best.distance && word.order < best.order))
        best = { ...word, distance };
    }
  }
  if (best) {
    // Cars burnt "in front of the prison walls" stood on a car park.
    const value =
      (best.spot === 'perimeter' || best.spot === 'inside') && atFacility && types.includes('vehicle_arson')
        ? 'staff_car_park'
        : best.spot;
    return { value, start: best.start, end: best.end, rule: `spot.${best.spot}`, confidence: 0.7 };
  }
  // A threat or a doxxing told online, by phone or by letter ("sur les réseaux sociaux", "a bomb alert") has no place on the site.
  const remote =
    types.every((t) => t === 'threat' || t === 'doxxing') &&
    sentences.some((s) => REMOTE_WORDS.test(folded.slice(s.start, s.end)));
  const implied = (atFacility || types.includes('transport_ambush')) && !remote ? spotByEvent(types) : null;
  return implied
    ? { value: implied, start: first.start, end: first.end, rule: 'spot.by-event', confidence: 0.4 }
    : null;
}

const TIME = [
  // "vers 2 heures", "à 23 h 30", "vers 4h du matin", "15 h 10" (not "en 48 heures": a time needs a lead word or minutes)
  /\b(?:(?:vers|a|aux alentours de|autour de|environ|peu avant|peu apres|des|il etait(?: (?:environ|a peine|tout juste|pres de|deja|juste))?)\s+(\d{1,2})\s*(?:h|heures?)\s*(\d{2})?|(\d{1,2})\s*h\s*(\d{2}))\b(?:\s+(du matin|du soir|de l'apres-midi))?/g,
  // "around 11.30pm", "at 3am", "12.40 a.m."
  /\b(\d{1,2})(?:[.:](\d{2}))?\s*(a\.?m\.?|p\.?m\.?)(?![a-z])/g,
  // "at about 00:40", "vers 23:15" (not "at 9:10 p.m.": the rule before reads its half of the day)
  /\b(?:at|around|about|vers|a|peu avant|peu apres|shortly (?:before|after))\s+(?:about\s+|around\s+)?(\d{1,2}):(\d{2})\b(?!\s*[ap]\.?m(?![a-z]))/g,
  // "vers minuit (et demi)", "minuit dix", "around midnight" (not the "midi" of "après-midi")
  /(?<![a-z]-)\b(minuit|midnight|midi|noon)(\s+et\s+demie?|\s+and a half|\s+et quart|\s+(?:cinq|dix|quinze|vingt|vingt-cinq|trente)\b)?\b/g,
];

/** The first time of day stated in the sentences, as "HH:MM". */
export function findTime(folded: string, sentences: Span[]): Finding<string> | null {
  for (const sentence of sentences) {
    const slice = folded.slice(sentence.start, sentence.end);
    let best: Finding<string> | null = null;
    TIME.forEach((pattern, index) => {
      pattern.lastIndex = 0;
      for (const match of slice.matchAll(pattern)) {
        const value = timeValue(index, match);
        if (!value) continue;
        if (!best || match.index < best.start - sentence.start)
          best = {
            value,
            start: sentence.start + match.index,
            end: sentence.start + match.index + match[0].length,
            rule: 'time.stated',
            confidence: 0.8,
          };
        break;
      }
    });
    if (best) return best;
  }
  return null;
}

const MINUTE_WORDS: Record<string, number> = {
  quart: 15,
  cinq: 5,
  dix: 10,
  quinze: 15,
  vingt: 20,
  'vingt-cinq': 25,
  trente: 30,
};

function timeValue(rule: number, match: RegExpMatchArray): string | null {
  let hour: number;
  let minute = 0;
  if (rule === 3) {
    hour = /minuit|midnight/.test(match[1]) ? 0 : 12;
    if (match[2]) minute = MINUTE_WORDS[match[2].trim().replace(/^et\s+/, '')] ?? 30;
  } else {
    hour = Number(rule === 0 ? (match[1] ?? match[3]) : match[1]);
    minute = Number((rule === 0 ? (match[2] ?? match[4]) : match[2]) ?? 0);
    if (rule === 1) {
      const pm = match[3].startsWith('p');
      if (hour === 12) hour = pm ? 12 : 0;
      else if (pm) hour += 12;
    }
    if (rule === 0 && /soir|apres-midi/.test(match[5] ?? '') && hour < 12) hour += 12;
  }
  if (!(hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59)) return null;
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}
