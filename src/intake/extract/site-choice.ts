/**
 * Which of the places a clause names is where its act happened. A clause often names more than one place: the
 * prison that was hit and the town where the minister spoke, the victim's home and where the suspects were caught.
 * Places joined as one list ("à Toulon, Valence et Nîmes") are one chain of scenes; when a clause holds several
 * chains, each act goes to the chain nearest to the words that tell it, and a chain no act is nearest to is no scene.
 */
import type { EventType } from '../../core/shared/taxonomy.ts';
import { findEvents, type Finding } from './events.ts';
import type { Span } from './folded-text.ts';
import type { SiteMention } from './place-mentions.ts';

/** What joins the items of a list of places: ", ", " et ", ", and ", " et de ", ", de " (not ", in": "east of Paris, in X" names X). */
export const LIST_SEPARATOR =
  /^\s*(?:,\s*(?:(?:and|et|or|ou)\s+(?:de\s+|d'|du\s+|a\s+|au\s+|at\s+|in\s+)?|de\s+|d'|du\s+)?|\s(?:and|et|or|ou)\s+(?:de\s+|d'|du\s+|a\s+|au\s+|at\s+|in\s+)?)(?:la\s+|le\s+|l'|the\s+)?$/;

/** Joining words, a preposition of place and a determiner: what may stand between two items of one list of scenes. */
const JOIN = String.raw`(?:(?:and|et|or|ou|puis|then|ainsi qu'|as well as|also|aussi|mais aussi|but also|tout comme|de meme qu'|enfin|finally|again|encore)\s*)*`;
const PLACE_PREPOSITION = String.raw`(?:(?:a|au|aux|en|in|at|dans|near|pres d[eu']|pres de la|devant|outside|sur|on|vers|contre|against|de|d'|du|des|of)\s*)?`;
const DETERMINER = String.raw`(?:(?:la|le|l'|les|the|an?|un|une|celles?|celui|ceux|that|those)\s*)*`;
/** "à Nîmes puis devant celle de Béziers", "then outside the one in Lyon": a list of scenes that goes on. */
const LIST_GOES_ON = new RegExp(
  String.raw`^[\s,]*${JOIN}${PLACE_PREPOSITION}${DETERMINER}(?:(?:de|d'|du|des|of|in|at)\s*)?$`,
);

/** Words between two items of a list of prisons that are no verb: "the Nîmes remand prison (Gard), the Valence ...". */
const LIST_FILLER =
  /\([^()]{0,40}\)|\b(?:penitentiary (?:centre|center)|remand (?:prison|centre|center)|detention (?:centre|center)|prisons?|jails?|maisons? d'arret|centres? penitentiaires?|centres? de detention|maisons? centrales?|etablissements? penitentiaires?|facility|penitentiary)\b/g;

/** The places of a clause in chains: the items of one list of places, or one place named twice in a row. */
function chainsOf(folded: string, sites: SiteMention[]): SiteMention[][] {
  const chains: SiteMention[][] = [];
  for (const site of [...sites].sort((a, b) => a.start - b.start)) {
    const last = chains.at(-1);
    const between = last
      ? folded
          .slice(last[last.length - 1].end, site.start)
          .replace(LIST_FILLER, ' ')
          .replace(/(?:\s(?:de|d'|du|des|of|in|at|a|au))+\s*$/, ' ')
          .replace(/\s+/g, ' ')
      : '';
    if (last && (LIST_SEPARATOR.test(between) || LIST_GOES_ON.test(between) || /^\s*\(?$/.test(between)))
      last.push(site);
    else chains.push([site]);
  }
  return chains;
}

/** The number of characters between two spans (0 when they overlap). */
function gap(a: Span, b: Span): number {
  return a.end <= b.start ? b.start - a.end : b.end <= a.start ? a.start - b.end : 0;
}

/**
 * The acts of each place of a clause, when the clause names several chains of places: each act read in the clause goes
 * to the chain nearest to it ("Gunmen fired at a prison in Toulon late on Monday, the minister told reporters in
 * Paris": Toulon), and acts told before the clause go with them. `undefined` when every place takes every act (one
 * chain, or no act of the clause's own).
 */
export function actsByPlace(
  folded: string,
  clause: Span,
  sites: SiteMention[],
  acts: Finding<EventType>[],
): Map<SiteMention, Finding<EventType>[]> | undefined {
  if (sites.length < 2) return undefined;
  const own = new Set(acts.filter((act) => act.start >= clause.start && act.end <= clause.end));
  if (own.size === 0) return undefined;
  const chains = chainsOf(folded, sites);
  if (chains.length < 2) return undefined;
  // Chains are in text order and do not overlap: the nearest to an act is the last one starting before it or the next.
  const spans = chains.map((chain) => ({ start: chain[0].start, end: chain[chain.length - 1].end }));
  const taken: Finding<EventType>[][] = chains.map(() => []);
  for (const act of own) {
    let low = 0;
    let high = spans.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (spans[middle].start <= act.start) low = middle;
      else high = middle - 1;
    }
    const next = Math.min(low + 1, spans.length - 1);
    const best = gap(act, spans[next]) < gap(act, spans[low]) ? next : low;
    taken[best].push(act);
  }
  // "three cars burned at the prison in X, and the car of a guard who works at Y was torched outside his home": a rule
  // is read once per clause, so a chain that took no act reads its own part of the clause for acts of its own: from
  // the last comma before it to the first comma after it, within the chains beside it.
  taken.forEach((list, index) => {
    if (list.length > 0) return;
    const before = index === 0 ? clause.start : spans[index - 1].end;
    const after = index === spans.length - 1 ? clause.end : spans[index + 1].start;
    const comma = folded.slice(before, spans[index].start).lastIndexOf(',');
    const next = folded.slice(spans[index].end, after).indexOf(',');
    // Not words another chain already took ("Lundi à X, des inconnus ont incendié la voiture d'un homme sorti de la
    // prison de Y": the fire is X's).
    taken[index] = findEvents(folded, {
      start: comma < 0 ? before : before + comma + 1,
      end: next < 0 ? after : spans[index].end + next,
    }).filter((act) => ![...own].some((other) => act.start < other.end && other.start < act.end));
  });
  // Acts told before the clause go with the first chain that took an act of its own.
  const before = acts.filter((act) => !own.has(act));
  const first = taken.findIndex((list) => list.length > 0);
  taken[first] = [...before, ...taken[first]];
  const out = new Map<SiteMention, Finding<EventType>[]>();
  chains.forEach((chain, index) => {
    for (const site of chain) out.set(site, taken[index]);
  });
  return out;
}

/**
 * What may open a clause that only goes on with the places of the act just told ("; à Valence et à Nîmes", ", and at
 * the Nanterre prison", "puis devant celle de Béziers"): joining words, a preposition of place, a prison word.
 */
const LIST_OPENING = new RegExp(
  String.raw`^[\s,;:–—-]*${JOIN}${PLACE_PREPOSITION}${DETERMINER}(?:(?:prisons?|jails?|maisons? d'arret|maisons? centrales?|centres? penitentiaires?|centres? de detention|etablissements? penitentiaires?|penitentiary|penitentiary centre|remand prison|detention centre)\s+)?(?:(?:de|d'|du|des|of|in|at)\s*)?(?:la\s+|le\s+|l')?$`,
);

/**
 * Whether a clause that names places but no act only goes on with the places of the act of the clause before (it then
 * takes that act): it opens on its places. A clause that opens on other words ("confie la jeune femme, qui a demandé
 * sa mutation à la prison de Meaux", a quotation) says something else of them.
 */
export function continuesPlaces(folded: string, clause: Span, sites: SiteMention[]): boolean {
  const first = Math.min(...sites.map((site) => site.start));
  return LIST_OPENING.test(folded.slice(clause.start, first));
}
