import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { VigieContext } from '../../context.ts';
import {
  ACTOR_KINDS,
  actorInputSchema,
  actorPatchSchema,
  detaineeProfileSchema,
  incidentActorSchema,
  INCIDENT_ROLES,
  relationshipInputSchema,
} from '../../core/actor/actor.schema.ts';
import {
  createActor,
  createRelationship,
  deleteRelationship,
  getActor,
  incidentActors,
  listActors,
  setIncidentActor,
  updateActor,
} from '../../core/actor/actor.service.ts';
import { getDetaineeProfile, listDetainees, saveDetaineeProfile } from '../../core/actor/detainee.service.ts';
import { neighboursOf, pathsBetween, sharedByCampaigns } from '../../core/actor/graph.service.ts';
import { invalidInput } from '../../core/shared/errors.ts';
import {
  actorDetailSchema,
  actorRefSchema,
  actorSchema,
  detaineeSchema,
  presentActor,
  presentActorDetail,
  presentActorRef,
  presentRelationship,
  presentScoredProfile,
  presentSubgraph,
  relationshipSchema,
  subgraphSchema,
} from '../presenters/actor.presenter.ts';
import { errorSchema } from '../schemas.ts';
import { body, idParam, jsonOf, refusals } from './route-parts.ts';
import type { ApiEnv } from '../api-env.ts';

const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), total: z.number().int(), next_offset: z.number().int().nullable() });
const rolesSchema = z
  .object({
    items: z.array(z.object({ actor_id: z.string().uuid(), role: z.enum(INCIDENT_ROLES), actor: actorRefSchema })),
  })
  .openapi('IncidentActors');
const neighbourhoodSchema = subgraphSchema
  .extend({
    start: actorRefSchema,
    depth: z.number().int(),
    capped: z.array(z.string()).openapi({ description: 'why the answer was cut, when it was' }),
  })
  .openapi('Neighbourhood');
const pathsSchema = z
  .object({
    from: actorRefSchema,
    to: actorRefSchema,
    note: z.string().nullable(),
    paths: z.array(z.object({ actors: z.array(actorRefSchema), relationships: z.array(relationshipSchema) })),
  })
  .openapi('Paths');
const sharedSchema = z.object({
  campaigns: z.array(z.string()),
  items: z.array(z.object({ actor: actorRefSchema, reason: z.string() })),
});

const page = {
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
};

/** /api/actors, /api/relationships, /api/incidents/{id}/actors, /api/graph/*, /api/detainees. */
export function actorRoutes(context: VigieContext) {
  const app = new OpenAPIHono<ApiEnv>();
  const deps = context.actorGraph;
  const gazetteer = context.gazetteer;

  app.openapi(
    createRoute({
      method: 'get',
      path: '/actors',
      tags: ['actors'],
      summary: 'Entities the caller may read, by name; search by name or alias',
      request: {
        query: z.object({
          q: z.string().trim().max(200).optional(),
          kind: z
            .string()
            .optional()
            .openapi({ description: `${ACTOR_KINDS.join(', ')}; comma-separated` }),
          ...page,
        }),
      },
      responses: { 200: jsonOf(pageOf(actorSchema), 'A page of entities'), ...refusals },
    }),
    async (c) => {
      const query = c.req.valid('query');
      const kinds = query.kind
        ?.split(',')
        .map((value) => value.trim())
        .filter(Boolean);
      const unknown = kinds?.find((kind) => !(ACTOR_KINDS as readonly string[]).includes(kind));
      if (unknown)
        throw invalidInput([
          { path: 'kind', message: `unknown kind "${unknown}"; expected one of ${ACTOR_KINDS.join(', ')}` },
        ]);
      const result = await listActors(
        deps,
        c.get('caller'),
        { q: query.q, kind: kinds as (typeof ACTOR_KINDS)[number][] | undefined },
        query.limit,
        query.offset,
      );
      return c.json(
        {
          items: result.items.map((row) => presentActor(gazetteer, row)),
          total: result.total,
          next_offset: result.next_offset,
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/actors',
      tags: ['actors'],
      summary: 'Record an entity (analysts and above)',
      request: body(actorInputSchema),
      responses: { 201: jsonOf(actorSchema, 'The entity'), ...refusals },
    }),
    async (c) => c.json(presentActor(gazetteer, await createActor(deps, c.get('caller'), c.req.valid('json'))), 201),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/actors/{id}',
      tags: ['actors'],
      summary: 'An entity with its relationships, incidents and detainee profile',
      request: { params: idParam },
      responses: { 200: jsonOf(actorDetailSchema, 'The entity'), ...refusals },
    }),
    async (c) =>
      c.json(presentActorDetail(gazetteer, await getActor(deps, c.get('caller'), c.req.valid('param').id)), 200),
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/actors/{id}',
      tags: ['actors'],
      summary: 'Change an entity (analysts and above)',
      request: { params: idParam, ...body(actorPatchSchema) },
      responses: { 200: jsonOf(actorSchema, 'The entity'), ...refusals },
    }),
    async (c) =>
      c.json(
        presentActor(gazetteer, await updateActor(deps, c.get('caller'), c.req.valid('param').id, c.req.valid('json'))),
        200,
      ),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/actors/{id}/neighbours',
      tags: ['actors'],
      summary: 'Entities within depth hops (at most 4 hops and 500 entities; `capped` says when cut)',
      request: { params: idParam, query: z.object({ depth: z.coerce.number().int().min(1).max(10).default(1) }) },
      responses: { 200: jsonOf(neighbourhoodSchema, 'The neighbourhood'), ...refusals },
    }),
    async (c) => {
      const answer = await neighboursOf(deps, c.get('caller'), c.req.valid('param').id, c.req.valid('query').depth);
      return c.json(
        {
          start: presentActorRef(answer.start),
          depth: answer.depth,
          capped: answer.capped,
          ...presentSubgraph(answer.nodes, answer.relationships),
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/actors/{id}/detainee-profile',
      tags: ['detainees'],
      summary: "A person's risk profile",
      request: { params: idParam },
      responses: { 200: jsonOf(detaineeSchema, 'The profile'), ...refusals },
    }),
    async (c) =>
      c.json(
        presentScoredProfile(gazetteer, await getDetaineeProfile(deps, c.get('caller'), c.req.valid('param').id)),
        200,
      ),
  );

  app.openapi(
    createRoute({
      method: 'put',
      path: '/actors/{id}/detainee-profile',
      tags: ['detainees'],
      summary: 'Record a new risk assessment of a person held at a facility (analysts and above)',
      request: { params: idParam, ...body(detaineeProfileSchema) },
      responses: { 200: jsonOf(detaineeSchema, 'The profile'), 422: jsonOf(errorSchema, 'Not a person'), ...refusals },
    }),
    async (c) =>
      c.json(
        presentScoredProfile(
          gazetteer,
          await saveDetaineeProfile(deps, c.get('caller'), c.req.valid('param').id, c.req.valid('json')),
        ),
        200,
      ),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/detainees',
      tags: ['detainees'],
      summary: 'Profiled detainees, highest risk score first, with the reasons: for placement decisions',
      request: {
        query: z.object({
          facility: z.string().trim().min(1).max(200).optional(),
          min_score: z.coerce.number().int().min(0).max(12).optional(),
          ...page,
        }),
      },
      responses: { 200: jsonOf(pageOf(detaineeSchema), 'A page of detainees'), ...refusals },
    }),
    async (c) => {
      const query = c.req.valid('query');
      const result = await listDetainees(
        deps,
        c.get('caller'),
        { facility: query.facility, minScore: query.min_score },
        query.limit,
        query.offset,
      );
      return c.json(
        {
          items: result.items.map((entry) => presentScoredProfile(gazetteer, entry)),
          total: result.total,
          next_offset: result.next_offset,
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/relationships',
      tags: ['actors'],
      summary: 'Relate two entities (analysts and above)',
      request: body(relationshipInputSchema),
      responses: { 201: jsonOf(relationshipSchema, 'The relationship'), ...refusals },
    }),
    async (c) => c.json(presentRelationship(await createRelationship(deps, c.get('caller'), c.req.valid('json'))), 201),
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/relationships/{id}',
      tags: ['actors'],
      summary: 'Remove a relationship (analysts and above)',
      request: { params: idParam },
      responses: { 204: { description: 'Removed' }, ...refusals },
    }),
    async (c) => {
      await deleteRelationship(deps, c.get('caller'), c.req.valid('param').id);
      return c.body(null, 204);
    },
  );

  const presentRoles = (rows: Awaited<ReturnType<typeof incidentActors>>) => ({
    items: rows.map((row) => ({ actor_id: row.actor.id, role: row.role, actor: presentActorRef(row.actor) })),
  });
  app.openapi(
    createRoute({
      method: 'get',
      path: '/incidents/{id}/actors',
      tags: ['actors'],
      summary: 'The entities an incident involves, with their roles',
      request: { params: idParam },
      responses: { 200: jsonOf(rolesSchema, 'Roles'), ...refusals },
    }),
    async (c) => c.json(presentRoles(await incidentActors(deps, c.get('caller'), c.req.valid('param').id)), 200),
  );

  app.openapi(
    createRoute({
      method: 'put',
      path: '/incidents/{id}/actors',
      tags: ['actors'],
      summary: 'Involve an entity in an incident with a role (analysts and above)',
      request: { params: idParam, ...body(incidentActorSchema) },
      responses: { 200: jsonOf(rolesSchema, 'Roles'), ...refusals },
    }),
    async (c) =>
      c.json(
        presentRoles(await setIncidentActor(deps, c.get('caller'), c.req.valid('param').id, c.req.valid('json'), true)),
        200,
      ),
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/incidents/{id}/actors',
      tags: ['actors'],
      summary: "Remove an entity's role from an incident (analysts and above)",
      request: { params: idParam, query: z.object({ actor_id: z.string(), role: z.enum(INCIDENT_ROLES) }) },
      responses: { 200: jsonOf(rolesSchema, 'Roles'), ...refusals },
    }),
    async (c) =>
      c.json(
        presentRoles(
          await setIncidentActor(deps, c.get('caller'), c.req.valid('param').id, c.req.valid('query'), false),
        ),
        200,
      ),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/graph/paths',
      tags: ['actors'],
      summary: 'All shortest paths between two entities (at most 10, within 6 hops)',
      request: {
        query: z.object({
          from: z.uuid({ message: 'expected the id of an entity' }),
          to: z.uuid({ message: 'expected the id of an entity' }),
        }),
      },
      responses: { 200: jsonOf(pathsSchema, 'Paths'), ...refusals },
    }),
    async (c) => {
      const query = c.req.valid('query');
      const answer = await pathsBetween(deps, c.get('caller'), query.from, query.to);
      return c.json(
        {
          from: presentActorRef(answer.from),
          to: presentActorRef(answer.to),
          note: answer.note,
          paths: answer.paths.map((path) => ({
            actors: path.actors.map(presentActorRef),
            relationships: path.relationships.map(presentRelationship),
          })),
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/graph/shared',
      tags: ['actors'],
      summary: 'Entities two campaigns share, with the reason',
      request: { query: z.object({ campaigns: z.string().min(1).openapi({ description: 'two campaign ids: A,B' }) }) },
      responses: { 200: jsonOf(sharedSchema, 'Shared entities'), ...refusals },
    }),
    async (c) => {
      const ids = c.req
        .valid('query')
        .campaigns.split(',')
        .map((value) => value.trim())
        .filter(Boolean);
      const answer = await sharedByCampaigns(deps, c.get('caller'), ids);
      return c.json(
        {
          campaigns: answer.campaigns,
          items: answer.items.map((entry) => ({ actor: presentActorRef(entry.actor), reason: entry.reason })),
        },
        200,
      );
    },
  );
  return app;
}
