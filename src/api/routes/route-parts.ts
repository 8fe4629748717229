import { z } from '@hono/zod-openapi';
import { errorResponses, errorSchema } from '../schemas.ts';

/** The pieces the alert, posture and task routes share. */
export const json = (description: string) => ({
  description,
  content: { 'application/json': { schema: z.record(z.string(), z.any()) } },
});
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
