/**
 * The site-risk reasons of the brief, worded in French or English from their codes (the same codes
 * the web app words; analysis/risk/risk-reason.ts). Counts are already the reader's.
 */
import type { ReaderRiskReason } from '../../analysis/risk/risk-reason.ts';
import type { BriefLanguage } from './brief-text.ts';

const KINDS: Record<BriefLanguage, Record<string, string>> = {
  fr: {
    maison_arret: 'maisons d’arrêt',
    centre_detention: 'centres de détention',
    maison_centrale: 'maisons centrales',
    centre_penitentiaire: 'centres pénitentiaires',
    structure_accompagnement_sortie: 'structures d’accompagnement vers la sortie',
    ecole: 'écoles',
    centre_semi_liberte: 'centres de semi-liberté',
    centre_national_evaluation: 'centres nationaux d’évaluation',
    etablissement_mineurs: 'établissements pour mineurs',
    etablissement_sante: 'établissements de santé',
  },
  en: {
    maison_arret: 'remand prisons',
    centre_detention: 'detention centres',
    maison_centrale: 'high-security prisons',
    centre_penitentiaire: 'prison complexes',
    structure_accompagnement_sortie: 'pre-release units',
    ecole: 'schools',
    centre_semi_liberte: 'day-release centres',
    centre_national_evaluation: 'national assessment centres',
    etablissement_mineurs: 'youth prisons',
    etablissement_sante: 'prison hospitals',
  },
};

const TRAITS: Record<BriefLanguage, Record<string, string>> = {
  fr: {
    struck: 'déjà visé',
    directorate: 'même direction',
    neighbour_directorate: 'direction voisine',
    kind: 'même type d’établissement',
    within_reach: 'à portée',
    targets: 'mêmes cibles',
    spreading: 'la campagne vise chaque fois un nouveau site, les plus exposés d’abord',
    new_sites: 'la campagne passe à de nouveaux sites (probabilité de {share} % d’après ses actes)',
    often_attacked: 'site souvent attaqué',
  },
  en: {
    struck: 'already struck',
    directorate: 'same directorate',
    neighbour_directorate: 'neighbouring directorate',
    kind: 'same kind of facility',
    within_reach: 'within reach',
    targets: 'same targets',
    spreading: 'the campaign strikes a new site each time, the busiest first',
    new_sites: 'the campaign goes on to new sites ({share} % likely from its acts)',
    often_attacked: 'a site often attacked',
  },
};

function span(hours: number, lang: BriefLanguage): string {
  if (hours <= 72) return lang === 'fr' ? `ces ${hours} dernières heures` : `in the last ${hours} h`;
  const days = Math.round(hours / 24);
  return lang === 'fr' ? `ces ${days} derniers jours` : `in the last ${days} days`;
}

function incidents(n: number, lang: BriefLanguage): string {
  return lang === 'fr' ? `${n} incident${n > 1 ? 's' : ''}` : `${n} incident${n === 1 ? '' : 's'}`;
}

/** One reason as a sentence in the brief's language. */
export function riskReasonText(reason: ReaderRiskReason, lang: BriefLanguage): string {
  const p = reason.params;
  const n = Number(p.incidents ?? 0);
  const within = span(Number(p.within_hours ?? 24), lang);
  const fr = lang === 'fr';
  switch (reason.code) {
    case 'site_incidents':
      return fr ? `${incidents(n, lang)} sur ce site ${within}` : `${incidents(n, lang)} at this site ${within}`;
    case 'directorate_incidents':
      return fr
        ? `${incidents(n, lang)} dans la même direction (${p.directorate}) ${within}`
        : `${incidents(n, lang)} in the same directorate (${p.directorate}) ${within}`;
    case 'kind_incidents': {
      const kind = KINDS[lang][String(p.kind)] ?? String(p.kind);
      return fr
        ? `${incidents(n, lang)} dans d’autres ${kind} ${within}`
        : `${incidents(n, lang)} at other ${kind} ${within}`;
    }
    case 'signature_region':
      return fr
        ? `zone de la signature ${p.signature} (${incidents(n, lang)} ${within})`
        : `in the ${p.signature} signature region (${incidents(n, lang)} ${within})`;
    case 'campaign': {
      const traits = (Array.isArray(p.traits) ? p.traits : [])
        .map((trait) => (TRAITS[lang][trait] ?? trait).replace('{share}', String(p.new_site_share ?? '')))
        .join(', ');
      const name = p.label ? (fr ? `campagne ${p.label}` : `${p.label} campaign`) : fr ? 'campagne' : 'campaign';
      return fr
        ? `${name} en cours (${p.sites} sites, ${incidents(n, lang)})${traits ? ` : ${traits}` : ''}`
        : `active ${name} (${p.sites} sites, ${incidents(n, lang)})${traits ? `: ${traits}` : ''}`;
    }
    case 'campaign_cover': {
      const name = p.label
        ? fr
          ? `la campagne ${p.label}`
          : `the ${p.label} campaign`
        : fr
          ? 'la campagne'
          : 'the campaign';
      const rank = Number(p.rank);
      if (p.shape === 'return')
        return fr
          ? `dans la liste au cas où ${name} reviendrait sur ses sites (${p.share} %) : ${rank}e par son seul risque`
          : `in the list in case ${name} returns to its sites (${p.share} %): #${rank} on its own risk`;
      return fr
        ? `dans la liste au cas où ${name} viserait de nouveaux sites (${p.share} %) : ${rank}e par son seul risque`
        : `in the list in case ${name} goes on to new sites (${p.share} %): #${rank} on its own risk`;
    }
    case 'usual_rates':
      return fr
        ? `taux habituels : ${p.expected} incident(s) attendu(s) sur ${p.hours} h`
        : `usual rates: ${p.expected} incidents expected over ${p.hours} h`;
    case 'detainee_profiles':
      return fr
        ? `profils des détenus : risque ×${Number(p.factor).toFixed(2)}`
        : `detainee profiles: risk ×${Number(p.factor).toFixed(2)}`;
    case 'recent_activity':
      return fr ? 'activité récente' : 'recent activity';
  }
}
