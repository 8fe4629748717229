import { actorOf } from '../shared/caller.ts';
import { randomUUID } from 'node:crypto';
import { authorize, readScope } from '../access/access.ts';
import type { Principal } from '../shared/principal.ts';
import type { Gazetteer } from '../shared/gazetteer.ts';
import { forbidden } from '../shared/errors.ts';
import { getIncident, prepareIncident, type IncidentDeps, type IncidentReading } from '../incident/incident.service.ts';
import type { Caller } from '../shared/caller.ts';
import type { SeizureDeps } from '../seizure/seizure.service.ts';
import { notFound, VigieError } from '../shared/errors.ts';
import { contentHash } from './review.ts';
import type { SourceRegister } from '../source-register/source-register.ts';
import type { ArticleSubmission } from './review.schema.ts';
import type { Extraction, ExtractionOptions, ExtractionResult } from '../../intake/extract/extraction.types.ts';
import type { ArticleRepository, QueueFilter, QueueRow } from '../../store/article.repository.ts';
import type { AuditRepository } from '../../store/audit.repository.ts';
import type { ArticleCandidateRow, ArticleRow, FeedRow } from '../../store/schema.ts';

/**
 * Reads a text into candidates: `extractText` bound to the gazetteer, run off the event loop under a
 * time budget (ExtractionPool). `field` names the request field a refusal points at.
 */
export type Extractor = (
  input: string,
  options: ExtractionOptions & { format?: ExtractionResult['format'] },
  call?: { field?: string },
) => Promise<ExtractionResult>;

/** The repositories and use-case deps one review transaction works with. */
export interface ReviewRepositories {
  articles: ArticleRepository;
  incidents: IncidentDeps;
  seizures: SeizureDeps;
  audit: AuditRepository;
}

/** What the review use cases need, passed explicitly. */
export interface ReviewDeps extends ReviewRepositories {
  gazetteer: Gazetteer;
  extract: Extractor;
  /** the source register as it stands: grades an accepted article that came without a grade */
  sourceRegister?: () => Promise<SourceRegister>;
  /** runs `work` in one transaction: a decision, the record it creates and their audit events land together or not at all */
  transaction<T>(work: (repositories: ReviewRepositories) => Promise<T>): Promise<T>;
}

/** One stored article and its candidates; `duplicate` when it was already there. */
export interface StoredArticle {
  article: ArticleRow;
  candidates: ArticleCandidateRow[];
  duplicate: boolean;
}

/** Where an article came from and how it is graded and marked. */
export interface ArticleOrigin {
  url?: string;
  title?: string;
  format?: string;
  outlet?: string | null;
  source_kind: string;
  reliability?: string | null;
  credibility?: number | null;
  marking: string;
  compartments: string[];
  feed?: Pick<FeedRow, 'id'>;
}

export function check(decision: ReturnType<typeof authorize>) {
  if (!decision.allowed) throw forbidden(decision.reason);
}

/** An article the caller may not read is "not found", so its existence does not leak. */
export async function readableArticle(
  deps: Pick<ReviewDeps, 'articles'>,
  principal: Principal,
  id: string,
): Promise<ArticleRow> {
  const article = await deps.articles.findById(id);
  if (!article || !authorize(principal, { kind: 'read', record: article }).allowed) throw notFound('article', id);
  return article;
}

/** The stored twin of a submission; one the caller may not read is a conflict, not a silent hand-over. */
async function existingFor(
  deps: ReviewDeps,
  principal: Principal,
  url: string | null,
  hash: string | null,
): Promise<StoredArticle | undefined> {
  const existing = await deps.articles.findExisting(url, hash);
  if (!existing) return undefined;
  if (!authorize(principal, { kind: 'read', record: existing }).allowed) {
    throw new VigieError(
      'duplicate_article',
      'this article was already submitted by an organisation whose records you may not read',
      409,
      [{ path: url ? 'url' : 'content', message: 'already stored' }],
    );
  }
  return { article: existing, candidates: await deps.articles.candidatesOf(existing.id), duplicate: true };
}

/**
 * Stores one extraction as an article and its pending candidates, unless its URL or text is
 * already stored: then the stored article is returned and nothing is written.
 */
export async function storeExtraction(
  deps: ReviewDeps,
  caller: Caller,
  extraction: Extraction,
  origin: ArticleOrigin,
): Promise<StoredArticle> {
  const url = extraction.url ?? origin.url ?? null;
  const hash = contentHash(extraction.text);
  const before = await existingFor(deps, caller.principal, url, hash);
  if (before) return before;
  const id = randomUUID();
  const stored = await deps.transaction(async ({ articles, audit }) => {
    const article = await articles.insert(
      {
        id,
        url,
        content_hash: hash,
        title: extraction.title ?? origin.title ?? null,
        language: extraction.language,
        published: extraction.published,
        text: extraction.text,
        format: origin.format ?? 'text',
        source_kind: origin.source_kind,
        reliability: origin.reliability ?? null,
        credibility: origin.credibility ?? null,
        outlet: origin.outlet ?? null,
        feed_id: origin.feed?.id ?? null,
        owner_org_id: caller.principal.organisationId,
        marking: origin.marking,
        compartments: origin.compartments,
        created_by: caller.principal.system ? null : caller.principal.userId,
      },
      extraction.candidates.map((candidate, position) => ({
        id: randomUUID(),
        position,
        kind: candidate.kind,
        key: candidate.key,
        draft: candidate.draft,
        evidence: candidate.evidence,
        confidence: candidate.confidence,
        notes: candidate.notes,
      })),
    );
    if (article)
      await audit.append({
        ...actorOf(caller),
        action: 'article.submit',
        object_type: 'article',
        object_id: id,
        details: { url, candidates: extraction.candidates.length, feed_id: origin.feed?.id ?? null },
      });
    return article;
  });
  // Lost a race with the same article: hand back the winner.
  if (!stored) return (await existingFor(deps, caller.principal, url, hash))!;
  return { article: stored, candidates: await deps.articles.candidatesOf(id), duplicate: false };
}

/**
 * Reads a submitted text (plain, HTML or a feed) and stores each article with its candidates for
 * review. The same URL or the same text returns the stored article, never a second copy.
 */
export async function submitArticle(
  deps: ReviewDeps,
  caller: Caller,
  input: ArticleSubmission,
): Promise<StoredArticle[]> {
  check(authorize(caller.principal, { kind: 'create', marking: input.marking, compartments: input.compartments }));
  if (input.url) {
    const known = await existingFor(deps, caller.principal, input.url, null);
    if (known) return [known];
  }
  const result = await deps.extract(
    input.content,
    {
      published: input.published,
      language: input.language,
      url: input.url,
      format: input.format === 'auto' ? undefined : input.format,
    },
    { field: 'content' },
  );
  if (result.items.length === 0) {
    throw new VigieError('nothing_to_read', 'no text found in the content (an empty feed or page?)', 422, [
      { path: 'content', message: 'no text found' },
    ]);
  }
  const origin: ArticleOrigin = { ...input, format: input.format === 'auto' ? result.format : input.format };
  const stored: StoredArticle[] = [];
  for (const [index, item] of result.items.entries()) {
    // The given title names a single article; the items of a feed keep their own.
    const title = result.items.length === 1 ? (input.title ?? item.title) : item.title;
    stored.push(
      await storeExtraction(
        deps,
        caller,
        { ...item, title },
        { ...origin, url: index === 0 && result.items.length === 1 ? input.url : undefined },
      ),
    );
  }
  return stored;
}

/** One article with its candidates. */
export async function getArticle(
  deps: ReviewDeps,
  caller: Caller,
  id: string,
): Promise<{ article: ArticleRow; candidates: ArticleCandidateRow[] }> {
  const article = await readableArticle(deps, caller.principal, id);
  return { article, candidates: await deps.articles.candidatesOf(id) };
}

export interface QueuePage {
  items: QueueRow[];
  total: number;
  next_offset: number | null;
}

/** One page of the review queue the caller may read, newest first. */
export async function listQueue(
  deps: ReviewDeps,
  caller: Caller,
  filter: QueueFilter,
  limit: number,
  offset: number,
): Promise<QueuePage> {
  const scope = readScope(caller.principal);
  const [items, total] = await Promise.all([
    deps.articles.listQueue(scope, filter, limit, offset),
    deps.articles.countQueue(scope, filter),
  ]);
  return { items, total, next_offset: offset + items.length < total ? offset + items.length : null };
}

/** An incident offered for a merge, and why it is offered. */
export interface MergeSuggestion {
  reading: IncidentReading;
  reason: 'same_facility_same_night' | 'same_department_nearby';
}

const HOUR_MS = 3_600_000;

/**
 * The incidents a candidate may be the same as, best first: those at the same facility whose time
 * overlaps the candidate's night, then those in the same department within a day.
 */
export async function mergeSuggestions(
  deps: ReviewDeps,
  caller: Caller,
  candidate: ArticleCandidateRow,
  limit = 10,
): Promise<MergeSuggestion[]> {
  if (candidate.kind !== 'incident') return [];
  const { record } = prepareIncident(candidate.draft, deps.gazetteer);
  if (!record) return [];
  const scope = readScope(caller.principal);
  const repository = deps.incidents.incidents;
  const sameNight = record.facility_id
    ? await repository.list(
        scope,
        { facility: [record.facility_id], from: record.occurred_start, to: record.occurred_end },
        limit,
      )
    : [];
  const near = record.department_code
    ? await repository.list(
        scope,
        {
          department: [record.department_code],
          from: new Date(record.occurred_start.getTime() - 24 * HOUR_MS),
          to: new Date(record.occurred_end.getTime() + 24 * HOUR_MS),
        },
        limit,
      )
    : [];
  const seen = new Set(sameNight.map((row) => row.id));
  const rows = [
    ...sameNight.map((row) => ({ row, reason: 'same_facility_same_night' as const })),
    ...near.filter((row) => !seen.has(row.id)).map((row) => ({ row, reason: 'same_department_nearby' as const })),
  ].slice(0, limit);
  return Promise.all(
    rows.map(async ({ row, reason }) => ({ reading: await getIncident(deps.incidents, caller, row.id), reason })),
  );
}

/** A candidate with its article (the text its evidence points into), its siblings and the merges offered. */
export async function getCandidate(deps: ReviewDeps, caller: Caller, id: string) {
  const candidate = await deps.articles.findCandidate(id);
  if (!candidate) throw notFound('candidate', id);
  const article = await deps.articles.findById(candidate.article_id);
  if (!article || !authorize(caller.principal, { kind: 'read', record: article }).allowed)
    throw notFound('candidate', id);
  const [siblings, suggestions] = await Promise.all([
    deps.articles.candidatesOf(article.id),
    mergeSuggestions(deps, caller, candidate),
  ]);
  return { candidate, article, siblings, suggestions };
}
