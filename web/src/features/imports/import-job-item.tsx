import { isActive, type ImportJob } from '../../api/imports-client.ts';
import { ConfirmButton } from '../../components/confirm-button.tsx';
import { issueText } from '../../api/error-words.ts';
import { getLang, locale, t, type MessageKey } from '../../i18n/i18n.ts';
import { dateTimeLabel } from '../../lib/dates.ts';

/** A size as people read it: "812 o", "14,2 ko", "3,1 Mo". */
export function sizeLabel(bytes: number): string {
  const number = (value: number) =>
    new Intl.NumberFormat(locale(), { maximumFractionDigits: value < 10 ? 1 : 0 }).format(value);
  if (bytes < 1024) return t('imports.size.B', { value: bytes });
  if (bytes < 1024 * 1024) return t('imports.size.kB', { value: number(bytes / 1024) });
  return t('imports.size.MB', { value: number(bytes / (1024 * 1024)) });
}

const count = (value: number) => new Intl.NumberFormat(locale()).format(value);

/** One import job: its file, state, progress and times; cancel while queued; a failure shows its error and problems. */
export function ImportJobItem({ job, busy, onCancel }: { job: ImportJob; busy: boolean; onCancel: () => void }) {
  const times = [
    t('imports.created', { date: dateTimeLabel(job.created_at) }),
    job.started_at && t('imports.started', { date: dateTimeLabel(job.started_at) }),
    job.finished_at && t('imports.finished', { date: dateTimeLabel(job.finished_at) }),
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <article
      class={`import-job import-job--${job.state}`}
      data-testid="import-job"
      data-id={job.id}
      data-state={job.state}
    >
      <header class="import-job__header">
        <strong class="import-job__name">{job.file_name}</strong>
        <span class={`badge import-state import-state--${job.state}`} data-testid="import-state">
          {t(`imports.state.${job.state}` as MessageKey)}
        </span>
        <span class="muted">
          {t(`imports.kind.${job.kind}` as MessageKey)} · {job.format.toUpperCase()} · {sizeLabel(job.size_bytes)}
        </span>
        {job.state === 'queued' && (
          <span class="import-job__actions" data-testid="import-cancel">
            <ConfirmButton
              label={t('imports.cancel')}
              confirmLabel={t('imports.cancelConfirm')}
              disabled={busy}
              onConfirm={onCancel}
            />
          </span>
        )}
      </header>
      {job.state === 'running' && <progress class="import-job__bar" aria-label={t('imports.progressLabel')} />}
      {(job.state === 'running' || job.state === 'done' || job.state === 'failed' || job.rows_read > 0) && (
        <p class="import-job__progress" data-testid="import-progress" aria-live={isActive(job) ? 'polite' : undefined}>
          {t('imports.progress', {
            read: count(job.rows_read),
            stored: count(job.stored),
            already: count(job.already_there),
          })}
        </p>
      )}
      <p class="muted import-job__times">
        {times}
        {job.created_by && <> · {t('imports.by', { user: job.created_by.username })}</>}
        {job.attempts > 1 && <> · {t('imports.attempts', { count: job.attempts })}</>}
      </p>
      {job.error && (
        // the server's summary is English: in French it points at the problems' table, worded from their codes
        <p class="field__error" data-testid="import-error">
          {t('imports.error', {
            message:
              getLang() === 'en'
                ? job.error
                : t(job.problems.length ? 'imports.error.seeProblems' : 'validation.generic'),
          })}
        </p>
      )}
      {job.problems.length > 0 && <ProblemTable job={job} />}
    </article>
  );
}

function ProblemTable({ job }: { job: ImportJob }) {
  return (
    <details class="import-job__problems" open={job.state === 'failed'} data-testid="import-problems">
      <summary>{t('imports.problems', { count: count(job.problem_count) })}</summary>
      {job.problem_count > job.problems.length && (
        <p class="muted">
          {t('imports.problemsShown', { shown: job.problems.length, count: count(job.problem_count) })}
        </p>
      )}
      <div class="table-wrap">
        <table class="table table--compact">
          <thead>
            <tr>
              <th scope="col">{t('imports.col.row')}</th>
              <th scope="col">{t('imports.col.field')}</th>
              <th scope="col">{t('imports.col.message')}</th>
            </tr>
          </thead>
          <tbody>
            {job.problems.map((problem, index) => (
              <tr key={index} data-testid="import-problem">
                <td>{problem.row ?? t('common.none')}</td>
                <td>
                  <code>{problem.path || t('common.none')}</code>
                </td>
                <td>{issueText(problem)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
