import type { VigieContext } from '../../context.ts';
import type { ImportJobSummary } from '../../store/import-job.repository.ts';

/** An import job as the API shows it: who queued it by name, dates in ISO, no lease or owner internals. */
export async function presentImportJob(job: ImportJobSummary, context: Pick<VigieContext, 'identity'>) {
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
