import { z } from 'zod';
import { externalIdSchema, markingFields, occurredSchema, placeSchema, sourceSchema, isoDateTime } from '../shared/common.schema.ts';
import { EVENT_TYPES, INCIDENT_STATUSES, SIGNATURE_KINDS, TARGET_KINDS } from './incident.taxonomy.ts';

export const signatureInputSchema = z.strictObject({
  kind: z.enum(SIGNATURE_KINDS).default('tag'),
  text: z.string().trim().min(1).max(300),
}).meta({ id: 'SignatureInput' });

/**
 * Who was targeted, in the STAFF compartment: sealed at rest (AES-256-GCM), shown only to holders
 * of the compartment; others see that it exists.
 */
export const staffDetailsSchema = z.strictObject({
  name: z.string().trim().min(1).max(200).optional(),
  role: z.string().trim().min(1).max(200).optional(),
  home_address: z.string().trim().min(1).max(500).optional(),
  phone: z.string().trim().min(1).max(50).optional(),
  notes: z.string().trim().min(1).max(5000).optional(),
}).meta({ id: 'StaffDetails' });
export type StaffDetails = z.infer<typeof staffDetailsSchema>;

const incidentFields = {
  external_id: externalIdSchema.optional(),
  occurred: occurredSchema,
  reported_at: isoDateTime.optional(),
  facility: z.string().trim().min(1).max(200).optional()
    .describe('facility id, name or alias, e.g. "Toulon-La Farlède"'),
  place: placeSchema.optional(),
  event_types: z.array(z.enum(EVENT_TYPES)).min(1, 'at least one event type').max(20),
  target_kinds: z.array(z.enum(TARGET_KINDS)).max(20).default([]),
  weapons: z.array(z.string().trim().min(1).max(100)).max(20).default([]),
  signatures: z.array(signatureInputSchema).max(50).default([]),
  casualties: z.strictObject({
    killed: z.coerce.number().int().min(0).max(10000).default(0),
    injured: z.coerce.number().int().min(0).max(10000).default(0),
  }).default({ killed: 0, injured: 0 }),
  damage: z.string().trim().max(2000).optional(),
  description: z.string().trim().max(20000).optional(),
  status: z.enum(INCIDENT_STATUSES).default('reported'),
  sources: z.array(sourceSchema).max(50).default([]),
  ...markingFields,
  staff: staffDetailsSchema.optional(),
};

/** An incident as users write it in import files and POST to the API (the interchange format). */
export const incidentInputSchema = z.strictObject(incidentFields)
  .refine((value) => value.facility !== undefined || value.place !== undefined, {
    message: 'give a facility or a place', path: ['facility'],
  })
  .meta({ id: 'IncidentInput' });
export type IncidentInput = z.infer<typeof incidentInputSchema>;
/** An incident as written by hand, before defaults are applied (demo data, fixtures). */
export type IncidentDraft = z.input<typeof incidentInputSchema>;

/** A partial update; `version` must match the stored version (optimistic concurrency). */
export const incidentPatchSchema = z.strictObject({
  version: z.number().int().min(1).describe('the version you read; a stale version gets 409'),
  ...Object.fromEntries(Object.entries(incidentFields).map(([key, schema]) => [key, (schema as z.ZodType).optional()])),
}).meta({ id: 'IncidentPatch' }) as z.ZodType<{ version: number } & Partial<IncidentInput>>;
export type IncidentPatch = { version: number } & Partial<IncidentInput>;
