import type { Incident } from './types.ts';

/** Shapes of /api/articles, /api/review and /api/feeds (see src/api/presenters/review.presenter.ts). */
export const CANDIDATE_STATUSES = ['pending', 'accepted', 'merged', 'rejected'] as const;
export type CandidateStatus = (typeof CANDIDATE_STATUSES)[number];

export interface Evidence {
  field: string;
  start: number;
  end: number;
  quote: string;
  confidence: number;
  rule?: string;
}

export interface Candidate {
  id: string;
  article_id: string;
  position: number;
  kind: 'incident' | 'seizure';
  key: string;
  draft: Record<string, unknown>;
  evidence: Evidence[];
  confidence: number;
  notes: string[];
  /** the notes as codes with parameters, same order (absent from older servers) */
  note_words?: Array<{ code: string; params: Record<string, unknown> }>;
  status: CandidateStatus;
  version: number;
  decision: null | {
    by: string | null;
    by_system: boolean;
    at: string | null;
    reason: string | null;
    result_id: string | null;
  };
  created_at: string;
}

export interface Article {
  id: string;
  url: string | null;
  title: string | null;
  outlet: string | null;
  language: string;
  published: string;
  format: string;
  text: string;
  source: { kind: string; reliability: string | null; credibility: number | null };
  feed_id: string | null;
  marking: string;
  compartments: string[];
  created_at: string;
}

export interface QueueItem extends Candidate {
  article: { id: string; title: string | null; url: string | null; published: string; feed_id: string | null };
}

export interface MergeSuggestion {
  reason: 'same_facility_same_night' | 'same_department_nearby';
  incident: Incident;
}

export interface CandidateDetail extends Candidate {
  article: Article;
  siblings: Array<{ id: string; kind: string; status: CandidateStatus; key: string }>;
  suggestions: MergeSuggestion[];
}

export interface ArticleSubmission {
  content: string;
  url?: string;
  title?: string;
  outlet?: string;
  published?: string;
  reliability?: string;
  credibility?: number;
  marking?: string;
}

/** An outlet of the source register: the grade its reports get when they come without one. */
export interface Outlet {
  id: string;
  name: string;
  aliases: string[];
  kind: string;
  category: string;
  reliability: string;
  credibility: number;
  grade: string;
  notes: string | null;
  version: number;
  updated_at: string;
}
export interface OutletInput {
  name: string;
  aliases?: string[];
  kind?: string;
  category?: string;
  reliability: string;
  credibility?: number;
  notes?: string;
}

export interface Feed {
  id: string;
  url: string;
  title: string | null;
  poll_minutes: number;
  trusted: boolean;
  trust_threshold: number;
  outlet: string | null;
  reliability: string | null;
  credibility: number | null;
  marking: string;
  enabled: boolean;
  status: {
    last_polled_at: string | null;
    last_status: 'ok' | 'error' | null;
    last_error: string | null;
    items_seen: number;
    items_new: number;
    items_total: number;
  };
}

export interface FeedInput {
  url: string;
  title?: string;
  poll_minutes?: number;
  trusted?: boolean;
  reliability?: string;
  credibility?: number;
  enabled?: boolean;
}
