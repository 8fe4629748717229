/**
 * Event types an incident gets from the class of its acts and what they aim at, as the corpus guidelines define them
 * (test/fixtures/extract-corpus/README.md, "Which acts are incidents" and "`event_types` and `target_kinds`"): not from
 * a phrase of their own, but from acts and targets already read.
 */
import type { EventType, TargetKind } from '../../core/shared/taxonomy.ts';
import type { Finding } from './finding.ts';
import type { Span } from './folded-text.ts';

/**
 * What these rules read of an incident group (segment.ts's `IncidentGroup`, not imported: segment reads events, which
 * read these rules): its site's kind, its targets and its sentences.
 */
interface GroupView {
  site: { kind: string };
  targets: Finding<TargetKind>[];
  sentences: Span[];
}

/** Acts of attackers from outside: when they hit a prison transport away from a prison, they are its ambush. */
const FORCE_FROM_OUTSIDE = new Set<EventType>(['gunfire', 'explosive']);

/** "l'un des surveillants de son escorte", "an officer of the escort": the escort named as whose officer was hit. */
const MEMBER_OF =
  /\b(?:surveillante?s?|agente?s?|officers?|guards?|policiers?|gendarmes?|membres?|members?|fonctionnaires?|personnels?)\s+(?:de|d'|du|des|of)\s*(?:la |l'|le |son |sa |leur |the |his |her |their |its )?$/;

/** The sentence of the group that holds `at`. */
const sentenceOf = (group: GroupView, at: number): Span | undefined =>
  group.sentences.find((s) => s.start <= at && at < s.end);

/**
 * An attack on a prison transport is a `transport_ambush` (the guidelines' scope: attacks "against ... prison
 * transports"): away from a prison and from a home, shots or a blast whose sentence names the transport they hit (the
 * escort, the van, the convoy: the group's `transport` target) are its ambush, whatever the verb; shots at "one of the
 * officers of his escort" hit the officer (an escape from a hospital escort), not the transport.
 */
export function ambushOfTransport(
  folded: string,
  group: GroupView,
  events: Finding<EventType>[],
  atHome: boolean,
): Finding<EventType> | undefined {
  if (group.site.kind !== 'place' || atHome || events.some((e) => e.value === 'transport_ambush')) return undefined;
  for (const event of events) {
    if (!FORCE_FROM_OUTSIDE.has(event.value)) continue;
    const sentence = sentenceOf(group, event.start);
    const transport = group.targets.find(
      (t) =>
        t.value === 'transport' &&
        sentence !== undefined &&
        sentence.start <= t.start &&
        t.start < sentence.end &&
        // "lors d'une extraction médicale": the outing, not the vehicle or the escort that was hit.
        !folded.startsWith('extraction', t.start) &&
        !MEMBER_OF.test(folded.slice(Math.max(sentence.start, t.start - 40), t.start)),
    );
    if (transport)
      return {
        value: 'transport_ambush',
        start: Math.min(event.start, transport.start),
        end: Math.max(event.end, transport.end),
        rule: 'event.transport_ambush.act-on-transport',
        confidence: 0.6,
      };
  }
  return undefined;
}

/** The words of a prison transport in a vehicle fire's own words: the van or the escort's car burnt. */
const TRANSPORT_BURNT = /\b(?:fourgons?|vans?|convois?|convoys?|escort\w*|cellulaires?|penitentiaires?|prison)\b/;

/**
 * In an ambush of a prison transport, a vehicle found burnt that is not the transport is the attackers' (a getaway car
 * set alight to destroy traces): the guidelines' scope is arson against prisons, their staff's vehicles and transports,
 * so it is no `vehicle_arson` of the incident.
 */
export function withoutGetawayFire(folded: string, events: Finding<EventType>[]): Finding<EventType>[] {
  if (!events.some((e) => e.value === 'transport_ambush')) return events;
  return events.filter((e) => e.value !== 'vehicle_arson' || TRANSPORT_BURNT.test(folded.slice(e.start, e.end)));
}

/** An inmate as the one a blow hits: its object ("a frappé un codétenu", "attacked a fellow inmate"). */
const INMATE_HIT_AFTER =
  /^\s*(?:(?:un|une|le|la|l'|son|sa|ses|leur|deux|trois|plusieurs|a|an|the|his|her|their|another|two|three|several)\s*)?(?:(?:autre|other|fellow|jeune|young)\s+)?(?:codetenus?|co-detenus?|detenus?|prisonniers?|inmates?|prisoners?|cellmates?|cell-mates?|compagnons? de cellule)\b/;
/** An inmate as the subject of a passive blow ("un codétenu a été frappé", "an inmate was stabbed"). */
const INMATE_HIT_BEFORE =
  /\b(?:codetenus?|co-detenus?|detenus?|prisonniers?|inmates?|prisoners?|cellmates?)\s+(?:(?:a|ont|avait|avaient)\s+ete|was|were|had been|has been|have been)\s+(?:[\w-]+ment\s+|[\w-]+ly\s+)?$/;
/** "agressée verbalement", "verbally assaulted": words, not blows. */
const VERBAL_AFTER = /^\s*(?:[\w'-]+\s+){0,2}?verbal(?:ement|ly)?\b/;
const VERBAL_BEFORE = /\bverbal(?:ement|ly)\s+$/;

/**
 * Assaults on staff as the guidelines define them: a blow whose victim is an inmate (its object, or the subject of its
 * passive) is no assault on staff, even with officers named in the clause; an assault said to be verbal is a `threat`
 * ("verbal, written, online, by presence"), not an assault.
 */
export function assaultsAsDefined(folded: string, findings: Finding<EventType>[]): Finding<EventType>[] {
  const out: Finding<EventType>[] = [];
  for (const f of findings) {
    if (f.value !== 'assault_on_staff') {
      out.push(f);
      continue;
    }
    const after = folded.slice(f.end, f.end + 60);
    const before = folded.slice(Math.max(0, f.start - 60), f.start);
    // "attacked by an inmate", "attaquée par un détenu": the inmate after "by" is who struck, not who was hit.
    const byAgent = /\b(?:by|par)$/.test(folded.slice(f.start, f.end));
    if ((!byAgent && INMATE_HIT_AFTER.test(after)) || INMATE_HIT_BEFORE.test(before)) continue;
    if (VERBAL_AFTER.test(after) || VERBAL_BEFORE.test(before)) {
      if (!findings.some((t) => t.value === 'threat'))
        out.push({ ...f, value: 'threat', rule: 'event.threat.verbal-assault' });
      continue;
    }
    out.push(f);
  }
  return out;
}

/** A word of finding, and where inside a prison a find is made (a search, a cell, the visiting room, the yard). */
const FOUND =
  /\b(?:decouv\w*|trouv\w*|retrouv\w*|saisi\w*|confisqu\w*|mis au jour|found|discover\w*|seized|uncover\w*|confiscated|turned up)\b/;
const INSIDE_FIND =
  /\b(?:fouilles?|searche?s?|cellules?|cells?|parloirs?|visiting rooms?|cours? de promenade|exercise yards?|yards?|en detention|quartiers?|wings?|ateliers?|workshops?)\b/;

/**
 * "explosive ... found (with `contraband_found` when it is found inside a prison)" (the guidelines): a device or explosive
 * found at a prison, in a sentence that tells the find inside it (a search, a cell), is also contraband found there.
 */
export function explosiveFoundInside(
  folded: string,
  group: GroupView,
  events: Finding<EventType>[],
): Finding<EventType> | undefined {
  if (group.site.kind !== 'facility' || events.some((e) => e.value === 'contraband_found')) return undefined;
  const explosive = events.find((e) => e.value === 'explosive');
  if (!explosive) return undefined;
  const sentence = sentenceOf(group, explosive.start);
  if (!sentence) return undefined;
  const told = folded.slice(sentence.start, sentence.end);
  if (!FOUND.test(told) || !INSIDE_FIND.test(told)) return undefined;
  return { ...explosive, value: 'contraband_found', rule: 'event.contraband_found.explosive-inside', confidence: 0.6 };
}

/** People in custody, who escape when they run off. */
const IN_CUSTODY =
  /\b(?:detenue?s?|inmates?|prisonniers?|prisoners?|detainees?|evadee?s?|fugitifs?|fugitives?|condamnee?s?|prevenue?s?|escapees?|convicts?)\b/;
/** People not in custody, whose running off is no escape: attackers, throwers, visitors, drivers. */
const NOT_IN_CUSTODY =
  /\b(?:individus?|hommes|jeunes|personnes|auteurs?|suspects?|complices?|malfaiteurs?|agresseurs?|assaillants?|tireurs?|conducteurs?|conductrices?|pilotes?|lanceurs?|projeteurs?|visiteu(?:r|se)s?|intrus|occupants?|passagers?|femmes?|men|people|individuals?|youths?|accomplices?|attackers?|assailants?|gunmen|drivers?|pilots?|throwers?|intruders?|visitors?|passengers?|women|woman)\b/;
const PEOPLE = new RegExp(`${IN_CUSTODY.source}|${NOT_IN_CUSTODY.source}`, 'g');
/** Where a new subject may start in a clause: a comma, "et", "puis", "and", "then", "but". */
const SUBJECT_BOUNDARY = /[,:]|\b(?:et|puis|mais|and|then|but)\b/g;

/**
 * Whether the one who ran off ("a pris la fuite", "fled") is someone in custody: the first person named in the nearest
 * stretch of the clause before the verb that names one (stretches cut at commas and "and", "puis"). Attackers, throwers
 * or a visitor who flee are no escape (the guidelines' escape is an inmate's); undecided when no person is named.
 */
export function flightInCustody(folded: string, clauseStart: number, flight: Finding<EventType>): boolean | undefined {
  const before = folded.slice(clauseStart, flight.start);
  const cuts = [0, ...[...before.matchAll(SUBJECT_BOUNDARY)].map((m) => m.index + m[0].length)];
  for (let i = cuts.length - 1; i >= 0; i -= 1) {
    const stretch = before.slice(cuts[i], i + 1 < cuts.length ? cuts[i + 1] : before.length);
    PEOPLE.lastIndex = 0;
    const person = PEOPLE.exec(stretch);
    if (person) return IN_CUSTODY.test(person[0]);
  }
  return undefined;
}

/** A capture on the spot: "l'ont rattrapé", "a été aussitôt maîtrisé", "was tackled", "caught him in the car park". */
const CAUGHT_ON_THE_SPOT =
  /\b(?:(?:l'|les )(?:ont|a|avaient|avait) (?:[\w-]+ment |vite )?(?:rattrape|maitrise|immobilise|plaque|intercepte|ceinture|rejoint)e?s?|(?:a|ont|avait|avaient) ete (?:[\w-]+ment |vite )?(?:rattrape|maitrise|immobilise|plaque|intercepte|ceinture)e?s?|(?:was|were|had been) (?:quickly |immediately |soon |swiftly )?(?:caught|tackled|overpowered|restrained|subdued|stopped|intercepted)|(?:caught|tackled|overpowered|restrained|subdued|intercepted) (?:him|her|them))\b/;
/** Time at large between the flight and the capture: then he had escaped ("après quatre jours de cavale", "days later"). */
const AT_LARGE =
  /\b(?:heures?|hours?|jours?|semaines?|mois|days?|weeks?|months?|cavale|on the run|en fuite|at large|toujours recherchee?s?|still (?:wanted|sought))\b/;

/**
 * The guidelines' `escape_attempt` is an escape that failed: an inmate who runs off (a flight, not "s'est évadé") and is
 * caught on the spot, in the telling that follows in his paragraph or the next one, made an attempt; caught after time
 * at large, he had escaped.
 */
export function flightsCaught(folded: string, events: Finding<EventType>[]): Finding<EventType>[] {
  const escapes = events.filter((e) => e.value === 'escape');
  if (escapes.length === 0 || escapes.some((e) => e.rule !== 'event.escape.flight')) return events;
  if (events.some((e) => e.value === 'escape_attempt')) return events.filter((e) => e.value !== 'escape');
  const flight = escapes[0];
  const after = folded.slice(flight.end, flight.end + 500);
  const paragraphs = after.split(/\n\s*\n/);
  const told = paragraphs.slice(0, 2).join(' ');
  const caught = CAUGHT_ON_THE_SPOT.exec(told);
  if (!caught) return events;
  // Up to the end of the capture's sentence: "rattrapé trois jours plus tard" is after time at large.
  const stop = told.slice(caught.index).search(/[.!?\n]/);
  if (AT_LARGE.test(told.slice(0, stop < 0 ? told.length : caught.index + stop))) return events;
  return events.map((e) => (e === flight ? { ...e, value: 'escape_attempt', rule: 'event.escape_attempt.caught' } : e));
}
