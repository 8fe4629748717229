import { sql, type Kysely, type Updateable } from 'kysely';
import type { ImportJobScope } from '../core/shared/principal.ts';
import type { DB, ImportJobRow, ImportJobState, ImportJobTable } from './schema.ts';

/** Every column but the file itself: what lists and progress read. */
const COLUMNS = [
  'id',
  'kind',
  'format',
  'file_name',
  'size_bytes',
  'sha256',
  'state',
  'rows_read',
  'stored',
  'already_there',
  'problem_count',
  'problems',
  'error',
  'attempts',
  'lease_until',
  'created_by',
  'owner_org_id',
  'created_at',
  'started_at',
  'finished_at',
] as const;
export type ImportJobSummary = Omit<ImportJobRow, 'content'>;

/** The SQL of import jobs. */
export class ImportJobRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async insert(job: {
    id: string;
    kind: ImportJobRow['kind'];
    format: ImportJobRow['format'];
    file_name: string;
    content: Uint8Array;
    size_bytes: number;
    sha256: string;
    created_by: string | null;
    owner_org_id: string;
  }): Promise<ImportJobSummary> {
    return this.db
      .insertInto('import_jobs')
      .values({ ...job, problems: '[]' })
      .returning(COLUMNS)
      .executeTakeFirstOrThrow();
  }

  find(id: string): Promise<ImportJobSummary | undefined> {
    return this.db.selectFrom('import_jobs').select(COLUMNS).where('id', '=', id).executeTakeFirst();
  }

  /** A page of the jobs `scope` sees (the SQL twin of the `manage-import-job` action). */
  async list(filter: {
    scope: ImportJobScope;
    states?: ImportJobState[];
    limit: number;
    offset: number;
  }): Promise<{ items: ImportJobSummary[]; total: number }> {
    let query = this.db.selectFrom('import_jobs');
    const scope = filter.scope;
    if (!scope.all) {
      const { createdBy, organisationId } = scope;
      query = query.where((eb) =>
        organisationId === undefined
          ? eb('created_by', '=', createdBy)
          : eb.or([eb('created_by', '=', createdBy), eb('owner_org_id', '=', organisationId)]),
      );
    }
    if (filter.states?.length) query = query.where('state', 'in', filter.states);
    const [items, count] = await Promise.all([
      query
        .select(COLUMNS)
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(filter.limit)
        .offset(filter.offset)
        .execute(),
      query.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
    ]);
    return { items, total: Number(count.n) };
  }

  /**
   * Takes a job to run it, with its file: a queued job, or a running one whose holder's lease ran out
   * (its instance died). Null when another instance has it or it has ended.
   */
  async claim(id: string, now: Date, leaseUntil: Date): Promise<ImportJobRow | undefined> {
    return this.db
      .updateTable('import_jobs')
      .set((eb) => ({
        state: 'running',
        attempts: eb('attempts', '+', 1),
        lease_until: leaseUntil,
        started_at: sql`coalesce(started_at, ${now})`,
      }))
      .where('id', '=', id)
      .where('content', 'is not', null)
      .where((eb) =>
        eb.or([eb('state', '=', 'queued'), eb.and([eb('state', '=', 'running'), eb('lease_until', '<', now)])]),
      )
      .returningAll()
      .executeTakeFirst();
  }

  /** Progress of a running job, renewing its lease; false when the job is no longer this run's. */
  async progress(
    id: string,
    attempt: number,
    changes: { rows_read: number; stored: number },
    leaseUntil: Date,
  ): Promise<boolean> {
    const result = await this.db
      .updateTable('import_jobs')
      .set({ ...changes, lease_until: leaseUntil })
      .where('id', '=', id)
      .where('state', '=', 'running')
      .where('attempts', '=', attempt)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  /** Ends a run: its counts, problems or error; the file is dropped. */
  finish(
    id: string,
    attempt: number,
    changes: Pick<
      Updateable<ImportJobTable>,
      'state' | 'rows_read' | 'stored' | 'already_there' | 'problem_count' | 'problems' | 'error' | 'finished_at'
    >,
  ): Promise<ImportJobSummary | undefined> {
    return this.db
      .updateTable('import_jobs')
      .set({ ...changes, content: null, lease_until: null })
      .where('id', '=', id)
      .where('state', '=', 'running')
      .where('attempts', '=', attempt)
      .returning(COLUMNS)
      .executeTakeFirst();
  }

  cancel(id: string, now: Date): Promise<ImportJobSummary | undefined> {
    return this.db
      .updateTable('import_jobs')
      .set({ state: 'cancelled', content: null, finished_at: now })
      .where('id', '=', id)
      .where('state', '=', 'queued')
      .returning(COLUMNS)
      .executeTakeFirst();
  }

  /** Jobs waiting too long or whose runner's lease ran out: queued again by the sweep. */
  async stalled(now: Date, queuedBefore: Date): Promise<Array<{ id: string; attempts: number }>> {
    return this.db
      .selectFrom('import_jobs')
      .select(['id', 'attempts'])
      .where((eb) =>
        eb.or([
          eb.and([eb('state', '=', 'queued'), eb('created_at', '<', queuedBefore)]),
          eb.and([eb('state', '=', 'running'), eb('lease_until', '<', now)]),
        ]),
      )
      .orderBy('created_at')
      .limit(100)
      .execute();
  }
}
