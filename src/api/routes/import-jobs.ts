import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { VigieContext } from '../../context.ts';
import {
  cancelImportJob,
  getImportJob,
  IMPORT_KINDS,
  listImportJobs,
  parseImportJobStates,
  submitImportJob,
} from '../../core/import-job/import-job.service.ts';
import { VigieError } from '../../core/shared/errors.ts';
import { detectImportFormat } from '../../intake/import-format.ts';
import { importJobSchema, presentImportJob } from '../presenters/import-job.presenter.ts';
import { errorResponses, errorSchema } from '../schemas.ts';
import { importRequestBody } from './import-body.ts';
import { idParam, jsonOf } from './route-parts.ts';
import type { ApiEnv } from '../api-env.ts';

const refusals = {
  ...errorResponses,
  409: { description: 'The job is not queued', content: { 'application/json': { schema: errorSchema } } },
  413: { description: 'The file is over the limit', content: { 'application/json': { schema: errorSchema } } },
  415: { description: 'Unknown format', content: { 'application/json': { schema: errorSchema } } },
};

/** /api/import-jobs: files imported in the background, with progress. */
export function importJobRoutes(context: VigieContext) {
  const app = new OpenAPIHono<ApiEnv>();
  const deps = context.importJobs;

  app.openapi(
    createRoute({
      method: 'post',
      path: '/import-jobs',
      tags: ['import jobs'],
      summary: 'Queue a CSV, JSON or NDJSON file of incidents or seizures for import in the background (202)',
      request: {
        query: z.object({
          kind: z.enum(IMPORT_KINDS).default('incident'),
          format: z
            .enum(['json', 'ndjson', 'csv'])
            .optional()
            .openapi({ description: 'default: from the file name, the Content-Type, then sniffed' }),
          name: z.string().max(300).optional().openapi({ description: 'the file name, shown in the list' }),
        }),
        body: importRequestBody,
      },
      responses: { 202: jsonOf(importJobSchema, 'The queued job'), ...refusals },
    }),
    async (c) => {
      const { kind, format: requested, name } = c.req.valid('query');
      const content = new Uint8Array(await c.req.arrayBuffer());
      const format =
        requested ??
        detectImportFormat({
          fileName: name,
          contentType: c.req.header('content-type'),
          firstBytes: content.subarray(0, 4096),
        });
      if (content.length > 0 && !format)
        throw new VigieError(
          'unsupported_format',
          'cannot tell the file format: send ?format=json|ndjson|csv, a file name or a Content-Type',
          415,
          [{ path: 'format', message: 'unknown' }],
        );
      const job = await submitImportJob(deps, c.get('caller'), {
        kind,
        format: format ?? 'ndjson',
        fileName: name ?? `upload.${format ?? 'ndjson'}`,
        content,
      });
      return c.json(await presentImportJob(job, context), 202);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/import-jobs',
      tags: ['import jobs'],
      summary: 'Import jobs, newest first: yours, or all for administrators and supervisors',
      request: {
        query: z.object({
          state: z
            .string()
            .optional()
            .openapi({ description: 'queued, running, done, failed, cancelled; comma-separated' }),
          limit: z.coerce.number().int().min(1).max(200).default(20),
          offset: z.coerce.number().int().min(0).default(0),
        }),
      },
      responses: {
        200: jsonOf(
          z.object({
            items: z.array(importJobSchema),
            total: z.number().int(),
            limit: z.number().int(),
            offset: z.number().int(),
          }),
          'A page of jobs',
        ),
        ...refusals,
      },
    }),
    async (c) => {
      const { state, limit, offset } = c.req.valid('query');
      const page = await listImportJobs(deps, c.get('caller'), { states: parseImportJobStates(state), limit, offset });
      return c.json(
        {
          items: await Promise.all(page.items.map((job) => presentImportJob(job, context))),
          total: page.total,
          limit,
          offset,
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/import-jobs/{id}',
      tags: ['import jobs'],
      summary: 'An import job with its progress, counts and problems',
      request: { params: idParam },
      responses: { 200: jsonOf(importJobSchema, 'The job'), ...refusals },
    }),
    async (c) =>
      c.json(await presentImportJob(await getImportJob(deps, c.get('caller'), c.req.valid('param').id), context), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/import-jobs/{id}/cancel',
      tags: ['import jobs'],
      summary: 'Cancel a job still queued',
      request: { params: idParam },
      responses: { 200: jsonOf(importJobSchema, 'The cancelled job'), ...refusals },
    }),
    async (c) =>
      c.json(
        await presentImportJob(await cancelImportJob(deps, c.get('caller'), c.req.valid('param').id), context),
        200,
      ),
  );
  return app;
}
