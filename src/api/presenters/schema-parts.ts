import { z } from '@hono/zod-openapi';

/**
 * A registered schema (`.openapi('Name')`) or null. Write this, never `Named.nullable()`: the OpenAPI
 * generator turns the latter into `allOf: [$ref, { type: [object, null] }]`, which refuses null (or drops
 * the null altogether), while a union becomes `anyOf: [$ref, { type: null }]`.
 */
export const orNull = <T extends z.ZodType>(schema: T) => z.union([schema, z.null()]);
