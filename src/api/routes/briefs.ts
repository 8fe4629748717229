import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { VigieContext } from '../../context.ts';
import { briefFor, generateDailyBriefs, getArchivedBrief, listBriefs } from '../../core/brief/brief.service.ts';
import { BRIEF_STYLE } from '../../core/brief/brief-html.ts';
import { renderPdf } from '../../core/brief/brief-pdf.ts';
import { incidentsPerDay } from '../../core/brief/brief.ts';
import { BRIEF_TEXT, type BriefLanguage } from '../../core/brief/brief-text.ts';
import type { BriefRow } from '../../store/brief.repository.ts';
import {
  archivedBriefSchema,
  briefSummarySchema,
  liveBriefSchema,
  presentBriefSummary,
  presentLiveBrief,
} from '../presenters/brief.presenter.ts';
import { body, idParam, jsonOf, refusals } from './route-parts.ts';
import type { ApiEnv } from '../api-env.ts';

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD (Paris)');
const format = z.enum(['json', 'html', 'md', 'pdf']).default('json');

function document(kind: 'html' | 'md', text: string): Response {
  return new Response(text, {
    headers: { 'Content-Type': kind === 'html' ? 'text/html; charset=utf-8' : 'text/markdown; charset=utf-8' },
  });
}
const documentOrJson = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: {
    ...jsonOf(schema, description).content,
    'text/html': { schema: { type: 'string' as const } },
    'text/markdown': { schema: { type: 'string' as const } },
    'application/pdf': { schema: { type: 'string' as const, format: 'binary' } },
  },
});

/** The brief as an A4 PDF download, drawn from its Markdown and its incidents per day. */
async function pdf(
  markdown: string,
  date: string,
  language: string,
  perDay: Array<{ day: string; count: number }> | undefined,
): Promise<Response> {
  const lang: BriefLanguage = language === 'en' ? 'en' : 'fr';
  const bytes = await renderPdf(markdown, {
    title: BRIEF_TEXT[lang].title(date),
    perDay,
    perDayTitle: BRIEF_TEXT[lang].perDay,
    language: lang,
  });
  return new Response(new Uint8Array(bytes), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="brief-${date}-${lang}.pdf"`,
    },
  });
}

/** /api/briefs: the daily brief of a date for the caller, and the archive of the scheduled ones. */
export function briefRoutes(context: VigieContext) {
  const app = new OpenAPIHono<ApiEnv>();
  const deps = context.briefs;

  app.openapi(
    createRoute({
      method: 'get',
      path: '/briefs',
      tags: ['briefs'],
      summary: "Archived briefs of the caller's organisation, newest first; q searches their text",
      request: {
        query: z.object({
          q: z.string().max(200).optional(),
          limit: z.coerce.number().int().min(1).max(200).default(30),
          offset: z.coerce.number().int().min(0).default(0),
        }),
      },
      responses: {
        200: jsonOf(
          z.object({
            items: z.array(briefSummarySchema),
            total: z.number().int(),
            next_offset: z.number().int().nullable(),
          }),
          'A page of briefs',
        ),
        ...refusals,
      },
    }),
    async (c) => {
      const query = c.req.valid('query');
      const page = await listBriefs(deps, c.get('caller'), query.q, query.limit, query.offset);
      return c.json(
        { items: page.items.map(presentBriefSummary), total: page.total, next_offset: page.next_offset },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/briefs/live',
      tags: ['briefs'],
      summary: 'The brief of a date built now for the caller (only what the caller may read); not archived',
      request: { query: z.object({ date: date.optional(), lang: z.enum(['fr', 'en']).default('fr'), format }) },
      responses: {
        200: documentOrJson(liveBriefSchema, 'The brief: its data, Markdown and self-contained HTML'),
        ...refusals,
      },
    }),
    async (c) => {
      const query = c.req.valid('query');
      const brief = await briefFor(deps, c.get('caller'), query.date, query.lang);
      if (query.format === 'pdf')
        return pdf(brief.markdown, brief.model.date, query.lang, incidentsPerDay(brief.model));
      if (query.format !== 'json') return document(query.format, query.format === 'html' ? brief.html : brief.markdown);
      return c.json(presentLiveBrief(brief.model, brief.markdown, brief.html), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/briefs/generate',
      tags: ['briefs'],
      summary:
        'Run the daily generation of a date now (supervisors and administrators); archives and publishes brief.published once per organisation',
      request: body(z.strictObject({ date })),
      responses: {
        201: jsonOf(z.object({ items: z.array(briefSummarySchema) }), 'The briefs this call archived'),
        ...refusals,
      },
    }),
    async (c) => {
      const rows = await generateDailyBriefs(deps, c.get('caller'), c.req.valid('json').date);
      return c.json({ items: rows.map(presentBriefSummary) }, 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/briefs/brief.css',
      tags: ['briefs'],
      summary: "The brief's stylesheet, for a page that shows a brief under a CSP without inline styles",
      responses: { 200: { description: 'CSS', content: { 'text/css': { schema: { type: 'string' as const } } } } },
    }),
    async () =>
      new Response(BRIEF_STYLE, {
        headers: { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': 'no-cache' },
      }),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/briefs/{id}',
      tags: ['briefs'],
      summary: 'An archived brief (format=html, md or pdf for the document)',
      request: { params: idParam, query: z.object({ format }) },
      responses: { 200: documentOrJson(archivedBriefSchema, 'The brief'), ...refusals },
    }),
    async (c) => {
      const row: BriefRow = await getArchivedBrief(deps, c.get('caller'), c.req.valid('param').id);
      const query = c.req.valid('query');
      if (query.format === 'pdf')
        return pdf(
          row.content_md,
          row.brief_date,
          row.language,
          (row.facts as { per_day?: Array<{ day: string; count: number }> }).per_day,
        );
      if (query.format !== 'json')
        return document(query.format, query.format === 'html' ? row.content_html : row.content_md);
      return c.json(
        { ...presentBriefSummary(row), markdown: row.content_md, html: row.content_html, facts: row.facts },
        200,
      );
    },
  );
  return app;
}
