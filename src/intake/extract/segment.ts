/**
 * One article often reports several incidents: the facts of each clause are tied to the sites named
 * in it (or, failing that, in the clause or sentence just before), dated by the date of the clause,
 * the sentence or the last date read, then grouped per site and per night.
 */
import type { EventType, TargetKind } from '../../core/shared/taxonomy.ts';
import type { DateMention } from './date-rules.ts';
import { datesAThing } from './dates.ts';
import { findCasualties, findEvents, findTargetedVehicles, findTargets, findWeapons, type Finding } from './events.ts';
import { clauses as clausesOf, headlineEnd, type Span } from './folded-text.ts';
import type { FacilityMention, SiteMention } from './place-mentions.ts';
import { HOME_WORDS } from './site-details.ts';
import { namedAsStaffOf, namedAsWorkplace } from './site-roles.ts';
import { firstAtOrAfter, holding, within } from './span-search.ts';
import { findOrganisations, findSignatures, type OrganisationValue, type SignatureValue } from './signatures.ts';
import { actsByPlace, continuesPlaces } from './site-choice.ts';

/** The facts of one site on one night, with where each was read. */
export interface IncidentGroup {
  key: string;
  site: SiteMention;
  date: DateMention | null;
  events: Finding<EventType>[];
  targets: Finding<TargetKind>[];
  weapons: Finding<string>[];
  signatures: Finding<SignatureValue>[];
  organisations: Finding<OrganisationValue>[];
  casualties?: Finding<{ killed: number; injured: number }>;
  /** the facility the victim works for, named beside a staff home elsewhere */
  employer?: FacilityMention;
  sentences: Span[];
  /** starts of `sentences`, to add each sentence once */
  sentenceStarts: Set<number>;
}

/** Everything segmentation reads, already found in the text. */
export interface SegmentInput {
  text: string;
  folded: string;
  sentences: Span[];
  dates: DateMention[];
  sites: SiteMention[];
}

/** What is said of several scenes at once: not carried over to the last site named. */
// "several prisons", "d'autres établissements", "across France"; not "several men", "deux autres agents".
const PLURAL_SCENES =
  /\b(?:(?:several|multiple|many|various|other|plusieurs|differents|autres)\s+(?:[\w'-]+\s+)?(?:prisons|jails|sites|facilities|etablissements|establishments|towns|cities|villes|communes|penitentiaries|centres|places|lieux|scenes|attacks|attaques)|across (?:the country|france)|prisons|sites|etablissements|facilities)\b/;

/** Parts of a prison: an act told there is at a prison. */
const PRISON_PART =
  /\b(?:yard|courtyard|exercise yard|cour de promenade|cour d'honneur|promenade|cellules?|cells?|parloirs?|visiting rooms?|visiting area|miradors?|watchtower|coursives?|quartier (?:disciplinaire|d'isolement|arrivants)|isolation wing|mur d'enceinte|perimeter wall|chemin de ronde)\b/;

/**
 * "The attack took place at the X prison", "les faits se sont déroulés à la maison d'arrêt de X": a sentence that only
 * says where the act just told happened.
 */
const WHERE_IT_HAPPENED =
  /\b(?:(?:the|this|that) (?:attack|assault|incident|fire|blaze|shooting|escape|riot|breakout|jailbreak|stabbing|ambush|arson|scene|events?)|it|(?:l'|cette |la )(?:attaque|agression|incendie|evasion|emeute|mutinerie|fusillade|embuscade|scene)|(?:l'|cet )incident|les faits|ces faits|le drame|les violences)\s+(?:[\w'-]+\s+){0,2}?(?:took place|happened|occurred|unfolded|broke out|s'est (?:produite?|deroulee?|passee?)|a eu lieu|ont eu lieu|se sont (?:produits|deroules|passes)|est survenue?|sont survenus|s'est tenue?)\b/;

/** A verb of demand whose object is the list after its colon: "Nous exigeons :", "the union calls for:". */
const DEMAND_BEFORE_COLON =
  /\b(?:exig\w*|reclam\w*|demand\w*|revendiqu\w*|souhait\w*|plaid\w* pour|appel\w* a|attend\w*|call(?:s|ed|ing)? for|urg(?:e|es|ed|ing)|want(?:s|ed)?|ask(?:s|ed|ing)? for|insist\w* on)\b[^.;:]{0,80}$/;

/**
 * "Nous exigeons : - la protection des agents menacés ; - des effectifs à Vendin-le-Vieil": what a list of demands holds is
 * asked for, not reported; an act word in its items ("menacés") is no act (lists join their sentence, `sentences`).
 */
function demandedInList(folded: string, colons: readonly Span[], sentence: Span, clause: Span): boolean {
  // The last colon at or before the clause, found in the text's colons: `lastIndexOf` from each clause read back to the
  // text's start when the sentence held none, quadratic on a long text without a colon.
  const colon = colons[firstAtOrAfter(colons, clause.start + 1) - 1]?.start ?? -1;
  if (colon < sentence.start || !/^:[ \t]*\n/.test(folded.slice(colon, colon + 8))) return false;
  return DEMAND_BEFORE_COLON.test(folded.slice(Math.max(sentence.start, colon - 120), colon));
}

/** Words that say an act is another one than the act told before: "un autre détenu", "a second attack", "à nouveau". */
const NEW_ACT =
  /\b(?:un autre|une autre|another|a second|a new|un nouvel?|une nouvelle|un second|une seconde|again|a nouveau|de nouveau|once more|encore une fois|un premier|une premiere|a first|(?:pas|non) les memes|not the same)\b/;

/**
 * A clause about scenes other than those just named: "ailleurs", "outside several other jails", "sur d'autres sites";
 * not "en blessant trois autres", "injuring two others" (other people, at the same scene).
 */
const OTHER_SCENES =
  /\b(?:elsewhere|ailleurs|(?:other|autres?)\s+(?:[\w'-]+\s+)?(?:prisons?|jails?|sites?|facilities|facility|etablissements?|establishments?|towns?|cities|villes?|communes?|penitentiaries|centres?|places?|lieux|scenes?|regions?|departements?|maisons? d'arret|centres? penitentiaires?|car parks?|parkings?|locations?|endroits?))\b/;

/** Splits an article into incident groups, and returns the signatures that no site claims. */
export function segment(input: SegmentInput): {
  groups: IncidentGroup[];
  unplaced: Finding<SignatureValue>[];
  headline: Finding<EventType>[];
} {
  const { text, folded, dates, sites } = input;
  const groups = new Map<string, IncidentGroup>();
  const unplaced: Finding<SignatureValue>[] = [];
  // The acts a headline names without a site: the article's, when it reports one incident.
  const headline: Finding<EventType>[] = [];
  const titleEnd = headlineEnd(text);
  const colons = [...folded.matchAll(/:/g)].map((match) => ({ start: match.index, end: match.index + 1 }));
  let previousSites: SiteMention[] = [];
  // The sites named so far in the article, whatever the paragraph: when there is only one, a later
  // paragraph's acts without a site are its ("The detainee escaped with the assailants.").
  const namedSoFar = new Map<string, SiteMention>();
  let lastNamed: SiteMention[] = [];
  let lastDate: DateMention | null = null;
  let previousEnd = 0;
  // The groups that took acts in this paragraph: a tag named in a sentence without an act is theirs.
  let paragraphGroups: IncidentGroup[] = [];
  // "A guard at La Santé prison was beaten in his own home. The attack happened in Montreuil.": the act at a home of
  // a guard named by his prison waits for the town the next sentence names.
  let atHomeLater: {
    events: Finding<EventType>[];
    targets: Finding<TargetKind>[];
    employer: FacilityMention | undefined;
  } | null = null;
  // The acts of the sentence before that no site took: "the attack took place at X" in the next sentence places them.
  let unsitedBefore: Finding<EventType>[] = [];
  for (const [sentenceIndex, sentence] of input.sentences.entries()) {
    const sentenceDates = within(dates, sentence);
    // The last sites named carry over to the next sentences of the paragraph, unless several scenes are meant.
    const newParagraph = /\n\s*\n/.test(text.slice(previousEnd, sentence.start));
    if (newParagraph) {
      previousSites = [];
      paragraphGroups = [];
    }
    const sentenceGroups: IncidentGroup[] = [];
    const sentenceTags: Finding<SignatureValue>[] = [];
    previousEnd = sentence.end;
    const plural = PLURAL_SCENES.test(folded.slice(sentence.start, sentence.end));
    const carry = plural ? [] : previousSites.length > 0 ? previousSites : namedSoFar.size === 1 ? lastNamed : [];
    let clauseSites: SiteMention[] = [];
    let sentenceSites: SiteMention[] = [];
    // The date of the last act of this sentence.
    let actDate: DateMention | null = null;
    let previousEvents: Finding<EventType>[] = [];
    // Acts of an earlier clause of the sentence that named no site: "X escaped from his escort, while at a hospital in Brest".
    let pending: Finding<EventType>[] = [];
    // The sentence and the one before it in its paragraph: what a vague verb ("deux voitures ont été visées") refers to.
    const before = input.sentences[sentenceIndex - 1];
    const context = { start: before && !newParagraph ? before.start : sentence.start, end: sentence.end };
    for (const clause of clausesOf(folded, sentence)) {
      const events = demandedInList(folded, colons, sentence, clause) ? [] : findEvents(folded, clause);
      if (events.length === 0) {
        const targeted = findTargetedVehicles(folded, clause, context);
        if (targeted) events.push(targeted);
      }
      const targets = findTargets(folded, clause);
      let own = within(sites, clause);
      // A staff home in a town: the town is the place, the prison the victim works at is not.
      const home = targets.find((t) => t.value === 'staff_home');
      let employer: FacilityMention | undefined;
      if (home && own.some((s) => s.kind === 'place')) {
        // "three cars burned at the prison in X, and the car of a guard who works at Y was torched outside his home": a
        // prison named as no one's workplace, before the home's town, is a scene of its own beside the home.
        const homePlace = own.find((s) => s.kind === 'place');
        const scene = (s: SiteMention) =>
          s.kind === 'facility' &&
          !namedAsStaffOf(folded, s) &&
          !namedAsWorkplace(folded, s) &&
          homePlace !== undefined &&
          s.end < homePlace.start &&
          s.end < home.start;
        employer = own.find((s): s is FacilityMention => s.kind === 'facility' && !scene(s));
        own = own.filter((s) => s.kind === 'place' || scene(s));
        // "an officer from Tours, at his home in Luynes": the town after the home word.
        if (own.some((s) => s.start > home.start)) own = own.filter((s) => s.start > home.start || scene(s));
      } else if (
        (home || HOME_WORDS.test(folded.slice(clause.start, clause.end))) &&
        events.length > 0 &&
        own.every((s) => s.kind === 'facility' && (namedAsStaffOf(folded, s) || namedAsWorkplace(folded, s))) &&
        nextSentenceNamesTown(input, sentenceIndex)
      ) {
        atHomeLater = { events, targets, employer: own[0] as FacilityMention | undefined };
        continue;
      } else if (
        // "Une surveillante de la prison de X agressée. Lundi soir, elle a été frappée au pied de son immeuble. ... à Y": an
        // act at home that names no place is not at the prison named as the victim's, when the paragraph names a town later.
        own.length === 0 &&
        !atHomeLater &&
        events.length > 0 &&
        (home || HOME_WORDS.test(folded.slice(clause.start, clause.end))) &&
        carry.length > 0 &&
        carry.every((s) => s.kind === 'facility' && (namedAsStaffOf(folded, s) || namedAsWorkplace(folded, s))) &&
        laterSentenceNamesTown(input, sentenceIndex)
      ) {
        atHomeLater = { events, targets, employer: carry[0] as FacilityMention };
        continue;
      }
      if (atHomeLater && own.some((s) => s.kind === 'place')) {
        events.unshift(...atHomeLater.events);
        targets.unshift(...atHomeLater.targets);
        employer ??= atHomeLater.employer;
        own = own.filter((s) => s.kind === 'place');
        atHomeLater = null;
      }
      const signatures = findSignatures(text, folded, clause);
      // A clause that only continues a list of sites takes the events of the clause before it; one that says where
      // the act just told took place takes the acts of the sentence before that no site took.
      let clauseEvents =
        events.length === 0 && own.length > 0 && continuesPlaces(folded, clause, own) ? previousEvents : events;
      let toldBefore = false;
      if (
        events.length === 0 &&
        own.length > 0 &&
        unsitedBefore.length > 0 &&
        WHERE_IT_HAPPENED.test(folded.slice(clause.start, clause.end))
      ) {
        clauseEvents = [...unsitedBefore, ...clauseEvents];
        unsitedBefore = [];
        toldBefore = true;
      }
      // "Inmates took over part of a prison in central France on Sunday, setting fires. Gendarmes retook the Uzerche
      // detention centre in the evening.": the acts of a lead that names no site are at the first site the article names,
      // in the next sentence of its paragraph.
      if (
        !toldBefore &&
        !newParagraph &&
        unsitedBefore.length > 0 &&
        own.length === 1 &&
        namedSoFar.size === 0 &&
        sentenceSites.length === 0
      ) {
        // An act the clause tells itself ("Sa cavale aura duré quatre jours. ... évadé mardi de X") keeps the clause's date.
        const told = unsitedBefore.filter((e) => !clauseEvents.some((c) => c.value === e.value));
        if (told.length === unsitedBefore.length) toldBefore = true;
        clauseEvents = [...told, ...clauseEvents];
        unsitedBefore = [];
      }
      if (own.length > 0 && pending.length > 0) {
        clauseEvents = [...pending, ...clauseEvents];
        pending = [];
      }
      // "..., while cars were torched outside several other jails": a clause about other scenes takes no site before it.
      const borrowed = OTHER_SCENES.test(folded.slice(clause.start, clause.end))
        ? []
        : clauseSites.length > 0
          ? clauseSites
          : sentenceSites.length === 0
            ? carry
            : [];
      // "The helicopter touched down in the yard": an act told at a part of a prison is at the prison named before, not a town.
      const tiedTo =
        own.length > 0
          ? own
          : PRISON_PART.test(folded.slice(clause.start, clause.end)) && borrowed.some((s) => s.kind === 'facility')
            ? borrowed.filter((s) => s.kind === 'facility')
            : borrowed;
      if (own.length > 0) {
        clauseSites = own;
        sentenceSites = [...sentenceSites, ...own];
        lastNamed = own;
        for (const site of own) namedSoFar.set(siteKey(site), site);
      }
      if (clauseEvents.length === 0 && signatures.length === 0) continue;
      if (tiedTo.length === 0 || clauseEvents.length === 0) {
        // "aucune inscription, mais le sigle DDPF a été relevé sur d'autres sites": a tag of other scenes is not this one's.
        const elsewhere = own.length === 0 && OTHER_SCENES.test(folded.slice(clause.start, clause.end));
        if (!elsewhere) (clauseEvents.length === 0 ? sentenceTags : unplaced).push(...signatures);
        if (tiedTo.length === 0 && !plural) pending.push(...clauseEvents);
        if (tiedTo.length === 0 && clause.end <= titleEnd && sentence.start === input.sentences[0]?.start)
          headline.push(...clauseEvents);
        continue;
      }
      // The date read nearest before the act in its clause ("on Wednesday, a day after X was stabbed": the second), else the clause's first.
      const inClause = sentenceDates.filter((d) => d.start >= clause.start && d.end <= clause.end);
      const firstAct = Math.min(...clauseEvents.map((e) => e.start));
      const actEnd = clauseEvents.find((e) => e.start === firstAct)!.end;
      // "un détenu évadé mardi", "escaped on Tuesday": a date right after the act word is the act's.
      // "l'agression d'une collègue, survenue samedi", "the attack, which took place on Sunday": so is the date of a
      // clause that says when the act happened.
      const right = inClause.find(
        (d) =>
          d.start >= actEnd &&
          (/^[\s,]*(?:on|ce|le)?\s*$/.test(folded.slice(actEnd, d.start)) ||
            HAPPENED_ON.test(folded.slice(actEnd, d.start)) ||
            ACT_RELATIVE_ON.test(folded.slice(actEnd, d.start))),
      );
      // "verdict mardi soir : douze ans pour l'homme qui avait incendié la porte ..., le 3 mars 2021": an act told in a
      // relative clause opened after the clause's date is dated by its own date after it, not by the main clause's.
      const dateBefore = inClause.filter((d) => d.end <= firstAct).pop();
      const inRelative =
        dateBefore && RELATIVE_OPENING.test(folded.slice(dateBefore.end, firstAct))
          ? inClause.find((d) => d.start >= actEnd)
          : undefined;
      // Acts told in the sentence before keep the date read there.
      const date: DateMention | null =
        (toldBefore ? lastDate : null) ??
        right ??
        inRelative ??
        dateBefore ??
        inClause[0] ??
        sentenceDates[0] ??
        lastDate;
      // Read once per clause, whatever the number of sites it names.
      const weapons = findWeapons(text, folded, clause);
      const organisations = findOrganisations(folded, clause);
      const casualties = findCasualties(folded, clause);
      actDate = date;
      // Several places in the clause: each act goes to the one nearest to it (site-choice.ts).
      const shares = tiedTo === own ? actsByPlace(folded, clause, own, clauseEvents) : undefined;
      for (const site of tiedTo) {
        const siteEvents = shares?.get(site) ?? clauseEvents;
        if (siteEvents.length === 0) continue;
        const group = groupFor(groups, site, date, sentence);
        // The sentence that names the site also says where on it and when ("at the Incarville toll plaza, shortly after 11am").
        const naming = holding(input.sentences, site.start);
        if (naming && !group.sentenceStarts.has(naming.start)) {
          group.sentenceStarts.add(naming.start);
          group.sentences.push(naming);
        }
        group.events.push(...siteEvents);
        group.targets.push(...targets);
        group.weapons.push(...weapons);
        group.signatures.push(...signatures);
        group.organisations.push(...organisations);
        group.casualties ??= casualties;
        if (site.kind === 'place') group.employer ??= employer;
        if (!sentenceGroups.includes(group)) sentenceGroups.push(group);
      }
      previousEvents = clauseEvents;
    }
    // A tag in a clause without an act: the acts of its sentence, else those told before it in its paragraph.
    if (sentenceTags.length > 0) {
      const owners = sentenceGroups.length > 0 ? sentenceGroups : paragraphGroups;
      if (owners.length === 0) unplaced.push(...sentenceTags);
      for (const group of owners) group.signatures.push(...sentenceTags);
    }
    for (const group of sentenceGroups) if (!paragraphGroups.includes(group)) paragraphGroups.push(group);
    unsitedBefore = pending;
    // A sentence that dated an act hands that date on, not a later one it names for something else ("le brouilleur
    // installé en mars", "a-t-on appris mercredi").
    if (actDate && sentenceDates.includes(actDate)) lastDate = actDate;
    else {
      // A sentence without an act hands on its last date, unless that date only says when a thing was put in place
      // ("le système de brouillage installé l'an dernier", "the jail, opened in 2009").
      const told = sentenceDates.filter((d) => !datesAThing(folded, d, sentence.start));
      if (told.length > 0) lastDate = told[told.length - 1];
    }
    if (clauseSites.length > 0) previousSites = clauseSites;
  }
  // The lead (the first line of the body) dates the news the headline tells.
  const bodyStart = Math.max(titleEnd, 0);
  const leadEnd = text.indexOf('\n', text.slice(bodyStart).search(/\S/) + bodyStart);
  const lead = dates.find(
    (d) => titleEnd > 0 && d.start > bodyStart && (leadEnd < 0 || d.end <= leadEnd) && d.night !== null,
  );
  const merged = mergeSpans(mergeUndated([...groups.values()], titleEnd, lead));
  return { groups: mergeRestatements(merged, folded), unplaced, headline };
}

/**
 * "Guards were attacked twice over the weekend. On Saturday ...; on Sunday ...": acts dated only by a span ("over the
 * weekend", "cette semaine") at a site whose acts the text also dates night by night within that span sum those
 * acts up; they are not one more incident. An act of a kind the dated ones lack goes to the latest of them.
 */
function mergeSpans(groups: IncidentGroup[]): IncidentGroup[] {
  const spanOf = (group: IncidentGroup) => {
    const occurred = group.date?.occurred;
    if (!occurred || group.date?.night || !('start' in occurred) || !occurred.end) return undefined;
    return { from: occurred.start.slice(0, 10), to: occurred.end.slice(0, 10) };
  };
  return groups.filter((group) => {
    const span = spanOf(group);
    if (!span) return true;
    const inside = groups.filter((other) => {
      const night = other.date?.night;
      return (
        other !== group &&
        siteKey(other.site) === siteKey(group.site) &&
        !!night &&
        night >= span.from &&
        night <= span.to
      );
    });
    if (inside.length === 0) return true;
    const latest = inside[inside.length - 1];
    for (const event of group.events)
      if (!inside.some((other) => other.events.some((e) => e.value === event.value))) latest.events.push(event);
    return false;
  });
}

/** Whether a later sentence of the same paragraph names a town (a `place` site). */
function laterSentenceNamesTown(input: SegmentInput, index: number): boolean {
  for (let next = index + 1; next < input.sentences.length; next += 1) {
    if (/\n\s*\n/.test(input.text.slice(input.sentences[next - 1].end, input.sentences[next].start))) return false;
    if (within(input.sites, input.sentences[next]).some((s) => s.kind === 'place')) return true;
  }
  return false;
}

/** Whether the next sentence, in the same paragraph, names a town (a `place` site). */
function nextSentenceNamesTown(input: SegmentInput, index: number): boolean {
  const next = input.sentences[index + 1];
  if (!next || /\n\s*\n/.test(input.text.slice(input.sentences[index].end, next.start))) return false;
  return within(input.sites, next).some((s) => s.kind === 'place');
}

/** A relative pronoun after a noun: what follows is a clause about that noun ("l'homme qui avait", "the man who had"). */
const RELATIVE_OPENING =
  /\b(?:qui|who|which|that|lequel|laquelle|lesquels)\s+(?:[\w'-]+\s+){0,3}?(?:avai(?:t|ent)|etai(?:t|ent)|s'etai(?:t|ent)|had)\b/;
const HAPPENED_ON =
  /^[^.;]{0,40}?\b(?:survenue?s?|qui a eu lieu|qui s'est produite?|intervenue?s?|commise?s?|perpetree?s?|(?:which|that) (?:took place|happened|occurred)|committed|carried out)\s*(?:on|ce|le)?\s*$/;
/**
 * "les tirs (de kalachnikov) qui avaient visé samedi soir la porte", "the fire that destroyed on Sunday": the act
 * noun's own relative clause, its verb right before the date (a few words at most), tells when that act happened.
 */
const ACT_RELATIVE_ON =
  /^\s*(?:(?:de|du|des|d'|of)\s*[\w-]+(?:\s+[\w-]+)?\s+)?,?\s*(?:qui|that|which)\s+(?:[\w'-]+\s+){1,3}(?:on\s+|le\s+|ce\s+)?$/;

/** A headline or a sentence without a date about a site that is dated elsewhere belongs to that dated incident. */
function mergeUndated(groups: IncidentGroup[], titleEnd: number, lead: DateMention | undefined): IncidentGroup[] {
  const kept: IncidentGroup[] = [];
  const datedBySite = new Map<string, IncidentGroup[]>();
  for (const group of groups) {
    if (group.date === null) continue;
    const list = datedBySite.get(siteKey(group.site));
    if (list) list.push(group);
    else datedBySite.set(siteKey(group.site), [group]);
  }
  for (const group of groups) {
    const candidates = group.date === null ? (datedBySite.get(siteKey(group.site)) ?? []) : [];
    // The dated incident that tells the same kind of act, else the first dated one of the site.
    const dated =
      candidates.find((c) => c.events.some((e) => group.events.some((g) => g.value === e.value))) ?? candidates[0];
    if (!dated) {
      // A headline's act in an article that dates no act: the lead's date ("Seysses : 200 détenus refusent ... ce mardi").
      if (
        group.date === null &&
        lead &&
        datedBySite.size === 0 &&
        titleEnd > 0 &&
        group.sentences.every((s) => s.end <= titleEnd + 1)
      )
        group.date = lead;
      kept.push(group);
      continue;
    }
    dated.events.push(...group.events);
    dated.targets.push(...group.targets);
    dated.weapons.push(...group.weapons);
    dated.signatures.push(...group.signatures);
    dated.organisations.push(...group.organisations);
    dated.casualties ??= group.casualties;
    dated.employer ??= group.employer;
    dated.sentences.unshift(...group.sentences);
  }
  return kept;
}

/**
 * "Lundi, un surveillant a été poignardé ... Mardi, l'agression a été revendiquée": a later group at the
 * same site, within three days, that only names acts the earlier one already has is the same act told
 * again (a follow-up, a reaction), not a new incident.
 */
function mergeRestatements(groups: IncidentGroup[], folded: string): IncidentGroup[] {
  const dayOf = (group: IncidentGroup) => group.date?.night ?? null;
  // "Samedi, un autre détenu ...", "a second attack", "à nouveau": the text says the later act is a new one.
  const saysNewAct = (group: IncidentGroup) => {
    const start = Math.min(group.date?.start ?? Number.POSITIVE_INFINITY, ...group.sentences.map((s) => s.start));
    const end = Math.max(...group.sentences.map((s) => s.end));
    return NEW_ACT.test(folded.slice(start, end));
  };
  const kept: IncidentGroup[] = [];
  for (const group of [...groups].sort((a, b) => (dayOf(a) ?? '').localeCompare(dayOf(b) ?? ''))) {
    const day = dayOf(group);
    const earlier =
      day &&
      !saysNewAct(group) &&
      kept.find(
        (k) =>
          siteKey(k.site) === siteKey(group.site) &&
          dayOf(k) !== null &&
          dayOf(k)! < day &&
          // "Samedi, 28 détenus ont refusé ... La veille déjà, un autre groupe avait refusé": the earlier act, told
          // after the later one, may be the one the text calls new.
          !saysNewAct(k) &&
          Date.parse(day) - Date.parse(dayOf(k)!) <= 3 * 86_400_000 &&
          group.events.every((e) => k.events.some((o) => o.value === e.value)),
      );
    if (!earlier) {
      kept.push(group);
      continue;
    }
    earlier.targets.push(...group.targets);
    earlier.weapons.push(...group.weapons);
    earlier.signatures.push(...group.signatures);
    earlier.organisations.push(...group.organisations);
    earlier.casualties ??= group.casualties;
    earlier.employer ??= group.employer;
    for (const sentence of group.sentences)
      if (!earlier.sentenceStarts.has(sentence.start)) {
        earlier.sentenceStarts.add(sentence.start);
        earlier.sentences.push(sentence);
      }
  }
  return groups.filter((g) => kept.includes(g));
}

/** The site's key: a facility id, or the commune's INSEE code. */
export function siteKey(site: SiteMention): string {
  return site.kind === 'facility' ? site.facility.id : `commune-${site.commune.insee}`;
}

function groupFor(
  groups: Map<string, IncidentGroup>,
  site: SiteMention,
  date: DateMention | null,
  sentence: Span,
): IncidentGroup {
  const key = `${siteKey(site)}|${date?.night ?? (date ? JSON.stringify(date.occurred) : 'undated')}`;
  let group = groups.get(key);
  if (!group) {
    group = {
      key,
      site,
      date,
      events: [],
      targets: [],
      weapons: [],
      signatures: [],
      organisations: [],
      sentences: [],
      sentenceStarts: new Set(),
    };
    groups.set(key, group);
  }
  if (!group.sentenceStarts.has(sentence.start)) {
    group.sentenceStarts.add(sentence.start);
    group.sentences.push(sentence);
  }
  return group;
}
