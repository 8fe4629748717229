/**
 * The public shapes of the detection API (links, campaigns, wave alarms, site risk, aliases): the generated
 * components of the API document (src/api/presenters/campaign.presenter.ts, `npm run gen:api`).
 */
import type { AnswerOf, QueryOf, Schemas } from './schema.ts';

/** A sentence as a code and its parameters, worded by the app in the reader's language. */
export type Words = Schemas['Words'];

/** A link between incidents `a` and `b`: a score in [0, 1] weighted by the weaker source grade. */
export type IncidentLink = Schemas['IncidentLink'];
/** One reason two incidents are linked; `details` carries the numbers the sentence was made of. */
export type LinkEvidence = IncidentLink['evidence'][number];
export type EvidenceKind = LinkEvidence['kind'];
/** A link of one incident, with a glimpse of the other end. */
export type IncidentLinkWithOther = AnswerOf<'/api/incidents/{id}/links', 'get'>['items'][number];

export const CAMPAIGN_STATES = [
  'active',
  'confirmed',
  'dismissed',
] as const satisfies readonly Schemas['Campaign']['state'][];
export type CampaignState = (typeof CAMPAIGN_STATES)[number];

export type Campaign = Schemas['Campaign'];
/** What the members have in common, in numbers (the explanation is built from them). */
export type CampaignFacts = Schemas['CampaignFacts'];
export type CampaignSignificance = Schemas['CampaignSignificance'];
export type CampaignPage = AnswerOf<'/api/campaigns', 'get'>;

export type Alarm = Schemas['WaveAlarm'];
export type AlarmMethod = Alarm['method'];

export type CampaignDetail = Schemas['CampaignDetail'];
export type CampaignDecisionRecord = CampaignDetail['decisions'][number];
/** An untagged act of the campaign's kind on its nights, beyond the usual: apart from the members until an analyst decides. */
export type ProbableMember = CampaignDetail['probable_members'][number];

export type CampaignDecision = Schemas['CampaignDecision'];
export type DecisionKind = CampaignDecision['kind'];

export type CampaignFilters = Pick<QueryOf<'/api/campaigns', 'get'>, 'from' | 'to' | 'state'>;

/** Why a site is at risk: a code with parameters the app words (counts are the reader's own). */
export type SiteRiskReason = Schemas['SiteRiskReason'];
export type SiteRisk = Schemas['SiteRisk'];
export type RiskForecast = Schemas['RiskForecast'];

export type SignatureAlias = AnswerOf<'/api/signature-aliases', 'get'>['items'][number];
