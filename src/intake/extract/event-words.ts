/**
 * The words of acts and of their setting, folded (no accents, lower case), as regular-expression sources or
 * expressions: what a fire, a vehicle, an attempt, a negation, a recalled or hypothetical act look like in French and
 * English. `event-rules.ts` builds the rules of each event type from them; `events.ts` reads clauses with both.
 */
import type { EventType } from '../../core/shared/taxonomy.ts';

/**
 * Any vehicle, whatever the make or the number of wheels ("une Clio", "un utilitaire", "un deux-roues", "a lorry": the
 * guidelines' `vehicle_arson` is "any vehicle"); not "the vehicle gate", "le sas véhicules".
 */
export const VEHICLE = String.raw`(?:cars?|vehicles?|voitures?|vehicules?|scooters?|vans?|camionnettes?|motos?|motorbikes?|motorcycles?|motocyclettes?|mopeds?|cyclomoteurs?|mobylettes?|deux-roues|quads?|camions?|poids lourds?|lorr(?:y|ies)|bus|autocars?|caravanes?|caravans?|pick-?ups?|autos?|trucks?|utilitaires?|berlines?|fourgonnettes?|citadines?|4x4|suvs?|camping-cars?|peugeot|renault|citroen|clio|twingo|megane|dacia|sandero|fiat|opel|ford|audi|bmw|mercedes|volkswagen|golf|polo|toyota|nissan|kia|hyundai|tesla|skoda|seat)(?! (?:gate|entrance|airlock|access|door)s?\b)`;
export const FIRE = String.raw`(?:arsonists?|gutted|blazes?|engulf\w*|parti\w* en fumee|went up in smoke|(?:mise?s?|mettre|met|mets|mettent|mettait|mettaient|mettant|mettra|mettront|boute\w*) le feu|set fire|(?<!(?:open(?:ed|s)?|automatic|return(?:ed)?|under|cease) )set on fire|(?<!(?:under|open(?:ed|s|ing)?|return(?:ed|ing)?|cease) )fires?(?!\w)(?! (?:at|on) (?:the|a|an|them|him|police|officers?|guards?)\b)|ablaze|(?:detruit|ravage|endommage|touche|atteint)\w* par (?:le feu|les flammes|un incendie|(?:la )?propagation)|propagation des flammes|torched|torching|burn(?:ed|t|ing|s)?|incendi\w*|brul\w*|en feu|flammes|flames|embrase\w*|ignited|set alight|alight|calcine\w*|reduite?s? en cendres|reduced to (?:ashes|cinders)|flamb(?:e|ee|ees|es|ait|aient|ent))`;
/** "did not catch fire", "le feu n'a pas pris", "la voiture n'a pas pris feu": a fire that never started. */
export const NOT_LIT = String.raw`(?:(?:did not|didn't|never|failed to) (?:catch fire|ignite|take hold)|le feu n'a pas pris|n'(?:a|ont|avait|avaient) (?:[\w-]+ment )?pas (?:[\w-]+ment )?pris feu|sans (?:prendre|avoir pris) feu|(?:ne s'est|ne se sont) pas (?:enflamme|embrase)\w*)`;
export const ATTEMPT = String.raw`(?:attempt\w*|tried|trying|tent(?:e|ee|ative|erent|aient|ait)\w*|failed)`;

export const HYPOTHETICAL =
  /\b(?:could have|might have|would have|may have been|(?:peu(?:t|vent)|pourrai(?:t|ent)|puisse(?:nt)?|could|can|might|may) (?:[\w'-]+ ){0,2}?(?:s'evader|s'enfuir|s'echapper|escape|break out|flee)|aurai(?:t|ent) pu|pourrai(?:t|ent) (?:etre|avoir)|si (?:les |le |la |l'|un |une |des )?[\w-]+ (?:avai(?:t|ent)|etai(?:t|ent)|venai(?:t|ent) a|pouvai(?:t|ent)|devai(?:t|ent))|(?:if|should) (?:the |a |an )?[\w-]+ (?:were|was|ever) to|if (?:the |a |an )?[\w-]+ had|aucun(?:e)? [\w-]+ n'(?:a|avait|ont|avaient) (?:ete )?(?:signale|constate|releve|commis|recense|confirme)e?s?|no [\w-]+ (?:was|were|had been|has been|have been) (?:reported|recorded|found|confirmed)|n'(?:a|avait) (?:jamais )?ete (?:signale|menace|vise|attaque)e?s?|(?:was|were|had) never been (?:threatened|targeted|attacked)|sans qu'aucun|avant (?:meme )?d'avoir|(?:ont|a|avaient|avait) craint|craignai(?:t|ent)|feared|redout\w*|(?:la |une )?peur (?:d'etre|de se faire|d'une? |de nouve\w*|que)|(?:afraid|fear|fears|scared) (?:of being|of getting|to be|that)|(?:la |une )?crainte (?:d'etre|de se faire|d'une? |de nouve\w*|que)|nie\w* (?:avoir|les faits|que)|den(?:y|ies|ied) (?:having|any)|den(?:y|ies|ied)\b[^.;,]{0,25}?\bthat|(?:a|ont|avait) dementi que|dement\w* (?:toute?|tout|les|l'|la|le|avoir)|dementi\w*|(?:avai(?:t|ent) prevu|prevoyai(?:t|ent)|comptai(?:t|ent)|esperai(?:t|ent)|voulai(?:t|ent)) (?:de |d'|s')|(?:intended|hoped|had planned|was hoping|were hoping|wanted) to|preparai(?:t|ent)|s'appretai(?:t|ent)|was (?:preparing|about) to|were (?:preparing|about) to|before (?:they|he|she|it) (?:could|had time to|managed to)|avant qu'(?:ils|il|elles?) (?:ne )?(?:puisse|puissent|ai(?:t|ent) pu)|(?:determiner|savoir|verifier|etablir|preciser) si|(?:determine|establish|find out|see|check|know|ascertain) (?:whether|if)|(?:se |me |nous |vous )?demand(?:e|es|ait|aient|ent|ons|ez|ant|aient) (?:[\w'-]+ ){0,2}?si|ignor(?:e|ent|ait|aient|ons) (?:encore )?si|wonder(?:s|ed|ing)? (?:[\w'-]+ ){0,2}?(?:whether|if)|ask(?:s|ed|ing)? (?:themselves |himself |herself |ourselves )?(?:whether|if)|(?:unclear|not (?:yet )?(?:known|clear)|unknown) (?:whether|if)|en cas d'|in (?:case|the event) of|pour (?:prevenir|eviter|empecher|dissuader)|to (?:prevent|deter|avoid|stop) (?:further |future |new )?|plann?(?:ed|ing) to|plott?(?:ed|ing) to|projetai(?:t|ent) de|envisageai(?:t|ent) de|craign\w* (?:de nouve\w*|une nouvelle|un nouvel|d'autres|que)|fears? (?:of )?(?:another|new|more|further|a repeat)|simul(?:ant|ations?|ee?s?|ated?|ating)|(?:security|evacuation|fire) drill|exercices? (?:de securite|d'evacuation|de simulation|d'evasion|d'intrusion|anti-intrusion)|(?:escape|intrusion) (?:drill|exercise)s?)\b/;
/** "deux mois après l'attaque de", "years after the riot", "il y a trois ans": an act recalled, not reported. */
export const RECALLED =
  /\b(?:(?:\d+|un|une|deux|trois|quatre|cinq|six|quelques|plusieurs|a|one|two|three|four|five|six|several|a few)\s+(?:mois|ans|annees|months|years)\s+(?:apres|after|plus tot|earlier|ago|auparavant)|il y a (?:\w+\s+)?(?:mois|ans|annees)|(?:l'an|l'annee) (?:dernier|derniere|passee?)|last year|(?:had|avai(?:t|ent)) (?:(?:been|ete) )?(?:recently|recemment)|(?:once|twice|three times|several times|many times) before|deja (?:[\w'-]+ )?(?:evade|enfui)\w*|(?:recently|recemment) (?:been|ete)|(?:l'|cet |ce )(?:ete|hiver|printemps|automne) dernier|last (?:summer|winter|spring|autumn|fall|month)|le mois dernier|(?:en|in) (?:19|20)\d\d\b|(?:evasion|escape|mutinerie|riot|attaque|attack|agression|assault|incendie|fire|tirs|shooting)s? (?:[\w'-]+ )?(?:de|of) (?:19|20)\d\d\b|\bthe (?:19|20)\d\d (?:escape|riot|attack|assault|fire|shooting|breakout)s?\b|minute(?:'s| of| de) silence|marche blanche|in memory of|en memoire d\w*|hommage a|tribute to|funerals?|obseques|commemor\w*)\b/;
/**
 * "plusieurs incendies et tentatives d'agressions", "a series of attacks", "Au total, 21 véhicules ont été incendiés" (a clause that opens on a
 * total; "352 grammes au total" is one find): a summary of acts reported elsewhere, not one act.
 */
export const SUMMARY =
  /\b(?:plusieurs|several|multiple|de nombreu\w*|numerous|une serie d'|a series of|a string of|(?:une|la|cette) vague d'|(?:a|the|this) (?:wave|spate) of|(?:a|one|two|three|several) (?:weeks?|nights?|months?) of|(?:une|deux|trois|plusieurs) (?:semaines?|nuits?|mois) d')\s*(?:[\w'-]+\s+)?(?:incendies|attaques|agressions|attacks|fires|arson|assaults|shootings|incidents|faits|actes|violences|menaces|threats)\b|^\s*(?:au total|en tout|in total|in all|altogether)\b/;
/**
 * "les projections seraient quotidiennes", "it happens almost every night", "les agressions répétées", "until now they
 * mainly threw": a habit, not one act; so is what is said of acts in general ("les stupéfiants circulent d'ordinaire via
 * les projections", "visiting rooms remain one of the main routes for smuggling, alongside parcels thrown over the walls").
 */
export const HABITUAL =
  /\b(?:(?:quand|lorsqu'|lorsque|chaque fois qu'|a chaque fois qu'|whenever|when|every time)\s*(?:il y a|there (?:is|are|'s)) |in recent (?:months|years)|ces derni(?:ers|eres) (?:mois|annees)|depuis (?:des|plusieurs|quelques) (?:mois|annees)|for (?:months|years)|over the (?:past|last) (?:few )?(?:months|years)|quotidien\w*|repetee?s|repeated|recurrent\w*|a repetition|chaque (?:jour|nuit|semaine)|tous les jours|toutes les nuits|presque tous les|every (?:day|night|week)|daily|nightly|almost every|until now|up to now|jusqu'ici|jusqu'a present|jusque-la|usually|habituellement|d'habitude|generalement|generally|traditionally|d'ordinaire|ordinairement|en temps normal|rarement|rarely|seldom|typically|commonly|(?:one of the|l'une des|l'un des) (?:main|principal|usual|most common|principales?|principaux) |(?:main|principal|usual) (?:routes?|channels?|ways?) (?:for|of|into)|(?:principales?|grandes?) (?:voies|filieres|portes) d'entree|se multipli\w*|(?:are|were) multiplying|on the rise|de plus en plus|increasingly|more and more|more (?:frequent|common)|plus (?:frequent|nombreu)\w*)\b/;
/**
 * "Les agressions ont augmenté de 10 %", "the number of assaults", "40 guards assaulted since January": a statistic.
 * The gap between the count and "depuis janvier" is bounded: unbounded (`[^.;]*`), each count of a clause
 * with no stop scanned to its end, and a 1 MB clause took 10 s instead of 1 (tests: extraction-pool).
 */
export const STATISTIC =
  /\b(?:(?:le|du|au) nombre d(?:e |')|the number of|\d+(?:[.,]\d+)? ?(?:%|per ?cent)|(?:ont|a) (?:augmente|baisse|double|diminue|progresse)|(?:rose|fell|increased|decreased|doubled|climbed) by)\b|\b(?:depuis|since) (?:le debut de l'annee|the (?:start|beginning) of (?:the |this )?year|(?:le mois de )?(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|january|february|march|april|may|june|july|august|september|october|november|december))\b(?! \d)[^.;]{0,240}\b\d+ |\b\d+ [^.;]{0,240}\b(?:depuis|since) (?:le debut de l'annee|the (?:start|beginning) of (?:the |this )?year|janvier|january)\b/;

/**
 * ", where ...", ", où ...", ", qui ...": a relative clause, which tells of something else than the act before it; so
 * does a consequence told in a participle (", raising fears of more assaults", ", faisant craindre de nouvelles
 * violences"): its fear is of acts to come, not of the one before it. So does an apposition that puts the act in a
 * series (", in the latest of a string of attacks", ", le dernier d'une série d'incendies", ", après plusieurs menaces").
 */
export const RELATIVE_CLAUSE =
  /,\s*(?:where|which|whose|ou|dont|lorsque|alors que|when|raising|sparking|prompting|fuell?ing|stoking|reviving|faisant|laissant|suscitant|ravivant|alimentant|(?:in |as )?(?:the )?latest|(?:le |la )?derni(?:er|ere)|after|apres|amid|sur fond d)\b/;
/**
 * "slipped away from his escort just as he was about to get back into the van": a clause of time opened after the act,
 * with a subject of its own, tells what was going on, not whether the act happened.
 */
export const TIME_CLAUSE =
  /\s(?:just as|as soon as|au moment ou|juste (?:avant|apres) qu'|alors qu'|tandis qu')\s*(?:he|she|they|il|elle|ils|elles)\b/;
export const RELATIVE_CLAUSE_AFTER = new RegExp(`${RELATIVE_CLAUSE.source}|${TIME_CLAUSE.source}`, 'g');
/** The people an assault on staff hits: without one in the clause, a blow is not an assault on staff. */
export const STAFF =
  /\b(?:surveillante?s?|agente?s?|gardiens?|guards?|officers?|wardens?|warders?|personnels?|staff|directeur\w*|directrice|director|employees?|fonctionnaires?|colleagues?|collegues?|lieutenant|capitaine|educat\w*|infirmi\w*|nurses?|cpips?|conseill(?:ere?s?|ers?) (?:penitentiaires?|d'insertion)|gradee?s?|brigadiers?(?:-chefs?)?|commandant|chef(?:fe)?s? (?:de detention|de batiment|d'etablissement|de service|de coursive)|moniteurs?|monitrices?|format(?:eur|rice)s?|enseignante?s?|professeure?s?|teachers?|instructors?|psychologues?|psychologists?|aumoniers?|chaplains?|matons?|screws|jailers?|gaolers?|prison workers?)\b/;
export const NEGATION =
  /\b(?:no|aucune?|pas de|pas d'|pas eu de|pas eu d'|jamais de|jamais d'|sans|without|not a|never an?|ni|nor|neither)\s*$/;
/** "n'a pas été frappé", "n'avaient jamais été visés", "n'ont trouvé ni téléphone ni drogue": the verb denied. */
export const VERB_NEGATION =
  /\bn'(?:a|ont|avait|avaient|est|sont|etait|etaient)\s+(?:pas|jamais|plus|guere)\s+(?:ete\s+|eu\s+)?$/;
export const NEITHER_AFTER = /^[\w'-]+\s+ni\b/;
/**
 * An act's noun that qualifies the noun after it ("riot police", "riot gear", "fire crews", "assault rifles") names a
 * force or gear, and one after "anti-" ("anti-émeute", "anti-escape netting") what gear is for: no act either way.
 * Structure, not vocabulary: a single word of an act rule, followed by the head noun of an English compound.
 */
export const COMPOUND_HEAD_AFTER =
  /^\s+(?:police|gear|squads?|shields?|control|vans?|units?|officers?|teams?|helmets?|batons?|training|drills?|alarms?|extinguishers?|doors?|exits?|department|services?|engines?|stations?|crews?|safety|fighters?|trucks?|netting|nets?|rifles?|weapons?|range)\b/;
export const ANTI_BEFORE = /\banti-?\s?$/;
/**
 * An act in an infinitive of purpose or readiness ("onze colis prêts à être projetés", "recrute des jeunes pour projeter
 * des colis", "parcels ready to be thrown", "in order to smuggle"): what is meant to happen, not what happened.
 */
export const ATTEMPT_START = new RegExp(`^${ATTEMPT}`);
/** "des colis prêts à être lancés" read as one match from the noun: the readiness inside it. */
export const READY_INSIDE = /\b(?:pretes?|prets?|destinee?s?|ready|about|set)\s+(?:a|to)\s+(?:etre|be)\s+\w/;
/** "a profité des travaux pour franchir le mur", "il lui a fallu dix minutes pour", "used a ladder to": the purpose was met. */
export const MEANS_USED =
  /\b(?:profit\w*|fallu|suffi\w*|utilis\w*|servi\w*|took advantage|used|using|managed)\b[^.;]{0,70}$/;
export const UNREALISED_BEFORE =
  /\b(?:pour|afin d[e']|pretes?|prets?|destinee?s?|ready|in order|so as|about|set)\s+(?:a\s+|to\s+)?(?:etre\s+|be\s+)?(?:[a-z]+ment\s+)?$/;
/**
 * "parlait depuis des semaines de s'évader", "had talked of escaping", "rêvait de s'en prendre à": an act in the
 * infinitive (or gerund) after a verb of speech or dream is what someone said or wished, not what he did.
 */
export const SPOKEN_OF_BEFORE =
  /\b(?:parl(?:e|es|ait|aient|ent|er|ant|e)|evoqu(?:e|ait|aient|ant)|envisag(?:e|eait|eaient|eant)|rev(?:e|ait|aient|ant)|song(?:e|eait|eaient)|talk(?:s|ed|ing)?|spoke|speak(?:s|ing)?|dream(?:s|ed|t|ing)?|boast(?:s|ed|ing)?)\b[^.;]{0,35}?\b(?:de|d'|a|of|about)\s*(?:s'|se\s+|en\s+|s'en\s+)?$/;
/**
 * "n'a pas pu distinguer ces détonations de tirs d'arme à feu", "it sounded like gunshots", "pris pour des coups de feu":
 * an act named to compare, not one that happened.
 */
export const COMPARISON =
  /\b(?:distingu(?:er|ish|e|es)|confond\w*|confused with|mistaken for|mistook (?:[\w'-]+ ){1,3}for|pris pour|prises pour|sound(?:ed|ing|s)? like|look(?:ed|ing|s)? like|ressembl\w*|rather than|plutot que)\b[^.;]{0,45}$|\b(?:comme (?:des|si)|as if|as though)\b[^.;,]{0,15}$/;
/**
 * "les surveillants manifestent contre les agressions", "protesting against the threats", "la lutte contre les projections":
 * acts in general, named as what a protest or a demand is against, not one act (a plural after "against" or "a rise in");
 * "FO dénonce les tirs contre la prison de X dans la nuit du..." names one act, and is read.
 */
export const GENERIC_CAUSE =
  /\b(?:pour (?:denoncer|protester contre|reclamer|alerter sur)|to (?:denounce|protest (?:against|over)|condemn|highlight)|contre|against|face (?:a|aux)|protest\w*(?: against| over| at)|fight(?:ing)? against|lutt?(?:e|er|ent) contre|combatt?\w*|tackl\w*|deal(?:ing)? with|(?:la )?(?:multiplication|hausse|augmentation|recrudescence|explosion) (?:des|de)|(?:the |a )?(?:rise|increase|surge|wave|spate) (?:in|of))\s+(?:les |des |ces |the |these |such |repeated |rising |growing |recurrent |nouvelles |new )?$/;
/**
 * "une enquête pour évasion", "mis en examen pour tentative de meurtre", "charged with arson": the legal name of an act,
 * not a new one. A conjunction between ends the frame: "le procès s'ouvre alors que de nouveaux tirs ont visé".
 */
export const LEGAL_FRAME =
  /\b(?:comparai\w*|enquete|information judiciaire|investigation|probe|mise? en examen|poursuivie?s?|charged|charges|condamnee?s?|convicted|sentenced|accused|accuses?|inculpee?s?|jugee?s?|tried|proces|trial|chefs? d'(?:accusation|inculpation)|motif|jailed|imprisoned|(?:ans|mois) (?:de prison |d'emprisonnement )?(?:ferme|avec sursis)|(?:years?|months?) (?:in prison|in jail|behind bars|imprisonment)|risque\w*|encour\w*|faces? up to|punished|puni\w*|repondre|answer (?:for|to))\b(?:(?!\b(?:que|qu'|alors|while|whereas|when|mais|but)\b)[^.;]){0,110}?\b(?:pour|for|with|of|de|du|des|d'|including|notamment|dont)\s*(?:l'|la\s+|le\s+)?(?:[\w'-]+\s+){0,3}(?:(?:et|and)\s+(?:de\s+|d'|des\s+|an?\s+)?)?$/;
/**
 * "procès des tirs de 2023", "the trial over the shooting", "went on trial on Monday over the May 2024 ambush": the
 * act a trial is about, named by the trial (a few words may stand between: when it opened, when the act was).
 */
export const TRIAL_OF =
  /\b(?:proces|trial|jugement|verdict|audience|hearing)\s+(?:(?:(?!\b(?:que|qu'|alors|while|whereas|when|where|mais|but|et|and|ou|or)\b)[^.;]){0,25}?\s)?(?:pour|for|over|of|into|de|du|des|d'|sur)\s*(?:(?:the|l'|la|le|les)\s+)?(?:[\w-]+\s+){0,3}$|\b(?:proces|trial|jugement|verdict|audience|hearing)\s+(?:(?:the|l'|la|le)\s+)?$/;
/** "incarcéré pour des violences et des menaces", "serving eight years for robbery and an arson attack": what an inmate is held for. */
export const HELD_FOR =
  /\b(?:serv(?:ing|ed|es)|purg\w*|incarcer\w*|ecroue?s?|remanded|held|known)\b[^.;,]{0,40}?\b(?:pour|for)\s+(?:[\w'-]+\s+){0,3}(?:(?:and|et)\s+(?:an?\s+|the\s+|des\s+|de\s+|d'|une?\s+)?)?$/;

/**
 * "an inmate serving a sentence for terrorism wounded three officers", "un détenu incarcéré pour vol a frappé": after the
 * noun that completes "for", a finite verb (a past in -ed, or a participle after an auxiliary) is the sentence's main
 * verb, the act, not what the inmate is held for ("serving time for having stabbed", "pour avoir frappé" are).
 */
export const FINITE_AFTER_COMPLEMENT =
  /\b(?:for|pour)\s+(?:an?\s+|the\s+|des\s+|de\s+|d'|une?\s+)?(?!having\b|avoir\b|being\b)[\w'-]+\s+(?:(?:a|ont|avait|avaient|has|have|had)\s+\w+|(?!having\b|been\b|being\b)\w+ed)\b[^.;]*$/;
/**
 * "le risque d'évasion", "warns of escape risk", "understaffing made escapes and riots more likely": an act as a risk
 * or a danger, what a measure should prevent, not one that happened (before the act's word, or right after it).
 */
export const RISK_BEFORE =
  /\b(?:risques? (?:accrus? |reels? |serieux |eleves? )?(?:d'|de (?:nouvelles? |nouveaux )?)|(?:high|serious|real|heightened|increased) risks? of|risks? of (?:an? |further |new |more )?|danger (?:of (?:an? )?|d'|de )|(?:warn|warns|warned|warning) (?:of|about|against) (?:the |possible |further |new |more )?(?:risks? of )?|potentielles? |potential )$/;
export const RISK_AFTER =
  /^[\w'-]*(?:\s+(?:and|et)\s+(?:des\s+)?[\w'-]+)?\s+(?:risks?\b|more likely|less likely|plus probables?|plus frequent\w*|more frequent|potentielles?)/;

/** What a prison has on its outside that an attack can damage: cameras, fences, the gate, lights, alarms. */
export const FACILITY_EQUIPMENT = String.raw`(?:(?:les |la |le |l'|des |une |un |the |its |a |plusieurs |several )?(?:cameras?(?: de (?:video)?surveillance)?|cctv(?: cameras?)?|security cameras?|clotures?|grillages?|fences?|perimeter fences?|portails?|gates?|barrieres?|interphones?|guerites?|projecteurs?|floodlights?|eclairages?|alarmes?|alarms?|serrures?|(?:door )?locks?|cadenas|padlocks?|systemes? (?:electriques?|d'alarme|de (?:video)?surveillance)|cables? (?:electriques?|d'alimentation|telephoniques?)|power (?:cables?|lines?|supply)|alimentation electrique|lignes? electriques?|(?:electric|alarm|security) systems?))\b`;

/** A vehicle that carries inmates under escort. */
export const ESCORT_VEHICLE = `(?:fourgons?(?: penitentiaires?| cellulaires?)?|convois?|escortes?|vehicules? (?:penitentiaires?|d'escorte|de l'administration penitentiaire)|(?:prison |police )?vans?(?= (?:carrying|transporting|taking))|prison vans?|convoys?|escort vehicles?)`;

/** "serait accidentel", "was an accident", "un court-circuit": a fire with no one behind it, unless that is ruled out. */
export const ACCIDENT =
  /\b(?:accidentel\w*|accidental\w*|an accident|un accident|court-circuit|short[- ]circuit|electrical fault|panne electrique|defaillance electrique)\b/;
export const ACCIDENT_RULED_OUT =
  /\b(?:ecart\w*|exclu\w*|ruled out|rules? out|not an accident|pas (?:d'origine )?accidentel\w*|no accident|ni accidentel\w*|n'est pas accidentel\w*)\b/;
export const FIRE_TYPES = new Set<EventType>(['arson', 'vehicle_arson', 'attempted_arson']);

/** A firearm or its rounds: shots beside fireworks are shots only with one of these. */
export const FIREARM =
  /\b(?:balles?|bullets?|armes? a feu|firearms?|guns?|gunmen|gunshots?|rifles?|pistols?|handguns?|shotguns?|kalach\w*|kalash\w*|fusils?|revolvers?|douilles|cartridges?|casings)\b/;

/** "a menacé de mettre le feu", "threatened to kill": an act threatened, not done (the threat is read by its own rule). */
export const THREATENED_ACT =
  /\b(?:menac\w*|threaten\w*|promis|promised|vowed|jure|swore)\s+(?:de\s+|d'|to\s+)(?:[\w'-]+\s+){0,1}$/;

/** "ces menaces", "cette agression", "these attacks": an act named again, told before or not at all. */
export const DEMONSTRATIVE = /\b(?:ces|cette|cet|these|those|this|that|such|de tel(?:le)?s|pareil(?:le)?s)\s+$/;

/** What is smuggled into a prison, found or seized: "la fouille a permis de saisir deux téléphones", "found the package". */
export const PRISON_ITEMS = `(?:cles? usb|usb (?:keys?|sticks?)|puces? (?:telephoniques?)?|routeurs?|telephones?|(?:i|smart)?phones?|objets? (?:interdits?|illicites?|prohibes?)|(?:prohibited|illicit|banned) (?:items|objects)|portables?|chargeurs?|chargers?|colis|parcels?|packages?|paquets?|cartes? sim|sim cards?)`;
/**
 * What else is found in a cell or a yard: drugs, knives, explosives; a find of these is contraband only inside a prison.
 * Not "armes" (after an assault, the weapon found is the act's) nor "lame" ("gilet pare-lame").
 */
export const INSIDE_ITEMS =
  '(?:drogues?|drugs|stupefiants|narcotics|cannabis|resine|shit|cocaine|heroine|heroin|crack|mdma|ecstasy|amphetamines?|subutex|couteaux?|knives|knife|explosifs?|explosives?|detonateurs?|detonators?|pistolets?|revolvers?|armes? a feu|firearms?|handguns?|pistols?|guns?)';
/** Where a find is inside a prison: a cell, a yard, the visiting room, a visitor, a search of inmates. */
export const INSIDE_PRISON =
  /\b(?:cellules?|cells?|en detention|parloirs?|visiting rooms?|visiteur\w*|visitors?|coursives?|cours? de promenade|exercise yards?|promenade|fouilles?|search(?:es|ed|ing)?|detenus?|inmates?|prisoners?|codetenus?|agente?s?|surveillante?s?|guards?|officers?|staff|batiments? de l'etablissement|dans l'etablissement|ateliers?|workshops?|buanderie|laundry|infirmerie|in(?:to)? the (?:prison|jail)|dans la prison|a l'interieur de la prison|inside the (?:prison|jail))\b/;

/**
 * "la voiture des tireurs retrouvée calcinée", "the getaway car was found burnt out": the attackers' car, not a target. A
 * vehicle "retrouvé incendié", "found burnt" was found after the act, as the attackers leave theirs, unless a member of
 * staff owns it ("la voiture d'une surveillante retrouvée incendiée").
 */
export const FOUND_BURNT =
  /\b(?:used by the (?:gang|attackers|gunmen|assailants)|utilisee? par (?:le commando|les (?:assaillants|malfaiteurs|agresseurs)))\b|\b(?:retrouvee?s?|found)\b[^.;]{0,25}?\b(?:incendi|calcin|brul|burn)\w*[^.;]{0,30}?\b(?:plus tard|plus loin|later|nearby|kilometres?|km)\b|\blater found\b|(?<!\b(?:surveillante?s?|agente?s?|gardiens?|guards?|officers?|staff|personnels?)\b[^.;]{0,60})\b(?:retrouvee?s?|found)\s+(?:[\w-]+\s+)?(?:incendi|calcin|brul|burn|torch)\w*|\bgetaway\b|\b(?:voiture|vehicule)s? (?:des|du) (?:tireurs?|agresseurs?|assaillants?|fuyards?|malfaiteurs?|commando)\b/;

/** Where fireworks are aimed: at, over or outside a prison ("en direction des miradors", "par-dessus le mur"). */
export const FIREWORKS_AT = String.raw`(?:sur|contre|vers|en direction d(?:es|e|u|')|par-dessus|devant|aux abords d\w*|at|towards?|into|over|outside)(?: |\b)`;
