/**
 * The time of an act is often told in a sentence of its own, after the one that names the site and the act: "Un
 * véhicule a été incendié devant la prison de X. Le feu s'est déclaré vers 1 h 30." That sentence names no site and
 * often no act the rules read, so no incident takes it. Here each incident whose own sentences state no time gets the
 * sentences that go on telling it: those after one of its sentences and before the next sentence of another incident,
 * that name no other site and no other day, and that say when something happened (a start, a sighting, an alarm), up to
 * the words of its end or of the help that came.
 */
import type { DateMention } from './date-rules.ts';
import { findEvents } from './events.ts';
import type { Span } from './folded-text.ts';
import type { SiteMention } from './place-mentions.ts';
import type { IncidentGroup } from './segment.ts';
import { siteKey } from './segment.ts';
import { within } from './span-search.ts';

/** Words that tell when an act began or was seen: "broke out", "s'est déclaré", "ont repéré", "raised the alarm", "il était 2 heures". */
const ACT_MOMENT =
  /\b(?:happen(?:ed|s)|broke out|began|started|occurred|took place|erupted|struck|hit|stopped|pulled up|arrived|spotted|seen|filmed|noticed|heard|called|raised the alarm|alerted|discovered|found|(?:s'est|se sont|s'etait|s'etaient) (?:declare|produit|deroule|passe|approche|introduit|presente)e?s?|(?:a|ont|avait|avaient) (?:eclate|debute|commence|demarre)|(?:a|ont) debute|survenue?s?|a eu lieu|ont eu lieu|reperee?s?|filmee?s?|aper[cç]ue?s?|entendue?s?|alertee?s?|(?:donne|lance) l'alerte|decouverte?s?|(?:fait|faisant) la decouverte|il etait (?:environ |pres de |a peu pres |a peine |tout juste |deja |juste )?(?:\d|minuit|midi))/;
/** Words of the end of an act or of the response to it: its time is not the act's ("retour au calme vers 20 heures"). */
const AFTERMATH =
  /\b(?:(?:was|were) over|ended|restored|under control|deployed|dispatched|sent in|brought (?:them|it|him|her) down|back (?:in|to) (?:their|the) cells?|retour au calme|(?:est|a ete) maitrise\w*|sous controle|terminee?|fin de|a pris fin|regagn\w*|remont\w*|reintegr\w*|deploye\w*|sont intervenu\w*|est intervenu\w*|renforts?)\b/;

/**
 * For each group, the sentences after it that may state the time of its act (see above). `groups` are the article's
 * incidents, `named` every place read in it (a sentence naming another is another scene's), `dates` every date read.
 */
export function timeContext(
  folded: string,
  sentences: Span[],
  groups: IncidentGroup[],
  named: SiteMention[],
  dates: DateMention[],
): Map<IncidentGroup, Span[]> {
  const owners = new Map<number, IncidentGroup[]>();
  for (const group of groups)
    for (const sentence of group.sentences) owners.set(sentence.start, [...(owners.get(sentence.start) ?? []), group]);
  const out = new Map<IncidentGroup, Span[]>();
  const add = (group: IncidentGroup, part: Span) => out.set(group, [...(out.get(group) ?? []), part]);
  let current: IncidentGroup | undefined;
  // Sentences after one of the current incident's with no word of the act's moment: if the next sentence that tells
  // an act is that incident's again, they lie inside its telling ("Vers 0 h 40, une voiture s'est arrêtée devant
  // l'établissement. Un passager a tiré sur la porte.") and their time is its.
  let between: Span[] = [];
  for (const sentence of sentences) {
    const own = owners.get(sentence.start);
    if (own) {
      if (current && own.length === 1 && own[0] === current) for (const part of between) add(current, part);
      between = [];
      // A sentence of several incidents hands on to none of them.
      current = own.length === 1 ? own[0] : undefined;
      continue;
    }
    if (!current) continue;
    const slice = folded.slice(sentence.start, sentence.end);
    const group = current;
    if (within(named, sentence).some((site) => siteKey(site) !== siteKey(group.site))) {
      current = undefined;
      between = [];
      continue;
    }
    const occurred = JSON.stringify(group.date?.occurred ?? null);
    if (within(dates, sentence).some((date) => JSON.stringify(date.occurred) !== occurred)) continue;
    // "The unrest broke out at 5pm and order was restored five hours later": only the words before the end or the
    // response tell the act's time.
    const aftermath = AFTERMATH.exec(slice);
    const part = aftermath ? { start: sentence.start, end: sentence.start + aftermath.index } : sentence;
    const words = folded.slice(part.start, part.end);
    if (!ACT_MOMENT.test(words) && findEvents(folded, part).length === 0) {
      between.push(part);
      continue;
    }
    add(group, part);
  }
  return out;
}
