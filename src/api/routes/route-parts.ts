import { z } from '@hono/zod-openapi';
import { errorResponses, errorSchema } from '../schemas.ts';

/** The pieces the routes share. */
/** A JSON response with its contract: the OpenAPI document shows it and `c.json` is checked against it. */
export const jsonOf = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});
/** `{ items, total, limit, offset }`: a page of a list. */
export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), total: z.number().int(), limit: z.number().int(), offset: z.number().int() });
/** `{ items }`: a whole list. */
export const itemsOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });
export const body = <T extends z.ZodType>(schema: T) => ({
  body: { required: true, content: { 'application/json': { schema } } },
});
export const idParam = z.object({
  id: z
    .string()
    .uuid()
    .openapi({ param: { name: 'id', in: 'path' } }),
});
export const refusals = {
  ...errorResponses,
  403: { description: 'Not allowed', content: { 'application/json': { schema: errorSchema } } },
  409: { description: 'Stale state or version', content: { 'application/json': { schema: errorSchema } } },
};
