import { useState } from 'preact/hooks';
import { feedsApi } from '../../api/review-client.ts';
import type { Feed } from '../../api/review-types.ts';
import { EmptyState, ErrorBanner, InfoBanner, Loading } from '../../components/status.tsx';
import { locale, t, useLang, type MessageKey } from '../../i18n/i18n.ts';
import { href } from '../../lib/router.ts';
import { useAsync } from '../../lib/use-async.ts';

/** The feeds: add one, enable or pause it, poll it now, and see its last poll and error. */
export function FeedsPage({ canTrust }: { canTrust: boolean }) {
  useLang();
  const feeds = useAsync(() => feedsApi.list(), []);
  const [form, setForm] = useState({ url: '', title: '', every: '60', trusted: false });
  // an Error, not its message: ErrorBanner words the server's code in the reader's language
  const [error, setError] = useState<Error | string>();
  const [info, setInfo] = useState<string>();
  const [busy, setBusy] = useState(false);
  const act = (work: () => Promise<unknown>, after?: (value: unknown) => void) => {
    setBusy(true);
    setError(undefined);
    setInfo(undefined);
    work()
      .then(
        (value) => {
          after?.(value);
          feeds.reload();
        },
        (e: unknown) => setError(e instanceof Error ? e : String(e)),
      )
      .finally(() => setBusy(false));
  };
  const add = (event: Event) => {
    event.preventDefault();
    act(
      () =>
        feedsApi.add({
          url: form.url.trim(),
          title: form.title || undefined,
          poll_minutes: Number(form.every) || 60,
          trusted: form.trusted,
        }),
      () => setForm({ url: '', title: '', every: '60', trusted: false }),
    );
  };
  return (
    <section class="page" aria-labelledby="feeds-title">
      <h1 id="feeds-title">{t('feeds.title')}</h1>
      <p class="hint">{t('feeds.intro')}</p>
      {error && <ErrorBanner error={error} />}
      {info && <InfoBanner>{info}</InfoBanner>}
      <form class="feed-form" onSubmit={add}>
        <label>
          {t('feeds.url')}{' '}
          <input
            type="url"
            required
            value={form.url}
            data-testid="feed-url"
            onInput={(e) => setForm({ ...form, url: (e.currentTarget as HTMLInputElement).value })}
          />
        </label>
        <label>
          {t('feeds.titleField')}{' '}
          <input
            value={form.title}
            onInput={(e) => setForm({ ...form, title: (e.currentTarget as HTMLInputElement).value })}
          />
        </label>
        <label>
          {t('feeds.every')}{' '}
          <input
            type="number"
            min={1}
            max={10080}
            value={form.every}
            onInput={(e) => setForm({ ...form, every: (e.currentTarget as HTMLInputElement).value })}
          />
        </label>
        {canTrust && (
          <label class="checkbox">
            <input
              type="checkbox"
              checked={form.trusted}
              onChange={(e) => setForm({ ...form, trusted: (e.currentTarget as HTMLInputElement).checked })}
            />{' '}
            {t('feeds.trusted')}
          </label>
        )}
        <button type="submit" class="button button--primary" disabled={busy}>
          {t('feeds.add')}
        </button>
      </form>
      {feeds.status === 'loading' && <Loading />}
      {feeds.status === 'error' && <ErrorBanner error={feeds.error} onRetry={feeds.reload} />}
      {feeds.status === 'ready' && feeds.data.items.length === 0 && <EmptyState>{t('feeds.empty')}</EmptyState>}
      {feeds.status === 'ready' && feeds.data.items.length > 0 && (
        <ul class="feed-list">
          {feeds.data.items.map((feed) => (
            <li key={feed.id}>
              <FeedLine
                feed={feed}
                busy={busy}
                onToggle={() => act(() => feedsApi.update(feed.id, { enabled: !feed.enabled }))}
                onPoll={() =>
                  act(
                    () => feedsApi.poll(feed.id),
                    (r) => {
                      const report = r as { seen: number; new: number; error: string | null };
                      if (report.error) setError(report.error);
                      else setInfo(t('feeds.polled', { seen: report.seen, new: report.new }));
                    },
                  )
                }
                onRemove={() => act(() => feedsApi.remove(feed.id))}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function FeedLine({
  feed,
  busy,
  onToggle,
  onPoll,
  onRemove,
}: {
  feed: Feed;
  busy: boolean;
  onToggle: () => void;
  onPoll: () => void;
  onRemove: () => void;
}) {
  const s = feed.status;
  return (
    <article class={`feed-item${feed.enabled ? '' : ' feed-item--off'}`} data-testid="feed-item" data-id={feed.id}>
      <header>
        <strong>{feed.title ?? feed.url}</strong> {feed.trusted && <span class="badge">{t('feeds.trustedBadge')}</span>}{' '}
        <span class="muted">
          {feed.enabled ? t('feeds.enabled') : t('feeds.disabled')} · {feed.poll_minutes} min ·{' '}
          {feed.reliability ? `${feed.reliability}${feed.credibility ?? ''}` : t('submit.fromRegister')}
          {feed.outlet ? ` · ${feed.outlet}` : ''}
        </span>
      </header>
      <p class="muted">{feed.url}</p>
      <p data-testid="feed-status">
        {s.last_polled_at
          ? t('feeds.lastPoll', {
              date: new Date(s.last_polled_at).toLocaleString(locale()),
              status: t(`feeds.status.${s.last_status ?? 'ok'}` as MessageKey),
            })
          : t('feeds.never')}
        {s.last_polled_at && <> · {t('feeds.items', { new: s.items_new, seen: s.items_seen, total: s.items_total })}</>}
      </p>
      {s.last_error && (
        <p class="field__error" data-testid="feed-error">
          {s.last_error}
        </p>
      )}
      <div class="decision-panel__row">
        <button type="button" class="button button--small" disabled={busy} onClick={onPoll}>
          {t('feeds.pollNow')}
        </button>
        <button type="button" class="button button--small" disabled={busy} onClick={onToggle}>
          {feed.enabled ? t('feeds.disable') : t('feeds.enable')}
        </button>
        <button type="button" class="button button--small" disabled={busy} onClick={onRemove}>
          {t('feeds.remove')}
        </button>
        <a href={href('/review', { feed: feed.id, status: 'all' })}>{t('feeds.queue')}</a>
      </div>
    </article>
  );
}
