import { z } from 'zod';
import { RELIABILITY_GRADES } from '../shared/taxonomy.ts';
import { markingFields } from '../shared/common.schema.ts';

const feedFields = {
  title: z.string().trim().min(1).max(300).optional(),
  poll_minutes: z.coerce.number().int().min(1).max(10080).default(60).describe('minutes between two polls'),
  trusted: z
    .boolean()
    .default(false)
    .describe(
      'candidates at or above trust_threshold are accepted without review (supervisors and administrators only)',
    ),
  trust_threshold: z.coerce.number().min(0).max(1).default(0.8),
  outlet: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .optional()
    .describe('the outlet publishing it ("Le Monde"): graded by the source register unless the feed sets a grade'),
  reliability: z
    .enum(RELIABILITY_GRADES)
    .optional()
    .describe(
      "Admiralty reliability its articles receive as sources; blank: the source register's for the outlet or the items' domain, else F",
    ),
  credibility: z.coerce.number().int().min(1).max(6).optional(),
  marking: markingFields.marking,
  enabled: z.boolean().default(true),
};

/** An RSS or Atom feed to poll. */
export const feedInputSchema = z
  .strictObject({
    url: z.url({ protocol: /^https?$/, message: 'expected an http(s) URL' }).max(2000),
    ...feedFields,
  })
  .meta({ id: 'FeedInput' });
export type FeedInput = z.infer<typeof feedInputSchema>;

/** A change to a feed: any of its settings but the URL. */
export const feedPatchSchema = z
  .strictObject({
    title: feedFields.title,
    poll_minutes: feedFields.poll_minutes.unwrap().optional(),
    trusted: z.boolean().optional(),
    trust_threshold: feedFields.trust_threshold.unwrap().optional(),
    outlet: feedFields.outlet,
    reliability: z.enum(RELIABILITY_GRADES).optional(),
    credibility: feedFields.credibility,
    marking: markingFields.marking.unwrap().optional(),
    enabled: z.boolean().optional(),
  })
  .meta({ id: 'FeedPatch' });
export type FeedPatch = z.infer<typeof feedPatchSchema>;
