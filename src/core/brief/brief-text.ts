/** The words of the daily brief, in French (the default) and English. */
export type BriefLanguage = 'fr' | 'en';

export const EVENT_TYPE_LABELS: Record<BriefLanguage, Record<string, string>> = {
  fr: {
    gunfire: 'tirs',
    arson: 'incendie',
    vehicle_arson: 'véhicule incendié',
    attempted_arson: 'tentative d’incendie',
    explosive: 'explosif',
    graffiti: 'tags',
    threat: 'menace',
    doxxing: 'divulgation de données',
    assault_on_staff: 'agression d’agent',
    drone_drop: 'largage par drone',
    projection: 'projection',
    intrusion: 'intrusion',
    escape: 'évasion',
    escape_attempt: 'tentative d’évasion',
    transport_ambush: 'attaque de transfert',
    riot: 'mutinerie',
    contraband_found: 'découverte d’objets illicites',
    other: 'autre',
  },
  en: {
    gunfire: 'gunfire',
    arson: 'arson',
    vehicle_arson: 'vehicle arson',
    attempted_arson: 'attempted arson',
    explosive: 'explosive',
    graffiti: 'graffiti',
    threat: 'threat',
    doxxing: 'doxxing',
    assault_on_staff: 'assault on staff',
    drone_drop: 'drone drop',
    projection: 'projection',
    intrusion: 'intrusion',
    escape: 'escape',
    escape_attempt: 'escape attempt',
    transport_ambush: 'transport ambush',
    riot: 'riot',
    contraband_found: 'contraband found',
    other: 'other',
  },
};

export const BRIEF_TEXT = {
  fr: {
    night: 'Incidents de la nuit (24 dernières heures)',
    noNight: 'Aucun incident dans les 24 dernières heures.',
    time: 'Heure',
    site: 'Site',
    acts: 'Faits',
    tags: 'Tags',
    source: 'Source',
    ungraded: 'non cotée',
    campaignVisible: (n: number) => `${n} incident(s) lisible(s) par vous`,
    campaignSpread: (sites: number, nights: number) => `${sites} site(s) en ${nights} nuit(s)`,
    campaignShared: (n: number, tag: string) => `${n} partagent « ${tag} »`,
    campaignSameMo: (n: number) => `${n} au mode opératoire quasi identique`,
    campaignWeak: (n: number) => `${n} sur sources faibles`,
    campaignState: { active: 'active', confirmed: 'confirmée', dismissed: 'écartée' },
    severity: { info: 'Info', low: 'Faible', medium: 'Moyenne', high: 'Haute', critical: 'Critique' },
    alertState: { open: 'ouverte', acknowledged: 'prise en compte', resolved: 'résolue', dismissed: 'écartée' },
    postureLevel: { normal: 'normal', reinforced: 'renforcé', high: 'élevé', maximal: 'maximal' },
    postureState: {
      active: 'en vigueur',
      proposed: 'proposé',
      superseded: 'remplacé',
      expired: 'expiré',
      rejected: 'rejeté',
      lapsed: 'caduc',
    },
    assignee: 'confiée à',
    nightOf: (d: string) => `nuit du ${d}`,
    between: (a: string, b: string) => `du ${a} au ${b}`,
    perDay: 'Incidents par jour (7 jours)',
    pdfMapNote: 'La carte figure dans la version HTML.',
    title: (date: string) => `Point de situation du ${date}`,
    audience: (org: string, at: string) =>
      `Établi pour ${org}, à ${at} (heure de Paris). Ne contient que ce que ses lecteurs peuvent lire.`,
    incidents: 'Incidents',
    last24: '24 dernières heures',
    last7: '7 derniers jours',
    directorate: 'Direction',
    type: 'Type',
    none: 'Aucun.',
    incidentsSummary: (day: number, week: number) => `${day} incident(s) en 24 heures, ${week} en 7 jours.`,
    campaigns: 'Campagnes actives',
    noCampaigns: 'Aucune campagne active.',
    campaignLine: (sites: string, members: number) => `${members} incident(s) ; sites : ${sites}`,
    significance: 'Signification',
    pValue: 'p',
    notTested: 'non testée',
    changed: 'Depuis la veille',
    newMembers: (n: number) => `${n} nouvel(s) incident(s)`,
    noNewMembers: 'aucun nouvel incident',
    pChange: (before: string, now: string) => `p passée de ${before} à ${now}`,
    pSame: 'p inchangée',
    firstSeen: 'nouvelle campagne',
    withheld: 'signification masquée : elle repose sur des incidents que vous ne pouvez pas lire',
    alerts: 'Alertes ouvertes',
    noAlerts: 'Aucune alerte ouverte.',
    tasks: 'Tâches en retard',
    noTasks: 'Aucune tâche en retard.',
    due: 'échéance',
    posture: 'Changements de posture (24 h)',
    noPosture: 'Aucun changement de posture.',
    risk: 'Sites à risque (72 prochaines heures)',
    noRisk: 'Aucun site au-dessus de son risque habituel.',
    riskWithheld: 'Réservé aux analystes, superviseurs et administrateurs (le calcul lit tous les incidents).',
    riskLine: (p: string, rr: string) => `probabilité d’au moins un incident ${p}, ${rr} fois le risque habituel`,
    seizures: 'Saisies notables (7 jours)',
    noSeizures: 'Aucune saisie enregistrée sur 7 jours.',
    figures: 'Figures',
    mapCaption: 'Incidents des 7 derniers jours (points) et sites à risque (cercles), métropole.',
    timelineCaption: 'Incidents par jour sur les 7 derniers jours.',
    outside: (n: number) => `${n} incident(s) hors métropole non représenté(s).`,
  },
  en: {
    night: 'Incidents of the night (last 24 hours)',
    noNight: 'No incident in the last 24 hours.',
    time: 'Time',
    site: 'Site',
    acts: 'Acts',
    tags: 'Tags',
    source: 'Source',
    ungraded: 'ungraded',
    campaignVisible: (n: number) => `${n} incident(s) you may read`,
    campaignSpread: (sites: number, nights: number) => `${sites} site(s) in ${nights} night(s)`,
    campaignShared: (n: number, tag: string) => `${n} share "${tag}"`,
    campaignSameMo: (n: number) => `${n} with a near-identical MO`,
    campaignWeak: (n: number) => `${n} on weak sources`,
    campaignState: { active: 'active', confirmed: 'confirmed', dismissed: 'dismissed' },
    severity: { info: 'Info', low: 'Low', medium: 'Medium', high: 'High', critical: 'Critical' },
    alertState: { open: 'open', acknowledged: 'acknowledged', resolved: 'resolved', dismissed: 'dismissed' },
    postureLevel: { normal: 'normal', reinforced: 'reinforced', high: 'high', maximal: 'maximal' },
    postureState: {
      active: 'in force',
      proposed: 'proposed',
      superseded: 'superseded',
      expired: 'expired',
      rejected: 'rejected',
      lapsed: 'lapsed',
    },
    assignee: 'assigned to',
    nightOf: (d: string) => `night of ${d}`,
    between: (a: string, b: string) => `${a} to ${b}`,
    perDay: 'Incidents per day (7 days)',
    pdfMapNote: 'The map is in the HTML version.',
    title: (date: string) => `Daily brief of ${date}`,
    audience: (org: string, at: string) =>
      `Built for ${org}, at ${at} (Paris time). Holds only what its readers may read.`,
    incidents: 'Incidents',
    last24: 'last 24 hours',
    last7: 'last 7 days',
    directorate: 'Directorate',
    type: 'Type',
    none: 'None.',
    incidentsSummary: (day: number, week: number) => `${day} incident(s) in 24 hours, ${week} in 7 days.`,
    campaigns: 'Active campaigns',
    noCampaigns: 'No active campaign.',
    campaignLine: (sites: string, members: number) => `${members} incident(s); sites: ${sites}`,
    significance: 'Significance',
    pValue: 'p',
    notTested: 'not tested',
    changed: 'Since yesterday',
    newMembers: (n: number) => `${n} new incident(s)`,
    noNewMembers: 'no new incident',
    pChange: (before: string, now: string) => `p went from ${before} to ${now}`,
    pSame: 'p unchanged',
    firstSeen: 'new campaign',
    withheld: 'significance withheld: it rests on incidents you cannot read',
    alerts: 'Open alerts',
    noAlerts: 'No open alert.',
    tasks: 'Overdue tasks',
    noTasks: 'No overdue task.',
    due: 'due',
    posture: 'Posture changes (24 h)',
    noPosture: 'No posture change.',
    risk: 'Sites at risk (next 72 hours)',
    noRisk: 'No site above its usual risk.',
    riskWithheld: 'For analysts, supervisors and administrators only (the model reads every incident).',
    riskLine: (p: string, rr: string) => `probability of at least one incident ${p}, ${rr} times the usual risk`,
    seizures: 'Notable seizures (7 days)',
    noSeizures: 'No seizure recorded in 7 days.',
    figures: 'Figures',
    mapCaption: 'Incidents of the last 7 days (dots) and sites at risk (rings), mainland France.',
    timelineCaption: 'Incidents per day over the last 7 days.',
    outside: (n: number) => `${n} incident(s) outside mainland France not drawn.`,
  },
} as const;

/** "2,3 %" / "2.3%". */
export function percent(value: number, language: BriefLanguage): string {
  const n = (value * 100).toLocaleString(language === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: 1 });
  return language === 'fr' ? `${n} %` : `${n}%`;
}

/** "7,4" / "7.4": one decimal in the language's form. */
export function decimal(value: number, language: BriefLanguage): string {
  return value.toLocaleString(language === 'fr' ? 'fr-FR' : 'en-GB', {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
}

/** A p-value as people read it: "< 0.001" below a thousandth, else two significant digits. */
export function pValueText(p: number, language: BriefLanguage): string {
  const text = p < 0.001 ? '< 0.001' : p.toPrecision(2);
  return language === 'fr' ? text.replace('.', ',') : text;
}

const DAYS_PER_YEAR = 365.25;
const round = (value: number) =>
  (value >= 10 ? Math.round(value) : Math.round(value * 10) / 10).toLocaleString('fr-FR');

/** The French form of the detection's recurrence sentence (src/analysis/waves/recurrence.ts). */
export function recurrenceSentenceFr(years: number): string {
  const days = years * DAYS_PER_YEAR;
  const once =
    years >= 1000
      ? 'moins d’une fois en 1 000 ans'
      : years >= 1
        ? `une fois en ${round(years)} ${years < 1.05 ? 'an' : 'ans'}`
        : days >= 60
          ? `une fois en ${round(days / 30.44)} mois`
          : days >= 14
            ? `une fois en ${round(days / 7)} semaines`
            : days >= 1
              ? `une fois en ${round(days)} ${days < 1.05 ? 'jour' : 'jours'}`
              : `environ ${round(1 / days)} fois par jour`;
  return `aux taux habituels, cela arrive ${once}`;
}
