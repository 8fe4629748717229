import { z } from 'zod';
import { SEVERITIES } from '../notifications/vigie-event.ts';

import { ALERT_STATES, RULE_KINDS, WATCH_KINDS } from './alert.ts';

const escalationSchema = z
  .array(
    z.strictObject({
      after_minutes: z
        .number()
        .int()
        .min(1)
        .max(10080)
        .describe('how long this level has to acknowledge before the next one'),
      notify: z.enum(['analyst', 'supervisor', 'admin']).describe('who this level notifies'),
    }),
  )
  .max(10);

const ruleFields = {
  name: z.string().trim().min(1).max(200),
  params: z.record(z.string(), z.unknown()).describe('parameters of the rule kind (docs/alerts.md)'),
  severity: z.enum(SEVERITIES),
  enabled: z.boolean(),
  escalation: escalationSchema,
  ack_minutes: z.number().int().min(1).max(10080).describe('minutes to acknowledge before the first escalation'),
  playbook_id: z.string().min(1).max(100).nullable().describe('playbook whose tasks open with each alert'),
};

/** A new alert rule. */
export const ruleInputSchema = z
  .strictObject({
    kind: z.enum(RULE_KINDS),
    ...ruleFields,
    params: ruleFields.params.default({}),
    enabled: ruleFields.enabled.default(true),
    escalation: ruleFields.escalation.default([]),
    ack_minutes: ruleFields.ack_minutes.default(30),
    playbook_id: ruleFields.playbook_id.default(null),
  })
  .meta({ id: 'AlertRuleInput' });
export type RuleInput = z.infer<typeof ruleInputSchema>;

/** A change to a rule, at the version read. */
export const rulePatchSchema = z
  .strictObject({
    version: z.number().int().min(1),
    name: ruleFields.name.optional(),
    params: ruleFields.params.optional(),
    severity: ruleFields.severity.optional(),
    enabled: ruleFields.enabled.optional(),
    escalation: ruleFields.escalation.optional(),
    ack_minutes: ruleFields.ack_minutes.optional(),
    playbook_id: ruleFields.playbook_id.optional(),
  })
  .meta({ id: 'AlertRulePatch' });
export type RulePatch = z.infer<typeof rulePatchSchema>;

/** A signature to watch for. */
export const watchInputSchema = z
  .strictObject({
    kind: z.enum(WATCH_KINDS),
    value: z.string().trim().min(1).max(200),
    note: z.string().trim().max(1000).optional(),
  })
  .meta({ id: 'WatchInput' });
export type WatchInput = z.infer<typeof watchInputSchema>;

/** A comma-separated query parameter of a closed vocabulary (`?state=open,acknowledged`). */
export const csv = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess((v) => (typeof v === 'string' ? v.split(',').filter(Boolean) : v), z.array(z.enum(values))).optional();

export const alertListQuerySchema = z.object({
  state: csv(ALERT_STATES),
  severity: csv(SEVERITIES),
  assignee: z.union([z.literal('me'), z.uuid()]).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

/** Acknowledge, resolve, dismiss: an optional version guards against a stale page. */
export const alertTransitionSchema = z
  .strictObject({
    version: z.number().int().min(1).optional(),
    reason: z.string().trim().min(1).max(2000).optional(),
  })
  .meta({ id: 'AlertTransition' });
export type AlertTransition = z.infer<typeof alertTransitionSchema>;

export const alertAssignSchema = z
  .strictObject({
    version: z.number().int().min(1).optional(),
    assignee_id: z.uuid().nullable(),
  })
  .meta({ id: 'AlertAssign' });
