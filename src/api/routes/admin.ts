import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { VigieContext } from '../../context.ts';
import { recentAudit, verifyAuditFor } from '../../core/audit/audit.service.ts';
import { caseRecordReaders } from '../../core/case/case.service.ts';
import {
  addOrganisation,
  addUser,
  changeUser,
  createToken,
  listOrganisations,
  listTokens,
  listUsers,
  revokeToken,
  setSharing,
} from '../../core/identity/admin.service.ts';
import {
  compartmentProposalSchema,
  newOrganisationSchema,
  newTokenSchema,
  newUserSchema,
  userChangeSchema,
} from '../../core/identity/identity.schema.ts';
import type { CompartmentGrantRow, OrganisationRow } from '../../store/schema.ts';
import {
  decideCompartment,
  listCompartmentProposals,
  proposeCompartment,
} from '../../core/identity/compartment-grant.service.ts';
import {
  auditEventSchema,
  chainCheckSchema,
  presentAuditEvent,
  presentChainCheck,
} from '../presenters/audit.presenter.ts';
import { presentToken, presentUser, tokenSchema, userSchema } from '../presenters/user.presenter.ts';
import { body, idParam, itemsOf, jsonOf, refusals } from './route-parts.ts';
import type { ApiEnv } from '../api-env.ts';

const compartmentGrantSchema = z
  .object({
    id: z.string(),
    user_id: z.string(),
    compartment: z.string(),
    status: z.string(),
    proposed_by: z.string(),
    proposed_at: z.string(),
    decided_by: z.string().nullable(),
    decided_at: z.string().nullable(),
  })
  .openapi('CompartmentGrant');
const presentGrant = (grant: CompartmentGrantRow) => ({
  id: grant.id,
  user_id: grant.user_id,
  compartment: grant.compartment,
  status: grant.status,
  proposed_by: grant.proposed_by_name,
  proposed_at: new Date(grant.proposed_at).toISOString(),
  decided_by: grant.decided_by_name,
  decided_at: grant.decided_at ? new Date(grant.decided_at).toISOString() : null,
});
const organisationSchema = z
  .object({ id: z.string(), name: z.string(), kind: z.string(), shares_with: z.array(z.string()) })
  .openapi('Organisation');

/** /api/users, /api/organisations, /api/tokens and /api/audit: accounts, sharing, tokens, the audit trail. */
export function adminRoutes(context: VigieContext) {
  const app = new OpenAPIHono<ApiEnv>();
  const deps = context.admin;
  const organisations = async () =>
    new Map((await context.identity.listOrganisations()).map((o) => [o.id, o] as [string, OrganisationRow]));

  app.openapi(
    createRoute({
      method: 'get',
      path: '/users',
      tags: ['admin'],
      summary: 'List accounts (administrators)',
      responses: { 200: jsonOf(z.object({ items: z.array(userSchema) }), 'Accounts'), ...refusals },
    }),
    async (c) => {
      const [users, orgs] = await Promise.all([listUsers(deps, c.get('caller')), organisations()]);
      return c.json({ items: users.map((u) => presentUser(u, orgs.get(u.organisation_id))) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/users',
      tags: ['admin'],
      summary: 'Add an account; a generated password is returned once',
      request: body(newUserSchema),
      responses: {
        201: jsonOf(
          z.object({
            user: userSchema,
            password: z.string().optional(),
            proposed_compartments: z
              .array(z.string())
              .openapi({ description: 'compartments asked for, now awaiting a second administrator' }),
          }),
          'The account',
        ),
        ...refusals,
      },
    }),
    async (c) => {
      const { user, password, proposed } = await addUser(deps, c.get('caller'), c.req.valid('json'));
      return c.json(
        {
          user: presentUser(user, (await organisations()).get(user.organisation_id)),
          ...(password ? { password } : {}),
          proposed_compartments: proposed,
        },
        201,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/users/{id}',
      tags: ['admin'],
      summary: 'Change an account: role, organisation, compartments, disable, unlock, reset password',
      request: { params: idParam, ...body(userChangeSchema) },
      responses: {
        200: jsonOf(z.object({ user: userSchema, password: z.string().optional() }), 'The account'),
        ...refusals,
      },
    }),
    async (c) => {
      const { user, password } = await changeUser(deps, c.get('caller'), c.req.valid('param').id, c.req.valid('json'));
      return c.json(
        {
          user: presentUser(user, (await organisations()).get(user.organisation_id)),
          ...(password ? { password } : {}),
        },
        200,
      );
    },
  );

  const grantParam = z.object({
    id: z
      .string()
      .uuid()
      .openapi({ param: { name: 'id', in: 'path' } }),
  });
  app.openapi(
    createRoute({
      method: 'post',
      path: '/users/{id}/compartment-grants',
      tags: ['admin'],
      summary: 'Propose granting a compartment to an account; another administrator approves it',
      request: { params: idParam, ...body(compartmentProposalSchema) },
      responses: { 201: jsonOf(compartmentGrantSchema, 'The proposal'), ...refusals },
    }),
    async (c) =>
      c.json(
        presentGrant(
          await proposeCompartment(deps, c.get('caller'), c.req.valid('param').id, c.req.valid('json').compartment),
        ),
        201,
      ),
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/compartment-grants',
      tags: ['admin'],
      summary: 'Compartment grants awaiting a second administrator',
      responses: {
        200: jsonOf(z.object({ items: z.array(compartmentGrantSchema) }), 'Open proposals'),
        ...refusals,
      },
    }),
    async (c) => c.json({ items: (await listCompartmentProposals(deps, c.get('caller'))).map(presentGrant) }, 200),
  );
  for (const verdict of ['approve', 'reject'] as const) {
    app.openapi(
      createRoute({
        method: 'post',
        path: `/compartment-grants/{id}/${verdict}`,
        tags: ['admin'],
        summary:
          verdict === 'approve'
            ? 'Approve a proposal (not its author, not the account it grants)'
            : 'Reject a proposal',
        request: { params: grantParam },
        responses: { 200: jsonOf(compartmentGrantSchema, 'The decided proposal'), ...refusals },
      }),
      async (c) =>
        c.json(
          presentGrant(await decideCompartment(deps, c.get('caller'), c.req.valid('param').id, verdict === 'approve')),
          200,
        ),
    );
  }

  app.openapi(
    createRoute({
      method: 'get',
      path: '/organisations',
      tags: ['admin'],
      summary: 'Organisations and whom each shares its AMBER records with',
      responses: { 200: jsonOf(z.object({ items: z.array(organisationSchema) }), 'Organisations') },
    }),
    async (c) => {
      const { organisations: rows, shares } = await listOrganisations(deps);
      return c.json(
        {
          items: rows.map((o) => ({
            id: o.id,
            name: o.name,
            kind: o.kind,
            shares_with: shares.filter((s) => s.owner_id === o.id).map((s) => s.partner_id),
          })),
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/organisations',
      tags: ['admin'],
      summary: 'Add an organisation (administrators)',
      request: body(newOrganisationSchema),
      responses: { 201: jsonOf(organisationSchema, 'The organisation'), ...refusals },
    }),
    async (c) => {
      const o = await addOrganisation(deps, c.get('caller'), c.req.valid('json'));
      return c.json({ id: o.id, name: o.name, kind: o.kind, shares_with: [] }, 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'put',
      path: '/organisations/{id}/shares',
      tags: ['admin'],
      summary: "Share (or stop sharing) this organisation's AMBER records with a partner",
      request: { params: idParam, ...body(z.strictObject({ partner: z.string().min(1), shared: z.boolean() })) },
      responses: { 204: { description: 'Done' }, ...refusals },
    }),
    async (c) => {
      const input = c.req.valid('json');
      await setSharing(deps, c.get('caller'), c.req.valid('param').id, input.partner, input.shared);
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/tokens',
      tags: ['admin'],
      summary: 'Your API tokens (all of them with ?all=true, administrators)',
      request: { query: z.object({ all: z.enum(['true', 'false']).optional() }) },
      responses: { 200: jsonOf(z.object({ items: z.array(tokenSchema) }), 'Tokens'), ...refusals },
    }),
    async (c) =>
      c.json(
        { items: (await listTokens(deps, c.get('caller'), c.req.valid('query').all === 'true')).map(presentToken) },
        200,
      ),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/tokens',
      tags: ['admin'],
      summary: 'Create an API token: the secret is shown once',
      request: body(newTokenSchema),
      responses: {
        201: jsonOf(z.object({ token: z.string(), info: tokenSchema }), 'The token, shown once'),
        ...refusals,
      },
    }),
    async (c) => {
      const { token, row } = await createToken(deps, c.get('caller'), c.req.valid('json'));
      return c.json({ token, info: presentToken(row) }, 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/tokens/{id}',
      tags: ['admin'],
      summary: 'Revoke an API token',
      request: { params: idParam },
      responses: { 204: { description: 'Revoked' }, ...refusals },
    }),
    async (c) => {
      await revokeToken(deps, c.get('caller'), c.req.valid('param').id);
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/audit',
      tags: ['admin'],
      summary: 'The newest audit events (supervisors and administrators)',
      request: {
        query: z.object({
          limit: z.coerce.number().int().min(1).max(500).default(100),
          before: z.coerce.number().int().optional(),
          object_id: z.string().optional(),
          actor_id: z.string().uuid().optional(),
        }),
      },
      responses: {
        200: jsonOf(itemsOf(auditEventSchema), 'Events, newest first'),
        ...refusals,
      },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const events = await recentAudit(
        context.audit,
        caseRecordReaders(context.cases),
        c.get('caller'),
        q.limit,
        q.before,
        {
          object_id: q.object_id,
          actor_id: q.actor_id,
        },
      );
      return c.json({ items: events.map(presentAuditEvent) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/audit/verify',
      tags: ['admin'],
      summary: 'Check the hash chain of the audit trail',
      responses: { 200: jsonOf(chainCheckSchema, 'ok, or the first broken event'), ...refusals },
    }),
    async (c) => c.json(presentChainCheck(await verifyAuditFor(context.audit, c.get('caller'))), 200),
  );
  return app;
}
