import { reviewApi } from '../../api/review-client.ts';
import { CANDIDATE_STATUSES, type CandidateStatus, type QueueItem } from '../../api/review-types.ts';
import { EmptyState, ErrorBanner, Loading } from '../../components/status.tsx';
import { t, useLang, type MessageKey } from '../../i18n/i18n.ts';
import { href, navigate, type Route } from '../../lib/router.ts';
import { useAsync } from '../../lib/use-async.ts';
import { useFacilityNames } from './facility-names.ts';
import { candidateSummary, shortDate } from './review-text.ts';

const PAGE_SIZE = 25;

/** The review queue: candidates newest first, a status filter, pages, and how to submit text. */
export function ReviewQueuePage({ route }: { route: Route }) {
  useLang();
  const facilityNames = useFacilityNames();
  const status = (route.query.get('status') ?? 'pending') as CandidateStatus | 'all';
  const page = Math.max(0, Number(route.query.get('page') ?? 0) || 0);
  const feed = route.query.get('feed') ?? undefined;
  const queue = useAsync(
    () =>
      reviewApi.queue({
        status: status === 'all' ? undefined : status,
        feed,
        limit: PAGE_SIZE,
        offset: page * PAGE_SIZE,
      }),
    [status, page, feed],
  );
  const go = (next: { status?: string; page?: number }) =>
    navigate('/review', { status: next.status ?? status, feed, page: next.page ? String(next.page) : undefined }, true);
  const pages = queue.data ? Math.max(1, Math.ceil(queue.data.total / PAGE_SIZE)) : 1;

  return (
    <section class="page" aria-labelledby="review-title">
      <div class="page__header">
        <h1 id="review-title">{t('review.title')}</h1>
        <a class="button button--primary" href={href('/review/submit')} data-testid="submit-link">
          {t('review.submitLink')}
        </a>
      </div>
      <p class="hint">{t('review.intro')}</p>
      <fieldset class="period state-filter">
        <legend>{t('review.filter.status')}</legend>
        <div class="period__presets" role="group">
          {(['all', ...CANDIDATE_STATUSES] as const).map((value) => (
            <button
              key={value}
              type="button"
              class="chip"
              aria-pressed={status === value}
              data-status={value}
              onClick={() => go({ status: value, page: 0 })}
            >
              {t(`review.status.${value}` as MessageKey)}
            </button>
          ))}
        </div>
      </fieldset>
      {queue.status === 'loading' && <Loading />}
      {queue.status === 'error' && <ErrorBanner error={queue.error} onRetry={queue.reload} />}
      {queue.status === 'ready' && queue.data.items.length === 0 && (
        <EmptyState>
          <span data-testid="review-empty">{t('review.empty')}</span>
        </EmptyState>
      )}
      {queue.status === 'ready' && queue.data.items.length > 0 && (
        <>
          <p class="page__count" aria-live="polite">
            {t('review.count', { count: queue.data.total })}
          </p>
          <ul class="review-list">
            {queue.data.items.map((item) => (
              <li key={item.id}>
                <QueueLine item={item} facilityNames={facilityNames} />
              </li>
            ))}
          </ul>
          {pages > 1 && (
            <nav class="list-footer" aria-label={t('review.page', { page: page + 1, pages })}>
              <button type="button" class="button" disabled={page === 0} onClick={() => go({ page: page - 1 })}>
                {t('review.previous')}
              </button>
              <span>{t('review.page', { page: page + 1, pages })}</span>
              <button
                type="button"
                class="button"
                disabled={queue.data.next_offset === null}
                onClick={() => go({ page: page + 1 })}
              >
                {t('review.next')}
              </button>
            </nav>
          )}
        </>
      )}
    </section>
  );
}

function QueueLine({
  item,
  facilityNames,
}: {
  item: QueueItem;
  facilityNames: ReadonlyMap<string, string> | undefined;
}) {
  return (
    <article
      class={`review-item review-item--${item.status}`}
      data-testid="review-item"
      data-id={item.id}
      data-status={item.status}
    >
      <span class={`badge badge--${item.kind}`}>{t(`review.kind.${item.kind}` as MessageKey)}</span>
      <a class="review-item__summary" href={href(`/review/${item.id}`)}>
        {candidateSummary(item, facilityNames) || item.key}
      </a>
      <span class="muted">{t('review.confidence', { value: Math.round(item.confidence * 100) })}</span>
      <span class="review-item__article">
        {item.article.title ?? item.article.url ?? t('review.untitled')} · {shortDate(item.article.published)}
      </span>
      <span class="muted">
        {t(`review.status.${item.status}` as MessageKey)}
        {item.decision?.by_system ? ` (${t('review.bySystem')})` : ''}
      </span>
    </article>
  );
}
