import { z } from 'zod';
import { externalIdSchema, markingFields, occurredSchema, placeSchema, sourceSchema } from '../shared/common.schema.ts';

export const DRUGS = ['cocaine', 'cannabis', 'heroin', 'synthetic', 'other'] as const;
export type Drug = (typeof DRUGS)[number];

/** Mass units accepted on input, with their weight in kilograms. */
export const MASS_UNITS = { mg: 1e-6, g: 0.001, kg: 1, t: 1000, lb: 0.45359237, oz: 0.028349523125 } as const;
export type MassUnit = keyof typeof MASS_UNITS;

export const organisationRefSchema = z
  .union([
    z.string().trim().min(1).max(200),
    z.strictObject({
      name: z.string().trim().min(1).max(200),
      kind: z.enum(['gang', 'cartel', 'group', 'agency', 'union']).default('group'),
    }),
  ])
  .describe('an organisation by name or alias; created when unknown');

/** A drug seizure as users write it (the interchange format). */
export const seizureInputSchema = z
  .strictObject({
    external_id: externalIdSchema.optional(),
    occurred: occurredSchema,
    place: placeSchema.optional(),
    agency: z.string().trim().min(1).max(200).optional().describe('e.g. "OFAST", "Douane", "US DOJ"'),
    drug: z.enum(DRUGS),
    quantity: z.strictObject({
      value: z.coerce.number().positive().max(1e9),
      unit: z.enum(Object.keys(MASS_UNITS) as [MassUnit, ...MassUnit[]]).default('kg'),
    }),
    value: z
      .strictObject({
        amount: z.coerce.number().nonnegative().max(1e13),
        currency: z
          .string()
          .trim()
          .regex(/^[A-Z]{3}$/, 'expected an ISO 4217 code such as EUR')
          .default('EUR'),
      })
      .optional(),
    vessel: z.string().trim().max(200).optional(),
    route: z.string().trim().max(500).optional(),
    organisation: organisationRefSchema.optional(),
    description: z.string().trim().max(20000).optional(),
    sources: z.array(sourceSchema).max(50).default([]),
    ...markingFields,
  })
  .meta({ id: 'SeizureInput' });
export type SeizureInput = z.infer<typeof seizureInputSchema>;
export type SeizureDraft = z.input<typeof seizureInputSchema>;
