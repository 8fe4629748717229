import { alertTitle } from './alert-words.ts';
import { alertsApi } from '../../api/alerts-client.ts';
import { ALERT_STATES, SEVERITIES, type Alert, type AlertState, type Severity } from '../../api/alerts-types.ts';
import { inputValue } from '../../components/form-fields.tsx';
import { MarkingBadge } from '../../components/marking-badge.tsx';
import { EmptyState, ErrorBanner, Loading } from '../../components/status.tsx';
import { t, useLang, type MessageKey } from '../../i18n/i18n.ts';
import { dateTimeLabel } from '../../lib/dates.ts';
import { href, navigate, type Route } from '../../lib/router.ts';
import { useAsync } from '../../lib/use-async.ts';
import { canAudit, useUser } from '../auth/session.ts';
import { AlertStateBadge, ChipFilter, Pager, SeverityBadge } from './alert-badges.tsx';

const PAGE_SIZE = 25;
type StateFilter = 'live' | 'all' | (typeof ALERT_STATES)[number];
const STATE_QUERY: Record<StateFilter, AlertState[] | undefined> = {
  live: ['open', 'acknowledged'],
  all: undefined,
  open: ['open'],
  acknowledged: ['acknowledged'],
  resolved: ['resolved'],
  dismissed: ['dismissed'],
};

/** The alerts list (`#/alerts?state=&severity=&mine=1&page=`): live alerts first by default. */
export function AlertListPage({ route }: { route: Route }) {
  useLang();
  const user = useUser();
  const state = (route.query.get('state') ?? 'live') as StateFilter;
  const severity = route.query.get('severity') ?? '';
  const mine = route.query.get('mine') === '1';
  const page = Math.max(0, Number(route.query.get('page') ?? 0) || 0);
  const alerts = useAsync(
    () =>
      alertsApi.list({
        state: STATE_QUERY[state],
        severity: severity ? [severity as Severity] : undefined,
        assignee: mine ? 'me' : undefined,
        limit: PAGE_SIZE,
        offset: page * PAGE_SIZE,
      }),
    [state, severity, mine, page],
  );
  const go = (next: { state?: string; severity?: string; mine?: boolean; page?: number }) =>
    navigate(
      '/alerts',
      {
        state: next.state ?? state,
        severity: next.severity ?? severity,
        mine: (next.mine ?? mine) ? '1' : undefined,
        page: next.page ? String(next.page) : undefined,
      },
      true,
    );
  const pages = alerts.data ? Math.max(1, Math.ceil(alerts.data.total / PAGE_SIZE)) : 1;

  return (
    <section class="page" aria-labelledby="alerts-title">
      <div class="page__header">
        <h1 id="alerts-title">{t('alerts.title')}</h1>
        {canAudit(user) && (
          <a class="button" href={href('/alert-rules')}>
            {t('alerts.rulesLink')}
          </a>
        )}
      </div>
      <p class="hint">{t('alerts.intro')}</p>
      <div class="alert-filters">
        <ChipFilter<StateFilter>
          legend={t('alerts.filter.state')}
          value={state}
          testId="alert-state-filter"
          options={(['live', ...ALERT_STATES, 'all'] as StateFilter[]).map((value) => [
            value,
            value === 'live' || value === 'all' ? t(`alerts.filter.${value}`) : t(`alertState.${value}` as MessageKey),
          ])}
          onChange={(value) => go({ state: value, page: 0 })}
        />
        <div class="field">
          <label for="alert-severity">{t('alerts.filter.severity')}</label>
          <select
            id="alert-severity"
            value={severity}
            onChange={(event) => go({ severity: inputValue(event), page: 0 })}
          >
            <option value="">{t('alerts.filter.anySeverity')}</option>
            {SEVERITIES.map((value) => (
              <option key={value} value={value}>
                {t(`severity.${value}` as MessageKey)}
              </option>
            ))}
          </select>
        </div>
        <label class="checkbox">
          <input
            type="checkbox"
            checked={mine}
            data-testid="alert-mine"
            onChange={(event) => go({ mine: (event.currentTarget as HTMLInputElement).checked, page: 0 })}
          />
          {t('alerts.filter.mine')}
        </label>
      </div>
      {alerts.status === 'loading' && <Loading />}
      {alerts.status === 'error' && (
        <ErrorBanner
          error={alerts.error}
          fields={{ severity: t('alerts.filter.severity'), state: t('alerts.filter.state') }}
          onRetry={alerts.reload}
        />
      )}
      {alerts.status === 'ready' && alerts.data.items.length === 0 && (
        <EmptyState>
          <span data-testid="alerts-empty">{t('alerts.empty')}</span>
        </EmptyState>
      )}
      {alerts.status === 'ready' && alerts.data.items.length > 0 && (
        <>
          <p class="page__count" aria-live="polite">
            {t('alerts.count', { count: alerts.data.total })}
          </p>
          <ul class="alert-list">
            {alerts.data.items.map((alert) => (
              <li key={alert.id}>
                <AlertLine alert={alert} mine={alert.assignee_id === user.id} />
              </li>
            ))}
          </ul>
          <Pager page={page} pages={pages} onPage={(next) => go({ page: next })} />
        </>
      )}
    </section>
  );
}

function AlertLine({ alert, mine }: { alert: Alert; mine: boolean }) {
  return (
    <article
      class={`alert-item alert-item--${alert.severity}`}
      data-testid="alert-item"
      data-id={alert.id}
      data-kind={alert.kind}
      data-state={alert.state}
    >
      <div class="alert-item__head">
        <SeverityBadge severity={alert.severity} />
        <a class="alert-item__title" href={href(`/alerts/${alert.id}`)}>
          {alertTitle(alert)}
        </a>
        <AlertStateBadge state={alert.state} />
      </div>
      <p class="alert-item__meta muted">
        {t(`alertKind.${alert.kind}` as MessageKey)}
        {' · '}
        {t('alerts.opened', { date: dateTimeLabel(alert.opened_at) })}
        {' · '}
        {t('alerts.incidents', { count: alert.incident_count })}
        {alert.sites.length > 0 && ` · ${t('alerts.sites', { count: alert.sites.length })}`}
        {alert.escalation_level > 0 && ` · ${t('alerts.escalated', { level: alert.escalation_level })}`}
        {mine && ` · ${t('alerts.assignedToMe')}`} <MarkingBadge marking={alert.marking} />
      </p>
    </article>
  );
}
