import { useState } from 'preact/hooks';
import { tasksApi } from '../../api/alerts-client.ts';
import { TASK_STATES, type Task, type TaskComment, type TaskContext, type TaskState } from '../../api/alerts-types.ts';
import { StaffLine } from '../alerts/staff-line.tsx';
import { alertTitle, incidentLine } from '../alerts/alert-words.ts';
import { ApiError } from '../../api/http.ts';
import { inputValue } from '../../components/form-fields.tsx';
import { ErrorBanner, Loading } from '../../components/status.tsx';
import { getLang, t, type MessageKey } from '../../i18n/i18n.ts';
import { dateTimeLabel } from '../../lib/dates.ts';
import { href } from '../../lib/router.ts';
import { useAsync } from '../../lib/use-async.ts';
import { useUser } from '../auth/session.ts';

/** The title of a task in the reader's language (playbooks carry both). */
export const taskTitle = (task: Task) => (getLang() === 'en' && task.title_en ? task.title_en : task.title);

/** Tasks as cards: state select, assign to me or to a colleague, comments. `onChanged` reloads the list after a change. */
export function TaskList({
  tasks,
  onChanged,
  showAlert = false,
}: {
  tasks: Task[];
  onChanged: () => void;
  showAlert?: boolean;
}) {
  return (
    <ul class="task-list">
      {tasks.map((task) => (
        <li key={task.id}>
          <TaskCard task={task} onChanged={onChanged} showAlert={showAlert} />
        </li>
      ))}
    </ul>
  );
}

function TaskCard({ task, onChanged, showAlert }: { task: Task; onChanged: () => void; showAlert: boolean }) {
  const user = useUser();
  const [busy, setBusy] = useState(false);
  // an Error, not its message: ErrorBanner words the server's code in the reader's language
  const [error, setError] = useState<Error | string>();
  const [open, setOpen] = useState(false);
  const [assigning, setAssigning] = useState(false);
  const update = (change: { state?: TaskState; assignee_id?: string | null }) => {
    setBusy(true);
    setError(undefined);
    tasksApi
      .update(task.id, { version: task.version, ...change })
      .then(onChanged, (e: unknown) => {
        if (e instanceof ApiError && e.status === 409) {
          setError(t('tasks.conflict'));
          onChanged();
        } else setError(e instanceof Error ? e : String(e));
      })
      .finally(() => setBusy(false));
  };
  const selectId = `task-state-${task.id}`;
  return (
    <article
      class={`task-card task-card--${task.state}${task.overdue ? ' task-card--overdue' : ''}`}
      data-testid="task-card"
      data-id={task.id}
      data-state={task.state}
    >
      {error && <ErrorBanner error={error} />}
      <div class="task-card__head">
        <strong class="task-card__title" data-testid="task-title">
          {taskTitle(task)}
        </strong>
        {task.overdue && (
          <span class="badge badge--refuted" data-testid="task-overdue">
            {t('tasks.overdue')}
          </span>
        )}
      </div>
      {task.context && <TaskContextLines context={task.context} showAlert={showAlert} />}
      <p class="muted task-card__meta" data-testid="task-meta">
        {task.due_at ? t('tasks.due', { date: dateTimeLabel(task.due_at) }) : t('response.task.noDue')}
        {' · '}
        {task.assignee_id === user.id
          ? t('tasks.assignedToMe')
          : task.context?.assignee
            ? t('response.task.assignee', { name: task.context.assignee })
            : t('response.task.unassigned')}
        {showAlert && task.alert_id && !task.context?.alert && (
          <>
            {' '}
            · <a href={href(`/alerts/${task.alert_id}`)}>{t('tasks.alert')}</a>
          </>
        )}
      </p>
      <div class="decision-panel__row">
        <label for={selectId}>{t('tasks.state')}</label>
        <select
          id={selectId}
          value={task.state}
          disabled={busy}
          data-testid="task-state"
          onChange={(event) => update({ state: inputValue(event) as TaskState })}
        >
          {TASK_STATES.map((state) => (
            <option key={state} value={state}>
              {t(`taskState.${state}` as MessageKey)}
            </option>
          ))}
        </select>
        {task.assignee_id !== user.id && (
          <button
            type="button"
            class="button button--small"
            disabled={busy}
            onClick={() => update({ assignee_id: user.id })}
          >
            {t('tasks.assignMe')}
          </button>
        )}
        <button
          type="button"
          class="button button--small button--ghost"
          aria-expanded={assigning}
          data-testid="task-assign-toggle"
          onClick={() => setAssigning(!assigning)}
        >
          {t('tasks.assign.open')}
        </button>
        <button
          type="button"
          class="button button--small button--ghost"
          aria-expanded={open}
          data-testid="task-comments-toggle"
          onClick={() => setOpen(!open)}
        >
          {t('tasks.comments')}
        </button>
      </div>
      {assigning && (
        <AssignForm
          task={task}
          busy={busy}
          onAssign={(assignee_id) => {
            setAssigning(false);
            update({ assignee_id });
          }}
        />
      )}
      {open && <TaskComments taskId={task.id} />}
    </article>
  );
}

/** What a task is about: its alert (in the reader's words), its sites, the incidents behind it. */
function TaskContextLines({ context, showAlert }: { context: TaskContext; showAlert: boolean }) {
  return (
    <div class="task-card__context" data-testid="task-context">
      {context.alert && (
        <p data-testid="task-about">
          {showAlert ? (
            <a href={href(`/alerts/${context.alert.id}`)}>
              {t('response.task.about', { about: alertTitle(context.alert) })}
            </a>
          ) : (
            t('response.task.about', { about: alertTitle(context.alert) })
          )}
        </p>
      )}
      {context.sites.length > 0 && (
        <p data-testid="task-sites">{t('response.task.sites', { sites: context.sites.join(', ') })}</p>
      )}
      {context.incidents.length > 0 && (
        <ul class="task-card__incidents">
          {context.incidents.slice(0, 5).map((incident) => (
            <li key={incident.id} data-testid="task-incident">
              <a href={href(`/incidents/${incident.id}`)}>{incidentLine(incident)}</a>
              {incident.staff && <StaffLine staff={incident.staff} />}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Gives the task to an account of the reader's organisation that may work it (the server decides who). */
function AssignForm({ task, busy, onAssign }: { task: Task; busy: boolean; onAssign: (id: string) => void }) {
  const assignees = useAsync(() => tasksApi.assignees(task.id), [task.id]);
  const [choice, setChoice] = useState('');
  const selectId = `task-assignee-${task.id}`;
  const others = assignees.data?.items.filter((account) => account.id !== task.assignee_id) ?? [];
  return (
    <form
      class="decision-panel__row"
      data-testid="task-assign"
      onSubmit={(event) => {
        event.preventDefault();
        if (choice) onAssign(choice);
      }}
    >
      {assignees.status === 'loading' && <Loading />}
      {assignees.status === 'error' && <ErrorBanner error={assignees.error} onRetry={assignees.reload} />}
      {assignees.status === 'ready' && others.length === 0 && <p class="muted">{t('tasks.assign.nobody')}</p>}
      {others.length > 0 && (
        <>
          <label for={selectId}>{t('tasks.assign.to')}</label>
          <select id={selectId} value={choice} onChange={(event) => setChoice(inputValue(event))}>
            <option value="">{t('common.choose')}</option>
            {others.map((account) => (
              <option key={account.id} value={account.id}>
                {account.name}
              </option>
            ))}
          </select>
          <button
            type="submit"
            class="button button--small"
            disabled={busy || !choice}
            data-testid="task-assign-submit"
          >
            {t('tasks.assign.submit')}
          </button>
        </>
      )}
    </form>
  );
}

function TaskComments({ taskId }: { taskId: string }) {
  const detail = useAsync(() => tasksApi.get(taskId), [taskId]);
  const [text, setText] = useState('');
  // an Error, not its message: ErrorBanner words the server's code in the reader's language
  const [error, setError] = useState<Error | string>();
  const [busy, setBusy] = useState(false);
  const send = (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    tasksApi
      .comment(taskId, text.trim())
      .then(
        () => {
          setText('');
          detail.reload();
        },
        (e: unknown) => setError(e instanceof Error ? e : String(e)),
      )
      .finally(() => setBusy(false));
  };
  const inputId = `task-comment-${taskId}`;
  return (
    <div class="task-comments" data-testid="task-comments">
      {detail.status === 'loading' && <Loading />}
      {detail.status === 'error' && <ErrorBanner error={detail.error} onRetry={detail.reload} />}
      {detail.status === 'ready' &&
        (detail.data.comments.length === 0 ? (
          <p class="muted">{t('tasks.noComments')}</p>
        ) : (
          <ul>
            {detail.data.comments.map((comment: TaskComment) => (
              <li key={comment.id} data-testid="task-comment">
                <span class="muted">
                  {dateTimeLabel(comment.at)} · {comment.author} :
                </span>{' '}
                {comment.text}
              </li>
            ))}
          </ul>
        ))}
      {error && <ErrorBanner error={error} />}
      <form class="decision-panel__row" onSubmit={send}>
        <label for={inputId}>{t('tasks.comment')}</label>
        <input id={inputId} value={text} onInput={(event) => setText(inputValue(event))} />
        <button type="submit" class="button button--small" disabled={busy || !text.trim()}>
          {t('tasks.send')}
        </button>
      </form>
    </div>
  );
}
