import { issueText } from '../../api/error-words.ts';
import { useState } from 'preact/hooks';
import { ApiError } from '../../api/http.ts';
import type { Marking } from '../../api/types.ts';
import { Field, inputValue } from '../../components/form-fields.tsx';
import { MarkingBadge } from '../../components/marking-badge.tsx';
import { EmptyState, ErrorBanner, Loading } from '../../components/status.tsx';
import { t, useLang, type MessageKey } from '../../i18n/i18n.ts';
import { dateTimeLabel } from '../../lib/dates.ts';
import { href, navigate, type Route } from '../../lib/router.ts';
import { useAsync } from '../../lib/use-async.ts';
import { ChipFilter, Pager } from '../alerts/alert-badges.tsx';
import { CASE_STATES, casesApi, type CaseSummary } from './cases-api.ts';

const PAGE_SIZE = 25;
type StateFilter = 'all' | (typeof CASE_STATES)[number];
const MARKINGS = ['CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED'];

/** The cases list (`#/cases?state=&q=&page=`): open cases by default, newest change first, and the form to open one. */
export function CaseListPage({ route }: { route: Route }) {
  useLang();
  const state = (route.query.get('state') ?? 'open') as StateFilter;
  const q = route.query.get('q') ?? '';
  const page = Math.max(0, Number(route.query.get('page') ?? 0) || 0);
  const cases = useAsync(
    () =>
      casesApi.list({
        state: state === 'all' ? undefined : [state],
        q: q || undefined,
        limit: PAGE_SIZE,
        offset: page * PAGE_SIZE,
      }),
    [state, q, page],
  );
  const go = (next: { state?: string; q?: string; page?: number }) =>
    navigate(
      '/cases',
      {
        state: next.state ?? state,
        q: (next.q ?? q) || undefined,
        page: next.page ? String(next.page) : undefined,
      },
      true,
    );
  const pages = cases.data ? Math.max(1, Math.ceil(cases.data.total / PAGE_SIZE)) : 1;

  return (
    <section class="page" aria-labelledby="cases-title">
      <div class="page__header">
        <h1 id="cases-title">{t('cases.title')}</h1>
      </div>
      <p class="hint">{t('cases.intro')}</p>
      <NewCaseForm />
      <div class="alert-filters">
        <ChipFilter<StateFilter>
          legend={t('cases.filter.state')}
          value={state}
          testId="case-state-filter"
          options={([...CASE_STATES, 'all'] as StateFilter[]).map((value) => [
            value,
            value === 'all' ? t('cases.filter.all') : t(`caseState.${value}` as MessageKey),
          ])}
          onChange={(value) => go({ state: value, page: 0 })}
        />
        <div class="field">
          <label for="case-search">{t('cases.search')}</label>
          <input id="case-search" type="search" value={q} onChange={(event) => go({ q: inputValue(event), page: 0 })} />
        </div>
      </div>
      {cases.status === 'loading' && <Loading />}
      {cases.status === 'error' && <ErrorBanner error={cases.error} onRetry={cases.reload} />}
      {cases.status === 'ready' && cases.data.items.length === 0 && (
        <EmptyState>
          <span data-testid="cases-empty">{t('cases.empty')}</span>
        </EmptyState>
      )}
      {cases.status === 'ready' && cases.data.items.length > 0 && (
        <>
          <p class="page__count" aria-live="polite">
            {t('cases.count', { count: cases.data.total })}
          </p>
          <ul class="alert-list">
            {cases.data.items.map((row) => (
              <li key={row.id}>
                <CaseLine row={row} />
              </li>
            ))}
          </ul>
          <Pager page={page} pages={pages} onPage={(next) => go({ page: next })} />
        </>
      )}
    </section>
  );
}

function CaseLine({ row }: { row: CaseSummary }) {
  return (
    <article class="alert-item" data-testid="case-item" data-id={row.id} data-state={row.state}>
      <div class="alert-item__head">
        <span class="case-ref">{row.reference}</span>
        <a class="alert-item__title" href={href(`/cases/${row.id}`)}>
          {row.title}
        </a>
        <span class={`badge case-state case-state--${row.state}`}>{t(`caseState.${row.state}` as MessageKey)}</span>
      </div>
      <p class="alert-item__meta muted">
        {t('cases.lead', { org: row.lead_org ?? row.lead_org_id })}
        {' · '}
        {dateTimeLabel(row.updated_at)} <MarkingBadge marking={row.marking} />
      </p>
    </article>
  );
}

/** Opens a case and goes to its page; the server's refusals show under their field. */
function NewCaseForm() {
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState('');
  const [summary, setSummary] = useState('');
  const [marking, setMarking] = useState<Marking>('AMBER');
  const [error, setError] = useState<ApiError | Error>();
  const [busy, setBusy] = useState(false);
  const errorsOf = (path: string) =>
    error instanceof ApiError ? error.details.filter((d) => d.path === path).map(issueText) : [];
  if (!open)
    return (
      <p>
        <button type="button" class="button button--primary" data-testid="case-new" onClick={() => setOpen(true)}>
          {t('cases.new')}
        </button>
      </p>
    );
  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    try {
      const created = await casesApi.create({ title, summary: summary || undefined, marking });
      navigate(`/cases/${created.id}`);
    } catch (caught) {
      setError(caught as Error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form class="panel case-form" onSubmit={submit} data-testid="case-form" noValidate>
      <h2>{t('cases.new')}</h2>
      {error && !(error instanceof ApiError && error.details.length) && <ErrorBanner error={error} />}
      <Field id="case-title" label={t('cases.new.title')} errors={errorsOf('title')}>
        {(aria) => <input {...aria} value={title} required onInput={(event) => setTitle(inputValue(event))} />}
      </Field>
      <Field id="case-summary" label={t('cases.new.summary')} errors={errorsOf('summary')}>
        {(aria) => <textarea {...aria} rows={3} value={summary} onInput={(event) => setSummary(inputValue(event))} />}
      </Field>
      <Field id="case-marking" label={t('cases.new.marking')} errors={errorsOf('marking')}>
        {(aria) => (
          <select {...aria} value={marking} onChange={(event) => setMarking(inputValue(event) as Marking)}>
            {MARKINGS.map((m) => (
              <option key={m} value={m}>
                TLP:{m}
              </option>
            ))}
          </select>
        )}
      </Field>
      <button type="submit" class="button button--primary" disabled={busy}>
        {t('cases.new.submit')}
      </button>
    </form>
  );
}
