import { z } from 'zod';

/**
 * A page of a list: `limit` rows (1 to `max`, `limit` by default) after skipping `offset`. The API's
 * queries and the CLI's --limit and --offset flags parse with it (or with a list schema built on it).
 */
export const pageSchema = (max = 200, limit = 50) =>
  z.object({
    limit: z.coerce.number().int().min(1).max(max).default(limit),
    offset: z.coerce.number().int().min(0).default(0),
  });
export type Page = z.infer<ReturnType<typeof pageSchema>>;
