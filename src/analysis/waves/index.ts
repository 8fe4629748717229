/**
 * Wave detection and site risk: the public surface of src/analysis/waves.
 * See poisson-scan.ts (candidate campaigns), permutation-scan.ts (regional clusters without a shared
 * signature), hawkes.ts (cross-site excitation), site-risk.ts (per-site forecast) and recurrence.ts.
 */
export {
  countedEvaluationsPerYear,
  isMultiSiteBurst,
  MAX_TOP_SITE_SHARE,
  MIN_ALARM_SITES,
  topSiteShare,
  WAVE_TESTS,
  waveAlarmPValue,
  type ScannedSite,
} from './alarm-rule.ts';
export {
  Baseline,
  BaselineAccumulator,
  fitBaseline,
  type BaselineDescription,
  type BaselineJson,
  type BaselineOptions,
} from './baseline.ts';
export { fitExcitation, type ExcitationFit, type ExcitationFitOptions } from './hawkes-fit.ts';
export { hawkesTest, type HawkesParameters, type HawkesTestOptions, type HawkesTestResult } from './hawkes.ts';
export { monteCarloPValue, type MonteCarloOptions, type MonteCarloResult } from './monte-carlo.ts';
export { DAY_MS, parisDay, parisDayStart, weekdayOfDay } from './paris-day.ts';
export {
  scanSpaceTimePermutation,
  type PermutationScanOptions,
  type PermutationScanResult,
  type SpaceTimeCluster,
} from './permutation-scan.ts';
export { scanCandidate, type PoissonScanOptions, type PoissonScanResult, type WaveCandidate } from './poisson-scan.ts';
export {
  alarmPValue,
  describeRecurrence,
  P_VALUE_FLOOR,
  evaluationsPerYear,
  gumbelTailPValue,
  recurrenceSentence,
  recurrenceYears,
  significanceOf,
  type Significance,
} from './recurrence.ts';
export { deriveSeed, Rng } from './rng.ts';
export {
  campaignSignature,
  carriersLeftOut,
  isVariantOf,
  siteKeyOf,
  VARIANT_MIN_SCORE,
  type CampaignSignature,
} from './campaign-signature.ts';
export {
  BACKGROUND_GAP_DAYS,
  backgroundPeriod,
  poissonUpperTail,
  signatureBurstTest,
  type SignatureBurstInput,
  type SignatureBurstResult,
  type SignatureCarrier,
} from './signature-burst.ts';
export {
  SiteAffinity,
  signatureRegionsFrom,
  type AffinityLink,
  type SharedTrait,
  type SiteAffinityOptions,
} from './site-affinity.ts';
export { SiteRiskModel, type SiteRisk, type SiteRiskOptions } from './site-risk.ts';
export { closeWorkerPool } from './worker-pool.ts';
export {
  assignProbableMembers,
  campaignClasses,
  campaignKind,
  campaignProbableMembers,
  campaignReach,
  classesOf,
  ofKind,
  otherClaims,
  probableMembers,
  probablePeriods,
  type CampaignProbableInput,
  type ProbableMember,
  type ProbableMemberInput,
  type ProbableRule,
} from './probable-members.ts';
export {
  LIKELIHOOD_DEFAULTS,
  likelihoodScores,
  windowMarginDays,
  type LikelihoodInput,
  type LikelihoodRule,
  type LikelihoodScore,
} from './probable-likelihood.ts';
