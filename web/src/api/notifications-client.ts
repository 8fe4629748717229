import { queryString, request } from './http.ts';

export interface Notification {
  id: string;
  type: string;
  sequence: number;
  occurred_at: string;
  severity: string;
  subject_id: string;
  title: string;
  title_en: string | null;
  marking: string;
  link: string | null;
  data: Record<string, unknown>;
  read?: boolean;
}
export interface MailSubscription {
  id: string;
  address: string;
  user_id: string | null;
  event_types: string[];
  min_severity: string;
  enabled: boolean;
  created_at: string;
}
export interface Webhook {
  id: string;
  name: string;
  url: string;
  secret_prefix: string;
  event_types: string[];
  min_severity: string;
  enabled: boolean;
  created_at: string;
}
export interface Delivery {
  id: string;
  event_type: string;
  event_title: string;
  state: 'pending' | 'delivered' | 'dead';
  attempts: number;
  next_attempt_at: string | null;
  last_status: number | null;
  last_error: string | null;
  delivered_at: string | null;
  created_at: string;
  log: Array<{ attempt: number; at: string; status: number | null; error: string | null; duration_ms: number }>;
}

const id = (value: string) => encodeURIComponent(value);

/** The notification centre and the webhooks. */
export const notificationsApi = {
  list: (query: { unread?: boolean; limit?: number; before?: number }) =>
    request<{ items: Notification[]; total: number; next_before: number | null }>(
      'GET',
      `/api/notifications${queryString(query)}`,
    ),
  unreadCount: () => request<{ unread: number }>('GET', '/api/notifications/unread-count'),
  markRead: (body: { ids: string[] } | { all: true }) =>
    request<{ unread: number }>('POST', '/api/notifications/read', body),
  webhooks: () => request<{ items: Webhook[] }>('GET', '/api/webhooks'),
  addWebhook: (body: { name: string; url: string; event_types: string[]; min_severity: string }) =>
    request<{ secret: string; webhook: Webhook }>('POST', '/api/webhooks', body),
  setWebhook: (webhook: string, body: { enabled: boolean }) =>
    request<Webhook>('PATCH', `/api/webhooks/${id(webhook)}`, body),
  removeWebhook: (webhook: string) => request<void>('DELETE', `/api/webhooks/${id(webhook)}`),
  deliveries: (webhook: string) => request<{ items: Delivery[] }>('GET', `/api/webhooks/${id(webhook)}/deliveries`),
  redeliver: (delivery: string) => request<unknown>('POST', `/api/webhooks/deliveries/${id(delivery)}/redeliver`),
  mailSubscriptions: () => request<{ items: MailSubscription[] }>('GET', '/api/mail-subscriptions'),
  addMailSubscription: (body: { address: string; user_id?: string; event_types: string[]; min_severity: string }) =>
    request<MailSubscription>('POST', '/api/mail-subscriptions', body),
  removeMailSubscription: (subscription: string) =>
    request<void>('DELETE', `/api/mail-subscriptions/${id(subscription)}`),
  test: (webhook: string) => request<{ delivery_id: string }>('POST', `/api/webhooks/${id(webhook)}/test`),
};
