import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { VigieContext } from '../../context.ts';
import { extractForCaller } from '../../core/review/extract.service.ts';
import { extractRequestSchema } from '../../intake/extract/extract.schema.ts';
import { fieldEvidenceSchema } from '../presenters/review.presenter.ts';
import { errorResponses, errorSchema } from '../schemas.ts';
import { jsonOf } from './route-parts.ts';
import type { ApiEnv } from '../api-env.ts';

const extractedCandidateSchema = z.looseObject({
  kind: z.enum(['incident', 'seizure']),
  key: z.string().openapi({ description: 'same site and night, same key: used to offer merges' }),
  confidence: z.number(),
  draft: z.record(z.string(), z.unknown()).openapi({ description: 'valid against the input schema, without sources' }),
  evidence: z.array(fieldEvidenceSchema),
  notes: z.array(z.string()),
  organisations: z.array(z.object({ name: z.string(), kind: z.enum(['gang', 'cartel', 'group']) })).optional(),
});
const resultSchema = z
  .object({
    format: z.enum(['text', 'html', 'rss', 'atom']),
    items: z.array(
      z.object({
        language: z.string(),
        text: z.string().openapi({ description: 'the plain text every evidence offset points into' }),
        title: z.string().optional(),
        url: z.string().optional(),
        published: z.string(),
        candidates: z.array(extractedCandidateSchema),
      }),
    ),
  })
  .openapi('ExtractionResult');

/** POST /api/extract: a text in, candidate incidents and seizures out; nothing is stored. */
export function extractRoutes(context: VigieContext) {
  const app = new OpenAPIHono<ApiEnv>();
  app.openapi(
    createRoute({
      method: 'post',
      path: '/extract',
      tags: ['extraction'],
      summary:
        'Read an article (text, HTML, RSS or Atom) and propose incidents and seizures, each field with its evidence',
      request: { body: { required: true, content: { 'application/json': { schema: extractRequestSchema } } } },
      responses: {
        200: jsonOf(
          resultSchema,
          'The extraction: one item per article, each with candidates and their evidence offsets',
        ),
        ...errorResponses,
        403: { description: 'Not allowed', content: { 'application/json': { schema: errorSchema } } },
        413: {
          description: 'The text is longer than 1,000,000 characters',
          content: { 'application/json': { schema: errorSchema } },
        },
        422: {
          description: 'The text was not read within the time budget (VIGIE_EXTRACT_BUDGET_MS)',
          content: { 'application/json': { schema: errorSchema } },
        },
      },
    }),
    async (c) => {
      // Read on a worker thread under a time budget: a long text never holds the server (413/422 name `text`).
      const result = await extractForCaller(
        (input, options, call) => context.extraction.extract(input, options, call),
        c.get('caller'),
        c.req.valid('json'),
      );
      return c.json(result, 200);
    },
  );
  return app;
}
