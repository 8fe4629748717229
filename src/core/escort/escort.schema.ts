import { z } from 'zod';
import { ESCORT_LEVELS } from '../../analysis/escort-risk/escort-risk.ts';
import { MARKINGS } from '../shared/principal.ts';
import { csv } from '../alerts/alert.schema.ts';
import { isoDateTime, markingFields } from '../shared/common.schema.ts';

export const ESCORT_KINDS = ['judicial_extraction', 'hospital_visit', 'transfer'] as const;
export const ESCORT_STATES = ['planned', 'in_progress', 'completed', 'cancelled'] as const;
export { ESCORT_LEVELS };

const lat = z.coerce.number().min(-90).max(90);
const lon = z.coerce.number().min(-180).max(180);

/** An end of the route: a facility (id, name or alias), or a named place with coordinates. */
export const escortEndpointSchema = z
  .union(
    [
      z.strictObject({ facility: z.string().trim().min(1).max(200) }),
      z.strictObject({ name: z.string().trim().min(1).max(200), lat, lon }),
    ],
    { message: 'give { facility } or { name, lat, lon }' },
  )
  .meta({ id: 'EscortEndpoint' });
export type EscortEndpointInput = z.infer<typeof escortEndpointSchema>;

const waypointsSchema = z
  .array(z.strictObject({ name: z.string().trim().min(1).max(200).optional(), lat, lon }))
  .max(50)
  .describe('the planned route between origin and destination, in order');

/** A new escort or transfer. */
export const escortInputSchema = z
  .strictObject({
    kind: z.enum(ESCORT_KINDS),
    detainee_id: z.uuid().describe('the person actor escorted'),
    origin: escortEndpointSchema,
    destination: escortEndpointSchema,
    waypoints: waypointsSchema.default([]),
    planned_start: isoDateTime,
    planned_end: isoDateTime.optional(),
    escort_level: z.enum(ESCORT_LEVELS).describe('the level planned: standard, reinforced, high, maximal'),
    notes: z.string().trim().max(4000).optional(),
    ...markingFields,
  })
  .meta({ id: 'EscortInput' });
export type EscortInput = z.infer<typeof escortInputSchema>;

/** A change to an escort at the version read. */
export const escortPatchSchema = z
  .strictObject({
    version: z.number().int().min(1),
    escort_level: z.enum(ESCORT_LEVELS).optional(),
    state: z.enum(ESCORT_STATES).optional(),
    planned_start: isoDateTime.optional(),
    planned_end: isoDateTime.nullable().optional(),
    waypoints: waypointsSchema.optional(),
    notes: z.string().trim().max(4000).nullable().optional(),
    marking: z.enum(MARKINGS).optional(),
  })
  .meta({ id: 'EscortPatch' });
export type EscortPatch = z.infer<typeof escortPatchSchema>;

export const escortListQuerySchema = z.object({
  state: csv(ESCORT_STATES),
  from: isoDateTime.optional(),
  to: isoDateTime.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

export const pageQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
