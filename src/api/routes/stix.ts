import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { VigieContext } from '../../context.ts';
import { buildBundle } from '../../export/stix/stix-bundle.ts';
import { selectForStix } from '../../export/stix/stix-selection.ts';
import { importStix } from '../../core/exchange/stix-exchange.service.ts';
import { stixBundleSchema } from '../../intake/stix/stix-import.ts';
import type { ApiEnv } from '../api-env.ts';
import { stixBundleOutSchema, stixImportResultSchema } from '../presenters/stix.presenter.ts';
import { body, jsonOf, refusals } from './route-parts.ts';
import { recordStixExport } from '../../core/case/dissemination.service.ts';
import { tokenPrefixOf } from './cases.ts';

const bundleQuerySchema = z.object({
  campaign: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .optional()
    .describe('a campaign key or id: the campaign and the members you may read'),
  since: z.coerce.date().optional().describe('incidents ending after this date'),
  interop: z
    .enum(['true', 'false'])
    .optional()
    .describe('true: leave out the OASIS TLP marking definitions, as STIX interop mode asks'),
});
const importQuerySchema = z.object({
  partial: z
    .enum(['true', 'false'])
    .optional()
    .describe('true: store the valid incidents and report each refused object, instead of refusing the whole bundle'),
});

/** /api/stix: the STIX 2.1 bundle of a selection, and the import of one. */
export function stixRoutes(context: VigieContext) {
  const app = new OpenAPIHono<ApiEnv>();

  app.openapi(
    createRoute({
      method: 'get',
      path: '/bundle',
      tags: ['stix'],
      summary:
        'A STIX 2.1 bundle of a campaign or of the incidents since a date (what you may read; never the STAFF compartment)',
      request: { query: bundleQuerySchema },
      responses: { 200: jsonOf(stixBundleOutSchema, 'STIX 2.1 bundle'), ...refusals },
    }),
    async (c) => {
      const query = c.req.valid('query');
      const selection = await selectForStix(context, c.get('caller'), query);
      const bundle = buildBundle(selection, context.gazetteer, { interop: query.interop === 'true' });
      await recordStixExport(context.cases, c.get('caller'), selection, tokenPrefixOf(c));
      return c.json(bundle, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/bundle',
      tags: ['stix'],
      summary: 'Import the incidents of a STIX 2.1 bundle: all or none, importing twice changes nothing',
      request: { ...body(stixBundleSchema), query: importQuerySchema },
      responses: {
        200: jsonOf(
          stixImportResultSchema,
          'What the import did: counts, objects kept, attached and ignored by type, refused objects',
        ),
        ...refusals,
      },
    }),
    async (c) => {
      const result = await importStix(
        { incidents: context.incidents, stix: context.stix, graph: context.stixGraph },
        c.get('caller'),
        c.req.valid('json'),
        { partial: c.req.valid('query').partial === 'true' },
      );
      const { plan: _plan, refused: _refused, refusedIssues, ...shown } = result;
      return c.json({ ...shown, refused: refusedIssues }, 200);
    },
  );
  return app;
}
