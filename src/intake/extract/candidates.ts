/** Builds review candidates from incident groups and seizure sentences, each field with its evidence. */
import type { EventType, TargetKind } from '../../core/shared/taxonomy.ts';
import type { OccurredInput } from '../../core/shared/common.schema.ts';
import { addDays } from './calendar.ts';
import { VEHICLE } from './event-words.ts';
import { mergeConsequences, type Finding } from './events.ts';
import type { Evidence, IncidentCandidate } from './extraction.types.ts';
import type { Span } from './folded-text.ts';
import { siteKey, type IncidentGroup } from './segment.ts';
import type { SignatureValue } from './signatures.ts';
import { normalizeSignature } from '../../core/shared/fold-text.ts';
import { incidentInputSchema } from '../../core/incident/incident.schema.ts';
import { findSpot, findTime, HOME_WORDS } from './site-details.ts';
import { judgingCourtIn } from './site-roles.ts';
import { ambushOfTransport, explosiveFoundInside, flightsCaught, withoutGetawayFire } from './guideline-acts.ts';

/** The draft carries `spot` once the incident schema has the field (until then the candidate alone does). */
const DRAFT_TAKES_SPOT = 'spot' in incidentInputSchema.shape;

const ABSOLUTE_DATE_RULES = new Set([
  'date.night-of-days',
  'date.night-of-month-days',
  'date.night-of-day',
  'date.day-month',
  'date.month-day',
]);

/** Evidence of one field from a finding. */
export function evidence(text: string, field: string, span: Span & { rule?: string; confidence?: number }): Evidence {
  return {
    field,
    start: span.start,
    end: span.end,
    quote: text.slice(span.start, span.end),
    confidence: span.confidence ?? 0.5,
    rule: span.rule,
  };
}

/** Distinct values of findings, first occurrence kept. */
function distinct<T>(findings: Finding<T>[], key: (value: T) => string = String): Finding<T>[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const k = key(f.value);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * The incident candidate of a group; `unplaced` signatures (distinct) were read in the article without a site, and go
 * to it only when it is the article's one incident; `timeSentences` go on telling it (act-time.ts): its time is read
 * there when its own sentences state none.
 */
export function incidentCandidate(
  text: string,
  folded: string,
  group: IncidentGroup,
  published: string,
  unplaced: Finding<SignatureValue>[],
  timeSentences: Span[] = [],
): IncidentCandidate {
  const notes: string[] = [];
  const evidences: Evidence[] = [];
  let occurred: OccurredInput;
  let whenConfidence: number;
  if (group.date) {
    occurred = group.date.occurred;
    whenConfidence = group.date.confidence;
    evidences.push(evidence(text, 'occurred', group.date));
    if (!ABSOLUTE_DATE_RULES.has(group.date.rule))
      notes.push(`date resolved against the publication date ${published}`);
  } else {
    occurred = { start: addDays(published, -7), end: published, precision: 'approx' };
    whenConfidence = 0.3;
    notes.push('no date in the text: the week before publication');
  }
  const site = group.site;
  const where = site.kind === 'facility' ? { facility: site.facility.id } : { place: site.place };
  evidences.push(evidence(text, site.kind === 'facility' ? 'facility' : 'place', site));
  if (site.kind === 'place')
    notes.push(`no facility: place from the commune ${site.commune.name} (${site.commune.department})`);
  // At a place, an act told with a word of home ("her apartment building in Villenoy") is at the victim's home.
  const atHome =
    site.kind === 'place' &&
    (group.targets.some((t) => t.value === 'staff_home') ||
      group.sentences.some((s) => HOME_WORDS.test(folded.slice(s.start, s.end))));
  // Intrusion is a break into a prison: attackers who force their way into an officer's home are the attack on him.
  // What a parcel held is found in the prison only once the parcel got in (dropped, landed, picked up), not when its
  // drone was brought down above the walls.
  const gotIn = group.sentences.some((s) => GOT_IN.test(folded.slice(s.start, s.end)));
  const kept = mergeConsequences(folded, distinct(group.events)).filter(
    (f) =>
      !(atHome && f.value === 'intrusion' && group.events.some((e) => e.value !== 'intrusion')) &&
      !(f.rule === 'event.contraband.parcel-content' && !gotIn),
  );
  const ambush = ambushOfTransport(folded, group, kept, atHome);
  const acts = flightsCaught(folded, withoutGetawayFire(folded, ambush ? [...kept, ambush] : kept));
  const foundInside = explosiveFoundInside(folded, group, acts);
  const events = foundInside ? [...acts, foundInside] : acts;
  events.forEach((f, i) => evidences.push(evidence(text, `event_types.${i}`, f)));
  const targets = inferTargets(folded, group, events, atHome);
  targets.forEach((f, i) => evidences.push(evidence(text, `target_kinds.${i}`, f)));
  const weapons = distinct(group.weapons, (w) => w.toLowerCase());
  weapons.forEach((f, i) => evidences.push(evidence(text, `weapons.${i}`, f)));
  const own = distinct(group.signatures, (s) => normalizeSignature(s.text));
  const ownKeys = new Set(own.map((o) => normalizeSignature(o.value.text)));
  const elsewhere = unplaced.filter((s) => !ownKeys.has(normalizeSignature(s.value.text)));
  const signatures = [...own, ...elsewhere];
  signatures.forEach((f, i) => evidences.push(evidence(text, `signatures.${i}`, f)));
  if (elsewhere.length > 0)
    notes.push(
      `signature${elsewhere.length > 1 ? 's' : ''} ${elsewhere.map((s) => s.value.text).join(', ')} reported in the article without naming this site`,
    );
  if (group.casualties) evidences.push(evidence(text, 'casualties', group.casualties));
  const description = describe(text, group.sentences);
  const draft: IncidentCandidate['draft'] = {
    occurred,
    ...where,
    event_types: events.map((f) => f.value),
    target_kinds: targets.map((f) => f.value),
    weapons: weapons.map((f) => f.value),
    signatures: signatures.map((f) => f.value),
    casualties: group.casualties?.value ?? { killed: 0, injured: 0 },
    description,
  };
  const whatConfidence = Math.max(...events.map((f) => f.confidence));
  const spot = findSpot(folded, group.sentences, events, atHome, site.kind === 'facility');
  if (spot) {
    evidences.push(evidence(text, 'spot', spot));
    if (DRAFT_TAKES_SPOT) draft.spot = spot.value;
  }
  const at = findTime(folded, group.sentences) ?? findTime(folded, timeSentences);
  if (at) {
    evidences.push(evidence(text, 'at', at));
    // "Tuesday around 2am" belongs to Monday's night; "Monday at 11pm" to Monday's.
    if ('date' in draft.occurred && typeof draft.occurred.date === 'string') {
      const hour = Number(at.value.slice(0, 2));
      // "peu avant minuit lundi", "shortly before midnight on Monday": Monday's evening, not Sunday's night.
      const beforeMidnight =
        at.value === '00:00' &&
        /\b(?:peu avant|juste avant|shortly before|just before)\s*$/.test(
          folded.slice(Math.max(0, at.start - 16), at.start),
        );
      if (hour >= 18 || beforeMidnight) draft.occurred = { night_of: draft.occurred.date };
      else if (hour < 8) draft.occurred = { night_of: addDays(draft.occurred.date, -1) };
    }
  }
  if (group.employer) evidences.push(evidence(text, 'employer', group.employer));
  const organisations = distinct(group.organisations, (o) => o.name).map((f) => f.value);
  return {
    kind: 'incident',
    key: `${siteKey(site)}|${group.date?.night ?? occurredKey(occurred)}`,
    confidence: Math.min(whenConfidence, site.confidence, whatConfidence),
    evidence: evidences,
    notes,
    draft,
    ...(spot ? { spot: spot.value } : {}),
    ...(at ? { at: at.value } : {}),
    ...(group.employer ? { employer: group.employer.facility.id } : {}),
    ...(organisations.length > 0 ? { organisations } : {}),
  };
}

/** Signatures with the same normalised text counted once, the first kept. */
export function distinctSignatures(findings: Finding<SignatureValue>[]): Finding<SignatureValue>[] {
  return distinct(findings, (s) => normalizeSignature(s.text));
}

/**
 * Target kinds: what each act is aimed at, from its kind and its site (a car set on fire is a staff
 * vehicle, shots at a prison aim at the facility, a staff home is a staff home), plus a court or a
 * transport the words name. Each keeps the evidence of the act it follows from.
 */
/** "Alerte à la bombe", "bomb scare": a threat against the building. */
const BOMB_ALERT = /\b(?:alertes? a la bombe|bomb (?:alert|threat|scare|hoax)s?|fausses? alertes?)\b/;
/** "a menacé de faire sauter la prison", "threatened to blow up the jail": a threat against the building, told by its words. */
const BLOW_UP_AFTER =
  /^[^.;]{0,40}?\b(?:faire sauter|fera sauter|ferait sauter|blow up|bomb the|poser une bombe|plant a bomb)\b/;
/** Parts of a prison an act can hit: with one named beside a car, the shots were at the building too. */
const FACILITY_PART =
  /\b(?:gates?|entrance|entree|portes?|portail|walls?|murs?|enceinte|facades?|watchtowers?|miradors?|perimeter|fences?|grillages?|guardhouse|gatehouse|poste de garde|batiments?|buildings?)\b/;
/**
 * The staff car an act aims at in the sentence that tells it: "la voiture d'un surveillant criblée de balles sur le
 * parking", "a device found under a guard's car". Not when that sentence also names a part of the prison hit.
 */
function staffCarAimedAt(folded: string, group: IncidentGroup, event: Span): Finding<TargetKind> | undefined {
  const sentence = group.sentences.find((s) => s.start <= event.start && event.start < s.end);
  if (!sentence || FACILITY_PART.test(folded.slice(sentence.start, sentence.end))) return undefined;
  // The prison's own car ("un véhicule de service de la maison d'arrêt criblé de balles") is the facility's.
  if (SERVICE_VEHICLE.test(folded.slice(sentence.start, sentence.end)) && !staffCarBeside(folded, [sentence]))
    return undefined;
  return group.targets.find((t) => t.value === 'staff_vehicle' && sentence.start <= t.start && t.start < sentence.end);
}
/**
 * "à quelques mètres de son domicile", "near her home": in the street near the home, not at it ("devant son domicile"
 * is at the home, as the corpus guidelines say of a car burnt there).
 */
const NEAR_HOME =
  /\b(?:a quelques (?:metres|pas)|a (?:\d+|cent|deux cents) metres|pres|non loin|a proximite|aux abords|near|close to|yards from|metres from|streets? from)\s*(?:de\s+|d'|du\s+)?(?:chez|son|sa|ses|leur|his|her|their|the)?\s*$/;

/** A parcel or a drone's load that reached the inside: dropped, landed, picked up, recovered in the yard. */
const GOT_IN =
  /\b(?:dropped|deposited|landed|delivered|released|picked (?:it |them )?up|retrieved|recovered|collected|depose\w*|largue\w*|tombe\w*|lache\w*|livre\w*|ramass\w*|recupere\w*|atterri\w*|parvenu\w*)\b/;
/** An inmate away from the prison without officers: in a hospital stay, on leave. */
const UNESCORTED =
  /\b(?:hospitalis\w*|unite (?:psychiatrique|hospitaliere)|hopital psychiatrique|psychiatric (?:unit|ward|hospital)|uhsa|permission de sortir|on (?:day )?release|furlough|semi-liberte|placement exterieur)\b/;
const ESCORTED =
  /\b(?:escort\w*|escorte|extraction|extrait|fourgon|van|convoy|convoi|transfer\w*|transfere\w*|menott\w*|handcuff\w*|policiers|agents|surveillants|guards|officers)\b/;
/** An outing under escort: what an escape at a prison's door was leaving for or coming back from. */
const OUTING =
  /\b(?:escort\w*|escorte|extraction|extrait|fourgons?|prison vans?|the van|convoy|convoi|consultation|transfer\w*|transfere\w*)\b/;
/** Cars said to be visitors', families' or a lawyer's ("deux voitures de visiteurs", "a lawyer's car"). */
const VISITOR_VEHICLE =
  /\b(?:(?:voitures?|vehicules?|cars?|vehicles?) (?:de |des |d'une? |de l'|belonging to |owned by |of )(?:(?:deux|trois|plusieurs|several|two|three) )?(?:visiteurs?|visiteuses?|familles?|proches|avocate?s?|visitors?|families|relatives|lawyers?)|(?:visitors?|families|family|lawyers?|relatives)'s? (?:cars?|vehicles?))\b/;
/** Cars said to be staff's: then the visitors' named beside them do not make the target "other". */
const STAFF_VEHICLE =
  /\b(?:(?:voitures?|vehicules?|cars?|vehicles?) (?:de |des |d'une? |du |belonging to |owned by |of )(?:(?:deux|trois|plusieurs|several|two|three) )?(?:surveillante?s?|agente?s?|personnels?|gardiens?|guards?|officers?|staff|wardens?|collegues?|colleagues?)|(?:guards?|officers?|staff|wardens?)'s? (?:cars?|vehicles?))\b/;
function visitorsVehicles(folded: string, sentences: Span[]): boolean {
  const told = sentences.map((s) => folded.slice(s.start, s.end));
  return told.some((t) => VISITOR_VEHICLE.test(t)) && !told.some((t) => STAFF_VEHICLE.test(t));
}

/** "shoved past them", "a bousculé les agents", "armed accomplices", "menacé l'escorte": an escape that went through its officers. */
const ESCORT_FORCED =
  /\b(?:shov\w*|push(?:ed|ing) (?:past|aside)|knock\w* (?:down|over)|overpower\w*|bouscul\w*|frapp\w*|agress\w*|menac\w*|threaten\w*|violemment|violently|arme(?:e|s|es)? (?:de|d')|armed|at gunpoint|gunmen|neutralis\w*|maitris\w*|ligot\w*|tied up|bless\w*|injur\w*|wounded|hurt)\b/;
/**
 * A vehicle of the prison itself, not of its staff: "un fourgon de l'administration pénitentiaire", "a prison service
 * van", and any vehicle whose owner is the prison ("les voitures de la maison d'arrêt", "vehicles belonging to X prison"):
 * the guidelines' `staff_vehicle` is the staff's, the prison's property is the facility.
 */
const SERVICE_VEHICLE =
  /\b(?:(?:fourgons?|vehicules?|voitures?|camionnettes?|utilitaires?|minibus) (?:de service|administratifs?|de l'administration penitentiaire|de la prison|de l'etablissement|penitentiaires?|d'escorte|(?:de la |du |de l')(?:maison d'arret|maison centrale|centre penitentiaire|centre de detention|penitencier|prison))|(?:prison|service|official|escort) (?:vans?|vehicles?|cars?(?! ?parks?)|minibus(?:es)?)|(?:vans?|vehicles?|cars?) (?:of|belonging to|owned by) (?:the )?(?:[\w'-]+ )?(?:prison|prison service|jail|penitentiary|detention centre|remand centre)(?! (?:staff|officers?|guards?|wardens?|warders?|employees?|workers?|personnel|nurses?)\b))\b/;
/** A van that carries inmates: "fourgon(s) cellulaire(s)", "fourgon pénitentiaire", "prison van", a van of escorts or transfers. */
const TRANSPORT_VEHICLE =
  /\b(?:fourgons? (?:cellulaires?|penitentiaires?|d'escorte|de transfert|d'extraction)|fourgons?(?! (?:de service|de l'administration|administratifs?|de la prison|de l'etablissement))(?=[^.;]{0,120}\b(?:detenus?|extractions?|escortes?|transferts?|tribunaux|prej)\b)|prison vans?|escort vehicles?|vehicules? (?:d'escorte|d'extraction|de transfert))\b/;
const ANY_VEHICLE = new RegExp(String.raw`\b${VEHICLE}\b`, 'g');
const SERVICE_VEHICLES = new RegExp(SERVICE_VEHICLE.source, 'g');
/** Whether the sentences name a vehicle that is not a service vehicle of the prison ("les voitures des agents et un fourgon"). */
function staffCarBeside(folded: string, sentences: Span[]): boolean {
  for (const sentence of sentences) {
    const text = folded.slice(sentence.start, sentence.end);
    const services: Array<[number, number]> = [];
    for (const m of text.matchAll(SERVICE_VEHICLES)) services.push([m.index, m.index + m[0].length]);
    if (STAFF_VEHICLE.test(text)) return true;
    // "le véhicule", "l'utilitaire": the service vehicle named again, not another car.
    for (const m of text.matchAll(ANY_VEHICLE))
      if (
        !services.some(([a, b]) => a <= m.index && m.index < b) &&
        // "in its car park": a place, not a car.
        !/^ ?parks?\b/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 7)) &&
        !/\b(?:le|la|l'|the|this|that|ce|cet|cette)\s*$/.test(text.slice(Math.max(0, m.index - 6), m.index))
      )
        return true;
  }
  return false;
}
/** "les agents postés au mirador", "tirés sur les surveillants", "at the watchtower": a post with officers in it, or officers aimed at. */
// ... or officers named as the ones aimed at, in the passive or a participle ("deux agents ont été pris pour cible", "deux
// surveillants visés par des mortiers", "guards were targeted").
const AT_STAFF_POST =
  /\b(?:miradors?|watchtowers?|guard ?towers?|(?:sur|vers|contre|visant|en direction des?|at|towards) (?:les |des |the |two |deux )?(?:surveillants?|agents?|guards?|officers?|personnels?)|(?:surveillante?s?|agente?s?|guards?|officers?|personnels?)\b[^.;]{0,40}?\b(?:(?:(?:ont|a|avaient|avait) ete )?(?:[\w-]+ment )?(?:pris\w* pour cibles?|visee?s?|ciblee?s?)|(?:ont|a|avaient|avait) ete (?:[\w-]+ment )?(?:touchee?s?|atteinte?s?)|(?:(?:were|was|had been) )?(?:[\w-]+ly )?(?:targeted|aimed at)|(?:were|was|had been) (?:[\w-]+ly )?(?:hit|struck)))\b/;
/**
 * A court named as where an inmate was taken from or to ("taken back from a court in Rouen", "extrait vers le tribunal"),
 * or as the venue of a hearing ("comparaîtra devant le tribunal"), is no target; a court attacked or an act before it is.
 */
const COURT_IN_PASSING =
  /\b(?:from|to|back from|towards|depuis|vers|de retour d[eu]|en provenance d[eu]|a destination d[eu]|leaving|en sortant d[eu]|a la sortie d[eu']|on (?:his|her|their) way out of|after (?:a|his|her) hearing at)\s+(?:the |a |an |le |la |l')?(?:[\w'-]+\s+){0,2}$/;
const HEARING =
  /\b(?:compar\w*|jugee?s?|juger|tried|trial|proces|hearing|audience|temoign\w*|testif\w*|presentee?s? (?:au|devant)|deferee?s?|sentenced|condamn\w*|convicted|charged|mise? en examen)\b/;
function courtAimedAt(folded: string, read: Span): boolean {
  const sentenceStart = Math.max(folded.lastIndexOf('.', read.start), folded.lastIndexOf('\n', read.start)) + 1;
  const before = folded.slice(Math.max(sentenceStart, read.start - 40), read.start);
  const sentenceEnd = folded.indexOf('.', read.end);
  return (
    !COURT_IN_PASSING.test(before) &&
    !HEARING.test(folded.slice(sentenceStart, read.end)) &&
    // "le tribunal de X a condamné un détenu qui avait frappé": the court that judges the act is not what it aimed at.
    !judgingCourtIn(folded.slice(sentenceStart, sentenceEnd < 0 ? folded.length : sentenceEnd))
  );
}

function inferTargets(
  folded: string,
  group: IncidentGroup,
  events: Finding<IncidentGroup['events'][number]['value']>[],
  atHome: boolean,
): Finding<TargetKind>[] {
  const targets: Finding<TargetKind>[] = [];
  const has = (kind: TargetKind) => targets.some((t) => t.value === kind);
  const add = (kind: TargetKind, from: Span) => {
    if (!has(kind))
      targets.push({ start: from.start, end: from.end, value: kind, rule: 'target.from-event', confidence: 0.6 });
  };
  // The acts kept (a car fire's explosion is not one), not every word read.
  const types = new Set(events.map((e) => e.value));
  for (const event of events) {
    switch (event.value) {
      case 'vehicle_arson':
        // Visitors' or a lawyer's cars are no staff vehicles: "other".
        add(visitorsVehicles(folded, group.sentences) ? 'other' : 'staff_vehicle', event);
        break;
      case 'transport_ambush':
        add('transport', event);
        add('staff_person', event);
        break;
      case 'assault_on_staff': {
        add('staff_person', event);
        // Officers of an escort attacked away from the prison (a court, a hospital, the van): the transport too.
        const transport = group.targets.find((t) => t.value === 'transport');
        if (group.site.kind === 'place' && !atHome && transport) add('transport', transport);
        break;
      }
      case 'threat':
      case 'doxxing':
        // A bomb alert aims at the building.
        if (
          group.site.kind === 'facility' &&
          (BOMB_ALERT.test(folded.slice(event.start, event.end)) ||
            BLOW_UP_AFTER.test(folded.slice(event.end, event.end + 60)))
        )
          add('facility', event);
        else if (atHome) add('staff_home', event);
        // A threat left with shots, a blast, a break-in or tags at a prison is the building's (those acts name it).
        else if (
          !types.has('graffiti') &&
          !(
            group.site.kind === 'facility' &&
            ['gunfire', 'explosive', 'intrusion', 'other'].some((t) => types.has(t as EventType))
          )
        )
          add('staff_person', event);
        break;
      case 'attempted_arson': {
        // "des véhicules du personnel aspergés d'essence": a failed car fire aims at the cars.
        const vehicle = group.targets.find((t) => t.value === 'staff_vehicle');
        if (vehicle) add('staff_vehicle', vehicle);
        else if (atHome) add('staff_home', event);
        else if (group.site.kind === 'facility') add('facility', event);
        break;
      }
      case 'escape':
      case 'escape_attempt':
        // Away from a prison an escape is from its escort (the officers are a target only when an assault says so);
        // at a prison, from the building, unless the attempt went through a guard ("s'est jeté sur le surveillant pour sortir").
        if (group.site.kind === 'place') {
          // From a hospital stay or a leave, with no escort: nothing of the prison's was gone through ("other").
          const told = group.sentences.map((s) => folded.slice(s.start, s.end)).join(' ');
          if (UNESCORTED.test(told) && !ESCORTED.test(told)) {
            add('other', event);
            break;
          }
          add('transport', event);
          // How he got away is often told in the sentences after the one that names the town.
          const from = Math.min(...group.sentences.map((s) => s.start));
          ESCORT_FORCED.lastIndex = 0;
          const force = ESCORT_FORCED.exec(folded.slice(from, from + 700));
          if (force) add('staff_person', { start: from + force.index, end: from + force.index + force[0].length });
        } else if (!types.has('assault_on_staff')) {
          // At the prison's door, on the way to or from an outing (the van, an escort, a consultation): the transport.
          const told = group.sentences.map((s) => folded.slice(s.start, s.end)).join(' ');
          add(OUTING.test(told) ? 'transport' : 'facility', event);
        }
        break;
      case 'other':
        // A member of staff seized or taken away aims at that person (the car he was to be pushed into is the attackers').
        if (event.rule === 'event.other.kidnapping') {
          add('staff_person', event);
          if (atHome) add('staff_home', event);
          break;
        }
        // A car damaged (tyres slashed, windows smashed) aims at the car; firework mortars at a prison aim at the building,
        // and at the officers when they hit a manned post or them.
        if (event.rule === 'event.other.vandalism' && group.targets.some((t) => t.value === 'staff_vehicle')) {
          add('staff_vehicle', group.targets.find((t) => t.value === 'staff_vehicle')!);
          if (atHome) add('staff_home', event);
        } else if (atHome) add('staff_home', event);
        else if (group.site.kind === 'facility') {
          add('facility', event);
          const aimedAtStaff = group.sentences.find((s) => AT_STAFF_POST.test(folded.slice(s.start, s.end)));
          if (aimedAtStaff) add('staff_person', aimedAtStaff);
        }
        break;
      default: {
        // Shots, a device or tags at a staff car on the prison's car park aim at the car, not the building; a car that burnt is
        // the fire's, and the shots beside it were at something else.
        const car =
          !atHome &&
          group.site.kind === 'facility' &&
          (event.value === 'gunfire' || event.value === 'explosive' || event.value === 'graffiti') &&
          !types.has('vehicle_arson') &&
          !types.has('attempted_arson')
            ? staffCarAimedAt(folded, group, event)
            : undefined;
        if (atHome) add('staff_home', event);
        else if (car) add('staff_vehicle', car);
        else if (group.site.kind === 'facility') add('facility', event);
      }
    }
  }
  if (atHome) {
    const home = group.targets.find((t) => t.value === 'staff_home');
    // "rouée de coups à quelques mètres de son domicile": a blow in the street near the home aims at the person only.
    const nearOnly =
      home !== undefined &&
      [...types].every((t) => t === 'assault_on_staff') &&
      NEAR_HOME.test(folded.slice(Math.max(0, home.start - 40), home.start));
    if (home && !nearOnly) add('staff_home', home);
    // "DDPF sprayed on his car outside his home": the car was aimed at too.
    const vehicle = group.targets.find((t) => t.value === 'staff_vehicle');
    if (
      vehicle &&
      events.some(
        (e) =>
          ['graffiti', 'gunfire', 'explosive', 'attempted_arson', 'arson', 'other'].includes(e.value) &&
          e.rule !== 'event.other.kidnapping',
      )
    )
      add('staff_vehicle', vehicle);
  }
  // In a town, away from home, an act with no target of its own aims at the car it names, else at the person.
  if (group.site.kind === 'place' && targets.length === 0 && events.length > 0) {
    const vehicle = group.targets.find((t) => t.value === 'staff_vehicle');
    if (vehicle) add('staff_vehicle', vehicle);
    else add('staff_person', events[0]);
  }
  if (group.site.kind === 'facility' && group.site.facility.kind === 'ecole') add('training_school', group.site);
  // A court named beside an escort it was taking an inmate to or from is the escort's end, not a target.
  if (!has('transport'))
    for (const read of group.targets) if (read.value === 'court' && courtAimedAt(folded, read)) add('court', read);
  // A facility's car park fire aims at the cars, not the building, unless shots, a blast or a break-in did too.
  const atBuilding = ['gunfire', 'explosive', 'projection', 'drone_drop', 'escape', 'escape_attempt', 'riot'].some(
    (t) => types.has(t as (typeof group.events)[number]['value']),
  );
  // Prison vans that carry inmates burnt ("huit fourgons cellulaires détruits par le feu", "a prison van torched"): the
  // transport is the target; staff cars burnt beside them are too.
  if (types.has('vehicle_arson')) {
    const van = group.sentences
      .map((s) => ({ s, m: TRANSPORT_VEHICLE.exec(folded.slice(s.start, s.end)) }))
      .find((x) => x.m !== null);
    if (van?.m) {
      const start = van.s.start + van.m.index;
      add('transport', { start, end: start + van.m[0].length });
      const kept = staffCarBeside(folded, group.sentences)
        ? targets
        : targets.filter((t) => t.value !== 'staff_vehicle' && t.value !== 'other');
      return atBuilding ? kept : kept.filter((t) => t.value !== 'facility');
    }
  }
  // A service vehicle of the prison burnt with the staff's cars ("un fourgon de l'administration pénitentiaire") is the facility's.
  if (types.has('vehicle_arson') && group.site.kind === 'facility') {
    const service = group.sentences
      .map((s) => ({ s, m: SERVICE_VEHICLE.exec(folded.slice(s.start, s.end)) }))
      .find((x) => x.m !== null);
    if (service?.m) {
      const start = service.s.start + service.m.index;
      add('facility', { start, end: start + service.m[0].length });
      // A prison van burnt alone ("un fourgon pénitentiaire incendié"): no staff car beside it.
      return staffCarBeside(folded, group.sentences) ? targets : targets.filter((t) => t.value !== 'staff_vehicle');
    }
  }
  if (types.has('vehicle_arson') && !atBuilding) return targets.filter((t) => t.value !== 'facility');
  return targets;
}

/** The group's sentences joined, at most 2,000 characters (read no further than that). */
function describe(text: string, sentences: Span[]): string {
  let out = '';
  for (const sentence of sentences) {
    out += (out ? ' ' : '') + text.slice(sentence.start, Math.min(sentence.end, sentence.start + 2001));
    if (out.length >= 2000) break;
  }
  return out.slice(0, 2000);
}

function occurredKey(occurred: OccurredInput): string {
  return Object.values(occurred).join('/');
}
