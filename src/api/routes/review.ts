import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { VigieContext } from '../../context.ts';
import {
  acceptCandidate,
  mergeCandidate,
  rejectCandidate,
  reopenCandidate,
} from '../../core/review/review-decision.service.ts';
import {
  acceptSchema,
  articleSubmissionSchema,
  CANDIDATE_KINDS,
  CANDIDATE_STATUSES,
  mergeSchema,
  rejectSchema,
  reopenSchema,
} from '../../core/review/review.schema.ts';
import { getArticle, getCandidate, listQueue, submitArticle } from '../../core/review/review.service.ts';
import { invalidInput } from '../../core/shared/errors.ts';
import type { CandidateStatus } from '../../store/article.repository.ts';
import {
  articleSchema,
  candidateSchema,
  mergeSuggestionSchema,
  presentArticle,
  presentCandidate,
  presentQueueItem,
  presentSuggestion,
  queueItemSchema,
} from '../presenters/review.presenter.ts';
import { errorResponses, errorSchema } from '../schemas.ts';
import { body, idParam, jsonOf } from './route-parts.ts';
import type { ApiEnv } from '../api-env.ts';
import type { Caller } from '../../core/shared/caller.ts';

const refusals = {
  ...errorResponses,
  403: { description: 'Not allowed', content: { 'application/json': { schema: errorSchema } } },
  409: { description: 'Already decided, or a stale version', content: { 'application/json': { schema: errorSchema } } },
};

const submittedSchema = z.object({
  items: z.array(articleSchema.extend({ duplicate: z.boolean(), candidates: z.array(candidateSchema) })),
});
const candidateDetailSchema = candidateSchema
  .extend({
    article: articleSchema,
    siblings: z.array(
      z.object({
        id: z.string().uuid(),
        kind: z.enum(['incident', 'seizure']),
        status: candidateSchema.shape.status,
        key: z.string(),
      }),
    ),
    suggestions: z.array(mergeSuggestionSchema),
  })
  .openapi('CandidateDetail');
const queueQuery = z.object({
  status: z
    .string()
    .optional()
    .openapi({ description: `${CANDIDATE_STATUSES.join(', ')}; comma-separated (default: all)` }),
  kind: z.enum(CANDIDATE_KINDS).optional(),
  feed: z.string().uuid().optional().openapi({ description: 'candidates from this feed' }),
  article: z.string().uuid().optional().openapi({ description: 'candidates of this article' }),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

function statuses(text: string | undefined): CandidateStatus[] | undefined {
  const values = text
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const value of values ?? [])
    if (!(CANDIDATE_STATUSES as readonly string[]).includes(value))
      throw invalidInput([
        { path: 'status', message: `unknown status "${value}"; expected ${CANDIDATE_STATUSES.join(', ')}` },
      ]);
  return values as CandidateStatus[] | undefined;
}

/** /api/articles and /api/review: submit text, read the queue, decide on candidates. */
export function reviewRoutes(context: VigieContext) {
  const app = new OpenAPIHono<ApiEnv>();
  const deps = context.review;

  // The same submission at two addresses: /articles (what is stored) and /review (where it goes).
  for (const path of ['/articles', '/review']) {
    app.openapi(
      createRoute({
        method: 'post',
        path,
        tags: ['review'],
        summary:
          'Submit a text (plain, HTML, RSS or Atom) with its title, address and outlet: its candidates join the review queue; a text or URL already stored returns the stored article',
        request: body(articleSubmissionSchema),
        responses: {
          201: jsonOf(submittedSchema, 'Stored, with candidates'),
          200: jsonOf(submittedSchema, 'All already stored: the stored articles'),
          ...refusals,
        },
      }),
      async (c) => {
        const stored = await submitArticle(deps, c.get('caller'), c.req.valid('json'));
        const items = stored.map(({ article, candidates, duplicate }) => ({
          ...presentArticle(article),
          duplicate,
          candidates: candidates.map(presentCandidate),
        }));
        return c.json({ items }, stored.every((s) => s.duplicate) ? 200 : 201);
      },
    );
  }

  app.openapi(
    createRoute({
      method: 'get',
      path: '/articles/{id}',
      tags: ['review'],
      summary: 'An article with its text and candidates',
      request: { params: idParam },
      responses: {
        200: jsonOf(articleSchema.extend({ candidates: z.array(candidateSchema) }), 'The article'),
        ...errorResponses,
      },
    }),
    async (c) => {
      const { article, candidates } = await getArticle(deps, c.get('caller'), c.req.valid('param').id);
      return c.json({ ...presentArticle(article), candidates: candidates.map(presentCandidate) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/review',
      tags: ['review'],
      summary: 'The review queue, newest first',
      request: { query: queueQuery },
      responses: {
        200: jsonOf(
          z.object({
            items: z.array(queueItemSchema),
            total: z.number().int(),
            next_offset: z.number().int().nullable(),
          }),
          'A page of candidates',
        ),
        ...errorResponses,
      },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const page = await listQueue(
        deps,
        c.get('caller'),
        { status: statuses(q.status), kind: q.kind, feed_id: q.feed, article_id: q.article },
        q.limit,
        q.offset,
      );
      return c.json({ items: page.items.map(presentQueueItem), total: page.total, next_offset: page.next_offset }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/review/{id}',
      tags: ['review'],
      summary: 'A candidate beside its article, with the incidents it may be (same facility and night first)',
      request: { params: idParam },
      responses: { 200: jsonOf(candidateDetailSchema, 'The candidate'), ...errorResponses },
    }),
    async (c) => {
      const { candidate, article, siblings, suggestions } = await getCandidate(
        deps,
        c.get('caller'),
        c.req.valid('param').id,
      );
      return c.json(
        {
          ...presentCandidate(candidate),
          article: presentArticle(article),
          siblings: siblings
            .filter((s) => s.id !== candidate.id)
            .map((s) => ({ id: s.id, kind: s.kind, status: s.status, key: s.key })),
          suggestions: suggestions.map((s) => presentSuggestion(context.gazetteer, s)),
        },
        200,
      );
    },
  );

  const decisions = [
    {
      name: 'accept',
      schema: acceptSchema,
      run: acceptCandidate,
      summary:
        'Accept: create the incident or seizure (as proposed, or as edited in `draft`) with the article as its source',
    },
    {
      name: 'merge',
      schema: mergeSchema,
      run: mergeCandidate,
      summary: 'Merge into an existing incident: the article becomes one more source of it',
    },
    { name: 'reject', schema: rejectSchema, run: rejectCandidate, summary: 'Reject, saying why' },
    {
      name: 'reopen',
      schema: reopenSchema,
      run: reopenCandidate,
      summary: 'Put a rejected candidate back in the queue',
    },
  ] as const;
  for (const decision of decisions) {
    app.openapi(
      createRoute({
        method: 'post',
        path: `/review/{id}/${decision.name}`,
        tags: ['review'],
        summary: decision.summary,
        request: { params: idParam, ...body(decision.schema as z.ZodType) },
        responses: { 200: jsonOf(candidateSchema, 'The candidate after the decision'), ...refusals },
      }),
      async (c) => {
        const run = decision.run as (
          d: typeof deps,
          caller: Caller,
          id: string,
          input: unknown,
        ) => ReturnType<typeof acceptCandidate>;
        const row = await run(deps, c.get('caller'), c.req.valid('param').id, c.req.valid('json'));
        return c.json(presentCandidate(row), 200);
      },
    );
  }
  return app;
}
