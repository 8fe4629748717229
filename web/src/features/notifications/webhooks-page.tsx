import { useState } from 'preact/hooks';
import { notificationsApi, type Webhook } from '../../api/notifications-client.ts';
import type { User } from '../../api/types.ts';
import { ErrorBanner, Loading } from '../../components/status.tsx';
import { t, type MessageKey } from '../../i18n/i18n.ts';
import { useAsync } from '../../lib/use-async.ts';
import { describeEvents, EventFilterFields, eventFilter } from './event-filter-fields.tsx';
import { MailSubscriptionsSection } from './mail-subscriptions-section.tsx';

/** The deliveries of one webhook with their state, and redelivery of dead letters. */
function Deliveries({ webhook }: { webhook: Webhook }) {
  const state = useAsync(() => notificationsApi.deliveries(webhook.id), [webhook.id]);
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') return <ErrorBanner error={state.error} onRetry={state.reload} />;
  if (state.data.items.length === 0) return <p>{t('webhooks.noDeliveries')}</p>;
  return (
    <div class="table-wrap">
      <table class="table" data-testid="deliveries">
        <tbody>
          {state.data.items.map((d) => (
            <tr key={d.id}>
              <td>
                <time dateTime={d.created_at}>{d.created_at.slice(0, 19).replace('T', ' ')}</time>
              </td>
              <td>{d.event_type}</td>
              <td data-testid="delivery-state">{t(`webhooks.state.${d.state}` as MessageKey)}</td>
              <td>{t('webhooks.attempts', { count: d.attempts })}</td>
              <td>
                {d.last_status ?? ''} {d.last_error ?? ''}
              </td>
              <td>
                {d.state !== 'pending' && (
                  <button
                    type="button"
                    class="button button--small"
                    onClick={() => void notificationsApi.redeliver(d.id).then(state.reload)}
                  >
                    {t('webhooks.redeliver')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Webhooks of the organisation (add: the secret is shown once; enable, test, remove, deliveries), then its e-mail subscriptions. */
export function WebhooksPage({ user }: { user: User }) {
  const state = useAsync(() => notificationsApi.webhooks(), []);
  const [secret, setSecret] = useState<string | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const act = (work: Promise<unknown>) =>
    work.then(
      () => {
        setError(null);
        state.reload();
      },
      (failure: Error) => setError(failure),
    );
  const add = (event: Event) => {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    void act(
      notificationsApi
        .addWebhook({ name: String(form.get('name')), url: String(form.get('url')), ...eventFilter(form) })
        .then((created) => {
          setSecret(created.secret);
          (event.target as HTMLFormElement).reset();
        }),
    );
  };
  return (
    <section class="page" data-testid="webhooks-page">
      <h1>{t('webhooks.title')}</h1>
      <p>{t('webhooks.intro')}</p>
      <form class="form" onSubmit={add}>
        <label>
          {t('webhooks.name')} <input name="name" required maxLength={200} />
        </label>
        <label>
          {t('webhooks.url')} <input name="url" type="url" required placeholder="https://" />
        </label>
        <EventFilterFields defaultSeverity="medium" />
        <button type="submit" class="button">
          {t('webhooks.add')}
        </button>
      </form>
      {secret && (
        <p class="notice" role="status" data-testid="webhook-secret">
          {t('webhooks.secret')} <code>{secret}</code>
        </p>
      )}
      {error && <ErrorBanner error={error} />}
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && <ErrorBanner error={state.error} onRetry={state.reload} />}
      {state.status === 'ready' && state.data.items.length === 0 && <p>{t('webhooks.empty')}</p>}
      {state.status === 'ready' &&
        state.data.items.map((hook) => (
          <article key={hook.id} class="card" data-testid="webhook">
            <h2>
              {hook.name} <small>{hook.enabled ? '' : `(${t('webhooks.disable')})`}</small>
            </h2>
            <p>
              <code>{hook.url}</code> · {describeEvents(hook.event_types)} · ≥{' '}
              {t(`severity.${hook.min_severity}` as MessageKey)} · {hook.secret_prefix}…
            </p>
            <p>
              <button
                type="button"
                class="button button--small"
                onClick={() => void act(notificationsApi.setWebhook(hook.id, { enabled: !hook.enabled }))}
              >
                {t(hook.enabled ? 'webhooks.disable' : 'webhooks.enable')}
              </button>{' '}
              <button
                type="button"
                class="button button--small"
                onClick={() => void act(notificationsApi.test(hook.id))}
              >
                {t('webhooks.test')}
              </button>{' '}
              <button
                type="button"
                class="button button--small"
                onClick={() => setOpen(open === hook.id ? null : hook.id)}
              >
                {t('webhooks.deliveries')}
              </button>{' '}
              <button
                type="button"
                class="button button--small"
                onClick={() => void act(notificationsApi.removeWebhook(hook.id))}
              >
                {t('webhooks.remove')}
              </button>
            </p>
            {open === hook.id && <Deliveries webhook={hook} />}
          </article>
        ))}
      <MailSubscriptionsSection selfId={user.id} selfName={user.display_name ?? user.username} />
    </section>
  );
}
