import { z } from 'zod';
import {
  externalIdSchema,
  markingFields,
  occurredSchema,
  placeSchema,
  sourceSchema,
  isoDateTime,
} from '../shared/common.schema.ts';
import { EVENT_TYPES, INCIDENT_STATUSES, SIGNATURE_KINDS, SITE_SPOTS, TARGET_KINDS } from '../shared/taxonomy.ts';

export const signatureInputSchema = z
  .strictObject({
    kind: z.enum(SIGNATURE_KINDS).default('tag'),
    text: z.string().trim().min(1).max(300),
  })
  .meta({ id: 'SignatureInput' });

/**
 * Who was targeted, in the STAFF compartment: sealed at rest (AES-256-GCM), shown only to holders
 * of the compartment; others see that it exists.
 */
export const staffDetailsSchema = z
  .strictObject({
    name: z.string().trim().min(1).max(200).optional(),
    role: z.string().trim().min(1).max(200).optional(),
    home_address: z.string().trim().min(1).max(500).optional(),
    phone: z.string().trim().min(1).max(50).optional(),
    notes: z.string().trim().min(1).max(5000).optional(),
  })
  .meta({ id: 'StaffDetails' });
export type StaffDetails = z.infer<typeof staffDetailsSchema>;

const incidentFields = {
  external_id: externalIdSchema.optional(),
  occurred: occurredSchema,
  reported_at: isoDateTime.optional(),
  facility: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .optional()
    .describe('facility id, name or alias, e.g. "Toulon-La Farlède"'),
  place: placeSchema.optional(),
  spot: z.enum(SITE_SPOTS).optional().describe('where on or near the site: gate, perimeter, staff_car_park...'),
  event_types: z.array(z.enum(EVENT_TYPES)).min(1, 'at least one event type').max(20),
  target_kinds: z.array(z.enum(TARGET_KINDS)).max(20).default([]),
  weapons: z.array(z.string().trim().min(1).max(100)).max(20).default([]),
  signatures: z.array(signatureInputSchema).max(50).default([]),
  casualties: z
    .strictObject({
      killed: z.coerce.number().int().min(0).max(10000).default(0),
      injured: z.coerce.number().int().min(0).max(10000).default(0),
    })
    .default({ killed: 0, injured: 0 }),
  damage: z.string().trim().max(2000).optional(),
  description: z.string().trim().max(20000).optional(),
  status: z.enum(INCIDENT_STATUSES).default('reported'),
  sources: z.array(sourceSchema).max(50).default([]),
  ...markingFields,
  staff: staffDetailsSchema.optional(),
};

/** An incident as users write it in import files and POST to the API (the interchange format). */
export const incidentInputSchema = z
  .strictObject(incidentFields)
  .refine((value) => value.facility !== undefined || value.place !== undefined, {
    message: 'give a facility or a place',
    path: ['facility'],
    params: { code: 'facility_or_place' },
  })
  .meta({ id: 'IncidentInput' });
export type IncidentInput = z.infer<typeof incidentInputSchema>;
/** An incident as written by hand, before defaults are applied (demo data, fixtures). */
export type IncidentDraft = z.input<typeof incidentInputSchema>;

/** Why a change was made: kept in the incident's history; required to refute or merge. */
export const changeReasonSchema = z.string().trim().min(1).max(2000);

/**
 * A partial update; `version` must match the stored version (optimistic concurrency). `spot: null`
 * clears the spot; `duplicate_of` merges the incident into another (its status becomes duplicate).
 */
export const incidentPatchSchema = z
  .strictObject({
    version: z.number().int().min(1).describe('the version you read; a stale version gets 409'),
    ...Object.fromEntries(
      Object.entries(incidentFields).map(([key, schema]) => [key, (schema as z.ZodType).optional()]),
    ),
    spot: z.enum(SITE_SPOTS).nullable().optional(),
    reason: changeReasonSchema.optional().describe('why: kept in the history; required to refute or merge'),
    duplicate_of: z
      .string()
      .uuid()
      .optional()
      .describe('the incident this one duplicates: merges it (status duplicate)'),
  })
  .meta({ id: 'IncidentPatch' }) as z.ZodType<IncidentPatch>;
export type IncidentPatch = { version: number; reason?: string; duplicate_of?: string } & Partial<
  Omit<IncidentInput, 'spot'>
> & { spot?: IncidentInput['spot'] | null };

/** A status set on several incidents at once, each at the version read (the list's bulk actions). */
export const incidentBulkStatusSchema = z
  .strictObject({
    items: z
      .array(z.strictObject({ id: z.string().uuid(), version: z.number().int().min(1) }))
      .min(1, 'select at least one incident')
      .max(500),
    status: z
      .enum(INCIDENT_STATUSES)
      .refine((status) => status !== 'duplicate', 'merge duplicates one by one, naming the incident each duplicates'),
    reason: changeReasonSchema.optional().describe("why: kept in each incident's history; required to refute"),
  })
  .meta({ id: 'IncidentBulkStatus' });
export type IncidentBulkStatus = z.infer<typeof incidentBulkStatusSchema>;
