import type { Gazetteer } from '../../core/shared/gazetteer.ts';
import type { MergeSuggestion } from '../../core/review/review.service.ts';
import type { QueueRow } from '../../store/article.repository.ts';
import type { ArticleCandidateRow, ArticleRow, FeedRow } from '../../store/schema.ts';
import { noteWords } from '../../core/review/review-notes.ts';
import { presentIncident } from './incident.presenter.ts';

/** The public shape of a candidate: its draft, the evidence of each field and the decision on it. */
export function presentCandidate(row: ArticleCandidateRow) {
  return {
    id: row.id,
    article_id: row.article_id,
    position: row.position,
    kind: row.kind,
    key: row.key,
    draft: row.draft,
    evidence: row.evidence,
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
export function presentArticle(row: ArticleRow) {
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
    marking: row.marking,
    compartments: row.compartments,
    owner_org_id: row.owner_org_id,
    created_at: row.created_at.toISOString(),
  };
}

/** A line of the review queue: the candidate and what identifies its article. */
export function presentQueueItem(row: QueueRow) {
  const { article_title, article_url, article_published, feed_id, ...candidate } = row;
  return {
    ...presentCandidate(candidate),
    article: { id: row.article_id, title: article_title, url: article_url, published: article_published, feed_id },
  };
}

export function presentSuggestion(gazetteer: Gazetteer, suggestion: MergeSuggestion) {
  return { reason: suggestion.reason, incident: presentIncident(gazetteer, suggestion.reading) };
}

/** A feed with its poll status. */
export function presentFeed(row: FeedRow) {
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
    marking: row.marking,
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
