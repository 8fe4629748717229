/**
 * Shapes of /api/articles, /api/review, /api/feeds and /api/source-register: the generated components of the
 * API document (src/api/presenters/review.presenter.ts, `npm run gen:api`).
 */
import type { Schemas } from './schema.ts';

export const CANDIDATE_STATUSES = [
  'pending',
  'accepted',
  'merged',
  'rejected',
] as const satisfies readonly Schemas['Candidate']['status'][];
export type CandidateStatus = (typeof CANDIDATE_STATUSES)[number];

/** Where in the article a field of the draft was read. */
export type Evidence = Schemas['FieldEvidence'];
export type Candidate = Schemas['Candidate'];
export type Article = Schemas['Article'];
export type QueueItem = Schemas['QueueItem'];
export type MergeSuggestion = Schemas['MergeSuggestion'];
export type CandidateDetail = Schemas['CandidateDetail'];
export type ArticleSubmission = Schemas['ArticleSubmission'];

/** An outlet of the source register: the grade its reports get when they come without one. */
export type Outlet = Schemas['Outlet'];
export type OutletInput = Schemas['OutletInput'];
export type OutletPatch = Schemas['OutletPatch'];

export type Feed = Schemas['Feed'];
export type FeedInput = Schemas['FeedInput'];
export type FeedPatch = Schemas['FeedPatch'];
