import { z } from 'zod';
import { COMPARTMENTS, MARKINGS } from '../shared/principal.ts';
import { isoDate, markingFields, sourceSchema } from '../shared/common.schema.ts';

export const ACTOR_KINDS = [
  'person',
  'organisation',
  'vehicle',
  'vessel',
  'phone',
  'online_account',
  'place',
  'facility',
  'weapon',
] as const;
export const ORGANISATION_SUBKINDS = ['gang', 'cartel', 'group', 'agency'] as const;
export const RELATIONSHIP_KINDS = ['member_of', 'leads', 'uses', 'owns', 'seen_at', 'held_at', 'linked_to'] as const;
export const INCIDENT_ROLES = ['suspect', 'claimed', 'target', 'victim', 'used', 'seen'] as const;
export const PLACEMENTS = ['ordinary', 'isolation', 'high_security'] as const;

const name = z.string().trim().min(1, 'a name is required').max(200);
const attributeValue = z.union([z.string().max(500), z.number(), z.boolean(), z.null()]);

/** Kind-specific identifiers: plate, imo, mmsi, flag, number, platform, handle, lat, lon, birth_year... */
const attributesSchema = z
  .record(z.string().trim().min(1).max(60), attributeValue)
  .refine((value) => Object.keys(value).length <= 30, 'at most 30 attributes')
  .describe('kind-specific identifiers, e.g. {"plate": "AB-123-CD"} for a vehicle, {"imo": "9387421"} for a vessel');

const actorFields = {
  subkind: z
    .string()
    .trim()
    .min(1)
    .max(60)
    .optional()
    .describe(`for an organisation: ${ORGANISATION_SUBKINDS.join(', ')}; free otherwise`),
  name,
  aliases: z.array(z.string().trim().min(1).max(200)).max(50).default([]),
  description: z.string().trim().max(20000).optional(),
  attributes: attributesSchema.default({}),
  facility: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .optional()
    .describe('for a facility entity: the reference site (id, name or alias)'),
};

/** An entity of the graph as users write it. */
export const actorInputSchema = z
  .strictObject({
    kind: z.enum(ACTOR_KINDS),
    ...actorFields,
    ...markingFields,
  })
  .superRefine((value, ctx) => {
    if (
      value.kind === 'organisation' &&
      value.subkind &&
      !(ORGANISATION_SUBKINDS as readonly string[]).includes(value.subkind)
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['subkind'],
        message: `an organisation is one of ${ORGANISATION_SUBKINDS.join(', ')}`,
      });
    }
    if (value.kind === 'facility' && !value.facility)
      ctx.addIssue({ code: 'custom', path: ['facility'], message: 'a facility entity names its reference site' });
    if (value.kind !== 'facility' && value.facility)
      ctx.addIssue({ code: 'custom', path: ['facility'], message: 'only a facility entity names a reference site' });
  })
  .meta({ id: 'ActorInput' });
export type ActorInput = z.infer<typeof actorInputSchema>;

/** A change to an entity: the fields given replace the stored ones; `version` guards concurrent edits. */
export const actorPatchSchema = z
  .strictObject({
    version: z.coerce
      .number()
      .int()
      .min(1)
      .optional()
      .describe('the version read; refused with 409 when it changed since'),
    subkind: actorFields.subkind,
    name: name.optional(),
    aliases: z.array(z.string().trim().min(1).max(200)).max(50).optional(),
    description: z.string().trim().max(20000).nullable().optional(),
    attributes: attributesSchema.optional(),
    marking: z.enum(MARKINGS).optional(),
    compartments: z.array(z.enum(COMPARTMENTS)).max(5).optional(),
  })
  .meta({ id: 'ActorPatch' });
export type ActorPatch = z.infer<typeof actorPatchSchema>;

/** A typed, graded relationship between two entities. */
export const relationshipInputSchema = z
  .strictObject({
    source_id: z.uuid({ message: 'expected the id of an entity' }),
    target_id: z.uuid({ message: 'expected the id of an entity' }),
    kind: z.enum(RELATIONSHIP_KINDS),
    confidence: z.coerce.number().int().min(0).max(100).default(50).describe("0-100, the analyst's confidence"),
    sources: z.array(sourceSchema).max(50).default([]),
    valid_from: isoDate.optional(),
    valid_until: isoDate.optional(),
    description: z.string().trim().max(5000).optional(),
    marking: markingFields.marking,
  })
  .superRefine((value, ctx) => {
    if (value.source_id === value.target_id)
      ctx.addIssue({ code: 'custom', path: ['target_id'], message: 'an entity is not related to itself' });
    if (value.valid_from && value.valid_until && value.valid_until < value.valid_from)
      ctx.addIssue({ code: 'custom', path: ['valid_until'], message: 'ends before it starts' });
  })
  .meta({ id: 'RelationshipInput' });
export type RelationshipInput = z.infer<typeof relationshipInputSchema>;

/** An entity involved in an incident, and how. */
export const incidentActorSchema = z
  .strictObject({
    actor_id: z.uuid({ message: 'expected the id of an entity' }),
    role: z.enum(INCIDENT_ROLES),
  })
  .meta({ id: 'IncidentActor' });
export type IncidentActorInput = z.infer<typeof incidentActorSchema>;

const factor = z.coerce.number().int().min(0, '0 (none) to 3 (high)').max(3, '0 (none) to 3 (high)').default(0);

/** The risk profile of a person held at a facility. */
export const detaineeProfileSchema = z
  .strictObject({
    facility: z.string().trim().min(1).max(200).describe('where the person is held: id, name or alias of a site'),
    organised_crime_leadership: factor,
    escape_history: factor,
    outside_communications: factor,
    violence: factor,
    placement: z.enum(PLACEMENTS).default('ordinary'),
    notes: z.string().trim().max(5000).optional(),
    marking: markingFields.marking,
  })
  .meta({ id: 'DetaineeProfileInput' });
export type DetaineeProfileInput = z.infer<typeof detaineeProfileSchema>;
