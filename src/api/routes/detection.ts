import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { VigieContext } from '../../context.ts';
import {
  decideCampaign,
  decisionSchema,
  endAlarm,
  endAlarmSchema,
  getAlarm,
  getCampaign,
  incidentLinks,
  listAlarms,
  listCampaigns,
  removeAlias,
  setAlias,
  type CampaignDeps,
} from '../../core/detection/campaign.service.ts';
import { siteRiskFor } from '../../core/risk/site-risk.service.ts';
import { invalidInput } from '../../core/shared/errors.ts';
import {
  alarmSchema,
  campaignDetailSchema,
  campaignSchema,
  linkSchema,
  presentAlarm,
  presentCampaign,
  presentLink,
  presentProbableMember,
} from '../presenters/campaign.presenter.ts';
import { presentIncident } from '../presenters/incident.presenter.ts';
import { presentSiteRisk, siteRiskSchema } from '../presenters/site-risk.presenter.ts';
import { jsonOf, refusals } from './route-parts.ts';
import type { ApiEnv } from '../api-env.ts';
import { readingsOf } from '../../core/incident/incident.service.ts';

const linksSchema = z.object({
  items: z.array(
    linkSchema.extend({
      other: z.object({
        id: z.string().uuid(),
        facility_id: z.string().nullable(),
        facility_name: z.string().nullable(),
        commune: z.string().nullable(),
        occurred_start: z.string(),
        event_types: z.array(z.string()),
      }),
    }),
  ),
});
const campaignPageSchema = z.object({ items: z.array(campaignSchema), next_offset: z.number().int().nullable() });
const alarmsSchema = z.object({ items: z.array(alarmSchema) });
const riskSchema = z
  .object({ at: z.string(), horizon_hours: z.number().int(), items: z.array(siteRiskSchema) })
  .openapi('RiskForecast');
const aliasesSchema = z.object({
  items: z.array(z.object({ alias: z.string(), canonical: z.string(), note: z.string().nullable() })),
});
const uuidParam = z.object({
  id: z
    .string()
    .uuid()
    .openapi({ param: { name: 'id', in: 'path' } }),
});
const dateQuery = z.string().optional().openapi({ description: 'a date (YYYY-MM-DD) or a date-time' });

function parseDate(value: string | undefined, path: string): Date | undefined {
  if (!value) return undefined;
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(date.getTime()))
    throw invalidInput([{ path, message: `"${value}" is not a date`, code: 'date_or_datetime' }]);
  return date;
}

/** /api/campaigns, /api/waves, /api/risk, /api/incidents/{id}/links, /api/signature-aliases. */
export function detectionRoutes(context: VigieContext) {
  const app = new OpenAPIHono<ApiEnv>();
  const deps: CampaignDeps = {
    campaigns: context.campaigns,
    links: context.links,
    incidents: context.incidents.incidents,
    audit: context.audit,
    detection: context.detection,
  };

  app.openapi(
    createRoute({
      method: 'get',
      path: '/incidents/{id}/links',
      tags: ['detection'],
      summary: 'The links of an incident, strongest first, with their evidence',
      request: { params: uuidParam },
      responses: { 200: jsonOf(linksSchema, 'Links to incidents you may read'), ...refusals },
    }),
    async (c) => {
      const links = await incidentLinks(deps, c.get('caller'), c.req.valid('param').id);
      return c.json(
        {
          items: links.map(({ link, other }) => ({
            ...presentLink(link),
            other: {
              id: other.id,
              facility_id: other.facility_id,
              facility_name: other.facility_id ? (context.gazetteer.facility(other.facility_id)?.name ?? null) : null,
              commune: other.commune,
              occurred_start: other.occurred_start.toISOString(),
              event_types: other.event_types,
            },
          })),
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/campaigns',
      tags: ['detection'],
      summary: 'Campaigns, newest first',
      request: {
        query: z.object({
          from: dateQuery,
          to: dateQuery,
          state: z.string().optional().openapi({ description: 'active, confirmed, dismissed; comma-separated' }),
          limit: z.coerce.number().int().min(1).max(200).default(50),
          offset: z.coerce.number().int().min(0).default(0),
        }),
      },
      responses: {
        200: jsonOf(campaignPageSchema, 'Campaigns with at least one member you may read'),
        ...refusals,
      },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const state = q.state
        ?.split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      for (const s of state ?? [])
        if (!['active', 'confirmed', 'dismissed'].includes(s))
          throw invalidInput([
            { path: 'state', message: `unknown state "${s}"`, code: 'invalid_choice', params: { value: s } },
          ]);
      const page = await listCampaigns(
        deps,
        c.get('caller'),
        { from: parseDate(q.from, 'from'), to: parseDate(q.to, 'to'), state },
        q.limit,
        q.offset,
      );
      return c.json(
        {
          items: page.items.map((reading) => presentCampaign(context.gazetteer, reading)),
          next_offset: page.nextOffset,
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/campaigns/{id}',
      tags: ['detection'],
      summary: 'A campaign: members, the link graph with its reasons, its alarms and decisions',
      request: { params: uuidParam },
      responses: { 200: jsonOf(campaignDetailSchema, 'The campaign'), ...refusals },
    }),
    async (c) => {
      const caller = c.get('caller');
      const campaign = await getCampaign(deps, caller, c.req.valid('param').id);
      return c.json(
        {
          ...presentCampaign(context.gazetteer, campaign),
          members: (await readingsOf(context.incidents, caller, campaign.members)).map((r) =>
            presentIncident(context.gazetteer, r),
          ),
          links: campaign.links.map(presentLink),
          alarms: campaign.alarms.map((a) => presentAlarm(context.gazetteer, a)),
          // untagged acts of the campaign's kind beyond the usual: apart from the members until an analyst decides
          probable_members: (
            await readingsOf(
              context.incidents,
              caller,
              campaign.probable.map((p) => p.incident),
            )
          ).map((reading, index) => ({
            ...presentProbableMember(campaign.probable[index]),
            incident: presentIncident(context.gazetteer, reading),
          })),
          probable_search: campaign.probableSearch,
          decisions: campaign.decisions.map((d) => ({
            kind: d.kind,
            reason: d.reason,
            decided_at: d.decided_at.toISOString(),
            decided_by: d.decided_by,
            decided_by_name: d.decided_by_name,
          })),
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/campaigns/{id}/decisions',
      tags: ['detection'],
      summary: 'Confirm, dismiss, split, merge, or exclude an incident; later runs respect it',
      request: {
        params: uuidParam,
        body: { required: true, content: { 'application/json': { schema: decisionSchema } } },
      },
      responses: { 204: { description: 'Recorded and applied' }, ...refusals },
    }),
    async (c) => {
      await decideCampaign(deps, c.get('caller'), c.req.valid('param').id, c.req.valid('json'));
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/waves',
      tags: ['detection'],
      summary: 'Wave alarms with their significance; each stands until a person ends it',
      request: {
        query: z.object({
          from: dateQuery,
          to: dateQuery,
          max_p: z.coerce.number().min(0).max(1).optional(),
          state: z.enum(['standing', 'ended']).optional(),
          limit: z.coerce.number().int().min(1).max(200).default(50),
        }),
      },
      responses: { 200: jsonOf(alarmsSchema, 'Alarms resting only on incidents you may read'), ...refusals },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const alarms = await listAlarms(
        deps,
        c.get('caller'),
        { from: parseDate(q.from, 'from'), to: parseDate(q.to, 'to'), maxP: q.max_p, state: q.state },
        q.limit,
      );
      return c.json({ items: alarms.map((a) => presentAlarm(context.gazetteer, a)) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/waves/{id}',
      tags: ['detection'],
      summary: 'A wave alarm with its life: updates by later evidence, and its end',
      request: { params: uuidParam },
      responses: { 200: jsonOf(alarmSchema, 'The alarm'), ...refusals },
    }),
    async (c) =>
      c.json(presentAlarm(context.gazetteer, await getAlarm(deps, c.get('caller'), c.req.valid('param').id)), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/waves/{id}/end',
      tags: ['detection'],
      summary: 'End a standing wave alarm, with a reason (audited); only a person ends an alarm',
      request: {
        params: uuidParam,
        body: { required: true, content: { 'application/json': { schema: endAlarmSchema } } },
      },
      responses: { 200: jsonOf(alarmSchema, 'The ended alarm'), ...refusals },
    }),
    async (c) =>
      c.json(
        presentAlarm(
          context.gazetteer,
          await endAlarm(deps, c.get('caller'), c.req.valid('param').id, c.req.valid('json')),
        ),
        200,
      ),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/risk',
      tags: ['detection'],
      summary:
        'Per-site risk for the next 72 hours or 7 days, ranked, with reasons counted from what you may read (read from the ranking the detection stores; an instant it does not cover is computed)',
      request: {
        query: z.object({
          at: dateQuery,
          horizon: z.enum(['72', '168']).default('72').openapi({ description: 'hours' }),
          limit: z.coerce.number().int().min(1).max(300).default(20),
        }),
      },
      responses: { 200: jsonOf(riskSchema, 'Sites, most at risk first'), ...refusals },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const risk = await siteRiskFor(
        context.risk,
        c.get('caller').principal,
        parseDate(q.at, 'at')?.getTime(),
        Number(q.horizon),
        q.limit,
      );
      return c.json(
        {
          at: new Date(risk.at).toISOString(),
          horizon_hours: Number(q.horizon),
          items: risk.items.map((item) => presentSiteRisk(context.gazetteer, item)),
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/signature-aliases',
      tags: ['detection'],
      summary: 'The alias table analysts edit',
      responses: { 200: jsonOf(aliasesSchema, 'Aliases'), ...refusals },
    }),
    async (c) =>
      c.json(
        {
          items: (await context.links.aliases()).map((a) => ({ alias: a.alias, canonical: a.canonical, note: a.note })),
        },
        200,
      ),
  );

  app.openapi(
    createRoute({
      method: 'put',
      path: '/signature-aliases',
      tags: ['detection'],
      summary: 'Read ALIAS as CANONICAL when linking (e.g. DDPM as DDPF)',
      request: {
        body: {
          required: true,
          content: {
            'application/json': {
              schema: z.strictObject({
                alias: z.string().min(1).max(300),
                canonical: z.string().min(1).max(300),
                note: z.string().max(1000).optional(),
              }),
            },
          },
        },
      },
      responses: { 204: { description: 'Saved; links recomputed' }, ...refusals },
    }),
    async (c) => {
      const b = c.req.valid('json');
      await setAlias(deps, c.get('caller'), b.alias, b.canonical, b.note);
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/signature-aliases/{alias}',
      tags: ['detection'],
      summary: 'Remove an alias',
      request: {
        params: z.object({
          alias: z
            .string()
            .min(1)
            .openapi({ param: { name: 'alias', in: 'path' } }),
        }),
      },
      responses: { 204: { description: 'Removed' }, ...refusals },
    }),
    async (c) => {
      await removeAlias(deps, c.get('caller'), c.req.valid('param').alias);
      return c.body(null, 204);
    },
  );
  return app;
}
