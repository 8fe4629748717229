/**
 * The words the place finder reads around a name, folded: the prison words before and after it, what makes a
 * commune a place ("à", "near"), common words that are also communes, exonyms and airports.
 */
export const INSTITUTION_WORD =
  /\b(?:prison|prisons|maison|centre|center|penitentiaire|penitentiary|jail|cp|ma|cd|detention|epm|sas|cne|qlco|enap|ecole|baumettes)\b/;
export const BEFORE_PRISON =
  /(?:\b(?:cp|ma|cd|mc|maf|cpf|epm|csl|qpa|qsl)|prison|prisons|jail|maison d'arret|centre penitentiaire|centre de detention|maison centrale|penitentiary|etablissement penitentiaire|domaine penitentiaire)\s+(?:de\s+|d'|des\s+|du\s+|of\s+|at\s+)?(?:la\s+|l')?$/;
/** "the prison in Tarascon", "la prison de Nîmes", "la MA de Nîmes": a prison word right before a town. */
export const PRISON_IN_BEFORE =
  /\b(?:cp|ma|cd|mc|maf|cpf|epm|csl|qpa|qsl|prison|jail|penitentiary|maison d'arret|centre penitentiaire|centre de detention)\s+(?:de\s+|d'|du\s+|of\s+|in\s+|at\s+)$/;
/** "the national prison officers' school in Agen", "l'école des surveillants d'Agen". */
export const SCHOOL_BEFORE =
  /\b(?:school|ecole|academy|training (?:centre|center|college))\b[^.;,()]{0,30}?\s+(?:in|at|of|de|d'|du)\s*$/;
export const AFTER_PRISON = /^['’]?s?\s*(?:prison|jail|penitentiary|detention|facility|correctional|remand)/;
export const HOME_WORD =
  /\b(?:home|homes|house|maisons?(?! d'arret| centrale)|villa|habitation|ou (?:vit|vivent|habite|habitent)|ou (?:il|elle|ils|elles) (?:vit|vivent|habite\w*|reside\w*|demeure\w*)|domicile|residence|apartment|flat|chez (?:lui|elle)|where (?:he|she|they) lives?|lives? in|habite|vit a|immeuble|pavillon|appartement|son logement)\b/;
export const COMMUNE_LEAD = new Set([
  'in',
  'at',
  'a',
  'near',
  'pres',
  'de',
  'd',
  'dans',
  'outside',
  'from',
  'lives',
  'habite',
  'en',
  'of',
  'du',
  'au',
  'to',
  'vers',
  'sur',
]);
/** Communes whose name is also a common French or English word. */
export const COMMON_WORD_COMMUNES = new Set([
  'bar',
  'bois',
  'eu',
  'vue',
  'mont',
  'rue',
  'sens',
  'bourg',
  'roche',
  'ville',
  'vire',
  'bains',
  'mer',
  'mons',
  'nice',
  'orange',
  'salles',
  'tours',
  'vannes',
  'ay',
  'us',
  'noe',
  'port',
  'fort',
  'plan',
  'gare',
  'pont',
  'cours',
  'lac',
  'val',
  'marche',
  'loge',
  'mur',
  'vie',
  'aire',
  'lit',
  'lieu',
  'prix',
  'rive',
  'plage',
  'bec',
  'cave',
  'col',
  'cote',
  'haut',
  'grand',
  'blanc',
  'vert',
  'paris-plage',
]);
/** Prepositions of place that make a common-word commune a place: "à Eu", "in Tours", "near Orange". */
export const PLACE_PREPOSITIONS = new Set(['a', 'in', 'at', 'near', 'pres', 'from', 'to', 'vers', 'of']);
/** English names of French communes. */
export const EXONYMS: Record<string, string> = {
  dunkirk: 'dunkerque',
  marseilles: 'marseille',
  lyons: 'lyon',
  rheims: 'reims',
  aix: 'aix en provence',
};
/**
 * Airports by the names the press gives them, to the commune they stand in: a seizure "à l'aéroport de
 * Roissy-Charles-de-Gaulle" or "at Lyon-Saint-Exupéry airport" is made there.
 */
export const AIRPORTS: Record<string, string> = {
  'roissy charles de gaulle': 'roissy en france',
  'paris charles de gaulle': 'roissy en france',
  'charles de gaulle': 'roissy en france',
  roissy: 'roissy en france',
  'paris orly': 'orly',
  'lyon saint exupery': 'colombier saugnieu',
  'saint exupery': 'colombier saugnieu',
  'marseille provence': 'marignane',
  'nice cote d azur': 'nice',
  'toulouse blagnac': 'blagnac',
  'bordeaux merignac': 'merignac',
  'nantes atlantique': 'bouguenais',
  'lille lesquin': 'lesquin',
  'bale mulhouse': 'saint louis',
  euroairport: 'saint louis',
  'beauvais tille': 'tille',
  'montpellier mediterranee': 'mauguio',
  'strasbourg entzheim': 'entzheim',
  'bastia poretta': 'lucciana',
  'ajaccio napoleon bonaparte': 'ajaccio',
  'pointe a pitre le raizet': 'les abymes',
  'martinique aime cesaire': 'le lamentin',
  'cayenne felix eboue': 'matoury',
};
export const KIND_ORDER = ['centre_penitentiaire', 'maison_arret', 'centre_detention', 'maison_centrale'];
