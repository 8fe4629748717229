import { useState } from 'preact/hooks';
import { Field, inputValue } from '../../components/form-fields.tsx';
import { ErrorBanner } from '../../components/status.tsx';
import { t, type MessageKey } from '../../i18n/i18n.ts';
import { useAsync } from '../../lib/use-async.ts';
import { fieldErrors } from './case-panels.tsx';
import { casesApi, type CaseDetail } from './cases-api.ts';

/** The case's tasks, and a new one given, if the writer wants, to a colleague who may work the case (the server decides who). */
export function TasksPanel({ detail, onChange }: { detail: CaseDetail; onChange: () => void }) {
  // only a writer gives tasks; the names also say to whom each listed task was given
  const assignees = useAsync(
    () => (detail.can_write ? casesApi.assignees(detail.id) : Promise.resolve({ items: [] })),
    [detail.id, detail.can_write],
  );
  const names = new Map((assignees.data?.items ?? []).map((account) => [account.id, account.name]));
  return (
    <section class="panel" aria-labelledby="case-tasks-title">
      <h2 id="case-tasks-title">{t('case.tasks')}</h2>
      {detail.tasks.length === 0 ? (
        <p class="muted">{t('case.tasks.empty')}</p>
      ) : (
        <ul class="case-list">
          {detail.tasks.map((task) => (
            <li key={task.id} data-testid="case-task">
              {task.title} <span class="badge">{t(`taskState.${task.state}` as MessageKey)}</span>
              {task.assignee_id && names.has(task.assignee_id) && (
                <span class="muted"> {t('case.tasks.givenTo', { name: names.get(task.assignee_id) ?? '' })}</span>
              )}
            </li>
          ))}
        </ul>
      )}
      {assignees.status === 'error' && <ErrorBanner error={assignees.error} onRetry={assignees.reload} />}
      {detail.can_write && <NewTaskForm caseId={detail.id} assignees={assignees.data?.items ?? []} onDone={onChange} />}
    </section>
  );
}

function NewTaskForm({
  caseId,
  assignees,
  onDone,
}: {
  caseId: string;
  assignees: Array<{ id: string; name: string }>;
  onDone: () => void;
}) {
  const [title, setTitle] = useState('');
  const [assignee, setAssignee] = useState('');
  const [error, setError] = useState<Error>();
  const send = async (event: Event) => {
    event.preventDefault();
    try {
      await casesApi.addTask(caseId, { title, ...(assignee ? { assignee_id: assignee } : {}) });
      setTitle('');
      setAssignee('');
      setError(undefined);
      onDone();
    } catch (caught) {
      setError(caught as Error);
    }
  };
  const worded = fieldErrors(error, 'title').length + fieldErrors(error, 'assignee_id').length > 0;
  return (
    <form class="case-inline-form" onSubmit={send}>
      <Field id="case-task-title" label={t('case.tasks.title')} errors={fieldErrors(error, 'title')}>
        {(aria) => <input {...aria} value={title} onInput={(event) => setTitle(inputValue(event))} />}
      </Field>
      <Field id="case-task-assignee" label={t('case.tasks.assignee')} errors={fieldErrors(error, 'assignee_id')}>
        {(aria) => (
          <select {...aria} value={assignee} onChange={(event) => setAssignee(inputValue(event))}>
            <option value="">{t('case.tasks.nobody')}</option>
            {assignees.map((account) => (
              <option key={account.id} value={account.id}>
                {account.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <button type="submit" class="button" data-testid="case-task-title-submit">
        {t('case.tasks.add')}
      </button>
      {error && !worded && <ErrorBanner error={error} />}
    </form>
  );
}
