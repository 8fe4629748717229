import { useState } from 'preact/hooks';
import { notificationsApi } from '../../api/notifications-client.ts';
import { ErrorBanner, InfoBanner, Loading } from '../../components/status.tsx';
import { t, type MessageKey } from '../../i18n/i18n.ts';
import { useAsync } from '../../lib/use-async.ts';
import { describeEvents, EventFilterFields, eventFilter } from './event-filter-fields.tsx';

/**
 * The organisation's e-mail subscriptions: an address receives the chosen events by mail (through the
 * server's SMTP relay); the address of a Vigie user receives only what that user may read.
 */
export function MailSubscriptionsSection({ selfId, selfName }: { selfId: string; selfName: string }) {
  const state = useAsync(() => notificationsApi.mailSubscriptions(), []);
  const [error, setError] = useState<Error | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const add = (event: Event) => {
    event.preventDefault();
    const target = event.target as HTMLFormElement;
    const form = new FormData(target);
    const address = String(form.get('address')).trim();
    notificationsApi
      .addMailSubscription({ address, ...(form.get('mine') ? { user_id: selfId } : {}), ...eventFilter(form) })
      .then(
        () => {
          setError(null);
          setNotice(t('mail.added', { address }));
          target.reset();
          state.reload();
        },
        (failure: Error) => setError(failure),
      );
  };
  const remove = (id: string, address: string) =>
    notificationsApi.removeMailSubscription(id).then(
      () => {
        setError(null);
        setNotice(t('mail.removed', { address }));
        state.reload();
      },
      (failure: Error) => setError(failure),
    );
  return (
    <section aria-labelledby="mail-title" data-testid="mail-subscriptions">
      <h2 id="mail-title">{t('mail.title')}</h2>
      <p class="hint">{t('mail.intro')}</p>
      <form class="form" onSubmit={add} noValidate>
        <label>
          {t('mail.address')} <input name="address" type="email" required maxLength={320} />
        </label>
        <label class="checkbox">
          <input type="checkbox" name="mine" /> {t('mail.mine', { name: selfName })}
        </label>
        <EventFilterFields defaultSeverity="high" />
        <button type="submit" class="button">
          {t('mail.add')}
        </button>
      </form>
      {notice && <InfoBanner>{notice}</InfoBanner>}
      {error && <ErrorBanner error={error} />}
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && <ErrorBanner error={state.error} onRetry={state.reload} />}
      {state.status === 'ready' && state.data.items.length === 0 && <p class="muted">{t('mail.empty')}</p>}
      {state.status === 'ready' && state.data.items.length > 0 && (
        <div class="table-wrap">
          <table class="table" data-testid="mail-table">
            <thead>
              <tr>
                <th scope="col">{t('mail.address')}</th>
                <th scope="col">{t('subscriptions.events')}</th>
                <th scope="col">{t('webhooks.minSeverity')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {state.data.items.map((subscription) => (
                <tr key={subscription.id}>
                  <td>
                    {subscription.address}
                    {subscription.user_id ? ` (${t('mail.user')})` : ''}
                  </td>
                  <td>{describeEvents(subscription.event_types)}</td>
                  <td>{t(`severity.${subscription.min_severity}` as MessageKey)}</td>
                  <td>
                    <button
                      type="button"
                      class="button button--small"
                      onClick={() => void remove(subscription.id, subscription.address)}
                    >
                      {t('webhooks.remove')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
