/**
 * A union section's statement speaks of its prison in the first person: "FO Justice, section locale du centre
 * pénitentiaire de X ... Cette nuit, notre établissement a subi une attaque". The prison the section belongs to is
 * named only in the letterhead, where it is a union's seat (never a site); "notre établissement", "our prison" in the
 * body are that prison, where the acts told with them took place.
 */
import type { FacilityMention, SiteMention } from './place-mentions.ts';
import { namedAsUnionSection } from './site-roles.ts';

const OUR_PRISON =
  /\b(?:notre|nos) (?:etablissements?|prisons?|centre penitentiaire|centre de detention|maison d'arret|maison centrale|site|structure)\b|\bour (?:prison|jail|establishment|facility|penitentiary|detention centre|site)\b/g;

/**
 * Mentions of the union section's prison at each "notre établissement" of the text, when the text names exactly one
 * prison as a union section's; `named` are all the places read, in text order.
 */
export function ourEstablishment(folded: string, named: SiteMention[]): FacilityMention[] {
  const sections = named.filter(
    (site): site is FacilityMention => site.kind === 'facility' && namedAsUnionSection(folded, site),
  );
  const ids = new Set(sections.map((site) => site.facility.id));
  if (ids.size !== 1) return [];
  const { facility } = sections[0];
  return [...folded.matchAll(OUR_PRISON)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    kind: 'facility',
    facility,
    rule: 'facility.our-establishment',
    confidence: 0.6,
  }));
}
