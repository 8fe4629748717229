import { useEffect, useState } from 'preact/hooks';
import { notificationsApi, type Notification } from '../../api/notifications-client.ts';
import { ErrorBanner, Loading } from '../../components/status.tsx';
import { getLang, t, type MessageKey } from '../../i18n/i18n.ts';
import { href } from '../../lib/router.ts';
import { useAsync } from '../../lib/use-async.ts';
import { onLiveEvent } from './notification-bell.tsx';
import { useLoadMore } from '../../lib/use-load-more.ts';

const told = () => window.dispatchEvent(new Event('vigie:notifications-read'));

/** The notification centre: the events you may read, newest first, to open and mark read. */
/** An event type in words ("alerte ouverte"), never its code. */
function eventTypeLabel(type: string): string {
  const key = `event.${type}` as MessageKey;
  const text = t(key);
  return text === key ? type.replace(/[._]/g, ' ') : text;
}

/** Notifications per page: older ones come with "Charger plus" (the API pages by `before`). */
export const NOTIFICATIONS_PAGE = 50;

export function NotificationsPage() {
  const [unreadOnly, setUnreadOnly] = useState(false);
  const state = useAsync(() => notificationsApi.list({ unread: unreadOnly, limit: NOTIFICATIONS_PAGE }), [unreadOnly]);
  // the older pages read so far; a reload of the first page drops them
  const {
    items,
    hasMore,
    loadMore,
    loading: loadingMore,
    error: moreError,
  } = useLoadMore(
    state.data,
    (page) => page.items,
    (page) => page.next_before,
    (before) => notificationsApi.list({ unread: unreadOnly, limit: NOTIFICATIONS_PAGE, before }),
  );
  useEffect(() => onLiveEvent(() => state.reload()), [unreadOnly]);
  const mark = async (body: { ids: string[] } | { all: true }) => {
    await notificationsApi.markRead(body);
    told();
    state.reload();
  };
  const title = (item: Notification) => (getLang() === 'en' && item.title_en ? item.title_en : item.title);
  return (
    <section class="page" data-testid="notifications-page">
      <h1>{t('notifications.title')}</h1>
      <p>
        <label>
          <input
            type="checkbox"
            checked={unreadOnly}
            onChange={(e) => setUnreadOnly((e.target as HTMLInputElement).checked)}
          />{' '}
          {t('notifications.unreadOnly')}
        </label>{' '}
        <button type="button" class="button button--small" onClick={() => void mark({ all: true })}>
          {t('notifications.markAll')}
        </button>
      </p>
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && <ErrorBanner error={state.error} onRetry={state.reload} />}
      {state.status === 'ready' && state.data.items.length === 0 && <p>{t('notifications.empty')}</p>}
      {state.status === 'ready' && (
        <ul class="notification-list">
          {items.map((item) => (
            <li
              key={item.id}
              class={`notification notification--${item.severity}${item.read ? '' : ' notification--unread'}`}
              data-testid="notification"
            >
              <span class="notification__severity">{t(`severity.${item.severity}` as MessageKey)}</span>{' '}
              <time dateTime={item.occurred_at}>
                {new Date(item.occurred_at).toLocaleString(getLang() === 'fr' ? 'fr-FR' : 'en-GB')}
              </time>{' '}
              <strong>{title(item)}</strong>{' '}
              <span class="notification__type">
                {eventTypeLabel(item.type)} · TLP:{item.marking}
              </span>{' '}
              {item.link && <a href={href(item.link)}>{t('notifications.open')}</a>}{' '}
              {!item.read && (
                <button type="button" class="button button--small" onClick={() => void mark({ ids: [item.id] })}>
                  {t('notifications.markRead')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {state.status === 'ready' && items.length > 0 && (
        <div class="list-footer">
          <span data-testid="notifications-shown">
            {t('list.shown', { shown: items.length, total: state.data.total })}
          </span>
          {hasMore && (
            <button type="button" class="button" onClick={loadMore} disabled={loadingMore}>
              {loadingMore ? t('common.loading') : t('list.loadMore')}
            </button>
          )}
        </div>
      )}
      {moreError && <ErrorBanner error={moreError} onRetry={loadMore} />}
    </section>
  );
}
