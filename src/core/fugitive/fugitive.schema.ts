import { z } from 'zod';
import { dateOrDateTime, markingFields, occurredSchema, sourceSchema } from '../shared/common.schema.ts';

export const FUGITIVE_STATES = ['wanted', 'recaptured'] as const;

/** A place that may be vague: a name, and a point with a radius when known. */
export const fuzzyPlaceSchema = z
  .strictObject({
    name: z.string().trim().min(1).max(300).describe('"Marseille, quartier nord", "a service station on the A7"'),
    lat: z.coerce.number().min(-90).max(90).optional(),
    lon: z.coerce.number().min(-180).max(180).optional(),
    radius_km: z.coerce.number().min(0).max(2000).optional().describe('how far from the point it may have been'),
  })
  .refine((p) => (p.lat === undefined) === (p.lon === undefined), {
    message: 'give both lat and lon, or neither',
    path: ['lat'],
    params: { code: 'lat_lon_pair' },
  })
  .meta({ id: 'FuzzyPlace' });

/** A person escaped or unlawfully at large, put on the wanted list. */
export const fugitiveInputSchema = z
  .strictObject({
    person_id: z.uuid().describe('the person actor at large'),
    escaped: occurredSchema.describe('when: an exact time, a date, a night, a week, a month or an interval'),
    escape_facility: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .optional()
      .describe('the facility escaped from or whose transport was attacked (id, name or alias)'),
    escape_place: z.string().trim().min(1).max(300).optional().describe('where, when not at a facility'),
    escape_incident_id: z.uuid().optional().describe('the incident of the escape, e.g. a transport ambush'),
    circumstances: z.string().trim().max(4000).optional(),
    ...markingFields,
  })
  .meta({ id: 'FugitiveInput' });
export type FugitiveInput = z.infer<typeof fugitiveInputSchema>;

/** A reported sighting: when (fuzzy allowed), where (fuzzy allowed), and a source graded A1-F6. */
export const sightingInputSchema = z
  .strictObject({
    seen: occurredSchema,
    place: fuzzyPlaceSchema,
    source: sourceSchema,
    note: z.string().trim().max(4000).optional(),
  })
  .meta({ id: 'SightingInput' });
export type SightingInput = z.infer<typeof sightingInputSchema>;

/** Recapture closes the record; nothing of it is deleted. */
export const recaptureInputSchema = z
  .strictObject({
    at: dateOrDateTime,
    place: fuzzyPlaceSchema,
    source: sourceSchema,
    version: z.number().int().min(1).optional().describe('the version read; a record that moved on is a conflict'),
    note: z.string().trim().max(4000).optional(),
  })
  .meta({ id: 'RecaptureInput' });
export type RecaptureInput = z.infer<typeof recaptureInputSchema>;

export const fugitiveListQuerySchema = z.object({
  state: z.enum(FUGITIVE_STATES).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
