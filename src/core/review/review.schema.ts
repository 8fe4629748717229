import { z } from 'zod';
import { RELIABILITY_GRADES, SOURCE_KINDS } from '../shared/taxonomy.ts';
import { gradeSchema } from '../source-register/source-register.schema.ts';
import { dateOrDateTime, markingFields } from '../shared/common.schema.ts';

export const CANDIDATE_STATUSES = ['pending', 'accepted', 'merged', 'rejected'] as const;
export const CANDIDATE_KINDS = ['incident', 'seizure'] as const;

/** A text to read: pasted plain text or HTML, or an RSS/Atom file, with its date and grades. */
export const articleSubmissionSchema = z
  .strictObject({
    content: z
      .string()
      .min(1, 'paste the text of the article')
      .describe('at most 1,000,000 characters (a longer text gets 413)'),
    format: z.enum(['auto', 'text', 'html', 'rss', 'atom']).default('auto').describe('auto detects HTML and feeds'),
    url: z
      .url({ protocol: /^https?$/, message: 'expected an http(s) URL' })
      .max(2000)
      .optional(),
    title: z.string().trim().min(1).max(500).optional(),
    published: dateOrDateTime
      .optional()
      .describe('publication date: "last night" and "mardi matin" are read against it (default: now)'),
    language: z.enum(['fr', 'en']).optional().describe('detected when absent'),
    outlet: z
      .string()
      .trim()
      .min(1, 'name the outlet')
      .max(200)
      .optional()
      .describe(
        'who published it ("Le Monde", "AFP", "UFAP-UNSa Justice"): without a grade, the source register grades it at accept',
      ),
    source_kind: z.enum(SOURCE_KINDS).default('press'),
    reliability: z
      .enum(RELIABILITY_GRADES, { message: 'expected an Admiralty reliability, A to F' })
      .optional()
      .describe(
        "Admiralty reliability of the source, A (reliable) to F (cannot be judged); blank: the source register's grade for the outlet, else F",
      ),
    credibility: z.coerce
      .number({ message: 'expected a number from 1 to 6' })
      .int()
      .min(1)
      .max(6)
      .optional()
      .describe(
        "Admiralty credibility of the information, 1 (confirmed) to 6 (cannot be judged); blank: the register's, else 6",
      ),
    ...markingFields,
  })
  .meta({ id: 'ArticleSubmission' });
export type ArticleSubmission = z.infer<typeof articleSubmissionSchema>;

const version = z.number().int().min(1).optional().describe('the candidate version you read; a stale one gets 409');

/** Accept a candidate as proposed, or with an edited draft (validated as an incident or seizure). */
export const acceptSchema = z
  .strictObject({
    version,
    draft: z
      .record(z.string(), z.unknown())
      .optional()
      .describe('the edited incident or seizure; the article is added as its source'),
    grade: gradeSchema.optional(),
  })
  .meta({ id: 'AcceptCandidate' });
export type AcceptInput = z.infer<typeof acceptSchema>;

export const mergeSchema = z
  .strictObject({
    version,
    incident_id: z.uuid({ message: 'expected an incident id' }),
    incident_version: z
      .number()
      .int()
      .min(1)
      .optional()
      .describe('the incident version you read; a stale one gets 409'),
    grade: gradeSchema.optional(),
  })
  .meta({ id: 'MergeCandidate' });
export type MergeInput = z.infer<typeof mergeSchema>;

export const rejectSchema = z
  .strictObject({
    version,
    reason: z.string().trim().min(1, 'say why').max(2000),
  })
  .meta({ id: 'RejectCandidate' });
export type RejectInput = z.infer<typeof rejectSchema>;

export const reopenSchema = z.strictObject({ version }).meta({ id: 'ReopenCandidate' });
export type ReopenInput = z.infer<typeof reopenSchema>;
