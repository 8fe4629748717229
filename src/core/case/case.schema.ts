import { z } from 'zod';
import { isoDateTime, markingFields } from '../shared/common.schema.ts';
import { CASE_ITEM_TYPES, CASE_MEMBER_ROLES, CASE_STATES } from './case.ts';

/** A new case: title, summary, marking; the lead is the creator's organisation. */
export const caseInputSchema = z
  .strictObject({
    title: z.string().trim().min(3, 'a title of at least 3 characters').max(300),
    summary: z.string().trim().max(10_000).optional(),
    ...markingFields,
  })
  .meta({ id: 'CaseInput' });
export type CaseInput = z.infer<typeof caseInputSchema>;

/** A change to a case at the version read. */
export const casePatchSchema = z
  .strictObject({
    version: z.number().int().min(1),
    title: z.string().trim().min(3).max(300).optional(),
    summary: z.string().trim().max(10_000).nullable().optional(),
    state: z.enum(CASE_STATES).optional(),
    marking: markingFields.marking.optional(),
  })
  .meta({ id: 'CasePatch' });
export type CasePatch = z.infer<typeof casePatchSchema>;

export const caseListQuerySchema = z.object({
  state: z
    .preprocess((v) => (typeof v === 'string' ? v.split(',').filter(Boolean) : v), z.array(z.enum(CASE_STATES)))
    .optional(),
  q: z.string().trim().max(200).optional().describe('words of the title or the reference'),
  limit: z.coerce.number().int().min(1).max(200).default(25),
  offset: z.coerce.number().int().min(0).default(0),
});
export type CaseListQuery = z.infer<typeof caseListQuerySchema>;

export const caseItemSchema = z
  .strictObject({
    type: z.enum(CASE_ITEM_TYPES),
    id: z.uuid({ message: 'expected the id (uuid) of the incident, campaign or actor' }),
  })
  .meta({ id: 'CaseItem' });
export type CaseItemInput = z.infer<typeof caseItemSchema>;

export const caseMemberSchema = z
  .strictObject({
    user: z
      .string()
      .trim()
      .min(1, 'name the user: id or user name')
      .max(200)
      .describe('the id or user name of the account'),
    role: z.enum(CASE_MEMBER_ROLES).default('investigator'),
  })
  .meta({ id: 'CaseMember' });
export type CaseMemberInput = z.infer<typeof caseMemberSchema>;

export const caseNoteSchema = z
  .strictObject({
    text: z.string().trim().min(1, 'the note is empty').max(20_000),
    marking: markingFields.marking.optional().describe('default: the marking of the case'),
    compartments: markingFields.compartments,
  })
  .meta({ id: 'CaseNote' });
export type CaseNoteInput = z.infer<typeof caseNoteSchema>;

export const caseTaskSchema = z
  .strictObject({
    title: z.string().trim().min(1, 'the task needs a title').max(500),
    due_at: isoDateTime.optional(),
    assignee_id: z.uuid().optional(),
  })
  .meta({ id: 'CaseTask' });
export type CaseTaskInput = z.infer<typeof caseTaskSchema>;

export const handoverSchema = z
  .strictObject({
    to: z
      .string()
      .trim()
      .min(1, 'name the receiving organisation')
      .max(200)
      .describe('the id or name of the receiving organisation'),
    reason: z.string().trim().min(3, 'say why the case is handed over').max(4000),
    keep_access: z.boolean().default(true).describe('the sender keeps read access to the case'),
  })
  .meta({ id: 'Handover' });
export type HandoverInput = z.infer<typeof handoverSchema>;

/** Lets another organisation read the case (or stops it): its items stay under their own markings. */
export const caseShareSchema = z
  .strictObject({
    org: z.string().trim().min(1, 'name the organisation').max(200).describe('the id or name of the organisation'),
    shared: z.boolean().default(true),
  })
  .meta({ id: 'CaseShare' });
export type CaseShareInput = z.infer<typeof caseShareSchema>;

/** The query of an evidence upload: the raw body is the file. */
export const evidenceQuerySchema = z.object({
  filename: z
    .string()
    .trim()
    .min(1, 'name the file: ?filename=...')
    .max(255)
    .refine((name) => !/[/\\]/.test(name) && !name.includes('\u0000'), 'a file name without / or \\'),
  description: z.string().trim().max(2000).optional(),
  marking: markingFields.marking.optional().describe('default: the marking of the case'),
});
export type EvidenceQuery = z.infer<typeof evidenceQuerySchema>;

export const caseExportQuerySchema = z.object({
  format: z.enum(['html', 'stix', 'manifest']).default('html'),
});

export const disseminationQuerySchema = z.object({
  case: z.uuid().optional(),
  recipient: z.string().trim().min(1).max(200).optional().describe('an organisation id or name, a user id, a token id'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export type DisseminationQuery = z.infer<typeof disseminationQuerySchema>;
