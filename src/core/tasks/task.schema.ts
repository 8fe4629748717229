import { z } from 'zod';
import { isoDateTime } from '../shared/common.schema.ts';

export const TASK_STATES = ['open', 'in_progress', 'done', 'cancelled'] as const;
export type TaskState = (typeof TASK_STATES)[number];

/** A change to a task at the version read: state, assignee, due time. */
export const taskPatchSchema = z
  .strictObject({
    version: z.number().int().min(1),
    state: z.enum(TASK_STATES).optional(),
    assignee_id: z.uuid().nullable().optional(),
    due_at: isoDateTime.nullable().optional(),
  })
  .meta({ id: 'TaskPatch' });
export type TaskPatch = z.infer<typeof taskPatchSchema>;

export const taskCommentSchema = z
  .strictObject({ text: z.string().trim().min(1).max(4000) })
  .meta({ id: 'TaskCommentInput' });

export const taskListQuerySchema = z.object({
  state: z
    .preprocess((v) => (typeof v === 'string' ? v.split(',').filter(Boolean) : v), z.array(z.enum(TASK_STATES)))
    .optional(),
  assignee: z.union([z.literal('me'), z.uuid()]).optional(),
  org: z.union([z.literal('mine'), z.uuid()]).optional(),
  overdue: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true'),
  alert_id: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export type TaskListQuery = z.infer<typeof taskListQuerySchema>;
