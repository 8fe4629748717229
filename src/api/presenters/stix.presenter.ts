import { z } from '@hono/zod-openapi';
import { importResultSchema } from '../schemas.ts';

/**
 * STIX 2.1 bodies are STIX objects: the contract declares their envelope (type, id, spec_version) and
 * leaves every other property to the STIX specification.
 */
export const stixObjectSchema = z
  .looseObject({
    type: z.string(),
    id: z.string().openapi({ description: 'type--UUID' }),
    spec_version: z.string().optional().openapi({ example: '2.1', description: 'on every object of STIX 2.1' }),
  })
  .openapi('StixObject');

export const stixBundleOutSchema = z
  .object({
    type: z.literal('bundle'),
    id: z.string(),
    objects: z.array(stixObjectSchema),
  })
  .openapi('StixBundleOut');

/** What a STIX import did: the counts of the incident import, each object's fate by type, refused objects. */
export const stixImportResultSchema = importResultSchema
  .extend({
    graph: z
      .object({
        entities: z.number().int(),
        created: z.number().int(),
        relationships: z.number().int(),
        roles: z.number().int(),
      })
      .optional()
      .openapi({ description: 'entities, relationships and incident roles stored' }),
    objects: z
      .record(z.enum(['kept', 'attached', 'ignored']), z.record(z.string(), z.number().int()))
      .openapi({ description: 'objects kept, attached to an incident and ignored, counted by STIX type' }),
    refused: z.array(z.object({ path: z.string(), message: z.string() })),
  })
  .openapi('StixImportResult');
