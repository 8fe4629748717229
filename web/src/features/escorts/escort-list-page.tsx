import { EmptyState, ErrorBanner, Loading } from '../../components/status.tsx';
import { MarkingBadge } from '../../components/marking-badge.tsx';
import { t, useLang, type MessageKey } from '../../i18n/i18n.ts';
import { dateTimeLabel } from '../../lib/dates.ts';
import { href, navigate, type Route } from '../../lib/router.ts';
import { useAsync } from '../../lib/use-async.ts';
import { ChipFilter, Pager } from '../alerts/alert-badges.tsx';
import { LevelBadge } from './escort-badges.tsx';
import { escortsApi, type Escort, personName } from './escorts-client.ts';

const PAGE_SIZE = 25;
const STATES = ['planned', 'in_progress', 'completed', 'cancelled'] as const;
type StateFilter = (typeof STATES)[number] | 'all';

/** Escorts by planned time (`#/escorts?state=&page=`), planned ones by default, flagged when planned below the recommendation. */
export function EscortListPage({ route }: { route: Route }) {
  useLang();
  const state = (route.query.get('state') ?? 'planned') as StateFilter;
  const page = Math.max(0, Number(route.query.get('page') ?? 0) || 0);
  const escorts = useAsync(
    () => escortsApi.list({ state: state === 'all' ? undefined : [state], limit: PAGE_SIZE, offset: page * PAGE_SIZE }),
    [state, page],
  );
  const go = (next: { state?: string; page?: number }) =>
    navigate('/escorts', { state: next.state ?? state, page: next.page ? String(next.page) : undefined }, true);
  return (
    <section class="page" aria-labelledby="escorts-title">
      <h1 id="escorts-title">{t('escorts.title')}</h1>
      <p class="hint">{t('escorts.intro')}</p>
      <ChipFilter<StateFilter>
        legend={t('escorts.filter.state')}
        value={state}
        testId="escort-state-filter"
        options={([...STATES, 'all'] as StateFilter[]).map((value) => [
          value,
          value === 'all' ? t('escorts.filter.all') : t(`escortState.${value}` as MessageKey),
        ])}
        onChange={(value) => go({ state: value, page: 0 })}
      />
      {escorts.status === 'loading' && <Loading />}
      {escorts.status === 'error' && <ErrorBanner error={escorts.error} onRetry={escorts.reload} />}
      {escorts.status === 'ready' && escorts.data.items.length === 0 && (
        <EmptyState>
          <span data-testid="escorts-empty">{t('escorts.empty')}</span>
        </EmptyState>
      )}
      {escorts.status === 'ready' && escorts.data.items.length > 0 && (
        <>
          <p class="page__count" aria-live="polite">
            {t('escorts.count', { count: escorts.data.total })}
          </p>
          <ul class="escort-list">
            {escorts.data.items.map((escort) => (
              <li key={escort.id}>
                <EscortLine escort={escort} />
              </li>
            ))}
          </ul>
          <Pager
            page={page}
            pages={Math.max(1, Math.ceil(escorts.data.total / PAGE_SIZE))}
            onPage={(next) => go({ page: next })}
          />
        </>
      )}
    </section>
  );
}

function EscortLine({ escort }: { escort: Escort }) {
  return (
    <article
      class={`escort-item${escort.below_recommendation ? ' escort-item--below' : ''}`}
      data-testid="escort-item"
      data-id={escort.id}
      data-below={escort.below_recommendation ? '1' : '0'}
    >
      <div class="escort-item__head">
        <strong>{dateTimeLabel(escort.planned_start)}</strong>
        <a href={href(`/escorts/${escort.id}`)}>
          {t(`escortKind.${escort.kind}` as MessageKey)} — {personName(escort.detainee) ?? t('escorts.protected')}
        </a>
        <span class="muted">{t(`escortState.${escort.state}` as MessageKey)}</span>
        <MarkingBadge marking={escort.marking} />
      </div>
      <p>
        {escort.origin.name} → {escort.destination.name}
      </p>
      <p>
        {t('escorts.planned')} <LevelBadge level={escort.escort_level} />
        {' · '}
        {escort.recommended_level ? (
          <span data-testid="escort-recommended">
            {t('escorts.recommended')} <LevelBadge level={escort.recommended_level} />{' '}
            {t('escorts.score', { score: escort.risk_score ?? 0 })}
          </span>
        ) : (
          <span class="muted">{t('escorts.notAssessed')}</span>
        )}
      </p>
      {escort.below_recommendation && (
        <p class="escort-warning" role="note" data-testid="escort-warning">
          ⚠ {t('escorts.below')}
        </p>
      )}
    </article>
  );
}
