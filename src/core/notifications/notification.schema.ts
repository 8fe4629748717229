import { z } from '@hono/zod-openapi';
import { EVENT_TYPES, SEVERITIES } from './vigie-event.ts';

const eventTypes = z
  .array(z.enum(EVENT_TYPES))
  .max(EVENT_TYPES.length)
  .default([])
  .openapi({ description: 'event types to receive; empty: all of them' });
const httpUrl = z
  .string()
  .max(2000)
  .url()
  .refine((url) => /^https?:\/\//i.test(url), 'an http:// or https:// address');

export const webhookInputSchema = z
  .object({
    name: z.string().trim().min(1).max(200),
    url: httpUrl,
    event_types: eventTypes,
    min_severity: z.enum(SEVERITIES).default('info'),
    enabled: z.boolean().default(true),
  })
  .openapi('WebhookInput');
export type WebhookInput = z.infer<typeof webhookInputSchema>;

export const webhookPatchSchema = z
  .object({
    name: z.string().trim().min(1).max(200).optional(),
    url: httpUrl.optional(),
    event_types: z.array(z.enum(EVENT_TYPES)).max(EVENT_TYPES.length).optional(),
    min_severity: z.enum(SEVERITIES).optional(),
    enabled: z.boolean().optional(),
  })
  .openapi('WebhookPatch');
export type WebhookPatch = z.infer<typeof webhookPatchSchema>;

export const mailSubscriptionInputSchema = z
  .object({
    address: z.string().trim().email().max(320),
    user_id: z.string().uuid().optional().openapi({
      description:
        'the Vigie user the address belongs to: they receive what they may read; without, what the organisation passes on (no RED, no STAFF)',
    }),
    event_types: eventTypes,
    min_severity: z.enum(SEVERITIES).default('high'),
  })
  .openapi('MailSubscriptionInput');
export type MailSubscriptionInput = z.infer<typeof mailSubscriptionInputSchema>;

export const markReadSchema = z
  .union([z.object({ ids: z.array(z.string().uuid()).min(1).max(500) }), z.object({ all: z.literal(true) })])
  .openapi('MarkRead');
