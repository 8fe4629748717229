import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { Protected } from '../../core/shared/principal.ts';
import type { Context } from 'hono';
import type { VigieContext } from '../../context.ts';
import { contentDisposition, CASE_ITEM_TYPES } from '../../core/case/case.ts';
import {
  caseExportQuerySchema,
  caseInputSchema,
  caseItemSchema,
  caseListQuerySchema,
  caseMemberSchema,
  caseNoteSchema,
  casePatchSchema,
  caseTaskSchema,
  caseShareSchema,
  disseminationQuerySchema,
  evidenceQuerySchema,
  handoverSchema,
} from '../../core/case/case.schema.ts';
import {
  addEvidence,
  addItem,
  addNote,
  addTask,
  caseTaskAssignees,
  createCase,
  caseRecordReaders,
  getCase,
  readCaseHistory,
  listCases,
  readableCase,
  readEvidence,
  removeItem,
  removeMember,
  seesInCase,
  setMember,
  updateCase,
} from '../../core/case/case.service.ts';
import { handOver, shareCase } from '../../core/case/case-handover.service.ts';
import { exportCase } from '../../core/case/case-export.service.ts';
import { listDisseminations } from '../../core/case/dissemination.service.ts';
import {
  caseDetailSchema,
  caseHistorySchema,
  caseNoteSchema as caseNoteViewSchema,
  caseSchema,
  caseTaskViewSchema,
  disseminationSchema,
  evidenceManifestSchema,
  evidenceSchema,
  presentCase,
  presentCaseDetail,
  presentDissemination,
  presentEvidence,
  presentHistory,
  presentNote,
} from '../presenters/case.presenter.ts';
import { errorSchema } from '../schemas.ts';
import { stixBundleOutSchema } from '../presenters/stix.presenter.ts';
import { body, idParam, itemsOf, jsonOf, refusals } from './route-parts.ts';
import { presentAssignee, taskAssigneeSchema } from '../presenters/alert.presenter.ts';
import type { ApiEnv } from '../api-env.ts';

const evidenceParams = idParam.extend({ evidenceId: z.uuid().openapi({ param: { name: 'evidenceId', in: 'path' } }) });
const itemParams = idParam.extend({
  type: z.enum(CASE_ITEM_TYPES).openapi({ param: { name: 'type', in: 'path' } }),
  itemId: z.uuid().openapi({ param: { name: 'itemId', in: 'path' } }),
});
const memberParams = idParam.extend({ userId: z.uuid().openapi({ param: { name: 'userId', in: 'path' } }) });
const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), total: z.number().int(), limit: z.number().int(), offset: z.number().int() });
const handedOverSchema = caseSchema.extend({
  handover: z.object({ id: z.string().uuid(), at: z.string(), to_org_id: z.string(), keep_access: z.boolean() }),
});
const exportQuery = caseExportQuerySchema.extend({ lang: z.enum(['fr', 'en']).default('fr') });

/** The prefix of the API token of the request, if one was used (the dissemination log names it). */
export function tokenPrefixOf(c: Context): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(c.req.header('authorization') ?? '');
  return match ? match[1].slice(0, 10) : undefined;
}

/** /api/cases and /api/disseminations. */
export function caseRoutes(context: VigieContext) {
  const app = new OpenAPIHono<ApiEnv>();
  const deps = context.cases;

  app.openapi(
    createRoute({
      method: 'get',
      path: '/cases',
      tags: ['cases'],
      summary: 'Cases the caller reads, most recently changed first (filter by state, q)',
      request: { query: caseListQuerySchema },
      responses: { 200: jsonOf(pageOf(caseSchema), 'A page of cases'), ...refusals },
    }),
    async (c) => {
      const query = c.req.valid('query');
      const page = await listCases(deps, c.get('caller'), query);
      return c.json(
        {
          items: page.items.map((row) => presentCase(row, page.organisations)),
          total: page.total,
          limit: query.limit,
          offset: query.offset,
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/cases',
      tags: ['cases'],
      summary: "Open a case led by the caller's organisation",
      request: body(caseInputSchema),
      responses: { 201: jsonOf(caseSchema, 'The case'), ...refusals },
    }),
    async (c) => c.json(presentCase(await createCase(deps, c.get('caller'), c.req.valid('json'))), 201),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/cases/{id}',
      tags: ['cases'],
      summary: 'A case with the items, notes, evidence, tasks, members and history its reader may see',
      request: { params: idParam },
      responses: { 200: jsonOf(caseDetailSchema, 'The case'), ...refusals },
    }),
    async (c) =>
      c.json(presentCaseDetail(await getCase(deps, c.get('caller'), c.req.valid('param').id), context.gazetteer), 200),
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/cases/{id}',
      tags: ['cases'],
      summary: 'Change title, summary, state or marking at the version read',
      request: { params: idParam, ...body(casePatchSchema) },
      responses: { 200: jsonOf(caseSchema, 'The case'), ...refusals },
    }),
    async (c) =>
      c.json(presentCase(await updateCase(deps, c.get('caller'), c.req.valid('param').id, c.req.valid('json'))), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/cases/{id}/items',
      tags: ['cases'],
      summary: 'Add an incident, campaign or actor the caller may read',
      request: { params: idParam, ...body(caseItemSchema) },
      responses: { 200: jsonOf(z.object({ added: z.boolean() }), 'Whether it was added'), ...refusals },
    }),
    async (c) =>
      c.json({ added: await addItem(deps, c.get('caller'), c.req.valid('param').id, c.req.valid('json')) }, 200),
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/cases/{id}/items/{type}/{itemId}',
      tags: ['cases'],
      summary: 'Remove an item from the case',
      request: { params: itemParams },
      responses: { 204: { description: 'Removed' }, ...refusals },
    }),
    async (c) => {
      const p = c.req.valid('param');
      await removeItem(deps, c.get('caller'), p.id, { type: p.type, id: p.itemId });
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/cases/{id}/members',
      tags: ['cases'],
      summary: 'Add a member (or change their role); their organisation must read the case',
      request: { params: idParam, ...body(caseMemberSchema) },
      responses: { 204: { description: 'Set' }, ...refusals },
    }),
    async (c) => {
      await setMember(deps, c.get('caller'), c.req.valid('param').id, c.req.valid('json'));
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/cases/{id}/members/{userId}',
      tags: ['cases'],
      summary: 'Remove a member',
      request: { params: memberParams },
      responses: { 204: { description: 'Removed' }, ...refusals },
    }),
    async (c) => {
      const p = c.req.valid('param');
      await removeMember(deps, c.get('caller'), p.id, p.userId);
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/cases/{id}/notes',
      tags: ['cases'],
      summary: 'Add a note (marked like the case unless told)',
      request: { params: idParam, ...body(caseNoteSchema) },
      responses: { 201: jsonOf(caseNoteViewSchema, 'The note'), ...refusals },
    }),
    async (c) =>
      c.json(presentNote(await addNote(deps, c.get('caller'), c.req.valid('param').id, c.req.valid('json'))), 201),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/cases/{id}/assignees',
      tags: ['cases'],
      summary:
        "The accounts of the caller's organisation a task of the case may be given to (those who may work the case)",
      request: { params: idParam },
      responses: { 200: jsonOf(itemsOf(taskAssigneeSchema), 'Accounts'), ...refusals },
    }),
    async (c) =>
      c.json(
        { items: (await caseTaskAssignees(deps, c.get('caller'), c.req.valid('param').id)).map(presentAssignee) },
        200,
      ),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/cases/{id}/tasks',
      tags: ['cases'],
      summary:
        'Add a task to the case (worked through /api/tasks); its assignee is an account of your organisation that may work the case (audited)',
      request: { params: idParam, ...body(caseTaskSchema) },
      responses: { 201: jsonOf(caseTaskViewSchema, 'The task'), ...refusals },
    }),
    async (c) => {
      const task = await addTask(deps, c.get('caller'), c.req.valid('param').id, c.req.valid('json'));
      return c.json(
        {
          id: task.id,
          title: task.title,
          state: task.state,
          due_at: task.due_at?.toISOString() ?? null,
          assignee_id: task.assignee_id,
          version: task.version,
        },
        201,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/cases/{id}/evidence',
      tags: ['cases'],
      summary:
        'Upload an evidence file: the raw body is the file, its Content-Type the media type, ?filename= its name (20 MiB at most)',
      request: {
        params: idParam,
        query: evidenceQuerySchema,
        body: {
          required: true,
          description: 'the file itself, any media type',
          content: { 'application/octet-stream': { schema: z.string().openapi({ format: 'binary' }) } },
        },
      },
      responses: {
        201: jsonOf(evidenceSchema, 'The stored file with its SHA-256'),
        413: jsonOf(errorSchema, 'Larger than 20 MiB'),
        ...refusals,
      },
    }),
    async (c) => {
      const content = new Uint8Array(await c.req.arrayBuffer());
      // A media type is kept only in its plain form (type/subtype); anything else is stored as bytes.
      const declared = (c.req.header('content-type') ?? '').split(';')[0].trim().toLowerCase();
      const mediaType = /^[a-z0-9][\w.+-]{0,63}\/[a-z0-9][\w.+-]{0,127}$/.test(declared)
        ? declared
        : 'application/octet-stream';
      const id = c.req.valid('param').id;
      return c.json(
        presentEvidence(id)(await addEvidence(deps, c.get('caller'), id, c.req.valid('query'), mediaType, content)),
        201,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/cases/{id}/evidence/{evidenceId}',
      tags: ['cases'],
      summary: 'Download an evidence file (its SHA-256 is checked first)',
      request: { params: evidenceParams },
      responses: { 200: { description: 'The file' }, ...refusals },
    }),
    async (c) => {
      const p = c.req.valid('param');
      const file = await readEvidence(deps, c.get('caller'), p.id, p.evidenceId);
      return c.body(file.content as Uint8Array<ArrayBuffer>, 200, {
        'content-type': file.media_type,
        'content-disposition': contentDisposition(file.file_name),
        'x-content-sha256': file.sha256,
        'x-content-type-options': 'nosniff',
      });
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/cases/{id}/handover',
      tags: ['cases'],
      summary: 'Hand the case over to another organisation (lead organisation only)',
      request: { params: idParam, ...body(handoverSchema) },
      responses: { 200: jsonOf(handedOverSchema, 'The case after the handover'), ...refusals },
    }),
    async (c) => {
      const result = await handOver(deps, c.get('caller'), c.req.valid('param').id, c.req.valid('json'));
      return c.json(
        {
          ...presentCase(result.case),
          handover: {
            id: result.handover.id,
            at: result.handover.at.toISOString(),
            to_org_id: result.handover.to_org_id,
            keep_access: result.handover.keep_access,
          },
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/cases/{id}/access',
      tags: ['cases'],
      summary:
        'Share the case with another organisation, or stop (lead organisation only); items keep their own markings',
      request: { params: idParam, ...body(caseShareSchema) },
      responses: { 204: { description: 'Done' }, ...refusals },
    }),
    async (c) => {
      await shareCase(deps, c.get('caller'), c.req.valid('param').id, c.req.valid('json'));
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/cases/{id}/history',
      tags: ['cases'],
      summary: 'What happened to the case, oldest first',
      request: { params: idParam },
      responses: { 200: jsonOf(z.object({ items: z.array(caseHistorySchema) }), 'History'), ...refusals },
    }),
    async (c) => {
      const history = await readCaseHistory(deps, c.get('caller'), c.req.valid('param').id);
      return c.json({ items: history.map(presentHistory) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/cases/{id}/export',
      tags: ['cases'],
      summary:
        'The case file: format=html (printable report), stix (STIX 2.1 bundle) or manifest (evidence hashes); recorded as a dissemination',
      request: { params: idParam, query: exportQuery },
      responses: {
        200: {
          description: 'The export: the HTML report, the STIX bundle or the evidence manifest',
          content: {
            'text/html': { schema: z.string() },
            'application/stix+json': { schema: stixBundleOutSchema },
            'application/json': { schema: evidenceManifestSchema },
          },
        },
        ...refusals,
      },
    }),
    async (c) => {
      const query = c.req.valid('query');
      const result = await exportCase(
        deps,
        c.get('caller'),
        c.req.valid('param').id,
        query.format,
        query.lang,
        tokenPrefixOf(c),
      );
      return c.body(result.body, 200, {
        'content-type': result.contentType,
        'content-disposition':
          query.format === 'html' ? `inline; filename="${result.fileName}"` : contentDisposition(result.fileName),
      });
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/disseminations',
      tags: ['cases'],
      summary:
        'The dissemination log, per case or per recipient (supervisors see all; others what they released or received)',
      request: { query: disseminationQuerySchema },
      responses: { 200: jsonOf(pageOf(disseminationSchema), 'A page of releases'), ...refusals },
    }),
    async (c) => {
      const query = c.req.valid('query');
      const caller = c.get('caller');
      const found = query.case ? await readableCase(deps, caller, query.case) : undefined;
      const inCase = found && ((record: Protected) => seesInCase(caller.principal, record, found.grantors));
      const page = await listDisseminations(
        { ...deps, readers: caseRecordReaders(deps) },
        caller,
        { caseId: query.case, recipient: query.recipient },
        query.limit,
        query.offset,
        inCase,
      );
      return c.json(
        { items: page.items.map(presentDissemination), total: page.total, limit: query.limit, offset: query.offset },
        200,
      );
    },
  );
  return app;
}
