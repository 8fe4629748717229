import { client, dataOf, done } from './http.ts';
import type { BodyOf, QueryOf, Schemas } from './schema.ts';

export type Notification = Schemas['Notification'];
export type MailSubscription = Schemas['MailSubscription'];
export type Webhook = Schemas['Webhook'];
export type Delivery = Schemas['WebhookDelivery'];

const path = (id: string) => ({ params: { path: { id } } });

/** The notification centre and the webhooks (the typed client, from openapi.d.ts). */
export const notificationsApi = {
  /** `unread` as the page holds it, a boolean; the API reads it as the word `true` or `false`. */
  list: ({ unread, ...query }: Omit<QueryOf<'/api/notifications', 'get'>, 'unread'> & { unread?: boolean }) =>
    dataOf(
      client.GET('/api/notifications', {
        params: { query: { ...query, unread: unread === undefined ? undefined : unread ? 'true' : 'false' } },
      }),
    ),
  unreadCount: () => dataOf(client.GET('/api/notifications/unread-count')),
  markRead: (body: BodyOf<'/api/notifications/read', 'post'>) =>
    dataOf(client.POST('/api/notifications/read', { body })),
  webhooks: () => dataOf(client.GET('/api/webhooks')),
  addWebhook: (body: BodyOf<'/api/webhooks', 'post'>) => dataOf(client.POST('/api/webhooks', { body })),
  setWebhook: (webhook: string, body: { enabled: boolean }) =>
    dataOf(client.PATCH('/api/webhooks/{id}', { ...path(webhook), body })),
  removeWebhook: (webhook: string) => done(client.DELETE('/api/webhooks/{id}', path(webhook))),
  deliveries: (webhook: string) => dataOf(client.GET('/api/webhooks/{id}/deliveries', path(webhook))),
  redeliver: (delivery: string) => dataOf(client.POST('/api/webhooks/deliveries/{id}/redeliver', path(delivery))),
  mailSubscriptions: () => dataOf(client.GET('/api/mail-subscriptions')),
  addMailSubscription: (body: BodyOf<'/api/mail-subscriptions', 'post'>) =>
    dataOf(client.POST('/api/mail-subscriptions', { body })),
  removeMailSubscription: (subscription: string) =>
    done(client.DELETE('/api/mail-subscriptions/{id}', path(subscription))),
  test: (webhook: string) => dataOf(client.POST('/api/webhooks/{id}/test', path(webhook))),
};
