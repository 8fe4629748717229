import { authorize } from '../access/access.ts';
import { createIncident, getIncident, updateIncident } from '../incident/incident.service.ts';
import type { Caller } from '../shared/caller.ts';
import { incidentInputSchema } from '../incident/incident.schema.ts';
import { createSeizure } from '../seizure/seizure.service.ts';
import { seizureInputSchema } from '../seizure/seizure.schema.ts';
import { fromZodIssues, invalidInput, notFound, VigieError, type FieldIssue } from '../shared/errors.ts';
import { check, type ReviewDeps, type ReviewRepositories } from './review.service.ts';
import { actorOf } from '../shared/caller.ts';
import { articleSource, citesArticle, draftWithSource, type SourceGrading } from './review.ts';
import { splitGrade } from '../source-register/source-register.schema.ts';
import type { SourceInput } from '../shared/common.schema.ts';
import type { AcceptInput, MergeInput, RejectInput, ReopenInput } from './review.schema.ts';
import type { CandidateDecision, CandidateStatus } from '../../store/article.repository.ts';
import type { ArticleCandidateRow, ArticleRow } from '../../store/schema.ts';

const alreadyDecided = (candidate: ArticleCandidateRow) =>
  new VigieError(
    'already_decided',
    `candidate ${candidate.id} is already ${candidate.status}${candidate.decided_at ? ` (${candidate.decided_at.toISOString().slice(0, 16)})` : ''}: reload it`,
    409,
    [{ path: 'status', message: `already ${candidate.status}` }],
  );

const staleCandidate = (candidate: ArticleCandidateRow, version: number) =>
  new VigieError(
    'version_conflict',
    `candidate ${candidate.id} is at version ${candidate.version}, not ${version}: reload it`,
    409,
    [{ path: 'version', message: `current version is ${candidate.version}` }],
  );

/** Loads a candidate for a decision: readable, the caller a reviewer, in one of `from`, at the version read. */
async function forDecision(deps: ReviewDeps, caller: Caller, id: string, from: CandidateStatus[], version?: number) {
  const candidate = await deps.articles.findCandidate(id);
  const article = candidate && (await deps.articles.findById(candidate.article_id));
  if (!candidate || !article || !authorize(caller.principal, { kind: 'read', record: article }).allowed)
    throw notFound('candidate', id);
  check(authorize(caller.principal, { kind: 'review', record: article }));
  if (!from.includes(candidate.status)) throw alreadyDecided(candidate);
  if (version !== undefined && version !== candidate.version) throw staleCandidate(candidate, version);
  return { candidate, article };
}

/** Writes the decision if nobody decided meanwhile; else the whole transaction rolls back with a 409. */
async function record(
  repositories: ReviewRepositories,
  caller: Caller,
  candidate: ArticleCandidateRow,
  from: CandidateStatus[],
  decision: Omit<CandidateDecision, 'decided_by' | 'decided_at'>,
  action: string,
  details: Record<string, unknown>,
) {
  const decided = decision.status !== 'pending';
  const row = await repositories.articles.decide(candidate.id, candidate.version, from, {
    ...decision,
    decided_by: decided && !caller.principal.system ? caller.principal.userId : null,
    decided_at: decided ? new Date() : null,
  });
  if (!row) {
    const now = await repositories.articles.findCandidate(candidate.id);
    throw now && now.status !== candidate.status
      ? alreadyDecided(now)
      : staleCandidate(now ?? candidate, candidate.version);
  }
  await repositories.audit.append({
    ...actorOf(caller),
    action,
    object_type: 'candidate',
    object_id: candidate.id,
    details: { article_id: candidate.article_id, kind: candidate.kind, ...details },
  });
  return row;
}

/** How the article's grade is decided at this decision: the analyst's grade, else the article's, else the register's. */
async function gradingOf(
  deps: ReviewDeps,
  candidate: ArticleCandidateRow,
  grade: string | undefined,
): Promise<SourceGrading> {
  return {
    grade: grade ? splitGrade(grade) : undefined,
    register: grade ? undefined : await deps.sourceRegister?.(),
    candidateId: candidate.id,
  };
}

/** The grade the article received as a source of the new record, for the audit trail. */
function gradeDetails(value: Record<string, unknown>, article: ArticleRow) {
  const source = (value.sources as SourceInput[]).find((s) => s.article_id === article.id);
  return source
    ? {
        grade: `${source.reliability}${source.credibility}`,
        graded_by: source.graded_by ?? null,
        outlet: source.outlet ?? null,
      }
    : null;
}

/** Names the fields of an edited draft from the request's point of view: "draft.facility". */
function underDraft(issues: FieldIssue[]): FieldIssue[] {
  return issues.map((issue) => ({ ...issue, path: issue.path ? `draft.${issue.path}` : 'draft' }));
}

function validDraft(
  candidate: ArticleCandidateRow,
  article: ArticleRow,
  draft: Record<string, unknown>,
  grading: SourceGrading,
): Record<string, unknown> {
  const value = draftWithSource(draft, article, grading);
  const schema = candidate.kind === 'incident' ? incidentInputSchema : seizureInputSchema;
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw invalidInput(underDraft(fromZodIssues(parsed.error.issues)));
  return value;
}

/**
 * Accepts a candidate: creates its incident or seizure, as proposed or as edited by the analyst,
 * with the article as a graded source. The record and the decision are stored together.
 */
export async function acceptCandidate(
  deps: ReviewDeps,
  caller: Caller,
  id: string,
  input: AcceptInput,
): Promise<ArticleCandidateRow> {
  const { candidate, article } = await forDecision(deps, caller, id, ['pending'], input.version);
  const grading = await gradingOf(deps, candidate, input.grade);
  const value = validDraft(candidate, article, input.draft ?? candidate.draft, grading);
  const decided = await deps.transaction(async (repositories) => {
    let resultId: string;
    try {
      resultId =
        candidate.kind === 'incident'
          ? (await createIncident(repositories.incidents, caller, value)).row.id
          : (await createSeizure(repositories.seizures, caller, value)).id;
    } catch (error) {
      // The record's own checks (an unknown facility...) name fields of the draft.
      if (error instanceof VigieError && error.code === 'invalid_input') throw invalidInput(underDraft(error.details));
      throw error;
    }
    return record(
      repositories,
      caller,
      candidate,
      ['pending'],
      { status: 'accepted', decision_reason: input.draft ? 'accepted with edits' : null, result_id: resultId },
      'review.accept',
      { result_id: resultId, edited: input.draft !== undefined, grade: gradeDetails(value, article) },
    );
  });
  if (candidate.kind === 'incident') deps.incidents.afterWrite?.(caller);
  return decided;
}

/**
 * Merges an incident candidate into an existing incident: the article becomes one more source of
 * it (the incident's version must be the one read), and the candidate is marked merged.
 */
export async function mergeCandidate(
  deps: ReviewDeps,
  caller: Caller,
  id: string,
  input: MergeInput,
): Promise<ArticleCandidateRow> {
  const { candidate, article } = await forDecision(deps, caller, id, ['pending'], input.version);
  if (candidate.kind !== 'incident')
    throw invalidInput([
      { path: 'incident_id', message: 'a seizure candidate is accepted or rejected, not merged into an incident' },
    ]);
  const grading = await gradingOf(deps, candidate, input.grade);
  const decided = await deps.transaction(async (repositories) => {
    const target = await getIncident(repositories.incidents, caller, input.incident_id).catch((error) => {
      throw error instanceof VigieError && error.status === 404
        ? new VigieError('not_found', `incident ${input.incident_id} does not exist`, 404, [
            { path: 'incident_id', message: 'unknown incident' },
          ])
        : error;
    });
    const sources = target.row.sources;
    const added = !citesArticle(sources, article);
    const source = articleSource(article, grading);
    let corroboration: number | null = null;
    if (added) {
      const updated = await updateIncident(repositories.incidents, caller, target.row.id, {
        version: input.incident_version ?? target.row.version,
        sources: [...sources, source],
      });
      corroboration = updated.row.sources.find((s) => s.corroborating_outlets)?.corroborating_outlets ?? null;
    }
    return record(
      repositories,
      caller,
      candidate,
      ['pending'],
      { status: 'merged', decision_reason: null, result_id: target.row.id },
      'review.merge',
      {
        result_id: target.row.id,
        source_added: added,
        grade: `${source.reliability}${source.credibility}`,
        graded_by: source.graded_by ?? null,
        corroborating_outlets: corroboration,
      },
    );
  });
  deps.incidents.afterWrite?.(caller);
  return decided;
}

/** Rejects a candidate, saying why; it can be reopened. */
export async function rejectCandidate(
  deps: ReviewDeps,
  caller: Caller,
  id: string,
  input: RejectInput,
): Promise<ArticleCandidateRow> {
  const { candidate } = await forDecision(deps, caller, id, ['pending'], input.version);
  return deps.transaction((repositories) =>
    record(
      repositories,
      caller,
      candidate,
      ['pending'],
      { status: 'rejected', decision_reason: input.reason, result_id: null },
      'review.reject',
      { reason: input.reason },
    ),
  );
}

/**
 * Puts a rejected candidate back in the queue. An accepted or merged one stays decided: its record
 * exists and may already be linked; refute or edit that record instead.
 */
export async function reopenCandidate(
  deps: ReviewDeps,
  caller: Caller,
  id: string,
  input: ReopenInput,
): Promise<ArticleCandidateRow> {
  const current = await deps.articles.findCandidate(id);
  if (current && (current.status === 'accepted' || current.status === 'merged')) {
    await forDecision(deps, caller, id, [current.status]);
    throw new VigieError(
      'not_reversible',
      `candidate ${id} is ${current.status}: its ${current.kind} ${current.result_id} stays; change that record instead`,
      409,
      [{ path: 'status', message: `${current.status} cannot be reopened` }],
    );
  }
  const { candidate } = await forDecision(deps, caller, id, ['rejected'], input.version);
  return deps.transaction((repositories) =>
    record(
      repositories,
      caller,
      candidate,
      ['rejected'],
      { status: 'pending', decision_reason: null, result_id: null },
      'review.reopen',
      { previous_reason: candidate.decision_reason },
    ),
  );
}
