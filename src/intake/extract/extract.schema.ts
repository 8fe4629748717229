/** The extraction request, shared by `POST /api/extract` and `vigie extract`. */
import { z } from 'zod';
import { dateOrDateTime } from '../../core/shared/common.schema.ts';

export const extractionPublishedSchema = dateOrDateTime;
export const extractionLanguageSchema = z.enum(['fr', 'en'], { message: 'expected fr or en' });

export const extractRequestSchema = z
  .strictObject({
    text: z
      .string()
      .min(1, 'give the text of the article')
      .describe('at most 1,000,000 characters (a longer text gets 413)'),
    published: extractionPublishedSchema
      .optional()
      .describe('publication date; relative dates resolve against it (default: now)'),
    language: extractionLanguageSchema.optional().describe('skip language detection'),
    url: z.url({ protocol: /^https?$/, message: 'expected an http(s) URL' }).optional(),
    format: z.enum(['text', 'html', 'rss', 'atom']).optional().describe('sniffed from the text when not given'),
  })
  .meta({ id: 'ExtractRequest' });
export type ExtractRequest = z.infer<typeof extractRequestSchema>;
