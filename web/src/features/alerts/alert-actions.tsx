import { useState } from 'preact/hooks';
import { alertsApi } from '../../api/alerts-client.ts';
import type { Alert, AlertDetail } from '../../api/alerts-types.ts';
import { ApiError } from '../../api/http.ts';
import { inputValue } from '../../components/form-fields.tsx';
import { ErrorBanner } from '../../components/status.tsx';
import { t } from '../../i18n/i18n.ts';

/** What came of an action: the alert after it, or a 409 (the page reloads and says so). */
export type ActionOutcome = { kind: 'done'; alert: Alert } | { kind: 'conflict' };

/**
 * The responses to a live alert: acknowledge (open only), resolve, dismiss with a reason, assign
 * to oneself or step back. Every call carries the version read, so a stale page gets a 409.
 */
export function AlertActions({
  alert,
  userId,
  onOutcome,
}: {
  alert: AlertDetail;
  userId: string;
  onOutcome: (outcome: ActionOutcome) => void;
}) {
  const [busy, setBusy] = useState(false);
  // an Error, not its message: ErrorBanner words the server's code in the reader's language
  const [error, setError] = useState<Error | string>();
  const [dismissing, setDismissing] = useState(false);
  const [reason, setReason] = useState('');
  if (alert.state !== 'open' && alert.state !== 'acknowledged') return null;
  const version = alert.version;

  const run = (action: () => Promise<Alert>) => {
    setBusy(true);
    setError(undefined);
    action()
      .then(
        (updated) => onOutcome({ kind: 'done', alert: updated }),
        (e: unknown) => {
          if (e instanceof ApiError && e.status === 409) onOutcome({ kind: 'conflict' });
          else setError(e instanceof Error ? e : String(e));
        },
      )
      .finally(() => setBusy(false));
  };
  const mine = alert.assignee_id === userId;

  return (
    <div class="decision-panel" data-testid="alert-actions">
      {error && <ErrorBanner error={error} />}
      <div class="decision-panel__row">
        {alert.state === 'open' && (
          <button
            type="button"
            class="button button--primary"
            disabled={busy}
            data-testid="acknowledge"
            onClick={() => run(() => alertsApi.act(alert.id, 'acknowledge', { version }))}
          >
            {t('alert.action.acknowledge')}
          </button>
        )}
        <button
          type="button"
          class="button"
          disabled={busy}
          data-testid="resolve"
          onClick={() => run(() => alertsApi.act(alert.id, 'resolve', { version }))}
        >
          {t('alert.action.resolve')}
        </button>
        <button
          type="button"
          class="button"
          disabled={busy}
          data-testid="assign"
          onClick={() => run(() => alertsApi.assign(alert.id, { version, assignee_id: mine ? null : userId }))}
        >
          {mine ? t('alert.action.unassign') : t('alert.action.assignMe')}
        </button>
        <button type="button" class="button" aria-expanded={dismissing} onClick={() => setDismissing(!dismissing)}>
          {t('alert.action.dismiss')}
        </button>
      </div>
      {dismissing && (
        <div class="decision-panel__row">
          <label for="alert-dismiss-reason">{t('alert.dismissReason')}</label>
          <input id="alert-dismiss-reason" value={reason} onInput={(event) => setReason(inputValue(event))} />
          <button
            type="button"
            class="button button--danger"
            disabled={busy || !reason.trim()}
            data-testid="dismiss"
            onClick={() => run(() => alertsApi.act(alert.id, 'dismiss', { version, reason: reason.trim() }))}
          >
            {t('alert.action.dismissConfirm')}
          </button>
        </div>
      )}
    </div>
  );
}
