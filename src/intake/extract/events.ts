/**
 * What happened: event types, target kinds, weapons and casualties read from a clause of folded text
 * with French and English word rules. Each finding keeps its span, for the evidence.
 */
import type { EventType, TargetKind } from '../../core/shared/taxonomy.ts';
import { assaultsAsDefined, flightInCustody } from './guideline-acts.ts';
import type { Span } from './folded-text.ts';
import type { Finding } from './finding.ts';
import { EVENT_RULES, TARGET_RULES, WEAPON_PATTERN } from './event-rules.ts';
import {
  ACCIDENT,
  ACCIDENT_RULED_OUT,
  ANTI_BEFORE,
  ATTEMPT_START,
  COMPARISON,
  COMPOUND_HEAD_AFTER,
  DEMONSTRATIVE,
  FINITE_AFTER_COMPLEMENT,
  FIRE,
  FIREARM,
  FIRE_TYPES,
  GENERIC_CAUSE,
  HABITUAL,
  HELD_FOR,
  HYPOTHETICAL,
  LEGAL_FRAME,
  MEANS_USED,
  NEGATION,
  NEITHER_AFTER,
  READY_INSIDE,
  RECALLED,
  RELATIVE_CLAUSE,
  RELATIVE_CLAUSE_AFTER,
  RISK_AFTER,
  RISK_BEFORE,
  SPOKEN_OF_BEFORE,
  STAFF,
  STATISTIC,
  SUMMARY,
  THREATENED_ACT,
  TIME_CLAUSE,
  TRIAL_OF,
  UNREALISED_BEFORE,
  VERB_NEGATION,
  VEHICLE,
} from './event-words.ts';

export type { Finding } from './finding.ts';

/** Every finding of `rules` in the span; a rule matches once per clause. */
export function findEvents(folded: string, clause: Span): Finding<EventType>[] {
  const text = folded.slice(clause.start, clause.end);
  const out: Finding<EventType>[] = [];
  // "aucune menace n'avait été signalée", "it could have been a drone", "si les tirs avaient...": no act. A word of
  // that kind only in a relative clause after the act ("warned him to be careful in the wing, where phones had recently
  // been seized") is about what that clause tells, not the act.
  // A summary ("a week of arson and gunfire", "plusieurs incendies") sums up the acts told after it in the clause, not
  // one told before it ("names were posted on TikTok, as staff reel from a week of arson").
  const blocked = (part: string) =>
    HYPOTHETICAL.test(part) || RECALLED.test(part) || HABITUAL.test(part) || STATISTIC.test(part);
  const summaryAt = SUMMARY.exec(text)?.index ?? -1;
  const textBlocked = blocked(text);
  const clauseBlocked = textBlocked || summaryAt >= 0;
  if (clauseBlocked && !RELATIVE_CLAUSE.test(text) && !TIME_CLAUSE.test(text) && (textBlocked || summaryAt === 0))
    return out;
  const blockedAt = (end: number) => {
    if (!clauseBlocked) return false;
    RELATIVE_CLAUSE_AFTER.lastIndex = end;
    const boundary = RELATIVE_CLAUSE_AFTER.exec(text);
    const part = boundary ? text.slice(0, boundary.index) : text;
    return blocked(part) || (summaryAt >= 0 && summaryAt < Math.min(end, part.length));
  };
  for (const rule of EVENT_RULES) {
    if (out.some((f) => f.value === rule.type)) continue;
    if (rule.unless?.test(text)) continue;
    if (
      rule.requires &&
      !rule.requires.test(text) &&
      !(rule.requires === STAFF && staffNamedBefore(folded, clause, text))
    )
      continue;
    rule.pattern.lastIndex = 0;
    let match = rule.pattern.exec(text);
    // "no inscription was found", "aucun tag n'a été relevé": a denied fact is not an event.
    while (
      match &&
      (NEGATION.test(text.slice(Math.max(0, match.index - 12), match.index)) ||
        ANTI_BEFORE.test(text.slice(Math.max(0, match.index - 6), match.index)) ||
        ((/^[\w'-]*(?:er|ir|re|es?)\b/.test(match[0]) ||
          /\b(?:etre|be)\s+$/.test(text.slice(Math.max(0, match.index - 6), match.index))) &&
          UNREALISED_BEFORE.test(text.slice(Math.max(0, match.index - 30), match.index)) &&
          !MEANS_USED.test(text.slice(Math.max(0, match.index - 90), match.index)) &&
          // "a frappé un surveillant pour tenter de s'évader": trying was done.
          !ATTEMPT_START.test(match[0])) ||
        READY_INSIDE.test(match[0]) ||
        (/^[\w'-]+$/.test(match[0]) &&
          COMPOUND_HEAD_AFTER.test(text.slice(match.index + match[0].length, match.index + match[0].length + 20))) ||
        VERB_NEGATION.test(text.slice(Math.max(0, match.index - 30), match.index)) ||
        (/\bn'(?:a|ont|avait|avaient)\s+$/.test(text.slice(Math.max(0, match.index - 10), match.index)) &&
          NEITHER_AFTER.test(text.slice(match.index, match.index + 40))) ||
        LEGAL_FRAME.test(text.slice(Math.max(0, match.index - 160), match.index)) ||
        TRIAL_OF.test(text.slice(Math.max(0, match.index - 60), match.index)) ||
        (HELD_FOR.test(text.slice(Math.max(0, match.index - 100), match.index)) &&
          !FINITE_AFTER_COMPLEMENT.test(text.slice(Math.max(0, match.index - 60), match.index + match[0].length))) ||
        COMPARISON.test(text.slice(Math.max(0, match.index - 60), match.index)) ||
        (/^(?:s')?[\w'-]*(?:er|ir|re|ing)\b/.test(match[0]) &&
          SPOKEN_OF_BEFORE.test(text.slice(Math.max(0, match.index - 60), match.index))) ||
        DEMONSTRATIVE.test(text.slice(Math.max(0, match.index - 14), match.index)) ||
        THREATENED_ACT.test(text.slice(Math.max(0, match.index - 30), match.index)) ||
        RISK_BEFORE.test(text.slice(Math.max(0, match.index - 50), match.index)) ||
        RISK_AFTER.test(text.slice(match.index, match.index + match[0].length + 40)) ||
        (/^[\w'-]*s\b/.test(match[0]) && GENERIC_CAUSE.test(text.slice(Math.max(0, match.index - 50), match.index))) ||
        (rule.outsideQuotes && insideQuotes(folded, clause.start + match.index)) ||
        blockedAt(match.index + match[0].length))
    )
      match = rule.pattern.exec(text);
    if (match)
      out.push({
        value: rule.type,
        start: clause.start + match.index,
        end: clause.start + match.index + match[0].length,
        rule: `event.${rule.name ?? rule.type}`,
        confidence: rule.confidence ?? 0.8,
      });
  }
  // An attempted arson, an ambush or an escape already says what the fire, the shots or the flight were; fireworks
  // "fired at" a prison are the fireworks, unless the clause names a firearm too.
  const has = (type: EventType) => out.some((f) => f.value === type);
  const fireworksOnly = out.some((f) => f.rule === 'event.other.fireworks') && !FIREARM.test(text);
  // "l'incendie ... serait accidentel", "the fire was an accident": no arson (unless the text rules the accident out).
  const accident = ACCIDENT.test(text) && !ACCIDENT_RULED_OUT.test(text);
  return assaultsAsDefined(
    folded,
    out.filter(
      (f) =>
        !(accident && FIRE_TYPES.has(f.value)) &&
        !(f.value === 'arson' && has('attempted_arson')) &&
        !(f.value === 'escape' && has('escape_attempt')) &&
        !(f.rule === 'event.escape.flight' && flightInCustody(folded, clause.start, f) === false) &&
        !(f.value === 'gunfire' && fireworksOnly) &&
        !(f.value === 'contraband_found' && foundOnSuspects(text)),
    ),
  );
}

/** The police, gendarmes or investigators as who finds, or a suspect's belongings as where: a find outside the prison. */
const FOUND_BY_POLICE =
  /\b(?:police|policiers?|gendarmes?|gendarmerie|enqueteurs?|investigators?|detectives?|la bac|brigade anticriminalite|douaniers?)\b[^.;]{0,50}?\b(?:found|seized|recovered|discovered|saisi\w*|trouve\w*|retrouve\w*|decouvert\w*|recupere\w*|mis la main)\b|\b(?:found|seized|recovered|saisi\w*|trouve\w*|retrouve\w*|decouvert\w*)\b[^.;]{0,30}?\b(?:par|by) (?:la |les |the )?(?:police|policiers|gendarmes|enqueteurs|investigators)\b/;
const ON_SUSPECTS =
  /\b(?:dans|in|inside) (?:son|sa|ses|leurs?|his|her|their|the suspects?'?|the driver'?s?) (?:[\w'-]+ )?(?:sacs?|bags?|sacoches?|backpacks?|sac a dos|poches?|pockets?|rucksacks?)\b|\b(?:sur|on) (?:eux|lui|them|him|the suspects?|les suspects|the pilots?|les (?:tele)?pilotes)\b/;
/** Where a find is in a prison, whoever made it: a cell, a yard, a search of inmates, the visiting room. */
const FOUND_INSIDE =
  /\b(?:cellules?|cells?|cours? de promenade|yards?|parloirs?|visiting rooms?|visiteu\w*|visitors?|en detention|fouilles?|searche?s?|(?:at|in) (?:the )?(?:[\w'-]+ ){0,2}?(?:prison|jail)|(?:a la|dans la) (?:prison|maison d'arret)|(?:au|dans le) centre penitentiaire|dans (?:la prison|l'etablissement|l'enceinte)|in(?:side)? the (?:prison|jail|walls))\b/;

/**
 * The guidelines' contraband is found in a prison: what the police or investigators find, or what is found in a
 * suspect's bag or on him, outside ("in his bag police found phones", "les enquêteurs ont retrouvé un téléphone au sol"),
 * is evidence of a delivery, not a find inside, unless the clause names a place inside.
 */
function foundOnSuspects(text: string): boolean {
  return (FOUND_BY_POLICE.test(text) || ON_SUSPECTS.test(text)) && !FOUND_INSIDE.test(text);
}

/**
 * "Une surveillante faisait sa ronde. Un détenu l'a saisie par les cheveux", "An officer opened the cell. The inmate punched
 * him": the member of staff a blow hits is named in the sentence before, in the same paragraph, and the clause refers to
 * him or her by a pronoun (not to a cellmate).
 */
const PRONOUN_VICTIM =
  /\b(?:(?:l'|la |le |les |lui |leur )(?:a|ont|avait|avaient|aurait|auraient)\b|(?:il|elle|ils|elles) (?:a|ont|avait|avaient) (?:ete|recu)\b|(?:him|her|them)\b|(?:he|she|they) (?:was|were|had been|got|received)\b)/;
const OTHER_VICTIM =
  /\b(?:codetenus?|co-detenus?|cellmates?|cell-mates?|fellow (?:inmates?|prisoners?)|un autre detenu|another (?:inmate|prisoner))\b/;
function staffNamedBefore(folded: string, clause: Span, text: string): boolean {
  if (!PRONOUN_VICTIM.test(text) || OTHER_VICTIM.test(text)) return false;
  const paragraph = folded.lastIndexOf('\n', clause.start - 1) + 1;
  return STAFF.test(folded.slice(Math.max(paragraph, clause.start - 300), clause.start));
}

/** Whether `at` lies inside a quotation of its paragraph (an odd number of plain quotes before it on its line). */
function insideQuotes(folded: string, at: number): boolean {
  let quotes = 0;
  for (let index = at - 1; index >= 0 && folded[index] !== '\n'; index -= 1) if (folded[index] === '"') quotes += 1;
  return quotes % 2 === 1;
}

/** What burns besides a vehicle: a building, a door, a hall. */
const BUILDING =
  /\b(?:batiments?|buildings?|portes?|doors?|portail|facades?|hall|halls|maisons?(?! d'arret| centrale)|houses?|homes?|domicile|appartements?|apartments?|immeuble|(?<=\b(?:un|le|du|au|ce) )local|locaux|bureaux?|offices?|cabanes?|guerites?|guardhouse|miradors?|watchtowers?|poubelles?|bins?|containers?|conteneurs?|matelas|mattress\w*|cellules?|cells?|ateliers?|workshops?|gymnase|gym|chapel\w*|entree|entrance|lobby)\b/;
/** A plain explosion (not a device): what a burning car does. */
const PLAIN_EXPLOSION = /^(?:explosion|exploded|explose)$/;

/**
 * The acts of one incident, once its findings are gathered: a car fire's "explosion", and its fire
 * "spreading" to a fourth car, are the car fire, not an explosive nor a second arson, unless a building burnt;
 * the officers wounded in an ambush are the ambush; a wall climbed in an escape is the escape.
 */
export function mergeConsequences(folded: string, all: Finding<EventType>[]): Finding<EventType>[] {
  // An ambush already says the escort's officers were attacked: their wounds are the ambush, not an assault of its own.
  let findings = all.some((f) => f.value === 'transport_ambush')
    ? all.filter((f) => f.value !== 'assault_on_staff')
    : all;
  // "Il a escaladé un muret" in an escape: the inmate climbing out, not an intruder climbing in.
  if (findings.some((f) => f.value === 'escape' || f.value === 'escape_attempt'))
    findings = findings.filter((f) => f.rule !== 'event.intrusion.climb');
  // "Il a pris la fuite ... rattrapé par les agents": the flight of an attempt told in the incident is that attempt's
  // course (the guidelines' `escape_attempt`), not an escape of its own; "s'est évadé" still is.
  if (findings.some((f) => f.value === 'escape_attempt'))
    findings = findings.filter((f) => f.rule !== 'event.escape.flight');
  // "Une explosion" beside a fire is the fire's (a gas bottle, a tank): `explosive` is a device or material used, placed
  // or found (the guidelines), which a plain explosion does not say.
  if (findings.some((f) => f.value === 'arson' || f.value === 'attempted_arson'))
    findings = findings.filter((f) => !(f.value === 'explosive' && PLAIN_EXPLOSION.test(folded.slice(f.start, f.end))));
  // "les explosions des mortiers": the fireworks' bangs are the fireworks, not an explosive device.
  if (findings.some((f) => f.rule === 'event.other.fireworks'))
    findings = findings.filter((f) => !(f.value === 'explosive' && PLAIN_EXPLOSION.test(folded.slice(f.start, f.end))));
  // "a Clio had its window smashed and burning tissues placed on its roof": the damage is part of the fire, or of its attempt.
  if (findings.some((f) => f.value === 'vehicle_arson' || f.value === 'arson' || f.value === 'attempted_arson'))
    findings = findings.filter((f) => f.rule !== 'event.other.vandalism');
  // Cameras broken in a riot, a fence cut in an escape or a break-in, a gate damaged by shots: that act's doing.
  if (findings.some((f) => f.value !== 'other')) findings = findings.filter((f) => f.rule !== 'event.other.damage');
  if (!findings.some((f) => f.value === 'vehicle_arson')) return findings;
  return findings.filter((f) => {
    if (f.value === 'explosive') return !PLAIN_EXPLOSION.test(folded.slice(f.start, f.end));
    if (f.value === 'arson') return buildingBurnt(folded, f);
    return true;
  });
}

const BUILDINGS = new RegExp(BUILDING.source, 'g');
/** "garé face à la porte d'entrée", "parked outside the gate": where the car stood, not what burnt. */
const STOOD_BY =
  /\b(?:devant|face a|pres d[eu']?|a cote d[eu']?|le long d[eu']?|contre|in front of|outside|near|next to|beside|by)\s+(?:la |le |les |l'|the |a |an |its |leur |son |sa )?$/;
/**
 * Whether a fire beside a car fire burnt a building: a building word within 80 characters of it, in its own sentence
 * (a door named in the next sentence, "the entrance" the car was parked in front of, are no building burnt).
 */
function buildingBurnt(folded: string, fire: Span): boolean {
  const from = Math.max(
    0,
    fire.start - 80,
    folded.lastIndexOf('.', fire.start) + 1,
    folded.lastIndexOf('\n', fire.start) + 1,
  );
  const stops = [folded.indexOf('.', fire.end), folded.indexOf('\n', fire.end)].filter((at) => at >= 0);
  const to = Math.min(fire.end + 80, ...stops, folded.length);
  const window = folded.slice(from, to);
  for (const m of window.matchAll(BUILDINGS))
    if (!STOOD_BY.test(window.slice(Math.max(0, m.index - 25), m.index))) return true;
  return false;
}

/** "deux véhicules ont été visés", "two cars were targeted": vehicles aimed at, with no word of how. */
const VEHICLES_TARGETED = new RegExp(
  String.raw`\b${VEHICLE}\b[^.;]{0,60}?\b(?:(?:ont|a|avaient|avait) ete|were|was|had been|have been|has been) (?:[\w-]+ment |deliberately )?(?:visee?s?|ciblee?s?|pris\w* pour cibles?|targeted|attacked|hit)\b|\b(?:visant|ciblant|targeting|targetting) (?:[\w'-]+ ){0,2}?${VEHICLE}\b`,
);
const FIRE_WORD = new RegExp(String.raw`\b${FIRE}`);

/**
 * "Sept véhicules ont brûlé à X. Vers 5 heures, deux voitures ont été visées à Y", "deux véhicules ont été visés ; l'un
 * d'eux a été entièrement calciné": vehicles "targeted" with no word of how, in a clause without an act, are set on
 * fire when the words just before or after them (`context`: their sentence and the one before in its paragraph) tell of
 * fire. A grammar of reference: the vague verb takes the act of the words around it.
 */
export function findTargetedVehicles(folded: string, clause: Span, context: Span): Finding<EventType> | undefined {
  const match = VEHICLES_TARGETED.exec(folded.slice(clause.start, clause.end));
  if (!match || !FIRE_WORD.test(folded.slice(context.start, context.end))) return undefined;
  return {
    value: 'vehicle_arson',
    start: clause.start + match.index,
    end: clause.start + match.index + match[0].length,
    rule: 'event.vehicle_arson.targeted',
    confidence: 0.6,
  };
}

/** Target kinds in the clause. */
export function findTargets(folded: string, clause: Span): Finding<TargetKind>[] {
  const text = folded.slice(clause.start, clause.end);
  const out: Finding<TargetKind>[] = [];
  for (const rule of TARGET_RULES) {
    rule.pattern.lastIndex = 0;
    const match = rule.pattern.exec(text);
    if (match)
      out.push({
        value: rule.kind,
        start: clause.start + match.index,
        end: clause.start + match.index + match[0].length,
        rule: `target.${rule.kind}`,
        confidence: 0.7,
      });
  }
  return out;
}

/** Weapons named in the clause, as written. */
export function findWeapons(text: string, folded: string, clause: Span): Finding<string>[] {
  const out: Finding<string>[] = [];
  for (const match of folded.slice(clause.start, clause.end).matchAll(WEAPON_PATTERN)) {
    const start = clause.start + match.index;
    out.push({
      value: text.slice(start, start + match[0].length),
      start,
      end: start + match[0].length,
      rule: 'weapon.lexicon',
      confidence: 0.85,
    });
  }
  return out;
}

const COUNT: Record<string, number> = {
  one: 1,
  a: 1,
  an: 1,
  un: 1,
  une: 1,
  two: 2,
  deux: 2,
  three: 3,
  trois: 3,
  four: 4,
  quatre: 4,
  five: 5,
  cinq: 5,
  six: 6,
};
const PEOPLE = String.raw`(?:(?:prison )?(?:guards?|officers?|surveillants?|agents?|people|personnes|staff|wardens?|detainees?|detenus?|inmates?)\s+)?`;

const CASUALTY_PATTERN = new RegExp(
  String.raw`\b(\d+|one|an?|un|une|two|deux|three|trois|four|quatre|five|cinq|six)\s+${PEOPLE}(?:were\s+|ont ete\s+|was\s+)?(dead|killed|tue(?:e|s|es)?|morts?|injured|wounded|hurt|blesse(?:e|s|es)?)\b`,
  'g',
);

/** Killed and injured counted in the clause ("left two guards dead", "deux surveillants blessés"). */
export function findCasualties(folded: string, clause: Span): Finding<{ killed: number; injured: number }> | undefined {
  const text = folded.slice(clause.start, clause.end);
  let killed = 0;
  let injured = 0;
  let first: RegExpMatchArray | undefined;
  for (const match of text.matchAll(CASUALTY_PATTERN)) {
    const n = COUNT[match[1]] ?? Number(match[1]);
    if (!Number.isFinite(n) || n > 1000) continue;
    if (/dead|killed|tue|mort/.test(match[2])) killed += n;
    else injured += n;
    first ??= match;
  }
  if (!first) return undefined;
  const start = clause.start + (first.index ?? 0);
  return {
    value: { killed, injured },
    start,
    end: start + first[0].length,
    rule: 'casualties.count',
    confidence: 0.75,
  };
}
