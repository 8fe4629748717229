/**
 * Places named in passing: a prosecutor's seat ("le parquet de Meaux", "the Toulon prosecutor"), a
 * court, a union office, a prefecture, a town that only situates another place ("east of Paris",
 * "au sud de Lyon"). They are never the site of an act.
 */
import type { Span } from './folded-text.ts';

/** Words of an authority or an office just before the place: "parquet de", "tribunal correctionnel de", "prosecutor's office in". */
const AUTHORITY_BEFORE =
  /(?:\b(?:parquets?|procureure?s?(?: de la republique)?|(?:tribunal|tribunaux)(?: correctionnel| judiciaire| pour enfants| administratif)?|cour d'appel|cour d'assises|palais de justice|juge d'instruction|juges? d'instruction|juridictions?|jirs|prefecture|prefet|sous-prefecture|mairie|maire|depute|deputee|senateur|syndicat\s+\S+|bureau(?: local)?(?:\s+\S+)?|section(?: locale)?(?:\s+\S+)?|antenne|office|court|courthouse|prosecutors?(?:'s office)?|prosecutor's office|magistrates?|mayor|prefect|union office|based|basee?s?|headquartered|siegeant|dont le siege est|commissariat(?: central)?|hotel de police|police judiciaire|srpj|dipj|(?:compagnies?|brigades?|groupements?|sections? de recherches?)(?: de gendarmerie| de recherches| territoriales?| departementales?)?|police station|police headquarters|gendarmerie(?: nationale)?|(?:direction|directeur|directrice|director)s?\s+interregiona(?:le?|ux)?(?:\s+des\s+services\s+penitentiaires)?|disp|interregional\s+(?:prison\s+)?(?:directorate|director|services))(?:\s+(?:specialisee?s?|interregionale?s?|nationale?s?|regionale?s?|competente?s?|financiere?s?|antiterroristes?|territoriale?s?|locale?s?))*\s+(?:de\s+(?:la\s+)?|d'|du\s+|des\s+|of\s+(?:the\s+)?|in\s+|at\s+|from\s+)?)$/;
/** A local force before the place: "les gendarmes de Draguignan", "police in Béthune", "investigators from Lyon". */
const LOCAL_FORCE_BEFORE =
  /\b(?:gendarmes|policiers|enqueteurs|pompiers|sapeurs-pompiers|police|investigators|detectives|firefighters)\s+(?:de\s+(?:la\s+)?|d'|du\s+|des\s+|of\s+(?:the\s+)?|in\s+|from\s+)$/;

/**
 * Whether the place at `span` is named as the seat of the police, gendarmes or firemen who came: not a scene when
 * the article names another place (where they came to); the scene itself when it names none ("Police in Béthune
 * stopped three men before they could throw parcels over the wall of the town's prison").
 */
export function namedAsLocalForce(folded: string, span: Span): boolean {
  return LOCAL_FORCE_BEFORE.test(folded.slice(Math.max(0, span.start - 40), span.start));
}

/**
 * "ont manifesté devant le centre pénitentiaire de Toulon", "rallied outside Fresnes prison": where a protest is held.
 * A protest is no act; its place is the act's only when the sentence names no other scene.
 */
const PROTEST_AT_BEFORE =
  /\b(?:manifest\w*|rassemble\w*|rassemblement|mobilise\w*|debray\w*|en greve|greviste\w*|protest\w*|rall(?:y|ied|ying)|demonstrat\w*|picket\w*|on strike|strikers?|gathered|se sont reunis|sit-in)\b[^.;]{0,30}?\b(?:devant|outside|in front of|aux abords)\s+(?:de\s+|d'|du\s+|of\s+)?(?:la\s+|le\s+|les\s+|l'|the\s+)?(?:(?:prisons?|maisons? d'arret|centres? penitentiaires?|centres? de detention|maisons? centrales?)\s+(?:de\s+|d'|du\s+|of\s+)?)?$/;
export function namedAsProtestSite(folded: string, span: Span): boolean {
  return PROTEST_AT_BEFORE.test(folded.slice(Math.max(0, span.start - 90), span.start));
}

/** "the Toulon prosecutor", "Meaux's prosecutor", "Nancy court". */
const AUTHORITY_AFTER =
  /^(?:'s)?\s+(?:public\s+)?(?:prosecutors?|prosecution|court|courthouse|magistrates?|judges?|mayor|prefecture|police station|police headquarters|gendarmerie)\b/;
/** A direction or a distance that situates another place: "east of Paris", "au sud de Lyon", "à 20 km de Metz". */
const SITUATING_BEFORE =
  /(?:\b(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west|outskirts|suburbs?)\s+of\s+|\b(?:au|a l')\s*(?:nord|sud|est|ouest|nord-est|nord-ouest|sud-est|sud-ouest)\s+(?:de\s+|d')|\b(?:km|kms|kilometres?|kilometers?)\s+(?:de\s+|d'|from\s+|of\s+)|\b(?:banlieue|agglomeration|periph\w+|environs|abords|region)\s+(?:de\s+|d'|of\s+)|\bmiles?\s+from\s+)$/;

/**
 * "un assassinat commis fin septembre à Valenton", "convicted of a murder in Lyon", "entendu par un juge à Rouen": where an
 * inmate's past crime, trial or hearing was.
 */
const PAST_CRIME_BEFORE =
  /\b(?:jugee?s?|comparai\w*|condamnee?s?|tried|on trial)\b[^.;]{0,25}?\b(?:a|in|at)\s+$|\b(?:entendue?s?|auditionnee?s?|heard|questioned) (?:par|by) (?:un|une|le|la|les|a|an|the) (?:juges?|magistrats?|enqueteurs?|judges?|magistrates?|investigators?)\b[^.;]{0,25}?\b(?:a|in|at)\s+$|\b(?:assassinats?|meurtres?|homicides?|braquages?|vols?|trafic|murders?|robber(?:y|ies)|killings?|crimes?)\b[^.;]{0,30}?\b(?:commise?s?|perpetree?s?|committed)\b[^.;]{0,30}?\b(?:a|au|in|at|en)\s+$|\b(?:convicted|jailed|sentenced)\b[^.;]{0,40}?\b(?:in|at)\s+$/;

/** Whether the place at `span` is named as an authority's seat or to situate another place. */
export function namedInPassing(folded: string, span: Span): boolean {
  const before = folded.slice(Math.max(0, span.start - 60), span.start);
  const after = folded.slice(span.end, span.end + 30);
  return (
    AUTHORITY_BEFORE.test(before) ||
    AUTHORITY_AFTER.test(after) ||
    (SITUATING_BEFORE.test(before) && !NAMING_SUBURB_BEFORE.test(before)) ||
    PAST_CRIME_BEFORE.test(before) ||
    COMPARED_BEFORE.test(before) ||
    (COLLEAGUES_BEFORE.test(before) && !SCENE_RELATIVE_AFTER.test(folded.slice(span.end, span.end + 40))) ||
    UNION_BEFORE.test(before) ||
    TRANSFER_TO_BEFORE.test(before) ||
    // "s'est rendue au centre pénitentiaire de Valence, où un surveillant a été frappé": the visit is to the scene.
    (VISIT_BEFORE.test(before) && !SCENE_RELATIVE_AFTER.test(folded.slice(span.end, span.end + 40))) ||
    ARREST_BEFORE.test(before) ||
    PRIOR_ACT_BEFORE.test(folded.slice(Math.max(0, span.start - 90), span.start)) ||
    (HOSPITAL_TO_BEFORE.test(before) &&
      !ESCAPE_NEAR.test(folded.slice(Math.max(0, span.start - 200), span.end + 120))) ||
    DEMAND_BEFORE.test(folded.slice(Math.max(0, span.start - 100), span.start)) ||
    HEADING_BEFORE.test(before) ||
    OWNER_BEFORE.test(folded.slice(Math.max(0, span.start - 90), span.start)) ||
    SITUATED_IN_BEFORE.test(before) ||
    TAKEN_TO_PRISON_BEFORE.test(folded.slice(Math.max(0, span.start - 90), span.start)) ||
    HELD_BEFORE_AFTER.test(folded.slice(span.end, span.end + 70)) ||
    ORIGIN_BEFORE.test(before) ||
    FORMER_BEFORE.test(folded.slice(Math.max(0, span.start - 90), span.start)) ||
    RESIDENT_BEFORE.test(folded.slice(Math.max(0, span.start - 90), span.start)) ||
    LANDMARK_BEFORE.test(folded.slice(Math.max(0, span.start - 120), span.start))
  );
}

/**
 * A prison named to situate another place: "au 26 de la rue X, à deux pas du palais de justice et de la maison d'arrêt",
 * "des façades de maisons proches de la prison", "a flat a stone's throw from the jail". The place before the words of
 * nearness (a street, a building, a home, a shop) is where things happened; the prison is its landmark. Said of the act
 * itself ("des voitures incendiées près de la prison"), nearness keeps the prison.
 */
const LANDMARK_PLACE = String.raw`\b(?:rue|avenue|boulevard|place|impasse|immeubles?|appartements?|logements?|(?<!d')maisons?(?! d'arret| centrale)|facades?|pavillons?|commerces?|magasins?|bars?|restaurants?|ecoles?|quartier|centre-ville|street|road|avenue|buildings?|flats?|apartments?|houses?|homes?|shops?|schools?|neighbou?rhood|town cent(?:re|er))\b[^.;:]{0,50}?\b(?:a deux pas|a quelques (?:pas|metres|minutes)|non loin|pas loin|proches?|voisine?s?|tout pres|a proximite|near|close to|a stone's throw|not far|next door to)\s+(?:de\s+|d'|du\s+|des\s+|of\s+|from\s+)?(?:la\s+|le\s+|l'|the\s+)?(?:[\w'-]+\s+){0,6}?`;
const LANDMARK_BEFORE = new RegExp(
  String.raw`${LANDMARK_PLACE}(?:(?:prison|jail|maison d'arret|centre penitentiaire|centre de detention|maison centrale)\s*(?:de\s+|d'|du\s+|of\s+)?)?$`,
);
/**
 * The prison words of a landmark ("à deux pas de la maison d'arrêt", "les bâtiments pénitentiaires voisins"): they make
 * no article about prisons, so a bare town it names stays a town.
 */
export const PRISON_LANDMARK = new RegExp(
  String.raw`${LANDMARK_PLACE}(?:prisons?|jails?|maisons? d'arret|centres? penitentiaires?|centres? de detention|maisons? centrales?)\b|\b(?:penitentiaires?|prisons?) (?:voisine?s?|proches?|nearby|next door)\b`,
  'g',
);

/** ", où un surveillant a été frappé", ", where shots were fired": what follows names the place as a scene. */
const SCENE_RELATIVE_AFTER =
  /^\s*,\s*(?:ou|where)\s+(?!(?:il|elle|ils|elles|he|she|they)\s+(?:etai|avai|had|was|were|a ete|serv|purg))/;
/** Where a suspect or an inmate comes from: "originaire de Grasse", "venu de Marseille", "transféré de Fleury", "a native of", "who had come from". */
const ORIGIN_BEFORE =
  /\b(?:originaires?\s+(?:de\s+(?:la\s+)?|d'|du\s+|des\s+)|natif\s+(?:de\s+|d'|du\s+)|native\s+(?:de\s+|d'|du\s+)|nee?s?\s+a\s+|(?:a\s+)?natives?\s+of\s+|born\s+in\s+|grew\s+up\s+in\s+|a\s+grandi\s+a\s+|(?:venue?s?|arrivee?s?|descendue?s?|montee?s?)\s+(?:tout\s+expres\s+|specialement\s+)?(?:de\s+(?:la\s+)?|d'|du\s+|des\s+)|(?:had\s+)?(?:come|came|travell?ed|driven|drove)\s+(?:down\s+|up\s+|over\s+)?from\s+|(?:who|that)\s+(?:comes?|hails?|is)\s+(?:originally\s+)?from\s+|qui\s+(?:vient|viennent|est|sont)\s+(?:originaires?\s+)?(?:de\s+(?:la\s+)?|d'|du\s+|des\s+)|(?:transferee?s?|transfere|transferred|moved)\s+(?:recemment\s+|recently\s+)?(?:de\s+(?:la\s+)?|d'|du\s+|depuis\s+(?:la\s+)?|from\s+(?:the\s+)?)(?:(?:prison|maison d'arret|centre penitentiaire|centre de detention|jail)\s+(?:de\s+|d'|du\s+|of\s+)?)?)$/;
/**
 * Where someone was before: an inmate's or a suspect's former prison ("lors de son passage à la maison d'arrêt de",
 * "during his time at", "had served time at"), a governor's former post ("qui dirigeait auparavant", "former governor of").
 */
const FORMER_BEFORE =
  /\b(?:(?:lors|au cours) de (?:son|sa|leur) (?:passage|sejour|incarceration|detention|peine)|pendant (?:son|sa|leur) (?:sejour|incarceration|detention)|during (?:his|her|their) (?:time|stay|detention|sentence|incarceration)|(?:had|has) served (?:time|a sentence|a term|(?:\w+ ){1,3}?years?)(?: for [\w-]+)?|(?:qui )?(?:dirigeait|a dirige|avait dirige)(?: auparavant| precedemment| jusqu'alors)?|ancien(?:ne)? (?:directeur|directrice|detenue?|surveillante?) (?:de|d'|du)|former (?:governor|director|warden|inmate|guard|officer) (?:of|at)|who (?:previously |formerly )?(?:ran|headed)|who used to (?:run|work at|be held at)|(?:(?:etait|etaient|est|sont|fraichement|tout juste|recemment|a peine|juste) )?(?<!\b(?:la|sa|leur|une|a la|en) )(?:sortie?s?|liberee?s?|relaxee?s?)(?! (?:du parloir|de (?:sa |la )?cellule|de la cour|en promenade))|(?:had been |was |were |recently |just )?(?:released|freed|discharged) from)\s+(?:[\w'-]+\s+){0,3}?(?:a|au|at|in|de|d'|du|from|the)?\s*(?:la\s+|le\s+|l'|the\s+)?(?:prison\s+|maison d'arret\s+|centre penitentiaire\s+|centre de detention\s+)?(?:de\s+|d'|du\s+|of\s+|in\s+)?$/;
/** Where a suspect lives: "un homme de 25 ans, habitant de Bar-le-Duc", "a man living in Lyon" (not a member of staff: "un jeune surveillant, domicilié à Lunel" names the home, maybe the scene). */
const RESIDENT_BEFORE =
  /\b(?:hommes?|femmes?|jeunes?|individus?|suspects?|auteurs?|mis en cause|prevenue?s?|trafiquants?|men|man|woman|women|youths?|teenagers?|suspects?)\b(?:(?!\b(?:surveill|agent|officer|guard|gardien|personnel|fonctionnaire|gradee?|warden|staff|employee))[^.;]){0,40}?\b(?:habitant|habitante|habitants|domiciliee?s?|demeurant|residant|resident|living|who lives?|who lived)\s+(?:a|au|de|d'|du|in|at)?\s*(?:la\s+|le\s+|l')?$/;

/**
 * Whether the place at `span` is named as an authority's seat, a place that situates another, a comparison, a
 * visit, a demand or a destination ("à destination de Rotterdam", "bound for Antwerp"): never where drugs were found.
 */
export function namedAsSeatOrElsewhere(folded: string, span: Span): boolean {
  const before = folded.slice(Math.max(0, span.start - 60), span.start);
  return (
    AUTHORITY_BEFORE.test(before) ||
    AUTHORITY_AFTER.test(folded.slice(span.end, span.end + 30)) ||
    (SITUATING_BEFORE.test(before) && !NAMING_SUBURB_BEFORE.test(before)) ||
    COMPARED_BEFORE.test(before) ||
    UNION_BEFORE.test(before) ||
    VISIT_BEFORE.test(before) ||
    DESTINATION_BEFORE.test(before) ||
    SHIPPED_FROM_BEFORE.test(before) ||
    PAST_CRIME_BEFORE.test(before) ||
    DEMAND_BEFORE.test(folded.slice(Math.max(0, span.start - 100), span.start))
  );
}

/** Where a load or its driver came from: "en provenance de Perpignan", "le conducteur venait de Marseille", "chargée à Santos". */
const SHIPPED_FROM_BEFORE =
  /\b(?:en provenance (?:de\s+|d'|du\s+|des\s+)|(?:venai(?:t|ent)|venant|venue?s?|partie?s?|arrivant|arrivai(?:t|ent)|arrivee?s?) (?:tout droit )?(?:de\s+|d'|du\s+|des\s+)|chargee?s? (?:a|au|en)\s+|(?:coming|arriving|travell?ing|driving) from\s+|loaded (?:in|at)\s+)(?:la\s+|le\s+|l'|the\s+|port of\s+|port de\s+|port d')?$/;
/** Where a shipment was going: "à destination de Rotterdam", "bound for Antwerp", "destined for the UK market". */
const DESTINATION_BEFORE =
  /\b(?:a destination (?:de\s+|d'|du\s+|des\s+)|(?:devai(?:t|ent)|doi(?:t|vent)) (?:etre )?(?:recuperee?s?|livree?s?|acheminee?s?|ecoulee?s?|revendue?s?|debarquee?s?) (?:a|au|en)\s+|se rendant (?:a|au|en)\s+|to be (?:collected|delivered|picked up|sold) (?:in|at)\s+|destinee?s? (?:a|au|aux)\s+|bound for\s+|destined for\s+|en route (?:to|for)\s+|headed for\s+|heading for\s+|to be shipped to\s+|pour (?:le|la) marche (?:de\s+|d')|(?:approvisionn|ravitaill|aliment)\w*\s+|(?:to )?(?:supply|supplying|supplied|smuggle \w+ into|smuggled into|to be smuggled into)\s+)(?:la\s+|le\s+|l'|the\s+|port of\s+|port de\s+|port d')?$/;

/** The institution a vehicle belongs to: "un véhicule du centre hospitalier Alpes-Isère de Saint-Égrève", "a van of the Lyon city council". */
const OWNER_BEFORE =
  /\b(?:vehicules?|voitures?|fourgons?|fourgonnettes?|camions?|camionnettes?|ambulances?|utilitaires?|vehicles?|cars?|vans?|trucks?)\s+(?:de la|du|de l'|des|d'|of the|belonging to the|belonging to)\s*(?:centre hospitalier|hopital|chu|clinique|mairie|ville|commune|police municipale|conseil (?:departemental|regional)|societe|entreprise|hospital|city council|town hall|council|company|firm)\b(?:\s+[\w'-]+){0,3}?\s+(?:de\s+|d'|du\s+|in\s+|of\s+)$/;

/** Where the authors went off to: "repartis en direction d'Argelès", "sped off towards Lyon", "fled towards Nice". */
// Not what was fired or thrown "en direction du centre pénitentiaire": that is aimed at it.
const HEADING_BEFORE =
  /\b(?<!\b(?:tire|lance|jete|projete|vise|fait feu|ouvert le feu)\w*(?: [\w'-]+){0,3} )(?:en direction (?:de\s+(?:la\s+|l')?|d'|du\s+|des\s+)|(?:fled|fleeing|drove off|sped off|made off|escaped|got away) (?:towards?|in the direction of)\s+|(?:prenant|ont pris|a pris) la direction (?:de\s+|d'|du\s+))$/;
/** The commune a facility stands in: "la maison d'arrêt, située sur la commune de Varces", "located in the town of". */
const SITUATED_IN_BEFORE =
  /\b(?:situee?s?|implantee?s?|sise?s?|installee?s?|located|situated|which stands|standing)\s+(?:sur (?:la|le) (?:commune|territoire) (?:de\s+|d')|dans la commune (?:de\s+|d')|in the (?:town|commune|village|municipality) of\s+)$/;
/**
 * Where an escorted inmate was being taken: "being taken back from a court in Rouen to Evreux prison", "ramené à la maison
 * d'arrêt de", "le fourgon reconduisait vers", "escortait un prévenu vers": the goal of a motion, the end of a route.
 */
const TAKEN_TO_PRISON_BEFORE =
  /\b(?:(?:(?:being|was|were) (?:taken|driven|brought|escorted|returned|transported)(?: back)?|(?:taking|driving|bringing|escorting|returning|transporting|carrying)\b[^.;]{0,40}?\bback|(?:ramen|reconduis|reconduit|raccompagn|reintegr|rapatri)\w*)\b[^.;]{0,60}?\b(?:to|vers|a|au)|(?:condui|transport|escort|achemin|emmen|ramen)\w*\b[^.;]{0,60}?\b(?:vers|en direction d[eu']|towards?))\s+(?:the\s+|la\s+|l')?(?:prison|jail|maison d'arret|centre penitentiaire|centre de detention)?\s*(?:of\s+|at\s+|de\s+|d'|du\s+)?$/;
/** "à Toulouse, où il était auparavant détenu", "in Lyon, where he was previously held": an inmate's earlier prison. */
const HELD_BEFORE_AFTER =
  /^,?\s+(?:ou|where)\s+(?:il|elle|ils|elles|he|she|they)\s+(?:etai(?:t|ent)|avai(?:t|ent) ete|had been|was|were|a ete|had)\s+(?:auparavant\s+|precedemment\s+|previously\s+|jusque-la\s+|alors\s+|until then\s+|earlier\s+)?(?:detenue?s?|incarceree?s?|ecrouee?s?|held|jailed|imprisoned|locked up|serving|purg\w*)\b/;

/** Where a suspect was arrested or charged: "interpellés mardi à Marseille", "arrested in Paris", "déféré au parquet de". */
const ARREST_BEFORE =
  /\b(?:interpelle\w*|arretee?s?|apprehende\w*|arrested|detained|nabbed|picked up|taken into custody|placed in custody|remanded|placee?s? en garde a vue|deferee?s?|mise?s? en examen|ecroue?s?|(?:est|a ete|ont ete|sont|etait) (?:repris|rattrapee?s?)|(?:evadee?s?|fugitifs?|fugitives?) (?:[\w'-]+\s+){0,2}?(?:repris|rattrapee?s?)|recaptured|caught)\s+(?:[\w'-]+\s+){0,4}?(?:a|au|en|in|at|near|dans|pres d[eu']|outside)\s+(?:la\s+|le\s+|l'|the\s+)?$/;
/**
 * An earlier act the news is set against: "days after a similar attack in Toulon", "après l'attaque de la prison de Valence".
 * "Une semaine après l'agression d'un surveillant à X" is that act, dated a week before (`date.days-after-act`): its place
 * stays ("quelques jours après", "days after" date nothing, and stay an earlier act).
 */
const PRIOR_ACT_BEFORE =
  /\b(?<!\b(?:\d+|une?|deux|trois|quatre|cinq|six|sept|huit|dix|quinze|a|one|two|three|four|five|seven|eight|ten)\s+(?:jours?|semaines?|days?|weeks?)\s)(?:after|apres|since|depuis|following|suite a|like|comme)\s+(?:[\w'-]+\s+){0,3}?(?:l'|d')?(?:attacks?|attaques?|incendies?|fires?|shootings?|tirs|agressions?|assaults?|incidents?|faits|attentats?)\s+(?:[\w'-]+\s+){0,2}?(?:at|in|on|against|a|au|de|d'|du|contre|visant)\s*(?:la\s+|le\s+|l'|the\s+)?(?:prison\s+|maison d'arret\s+|centre penitentiaire\s+|centre de detention\s+)?(?:de\s+|d'|du\s+|of\s+)?$/;
/** Where a wounded victim was taken: "évacué vers l'hôpital d'Alès", "airlifted to a hospital in Marseille". */
const HOSPITAL_TO_BEFORE =
  /\b(?:evacuee?s?|transportee?s?|hospitalisee?s?|admise?s?|conduite?s?|rushed|airlifted|flown|admitted|taken)\s+(?:[\w'-]+\s+){0,3}?(?:vers|a|au|aux|to|in|at|dans)\s+(?:l'|le\s+|la\s+|the\s+|a\s+)?(?:hopital|chu|centre hospitalier|hospital|clinique|clinic|urgences)\s*(?:[\w'-]+\s+){0,2}?(?:de\s+|d'|du\s+|in\s+|at\s+|of\s+)?$/;
/** An escape beside a hospital makes the hospital's town the scene. */
const ESCAPE_NEAR =
  /\b(?:evad\w*|evasion|escap\w*|s'(?:est|sont) echappe\w*|fled|en fuite|on the run|fai\w* la belle)\b/;

/** "the Paris suburb of Nanterre", "la commune de banlieue de": the town after it is the one named, not a reference point. */
const NAMING_SUBURB_BEFORE = /\b(?:the|a)\s+(?!(?:north|south|east|west)\w*\b)[a-z'-]+\s+suburb\s+of\s+$/;
/** A union's seat or section: "the UFAP union in Montpellier", "le syndicat FO pénitentiaire de la maison d'arrêt de". */
const UNION_BEFORE =
  /\b(?:unions?|syndicats?|cgt|fo|ufap|unsa|snp|sps|snepap|force ouvriere|sections? syndicales?|delegues? syndica\w+|representants? syndica\w+)(?:\s+[\w-]+){0,3}?\s+(?:in|at|of|de|d'|du|des)\s*(?:la\s+|l')?(?:maison d'arret|centre penitentiaire|centre de detention|prison)?\s*(?:de\s+|d'|du\s+)?$/;
/** Whether the facility at `span` is named as a union's section or seat ("section locale du centre pénitentiaire de"). */
export function namedAsUnionSection(folded: string, span: Span): boolean {
  const before = folded.slice(Math.max(0, span.start - 60), span.start);
  return UNION_BEFORE.test(before) || LOCAL_SECTION_BEFORE.test(before);
}
const LOCAL_SECTION_BEFORE =
  /\b(?:sections? locales?|bureau local|local (?:branch|section))\s+(?:du|de la|de l'|d'|de|of the|at the|at)\s*(?:(?:centre penitentiaire|maison d'arret|centre de detention|maison centrale|prison)\s+(?:de\s+|d'|du\s+)?)?$/;
/** Where an inmate is taken: "transféré vers Fresnes", "transferred to Fresnes", "conduit à l'hôpital de". */
const TRANSFER_TO_BEFORE =
  /\b(?:transfer\w*|transferee?s?|transfere|extrait|moved|taken|conduite?s?|emmenee?s?|reincarcere\w*|ecroue?s?|placee? en detention)\s+(?:[\w'-]+\s+){0,3}?(?:vers|a|au|to|in|into|dans)\s+(?:la\s+|le\s+|l'|the\s+)?(?:prison|maison d'arret|centre penitentiaire|jail)?\s*(?:de\s+|d'|du\s+|of\s+|at\s+)?$/;

/** A visit: "le ministre s'est rendu à Toulon", "travelled to Toulon", "will visit Fresnes". */
const VISIT_BEFORE =
  /\b(?:s'est rendue?|se rendra|se rendait|en deplacement|en visite|(?:a|ont|avait|doit|devait|va) visiter?|visitera|travel+ed to|will travel to|visited|will visit|went to|flew to|arrived in|toured|will tour)\s+(?:\w+\s+){0,2}?(?:a|au|en|to|in|at)?\s*(?:la\s+|le\s+|l'|the\s+)?$/;
/** A demand for places: "exige des renforts à Meaux", "demands body cameras for officers at Toulon". */
const DEMAND_BEFORE =
  /\b(?:exige\w*|reclam\w*|demand(?:s|ed|ing)?|call(?:s|ed|ing)? for|appel\w* a|plaide\w* pour|urges?|urged|urging)\b(?:(?!\b(?:after|apres|following|since|depuis|when|lorsque|quand|suite)\b)[^.;:]){0,80}?\b(?:a|au|aux|at|in|for|pour|dans)\s+(?:la\s+|le\s+|l'|the\s+)?$/;

/** A comparison with other scenes: "comme à Toulon", "like those at Nîmes", "as in Valence". */
/** "le soutien de leurs collègues de Nîmes", "colleagues at Fresnes": other staff's prison, not a scene. */
const COLLEAGUES_BEFORE =
  /\b(?:collegues|homologues|colleagues|counterparts)\s+(?:de\s+(?:la\s+)?|d'|du\s+|des\s+|at\s+|from\s+|in\s+)(?:la\s+|l'|the\s+)?(?:(?:prison|maison d'arret|centre penitentiaire|centre de detention|maison centrale)\s+(?:de\s+|d'|du\s+)?)?$/;
const COMPARED_BEFORE =
  /\b(?:comme (?:a|au|en|celles? d[eu']|ceux d[eu']|celui d[eu']|dans)|a l'image d[eu']|like (?:those |the ones? |the attacks? )?(?:at|in)|as (?:at|in)|similar to (?:those |the ones? )?(?:at|in))\s*(?:la\s+|le\s+|l'|the\s+)?$/;

/** Words that make a facility the victim's workplace: "affectée au centre pénitentiaire de", "who works at". */
const EMPLOYMENT_BEFORE =
  /\b(?:affecte(?:e|s|es)?|travaill\w*|en poste|exerc\w*|employe(?:e|s|es)?|employed|works?|working|worked|assigned|posted|based|stationed|(?:son|sa|leur|ses|his|her|their)\s+(?:service|travail|poste|garde|journee|shift|work|job|duty))\s+(?:a|au|aux|at|in|dans|pour|for|by)\s+(?:la\s+|le\s+|l'|les\s+|the\s+)?(?:[\w'-]+\s+){0,4}$/;
/** "next to the Villepinte prison", "à côté de la maison d'arrêt": a place beside the facility, not the facility. */
const BESIDE_BEFORE =
  /\b(?:next to|beside|near|close to|opposite|across from|a cote d[eu']|a proximite d[eu']|pres d[eu']|en face d[eu']|aux abords d[eu']|jouxtant)\s*(?:la\s+|le\s+|l'|the\s+)?(?:[\w'-]+\s+){0,4}$/;

/** "une surveillante du centre pénitentiaire de", "an officer of the X prison": the facility a member of staff belongs to. */
const STAFF_OF_BEFORE =
  /\b(?:surveillante?s?|agents?|officers?|guards?|wardens?|personnels?|fonctionnaires?|directeur|directrice|director|governor|employee|staff member|member of staff|collegues?|colleagues?|gradee?s?|premiere? surveillante?|chef de detention|lieutenant|capitaine|major|conseill\w+ penitentiaire\w*|cpip|educat\w+|infirmi\w+|nurse)(?:\s+(?:penitentiaires?|pénitentiaires?))?\s+(?:de la|du|de l'|d'|de|des|of the|of|at the|at|from the|from)\s*(?:[\w'-]+\s+){0,4}$/;

/** Whether the facility at `span` is named as where the victim works. */
export function namedAsWorkplace(folded: string, span: Span): boolean {
  return EMPLOYMENT_BEFORE.test(folded.slice(Math.max(0, span.start - 70), span.start));
}

/** Whether the facility at `span` is named as the one a member of staff belongs to ("d'une surveillante de la maison d'arrêt de"). */
export function namedAsStaffOf(folded: string, span: Span): boolean {
  return STAFF_OF_BEFORE.test(folded.slice(Math.max(0, span.start - 70), span.start));
}

/** Whether the facility at `span` is named as what a place is beside. */
export function namedAsNeighbour(folded: string, span: Span): boolean {
  return BESIDE_BEFORE.test(folded.slice(Math.max(0, span.start - 60), span.start));
}

/** "un détenu de la maison d'arrêt d'Évreux", "an inmate from the Osny jail": the prison an escorted inmate comes from. */
const INMATE_OF_BEFORE =
  /\b(?:detenue?s?|prisonniers?|prisonnieres?|inmates?|prisoners?|detainees?|fugitifs?|evades?)\s+(?:(?:incarcere|ecroue|detenu|place|held|jailed|serving [\w\s]{0,20}?)\w*\s+)?(?:de la|du|de l'|d'|de|des|a la|au|a l'|of the|of|at the|at|from the|from|in the|in)\s*(?:[\w'-]+\s+){0,3}(?:(?:prison|jail|penitentiary)\s+(?:in|at|near)\s+)?$/;
/** A transfer, an escort, a hospital: an inmate's prison named beside them is where the transport left from. */
export const AWAY_FROM_PRISON =
  /\b(?:escorte?s?|extractions?|transfert|transferes?|transfer\w*|transports?|convoy|convoi|fourgon|van|hopital|hospital|urgences|tribunal|court|audience|hearing|peage|toll|motorway|autoroute)\b/;

/**
 * "agressé dans le métro", "à la sortie du tribunal", "on his way home", "en se rendant au travail": an officer off
 * his prison, in transit or at a court exit. The prison named beside him is his employer, not the act's place.
 */
export const OFF_DUTY_TRANSIT =
  /\b(?:(?:dans|in|on) (?:le |la |les |un |une |the |a )?(?:metro|rer|tram|tramway|subway|underground|tube|bus|train|rame)|(?:a|dans|in|at) (?:la |une |the |a )?(?:gare|station|bus stop|arret de bus)|a la sortie (?:du|d'un) (?:tribunal|palais de justice)|(?:at|outside) (?:the |a )?court(?:house)? (?:exit|doors|steps)|(?:as he|as she) (?:left|was leaving) (?:the |a )?court|on (?:his|her|their) (?:way|journey) (?:home|to work|back)|(?:en|alors qu'(?:il|elle)) (?:rentr\w* (?:chez (?:lui|elle)|a (?:son|sa) (?:domicile|maison)|du travail|de son service)|se rend\w* (?:a|au) (?:son )?(?:travail|service)|(?:quitt\w*|sort\w*) (?:le|du) (?:tribunal|palais))|sur (?:le|son) trajet (?:du|de|entre|vers))\b/;

/** Whether the facility at `span` is named as the prison an inmate belongs to ("un détenu de la maison d'arrêt de X"). */
export function namedAsInmatesPrison(folded: string, span: Span): boolean {
  return INMATE_OF_BEFORE.test(folded.slice(Math.max(0, span.start - 70), span.start));
}

// "Le tribunal correctionnel de X a condamné", "condamné par la cour d'assises", "a court in X jailed him", "a comparu
// devant le tribunal", "appeared in court": a court that judges. The act judged took place elsewhere (often in the prison), so its court words say nothing of the scene.
const JUDGING_COURT =
  /\b(?:tribunal|cour|court)\b[^.;]{0,80}?\b(?:(?:a|ont|avait|l'a|les a)\s+(?:\w+\s+)?(?:condamne|juge|relaxe|acquitte)|(?<!\b(?:be|been|was|were|being|is|are)\s)(?:sentenced|jailed|convicted|acquitted))\b|\b(?:condamnee?s?|jugee?s?|sentenced|convicted|jailed)\s+(?:par|by)\s+(?:le |la |l'|a |the )?(?:tribunal|cour|court)\b|\b(?:(?:a|ont|avait|avaient) comparu|comparai\w*|compara\w*|appear(?:s|ed|ing)?|stood trial|(?:went|goes|go) on trial|(?:was|were|is|are) tried)\s+(?:[\w'-]+\s+){0,3}?(?:devant|before|in|at)\s+(?:le |la |l'|the |a )?(?:[\w-]+ )?(?:tribunal|cour|court)\b/;
const COURT_WORDS = /\b(?:tribunal|palais de justice|courthouse|court|cour d'assises|audience|hearing)\b/g;

/** `slice` with its court words blanked when the court is the one that judges (same length, offsets kept). */
export function withoutJudgingCourt(slice: string): string {
  return judgingCourtIn(slice) ? slice.replace(COURT_WORDS, (word) => ' '.repeat(word.length)) : slice;
}

/** Whether `slice` (a sentence) names a court that judges: "le tribunal de X a condamné", "jailed by a court in X". */
export function judgingCourtIn(slice: string): boolean {
  return JUDGING_COURT.test(slice);
}
