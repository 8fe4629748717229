import { useEffect, useState } from 'preact/hooks';
import { notificationsApi } from '../../api/notifications-client.ts';
import { t } from '../../i18n/i18n.ts';
import { href } from '../../lib/router.ts';

/** Listeners of the live stream inside the page (the centre refreshes on a new event). */
const pageListeners = new Set<() => void>();
export function onLiveEvent(listener: () => void): () => void {
  pageListeners.add(listener);
  return () => {
    pageListeners.delete(listener);
  };
}

/** The bell of the header: the unread count, kept live by the event stream (/api/stream). */
export function NotificationBell() {
  const [unread, setUnread] = useState<number | null>(null);
  useEffect(() => {
    let live = true;
    const refresh = () =>
      notificationsApi.unreadCount().then(
        ({ unread: count }) => {
          if (live) setUnread(count);
        },
        () => undefined,
      );
    void refresh();
    // The browser reconnects by itself and sends Last-Event-ID; the count is read again after each event, and each time
    // the stream (re)opens: a notification made before the stream listened (between the first read and the connection,
    // or while it was down) would otherwise wait for the next event to be counted.
    const source = new EventSource('/api/stream');
    source.addEventListener('open', () => void refresh());
    source.addEventListener('notification', () => {
      void refresh();
      for (const listener of pageListeners) listener();
    });
    window.addEventListener('vigie:notifications-read', refresh);
    return () => {
      live = false;
      source.close();
      window.removeEventListener('vigie:notifications-read', refresh);
    };
  }, []);
  const count = unread ?? 0;
  return (
    <a
      class="header__bell"
      href={href('/notifications')}
      data-testid="notification-bell"
      aria-label={t('bell.label', { count })}
    >
      <span aria-hidden="true">🔔</span>
      {count > 0 && (
        <span class="header__bell-count" data-testid="notification-count">
          {count > 99 ? '99+' : count}
        </span>
      )}
    </a>
  );
}
