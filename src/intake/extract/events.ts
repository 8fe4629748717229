/**
 * What happened: event types, target kinds, weapons and casualties read from a clause of folded text
 * with French and English word rules. Each finding keeps its span, for the evidence.
 */
import type { EventType, TargetKind } from '../../core/shared/taxonomy.ts';
import { assaultsAsDefined, flightInCustody } from './guideline-acts.ts';
import type { Span } from './folded-text.ts';
import type { Finding } from './finding.ts';

export type { Finding } from './finding.ts';

/**
 * Any vehicle, whatever the make or the number of wheels ("une Clio", "un utilitaire", "un deux-roues", "a lorry": the
 * guidelines' `vehicle_arson` is "any vehicle"); not "the vehicle gate", "le sas véhicules".
 */
export const VEHICLE = String.raw`(?:cars?|vehicles?|voitures?|vehicules?|scooters?|vans?|camionnettes?|motos?|motorbikes?|motorcycles?|motocyclettes?|mopeds?|cyclomoteurs?|mobylettes?|deux-roues|quads?|camions?|poids lourds?|lorr(?:y|ies)|bus|autocars?|caravanes?|caravans?|pick-?ups?|autos?|trucks?|utilitaires?|berlines?|fourgonnettes?|citadines?|4x4|suvs?|camping-cars?|peugeot|renault|citroen|clio|twingo|megane|dacia|sandero|fiat|opel|ford|audi|bmw|mercedes|volkswagen|golf|polo|toyota|nissan|kia|hyundai|tesla|skoda|seat)(?! (?:gate|entrance|airlock|access|door)s?\b)`;
const FIRE = String.raw`(?:arsonists?|gutted|blazes?|engulf\w*|parti\w* en fumee|went up in smoke|(?:mise?s?|mettre|met|mets|mettent|mettait|mettaient|mettant|mettra|mettront|boute\w*) le feu|set fire|(?<!(?:open(?:ed|s)?|automatic|return(?:ed)?|under|cease) )set on fire|(?<!(?:under|open(?:ed|s|ing)?|return(?:ed|ing)?|cease) )fires?(?!\w)(?! (?:at|on) (?:the|a|an|them|him|police|officers?|guards?)\b)|ablaze|(?:detruit|ravage|endommage|touche|atteint)\w* par (?:le feu|les flammes|un incendie|(?:la )?propagation)|propagation des flammes|torched|torching|burn(?:ed|t|ing|s)?|incendi\w*|brul\w*|en feu|flammes|flames|embrase\w*|ignited|set alight|alight|calcine\w*|reduite?s? en cendres|reduced to (?:ashes|cinders)|flamb(?:e|ee|ees|es|ait|aient|ent))`;
/** "did not catch fire", "le feu n'a pas pris", "la voiture n'a pas pris feu": a fire that never started. */
const NOT_LIT = String.raw`(?:(?:did not|didn't|never|failed to) (?:catch fire|ignite|take hold)|le feu n'a pas pris|n'(?:a|ont|avait|avaient) (?:[\w-]+ment )?pas (?:[\w-]+ment )?pris feu|sans (?:prendre|avoir pris) feu|(?:ne s'est|ne se sont) pas (?:enflamme|embrase)\w*)`;
const ATTEMPT = String.raw`(?:attempt\w*|tried|trying|tent(?:e|ee|ative|erent|aient|ait)\w*|failed)`;

const HYPOTHETICAL =
  /\b(?:could have|might have|would have|may have been|(?:peu(?:t|vent)|pourrai(?:t|ent)|puisse(?:nt)?|could|can|might|may) (?:[\w'-]+ ){0,2}?(?:s'evader|s'enfuir|s'echapper|escape|break out|flee)|aurai(?:t|ent) pu|pourrai(?:t|ent) (?:etre|avoir)|si (?:les |le |la |l'|un |une |des )?[\w-]+ (?:avai(?:t|ent)|etai(?:t|ent)|venai(?:t|ent) a|pouvai(?:t|ent)|devai(?:t|ent))|(?:if|should) (?:the |a |an )?[\w-]+ (?:were|was|ever) to|if (?:the |a |an )?[\w-]+ had|aucun(?:e)? [\w-]+ n'(?:a|avait|ont|avaient) (?:ete )?(?:signale|constate|releve|commis|recense|confirme)e?s?|no [\w-]+ (?:was|were|had been|has been|have been) (?:reported|recorded|found|confirmed)|n'(?:a|avait) (?:jamais )?ete (?:signale|menace|vise|attaque)e?s?|(?:was|were|had) never been (?:threatened|targeted|attacked)|sans qu'aucun|avant (?:meme )?d'avoir|(?:ont|a|avaient|avait) craint|craignai(?:t|ent)|feared|redout\w*|(?:la |une )?peur (?:d'etre|de se faire|d'une? |de nouve\w*|que)|(?:afraid|fear|fears|scared) (?:of being|of getting|to be|that)|(?:la |une )?crainte (?:d'etre|de se faire|d'une? |de nouve\w*|que)|nie\w* (?:avoir|les faits|que)|den(?:y|ies|ied) (?:having|any)|den(?:y|ies|ied)\b[^.;,]{0,25}?\bthat|(?:a|ont|avait) dementi que|dement\w* (?:toute?|tout|les|l'|la|le|avoir)|dementi\w*|(?:avai(?:t|ent) prevu|prevoyai(?:t|ent)|comptai(?:t|ent)|esperai(?:t|ent)|voulai(?:t|ent)) (?:de |d'|s')|(?:intended|hoped|had planned|was hoping|were hoping|wanted) to|preparai(?:t|ent)|s'appretai(?:t|ent)|was (?:preparing|about) to|were (?:preparing|about) to|before (?:they|he|she|it) (?:could|had time to|managed to)|avant qu'(?:ils|il|elles?) (?:ne )?(?:puisse|puissent|ai(?:t|ent) pu)|(?:determiner|savoir|verifier|etablir|preciser) si|(?:determine|establish|find out|see|check|know|ascertain) (?:whether|if)|(?:se |me |nous |vous )?demand(?:e|es|ait|aient|ent|ons|ez|ant|aient) (?:[\w'-]+ ){0,2}?si|ignor(?:e|ent|ait|aient|ons) (?:encore )?si|wonder(?:s|ed|ing)? (?:[\w'-]+ ){0,2}?(?:whether|if)|ask(?:s|ed|ing)? (?:themselves |himself |herself |ourselves )?(?:whether|if)|(?:unclear|not (?:yet )?(?:known|clear)|unknown) (?:whether|if)|en cas d'|in (?:case|the event) of|pour (?:prevenir|eviter|empecher|dissuader)|to (?:prevent|deter|avoid|stop) (?:further |future |new )?|plann?(?:ed|ing) to|plott?(?:ed|ing) to|projetai(?:t|ent) de|envisageai(?:t|ent) de|craign\w* (?:de nouve\w*|une nouvelle|un nouvel|d'autres|que)|fears? (?:of )?(?:another|new|more|further|a repeat)|simul(?:ant|ations?|ee?s?|ated?|ating)|(?:security|evacuation|fire) drill|exercices? (?:de securite|d'evacuation|de simulation|d'evasion|d'intrusion|anti-intrusion)|(?:escape|intrusion) (?:drill|exercise)s?)\b/;
/** "deux mois après l'attaque de", "years after the riot", "il y a trois ans": an act recalled, not reported. */
const RECALLED =
  /\b(?:(?:\d+|un|une|deux|trois|quatre|cinq|six|quelques|plusieurs|a|one|two|three|four|five|six|several|a few)\s+(?:mois|ans|annees|months|years)\s+(?:apres|after|plus tot|earlier|ago|auparavant)|il y a (?:\w+\s+)?(?:mois|ans|annees)|(?:l'an|l'annee) (?:dernier|derniere|passee?)|last year|(?:had|avai(?:t|ent)) (?:(?:been|ete) )?(?:recently|recemment)|(?:once|twice|three times|several times|many times) before|deja (?:[\w'-]+ )?(?:evade|enfui)\w*|(?:recently|recemment) (?:been|ete)|(?:l'|cet |ce )(?:ete|hiver|printemps|automne) dernier|last (?:summer|winter|spring|autumn|fall|month)|le mois dernier|(?:en|in) (?:19|20)\d\d\b|(?:evasion|escape|mutinerie|riot|attaque|attack|agression|assault|incendie|fire|tirs|shooting)s? (?:[\w'-]+ )?(?:de|of) (?:19|20)\d\d\b|\bthe (?:19|20)\d\d (?:escape|riot|attack|assault|fire|shooting|breakout)s?\b|minute(?:'s| of| de) silence|marche blanche|in memory of|en memoire d\w*|hommage a|tribute to|funerals?|obseques|commemor\w*)\b/;
/**
 * "plusieurs incendies et tentatives d'agressions", "a series of attacks", "Au total, 21 véhicules ont été incendiés" (a clause that opens on a
 * total; "352 grammes au total" is one find): a summary of acts reported elsewhere, not one act.
 */
const SUMMARY =
  /\b(?:plusieurs|several|multiple|de nombreu\w*|numerous|une serie d'|a series of|a string of|(?:une|la|cette) vague d'|(?:a|the|this) (?:wave|spate) of|(?:a|one|two|three|several) (?:weeks?|nights?|months?) of|(?:une|deux|trois|plusieurs) (?:semaines?|nuits?|mois) d')\s*(?:[\w'-]+\s+)?(?:incendies|attaques|agressions|attacks|fires|arson|assaults|shootings|incidents|faits|actes|violences|menaces|threats)\b|^\s*(?:au total|en tout|in total|in all|altogether)\b/;
/**
 * "les projections seraient quotidiennes", "it happens almost every night", "les agressions répétées", "until now they
 * mainly threw": a habit, not one act; so is what is said of acts in general ("les stupéfiants circulent d'ordinaire via
 * les projections", "visiting rooms remain one of the main routes for smuggling, alongside parcels thrown over the walls").
 */
const HABITUAL =
  /\b(?:(?:quand|lorsqu'|lorsque|chaque fois qu'|a chaque fois qu'|whenever|when|every time)\s*(?:il y a|there (?:is|are|'s)) |in recent (?:months|years)|ces derni(?:ers|eres) (?:mois|annees)|depuis (?:des|plusieurs|quelques) (?:mois|annees)|for (?:months|years)|over the (?:past|last) (?:few )?(?:months|years)|quotidien\w*|repetee?s|repeated|recurrent\w*|a repetition|chaque (?:jour|nuit|semaine)|tous les jours|toutes les nuits|presque tous les|every (?:day|night|week)|daily|nightly|almost every|until now|up to now|jusqu'ici|jusqu'a present|jusque-la|usually|habituellement|d'habitude|generalement|generally|traditionally|d'ordinaire|ordinairement|en temps normal|rarement|rarely|seldom|typically|commonly|(?:one of the|l'une des|l'un des) (?:main|principal|usual|most common|principales?|principaux) |(?:main|principal|usual) (?:routes?|channels?|ways?) (?:for|of|into)|(?:principales?|grandes?) (?:voies|filieres|portes) d'entree|se multipli\w*|(?:are|were) multiplying|on the rise|de plus en plus|increasingly|more and more|more (?:frequent|common)|plus (?:frequent|nombreu)\w*)\b/;
/**
 * "Les agressions ont augmenté de 10 %", "the number of assaults", "40 guards assaulted since January": a statistic.
 * The gap between the count and "depuis janvier" is bounded: unbounded (`[^.;]*`), each count of a clause
 * with no stop scanned to its end, and a 1 MB clause took 10 s instead of 1 (tests: extraction-pool).
 */
const STATISTIC =
  /\b(?:(?:le|du|au) nombre d(?:e |')|the number of|\d+(?:[.,]\d+)? ?(?:%|per ?cent)|(?:ont|a) (?:augmente|baisse|double|diminue|progresse)|(?:rose|fell|increased|decreased|doubled|climbed) by)\b|\b(?:depuis|since) (?:le debut de l'annee|the (?:start|beginning) of (?:the |this )?year|(?:le mois de )?(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|january|february|march|april|may|june|july|august|september|october|november|december))\b(?! \d)[^.;]{0,240}\b\d+ |\b\d+ [^.;]{0,240}\b(?:depuis|since) (?:le debut de l'annee|the (?:start|beginning) of (?:the |this )?year|janvier|january)\b/;

/**
 * ", where ...", ", où ...", ", qui ...": a relative clause, which tells of something else than the act before it; so
 * does a consequence told in a participle (", raising fears of more assaults", ", faisant craindre de nouvelles
 * violences"): its fear is of acts to come, not of the one before it. So does an apposition that puts the act in a
 * series (", in the latest of a string of attacks", ", le dernier d'une série d'incendies", ", après plusieurs menaces").
 */
const RELATIVE_CLAUSE =
  /,\s*(?:where|which|whose|ou|dont|lorsque|alors que|when|raising|sparking|prompting|fuell?ing|stoking|reviving|faisant|laissant|suscitant|ravivant|alimentant|(?:in |as )?(?:the )?latest|(?:le |la )?derni(?:er|ere)|after|apres|amid|sur fond d)\b/;
/**
 * "slipped away from his escort just as he was about to get back into the van": a clause of time opened after the act,
 * with a subject of its own, tells what was going on, not whether the act happened.
 */
const TIME_CLAUSE =
  /\s(?:just as|as soon as|au moment ou|juste (?:avant|apres) qu'|alors qu'|tandis qu')\s*(?:he|she|they|il|elle|ils|elles)\b/;
const RELATIVE_CLAUSE_AFTER = new RegExp(`${RELATIVE_CLAUSE.source}|${TIME_CLAUSE.source}`, 'g');
/** The people an assault on staff hits: without one in the clause, a blow is not an assault on staff. */
const STAFF =
  /\b(?:surveillante?s?|agente?s?|gardiens?|guards?|officers?|wardens?|warders?|personnels?|staff|directeur\w*|directrice|director|employees?|fonctionnaires?|colleagues?|collegues?|lieutenant|capitaine|educat\w*|infirmi\w*|nurses?|cpips?|conseill(?:ere?s?|ers?) (?:penitentiaires?|d'insertion)|gradee?s?|brigadiers?(?:-chefs?)?|commandant|chef(?:fe)?s? (?:de detention|de batiment|d'etablissement|de service|de coursive)|moniteurs?|monitrices?|format(?:eur|rice)s?|enseignante?s?|professeure?s?|teachers?|instructors?|psychologues?|psychologists?|aumoniers?|chaplains?|matons?|screws|jailers?|gaolers?|prison workers?)\b/;
const NEGATION =
  /\b(?:no|aucune?|pas de|pas d'|pas eu de|pas eu d'|jamais de|jamais d'|sans|without|not a|never an?|ni|nor|neither)\s*$/;
/** "n'a pas été frappé", "n'avaient jamais été visés", "n'ont trouvé ni téléphone ni drogue": the verb denied. */
const VERB_NEGATION =
  /\bn'(?:a|ont|avait|avaient|est|sont|etait|etaient)\s+(?:pas|jamais|plus|guere)\s+(?:ete\s+|eu\s+)?$/;
const NEITHER_AFTER = /^[\w'-]+\s+ni\b/;
/**
 * An act's noun that qualifies the noun after it ("riot police", "riot gear", "fire crews", "assault rifles") names a
 * force or gear, and one after "anti-" ("anti-émeute", "anti-escape netting") what gear is for: no act either way.
 * Structure, not vocabulary: a single word of an act rule, followed by the head noun of an English compound.
 */
const COMPOUND_HEAD_AFTER =
  /^\s+(?:police|gear|squads?|shields?|control|vans?|units?|officers?|teams?|helmets?|batons?|training|drills?|alarms?|extinguishers?|doors?|exits?|department|services?|engines?|stations?|crews?|safety|fighters?|trucks?|netting|nets?|rifles?|weapons?|range)\b/;
const ANTI_BEFORE = /\banti-?\s?$/;
/**
 * An act in an infinitive of purpose or readiness ("onze colis prêts à être projetés", "recrute des jeunes pour projeter
 * des colis", "parcels ready to be thrown", "in order to smuggle"): what is meant to happen, not what happened.
 */
const ATTEMPT_START = new RegExp(`^${ATTEMPT}`);
/** "des colis prêts à être lancés" read as one match from the noun: the readiness inside it. */
const READY_INSIDE = /\b(?:pretes?|prets?|destinee?s?|ready|about|set)\s+(?:a|to)\s+(?:etre|be)\s+\w/;
/** "a profité des travaux pour franchir le mur", "il lui a fallu dix minutes pour", "used a ladder to": the purpose was met. */
const MEANS_USED = /\b(?:profit\w*|fallu|suffi\w*|utilis\w*|servi\w*|took advantage|used|using|managed)\b[^.;]{0,70}$/;
const UNREALISED_BEFORE =
  /\b(?:pour|afin d[e']|pretes?|prets?|destinee?s?|ready|in order|so as|about|set)\s+(?:a\s+|to\s+)?(?:etre\s+|be\s+)?(?:[a-z]+ment\s+)?$/;
/**
 * "parlait depuis des semaines de s'évader", "had talked of escaping", "rêvait de s'en prendre à": an act in the
 * infinitive (or gerund) after a verb of speech or dream is what someone said or wished, not what he did.
 */
const SPOKEN_OF_BEFORE =
  /\b(?:parl(?:e|es|ait|aient|ent|er|ant|e)|evoqu(?:e|ait|aient|ant)|envisag(?:e|eait|eaient|eant)|rev(?:e|ait|aient|ant)|song(?:e|eait|eaient)|talk(?:s|ed|ing)?|spoke|speak(?:s|ing)?|dream(?:s|ed|t|ing)?|boast(?:s|ed|ing)?)\b[^.;]{0,35}?\b(?:de|d'|a|of|about)\s*(?:s'|se\s+|en\s+|s'en\s+)?$/;
/**
 * "n'a pas pu distinguer ces détonations de tirs d'arme à feu", "it sounded like gunshots", "pris pour des coups de feu":
 * an act named to compare, not one that happened.
 */
const COMPARISON =
  /\b(?:distingu(?:er|ish|e|es)|confond\w*|confused with|mistaken for|mistook (?:[\w'-]+ ){1,3}for|pris pour|prises pour|sound(?:ed|ing|s)? like|look(?:ed|ing|s)? like|ressembl\w*|rather than|plutot que)\b[^.;]{0,45}$|\b(?:comme (?:des|si)|as if|as though)\b[^.;,]{0,15}$/;
/**
 * "les surveillants manifestent contre les agressions", "protesting against the threats", "la lutte contre les projections":
 * acts in general, named as what a protest or a demand is against, not one act (a plural after "against" or "a rise in");
 * "FO dénonce les tirs contre la prison de X dans la nuit du..." names one act, and is read.
 */
const GENERIC_CAUSE =
  /\b(?:pour (?:denoncer|protester contre|reclamer|alerter sur)|to (?:denounce|protest (?:against|over)|condemn|highlight)|contre|against|face (?:a|aux)|protest\w*(?: against| over| at)|fight(?:ing)? against|lutt?(?:e|er|ent) contre|combatt?\w*|tackl\w*|deal(?:ing)? with|(?:la )?(?:multiplication|hausse|augmentation|recrudescence|explosion) (?:des|de)|(?:the |a )?(?:rise|increase|surge|wave|spate) (?:in|of))\s+(?:les |des |ces |the |these |such |repeated |rising |growing |recurrent |nouvelles |new )?$/;
/**
 * "une enquête pour évasion", "mis en examen pour tentative de meurtre", "charged with arson": the legal name of an act,
 * not a new one. A conjunction between ends the frame: "le procès s'ouvre alors que de nouveaux tirs ont visé".
 */
const LEGAL_FRAME =
  /\b(?:comparai\w*|enquete|information judiciaire|investigation|probe|mise? en examen|poursuivie?s?|charged|charges|condamnee?s?|convicted|sentenced|accused|accuses?|inculpee?s?|jugee?s?|tried|proces|trial|chefs? d'(?:accusation|inculpation)|motif|jailed|imprisoned|(?:ans|mois) (?:de prison |d'emprisonnement )?(?:ferme|avec sursis)|(?:years?|months?) (?:in prison|in jail|behind bars|imprisonment)|risque\w*|encour\w*|faces? up to|punished|puni\w*|repondre|answer (?:for|to))\b(?:(?!\b(?:que|qu'|alors|while|whereas|when|mais|but)\b)[^.;]){0,110}?\b(?:pour|for|with|of|de|du|des|d'|including|notamment|dont)\s*(?:l'|la\s+|le\s+)?(?:[\w'-]+\s+){0,3}(?:(?:et|and)\s+(?:de\s+|d'|des\s+|an?\s+)?)?$/;
/**
 * "procès des tirs de 2023", "the trial over the shooting", "went on trial on Monday over the May 2024 ambush": the
 * act a trial is about, named by the trial (a few words may stand between: when it opened, when the act was).
 */
const TRIAL_OF =
  /\b(?:proces|trial|jugement|verdict|audience|hearing)\s+(?:(?:(?!\b(?:que|qu'|alors|while|whereas|when|where|mais|but|et|and|ou|or)\b)[^.;]){0,25}?\s)?(?:pour|for|over|of|into|de|du|des|d'|sur)\s*(?:(?:the|l'|la|le|les)\s+)?(?:[\w-]+\s+){0,3}$|\b(?:proces|trial|jugement|verdict|audience|hearing)\s+(?:(?:the|l'|la|le)\s+)?$/;
/** "incarcéré pour des violences et des menaces", "serving eight years for robbery and an arson attack": what an inmate is held for. */
const HELD_FOR =
  /\b(?:serv(?:ing|ed|es)|purg\w*|incarcer\w*|ecroue?s?|remanded|held|known)\b[^.;,]{0,40}?\b(?:pour|for)\s+(?:[\w'-]+\s+){0,3}(?:(?:and|et)\s+(?:an?\s+|the\s+|des\s+|de\s+|d'|une?\s+)?)?$/;

/**
 * "an inmate serving a sentence for terrorism wounded three officers", "un détenu incarcéré pour vol a frappé": after the
 * noun that completes "for", a finite verb (a past in -ed, or a participle after an auxiliary) is the sentence's main
 * verb, the act, not what the inmate is held for ("serving time for having stabbed", "pour avoir frappé" are).
 */
const FINITE_AFTER_COMPLEMENT =
  /\b(?:for|pour)\s+(?:an?\s+|the\s+|des\s+|de\s+|d'|une?\s+)?(?!having\b|avoir\b|being\b)[\w'-]+\s+(?:(?:a|ont|avait|avaient|has|have|had)\s+\w+|(?!having\b|been\b|being\b)\w+ed)\b[^.;]*$/;
/**
 * "le risque d'évasion", "warns of escape risk", "understaffing made escapes and riots more likely": an act as a risk
 * or a danger, what a measure should prevent, not one that happened (before the act's word, or right after it).
 */
const RISK_BEFORE =
  /\b(?:risques? (?:accrus? |reels? |serieux |eleves? )?(?:d'|de (?:nouvelles? |nouveaux )?)|(?:high|serious|real|heightened|increased) risks? of|risks? of (?:an? |further |new |more )?|danger (?:of (?:an? )?|d'|de )|(?:warn|warns|warned|warning) (?:of|about|against) (?:the |possible |further |new |more )?(?:risks? of )?|potentielles? |potential )$/;
const RISK_AFTER =
  /^[\w'-]*(?:\s+(?:and|et)\s+(?:des\s+)?[\w'-]+)?\s+(?:risks?\b|more likely|less likely|plus probables?|plus frequent\w*|more frequent|potentielles?)/;

/** What a prison has on its outside that an attack can damage: cameras, fences, the gate, lights, alarms. */
const FACILITY_EQUIPMENT = String.raw`(?:(?:les |la |le |l'|des |une |un |the |its |a |plusieurs |several )?(?:cameras?(?: de (?:video)?surveillance)?|cctv(?: cameras?)?|security cameras?|clotures?|grillages?|fences?|perimeter fences?|portails?|gates?|barrieres?|interphones?|guerites?|projecteurs?|floodlights?|eclairages?|alarmes?|alarms?|serrures?|(?:door )?locks?|cadenas|padlocks?|systemes? (?:electriques?|d'alarme|de (?:video)?surveillance)|cables? (?:electriques?|d'alimentation|telephoniques?)|power (?:cables?|lines?|supply)|alimentation electrique|lignes? electriques?|(?:electric|alarm|security) systems?))\b`;

/** A vehicle that carries inmates under escort. */
const ESCORT_VEHICLE = String.raw`(?:fourgons?(?: penitentiaires?| cellulaires?)?|convois?|escortes?|vehicules? (?:penitentiaires?|d'escorte|de l'administration penitentiaire)|(?:prison |police )?vans?(?= (?:carrying|transporting|taking))|prison vans?|convoys?|escort vehicles?)`;

/** "serait accidentel", "was an accident", "un court-circuit": a fire with no one behind it, unless that is ruled out. */
const ACCIDENT =
  /\b(?:accidentel\w*|accidental\w*|an accident|un accident|court-circuit|short[- ]circuit|electrical fault|panne electrique|defaillance electrique)\b/;
const ACCIDENT_RULED_OUT =
  /\b(?:ecart\w*|exclu\w*|ruled out|rules? out|not an accident|pas (?:d'origine )?accidentel\w*|no accident|ni accidentel\w*|n'est pas accidentel\w*)\b/;
const FIRE_TYPES = new Set<EventType>(['arson', 'vehicle_arson', 'attempted_arson']);

/** A firearm or its rounds: shots beside fireworks are shots only with one of these. */
const FIREARM =
  /\b(?:balles?|bullets?|armes? a feu|firearms?|guns?|gunmen|gunshots?|rifles?|pistols?|handguns?|shotguns?|kalach\w*|kalash\w*|fusils?|revolvers?|douilles|cartridges?|casings)\b/;

/** "a menacé de mettre le feu", "threatened to kill": an act threatened, not done (the threat is read by its own rule). */
const THREATENED_ACT =
  /\b(?:menac\w*|threaten\w*|promis|promised|vowed|jure|swore)\s+(?:de\s+|d'|to\s+)(?:[\w'-]+\s+){0,1}$/;

/** "ces menaces", "cette agression", "these attacks": an act named again, told before or not at all. */
const DEMONSTRATIVE = /\b(?:ces|cette|cet|these|those|this|that|such|de tel(?:le)?s|pareil(?:le)?s)\s+$/;

/** What is smuggled into a prison, found or seized: "la fouille a permis de saisir deux téléphones", "found the package". */
const PRISON_ITEMS = String.raw`(?:cles? usb|usb (?:keys?|sticks?)|puces? (?:telephoniques?)?|routeurs?|telephones?|(?:i|smart)?phones?|objets? (?:interdits?|illicites?|prohibes?)|(?:prohibited|illicit|banned) (?:items|objects)|portables?|chargeurs?|chargers?|colis|parcels?|packages?|paquets?|cartes? sim|sim cards?)`;
/**
 * What else is found in a cell or a yard: drugs, knives, explosives; a find of these is contraband only inside a prison.
 * Not "armes" (after an assault, the weapon found is the act's) nor "lame" ("gilet pare-lame").
 */
const INSIDE_ITEMS =
  '(?:drogues?|drugs|stupefiants|narcotics|cannabis|resine|shit|cocaine|heroine|heroin|crack|mdma|ecstasy|amphetamines?|subutex|couteaux?|knives|knife|explosifs?|explosives?|detonateurs?|detonators?|pistolets?|revolvers?|armes? a feu|firearms?|handguns?|pistols?|guns?)';
/** Where a find is inside a prison: a cell, a yard, the visiting room, a visitor, a search of inmates. */
const INSIDE_PRISON =
  /\b(?:cellules?|cells?|en detention|parloirs?|visiting rooms?|visiteur\w*|visitors?|coursives?|cours? de promenade|exercise yards?|promenade|fouilles?|search(?:es|ed|ing)?|detenus?|inmates?|prisoners?|codetenus?|agente?s?|surveillante?s?|guards?|officers?|staff|batiments? de l'etablissement|dans l'etablissement|ateliers?|workshops?|buanderie|laundry|infirmerie|in(?:to)? the (?:prison|jail)|dans la prison|a l'interieur de la prison|inside the (?:prison|jail))\b/;

/**
 * "la voiture des tireurs retrouvée calcinée", "the getaway car was found burnt out": the attackers' car, not a target. A
 * vehicle "retrouvé incendié", "found burnt" was found after the act, as the attackers leave theirs, unless a member of
 * staff owns it ("la voiture d'une surveillante retrouvée incendiée").
 */
const FOUND_BURNT =
  /\b(?:used by the (?:gang|attackers|gunmen|assailants)|utilisee? par (?:le commando|les (?:assaillants|malfaiteurs|agresseurs)))\b|\b(?:retrouvee?s?|found)\b[^.;]{0,25}?\b(?:incendi|calcin|brul|burn)\w*[^.;]{0,30}?\b(?:plus tard|plus loin|later|nearby|kilometres?|km)\b|\blater found\b|(?<!\b(?:surveillante?s?|agente?s?|gardiens?|guards?|officers?|staff|personnels?)\b[^.;]{0,60})\b(?:retrouvee?s?|found)\s+(?:[\w-]+\s+)?(?:incendi|calcin|brul|burn|torch)\w*|\bgetaway\b|\b(?:voiture|vehicule)s? (?:des|du) (?:tireurs?|agresseurs?|assaillants?|fuyards?|malfaiteurs?|commando)\b/;

interface EventRule {
  type: EventType;
  pattern: RegExp;
  confidence?: number;
  unless?: RegExp;
  /** the clause must also say this (a staff member for a blow, a transport for a commando) */
  requires?: RegExp;
  /** a word of the act inside quotation marks is commentary ("« c'est une menace directe »"), not an act */
  outsideQuotes?: boolean;
  /** the rule's name in the evidence when one type has several readings ("event.intrusion.climb") */
  name?: string;
}

/** Where fireworks are aimed: at, over or outside a prison ("en direction des miradors", "par-dessus le mur"). */
const FIREWORKS_AT = String.raw`(?:sur|contre|vers|en direction d(?:es|e|u|')|par-dessus|devant|aux abords d\w*|at|towards?|into|over|outside)(?: |\b)`;

/** One rule per way of saying it; the clause is searched for each. */
const EVENT_RULES: EventRule[] = [
  {
    type: 'attempted_arson',
    pattern: new RegExp(
      String.raw`\b${ATTEMPT}\b[^.;]{0,40}?\b(?:arson|${FIRE}|mettre le feu|set fire)\b|\b(?:arson|incendie)\b[^.;]{0,15}\b(?:attempt|tentative)|\btentative d'incendie\b|\battempted arson\b|\ble feu n'a pas pris\b|\bfailed to (?:ignite|catch)\b|\b(?:asperge\w*|arrose\w*) d'(?:un liquide inflammable|essence)|\bdoused (?:with|in) (?:petrol|fuel|gasoline|accelerant)|\bpour(?:ed|ing) (?:[\w'-]+ ){0,2}?(?:petrol|fuel|gasoline|accelerant|flammable liquid)|\b(?:petrol|fuel|gasoline|accelerant|flammable liquid) (?:was|had been|were) poured|\b${NOT_LIT}|\b(?:essence|liquide inflammable|carburant|combustible) (?:a ete |avait ete )?(?:verse|repandu)\w*|\b(?:verse|repandu)\w* (?:de l'|du |un |une )(?:essence|liquide inflammable|carburant)`,
      'g',
    ),
  },
  {
    type: 'vehicle_arson',
    pattern: new RegExp(
      String.raw`\b${VEHICLE}\b[^.;]{0,140}?\b${FIRE}|\b${FIRE}\b[^.;]{0,40}?\b${VEHICLE}\b|\bfourgons?\b[^.;]{0,90}?\b${FIRE}|\b${FIRE}\b[^.;]{0,40}?\bfourgons?\b|\b(?:car|vehicle)[- ]fires?\b|\bfeux? de (?:voitures?|vehicules?)\b|\b${VEHICLE}\b[^.;]{0,90}?\b(?:ont ete|a ete|were|was|been) (?:entierement |totalement |completely )?(?:detruit\w*|destroyed)`,
      'g',
    ),
    // "la voiture des tireurs retrouvée calcinée", "the getaway car was found burnt out": the attackers' car, not a target.
    unless: new RegExp(String.raw`\b${ATTEMPT}\b|\b${NOT_LIT}|${FOUND_BURNT.source}`),
  },
  {
    type: 'arson',
    pattern:
      /\b(?:arson|set fire to|set on fire|setting fire to|(?:set|sets|setting) (?:[\w'-]+ ){1,3}?(?:on fire|alight|ablaze)|(?:projectiles?|objets?|bouteilles?) enflamme(?:e|s|es)?|(?:burning|flaming|blazing) (?:objects?|projectiles?|rags?|items?|missiles?)|(?:le )?feu a ete (?:mis|boute)|mis le feu|mettre le feu|(?:met|mets|mettent|mettait|mettaient|mettant) le feu|(?:setting|sets|set|started|starting|lit|lighting) (?:several |two |three |a |small |multiple |\w+ )?(?:fires|blazes?)|(?:start(?:ed|ing|s)?|spark(?:ed|ing|s)?) a (?:blaze|fire)|(?:petrol|fire|gasoline) bombs?|fire-?bomb(?:s|ed|ing)?|(?:a|ont|avait|avaient) enflamme (?:leurs?|des|un|une|les|le|la|sa|son|ses)|incendie(?:s)? (?:volontaire|criminel)|(?:un|l'|cet|d'un) incendie\b(?! (?:de|d'une?|des) (?:voitures?|vehicules?))|incendie a (?:ete )?(?:allume|declenche|provoque)|incendiary|(?:bouteilles?|engins?|dispositifs?|projectiles?|objets?) incendiaires?|cocktails? molotov|molotov cocktails?|fires? (?:was |were |had been )?(?:started|set|lit)|(?:set|started|lit) (?:several |two |three |a )?fires?|(?:a|the) fire (?:broke out|was started)|(?:un |le |du |d'un )feu (?:a ete )?allume|departs? de feu|a pris feu|caught fire|incendiee?s?|incendi(?:er|ent|ait|aient|ant|erent)|(?:a|ont|avait|avaient) ete incendie\w*|allum\w* (?:un |des |plusieurs |deux |trois |quelques |de petits |de nombreux )?(?:petits? )?(?:feux|feu|incendies?|brasiers?)(?! de (?:pneus|palettes|joie|camp|bois|cheminee|barbecue))|feux? de (?:poubelles?|matelas|draps|detritus|papiers?)|torched|set ablaze|firebombed|(?:burned|burnt) down|gutted by fire)\b/g,
    unless: new RegExp(String.raw`\b${ATTEMPT}\b|\b${NOT_LIT}|\b${VEHICLE}\b|\bfourgons?\b|${FOUND_BURNT.source}`),
  },
  // "deux voitures ont brûlé et la porte des locaux a été incendiée": a building or its door as the subject of a passive
  // fire verb is an arson of its own, whatever vehicles burnt beside it (not a car "garée devant la porte").
  {
    type: 'arson',
    name: 'arson.building',
    pattern: new RegExp(
      String.raw`(?<!\b(?:devant|pres d[eu']?|a cote d[eu']?|face a|contre|le long d[eu']?|in front of|outside|near|next to|beside|by)\s+(?:la |le |les |l'|the |a |an |its |leur |son |sa )?)\b(?:portes?|portails?|batiments?|locaux|bureaux|guerites?|miradors?|facades?|ateliers?|gymnases?|doors?|gates?|buildings?|offices|guardhouses?|watchtowers?|workshops?)\b(?:(?!\b${VEHICLE}\b)[^.;]){0,100}?\b(?:(?:a|ont|avait|avaient) ete|was|were|had been|has been|have been) (?:[\w-]+ment |partly |partially |completely )?(?:incendiee?s?|brulee?s?|set (?:on fire|alight|ablaze)|torched|burn(?:ed|t)|gutted)`,
      'g',
    ),
    unless: new RegExp(String.raw`\b${ATTEMPT}\b|\b${NOT_LIT}`),
  },
  {
    type: 'gunfire',
    pattern:
      /\b(?:gunfire|gunmen|gunshots?|(?<!warning )shots? (?:were |was )?fired|shots? (?:hit|struck|rang out|were heard|targeted)|bullets? (?:hit|struck|lodged)|fired (?:shots|at|on|several|rounds|bullets|military|automatic|a burst|\w+ rounds)|firing (?:(?:some|about|around|several|a|\w+) ){0,2}(?:rounds|shots|bullets|bursts?)|opened fire|open fire|automatic (?:gun)?fire|bursts? of (?:automatic |gun)?fire|raked with|riddled with bullets|fired (?:a|an|his|her|their|two|several) (?:shotgun|gun|rifle|pistol|handgun|weapon|kalashnikov|assault rifle)s?|vide\w* (?:son|leur|un|tout son) chargeur|emptied (?:his|her|their|a) (?:magazine|clip|gun)|(?:sprayed|peppered|strafed|riddled|pumped)\b[^.;]{0,60}?\bwith (?:bullets|gunfire|rounds)|fired (?:into|through|towards|in the direction of)|criblee?s? (?:de |d')(?:[\w'-]+ ){0,3}?(?:d')?(?:balles|plombs|impacts|projectiles)|shooting(?! (?:range|club|stand|competition|practice|lesson)s?)|coups? de (?:feu|fusil)|(?:(?:des|les|plusieurs|deux|trois|quatre|cinq|six|quelques|nombreux|\d+)|(?:(?:des|les|de|d'autres|ces)\s+)?(?:nouveaux|violents|multiples|premiers|derniers|nombreux|intenses|autres|plusieurs))\s+tirs\b(?! de (?:mortiers?|feux d'artifice|sommation|lbd|flash-?balls?|grenades?|gaz|balles? en caoutchouc))|tirs? (?:d'arme|de kalach|a balles|contre|sur)|par des tirs(?! de (?:mortiers?|feux d'artifice))|ont tire(?! (?:un|des|deux|plusieurs) (?:coups?|tirs?) de (?:semonce|sommation))|a tire(?! (?:un|des|deux|plusieurs) (?:coups?|tirs?) de (?:semonce|sommation))|(?:a|ont) fait feu|ouvert le feu|rafales?|impacts? de (?:balles?|tirs?)|bullet (?:holes|impacts)|douilles|cartridge cases|spent (?:cases|cartridges|casings|shells)|fusillade|mitraill\w*|shot dead|shot and killed|gunned down|bullet marks|traces? de (?:balles?|tirs?)|took (?:a )?shots? at|shot at (?:the|a|an|(?:[\w'-]+ ){1,3}(?:prison|jail|penitentiary|detention centre|gates?|walls?))|balles? (?:a|ont) (?:touche|atteint|frappe|perce|traverse)|(?:touchee?s?|atteinte?s?|visee?s?|hit|struck) (?:par|by) (?:des|plusieurs|deux|trois|quelques|une|several|two|three|a few|a) (?:[\w'-]+ )?(?:balles|bullets|shots|projectiles d'arme)|abattue?s? (?:par balles?|de (?:\w+ )?balles)|tuee?s? par balles?)\b/g,
  },
  // Shots told from the target's side or by the weapon: "a été la cible de tirs", "came under fire", "was shot at",
  // "fired upon", "ont fait usage d'une arme à feu", "rounds were fired".
  {
    type: 'gunfire',
    name: 'gunfire.target',
    pattern:
      /\b(?:(?:cibles?|objet|victimes?) d(?:e |')(?:[\w'-]+ ){0,2}?(?:tirs?|coups de feu|rafales?)(?! de (?:mortiers?|feux d'artifice|fusees?|sommation|lanceurs?))|essuy\w* (?:[\w'-]+ ){0,2}?(?:tirs?|coups de feu|rafales?)(?! de (?:mortiers?|feux d'artifice|fusees?|sommation|lanceurs?))|came under (?:gun|heavy |automatic |sustained )?fire(?! (?:for|over|after|from (?:unions?|critics|the opposition|politicians|lawmakers|mps)))|(?:was|were|been|being|get|got) shot at|fired upon|shot up (?:the|a|an|his|her|their)|(?:fait|faisant|fais\w*) usage d'(?:une|leurs?|des|son|ses) armes? a feu|(?:bullets|rounds|cartridges) (?:were |had been |have been )?(?:fired|discharged|shot)|(?:balles?|cartouches?) (?:ont |a |avaient |avait )?(?:ete )?tirees?|(?:gun|pistol|rifle|weapon|firearm)s? (?:was |were )?discharged)\b/g,
  },
  // A blast, a "déflagration"; a gas bottle rigged to go off.
  {
    type: 'explosive',
    name: 'explosive.blast',
    pattern:
      /\b(?:(?:a|an|the|une|la|cette) (?:(?:powerful|violent|huge|loud|large|small|forte|violente|puissante|petite) )?(?:blast|deflagration)|(?:bonbonnes?|bouteilles?) de gaz\b[^.;]{0,60}?\b(?:reliee?s?|dispositif|mise a feu|detonateur|meche|minuteur)|gas (?:canisters?|cylinders?|bottles?)\b[^.;]{0,60}?\b(?:rigged|wired|fuse|detonator|timer|device))\b/g,
  },
  {
    type: 'explosive',
    pattern:
      /\b(?:(?<!\b(?:ces|these|those) )(?<!\b(?:situation|climat|contexte|ambiance|atmosphere|cocktail|melange|sujet|dossier|tension|climate|mix|etait|est|devient|reste|sont|is|was|remains|become|becoming|(?:tres|particulierement|potentiellement|very|highly|potentially)) )(?:explosives?|explosifs?)|explosion(?! (?:du|des|de la|of the|of) (?:phenomene|nombre|cas|trafics?|violences?|livraisons|number|cases|deliveries|violence))(?! (?:des|du|de la|de l'|in|of) (?!(?:an?|une?|d'une?)\b)[\w'-]+s\b)|exploded|(?<!tear gas |tear-gas |stun |smoke |flash )grenades?(?! (?:lacrymogenes?|de desencerclement|assourdissantes?|fumigenes?))|(?<!smoke |stink |alerte a la |alert a la |petrol |fire |gasoline |fire-)bombs?(?! (?:alert|threat|scare|hoax|squad|disposal|unit|experts?|technicians?|sniffer|detection)s?)|bombes?(?! (?:de peinture|fumigenes?|lacrymogenes?|incendiaires?|sur|on|en (?:lettres|rouge|noir|blanc)))|engin explosif|explose)\b/g,
    unless: /\b(?:alerte a la bombe|alertes a la bombe|bomb (?:alert|threat|scare|hoax)s?)\b/,
  },
  // Firework mortars and rockets fired at a prison: no explosive device, "other" (the corpus v2 guidelines; the first
  // gold set's one label that said "explosive" was corrected to them, see docs/extraction.md).
  {
    type: 'other',
    name: 'other.fireworks',
    pattern: new RegExp(
      String.raw`\b(?:mortiers? d'artifice|fireworks? mortars?|firework rockets?|(?:tirs?|salves?|rafales?|pluie) de (?:mortiers?|feux d'artifice|fusees|petards)|mortiers?(?= (?:[\w'-]+ ){0,3}(?:tires?|lances?|fired|launched))|mortars? (?:(?:were|was|had been) )?(?:fired|launched|aimed|set off|let off)|(?:fireworks?|feux d'artifice|fusees?|petards?|rockets?|engins? pyrotechniques?|pyrotechnic (?:devices?|projectiles?)) (?:[\w'-]+ ){0,4}?(?:tire\w*|lance\w*|fired|launched|aimed|set off|let off|vise\w*|visant|targeted|directed) (?:[\w'-]+ ){0,3}?${FIREWORKS_AT}|(?:fireworks?|firework) (?:attacks?|barrages?)|(?:fired|launched|set off|let off|tire\w*|lance\w*|aiming|aimed|visant) (?:[\w'-]+ ){0,3}?(?:fireworks?|feux d'artifice|fusees?(?: d'artifice)?|petards?|rockets?|mortiers?|mortars?) (?:[\w'-]+ ){0,3}?${FIREWORKS_AT}|(?:targeted|attacked|visee?s?|attaquee?s?|pris\w* pour cible|(?:la )?cible) (?:with|by|par|avec|a coups de|de) (?:des |de |several |a barrage of |a volley of )?(?:fireworks?|feux d'artifice|mortiers?|mortars?|fusees?|petards?|rockets?))`,
      'g',
    ),
  },
  // A member of staff seized or taken away ("tried to bundle the guard into their car", "tentative d'enlèvement d'un
  // surveillant", "attempted kidnapping"): none of the listed types, so "other" (the guidelines' list), when staff are named.
  {
    type: 'other',
    name: 'other.kidnapping',
    pattern:
      /\b(?:kidnap\w*|abduct\w*|tentative d'enlevement|(?:enlevement|rapt|sequestration) d(?:e |'|u )|(?:tente|tenterent|essaye|cherche) (?:de l'|d')enlever|(?:bundle|drag|force|push)(?:d|ed|s|ing)? (?:him|her|them|the (?:[\w'-]+ )?(?:guard|officer|warden)s?) into)\b/g,
    requires: STAFF,
  },
  // "ont braqué des lasers sur les miradors", "shone laser pointers at the watchtower": dazzling the officers on watch.
  {
    type: 'other',
    name: 'other.laser',
    pattern:
      /\b(?:lasers?|pointeurs? lasers?|laser pointers?)\b[^.;]{0,40}?\b(?:sur|vers|en direction d\w*|at|on|towards|into)\s+(?:les |le |la |l'|des |the |a )?(?:[\w'-]+ )?(?:miradors?|watchtowers?|surveillante?s?|agents?|guards?|officers?|prison|maison d'arret|centre penitentiaire|cours?|yard|eyes|yeux)\b|\b(?:braque\w*|pointe\w*|dirige\w*|shone|shining|pointed|pointing|aimed|aiming)\s+(?:des |un |de |a |an |the )?(?:lasers?|pointeurs? lasers?|laser pointers?)\b/g,
  },
  // A car driven into a gate, stones thrown at a prison: an attack with no fire, shot nor device ("other").
  {
    type: 'other',
    name: 'other.ramming',
    pattern:
      /\b(?:(?:rammed|crashed (?:into|through)|smashed (?:into|through)|drove (?:into|through))\s+(?:the|a|an)\s+(?:[\w'-]+\s+)?(?:gates?|doors?|entrance|barriers?|walls?|fences?)|(?:fonce|foncant|percute|percutant)\w*\s+(?:dans|contre)?\s*(?:le|la|l'|un|une)\s*(?:portail|porte|barriere|grille|mur|entree|sas)|voitures?[- ]beliers?|ram-raids?)\b/g,
  },
  {
    type: 'other',
    name: 'other.stones',
    pattern:
      /\b(?:(?:pierres?|cailloux|stones?|rocks?|parpaings?|bricks?|paves?)\b[^.;]{0,40}?\b(?:lancee?s?|jetee?s?|projetee?s?|thrown|hurled)\b[^.;]{0,20}?\b(?:contre|sur|vers|at|on|towards)|caillass\w*|jets? de (?:pierres|cailloux|paves)|pelted (?:[\w'-]+ ){0,3}?with (?:stones|rocks|bricks)|(?:threw|hurled|throwing|hurling|lancer|lancant|lance|jete|jetant)\w* (?:des |de |of |several |plusieurs )?(?:pierres|stones|rocks|cailloux|bricks|paves|projectiles|bouteilles|bottles|parpaings) (?:[\w'-]+ ){0,3}?(?:contre|sur|vers|at|on|towards))\b/g,
    // Stones thrown at the police or the firemen (during an arrest, a riot outside) are not an attack on the prison.
    unless: /\b(?:police\w*|policiers?|gendarmes?|pompiers?|firefighters?|firemen|crs|forces de l'ordre)\b/,
  },
  // The prison's own equipment damaged or sabotaged from outside: cameras, fences, the gate's motor ("other"). In a riot,
  // an escape or a break-in the damage is part of that act (`mergeConsequences`).
  {
    type: 'other',
    name: 'other.damage',
    pattern: new RegExp(
      String.raw`\b(?:degrad\w*|vandalis\w*|sabot\w*|endommag\w*|damag\w*|detrui\w*|destroy\w*|arrach\w*|smash\w*|tore down|torn down|(?:ont|a|avaient|avait) (?:coupe|cisaille|sectionne|decoupe|perce)|(?:cut|cut through|sliced through|cut holes? in)(?= (?:the |a |its |part of the )?(?:perimeter )?(?:fences?|grillages?|clotures?|wire))|mis hors (?:d'etat|service)|put out of action)\b[^.;]{0,60}?\b${FACILITY_EQUIPMENT}|\b${FACILITY_EQUIPMENT}[^.;]{0,60}?\b(?:(?:a|ont|avait|avaient) ete|was|were|had been) (?:[\w'-]+ )?(?:degrad\w*|vandalis\w*|sabot\w*|endommag\w*|damaged|sectionn\w*|cisaill\w*|severed|cut|detruit\w*|destroyed|arrache\w*|smashed|torn down|mise?s? hors (?:d'etat|service))`,
      'g',
    ),
    // A hospital's or a court's gate is no prison's (an escape from an escort smashing through it).
    unless: /\b(?:hospital|hopital|clinique|clinic|tribunal|court(?:house)?)\b/,
  },
  // A staff car or letterbox damaged without fire: tyres slashed, windows smashed, a car scratched ("other"). With a fire
  // or an attempt to start one, the damage is part of that act (`mergeConsequences`).
  {
    type: 'other',
    name: 'other.vandalism',
    pattern: new RegExp(
      String.raw`\b(?:pneus?|tyres?|tires?|roues?)\b[^.;]{0,50}?\b(?:creve\w*|lacere\w*|entaille\w*|perce\w*|slashed|punctured|let down)\b|\b(?:slash(?:ed|ing)?|punctur(?:ed|ing)|creve\w*|lacere\w*) (?:[\w'-]+ ){0,3}?(?:pneus?|tyres?|tires?)\b|\b${VEHICLE}\b[^.;]{0,60}?\b(?:vandalis\w*|degrade\w*|raye\w*|keyed|scratched)\b|\b(?:vitres?|pare-brise|windows?|windscreens?|windshields?)\b[^.;]{0,60}?\b(?:brise\w*|smashed|broken|casse\w*|fracass\w*|shattered)\b|\b(?:boites? aux lettres|letterbox(?:es)?|mailbox(?:es)?)\b[^.;]{0,30}?\b(?:forcee?s?|degradee?s?|arrachee?s?|vandalis\w*|damaged|smashed|brulee?s?)\b`,
      'g',
    ),
    requires: new RegExp(
      String.raw`\b${VEHICLE}\b|\b(?:boites? aux lettres|letterbox(?:es)?|mailbox(?:es)?|pneus?|tyres?|tires?)\b`,
    ),
  },
  {
    type: 'graffiti',
    pattern:
      /\b(?:graffiti|graffitis|tags?|tagged|tague(?:e|es|s)?|inscriptions?|inscrit\w*|apposee?s?|written (?:in|on|across) |(?:sigles?|lettres|letters|messages?|slogans?|words)\b[^.;]{0,80}?\b(?:sur|on|across) (?:le |la |les |l'|the |a )?(?:[\w'-]+ ){0,2}?(?:murs?|facades?|portails?|portes?|grilles?|sol|chaussee|trottoirs?|walls?|gates?|doors?|fences?|ground|pavement|road)|(?:a|ont|avait|avaient|has|have|had)\s+(?:[\w-]+ment\s+)?(?:trace|dessine|ecrit|inscrit|drawn|written|drew|wrote)\s+(?:[\w'-]+\s+){0,3}?(?:sigles?|lettres|initiales|acronymes?|symboles?|messages?|slogans?|mots?|letters|initials|acronyms?|symbols?|words)|(?:drew|wrote)\s+(?:[\w'-]+\s+){0,3}?(?:letters|initials|acronyms?|symbols?|messages?|slogans?|words)|painted|spray-painted|bombee?s? (?:sur|on|en)|sprayed(?! (?:[\w'-]+ ){0,12}?with (?:automatic |gun|bullets|rounds|fire))|scrawled|daubed|(?:drawn|etched|carved) (?:on|onto|into|across) (?:[\w'-]+ ){0,3}?(?:walls?|murs?|gates?|portails?|doors?|portes?|cars?|voitures?|vehicules?|facades?|fences?|grilles?)|peint\w*|(?:a|ont) ete trace(?:e|s|es)?|tracee?s? a la bombe|bombe de peinture|spray paint|written on|ecrit\w* (?:en rouge|en noir|sur|a la bombe|au marqueur))\b/g,
  },
  {
    type: 'threat',
    pattern:
      /\b(?:(?<!life-|non-|terror |terrorist )threat(?:s|ened|ening)?(?! level)(?!\s+(?:to\s+)?(?:[\w-]+ly\s+)?(?:the |its |their |our )?(?:safety|security|stability|order|future|running|functioning|integrity|peace)\b)|menac\w*(?! terroriste)(?!\s+(?:[\w-]+ment\s+)?(?:la |le |les |l')?(?:securite|surete|sante|stabilite|equilibre|ordre|avenir|fonctionnement|integrite|bon fonctionnement|serenite|paix)\b)(?! d'(?:un|une) (?:recours|intervention|sanction|greve|fermeture|expulsion|poursuites?|mouvement|blocage))|intimidat(?:ed|ing)|(?:acts? of |actes? d'|tentatives? d'|victimes? d'|the target of |la cible d')intimidations?|intimidations? (?:of|against|contre|envers|a l'encontre|de la part)|intimide\w*|alertes? a la bombe|bomb (?:alert|threat|scare|hoax)s?|fausses? alertes?|s'en (?:est|sont|etait|etaient) pris verbalement|verbal(?:ly)? (?:abuse\w*|threat\w*|attack\w*)|insulte\w* et menace\w*|(?:affiches?|tracts?|posters?|banderoles?|banners?|leaflets?|flyers?) (?:[\w'-]+ )?(?:hostiles?|menacant\w*|threatening|injurieu\w*|insultant\w*)|warn(?:ed|ing) (?:him|her|them|the (?:guards?|officers?|wardens?)) (?:to|that|not)|promis de (?:s'en prendre|tuer|se venger|(?:le|la|les) retrouver|(?:le|la|les) faire payer)|vowed (?:to (?:kill|attack|hurt|find)|revenge)|(?:said|saying|told (?:him|her|them|(?:an?|the|two) (?:[\w-]+ )?(?:guards?|officers?|wardens?|staff))|warn(?:ed|ing) (?:an?|the|two) (?:[\w-]+ )?(?:guards?|officers?|wardens?)|warning|disant|affirmant|lui (?:a )?dit|leur (?:a )?dit)\b[^.;]{0,50}?\b(?:would|will|allai(?:t|ent)|vont|va|allons) (?:be )?"?(?:harmed|hurt|killed|kill|attacked|targeted|find|track down|come for|get|se faire|tuer|retrouver|le payer|payer|pay for it))\b/g,
    outsideQuotes: true,
  },
  // A bullet in the post, a coffin drawn on a door: a threat told by what was sent or drawn.
  {
    type: 'threat',
    name: 'threat.object',
    pattern:
      /\b(?:(?:balles?|cartouches?|munitions?|bullets?|cartridges?)\b[^.;]{0,40}?\b(?:in the (?:post|mail)|by post|par (?:la poste|courrier)|dans (?:une|sa|la) (?:enveloppe|boite aux lettres|lettre)|in an envelope)|(?:recu|received|envoye\w*|sent) (?:une |a |des )?(?:balles?|bullets?|cartouches?)|cercueils?|coffins?)\b/g,
  },
  // A death message, reprisals promised, an officer shadowed home: a threat in other words.
  {
    type: 'threat',
    name: 'threat.words',
    pattern:
      /\b(?:(?:(?:fai\w*|fera\w*|va|vont|allait|allaient) (?:le |la |les |lui |leur )?payer)|(?:suivie?s?|filee?s?|pistee?s?|followed|tailed) (?:[\w'-]+ ){0,4}?(?:par|by) (?:une? |deux |trois |des |a |an |two |three )?(?:voitures?|vehicules?|motos?|scooters?|individus?|hommes?|inconnus?|cars?|vehicles?|motorbikes?|men|man|strangers?)|(?:le|la|les|vous|te|him|her|them|you) (?:retrouver\w*|find|get) (?:a (?:sa|ta|leur|la) sortie|dehors|outside|on the outside|when (?:he|she|i|you) (?:gets?|get) out)|(?:appels?|coups? de (?:fil|telephone)|lettres?|courriers?|messages?) anonymes?|anonymous (?:phone )?(?:calls?|letters?|messages?)|(?:messages?|mots?|lettres?|courriers?|notes?|sms|tags?|inscriptions?) de mort|death (?:messages?|notes?|letters?)|(?:promett\w*|promis|annon\w*|promising|promised|vowing|vowed) (?:des |de |d'|the )?(?:represailles|reprisals|revenge|vengeance)|pris\w* en filature|harcel\w*(?! (?:moral|sexuel))|(?<!sexual |sexually )harass\w*|stalk(?:ed|ing)|(?:suivie?s?|filee?s?) jusqu'(?:chez (?:lui|elle|eux)|a (?:son|sa|leur) (?:domicile|maison|voiture|vehicule|immeuble))|followed (?:[\w'-]+ ){0,3}?(?:home|to (?:his|her|their) (?:home|house|door|car)))\b/g,
    requires: STAFF,
  },
  // Someone watching a member of staff's home, or something left at its door: a threat by presence or by an object
  // ("a man stood outside the home ... filming it", "une tête de sanglier déposée devant son domicile"); not a car
  // left there, which is where a fire or damage happened.
  {
    type: 'threat',
    name: 'threat.at-home',
    pattern:
      /\b(?:film\w*|photograph\w*|stationn\w*|rod(?:e|ait|aient|ant)|fai(?:sai(?:t|ent)|t|saient) le guet|guett\w*|watch(?:ed|ing)|loiter\w*|lurk\w*|staked out|stood|waited|attendai(?:t|ent)|(?<!\b(?:a|ont|avait|avaient|had|has|have|he|she|they) )(?:deposee?s?|laissee?s?|left|placed|dumped|abandonnee?s?))\b[^.;]{0,60}?\b(?:devant|outside|in front of|on the doorstep of|sur le pas de (?:la )?porte d[eu']?|at the door of)\s+(?:le |la |son |sa |leur |the |his |her |their |l')?(?:[\w'-]+ )?(?:domicile|maison|home|house|door|pavillon|appartement|flat)\b/g,
    requires: STAFF,
    unless: new RegExp(String.raw`\b${VEHICLE}\b|\b${FIRE}`),
  },
  // "« Je connais ta voiture et ton adresse »", "'We'll take care of your family'": in quoted words to someone, his family,
  // his home or his car named in the second person is a threat (a quotation opens within the 120 characters before).
  {
    type: 'threat',
    name: 'threat.your-family',
    pattern:
      /"[^"]{0,120}?\b(?:(?:ta|tes|ton) (?:famille|femme|mari|enfants?|gosses|fille|fils|mere|adresse|voiture|maison|domicile|quartier)|your (?:family|wife|husband|kids|children|daughter|son|mother|address|car|house|home|street)|s'occuper de (?:toi|vous)|take care of you)\b/g,
    requires: STAFF,
  },
  // "On sait où tu habites", "we know where you live": a threat even when quoted, it is what was said.
  {
    type: 'threat',
    pattern:
      /\b(?:(?:on|je|nous) sai(?:s|t|ons) ou tu (?:habites|vis|dors)|(?:we|i) know where you (?:live|sleep)|(?:je|on|nous) (?:va|vais|vas|allons) (?:te|vous|t'|le|la|les) (?:tuer|crever|buter|bruler|egorger|planter|faire la peau)|te faire la peau|(?:i|we)(?:'ll| will|'re going to|'m going to| am going to| are going to) (?:kill|burn|stab|shoot) (?:you|your)|mort aux (?:matons|surveillants|gardiens|keufs)|death to (?:the )?(?:guards|screws|prison officers|wardens)|appel\w* au meurtre|incitations? au meurtre|calls? (?:to|for) (?:kill|murder))\b/g,
  },
  // "Les noms et adresses de surveillants ont été publiés", "photos of officers circulate online", "une vidéo a dévoilé le
  // nom et le visage d'un surveillant": staff named in public.
  {
    type: 'doxxing',
    name: 'doxxing.published',
    pattern:
      /\b(?:noms?|names?|adresses?|addresses?|identites?|identities|photos?|visages?|faces?|coordonnees|personal (?:details|information|data)|(?:donnees|informations) personnelles)\b[^.;]{0,90}?\b(?:published|posted|shared|leaked|circulat\w*|diffusee?s?|publiee?s?|divulguee?s?|circul\w*|mise?s? en ligne|jetee?s? en pature)\b|\b(?:(?:a|ont|avait|avaient|have|has|had) (?:[\w'-]+ )?(?:devoile|revele|divulgue|publie|diffuse|jete en pature|revealed|disclosed|published|posted|leaked|exposed)|(?:devoilant|revelant|divulguant|revealing|disclosing|exposing))\s+(?:les?\s+|la\s+|l'|leurs?\s+|ses\s+|son\s+|sa\s+|the\s+|his\s+|her\s+|their\s+)?(?:(?:full|real|vrai|veritable)\s+)?(?:noms?|names?|adresses?|addresses?|identites?|identity|identities|visages?|faces?|coordonnees)\b/g,
    requires: STAFF,
  },
  // Posters or leaflets naming staff put up in the street: "des affiches portant les noms de surveillants ont été collées".
  {
    type: 'doxxing',
    name: 'doxxing.posters',
    pattern:
      /\b(?:affiches?|affichettes?|tracts?|posters?|leaflets?|flyers?)\b[^.;]{0,60}?\b(?:noms?|names?|photos?|visages?|faces?|adresses?|addresses?)\b[^.;]{0,80}?\b(?:collee?s?|placardee?s?|apposee?s?|affichee?s?|distribuee?s?|stuck|put up|pasted|posted|plastered|handed out|distributed)\b/g,
    requires: STAFF,
  },
  // "après la diffusion de leurs données personnelles", "the leaking of their addresses": the act as a noun; "a video posted
  // online showed a guard ... zoomed in on his name": what was posted shows who he is.
  {
    type: 'doxxing',
    name: 'doxxing.noun',
    pattern:
      /\b(?:(?:diffusion|publication|divulgation|mise en ligne|fuite|leak(?:ing)?|posting|publishing|sharing|disclosure)(?:, [^,.;]{1,40},)? (?:de |des |d'|du |of )(?:leurs?\s+|ses\s+|sa\s+|son\s+|their\s+|his\s+|her\s+|the\s+)?(?:[\w'-]+\s+){0,2}?(?:noms?|names?|adresses?|addresses?|identites?|identities|photos?|coordonnees|donnees personnelles|informations personnelles|personal (?:details|data|information)|home addresses)|(?:videos?|clips?|posts?|messages?|photos?|images?) (?:was |were |a ete |ont ete )?(?:posted|published|shared|diffusee?s?|publiee?s?|mise?s? en ligne)\b[^.;]{0,140}?\b(?:his|her|their|son|sa|ses|leurs?) (?:full )?(?:names?|noms?|faces?|visages?|home|domicile|adresses?|addresses?|letterbox|boite aux lettres))\b/g,
    requires: STAFF,
  },
  // The guidelines' definition, whatever the order of its words: staff identities or addresses published. A clause with a
  // verb of publishing, a word of identity or address and a member of staff ("a diffusé la photo et l'adresse d'une
  // surveillante", "posted the home address of a guard").
  {
    type: 'doxxing',
    name: 'doxxing.definition',
    pattern:
      /\b(?:publish\w*|posted|posting|shared|sharing|leak\w*|disclos\w*|exposed|exposing|circulat\w*|diffus\w*|publi(?:e|ee|es|ees|ant|er|ait|aient)|divulgu\w*|devoil\w*|revel(?:e|ee|es|ees|ant|er)|mise?s? en ligne|mettant en ligne|jete\w* en pature)\b/g,
    requires:
      /^(?=[\s\S]*\b(?:noms?|names?|adresses?|address(?:es)?|identites?|identity|identities|coordonnees|donnees personnelles|informations personnelles|personal (?:details|data|information))\b)(?=[\s\S]*\b(?:surveillante?s?|agente?s?|gardiens?|guards?|officers?|wardens?|personnels?|staff)\b)/,
    unless:
      /\b(?:communiques?|statements?|press release|rapports?|reports?|tribunes?|lettres? ouvertes?|open letters?|petitions?)\b/,
  },
  {
    type: 'doxxing',
    pattern:
      /\b(?:doxx\w*|(?:names?|addresses?|adresses?|identites?|photos?) (?:and \w+ )?(?:of \w+ (?:officers?|guards?|staff) )?(?:were |ont ete |was |a ete )?(?:published|posted|shared|diffusee?s?|publiee?s?|divulguee?s?)|publie les (?:noms|adresses))\b/g,
  },
  {
    type: 'assault_on_staff',
    pattern:
      /\b(?:(?:wounded|wounding|injured|injuring|hurting|struck|hit|shoved|jostled|pushed|headbutted|kicked|punched|slashed) (?:the |two |three |four |several |a |an )?(?:prison )?(?:guards?|officers?|wardens?)|s'en (?:est|sont|etait|etaient) (?:[\w-]+ment )?pris (?!verbalement)(?:[\w'-]+ ){0,2}?a (?:[\w'-]+ ){0,2}?(?:surveillante?s?|agente?s?|gardiens?|personnels?)|s'en (?:prend|prennent|prenait|prenaient|prendre) (?:physiquement )?a (?:un|une|deux|trois|quatre|des|ses|leurs?|son|sa|plusieurs|l'un des) (?:[\w'-]+ )?(?:surveillante?s?|agents?|gardiens?|personnels?)|(?:renverse|percute|fauche|bouscule)\w* (?:un|une|deux|trois|des) (?:premiere?s? )?(?:surveillante?s?|agents?)|(?:surveillante?s?|agents?|gardiens?)\b[^.;]{0,40}?\b(?:ont ete|a ete) (?:[\w-]+ment )?(?:percute|fauche|renverse|bouscule)\w*|(?:percute|fauche|renverse)\w* volontairement|(?:volontairement|deliberement|intentionnellement|sciemment) (?:percute|fauche|renverse)\w*|(?:deliberately|intentionally|purposely) (?:hit|rammed|run over|ran over|run down|ran down|mown down|knocked down)|attacked (?:a|an|two|three|four|several|the) (?:prison )?(?:guards?|officers?|wardens?|staff)|attaque\w* (?:un|une|deux|trois|des|le|la|les|l'un des) (?:[\w'-]+ )?(?:surveillante?s?|agente?s?|gardiens?|personnels?)|(?:attacks?|assaults?) on (?:a|an|two|three|four|several|the|one of) (?:[\w'-]+ )?(?:prison )?(?:guards?|officers?|wardens?|staff)|(?:guards?|officers?|wardens?|warders?|surveillante?s?|agents?)\b[^.;]{0,50}?\b(?:(?:were|was|been) (?:deliberately |intentionally )?(?:hit|struck|run (?:over|down)|mown down|rammed) by (?:a|an|the) (?:car|vehicle|van|driver|motorist)|(?:ont ete|a ete) (?:volontairement )?(?:percute|renverse|fauche)\w* par (?:une|un|la|le) (?:voiture|vehicule|automobiliste|conducteur))|blesse\w* (?:un|une|deux|trois|des) (?:surveillante?s?|agents?)|(?:surveillante?s?|agente?s?|gardiens?|guards?|officers?|wardens?)(?: penitentiaires?)? (?:(?:legerement|grievement|gravement|serieusement|slightly|seriously|badly|lightly) )?(?:blessee?s?|injured|wounded)|blessee?s? (?:legers? |graves? )?parmi (?:les |le )?(?:surveillants|agents|personnels?|gardiens)|(?:surveillante?s?|agents?|gardiens?|guards?|officers?)\b[^.;]{0,60}?\b(?:ont ete|a ete|were|was|been) (?:grievement |gravement |legerement |serieusement |seriously |badly |severely |slightly |lightly |violently |physically )?(?:blesse\w*|wounded|injured|hurt|attaque\w*|attacked|agresse\w*|frappe\w*|poignarde\w*|stabbed|assaulted|beaten|punched|kicked|headbutted|set upon|slashed|pris en otage|prise? en otage|taken hostage|held hostage|rouee?s? de coups|passee?s? a tabac)|(?:tire|fait feu) sur (?:un |une |l'un des |deux |les |le |la )?(?:agents?|surveillante?s?|gardiens?)|shot (?:and (?:wounded|injured) )?(?:a|an|two|three|the) (?:prison )?(?:guards?|officers?)|blesse\w* par balles?|(?:threw|hurled|flung|thrown|hurl(?:ed)?|jete|lance|projete)\w* (?:[\w'-]+ ){1,3}?(?:at|sur|contre|au visage d[eu']?|a la figure d[eu']?) (?:a |an |the |two |three |un |une |le |la |les |l'|deux |trois )?(?:prison )?(?:guards?|officers?|wardens?|surveillante?s?|agente?s?))\b/g,
  },
  // A blow, a stabbing: an assault on staff when the clause names a member of staff ("un détenu a agressé un codétenu" is not).
  // So are shots at the officers the clause names ("ordered the officers to let him go, then fired at one of them"): a shot
  // at a person is an assault on that person as well as gunfire.
  {
    type: 'assault_on_staff',
    pattern:
      /\b(?:victimes? de (?:violences|coups|brutalites)|fired (?:at|on) (?:one of )?(?:them|him|her)\b|(?:a|ont|avait|avaient) (?:tire|fait feu) sur (?:l'une? d'(?:eux|elles)|lui|eux|elle)|(?:blesse\w*|hospitalise\w*|injured|hurt|hospitali[sz]ed|taken to hospital) (?:[\w']+ ){0,3}?(?:lors d'|apres |dans |au cours d'|in |after |during )(?:une |an? |the )?(?:altercation|bagarre|scuffle|rixe|echauffouree|fight|bousculade|corps-a-corps)|(?:attacked|set upon) by|attacked (?:him|her|them)\b|(?:broken|fractured) (?:jaw|nose|arm|wrist|ribs?|cheekbone)|attaquee?s? par|pris\w* a la gorge|(?:saisie?s?|attrape\w*|agrippe\w*|tire\w*) (?:a|au|par) (?:la gorge|le cou|les cheveux)|grabbed (?:\w+ )?by the (?:throat|neck|hair)|head-?butt\w*|violences? (?:volontaires? |physiques? )?(?:sur|contre|envers) (?:un|une|des|deux|trois|le|la|les|l'|son|sa|ses|leur)|stabbings?|knife attack|attaque au couteau|assaulted|agress\w*|stabbed|poignard\w*|frapp\w*|punched|beaten|rouee?s? de coups|passee?s? a tabac|coups? de poing|prise? d'otages?|pris en otage|taken hostage|hostage-taking|(?:pris|prise|prennent|prend|took|take|takes|taking|held|holding|retenu\w*|retiennent) (?:[\w'-]+ ){1,3}?(?:en otage|hostage)|sequestr\w*|gifl\w*|slapped|assen\w* (?:[\w'-]+ ){0,2}?coups?|rain(?:ed)? blows|set upon|(?:recu|received|took) (?:un |une |des |a |several )?(?:coups?|blows?|punch(?:es)?|kicks?)|crach\w*|spat (?:at|on)|jets? d'urine|prise?s? a partie|(?:was|were|been|got|being) (?:violently |repeatedly |badly )?(?:elbowed|choked|throttled|kneed|scalded|clawed|bloodied|pinned (?:down|against)|slammed (?:against|into|to)|thrown to the (?:ground|floor)|knocked (?:down|out|over|unconscious|to the (?:ground|floor))|(?:struck|hit) (?:with|over|in the|on the|across))|(?:struck|hit|attacked) by (?:an? |the |two |three )?(?:inmates?|prisoners?|detainees?)|knock\w* (?:[\w'-]+ ){1,3}?(?:unconscious|out cold|to the (?:ground|floor))|(?:broke|fractured|cass\w*|fractur\w*) (?:[\w'-]+ ){0,3}?(?:jaw|nose|cheekbone|ribs|teeth|nez|machoire|pommette|cotes|dents)\b|(?:ete|etait|etaient) (?:violemment )?(?:projetee?s?|plaquee?s?|jetee?s?|mise?s?) (?:au sol|a terre|contre (?:un|le|la) (?:mur|porte|grille)) par (?:un|une|le|la|des|deux|trois|l'un des) (?:[\w'-]+ )?(?:detenus?|prisonniers?|codetenus?)|taillad\w*|ebouillant\w*|griffe\w*|brulee?s? (?:au |a la |aux )(?:visage|bras|mains?|cou|tete)|(?:pousse|bouscule|projete)\w* violemment|violemment (?:pousse|bouscule|projete)\w*|pris\w* pour cible par (?:un|une|des|deux|trois|plusieurs) (?:[\w'-]+ )?(?:detenus?|prisonniers?|codetenus?)|(?:recu|received|took) (?:[\w'-]+ ){1,4}?(?:en pleine (?:figure|tete|face)|en plein visage|au visage|a la figure|sur la tete|in the face|to the head)|molest\w*|mordu\w*|bitten|coups? de (?:tete|pied|couteau|boule|genou)|lacere\w*|tabass\w*|knifed|lashed out|needed stitches|broken nose|nez casse|suffered (?:[\w-]+ ){0,2}injur\w*|(?:eau|huile) bouillante|boiling (?:water|oil)|asperge\w* (?:de|d') (?:gaz|eau|huile|acide|liquide)|hit (?:him|her|them) with|hit with (?:a|an)|blesse\w* (?:au |a la |a l')(?:visage|tete|bras|main|cou|oeil|couteau|arme)|bit (?:him|her|an?|the)|porte\w* (?:[\w'-]+ ){0,2}?coups?|(?:jete|jeta|lance|lanca|projete|balance)\w* (?:[\w'-]+ ){0,6}?(?:au visage|a la figure|a la tete|dans les yeux)|(?:threw|hurled|flung) (?:[\w'-]+ ){0,6}?(?:in(?:to)?|at) (?:[\w'-]+ ){0,2}?(?:face|head|eyes)|etrangl\w*|strangled|ligote\w*|baillonn\w*|tied (?:him|her|them|up)|bound and gagged|(?:a ete|ont ete|a|ont) violente\w*|roughed up|(?:drove|reversed|accelerated|swerved) (?:\w+ )?(?:into|at|towards) (?:them|him|her)|s'(?:est|sont|etait|etaient) jetee?s? sur|jumped on|lunged at|pounced on|(?:fonce|foncant) sur (?:eux|lui|elle|les agents|les surveillants))\b/g,
    requires: STAFF,
  },
  // A drone that flew, dropped or was found over a prison, not one that guards a convoy nor one seized at a pilot's home.
  {
    type: 'drone_drop',
    pattern: /\b(?:drones?)\b/g,
    unless:
      /\b(?:(?:n'a|n'ont|n'avait|n'avaient) (?:jamais |pas )(?:quitte le sol|decolle|pu decoller|eu le temps)|never (?:took off|left the ground|got off the ground|flew)|(?:did not|didn't|could not|couldn't) take off|before (?:its |the |their )?take-?off|avant (?:meme )?(?:le |son |leur )?decollage|avant d'avoir (?:pu )?decolle|would-be (?:drone )?pilots?|escort\w*|escorte\w*|helicopters?|helicopteres?|surveillance par drones?|anti-drones?|brouilleurs?|jammers?|perquisition\w*|search of (?:his|her|their) (?:home|flat|house)|(?:arrested|interpelle\w*) (?:at (?:his |her )?home|a son domicile|chez (?:lui|elle)))\b/,
  },
  // "plus vite qu'une projection", "faster than a throw-over": a comparison is no act; "projetée sur le capot" is a person.
  {
    type: 'projection',
    pattern:
      /\b(?:projections?|projete\w*(?=[^.;]{0,40}\b(?:par-dessus|au-dessus|mur|enceinte|cour|colis|paquets?|grillage)\b)|(?:threw|throw(?:s|ing|n)?|hurl(?:s|ed|ing)?|toss(?:es|ed|ing)?|lob(?:s|bed|bing)?|fl(?:ung|ings?|inging)) (?:[\w'-]+,? ){0,9}?(?:over (?:the|a) (?:prison |jail |perimeter |outer )?(?:walls?|fences?|perimeter)|into (?:the|a) (?:prison|jail|yard|exercise yard|courtyard))|(?:parcel|package) throw(?:ers?|ing)|(?:jets?|lancers?|lanceurs?|lancer|lancent|lancaient) (?:de |des |d'un |un |une |deux |trois |[\w'-]+ ){1,3}?(?:colis|paquets?)|(?:lance|jete|balance|envoye)\w* (?:[\w'-]+,? ){0,9}?par-dessus (?:le|la|les|l')|(?:lance|jete|balance|projete)\w* (?:[\w'-]+ ){0,4}?(?:dans|sur|vers|en direction d[eu']) (?:la |les |l')?(?:cours?|cour de promenade|cours de promenade|enceinte|detention|terrain de sport)\b|hurled over|catapult\w*|parcels? (?:were )?thrown)\b/g,
    // "the drones have replaced parcels thrown over the wall", "après les lancers, place aux drones": what came before, not an act;
    // a grenade, a firework, a petrol bomb or stones thrown into a yard are their own acts, not a delivery.
    unless:
      /\b(?:grenades?|explosi\w*|engins? (?:explosifs?|incendiaires?|pyrotechniques?)|molotov|petards?|mortiers?|mortars?|fireworks?|artifice|incendiar\w*|pierres?|stones?|rocks?|cailloux|(?:qu'une|qu'un|que les|than (?:a|the)) projections?|replac\w*|remplac\w*|instead of|au lieu d\w*|place aux|apres les (?:lancers|projections))\b/,
  },
  {
    type: 'intrusion',
    pattern:
      /\b(?:intrusion|intruders?|broke into|breach\w* (?:the|a) (?:[\w-]+ )?(?:fences?|walls?|perimeter|enceinte|grillage)|penetre\w*|s'(?:y |en )?introdui\w*|(?:se sont|s'est|s'etaient|s'etait|s'y sont|s'y est|s'y etai(?:en)?t) introdui\w*|(?:tried|attempted) to (?:get|break) into|forced (?:their way|entry)|forced (?:open )?(?:the|a) (?:gate|door|fence)|(?:force|defonce|enfonce|fracture)\w* (?:le|la|l'|un|une) (?:portail|porte|grillage|barriere|acces|entree)|cut (?:through|open) (?:the|a) (?:doors?|fences?|gates?|grille)|(?:trou|breche|ouverture|hole|gap|opening)\b[^.;]{0,60}?\b(?:decoupee?|pratiquee?|percee?|faite|cut|made|torn) (?:dans|in|into|through) (?:le|la|l'|the|a) (?:[\w'-]+ )?(?:grillage|cloture|mur|enceinte|fence|wall|perimeter)|(?:decoupe\w*|perce\w*|cut|made) (?:a hole|un trou|une breche|an opening|une ouverture) (?:in|dans|through)|(?:landed|posed) (?:a |an |the |their )?(?:[\w-]+ )?helicopter[^.;]{0,60}?\b(?:yard|courtyard|prison)|helicopt\w*[^.;]{0,80}?\b(?:landed|touched down|s'est pose\w*|atterri\w*|se pose))\b/g,
  },
  // Climbing a wall, crawling under a fence is an intrusion from outside; inmates climbing out are escaping.
  // "Franchir le mur" is left out: parcels and drones "franchissent le mur" as often as people do.
  {
    type: 'intrusion',
    name: 'intrusion.climb',
    // "une escalade des violences" is no climb: the verb, or the noun with the wall or fence climbed.
    pattern:
      /\b(?:scaled the (?:wall|fence)|(?:a|ont|avoir|apres avoir) escalade|escaladant|escalade (?:le|la|les|l'|un|une) (?:mur|enceinte|grillage|cloture|toit|portail|facade)|l'escalade d[eu] (?:mur|l'enceinte|grillage|la cloture)|(?:enjambe\w*|franchi\w*|faufile\w* (?:sous|a travers|par)|passe\w* sous|glisse\w* sous|climbed(?: over| up)?|crawled (?:under|through)|slipped (?:under|through)|cut (?:a hole in|through)) (?:le|la|les|l'|un|une|the|a) (?:[\w'-]+ )?(?:grillage|cloture|mur|enceinte|barbeles?|fil barbele|fences?|walls?|perimeter|barbed wire|razor wire))\b/g,
    unless: /\b(?:detenus?|inmates?|prisoners?|prisonniers?|evad\w*|escap\w*|fugitifs?|codetenus?)\b/,
  },
  {
    type: 'escape_attempt',
    pattern:
      /\b(?:tentative d'evasion|tentative de fuite|(?:dejoue\w*|deje\w*|empeche\w*|foiled|thwarted|prevented|stopped) (?:[\w']+ ){0,2}?(?:une |l'|un projet d'|an |the |a )?(?:\w+ )?(?:evasion|escape)|evasions? (?:(?:a|avait|ont) ete )?(?:dejouee|avortee|ratee|manquee)s?|(?:foiled|thwarted|failed) escape|attempted (?:to )?escape|tried to escape|escape attempt|failed escape|(?:voulu|tent(?:e|er|ait|aient|ant|erent)|essay(?:e|er|ait|aient|ant)|cherch(?:e|er|ait|aient|ant) a)(?: de| d')? ?(?:s'evader|fausser compagnie|se faire la belle)|(?:tried|attempted) to break out|(?:caught|surprise?) (?:trying|en train) (?:to|d'|de) (?:climb|scale|escalader|cut|saw|break|dig|scier|creuser|desceller)|(?:rattrape\w*|caught|recaptured) (?:par|by) (?:un |une |des |les |the |a |two |deux )?(?:surveillants?|agents?|guards?|officers?|staff))\b/g,
  },
  // Trying to flee is an escape attempt only for someone in custody, not for throwers or attackers fleeing the police.
  {
    type: 'escape_attempt',
    pattern:
      /\b(?:(?:voulu|tente de|essaye de|cherche a) (?:s'enfuir|s'echapper|prendre la fuite)|(?:tried|attempted) to (?:flee|get away|run off))\b/g,
    requires:
      /\b(?:detenue?s?|inmates?|prisoners?|prisonniers?|detainees?|escort\w*|escorte|menotte\w*|handcuff\w*|custody|extraction|fourgon|prison van|cellule|cell)\b/,
  },
  // An inmate caught climbing: "intercepté alors qu'il tentait d'escalader le mur", "stopped an inmate who was trying to
  // climb the wall". Someone outside climbing in to throw parcels is an intrusion, not an attempt.
  {
    type: 'escape_attempt',
    name: 'escape_attempt.climb',
    pattern:
      /\b(?:tent\w*|essay\w*|tried|trying|attempt(?:ed|ing)?) (?:de |d'|to )(?:escalader|franchir|sauter|enjamber|climb|scale|jump|get over)\b/g,
    requires: /\b(?:detenue?s?|inmates?|prisoners?|prisonniers?|detainees?)\b/,
    unless: /\b(?:colis|paquets?|parcels?|packages?|projections?|lanc\w*|throw\w*|threw)\b/,
  },
  // Not back from leave: "n'a pas regagné l'établissement à l'issue de sa permission", "on day release, failed to return".
  {
    type: 'escape',
    name: 'escape.not-returned',
    pattern:
      /\b(?:failed to return|did not return|didn't return|never returned|n'(?:a|avait|est|etait) (?:pas|jamais) (?:regagne|reintegre|rentre|revenu)\w*)\b/g,
    requires:
      /\b(?:permissions?|day release|home leave|leave|furlough|semi-liberte|placement a l'exterieur|work release|sortie)\b/,
  },
  // A tunnel dug out of a cell, bars sawn through: an attempt, unless the clause says they got out ("s'est évadé en
  // sciant les barreaux" is the escape and how).
  {
    type: 'escape_attempt',
    pattern:
      /\b(?:tunnel (?:creuse|dug)|(?:creuse\w*|dug|digging) (?:un |a )?tunnel|(?:scie\w*|sciant|sawe?d?|sawing)(?: through)? (?:les|des|ses|the|his|their|cell) (?:barreaux|bars))\b/g,
    unless:
      /\b(?:s'(?:est|etait) evadee?|(?:se sont|s'etaient) evadee?s|s'evadent|escaped|broke out|en fuite|on the run)\b/,
  },
  {
    type: 'escape',
    pattern:
      /\b(?:(?<!narrowly |barely |had a narrow )escaped(?! (?:unhurt|unharmed|uninjured|unscathed|injury|injuries|serious|death|the (?:flames|fire|blaze)|with (?:minor|light|slight|only) |with (?:his|her|their) lives?|without (?:injury|a scratch|harm)))|escapes?(?! (?:unhurt|unharmed|uninjured|injury|injuries|serious|death|routes?|doors?|hatch\w*|ladders?|stair\w*|exits?|rooms?|games?))|escaping(?! (?:injury|the (?:flames|fire|blaze)))|slipped (?:his|her|their) (?:escort|guards|minders|handcuffs)|sprung from|(?:was|were|been) sprung|(?:s'est|se sont|s'etait|s'etaient) soustraite?s? (?:a|au|aux) (?:la |sa |leur )?(?:surveillance|escorte|garde)|(?:n'est|ne sont|n'etait|n'etaient) pas (?:rentree?s?|revenue?s?) (?:de|a|en) (?:sa |son |leur |la |une )?(?:permission|detention|prison|l'etablissement|cellule)|free(?:d|ing)? (?:an |the |a |their )?(?:inmate|prisoner|detainee)|(?:inmate|prisoner|detainee|detenu|prisonnier)s? (?:a ete |ont ete |was |were )?(?:libere\w*|freed) par|liber\w* (?:un |le |leur |du )?(?:detenu|prisonnier)|(?!evad(?:e|ed|es|ing) (?:police|capture|detection|arrest|justice|taxes?))(?<!\b(?:l'|un |le |les |des |cet |ces |du |au |aux |d'un |notre |son |leur |ancien |anciens ))evade\w*|(?<!(?:tax|fiscal|fiscale|customs) )evasion|s'est evade|(?<!(?:unrest|riot|fire|violence|fighting|brawl|mutiny|revolt|protests?|trouble|blaze|war|disturbances?|incidents?|scuffles?|fights?) )broke out|slipped out|broke free|s'(?:est|sont) echappe\w*|(?:a|ont|avait|avaient) (?:[\w-]+ment )?echappe (?:a|aux) (?:la |sa |son |ses |leur |leurs )?(?:escortes?|surveillance|gardiens?|surveillants?|agents?|policiers|gendarmes)|fausse\w* compagnie|fai\w* la belle|fled (?:from )?(?:custody|the prison)|jail ?break|prison ?break|breakout|abscond\w*|exfiltre\w*|(?:went|gone|has gone) missing from (?:the|an?|his|her) (?:prison|jail|open prison|hospital|escort)|(?:ne s'est pas|ne se sont pas|ne s'etait pas) presentee?s? (?:a l'issue d'une|a l'issue de (?:sa|son|leur)|au retour de (?:sa|son|leur)|apres (?:sa|son|leur)) permission|n'a pas reintegre (?:la prison|l'etablissement|le centre|la maison d'arret|sa cellule)|failed to return (?:to (?:the )?(?:prison|jail)|from (?:his|her|their) (?:leave|day release|furlough|licence))|(?:slipped|got|broke) away from (?:his|her|their) (?:escort|guards|officers)|(?:landed|posed) (?:a |an |the |their )?(?:[\w-]+ )?helicopter[^.;]{0,60}?\b(?:yard|courtyard|prison)|helicopt\w*[^.;]{0,80}?\b(?:landed|touched down|s'est pose\w*|atterri\w*|se pose)[^.;]{0,60}?\b(?:yard|courtyard|cour|prison))\b/g,
    // "des cordes destinées à une évasion", "plotting an escape": a plan, not an escape.
    // "un détenu évadé a été repris jeudi", "qui s'était évadé ... a été rattrapé": the recapture, not the escape (told
    // before, and dated by its own words if at all), unless the clause tells the escape as news ("s'est évadé").
    unless: new RegExp(
      /\b(?:tentative d'evasion|(?:dejoue\w*|deje\w*|empeche\w*|foiled|thwarted|prevented|stopped) (?:[\w']+ ){0,2}?(?:une |l'|un projet d'|an |the |a )?(?:\w+ )?(?:evasion|escape)|evasions? (?:(?:a|avait|ont) ete )?(?:dejouee|avortee|ratee|manquee)s?|attempted (?:to )?escape|tried to escape|escape attempt|(?:tent|essay|cherch)\w* (?:de |a )?s'evader|recapture\w*|reinterpelle|arrete|destinee?s? a (?:une |son |leur |l')?evasion|en vue d'une evasion|projets? d'evasion|pour preparer (?:une|son|leur) evasion|(?:intended|meant|used) for (?:an|the|his|their) escape|escape plans?|plott?(?:ed|ing) (?:an|to|their|his) escape|planned (?:an|to|their|his) escape)\b/
        .source +
        String.raw`|^(?![\s\S]*\b(?:s'est|se sont) evade)(?![\s\S]*\bevadee?s? (?:(?:dans la nuit de |la nuit de |le |ce |hier )?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|soir|matin)\b|le \d|hier\b|avant-hier\b))[\s\S]*?\b(?:a|ont|avait|avaient) ete (?:repris|reprise?s?|rattrape\w*|reincarcere\w*|capture\w*|retrouve\w*|localise\w*|interpelle\w*|arrete\w*|apprehende\w*)\b` +
        // "The prisoner who escaped from X was arrested on Saturday": the arrest, unless the escape has a day of its own.
        String.raw`|^(?![\s\S]*\bescaped\b(?:(?!\b(?:was|were|has|have|had)\b)[^.;]){0,60}?\b(?:on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|last night|overnight|yesterday|this morning)\b)[\s\S]*?\b(?:was|were|has been|have been|had been) (?:re-?)?(?:arrested|caught|captured|apprehended|tracked down|located|picked up)\b`,
    ),
  },
  // Running off is an escape only for someone in custody: the attackers, a driver, a suspect who flee are not escaping;
  // an inmate who flees with them ("s'est enfui avec le commando", "fled with the attackers") is.
  {
    type: 'escape',
    name: 'escape.flight',
    pattern:
      /\b(?:walked (?:out of|away from)|(?:reussi|parvenue?s?) a (?:s'echapper|s'enfuir|prendre la fuite|se sauver)|ran off|ran away|run off|fled|took flight|s'(?:est|sont) enfuie?s?|a pris la fuite|ont pris la fuite|prend la fuite|prennent la fuite|(?:pour|afin de|de) (?:prendre la fuite|s'enfuir|s'echapper)|s'est sauve|en fuite|on the run|(?:en )?cavale)\b/g,
    requires:
      /\b(?:detenue?s?|inmates?|prisoners?|prisonniers?|detainees?|prevenue?s?|awaiting trial|on remand|escort\w*|escorte|menotte\w*|handcuff\w*|custody|extraction|fourgon|prison van|the van)\b/,
    unless:
      /\b(?:(?<!\b(?:avec|with|alongside|aux cotes d(?:es?|u)) (?:les |le |la |l'|ses |son |sa |leurs? |his |her |their |the |its )?(?:[\w'-]+ )?)(?:agresseurs?|assaillants?|attackers?|assailants?|gunmen|tireurs?|malfaiteurs?|suspects?|driver|conducteur|pilote?s?|lanceurs?|throwers?|commando|auteurs?|men on (?:a )?(?:scooter|motorbike))|tentative d'evasion|attempted (?:to )?escape|tried to escape|escape attempt|recapture\w*|rattrape\w*|caught)\b|\b(?:vers|dans|jusqu'a|jusque dans|to|into|towards|back to) (?:sa|son|la|le|leur|his|her|their|the|an?) (?:[\w'-]+ )?(?:cellules?|cells?|cour|yard|coursive|wing|landing|douches?|showers?|promenade|bureau|office|dortoir)\b/,
  },
  {
    type: 'transport_ambush',
    pattern:
      /\b(?:ambush\w*|embuscade|guet-apens|(?:prison |penitentiary )?(?:van|convoy|fourgon|transport) (?:was |were )?(?:attacked|rammed|fired on)|(?:escort|escorte|convoy|convoi|fourgon|prison van)\b[^.;]{0,60}?\b(?:was |were |a ete |ont ete )(?:attacked|attaquee?s?|rammed|percutee?s?|ambushed|fauchee?s?|prise? pour cible|targeted)|attaque (?:du|d'un|de l') (?:fourgon|convoi|escorte)|(?:a|ont) fauche l'escorte)\b/g,
  },
  // Shots at a prison van or an escort: "des coups de feu ont été tirés contre un fourgon", "gunmen opened fire on the
  // convoy", "le fourgon a essuyé des tirs", "the van came under fire".
  {
    type: 'transport_ambush',
    name: 'transport_ambush.shots',
    pattern: new RegExp(
      String.raw`\b(?:tire\w*|tirs?|coups de feu|rafales?|shots?|fired|firing|opened fire)\b[^.;]{0,40}?\b(?:contre|sur|vers|at|on|upon|into) (?:un |une |le |la |l'|a |an |the )?${ESCORT_VEHICLE}|\b${ESCORT_VEHICLE}\b[^.;]{0,60}?\b(?:(?:a|ont|avait|avaient) ete|was|were|had been) (?:la )?(?:vise\w*|cible\w*|targeted|shot at|fired (?:on|upon|at)|mitraill\w*|criblee?s?|riddled|sprayed)|\b${ESCORT_VEHICLE}\b[^.;]{0,60}?\b(?:(?:a|ont|avait|avaient) essuye (?:des |de |plusieurs |une )?(?:tirs?|coups de feu|rafales?)|(?:a|ont) ete pris\w* sous le feu|came under (?:gun)?fire|(?:was|were) hit by (?:gun)?fire)`,
      'g',
    ),
  },
  // A commando is an ambush only in a sentence about a transport.
  {
    type: 'transport_ambush',
    pattern: /\bcommando\b/g,
    requires: /\b(?:fourgon|escort\w*|escorte|convoy|convoi|extraction|transfer\w*|transf[eè]re\w*|van|peage|toll)\b/,
  },
  {
    type: 'riot',
    pattern:
      /\b(?:riots?|rioting|rioted|mutinerie|mutiny|mutine\w*|emeutes?|uprising|(?:disturbances?|troubles?|violences) (?:broke out|erupted|flared|(?:a|ont) eclate)|rampag\w*|barricaded themselves|se sont barricade\w*|retook (?:control of )?(?:the|a|part of)|regained control of|(?:ont|a|avaient) repris (?:le )?controle d[eu']|s'est barricade\w*|se sont retranche\w*|saccag\w*|ransack\w*|(?:took|taken|seized) (?:control of|over) (?:a|the|an|one|two) (?:wing|block|building|landing|yard)|(?:pris|prise|prennent|prenant) (?:le )?controle d'(?:un|une|le|la) (?:aile|batiment|quartier|coursive|cour))\b/g,
  },
  // Inmates who refuse to go back in: a riot when several do ("ont refusé de regagner leur cellule", "le refus collectif de
  // remonter"); one inmate who refuses ("un détenu a refusé de regagner sa cellule") is no riot.
  {
    type: 'riot',
    name: 'riot.refusal',
    pattern:
      /\brefus\w*(?: (?:\w+ )?de| d') (?:regagner|rejoindre|remonter|rentrer|reintegrer|quitter la cour|descendre)\b/g,
    requires:
      /\b(?:ont|avaient|auraient|ayant|refusent|refusaient|refuserent|refus collectif|detenus|prisonniers|mutins|groupes?|dizaines?|vingtaine|trentaine|quarantaine|cinquantaine|centaines?|plusieurs|\d+|ils)\b/,
  },
  {
    type: 'riot',
    name: 'riot.refusal',
    pattern: /\brefus(?:ed|ing|e) to (?:return|go back|come down|leave the (?:yard|exercise yard))\b/g,
    requires: /\b(?:inmates|prisoners|detainees|dozens|several|some|about|around|\d+|they|group)\b/,
  },
  {
    type: 'contraband_found',
    pattern: new RegExp(
      String.raw`\b(?:contraband|found (?:in|during) (?:a )?(?:cell|search)|decouvert\w* (?:en|dans) (?:cellule|la cellule)|telephones? (?:portables? )?(?:saisis|decouverts))\b|\b(?:saisi\w*|recupere\w*|found|recovered|seized|uncover\w*|turned up|unearth\w*|discover\w*|mis au jour|yield\w*|intercept\w*|decouvert\w*|decouvr\w*|trouve\w*|retrouve\w*|mis la main|mettre la main)\b[^.;]{0,80}?\b${PRISON_ITEMS}\b|\b${PRISON_ITEMS}\b[^.;]{0,60}?\b(?:saisi\w*|recupere\w*|found|recovered|seized|intercept\w*|decouvert\w*|decouvr\w*|trouve\w*|retrouve\w*|confisque\w*|confiscated|repere\w*|spotted|cache(?:e|es|s)?|dissimule\w*|hidden|concealed)\b`,
      'g',
    ),
    // "40.000 téléphones saisis dans les prisons françaises en 2024": a yearly total, not a find; phones seized in a
    // suspect's car or home, or the suspects' own phones, are evidence found outside the prison; so are phones someone
    // meant to drop or throw in ("the phones he meant to drop behind the walls were seized"): the guidelines' find is
    // in a prison, and these never got there.
    unless:
      /\b(?:(?:meant|intended|planned|hoped|was going|were going|was about|were about|was preparing|were preparing|was set|were set) to (?:drop|throw|fly|deliver|smuggle|send|lob|hurl|get)|(?:attempts?|bids?|efforts?|plots?|schemes?) to (?:smuggle|deliver|fly|sneak|bring|get|send) (?:in )?contraband|(?:qu'(?:il|ils|elle|elles) (?:comptai(?:t|ent)|voulai(?:t|ent)|devai(?:t|ent)|s'appretai(?:t|ent) a)) (?:larguer|projeter|lancer|jeter|livrer|faire (?:passer|entrer)|envoyer)|perquisition\w*|search(?:es)? of (?:his|her|their|the suspects?'?) (?:homes?|flats?|houses?|cars?)|au domicile|chez (?:lui|elle|eux|les suspects)|dans (?:le|la|sa|son|leur) (?:vehicule|voiture|coffre)|in (?:the|his|her|their) (?:car|vehicle|boot|trunk|home|flat|house)|(?:on|sur) (?:the|la) (?:back seat|rear seat|banquette)|(?:telephones?|phones?|portables?) (?:du|des|de la|of the) (?:suspects?|tireurs?|agresseurs?|assaillants?|victimes?|victims?|pilotes?|pilots?|passeurs?))\b|\b(?:en|in|depuis|since) (?:19|20)\d\d\b|\b(?:never (?:been )?(?:found|recovered|seized)|(?:jamais|pas) (?:ete )?(?:retrouv|trouv|saisi|recuper)\w*|nothing was found|rien n'a ete (?:trouve|decouvert|saisi))\b|\b(?:this year|cette annee|dans les prisons|in (?:french )?prisons|(?:depuis|since) (?:le debut|the (?:start|beginning)|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|january|february|march|april|may|june|july|august|september|october|november|december))\b/,
  },
  // "Un morceau de résine était attaché à l'appareil", "a phone taped to the drone": what a drone carried, recovered.
  {
    type: 'contraband_found',
    name: 'contraband.drone-load',
    pattern: new RegExp(
      String.raw`\b(?:${INSIDE_ITEMS}|${PRISON_ITEMS}|sachets?|bags?|resine de cannabis|cannabis resin)\b[^.;]{0,60}?\b(?:attache\w*|fixe\w*|accroche\w*|scotche\w*|suspendu\w*|arrime\w*|attached|taped|strapped|tied|hanging|fastened)\b[^.;]{0,30}?\b(?:drones?|appareil|engin|device|aircraft)\b|\b(?:drones?)\b[^.;]{0,60}?\b(?:charge|loaded|carrying|transportant|porteur|equipped with|with) (?:(?:de|d'|du|des|a|an|one|two|un|une|deux) )?(?:[\w'-]+ ){0,3}?${INSIDE_ITEMS.replace('(?:', '(?:resine|')}\b`,
      'g',
    ),
    // A loaded drone caught with its pilot outside the walls is the pilot's arrest, not a find inside.
    unless:
      /\b(?:interpell\w*|arrest\w*|(?:tele)?pilotes?|pilots?|perquisition\w*|au domicile|in (?:his|her|the) (?:car|home|flat))\b/,
  },
  // "À l'intérieur du paquet : un kilo de résine", "the parcel contained three phones": what a parcel or a drone's load held, told
  // after its drop or throw (not a container at a port, nor a car searched).
  {
    type: 'contraband_found',
    name: 'contraband.parcel-content',
    pattern: new RegExp(
      String.raw`\b(?:inside (?:was|were|it|the)|a l'interieur(?: du (?:colis|paquet|sac)| des (?:colis|paquets|sacs))?\s*:|contained|contenai(?:t|ent)|renfermai(?:t|ent)|dedans\s*:)[^.;]{0,60}?\b(?:${INSIDE_ITEMS}|${PRISON_ITEMS}|resine|herbe|cannabis resin)\b`,
      'g',
    ),
    requires:
      /\b(?:colis|paquets?|parcels?|packages?|sacs?|bags?|drones?|ballots?|chaussettes?|socks?|balles? de tennis|tennis balls?)\b|^\s*(?:inside|a l'interieur)\b/,
    unless:
      /\b(?:perquisition\w*|au domicile|douan\w*|customs|port (?:de|du|of)|conteneurs?|containers?|vehicule|voiture|coffre|car|vehicle|boot|trunk|cargaison|cargo|shipment|lorry|camion)\b/,
  },
  // Drugs, blades or explosives found: a find in a prison (a cell, a yard, a search of inmates), not at a port or in a car.
  {
    type: 'contraband_found',
    pattern: new RegExp(
      String.raw`\b(?:saisi\w*|recupere\w*|found|recovered|seized|uncover\w*|turned up|unearth\w*|discover\w*|mis au jour|yield\w*|stash of|smuggl\w*|(?:faire|fais\w*|fait|faisai\w*) (?:passer|entrer)|introduire|remett\w*|remis|transmett\w*|gliss\w*|hand(?:ed|ing)? over|passing|passed|decouvert\w*|decouvr\w*|trouve\w*|retrouve\w*|mis la main|confisque\w*|confiscated|transport(?:ait|aient|ant)|(?:en|in) possession (?:de|d'|of)|(?:was|were) carrying)\b[^.;]{0,80}?\b(?:${INSIDE_ITEMS}|${PRISON_ITEMS})\b|\b${INSIDE_ITEMS}\b[^.;]{0,50}?\b(?:saisi\w*|recupere\w*|found|recovered|seized|decouvert\w*|trouve\w*|retrouve\w*|confisque\w*|confiscated|intercept\w*|dissimule\w*|cache(?:e|es|s)?|hidden|concealed|detecte\w*|detected|flaire\w*|sniffed out)\b|\b(?:detecte\w*|detected|flaire\w*|sniffed out)\b[^.;]{0,40}?\b${INSIDE_ITEMS}\b|\b(?:en possession d'|in possession of|caught with|surprise? avec|pris\w* en flagrant delit (?:avec|de))[^.;]{0,40}?\b(?:${INSIDE_ITEMS}|${PRISON_ITEMS})\b`,
      'g',
    ),
    requires: INSIDE_PRISON,
    unless:
      /\b(?:perquisition\w*|search(?:es)? of (?:his|her|their|the suspects?'?) (?:homes?|flats?|houses?|cars?)|au domicile|chez (?:lui|elle|eux)|(?:dans|in|sous|under) (?:le|la|sa|son|leur|the|his|her|their|a|une?) (?:[\w'-]+ )?(?:vehicule|voiture|coffre|car|vehicle|boot|trunk|home|flat|house|port|conteneur|container)|(?:on|sur) (?:the|la|le) (?:back seat|rear seat|passenger seat|banquette|siege)|pulled over|controle routier|traffic stop|douan\w*|customs|port (?:de|du|of)|never (?:been )?(?:found|recovered|seized)|(?:jamais|pas) (?:ete )?(?:retrouv|trouv|saisi|recuper)\w*|rien n'a ete (?:trouve|decouvert|saisi)|nothing was found)\b|\b(?:en|in|depuis|since) (?:19|20)\d\d\b|\b(?:this year|cette annee|dans les prisons|in (?:french )?prisons|trimestre|quarter|par an|per year|chaque (?:annee|mois))\b/,
  },
];

interface TargetRule {
  kind: TargetKind;
  pattern: RegExp;
}
const TARGET_RULES: TargetRule[] = [
  {
    kind: 'staff_home',
    pattern:
      /\b(?:home(?! address| details| phone)|homes(?! address)|house|maisons?(?! d'arret| centrale)|villa|habitation|ou (?:vit|vivent|habite|habitent)|ou (?:il|elle|ils|elles) (?:vit|vivent|habite\w*|reside\w*|demeure\w*)|domicile|residence|apartment|immeuble|pavillon|appartement|block of flats|cage d'escalier|hall d'immeuble|where (?:he|she) lives|where (?:[\w'-]+ ){1,8}lives|boites? aux lettres|letterbox(?:es)?|mailbox(?:es)?)\b/g,
  },
  { kind: 'staff_vehicle', pattern: new RegExp(String.raw`\b${VEHICLE}\b`, 'g') },
  { kind: 'transport', pattern: /\b(?:transport|convoy|convoi|fourgon|extraction|escort\w*|prison van)\b/g },
  { kind: 'training_school', pattern: /\b(?:enap|school|ecole|trainees|eleves)\b/g },
  { kind: 'court', pattern: /\b(?:courthouse|court|tribunal|palais de justice)\b/g },
  {
    kind: 'staff_person',
    pattern:
      /\b(?:(?:prison )?officers?|guards?|wardens?|surveillante?s?|agents?|personnel|staff member|directeur|director|employee)\b[^.;]{0,40}\b(?:threat\w*|menac\w*|assault\w*|agress\w*|attacked|stabbed|frapp\w*|injured|blesse\w*|followed|suivi|percute\w*|fauche\w*|renverse\w*|bouscule\w*|pris verbalement)|\b(?:threat\w*|menac\w*|agress\w*|assaulted|attacked|shoved|jostled|tire sur|fait feu sur|shot)\b[^.;]{0,30}\b(?:officers?|guards?|surveillante?s?|agents?|director|directeur)\b/g,
  },
  {
    kind: 'facility',
    pattern:
      /\b(?:gate|gates|entrance|entree|porte|portail|wall|walls|mur|enceinte|facade|watchtower|mirador|perimeter|fence|grillage|guardhouse|gatehouse|poste de garde|parloir|cour de promenade|exercise yard)\b/g,
  },
];

const WEAPON_PATTERN =
  /\b(?:kalachnikovs?|kalashnikovs?|ak-47s?|military-grade weapons?|automatic (?:weapons?|rifles?)|assault rifles?|armes? (?:de guerre|automatiques?)|fusils? d'assaut|fusils? a pompe|shotguns?|pistols?|handguns?|revolvers?|molotov cocktails?|cocktails? molotov|jerricans?|fuel cans?|petrol cans?|bidons? d'essence|accelerants?|liquide inflammable|explosive devices?|engins? explosifs?|engins? incendiaires?|incendiary devices?|grenades?|mortiers? d'artifice|fireworks? mortars?|knife|knives|couteaux?|machetes?)\b/g;

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
