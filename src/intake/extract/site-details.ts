/**
 * Details of an act read from the sentences that report it: where on the site it took place (`spot`,
 * SITE_SPOTS) and the local time the text states (`at`, "HH:MM").
 */
import type { EventType, SiteSpot } from '../../core/shared/taxonomy.ts';
import type { Finding } from './events.ts';
import type { Span } from './folded-text.ts';

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
    /\b(?:portail|porte d'entree|porte principale|porte|entree|gates?|entrance|sas|poste de garde|guard ?post|gatehouse)\b/,
  ],
  [
    'perimeter',
    /\b(?:mur d'enceinte|enceinte|murs?|walls?|fences?|grillage|cloture|perimeter|chemin de ronde|miradors?|watchtowers?|facade|abords)\b/,
  ],
  [
    'inside',
    /\b(?:cellules?|cells?|cour de promenade|promenade|exercise yard|yard|quartier|coursive|wing|atelier|parloirs?|detention|unit)\b/,
  ],
  ['public_road', /\b(?:peage|toll|autoroute|motorway|highway|route|road|rue|street|rond-point|roundabout)\b/],
  ['court', /\b(?:tribunal|palais de justice|courthouse|court)\b/],
];

/** Where an act of these kinds usually is, when no word says. */
function spotByEvent(events: EventType[]): SiteSpot | null {
  const has = (type: EventType) => events.includes(type);
  if (has('transport_ambush')) return 'public_road';
  if (has('vehicle_arson')) return 'staff_car_park';
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

/** The spot of an act: a staff home, else the first telling word of its sentences, else what its kind implies at a facility. */
export function findSpot(
  folded: string,
  sentences: Span[],
  events: EventType[],
  atHome: boolean,
  atFacility: boolean,
): Finding<SiteSpot> | null {
  const first = sentences[0] ?? { start: 0, end: 0 };
  if (atHome)
    return { value: 'staff_home', start: first.start, end: first.end, rule: 'spot.staff-home', confidence: 0.7 };
  for (const [spot, pattern] of SPOT_WORDS) {
    if (!atFacility && (spot === 'staff_car_park' || spot === 'gate' || spot === 'perimeter' || spot === 'inside'))
      continue;
    for (const sentence of sentences) {
      const match = pattern.exec(folded.slice(sentence.start, sentence.end));
      // Cars burnt "in front of the prison walls" stood on a car park.
      const value =
        (spot === 'perimeter' || spot === 'inside') && atFacility && events.includes('vehicle_arson')
          ? 'staff_car_park'
          : spot;
      if (match)
        return {
          value,
          start: sentence.start + match.index,
          end: sentence.start + match.index + match[0].length,
          rule: `spot.${spot}`,
          confidence: 0.7,
        };
    }
  }
  const implied = atFacility || events.includes('transport_ambush') ? spotByEvent(events) : null;
  return implied
    ? { value: implied, start: first.start, end: first.end, rule: 'spot.by-event', confidence: 0.4 }
    : null;
}

const TIME = [
  // "vers 2 heures", "à 23 h 30", "vers 4h du matin", "15 h 10" (not "en 48 heures": a time needs a lead word or minutes)
  /\b(?:(?:vers|a|aux alentours de|autour de|environ|peu avant|peu apres|des|il etait(?: environ)?)\s+(\d{1,2})\s*(?:h|heures?)\s*(\d{2})?|(\d{1,2})\s*h\s*(\d{2}))\b(?:\s+(du matin|du soir|de l'apres-midi))?/g,
  // "around 11.30pm", "at 3am", "12.40 a.m."
  /\b(\d{1,2})(?:[.:](\d{2}))?\s*(a\.?m\.?|p\.?m\.?)(?![a-z])/g,
  // "at about 00:40", "vers 23:15"
  /\b(?:at|around|about|vers|a|peu avant|peu apres|shortly (?:before|after))\s+(?:about\s+|around\s+)?(\d{1,2}):(\d{2})\b/g,
  // "vers minuit (et demi)", "around midnight"
  /\b(minuit|midnight|midi|noon)(\s+et\s+demie?|\s+and a half)?\b/g,
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

function timeValue(rule: number, match: RegExpMatchArray): string | null {
  let hour: number;
  let minute = 0;
  if (rule === 3) {
    hour = /minuit|midnight/.test(match[1]) ? 0 : 12;
    if (match[2]) minute = 30;
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
