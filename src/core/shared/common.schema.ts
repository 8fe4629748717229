import { z } from 'zod';
import { PLACE_PRECISIONS, RELIABILITY_GRADES, SOURCE_KINDS, TIME_PRECISIONS } from './taxonomy.ts';

/**
 * Years a record may carry. A year such as 0001 is a typing mistake, and the store's drivers read
 * years below 1000 back as other years (0001 came back as 2001 or 2014): refused, not kept wrong.
 */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2999;
const inYearRange = (text: string) => {
  // only a value shaped as a date has a year to judge; the format check speaks for the rest
  if (!/^\d{4}-/.test(text)) return true;
  const year = Number(text.slice(0, 4));
  return year >= MIN_YEAR && year <= MAX_YEAR;
};
const YEAR_RANGE = {
  message: `expected a year from ${MIN_YEAR} to ${MAX_YEAR}`,
  params: { code: 'year_range', minimum: MIN_YEAR, maximum: MAX_YEAR },
};

/** A calendar date, `YYYY-MM-DD`. */
export const isoDate = z.iso.date({ message: 'expected a date as YYYY-MM-DD' }).refine(inYearRange, YEAR_RANGE);
/** A date-time with an explicit offset or Z, e.g. `2025-04-15T00:30:00+02:00`. */
export const isoDateTime = z.iso
  .datetime({ offset: true, local: false, message: 'expected a date-time with offset, e.g. 2025-04-15T00:30:00+02:00' })
  .refine(inYearRange, YEAR_RANGE);
export const dateOrDateTime = z.union([isoDateTime, isoDate], {
  message: `expected a date (YYYY-MM-DD) or a date-time with offset, in a year from ${MIN_YEAR} to ${MAX_YEAR}`,
});

/**
 * When something happened, in one of the forms analysts use. Resolved to a UTC interval
 * `[start, end)` by `resolveOccurred` in the local time zone of the place.
 */
export const occurredSchema = z
  .union(
    [
      z.strictObject({ at: isoDateTime }),
      z.strictObject({ date: isoDate }),
      z.strictObject({
        night_of: isoDate.describe('the date of the evening: night_of 2025-04-14 is the night of 14 to 15 April'),
      }),
      z.strictObject({ week_of: isoDate.describe('any day of the ISO week (Monday to Sunday)') }),
      z.strictObject({
        month: z
          .string()
          .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected a month as YYYY-MM')
          .refine(inYearRange, YEAR_RANGE),
      }),
      z.strictObject({
        start: dateOrDateTime,
        end: dateOrDateTime.optional(),
        precision: z.enum(TIME_PRECISIONS).optional(),
      }),
    ],
    {
      message: `occurred takes one of: {at}, {date}, {night_of}, {week_of}, {month} or {start, end, precision}, in a year from ${MIN_YEAR} to ${MAX_YEAR}`,
    },
  )
  .meta({ id: 'Occurred' });
export type OccurredInput = z.infer<typeof occurredSchema>;

/** A place without a facility: a point and how precise it is. */
export const placeSchema = z
  .strictObject({
    lat: z.coerce.number().min(-90).max(90),
    lon: z.coerce.number().min(-180).max(180),
    precision: z.enum(PLACE_PRECISIONS).default('commune'),
    commune: z.string().trim().min(1).max(200).optional(),
    department: z.string().trim().min(1).max(100).optional().describe('INSEE department code (e.g. "54") or name'),
    country: z.string().trim().length(2).toUpperCase().optional().describe('ISO 3166-1 alpha-2, default FR'),
  })
  .meta({ id: 'Place' });
export type PlaceInput = z.infer<typeof placeSchema>;

/** A source of a record, graded on the Admiralty scale (reliability A-F, credibility 1-6). */
export const sourceSchema = z
  .strictObject({
    kind: z
      .enum(SOURCE_KINDS)
      .default('other')
      .describe("when absent: the source register's kind for the outlet, else other"),
    title: z.string().trim().min(1).max(500).optional(),
    url: z.url({ protocol: /^https?$/, message: 'expected an http(s) URL' }).optional(),
    published_at: dateOrDateTime.optional(),
    outlet: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .optional()
      .describe(
        'who published it ("Le Monde", "AFP", "UFAP-UNSa Justice"); without a grade, the source register grades it',
      ),
    reliability: z
      .enum(RELIABILITY_GRADES)
      .default('F')
      .describe(
        "Admiralty reliability A-F; when absent, the source register's grade for the outlet (or the address's domain), else F",
      ),
    credibility: z.coerce
      .number()
      .int()
      .min(1)
      .max(6)
      .default(6)
      .describe('Admiralty credibility 1-6, after corroboration by other outlets of the same record'),
    graded_by: z.enum(['source', 'register', 'analyst']).optional().describe('where the grade came from'),
    reported_credibility: z.coerce
      .number()
      .int()
      .min(1)
      .max(6)
      .optional()
      .describe('the credibility of this report alone, when corroboration by other outlets raised it'),
    corroborating_outlets: z.coerce
      .number()
      .int()
      .min(2)
      .max(50)
      .optional()
      .describe('independent outlets reporting the same record'),
    article_id: z.uuid().optional().describe('the stored article this source was read from (review)'),
    candidate_id: z.uuid().optional().describe('the review candidate whose evidence shows where in the article'),
  })
  .meta({ id: 'Source' });
export type SourceInput = z.infer<typeof sourceSchema>;

export const externalIdSchema = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .describe("caller's own identifier, unique across Vigie; importing it again changes nothing");

/** TLP 2.0 marking and compartments of a record; who may read it (see core/access/access.ts). */
export const markingFields = {
  marking: z
    .enum(['CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED'])
    .default('AMBER')
    .describe(
      "TLP 2.0: CLEAR and GREEN for every user, AMBER for the owner and the organisations it shares with, AMBER+STRICT for the owner, RED for its author and the owner's supervisors",
    ),
  compartments: z
    .array(z.enum(['STAFF']))
    .max(5)
    .default([])
    .describe('a record in a compartment is readable only by users who hold it'),
};
