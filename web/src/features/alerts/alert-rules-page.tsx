import { useState } from 'preact/hooks';
import { alertsApi } from '../../api/alerts-client.ts';
import { SEVERITIES, type AlertRule, type RulePatch, type Severity } from '../../api/alerts-types.ts';
import { ApiError } from '../../api/http.ts';
import { inputValue } from '../../components/form-fields.tsx';
import { EmptyState, ErrorBanner, InfoBanner, Loading } from '../../components/status.tsx';
import { t, useLang, type MessageKey } from '../../i18n/i18n.ts';
import { href } from '../../lib/router.ts';
import { useAsync } from '../../lib/use-async.ts';
import { canAudit, useUser } from '../auth/session.ts';
import { SeverityBadge } from './alert-badges.tsx';
import { WatchlistPanel } from './watchlist-panel.tsx';

/**
 * Alert rules and the watchlist (`#/alert-rules`). Everyone who reads alerts sees the rules;
 * supervisors and administrators enable, disable and edit them and manage the watchlist.
 */
export function AlertRulesPage() {
  useLang();
  const user = useUser();
  const editable = canAudit(user);
  const rules = useAsync(() => alertsApi.rules(), []);
  return (
    <section class="page" aria-labelledby="rules-title">
      <p>
        <a href={href('/alerts')}>{t('alert.back')}</a>
      </p>
      <h1 id="rules-title">{t('rules.title')}</h1>
      <p class="hint">{t('rules.intro')}</p>
      {rules.status === 'loading' && <Loading />}
      {rules.status === 'error' && <ErrorBanner error={rules.error} onRetry={rules.reload} />}
      {rules.status === 'ready' && rules.data.items.length === 0 && <EmptyState>—</EmptyState>}
      {rules.status === 'ready' && (
        <ul class="rule-list">
          {rules.data.items.map((rule) => (
            <li key={`${rule.id}:${rule.version}`}>
              <RuleCard rule={rule} editable={editable} onReload={rules.reload} />
            </li>
          ))}
        </ul>
      )}
      <WatchlistPanel editable={editable} />
    </section>
  );
}

function RuleCard({ rule, editable, onReload }: { rule: AlertRule; editable: boolean; onReload: () => void }) {
  const [params, setParams] = useState(() => JSON.stringify(rule.params, null, 2));
  const [severity, setSeverity] = useState<Severity>(rule.severity);
  // an Error, not its message: ErrorBanner words the server's code in the reader's language
  const [error, setError] = useState<Error | string>();
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);

  const save = (patch: Omit<RulePatch, 'version'>) => {
    setBusy(true);
    setError(undefined);
    alertsApi
      .updateRule(rule.id, { version: rule.version, ...patch })
      .then(
        () => {
          setSaved(true);
          onReload();
        },
        (e: unknown) => {
          if (e instanceof ApiError && e.status === 409) {
            setError(t('rules.conflict'));
            onReload();
          } else setError(e instanceof Error ? e : String(e));
        },
      )
      .finally(() => setBusy(false));
  };
  const saveEdits = () => {
    let parsed: Record<string, unknown>;
    try {
      parsed = JSON.parse(params) as Record<string, unknown>;
    } catch (e) {
      setError(t('rules.invalidJson', { message: (e as Error).message }));
      return;
    }
    save({ params: parsed, severity });
  };

  return (
    <article
      class={`rule-card${rule.enabled ? '' : ' rule-card--disabled'}`}
      data-testid="rule-card"
      data-id={rule.id}
      data-kind={rule.kind}
      data-enabled={String(rule.enabled)}
    >
      <div class="rule-card__head">
        <strong data-free-text>{rule.name}</strong>
        <SeverityBadge severity={rule.severity} />
        <span class="muted">
          {t(`alertKind.${rule.kind}` as MessageKey)} · {rule.enabled ? t('rules.enabled') : t('rules.disabled')}
        </span>
        <span class="muted">
          {t('rules.ackMinutes', { minutes: rule.ack_minutes })}
          {rule.playbook_id && ` · ${t('rules.playbook', { id: rule.playbook_id })}`}
        </span>
      </div>
      {saved && <InfoBanner>{t('rules.saved')}</InfoBanner>}
      {error && <ErrorBanner error={error} />}
      {editable ? (
        <>
          <div class="decision-panel__row">
            <button
              type="button"
              class="button button--small"
              disabled={busy}
              data-testid="rule-toggle"
              onClick={() => save({ enabled: !rule.enabled })}
            >
              {rule.enabled ? t('rules.disable') : t('rules.enable')}
            </button>
            <label for={`rule-severity-${rule.id}`}>{t('rules.severity')}</label>
            <select
              id={`rule-severity-${rule.id}`}
              value={severity}
              onChange={(event) => setSeverity(inputValue(event) as Severity)}
            >
              {SEVERITIES.map((value) => (
                <option key={value} value={value}>
                  {t(`severity.${value}` as MessageKey)}
                </option>
              ))}
            </select>
          </div>
          <label for={`rule-params-${rule.id}`}>{t('rules.params')}</label>
          <textarea
            id={`rule-params-${rule.id}`}
            rows={Math.min(12, params.split('\n').length + 1)}
            value={params}
            onInput={(event) => setParams(inputValue(event))}
          />
          <button type="button" class="button button--primary button--small" disabled={busy} onClick={saveEdits}>
            {t('rules.save')}
          </button>
        </>
      ) : (
        <pre class="muted">{JSON.stringify(rule.params)}</pre>
      )}
    </article>
  );
}
