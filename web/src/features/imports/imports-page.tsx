import { errorText } from '../../api/error-words.ts';
import { useState } from 'preact/hooks';
import { importsApi } from '../../api/imports-client.ts';
import { EmptyState, ErrorBanner, Loading } from '../../components/status.tsx';
import { t, useLang } from '../../i18n/i18n.ts';
import { navigate, type Route } from '../../lib/router.ts';
import { ImportJobItem } from './import-job-item.tsx';
import { UploadForm } from './upload-form.tsx';
import { PAGE_SIZE, useImportJobs } from './use-import-jobs.ts';

/**
 * `#/imports`: send a file of incidents or seizures to be imported in the background, and follow the
 * jobs (yours; every job for an administrator) newest first, 20 a page, live while they run.
 */
export function ImportsPage({ route }: { route: Route }) {
  useLang();
  const page = Math.max(0, Number(route.query.get('page') ?? 0) || 0);
  const jobs = useImportJobs(page);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const pages = jobs.data ? Math.max(1, Math.ceil(jobs.data.total / PAGE_SIZE)) : 1;
  const go = (next: number) => navigate('/imports', { page: next ? String(next) : undefined }, true);

  const cancel = (id: string) => {
    setBusy(true);
    setError(undefined);
    importsApi
      .cancel(id)
      .then(jobs.replace, (e: unknown) => {
        setError(errorText(e as Error));
        jobs.reload();
      })
      .finally(() => setBusy(false));
  };
  // A new job shows on the first page, where the newest are.
  const queued = () => {
    if (page === 0) jobs.reload();
    else go(0);
  };

  return (
    <section class="page" aria-labelledby="imports-title">
      <h1 id="imports-title">{t('imports.title')}</h1>
      <p class="hint">{t('imports.intro')}</p>
      <UploadForm onQueued={queued} />
      <h2>{t('imports.jobs')}</h2>
      {error && <ErrorBanner error={error} />}
      {jobs.status === 'loading' && <Loading />}
      {jobs.status === 'error' && <ErrorBanner error={jobs.error} onRetry={jobs.reload} />}
      {jobs.status === 'ready' && jobs.data.items.length === 0 && page === 0 && (
        <EmptyState>
          <span data-testid="imports-empty">{t('imports.empty')}</span>
        </EmptyState>
      )}
      {jobs.status === 'ready' && (jobs.data.items.length > 0 || page > 0) && (
        <>
          <p class="page__count" data-testid="imports-count">
            {t('imports.count', { count: jobs.data.total })}
          </p>
          <ul class="import-list">
            {jobs.data.items.map((job) => (
              <li key={job.id}>
                <ImportJobItem job={job} busy={busy} onCancel={() => cancel(job.id)} />
              </li>
            ))}
          </ul>
          {pages > 1 && (
            <nav class="list-footer" aria-label={t('imports.page', { page: page + 1, pages })}>
              <button type="button" class="button" disabled={page === 0} onClick={() => go(page - 1)}>
                {t('imports.previous')}
              </button>
              <span>{t('imports.page', { page: page + 1, pages })}</span>
              <button type="button" class="button" disabled={page + 1 >= pages} onClick={() => go(page + 1)}>
                {t('imports.next')}
              </button>
            </nav>
          )}
        </>
      )}
    </section>
  );
}
