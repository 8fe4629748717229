import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import type { VigieContext } from '../../context.ts';
import {
  alertAssignSchema,
  alertListQuerySchema,
  alertTransitionSchema,
  ruleInputSchema,
  rulePatchSchema,
  watchInputSchema,
} from '../../core/alerts/alert.schema.ts';
import {
  actOnAlert,
  addWatch,
  createRule,
  getAlert,
  listAlerts,
  listRules,
  listWatchlist,
  removeWatch,
  updateRule,
} from '../../core/alerts/alert.service.ts';
import { alertIncidents, taskContexts } from '../../core/alerts/response-context.ts';
import {
  alertDetailSchema,
  alertRuleSchema,
  alertSchema,
  presentAlert,
  presentAlertDetail,
  presentRule,
  presentWatch,
  watchEntrySchema,
} from '../presenters/alert.presenter.ts';
import { body, idParam, itemsOf, jsonOf, pageOf, refusals } from './route-parts.ts';
import type { ApiEnv } from '../api-env.ts';

/** /api/alerts, /api/alert-rules, /api/watchlist. */
export function alertRoutes(context: VigieContext) {
  const app = new OpenAPIHono<ApiEnv>();
  const deps = context.alerts;

  app.openapi(
    createRoute({
      method: 'get',
      path: '/alerts',
      tags: ['alerts'],
      summary: 'Alerts the caller may read, newest first',
      request: { query: alertListQuerySchema },
      responses: { 200: jsonOf(pageOf(alertSchema), 'A page of alerts'), ...refusals },
    }),
    async (c) => {
      const query = c.req.valid('query');
      const page = await listAlerts(
        deps,
        c.get('caller'),
        { state: query.state, severity: query.severity, assignee: query.assignee },
        query.limit,
        query.offset,
      );
      return c.json(
        { items: page.items.map(presentAlert), total: page.total, limit: query.limit, offset: query.offset },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/alerts/{id}',
      tags: ['alerts'],
      summary: 'An alert with its history, incidents and tasks',
      request: { params: idParam },
      responses: { 200: jsonOf(alertDetailSchema, 'The alert'), ...refusals },
    }),
    async (c) => {
      const principal = c.get('caller').principal;
      const detail = await getAlert(deps, c.get('caller'), c.req.valid('param').id);
      const incidents = await alertIncidents(context.responses, principal, detail.alert);
      return c.json(
        presentAlertDetail(
          detail,
          deps.now(),
          incidents.items,
          await taskContexts(context.responses, principal, detail.tasks),
        ),
        200,
      );
    },
  );

  for (const action of ['acknowledge', 'resolve', 'dismiss'] as const) {
    app.openapi(
      createRoute({
        method: 'post',
        path: `/alerts/{id}/${action}`,
        tags: ['alerts'],
        summary: `${action[0].toUpperCase()}${action.slice(1)} an alert${action === 'dismiss' ? ' (reason required)' : ''}`,
        request: { params: idParam, ...body(alertTransitionSchema) },
        responses: { 200: jsonOf(alertSchema, 'The alert'), ...refusals },
      }),
      async (c) =>
        c.json(
          presentAlert(await actOnAlert(deps, c.get('caller'), c.req.valid('param').id, action, c.req.valid('json'))),
          200,
        ),
    );
  }

  app.openapi(
    createRoute({
      method: 'post',
      path: '/alerts/{id}/assign',
      tags: ['alerts'],
      summary: 'Assign an alert (null: unassign)',
      request: { params: idParam, ...body(alertAssignSchema) },
      responses: { 200: jsonOf(alertSchema, 'The alert'), ...refusals },
    }),
    async (c) =>
      c.json(
        presentAlert(await actOnAlert(deps, c.get('caller'), c.req.valid('param').id, 'assign', c.req.valid('json'))),
        200,
      ),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/alert-rules',
      tags: ['alerts'],
      summary: 'Alert rules (analysts and above)',
      responses: { 200: jsonOf(itemsOf(alertRuleSchema), 'Rules'), ...refusals },
    }),
    async (c) => c.json({ items: (await listRules(deps, c.get('caller'))).map(presentRule) }, 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/alert-rules',
      tags: ['alerts'],
      summary: 'Add a rule (supervisors and administrators)',
      request: body(ruleInputSchema),
      responses: { 201: jsonOf(alertRuleSchema, 'The rule'), ...refusals },
    }),
    async (c) => c.json(presentRule(await createRule(deps, c.get('caller'), c.req.valid('json'))), 201),
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/alert-rules/{id}',
      tags: ['alerts'],
      summary: 'Change a rule at the version read (supervisors and administrators)',
      request: { params: idParam, ...body(rulePatchSchema) },
      responses: { 200: jsonOf(alertRuleSchema, 'The rule'), ...refusals },
    }),
    async (c) =>
      c.json(presentRule(await updateRule(deps, c.get('caller'), c.req.valid('param').id, c.req.valid('json'))), 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/watchlist',
      tags: ['alerts'],
      summary: 'Watched signatures (analysts and above)',
      responses: { 200: jsonOf(itemsOf(watchEntrySchema), 'Entries'), ...refusals },
    }),
    async (c) => c.json({ items: (await listWatchlist(deps, c.get('caller'))).map(presentWatch) }, 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/watchlist',
      tags: ['alerts'],
      summary: 'Watch a tag, plate, phone or handle (supervisors and administrators)',
      request: body(watchInputSchema),
      responses: { 201: jsonOf(watchEntrySchema, 'The entry'), ...refusals },
    }),
    async (c) => c.json(presentWatch(await addWatch(deps, c.get('caller'), c.req.valid('json'))), 201),
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/watchlist/{id}',
      tags: ['alerts'],
      summary: 'Stop watching (supervisors and administrators)',
      request: { params: idParam },
      responses: { 204: { description: 'Removed' }, ...refusals },
    }),
    async (c) => {
      await removeWatch(deps, c.get('caller'), c.req.valid('param').id);
      return c.body(null, 204);
    },
  );
  return app;
}
