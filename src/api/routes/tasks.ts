import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { VigieContext } from '../../context.ts';
import { taskCommentSchema, taskListQuerySchema, taskPatchSchema } from '../../core/tasks/task.schema.ts';
import {
  commentTask,
  getTask,
  listPlaybooks,
  listTasks,
  taskAssignees,
  updateTask,
} from '../../core/tasks/task.service.ts';
import { taskContexts } from '../../core/alerts/response-context.ts';
import {
  playbookSchema,
  presentAssignee,
  presentComment,
  presentPlaybook,
  presentTask,
  taskAssigneeSchema,
  taskCommentSchema as commentView,
  taskSchema,
} from '../presenters/alert.presenter.ts';
import { body, idParam, itemsOf, jsonOf, pageOf, refusals } from './route-parts.ts';
import type { ApiEnv } from '../api-env.ts';

/** /api/tasks and /api/playbooks: the response to alerts. */
export function taskRoutes(context: VigieContext) {
  const app = new OpenAPIHono<ApiEnv>();
  const deps = context.alerts.tasks;

  app.openapi(
    createRoute({
      method: 'get',
      path: '/tasks',
      tags: ['tasks'],
      summary: 'Tasks the caller may read: filter by state, assignee=me, org=mine, overdue=true, alert_id',
      request: { query: taskListQuerySchema },
      responses: { 200: jsonOf(pageOf(taskSchema), 'A page of tasks'), ...refusals },
    }),
    async (c) => {
      const query = c.req.valid('query');
      const page = await listTasks(deps, c.get('caller'), query);
      const contexts = await taskContexts(context.responses, c.get('caller').principal, page.items);
      return c.json(
        {
          items: page.items.map((row) => presentTask(row, deps.now(), contexts.get(row.id))),
          total: page.total,
          limit: query.limit,
          offset: query.offset,
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/tasks/{id}',
      tags: ['tasks'],
      summary: 'A task with its comments',
      request: { params: idParam },
      responses: { 200: jsonOf(taskSchema.extend({ comments: z.array(commentView) }), 'The task'), ...refusals },
    }),
    async (c) => {
      const { task, comments } = await getTask(deps, c.get('caller'), c.req.valid('param').id);
      const contexts = await taskContexts(context.responses, c.get('caller').principal, [task]);
      return c.json(
        { ...presentTask(task, deps.now(), contexts.get(task.id)), comments: comments.map(presentComment) },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/tasks/{id}/assignees',
      tags: ['tasks'],
      summary: "The accounts of the caller's organisation the task may be given to (those who may work it)",
      request: { params: idParam },
      responses: { 200: jsonOf(itemsOf(taskAssigneeSchema), 'Accounts'), ...refusals },
    }),
    async (c) =>
      c.json(
        {
          items: (await taskAssignees(deps, c.get('caller'), c.req.valid('param').id)).map(presentAssignee),
        },
        200,
      ),
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/tasks/{id}',
      tags: ['tasks'],
      summary:
        'Change state, assignee (an account of your organisation that may work the task; audited) or due time at the version read (analysts and above)',
      request: { params: idParam, ...body(taskPatchSchema) },
      responses: { 200: jsonOf(taskSchema, 'The task'), ...refusals },
    }),
    async (c) => {
      const task = await updateTask(deps, c.get('caller'), c.req.valid('param').id, c.req.valid('json'));
      return c.json(
        presentTask(
          task,
          deps.now(),
          (await taskContexts(context.responses, c.get('caller').principal, [task])).get(task.id),
        ),
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/tasks/{id}/comments',
      tags: ['tasks'],
      summary: 'Comment on a task (analysts and above)',
      request: { params: idParam, ...body(taskCommentSchema) },
      responses: { 201: jsonOf(commentView, 'The comment'), ...refusals },
    }),
    async (c) =>
      c.json(
        presentComment(await commentTask(deps, c.get('caller'), c.req.valid('param').id, c.req.valid('json').text)),
        201,
      ),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/playbooks',
      tags: ['tasks'],
      summary: 'Playbooks and their task templates',
      responses: { 200: jsonOf(itemsOf(playbookSchema), 'Playbooks') },
    }),
    async (c) => c.json({ items: (await listPlaybooks(deps)).map(presentPlaybook) }, 200),
  );
  return app;
}
