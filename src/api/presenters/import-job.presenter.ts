import { z } from '@hono/zod-openapi';
import type { VigieContext } from '../../context.ts';
import type { ImportJobSummary } from '../../store/import-job.repository.ts';

export const importJobSchema = z
  .object({
    id: z.string().uuid(),
    kind: z.enum(['incident', 'seizure']),
    format: z.enum(['json', 'ndjson', 'csv']),
    file_name: z.string(),
    size_bytes: z.number().int(),
    sha256: z.string(),
    state: z.enum(['queued', 'running', 'done', 'failed', 'cancelled']),
    rows_read: z.number().int(),
    stored: z.number().int(),
    already_there: z.number().int(),
    problem_count: z.number().int(),
    problems: z.array(
      z.object({
        row: z.number().int().optional(),
        path: z.string(),
        message: z.string(),
        code: z.string().optional(),
        params: z.record(z.string(), z.unknown()).optional(),
      }),
    ),
    error: z.string().nullable(),
    attempts: z.number().int(),
    created_by: z.object({ id: z.string(), username: z.string() }).nullable(),
    created_at: z.string(),
    started_at: z.string().nullable(),
    finished_at: z.string().nullable(),
  })
  .openapi('ImportJob');
export type ImportJob = z.infer<typeof importJobSchema>;

/** An import job as the API shows it: who queued it by name, dates in ISO, no lease or owner internals. */
export async function presentImportJob(
  job: ImportJobSummary,
  context: Pick<VigieContext, 'identity'>,
): Promise<ImportJob> {
  const user = job.created_by ? await context.identity.findUserById(job.created_by) : undefined;
  return {
    id: job.id,
    kind: job.kind,
    format: job.format,
    file_name: job.file_name,
    size_bytes: Number(job.size_bytes),
    sha256: job.sha256,
    state: job.state,
    rows_read: job.rows_read,
    stored: job.stored,
    already_there: job.already_there,
    problem_count: job.problem_count,
    problems: job.problems,
    error: job.error,
    attempts: job.attempts,
    created_by: user ? { id: user.id, username: user.username } : null,
    created_at: job.created_at.toISOString(),
    started_at: job.started_at?.toISOString() ?? null,
    finished_at: job.finished_at?.toISOString() ?? null,
  };
}
