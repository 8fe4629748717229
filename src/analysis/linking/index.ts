/**
 * Linking and campaigns: the public API of src/analysis/linking. Pure code over plain data; the
 * lead wires it to the store (persisting links, campaigns, aliases and decisions).
 */
export { AliasTable, damerauLevenshtein, jaroWinkler, signatureSimilarity } from './signature-similarity.ts';
export type { AliasEntry, SignatureSimilarity, SimilarityMeasure } from './signature-similarity.ts';
export { SignatureIndex } from './signature-index.ts';
export type { IndexedSignature, SignatureIndexOptions, SimilarKey } from './signature-index.ts';
export { SpaceTimeIndex } from './space-time-index.ts';
export type { SpaceTimeIndexOptions } from './space-time-index.ts';
export { isIdentifierKind, isTransitiveLink, moSimilarity, pairGradeWeight, scoreLink } from './link-scorer.ts';
export type { LinkScoreContext } from './link-scorer.ts';
export { LinkEngine } from './link-engine.ts';
export type { LinkEngineOptions } from './link-engine.ts';
export { clusterCampaigns } from './campaigns.ts';
export { CampaignTracker } from './campaign-tracker.ts';
export type { CampaignChange, CampaignTrackerOptions } from './campaign-tracker.ts';
export { explainCampaign } from './campaign-summary.ts';
export type {
  Campaign,
  CampaignDecision,
  CampaignNumbers,
  CampaignOptions,
  CampaignStatus,
  KnownCampaign,
  SharedSignature,
} from './campaign-types.ts';
