/** The public shapes of the detection API (links, campaigns, wave alarms, site risk, aliases). */
import type { Incident } from './types.ts';

/** A sentence as a code and its parameters, worded by the app in the reader's language. */
export interface Words {
  code: string;
  params: Record<string, unknown>;
}

export type EvidenceKind = 'same_signature' | 'similar_signature' | 'same_mo' | 'space_time' | 'shared_actor';

/** One reason two incidents are linked; `details` carries the numbers the sentence was made of. */
export interface LinkEvidence {
  kind: EvidenceKind;
  score: number;
  details: Record<string, unknown>;
  /** the server's sentence, in English */
  explanation: string;
}

/** A link between incidents `a` and `b`: a score in [0, 1] weighted by the weaker source grade. */
export interface IncidentLink {
  a: string;
  b: string;
  score: number;
  grade_weight: number;
  evidence: LinkEvidence[];
  explanation: string;
}

/** A link of one incident, with a glimpse of the other end. */
export interface IncidentLinkWithOther extends IncidentLink {
  other: {
    id: string;
    facility_id: string | null;
    facility_name: string | null;
    commune: string | null;
    occurred_start: string;
    event_types: string[];
  };
}

export const CAMPAIGN_STATES = ['active', 'confirmed', 'dismissed'] as const;
export type CampaignState = (typeof CAMPAIGN_STATES)[number];

/** What the members have in common, in numbers (the explanation is built from them). */
export interface CampaignFacts {
  incidents: number;
  /** distinct places: facilities, or rounded coordinates for incidents away from a facility */
  sites: number;
  nights: number;
  shared_tag: { text: string; kind: string; count: number } | null;
  near_identical_mo: number;
  weak_sources: number;
  core?: string[];
  medoid?: string;
}

export interface PoissonScanResult {
  statistic: number;
  p_value: number;
  recurrence_years: number;
  replications: number;
  window: { days: number; start: string; end: string };
  observed: number;
  expected: number;
  sites: Array<{ site_id: string; observed: number; expected: number }>;
  sentence: string;
  explanation: string;
}

export interface HawkesResult {
  statistic: number;
  p_value: number;
  method: string;
  explanation: string;
}

/** The sites carrying the campaign's tag against the tag's own usual rate. */
export interface SignatureBurstResult {
  signature: string;
  p_value: number;
  window_days: number;
  sites: number;
  expected: number;
  rate_per_year: number;
  background_carriers: number;
  background_days: number;
  explanation: string;
}

/** What the alarm rests on: the better of the scan and the signature test, doubled. */
export interface WaveVerdict {
  p_value: number;
  recurrence_years: number;
  method: 'poisson_scan' | 'signature_burst';
  evaluations_per_year: number;
  sentence: string;
  alarm: boolean;
}

export type CampaignSignificance =
  | null
  | { tested: false; reason: string }
  | { withheld: true; reason: string }
  | {
      tested: true;
      evaluated_at: string;
      poisson_scan: PoissonScanResult;
      hawkes: HawkesResult | null;
      /** absent on campaigns tested before the signature test existed */
      signature_burst?: SignatureBurstResult | null;
      wave?: WaveVerdict;
    };

export interface Campaign {
  id: string;
  key: string;
  state: CampaignState;
  version: number;
  start: string;
  end: string;
  sites: Array<{ id: string; name: string }>;
  member_ids: string[];
  shared_signatures: Array<{ normalized: string; text: string; count: number; kind?: string }>;
  confidence: number;
  explanation: string;
  /** the explanation as a code with parameters (absent from servers before issue 17) */
  words?: Words;
  facts: CampaignFacts | null;
  significance: CampaignSignificance;
  /** some members are hidden from this reader: the significance is withheld */
  hidden_members: boolean;
  dismissed_reason: string | null;
  updated_at: string;
}

export type AlarmMethod = 'poisson_scan' | 'signature_burst' | 'permutation_scan' | 'hawkes';

export interface Alarm {
  id: string;
  campaign_id: string | null;
  method: AlarmMethod;
  statistic: number;
  p_value: number;
  recurrence_years: number;
  window: { start: string; end: string };
  sites: Array<{ id: string; name: string }>;
  incident_ids: string[];
  details: Record<string, unknown>;
  explanation: string;
  words?: Words;
  raised_at: string;
  /** standing until a person ends it; updated by later evidence meanwhile */
  state: 'standing' | 'ended';
  updated_at: string;
  updates: Array<{ at: string; members: number; sites: number; p_value: number }>;
  ended: { at: string | null; by: string | null; reason: string | null } | null;
}

export type DecisionKind =
  | 'confirm'
  | 'dismiss'
  | 'split'
  | 'merge'
  | 'exclude'
  | 'confirm_probable'
  | 'dismiss_probable';

export interface CampaignDecisionRecord {
  kind: DecisionKind;
  reason: string | null;
  decided_at: string;
  decided_by: string | null;
}

/** An untagged act of the campaign's kind on its nights, beyond the usual: apart from the members until an analyst decides. */
export interface ProbableMember {
  incident_id: string;
  excess_probability: number;
  observed: number;
  expected: number;
  night: string | null;
  explanation: string;
  words?: Words;
  incident: Incident;
}

export interface CampaignDetail extends Campaign {
  members: Incident[];
  /** absent from servers before issue 15 */
  probable_members?: ProbableMember[];
  links: IncidentLink[];
  alarms: Alarm[];
  decisions: CampaignDecisionRecord[];
}

export type CampaignDecision =
  | { kind: 'confirm'; reason?: string }
  | { kind: 'dismiss'; reason: string }
  | { kind: 'split'; groups: string[][] }
  | { kind: 'merge'; with: string[] }
  | { kind: 'exclude'; incident: string }
  | { kind: 'confirm_probable'; incident: string; reason?: string }
  | { kind: 'dismiss_probable'; incident: string; reason: string };

export interface CampaignFilters {
  from?: string;
  to?: string;
  state?: string;
}

/** Why a site is at risk: a code with parameters the app words (counts are the reader's own). */
export interface SiteRiskReason {
  code:
    | 'site_incidents'
    | 'directorate_incidents'
    | 'kind_incidents'
    | 'signature_region'
    | 'campaign'
    | 'usual_rates'
    | 'detainee_profiles'
    | 'recent_activity';
  params: Record<string, string | number | string[]>;
}

export interface SiteRisk {
  site_id: string;
  site: { id: string; name: string };
  horizon_hours: number;
  expected: number;
  background: number;
  excitation: number;
  probability: number;
  /** null when the site has no usual rate */
  relative_risk: number | null;
  factor?: number;
  reasons: SiteRiskReason[];
}

export interface RiskForecast {
  at: string;
  horizon_hours: number;
  items: SiteRisk[];
}

export interface SignatureAlias {
  alias: string;
  canonical: string;
  note: string | null;
}
