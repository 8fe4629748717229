import { z } from 'zod';
import { RELIABILITY_GRADES, SOURCE_KINDS } from '../shared/taxonomy.ts';

export const OUTLET_CATEGORIES = ['wire', 'national', 'regional', 'foreign', 'union', 'official', 'other'] as const;

/** An outlet of the source register, as written by an administrator or supervisor. */
export const outletInputSchema = z
  .strictObject({
    name: z.string().trim().min(1, 'name the outlet').max(200).describe('as shown, e.g. "Le Monde"'),
    aliases: z
      .array(z.string().trim().min(1).max(200))
      .max(50)
      .default([])
      .describe(
        'other names and web domains ("lemonde.fr"): a source naming one, or an address on the domain, is this outlet',
      ),
    kind: z.enum(SOURCE_KINDS).default('press'),
    category: z.enum(OUTLET_CATEGORIES).default('other'),
    reliability: z
      .enum(RELIABILITY_GRADES, { message: 'expected an Admiralty reliability, A to F' })
      .describe('default reliability of its reports, A (reliable) to F (cannot be judged)'),
    credibility: z.coerce
      .number({ message: 'expected a number from 1 to 6' })
      .int()
      .min(1)
      .max(6)
      .default(3)
      .describe('credibility of one report of it alone, before corroboration by other outlets'),
    notes: z.string().trim().max(2000).optional(),
  })
  .meta({ id: 'OutletInput' });
export type OutletInput = z.infer<typeof outletInputSchema>;

/** A change to an outlet; `version` must be the one read. */
export const outletPatchSchema = z
  .strictObject({
    version: z.number().int().min(1).describe('the version you read; a stale one gets 409'),
    name: outletInputSchema.shape.name.optional(),
    aliases: z.array(z.string().trim().min(1).max(200)).max(50).optional(),
    kind: z.enum(SOURCE_KINDS).optional(),
    category: z.enum(OUTLET_CATEGORIES).optional(),
    reliability: z.enum(RELIABILITY_GRADES, { message: 'expected an Admiralty reliability, A to F' }).optional(),
    credibility: z.coerce.number({ message: 'expected a number from 1 to 6' }).int().min(1).max(6).optional(),
    notes: z.string().trim().max(2000).nullable().optional(),
  })
  .meta({ id: 'OutletPatch' });
export type OutletPatch = z.infer<typeof outletPatchSchema>;

/** An analyst's grade for a source: reliability letter and credibility digit, "B2". */
export const gradeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-F][1-6]$/, 'expected an Admiralty grade: a letter A-F and a digit 1-6, e.g. B2')
  .describe('the source\'s Admiralty grade set by the analyst (e.g. "B2"); it overrides the source register');

/** Splits "B2" into its reliability and credibility. */
export function splitGrade(grade: string): { reliability: 'A' | 'B' | 'C' | 'D' | 'E' | 'F'; credibility: number } {
  return { reliability: grade[0] as 'A', credibility: Number(grade[1]) };
}
