import { z } from 'zod';
import { isoDateTime } from '../shared/common.schema.ts';
import { POSTURE_LEVELS, POSTURE_SCOPES } from './posture.ts';

/** A posture level set by a supervisor: scope, level, why and until when. */
export const postureInputSchema = z
  .strictObject({
    scope: z.enum(POSTURE_SCOPES),
    scope_id: z.string().trim().max(100).default('').describe("'' for national, a directorate code or a facility id"),
    level: z.enum(POSTURE_LEVELS),
    reason: z.string().trim().min(3).max(2000),
    expires_at: isoDateTime.optional().describe('when the level lapses back (absent: until changed)'),
  })
  .meta({ id: 'PostureInput' });
export type PostureInput = z.infer<typeof postureInputSchema>;

export const postureDecisionSchema = z
  .strictObject({
    reason: z.string().trim().min(1).max(2000).optional(),
  })
  .meta({ id: 'PostureDecision' });

export const postureHistoryQuerySchema = z.object({
  scope: z.enum(POSTURE_SCOPES).optional(),
  scope_id: z.string().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});
