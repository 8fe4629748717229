import { asMarking } from '../../core/shared/principal.ts';
import { z } from '@hono/zod-openapi';
import type { Gazetteer } from '../../core/shared/gazetteer.ts';
import type { MergeSuggestion } from '../../core/review/review.service.ts';
import type { QueueRow } from '../../store/article.repository.ts';
import type { ArticleCandidateRow, ArticleRow, FeedRow } from '../../store/schema.ts';
import { noteWords } from '../../core/review/review-notes.ts';
import { incidentSchema } from '../schemas.ts';
import { wordsSchema, markingSchema } from './schema-parts.ts';
import { presentIncident } from './incident.presenter.ts';

const statusSchema = z.enum(['pending', 'accepted', 'merged', 'rejected']);

/** Where in the article a field was read: offsets into its text, the words, and how sure the rule was. */
export const fieldEvidenceSchema = z
  .object({
    field: z.string(),
    start: z.number().int(),
    end: z.number().int(),
    quote: z.string(),
    confidence: z.number(),
    rule: z.string().optional(),
  })
  .openapi('FieldEvidence');

export const candidateSchema = z
  .object({
    id: z.string().uuid(),
    article_id: z.string().uuid(),
    position: z.number().int(),
    kind: z.enum(['incident', 'seizure']),
    key: z.string(),
    draft: z.record(z.string(), z.unknown()).openapi({ description: 'the proposed record, in the input format' }),
    evidence: z.array(fieldEvidenceSchema),
    confidence: z.number(),
    notes: z.array(z.string()),
    note_words: z.array(wordsSchema).openapi({ description: 'the notes as codes with parameters, same order' }),
    status: statusSchema,
    version: z.number().int(),
    decision: z
      .object({
        by: z.string().nullable(),
        by_system: z.boolean(),
        at: z.string().nullable(),
        reason: z.string().nullable(),
        result_id: z.string().nullable(),
      })
      .nullable(),
    created_at: z.string(),
  })
  .openapi('Candidate');
export type Candidate = z.infer<typeof candidateSchema>;

export const articleSchema = z
  .object({
    id: z.string().uuid(),
    url: z.string().nullable(),
    title: z.string().nullable(),
    outlet: z.string().nullable(),
    language: z.string(),
    published: z.string(),
    format: z.string(),
    text: z.string(),
    source: z.object({ kind: z.string(), reliability: z.string().nullable(), credibility: z.number().nullable() }),
    feed_id: z.string().nullable(),
    marking: markingSchema,
    compartments: z.array(z.string()),
    owner_org_id: z.string(),
    created_at: z.string(),
  })
  .openapi('Article');
export type Article = z.infer<typeof articleSchema>;

export const queueItemSchema = candidateSchema
  .extend({
    article: z.object({
      id: z.string().uuid(),
      title: z.string().nullable(),
      url: z.string().nullable(),
      published: z.string(),
      feed_id: z.string().nullable(),
    }),
  })
  .openapi('QueueItem');
export type QueueItem = z.infer<typeof queueItemSchema>;

export const mergeSuggestionSchema = z
  .object({ reason: z.enum(['same_facility_same_night', 'same_department_nearby']), incident: incidentSchema })
  .openapi('MergeSuggestion');
export type MergeSuggestionView = z.infer<typeof mergeSuggestionSchema>;

export const feedSchema = z
  .object({
    id: z.string().uuid(),
    url: z.string(),
    title: z.string().nullable(),
    poll_minutes: z.number().int(),
    trusted: z.boolean(),
    trust_threshold: z.number(),
    outlet: z.string().nullable(),
    reliability: z.string().nullable(),
    credibility: z.number().nullable(),
    marking: markingSchema,
    enabled: z.boolean(),
    status: z.object({
      last_polled_at: z.string().nullable(),
      last_status: z.string().nullable().openapi({ description: 'ok or error; null before the first poll' }),
      last_error: z.string().nullable(),
      items_seen: z.number().int(),
      items_new: z.number().int(),
      items_total: z.number().int(),
    }),
    created_at: z.string(),
  })
  .openapi('Feed');
export type Feed = z.infer<typeof feedSchema>;

/** The public shape of a candidate: its draft, the evidence of each field and the decision on it. */
export function presentCandidate(row: ArticleCandidateRow): Candidate {
  return {
    id: row.id,
    article_id: row.article_id,
    position: row.position,
    kind: row.kind,
    key: row.key,
    draft: row.draft,
    evidence: row.evidence as Candidate['evidence'],
    confidence: row.confidence,
    notes: row.notes,
    /** the notes as codes with parameters, in the same order, for a client that words them */
    note_words: row.notes.map(noteWords),
    status: row.status,
    version: row.version,
    decision:
      row.status === 'pending'
        ? null
        : {
            by: row.decided_by,
            by_system: row.decided_by === null,
            at: row.decided_at?.toISOString() ?? null,
            reason: row.decision_reason,
            result_id: row.result_id,
          },
    created_at: row.created_at.toISOString(),
  };
}

/** An article with the text its candidates' evidence offsets point into. */
export function presentArticle(row: ArticleRow): Article {
  return {
    id: row.id,
    url: row.url,
    title: row.title,
    outlet: row.outlet,
    language: row.language,
    published: row.published,
    format: row.format,
    text: row.text,
    source: { kind: row.source_kind, reliability: row.reliability, credibility: row.credibility },
    feed_id: row.feed_id,
    marking: asMarking(row.marking),
    compartments: row.compartments,
    owner_org_id: row.owner_org_id,
    created_at: row.created_at.toISOString(),
  };
}

/** A line of the review queue: the candidate and what identifies its article. */
export function presentQueueItem(row: QueueRow): QueueItem {
  const { article_title, article_url, article_published, feed_id, ...candidate } = row;
  return {
    ...presentCandidate(candidate),
    article: { id: row.article_id, title: article_title, url: article_url, published: article_published, feed_id },
  };
}

export function presentSuggestion(gazetteer: Gazetteer, suggestion: MergeSuggestion): MergeSuggestionView {
  return { reason: suggestion.reason, incident: presentIncident(gazetteer, suggestion.reading) };
}

/** A feed with its poll status. */
export function presentFeed(row: FeedRow): Feed {
  return {
    id: row.id,
    url: row.url,
    title: row.title,
    poll_minutes: row.poll_minutes,
    trusted: row.trusted,
    trust_threshold: row.trust_threshold,
    outlet: row.outlet,
    reliability: row.reliability,
    credibility: row.credibility,
    marking: asMarking(row.marking),
    enabled: row.enabled,
    status: {
      last_polled_at: row.last_polled_at?.toISOString() ?? null,
      last_status: row.last_status,
      last_error: row.last_error,
      items_seen: row.items_seen,
      items_new: row.items_new,
      items_total: row.items_total,
    },
    created_at: row.created_at.toISOString(),
  };
}
