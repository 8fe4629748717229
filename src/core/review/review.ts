import { createHash } from 'node:crypto';
import type { SourceInput } from '../shared/common.schema.ts';
import type { SourceRegister } from '../source-register/source-register.ts';
import type { Candidate } from '../../intake/extract/extraction.types.ts';

/** What the review needs of a stored article to cite it as a source; a blank grade is the register's to decide. */
export interface ArticleAsSource {
  id: string;
  url: string | null;
  title: string | null;
  outlet: string | null;
  published: string;
  source_kind: string;
  reliability: string | null;
  credibility: number | null;
  marking: string;
  compartments: string[];
}

/** How a source's grade is decided: the analyst's at accept, else the article's own, else the register's. */
export interface SourceGrading {
  grade?: { reliability: SourceInput['reliability']; credibility: number };
  register?: SourceRegister;
  candidateId?: string;
}

/**
 * Hashes an article's text: spaces folded and case ignored, so the same article pasted
 * from a browser or read from a feed is recognised.
 */
export function contentHash(text: string): string {
  return createHash('sha256').update(text.replace(/\s+/g, ' ').trim().toLowerCase()).digest('hex');
}

const DATE_OR_DATE_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/;

/** The grade of an article as a source, and who decided it; F6 when nobody could. */
function gradeOf(article: ArticleAsSource, grading: SourceGrading) {
  if (grading.grade) return { ...grading.grade, graded_by: 'analyst' as const };
  if (article.reliability)
    return {
      reliability: article.reliability as SourceInput['reliability'],
      credibility: article.credibility ?? 6,
      graded_by: 'source' as const,
    };
  const outlet = grading.register?.find(article.outlet ?? undefined, article.url ?? undefined);
  if (outlet)
    return {
      reliability: outlet.reliability,
      credibility: article.credibility ?? outlet.credibility,
      graded_by: 'register' as const,
      outlet: outlet.name,
      kind: outlet.kind,
    };
  return { reliability: 'F' as const, credibility: article.credibility ?? 6 };
}

/**
 * The article as a graded source of a record: its title, address, outlet, publication date, grade,
 * and the stored article and candidate it was read from (the evidence stays readable from the record).
 */
export function articleSource(article: ArticleAsSource, grading: SourceGrading = {}): SourceInput {
  const { outlet, kind, ...grade } = gradeOf(article, grading) as ReturnType<typeof gradeOf> & {
    outlet?: string;
    kind?: SourceInput['kind'];
  };
  const outletName = outlet ?? article.outlet;
  return {
    kind: (article.source_kind === 'press' && kind ? kind : article.source_kind) as SourceInput['kind'],
    ...(article.title ? { title: article.title.slice(0, 500) } : {}),
    ...(article.url ? { url: article.url } : {}),
    ...(outletName ? { outlet: outletName.slice(0, 200) } : {}),
    ...(DATE_OR_DATE_TIME.test(article.published) ? { published_at: article.published } : {}),
    ...grade,
    article_id: article.id,
    ...(grading.candidateId ? { candidate_id: grading.candidateId } : {}),
  };
}

/**
 * True when `sources` already cite the article: the same stored article, the same address, or (for a
 * source written before sources kept their article) the same title and date. Two articles without
 * address or title are two sources.
 */
export function citesArticle(
  sources: SourceInput[],
  article: Pick<ArticleAsSource, 'id' | 'url' | 'title' | 'published'>,
): boolean {
  return sources.some((source) => {
    if (source.article_id) return source.article_id === article.id;
    if (article.url) return source.url === article.url;
    return (
      !source.url &&
      article.title !== null &&
      source.title === article.title &&
      source.published_at === article.published
    );
  });
}

/**
 * The record to create from a candidate's draft: the article added as a source, and the article's
 * marking and compartments unless the draft sets its own.
 */
export function draftWithSource(
  draft: Record<string, unknown>,
  article: ArticleAsSource,
  grading: SourceGrading = {},
): Record<string, unknown> {
  const sources = Array.isArray(draft.sources) ? (draft.sources as SourceInput[]) : [];
  return {
    marking: article.marking,
    compartments: article.compartments,
    ...draft,
    sources: citesArticle(sources, article) ? sources : [...sources, articleSource(article, grading)],
  };
}

/** The candidates of a trusted feed that enter without review: confident enough, and a complete draft. */
export function autoAcceptable(candidate: Pick<Candidate, 'confidence'>, threshold: number): boolean {
  return candidate.confidence >= threshold;
}
