/**
 * Import jobs: a file uploaded once, kept in the database, and imported in the background by
 * whichever instance takes its `import` work from the queue, with progress a person can follow.
 * The import is the same all-or-nothing, idempotent-by-external_id import as `vigie import`: a job
 * run again (its instance died; a message delivered twice) adds only what is missing.
 */
import { createHash, randomUUID } from 'node:crypto';
import { authorize, importJobScope } from '../access/access.ts';
import { SYSTEM_PRINCIPAL, type Principal } from '../shared/principal.ts';
import type { Caller } from '../shared/caller.ts';
import { notFound, VigieError } from '../shared/errors.ts';
import { ImportRefusedError, type ImportOptions, type ImportResult } from '../shared/import-result.ts';
import type { RawRow } from '../shared/import-runner.ts';
import type { EventPublisher } from '../notifications/vigie-event.ts';
import type { WorkQueue } from '../work/work-queue.ts';
import type { ImportFormat } from '../../intake/import-format.ts';
import type { ImportJobRepository, ImportJobSummary } from '../../store/import-job.repository.ts';
import type { ImportJobProblem, ImportJobRow, ImportJobState } from '../../store/schema.ts';

export const IMPORT_KINDS = ['incident', 'seizure'] as const;
export const IMPORT_JOB_STATES = [
  'queued',
  'running',
  'done',
  'failed',
  'cancelled',
] as const satisfies readonly ImportJobState[];

/** A comma-separated state filter (`?state=` and `--state`), refused naming the unknown state. */
export function parseImportJobStates(text: string | undefined): ImportJobState[] | undefined {
  const states = text
    ?.split(',')
    .map((state) => state.trim())
    .filter(Boolean);
  const unknown = states?.find((state) => !(IMPORT_JOB_STATES as readonly string[]).includes(state));
  if (unknown)
    throw new VigieError('invalid_input', `unknown state "${unknown}": ${IMPORT_JOB_STATES.join(', ')}`, 400, [
      { path: 'state', message: `unknown: ${unknown}` },
    ]);
  return states as ImportJobState[] | undefined;
}
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** How long a running job is held without news from its instance before another may take it. */
const LEASE_MS = 60_000;
/** How often a running job writes its progress (and renews its lease). */
const PROGRESS_MS = 1_000;

export interface ImportJobDeps {
  jobs: ImportJobRepository;
  work: WorkQueue;
  events: EventPublisher;
  now: () => Date;
  /** the principal of the user who queued a job, undefined when gone or disabled */
  principalOf(userId: string): Promise<Principal | undefined>;
  /** the importers, as `vigie import` and the import routes call them */
  importers: Record<
    ImportKind,
    (caller: Caller, rows: AsyncIterable<RawRow>, options: ImportOptions) => Promise<ImportResult>
  >;
  /** the largest file accepted, in bytes */
  maxBytes: number;
  /** how often each instance sweeps for jobs to queue again; a job queued this long ago and not taken is (its message was lost while NATS was down) */
  sweepMs: number;
}

/** The progress of jobs running in this process, fresher than the database's (updated each second). */
const liveProgress = new Map<string, { rows_read: number; stored: number }>();

/** Queues a file for import; answers at once with the queued job. */
export async function submitImportJob(
  deps: ImportJobDeps,
  caller: Caller,
  input: { kind: ImportKind; format: ImportFormat; fileName: string; content: Uint8Array },
): Promise<ImportJobSummary> {
  const decision = authorize(caller.principal, { kind: 'create', marking: 'GREEN', compartments: [] });
  if (!decision.allowed) throw new VigieError('forbidden', decision.reason, 403);
  if (input.content.length === 0)
    throw new VigieError('invalid_input', 'the file is empty', 400, [{ path: 'body', message: 'empty' }]);
  if (input.content.length > deps.maxBytes) {
    throw new VigieError(
      'payload_too_large',
      `the file is ${input.content.length} bytes; the limit is ${deps.maxBytes} (VIGIE_IMPORT_MAX_BYTES)`,
      413,
      [{ path: 'body', message: 'too large' }],
    );
  }
  const job = await deps.jobs.insert({
    id: randomUUID(),
    kind: input.kind,
    format: input.format,
    file_name: input.fileName.slice(0, 300) || 'upload',
    content: input.content,
    size_bytes: input.content.length,
    sha256: createHash('sha256').update(input.content).digest('hex'),
    created_by: caller.principal.system ? null : caller.principal.userId,
    owner_org_id: caller.principal.organisationId,
  });
  // Not awaited: the job is stored; with NATS down the publish waits for its timeout, and the sweep finds the job anyway.
  void deps.work.submit('import', { id: job.id }, { key: job.id });
  return job;
}

/** A job its reader may see: their own; supervisors and administrators see their organisation's. */
export async function getImportJob(deps: ImportJobDeps, caller: Caller, id: string): Promise<ImportJobSummary> {
  const job = await deps.jobs.find(id);
  if (!job || !mayRead(caller.principal, job)) throw notFound('import job', id);
  return withLiveProgress(job);
}

export async function listImportJobs(
  deps: ImportJobDeps,
  caller: Caller,
  filter: { states?: ImportJobState[]; limit: number; offset: number },
) {
  const page = await deps.jobs.list({ ...filter, scope: importJobScope(caller.principal) });
  return { items: page.items.map(withLiveProgress), total: page.total };
}

/** Cancels a job still waiting; a running or ended job cannot be (409). */
export async function cancelImportJob(deps: ImportJobDeps, caller: Caller, id: string): Promise<ImportJobSummary> {
  const job = await getImportJob(deps, caller, id);
  const cancelled = await deps.jobs.cancel(job.id, deps.now());
  if (!cancelled)
    throw new VigieError('conflict', `the import job is ${job.state}: only a queued job can be cancelled`, 409, [
      { path: 'state', message: job.state },
    ]);
  await announce(deps, cancelled);
  return cancelled;
}

/**
 * Runs a queued job (the `import` work handler): claims it, so one instance runs it; reads the stored
 * file; imports it in one transaction with progress written each second; records the counts or the
 * refusal. A job another instance holds, or that has ended, is left alone.
 */
export async function runImportJob(deps: ImportJobDeps, id: string): Promise<void> {
  const now = deps.now();
  const job = await deps.jobs.claim(id, now, new Date(now.getTime() + LEASE_MS));
  if (!job?.content) return;
  const attempt = job.attempts;
  let progress = { rows_read: 0, stored: 0 };
  let lastWrite = 0;
  liveProgress.set(job.id, progress);
  try {
    const principal = job.created_by ? await deps.principalOf(job.created_by) : SYSTEM_PRINCIPAL;
    if (!principal)
      throw new VigieError('forbidden', 'the account that queued this import is disabled or deleted', 403);
    // The CSV and JSON readers load with the first job: a command that opens the store never needs them.
    const { readRows } = await import('../../intake/read-rows.ts');
    const rows = readRows(chunksOf(job.content), job.format, { kind: job.kind });
    const result = await deps.importers[job.kind]({ principal, address: 'import job' }, rows, {
      onProgress: ({ rows: read, inserted }) => {
        progress = { rows_read: read, stored: inserted };
        liveProgress.set(job.id, progress);
        if (Date.now() - lastWrite < PROGRESS_MS) return;
        lastWrite = Date.now();
        // Not awaited: the import's own transaction may hold the embedded store's only connection.
        void deps.jobs.progress(job.id, attempt, progress, new Date(Date.now() + LEASE_MS)).catch(() => undefined);
      },
    });
    await finish(deps, job, {
      state: 'done',
      rows_read: result.total,
      stored: result.inserted,
      already_there: result.skipped,
      problem_count: 0,
      problems: '[]',
      error: null,
    });
  } catch (error) {
    // A refusal is the job's outcome; a lost database is not: the job stays running and is taken again.
    if (!(error instanceof VigieError)) throw error;
    const problems: ImportJobProblem[] = error.details.map((issue) => ({
      row: issue.row,
      path: issue.path,
      message: issue.message,
      code: issue.code,
      params: issue.params,
    }));
    const counts =
      error instanceof ImportRefusedError
        ? { rows_read: error.total, problem_count: error.issueCount }
        : { rows_read: progress.rows_read, problem_count: problems.length };
    await finish(deps, job, {
      state: 'failed',
      ...counts,
      stored: 0,
      already_there: 0,
      problems: JSON.stringify(problems),
      error: error.message,
    });
  } finally {
    liveProgress.delete(job.id);
  }
}

/**
 * Queues again what waits too long or lost its instance (run every minute by each instance); at an
 * instance's start, every queued job (files queued from the command line while no server ran).
 */
export async function requeueStalledImportJobs(
  deps: ImportJobDeps,
  options: { allQueued?: boolean } = {},
): Promise<number> {
  const now = deps.now();
  const stalled = await deps.jobs.stalled(now, options.allQueued ? now : new Date(now.getTime() - deps.sweepMs));
  for (const job of stalled)
    await deps.work.submit(
      'import',
      { id: job.id },
      { key: `${job.id}:${job.attempts}:${Math.floor(now.getTime() / deps.sweepMs)}` },
    );
  return stalled.length;
}

type JobOutcome = Omit<Parameters<ImportJobRepository['finish']>[2], 'finished_at'>;

async function finish(deps: ImportJobDeps, job: ImportJobRow, changes: JobOutcome): Promise<void> {
  const ended = await deps.jobs.finish(job.id, job.attempts, { ...changes, finished_at: deps.now() });
  if (ended) await announce(deps, ended);
}

/** Tells the job's author that it ended (the page follows a running job by polling it). */
async function announce(deps: ImportJobDeps, job: ImportJobSummary): Promise<void> {
  const failed = job.state === 'failed';
  const titles: Record<ImportJobState, [string, string]> = {
    queued: [`Import en attente : ${job.file_name}`, `Import queued: ${job.file_name}`],
    running: [`Import en cours : ${job.file_name}`, `Import running: ${job.file_name}`],
    done: [
      `Import terminé : ${job.file_name} (${job.stored} ajoutés, ${job.already_there} déjà présents)`,
      `Import done: ${job.file_name} (${job.stored} added, ${job.already_there} already there)`,
    ],
    failed: [`Import refusé : ${job.file_name}`, `Import refused: ${job.file_name}`],
    cancelled: [`Import annulé : ${job.file_name}`, `Import cancelled: ${job.file_name}`],
  };
  const [title, titleEn] = titles[job.state];
  await deps.events
    .publish({
      type: 'import_job.updated',
      subjectId: job.id,
      severity: failed ? 'medium' : 'info',
      title,
      titleEn,
      access: { owner_org_id: job.owner_org_id, marking: 'GREEN', compartments: [], created_by: job.created_by },
      payload: job as unknown as Record<string, unknown>,
      userIds: job.created_by ? [job.created_by] : undefined,
    })
    .catch((error) => console.error('vigie: import job event not published', error));
}

function mayRead(principal: Principal, job: ImportJobSummary): boolean {
  return authorize(principal, { kind: 'manage-import-job', job }).allowed;
}

function withLiveProgress(job: ImportJobSummary): ImportJobSummary {
  const live = job.state === 'running' ? liveProgress.get(job.id) : undefined;
  return live ? { ...job, ...live } : job;
}

async function* chunksOf(content: Uint8Array): AsyncGenerator<Uint8Array> {
  for (let offset = 0; offset < content.length; offset += 1 << 20) yield content.subarray(offset, offset + (1 << 20));
}
