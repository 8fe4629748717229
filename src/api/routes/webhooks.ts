import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { VigieContext } from '../../context.ts';
import {
  mailSubscriptionInputSchema,
  webhookInputSchema,
  webhookPatchSchema,
} from '../../core/notifications/notification.schema.ts';
import {
  addMailSubscription,
  addWebhook,
  listMailSubscriptions,
  listWebhooks,
  redeliver,
  removeMailSubscription,
  removeWebhook,
  testWebhook,
  updateWebhook,
  webhookDeliveries,
} from '../../core/notifications/webhook.service.ts';
import {
  deliverySchema,
  mailSubscriptionSchema,
  presentDelivery,
  presentMailSubscription,
  presentWebhook,
  webhookSchema,
} from '../presenters/webhook.presenter.ts';
import { errorResponses, errorSchema } from '../schemas.ts';
import { body, idParam, jsonOf } from './route-parts.ts';
import type { ApiEnv } from '../api-env.ts';

const refusals = {
  ...errorResponses,
  403: { description: 'Supervisors and administrators only', content: { 'application/json': { schema: errorSchema } } },
  409: { description: 'Conflict', content: { 'application/json': { schema: errorSchema } } },
};

/** /api/webhooks and /api/mail-subscriptions: where events leave Vigie (supervisors and administrators). */
export function webhookRoutes(context: VigieContext) {
  const app = new OpenAPIHono<ApiEnv>();
  const deps = context.subscriptions;

  app.openapi(
    createRoute({
      method: 'get',
      path: '/webhooks',
      tags: ['webhooks'],
      summary: 'Webhooks of your organisation (all of them for administrators)',
      responses: { 200: jsonOf(z.object({ items: z.array(webhookSchema) }), 'Webhooks'), ...refusals },
    }),
    async (c) => c.json({ items: (await listWebhooks(deps, c.get('caller'))).map(presentWebhook) }, 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/webhooks',
      tags: ['webhooks'],
      summary: 'Add a webhook: its signing secret is shown once, here',
      request: body(webhookInputSchema),
      responses: {
        201: jsonOf(
          z.object({ secret: z.string().openapi({ description: 'shown once, here' }), webhook: webhookSchema }),
          'The signing secret and the webhook',
        ),
        ...refusals,
      },
    }),
    async (c) => {
      const { secret, webhook } = await addWebhook(deps, c.get('caller'), c.req.valid('json'));
      return c.json({ secret, webhook: presentWebhook(webhook) }, 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/webhooks/{id}',
      tags: ['webhooks'],
      summary: 'Change a webhook: name, address, filters, enabled',
      request: { params: idParam, ...body(webhookPatchSchema) },
      responses: { 200: jsonOf(webhookSchema, 'The webhook'), ...refusals },
    }),
    async (c) =>
      c.json(
        presentWebhook(await updateWebhook(deps, c.get('caller'), c.req.valid('param').id, c.req.valid('json'))),
        200,
      ),
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/webhooks/{id}',
      tags: ['webhooks'],
      summary: 'Remove a webhook and its deliveries',
      request: { params: idParam },
      responses: { 204: { description: 'Removed' }, ...refusals },
    }),
    async (c) => {
      await removeWebhook(deps, c.get('caller'), c.req.valid('param').id);
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/webhooks/{id}/deliveries',
      tags: ['webhooks'],
      summary: 'The latest deliveries of a webhook with every attempt',
      request: {
        params: idParam,
        query: z.object({
          state: z.enum(['pending', 'delivered', 'dead']).optional(),
          limit: z.coerce.number().int().min(1).max(500).default(50),
        }),
      },
      responses: { 200: jsonOf(z.object({ items: z.array(deliverySchema) }), 'Deliveries'), ...refusals },
    }),
    async (c) => {
      const query = c.req.valid('query');
      return c.json(
        {
          items: (await webhookDeliveries(deps, c.get('caller'), c.req.valid('param').id, query)).map(presentDelivery),
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/webhooks/deliveries/{id}/redeliver',
      tags: ['webhooks'],
      summary: 'Send a dead (or delivered) delivery again',
      request: { params: idParam },
      responses: {
        202: jsonOf(
          z.object({ id: z.string().uuid(), state: deliverySchema.shape.state, attempts: z.number().int() }),
          'The delivery, pending again',
        ),
        ...refusals,
      },
    }),
    async (c) => {
      const delivery = await redeliver(deps, c.get('caller'), c.req.valid('param').id);
      return c.json({ id: delivery.id, state: delivery.state, attempts: delivery.attempts }, 202);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/webhooks/{id}/test',
      tags: ['webhooks'],
      summary: 'Send a ping event to the webhook now',
      request: { params: idParam },
      responses: { 202: jsonOf(z.object({ delivery_id: z.string() }), 'The test delivery queued'), ...refusals },
    }),
    async (c) => c.json({ delivery_id: await testWebhook(deps, c.get('caller'), c.req.valid('param').id) }, 202),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/mail-subscriptions',
      tags: ['webhooks'],
      summary: 'E-mail subscriptions of your organisation',
      responses: { 200: jsonOf(z.object({ items: z.array(mailSubscriptionSchema) }), 'Subscriptions'), ...refusals },
    }),
    async (c) =>
      c.json({ items: (await listMailSubscriptions(deps, c.get('caller'))).map(presentMailSubscription) }, 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/mail-subscriptions',
      tags: ['webhooks'],
      summary: 'Send events by e-mail to an address',
      request: body(mailSubscriptionInputSchema),
      responses: { 201: jsonOf(mailSubscriptionSchema, 'The subscription'), ...refusals },
    }),
    async (c) =>
      c.json(presentMailSubscription(await addMailSubscription(deps, c.get('caller'), c.req.valid('json'))), 201),
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/mail-subscriptions/{id}',
      tags: ['webhooks'],
      summary: 'Remove an e-mail subscription',
      request: { params: idParam },
      responses: { 204: { description: 'Removed' }, ...refusals },
    }),
    async (c) => {
      await removeMailSubscription(deps, c.get('caller'), c.req.valid('param').id);
      return c.body(null, 204);
    },
  );
  return app;
}
