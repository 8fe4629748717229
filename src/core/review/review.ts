import { createHash } from 'node:crypto';
import type { SourceInput } from '../shared/common.schema.ts';
import type { Candidate } from '../../intake/extract/extraction.types.ts';

/** What the review needs of a stored article to cite it as a source. */
export interface ArticleAsSource {
  url: string | null; title: string | null; published: string; source_kind: string; reliability: string; credibility: number;
  marking: string; compartments: string[];
}

/**
 * The fingerprint of an article's text: spaces folded and case ignored, so the same article pasted
 * from a browser or read from a feed is recognised.
 */
export function contentHash(text: string): string {
  return createHash('sha256').update(text.replace(/\s+/g, ' ').trim().toLowerCase()).digest('hex');
}

const DATE_OR_DATE_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/;

/** The article as a graded source of a record: `{ kind: 'press', title, url, published_at, reliability, credibility }`. */
export function articleSource(article: ArticleAsSource): SourceInput {
  return {
    kind: article.source_kind as SourceInput['kind'],
    ...(article.title ? { title: article.title.slice(0, 500) } : {}),
    ...(article.url ? { url: article.url } : {}),
    ...(DATE_OR_DATE_TIME.test(article.published) ? { published_at: article.published } : {}),
    reliability: article.reliability as SourceInput['reliability'],
    credibility: article.credibility,
  };
}

/** True when `sources` already cite the article (same URL, or same title and date when it has none). */
export function citesArticle(sources: SourceInput[], article: ArticleAsSource): boolean {
  return sources.some((source) => article.url ? source.url === article.url : (source.title === (article.title ?? undefined) && source.published_at === article.published));
}

/**
 * The record to create from a candidate's draft: the article added as a source, and the article's
 * marking and compartments unless the draft sets its own.
 */
export function draftWithSource(draft: Record<string, unknown>, article: ArticleAsSource): Record<string, unknown> {
  const sources = Array.isArray(draft.sources) ? draft.sources as SourceInput[] : [];
  return {
    marking: article.marking, compartments: article.compartments, ...draft,
    sources: citesArticle(sources, article) ? sources : [...sources, articleSource(article)],
  };
}

/** The candidates of a trusted feed that enter without review: confident enough, and a complete draft. */
export function autoAcceptable(candidate: Pick<Candidate, 'confidence'>, threshold: number): boolean {
  return candidate.confidence >= threshold;
}
