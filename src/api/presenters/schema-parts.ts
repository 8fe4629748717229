import { z } from '@hono/zod-openapi';
import { MARKINGS } from '../../core/shared/principal.ts';

/**
 * A registered schema (`.openapi('Name')`) or null. Write this, never `Named.nullable()`: the OpenAPI
 * generator turns the latter into `allOf: [$ref, { type: [object, null] }]`, which refuses null (or drops
 * the null altogether), while a union becomes `anyOf: [$ref, { type: null }]`.
 */
export const orNull = <T extends z.ZodType>(schema: T) => z.union([schema, z.null()]);

/**
 * A sentence as a code and its parameters (numbers, names, vocabulary codes, never sentences): the web app
 * words it in the reader's language (src/core/alerts/alert-words.ts, detection-words.ts).
 */
export const wordsSchema = z
  .object({
    code: z.string(),
    params: z.record(z.string(), z.union([z.string(), z.number(), z.array(z.string()), z.null()])),
  })
  .openapi('Words');

/**
 * A record's TLP marking as every response gives it: one of the five, so that the web app's generated types
 * know them (it words and colours each) and a response holding anything else fails the contract test.
 */
export const markingSchema = z.enum(MARKINGS).openapi('Marking');
