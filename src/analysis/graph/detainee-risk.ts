/**
 * How the high-risk detainees held at a site raise its risk: a bounded multiplicative factor on the
 * site's expected incidents (SiteRiskModel), explained in a sentence. Kept deliberately small: a
 * profile alone adds at most 10 %, leading an organisation named in an active campaign adds 20 %
 * (10 % for a member), and a site's factor never exceeds MAX_SITE_FACTOR.
 */

/** The four factors of a detainee profile, each 0 (none) to 3 (high). */
export interface RiskFactors {
  organised_crime_leadership: number;
  escape_history: number;
  outside_communications: number;
  violence: number;
}

export const RISK_FACTOR_NAMES = [
  'organised_crime_leadership',
  'escape_history',
  'outside_communications',
  'violence',
] as const;
export const MAX_PROFILE_SCORE = 12;
export const MAX_SITE_FACTOR = 1.5;
const PROFILE_WEIGHT = 0.1;
const LEADER_WEIGHT = 0.2;
const MEMBER_WEIGHT = 0.1;

/** A profile as the site factor needs it. */
export interface HeldDetainee extends RiskFactors {
  actorId: string;
  facilityId: string;
  /** the detainee's tie to an organisation named in an active campaign, if any */
  activeOrganisationTie?: 'leads' | 'member_of';
}

export interface SiteFactor {
  factor: number;
  reasons: string[];
}

/** The profile score, 0-12: the sum of the four factors. */
export function profileScore(factors: RiskFactors): number {
  return RISK_FACTOR_NAMES.reduce((sum, name) => sum + factors[name], 0);
}

/** The readable reasons of a profile: the factors graded 2 or 3, highest first. */
export function profileReasons(factors: RiskFactors): string[] {
  const labels: Record<(typeof RISK_FACTOR_NAMES)[number], string> = {
    organised_crime_leadership: 'organised-crime leadership',
    escape_history: 'escape history',
    outside_communications: 'outside communications',
    violence: 'violence',
  };
  return RISK_FACTOR_NAMES.filter((name) => factors[name] >= 2)
    .sort((a, b) => factors[b] - factors[a])
    .map((name) => `${labels[name]} ${factors[name]}/3`);
}

/**
 * Each site's factor from the detainees it holds. Sites without a profile are absent (factor 1).
 * Reasons name no person: whoever reads site risk need not read the profiles.
 */
export function detaineeSiteFactors(detainees: readonly HeldDetainee[]): Map<string, SiteFactor> {
  const bySite = new Map<string, HeldDetainee[]>();
  for (const detainee of detainees)
    bySite.set(detainee.facilityId, [...(bySite.get(detainee.facilityId) ?? []), detainee]);
  const factors = new Map<string, SiteFactor>();
  for (const [site, held] of bySite) {
    let raise = 0;
    let leaders = 0,
      members = 0,
      top = 0;
    for (const detainee of held) {
      const score = profileScore(detainee);
      top = Math.max(top, score);
      raise += (score / MAX_PROFILE_SCORE) * PROFILE_WEIGHT;
      if (detainee.activeOrganisationTie === 'leads') {
        raise += LEADER_WEIGHT;
        leaders++;
      }
      if (detainee.activeOrganisationTie === 'member_of') {
        raise += MEMBER_WEIGHT;
        members++;
      }
    }
    const factor = Math.min(MAX_SITE_FACTOR, 1 + raise);
    if (factor <= 1) continue;
    const parts = [
      `${held.length === 1 ? '1 profiled detainee' : `${held.length} profiled detainees`} held here (highest score ${top}/${MAX_PROFILE_SCORE})`,
    ];
    if (leaders > 0)
      parts.push(`${leaders === 1 ? 'one leads' : `${leaders} lead`} an organisation named in an active campaign`);
    if (members > 0)
      parts.push(
        `${members === 1 ? 'one is a member' : `${members} are members`} of ${leaders > 0 ? 'one' : 'an organisation named in an active campaign'}`,
      );
    factors.set(site, {
      factor,
      reasons: [`${parts.join('; ')}: risk ×${factor.toFixed(2)}${factor === MAX_SITE_FACTOR ? ' (the cap)' : ''}`],
    });
  }
  return factors;
}
