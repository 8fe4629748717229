import { EmptyState, ErrorBanner, Loading } from '../../components/status.tsx';
import { MarkingBadge } from '../../components/marking-badge.tsx';
import { t, useLang, type MessageKey } from '../../i18n/i18n.ts';
import { dateLabel } from '../../lib/dates.ts';
import { href, navigate, type Route } from '../../lib/router.ts';
import { useAsync } from '../../lib/use-async.ts';
import { ChipFilter, Pager } from '../alerts/alert-badges.tsx';
import { fugitivesApi, type Fugitive, personName } from '../escorts/escorts-client.ts';

const PAGE_SIZE = 25;
type StateFilter = 'wanted' | 'recaptured' | 'all';

/** The wanted list (`#/fugitives?state=&page=`): the wanted first, then the recaptured. */
export function FugitiveListPage({ route }: { route: Route }) {
  useLang();
  const state = (route.query.get('state') ?? 'all') as StateFilter;
  const page = Math.max(0, Number(route.query.get('page') ?? 0) || 0);
  const list = useAsync(
    () => fugitivesApi.list({ state: state === 'all' ? undefined : state, limit: PAGE_SIZE, offset: page * PAGE_SIZE }),
    [state, page],
  );
  const go = (next: { state?: string; page?: number }) =>
    navigate('/fugitives', { state: next.state ?? state, page: next.page ? String(next.page) : undefined }, true);
  return (
    <section class="page" aria-labelledby="fugitives-title">
      <h1 id="fugitives-title">{t('fugitives.title')}</h1>
      <p class="hint">{t('fugitives.intro')}</p>
      <ChipFilter<StateFilter>
        legend={t('escorts.filter.state')}
        value={state}
        testId="fugitive-state-filter"
        options={(['all', 'wanted', 'recaptured'] as StateFilter[]).map((value) => [
          value,
          value === 'all' ? t('fugitives.filter.all') : t(`fugitiveState.${value}` as MessageKey),
        ])}
        onChange={(value) => go({ state: value, page: 0 })}
      />
      {list.status === 'loading' && <Loading />}
      {list.status === 'error' && <ErrorBanner error={list.error} onRetry={list.reload} />}
      {list.status === 'ready' && list.data.items.length === 0 && (
        <EmptyState>
          <span data-testid="fugitives-empty">{t('fugitives.empty')}</span>
        </EmptyState>
      )}
      {list.status === 'ready' && list.data.items.length > 0 && (
        <>
          <p class="page__count" aria-live="polite">
            {t('fugitives.count', { count: list.data.total })}
          </p>
          <ul class="fugitive-list">
            {list.data.items.map((f) => (
              <li key={f.id}>
                <FugitiveLine fugitive={f} />
              </li>
            ))}
          </ul>
          <Pager
            page={page}
            pages={Math.max(1, Math.ceil(list.data.total / PAGE_SIZE))}
            onPage={(next) => go({ page: next })}
          />
        </>
      )}
    </section>
  );
}

function FugitiveLine({ fugitive }: { fugitive: Fugitive }) {
  return (
    <article class="fugitive-item" data-testid="fugitive-item" data-id={fugitive.id} data-state={fugitive.state}>
      <div class="fugitive-item__head">
        <a href={href(`/fugitives/${fugitive.id}`)}>{personName(fugitive.person) ?? t('escorts.protected')}</a>
        <span class={`state--${fugitive.state}`}>{t(`fugitiveState.${fugitive.state}` as MessageKey)}</span>
        <MarkingBadge marking={fugitive.marking} />
      </div>
      <p class="muted">
        {t('fugitives.escaped', { date: dateLabel(fugitive.escaped.start) })}
        {fugitive.escape_place && ` — ${fugitive.escape_place}`}
        {fugitive.recapture &&
          `, ${t('fugitives.recapturedOn', { date: dateLabel(fugitive.recapture.at), place: fugitive.recapture.place ?? t('common.none') })}`}
      </p>
    </article>
  );
}
