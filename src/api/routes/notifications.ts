import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { streamSSE } from 'hono/streaming';
import type { VigieContext } from '../../context.ts';
import { markReadSchema } from '../../core/notifications/notification.schema.ts';
import type { VigieEvent } from '../../core/notifications/vigie-event.ts';
import { notificationSchema, presentEvent } from '../presenters/notification.presenter.ts';
import { errorResponses } from '../schemas.ts';
import { jsonOf } from './route-parts.ts';
import type { ApiEnv } from '../api-env.ts';

/** /api/stream (server-sent events) and /api/notifications (the notification centre). */
export function notificationRoutes(context: VigieContext) {
  const app = new OpenAPIHono<ApiEnv>();
  const notifications = context.notifications;

  app.openapi(
    createRoute({
      method: 'get',
      path: '/stream',
      tags: ['notifications'],
      summary:
        'Live events you may read, as server-sent events (id: the stream sequence; send Last-Event-ID to resume); a comment line every 15 s keeps it open',
      request: {
        query: z.object({
          last_event_id: z.coerce.number().int().min(0).optional().openapi({
            description: 'resume after this sequence (for clients that cannot send the Last-Event-ID header)',
          }),
        }),
      },
      responses: { 200: { description: 'text/event-stream' }, ...errorResponses },
    }),
    (c) => {
      const { principal } = c.get('caller');
      const header = c.req.header('last-event-id');
      const resumeAfter =
        header !== undefined && /^\d+$/.test(header) ? Number(header) : c.req.valid('query').last_event_id;
      return streamSSE(c, async (stream) => {
        const queue: VigieEvent[] = [];
        let signal: (() => void) | undefined;
        // Where this connection stood when the bus lost its link to the other instances; on the link's
        // return, what was stored since is sent from the database, less what already came.
        let highest: number | undefined = resumeAfter;
        let gapFrom: number | undefined;
        const sent = new Set<number>();
        const enqueue = (event: VigieEvent) => {
          if (!notifications.readable(principal, event)) return;
          queue.push(event);
          signal?.();
        };
        const unsubscribe = notifications.live.subscribe(enqueue, {
          gap: () => {
            if (highest !== undefined) gapFrom ??= highest;
          },
          resync: () => {
            const from = gapFrom;
            gapFrom = undefined;
            if (from !== undefined)
              void notifications.replay(principal, from).then(
                (missed) => missed.forEach(enqueue),
                () => undefined,
              );
          },
        });
        stream.onAbort(() => {
          unsubscribe();
          signal?.();
        });
        const heartbeat = setInterval(() => {
          void stream.write(': heartbeat\n\n').catch(() => undefined);
        }, notifications.settings.heartbeatMs);
        const send = async (event: VigieEvent) => {
          if (sent.has(event.sequence)) return;
          sent.add(event.sequence);
          if (sent.size > 10_000) sent.delete(sent.values().next().value!);
          highest = Math.max(highest ?? 0, event.sequence);
          await stream.writeSSE({
            id: String(event.sequence),
            event: 'notification',
            data: JSON.stringify(presentEvent(event)),
          });
        };
        if (highest === undefined)
          void notifications.latestSequence().then(
            (latest) => {
              highest = Math.max(highest ?? 0, latest);
            },
            () => undefined,
          );
        try {
          await stream.write(': connected\n\n');
          if (resumeAfter !== undefined) {
            // Listening started first: what is published during the replay waits in the queue.
            for (const event of await notifications.replay(principal, resumeAfter)) await send(event);
          }
          while (!stream.aborted) {
            while (queue.length > 0) {
              // An event both replayed and published meanwhile is sent once (`send` keeps what it sent).
              await send(queue.shift()!);
            }
            await new Promise<void>((resolve) => {
              signal = resolve;
              if (queue.length > 0 || stream.aborted) resolve();
            });
          }
        } finally {
          clearInterval(heartbeat);
          unsubscribe();
        }
      });
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/notifications',
      tags: ['notifications'],
      summary: 'Your notifications, newest first: the events you may read, with whether you read them',
      request: {
        query: z.object({
          unread: z.enum(['true', 'false']).optional(),
          limit: z.coerce.number().int().min(1).max(200).default(50),
          before: z.coerce
            .number()
            .int()
            .min(1)
            .optional()
            .openapi({ description: 'the next_before of the previous page' }),
        }),
      },
      responses: {
        200: jsonOf(
          z.object({
            items: z.array(notificationSchema),
            total: z.number().int(),
            next_before: z.number().int().nullable(),
          }),
          'A page of notifications',
        ),
        ...errorResponses,
      },
    }),
    async (c) => {
      const query = c.req.valid('query');
      const page = await notifications.list(c.get('caller'), {
        unread: query.unread === 'true',
        limit: query.limit,
        before: query.before,
      });
      return c.json(
        {
          items: page.items.map(({ event, read }) => ({ ...presentEvent(event), read })),
          total: page.total,
          next_before: page.nextBefore,
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/notifications/unread-count',
      tags: ['notifications'],
      summary: 'How many of your notifications are unread',
      responses: { 200: jsonOf(z.object({ unread: z.number().int() }), '{ unread }'), ...errorResponses },
    }),
    async (c) => c.json({ unread: await notifications.unreadCount(c.get('caller')) }, 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/notifications/read',
      tags: ['notifications'],
      summary: 'Mark notifications read: { ids: [...] } or { all: true }',
      request: { body: { required: true, content: { 'application/json': { schema: markReadSchema } } } },
      responses: {
        200: jsonOf(z.object({ unread: z.number().int() }), '{ unread }: what remains unread'),
        ...errorResponses,
      },
    }),
    async (c) => c.json({ unread: await notifications.markRead(c.get('caller'), c.req.valid('json')) }, 200),
  );
  return app;
}
