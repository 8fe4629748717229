import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { ReadScope } from '../core/shared/principal.ts';
import { readableBy } from './read-scope.ts';
import type { DB, PlaybookRow, TaskCommentRow, TaskRow } from './schema.ts';

export type NewTask = Omit<TaskRow, 'version' | 'state' | 'overdue_notified_at' | 'assignee_id' | 'case_id'> & {
  assignee_id?: string | null;
  case_id?: string | null;
};
export type TaskChanges = Partial<Pick<TaskRow, 'state' | 'assignee_id' | 'due_at' | 'title' | 'overdue_notified_at'>>;
export interface TaskFilter {
  state?: string[];
  assignee?: string;
  ownerOrg?: string;
  alertId?: string;
  overdueAt?: Date;
}

const LIVE = ['open', 'in_progress'];

/** The SQL of playbooks, tasks and their comments. */
export class TaskRepository {
  constructor(private readonly db: Kysely<DB>) {}

  playbooks(): Promise<PlaybookRow[]> {
    return this.db.selectFrom('playbooks').selectAll().orderBy('id').execute();
  }

  findPlaybook(id: string): Promise<PlaybookRow | undefined> {
    return this.db.selectFrom('playbooks').selectAll().where('id', '=', id).executeTakeFirst();
  }

  async insertMany(tasks: NewTask[]): Promise<TaskRow[]> {
    if (tasks.length === 0) return [];
    return this.db.insertInto('tasks').values(tasks).returningAll().execute();
  }

  findById(id: string): Promise<TaskRow | undefined> {
    return this.db.selectFrom('tasks').selectAll().where('id', '=', id).executeTakeFirst();
  }

  ofAlert(alertId: string): Promise<TaskRow[]> {
    return this.db
      .selectFrom('tasks')
      .selectAll()
      .where('alert_id', '=', alertId)
      .orderBy('position')
      .orderBy('id')
      .execute();
  }

  list(scope: ReadScope, filter: TaskFilter, limit: number, offset: number): Promise<TaskRow[]> {
    return this.filtered(scope, filter)
      .selectAll()
      .orderBy('due_at', (ob) => ob.asc().nullsLast())
      .orderBy('position')
      .orderBy('id')
      .limit(limit)
      .offset(offset)
      .execute();
  }

  async count(scope: ReadScope, filter: TaskFilter): Promise<number> {
    const row = await this.filtered(scope, filter)
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  private filtered(scope: ReadScope, filter: TaskFilter) {
    let query = this.db.selectFrom('tasks').where(readableBy<'tasks'>(scope));
    if (filter.state?.length) query = query.where('state', 'in', filter.state);
    if (filter.assignee) query = query.where('assignee_id', '=', filter.assignee);
    if (filter.ownerOrg) query = query.where('owner_org_id', '=', filter.ownerOrg);
    if (filter.alertId) query = query.where('alert_id', '=', filter.alertId);
    if (filter.overdueAt) query = query.where('state', 'in', LIVE).where('due_at', '<', filter.overdueAt);
    return query;
  }

  updateIfVersion(id: string, version: number, changes: TaskChanges): Promise<TaskRow | undefined> {
    return this.db
      .updateTable('tasks')
      .set({ ...changes, version: version + 1, updated_at: new Date() })
      .where('id', '=', id)
      .where('version', '=', version)
      .returningAll()
      .executeTakeFirst();
  }

  /** Live tasks past their due time not yet announced as overdue. */
  overdueUnannounced(now: Date): Promise<TaskRow[]> {
    return this.db
      .selectFrom('tasks')
      .selectAll()
      .where('state', 'in', LIVE)
      .where('due_at', '<', now)
      .where('overdue_notified_at', 'is', null)
      .limit(500)
      .execute();
  }

  /** Marks a task announced as overdue; false when another check did it first. */
  async markOverdueAnnounced(id: string, at: Date): Promise<boolean> {
    const result = await this.db
      .updateTable('tasks')
      .set({ overdue_notified_at: at })
      .where('id', '=', id)
      .where('overdue_notified_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  async addComment(comment: Omit<TaskCommentRow, 'id'>): Promise<TaskCommentRow> {
    return this.db
      .insertInto('task_comments')
      .values({ id: randomUUID(), ...comment })
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  comments(taskId: string): Promise<TaskCommentRow[]> {
    return this.db
      .selectFrom('task_comments')
      .selectAll()
      .where('task_id', '=', taskId)
      .orderBy('at')
      .orderBy('id')
      .execute();
  }
}
