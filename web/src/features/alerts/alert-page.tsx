import { alertExplanation, alertTitle, incidentLine } from './alert-words.ts';
import { useState } from 'preact/hooks';
import { alertsApi } from '../../api/alerts-client.ts';
import type { AlertDetail, AlertHistoryEntry } from '../../api/alerts-types.ts';
import { StaffLine } from './staff-line.tsx';
import { ApiError } from '../../api/http.ts';
import { MarkingBadge } from '../../components/marking-badge.tsx';
import { ErrorBanner, InfoBanner, Loading } from '../../components/status.tsx';
import { t, useLang, type MessageKey } from '../../i18n/i18n.ts';
import { dateTimeLabel } from '../../lib/dates.ts';
import { href } from '../../lib/router.ts';
import { useAsync } from '../../lib/use-async.ts';
import { useUser } from '../auth/session.ts';
import { TaskList } from '../tasks/task-list.tsx';
import { AlertActions, type ActionOutcome } from './alert-actions.tsx';
import { AlertStateBadge, SeverityBadge } from './alert-badges.tsx';

/** The alert page (`#/alerts/:id`): what raised it, its incidents and tasks, its history and the responses. */
export function AlertPage({ id }: { id: string }) {
  useLang();
  const user = useUser();
  const detail = useAsync(() => alertsApi.get(id), [id]);
  const [notice, setNotice] = useState<'done' | 'conflict'>();

  const onOutcome = (outcome: ActionOutcome) => {
    setNotice(outcome.kind);
    detail.reload();
  };

  return (
    <section class="page" aria-labelledby="alert-title">
      <p>
        <a href={href('/alerts')}>{t('alert.back')}</a>
      </p>
      {detail.status === 'loading' && !detail.data && <Loading />}
      {detail.status === 'error' &&
        (detail.error instanceof ApiError && detail.error.status === 404 ? (
          <ErrorBanner error={t('alert.notFound')} />
        ) : (
          <ErrorBanner error={detail.error} onRetry={detail.reload} />
        ))}
      {detail.status === 'ready' && (
        <div
          class="alert-page"
          data-testid="alert-page"
          data-state={detail.data.state}
          data-version={detail.data.version}
        >
          {notice === 'conflict' && (
            <div class="banner banner--warning" role="alert" data-testid="alert-conflict">
              {t('alert.conflict')}
            </div>
          )}
          {notice === 'done' && (
            <InfoBanner>
              <span data-testid="alert-done">
                {t('alert.done', { state: t(`alertState.${detail.data.state}` as MessageKey) })}
              </span>
            </InfoBanner>
          )}
          <AlertHeader alert={detail.data} userId={user.id} />
          <AlertActions alert={detail.data} userId={user.id} onOutcome={onOutcome} />
          <AlertIncidents alert={detail.data} />
          <section aria-labelledby="alert-tasks-title">
            <h2 id="alert-tasks-title">{t('alert.tasks')}</h2>
            {detail.data.tasks.length === 0 ? (
              <p class="muted">{t('alert.noTasks')}</p>
            ) : (
              <>
                <TaskList tasks={detail.data.tasks} onChanged={detail.reload} />
                <p>
                  <a href={href('/tasks', { alert: detail.data.id })}>{t('alert.tasksLink')}</a>
                </p>
              </>
            )}
          </section>
          <AlertHistory history={detail.data.history} />
        </div>
      )}
    </section>
  );
}

function AlertHeader({ alert, userId }: { alert: AlertDetail; userId: string }) {
  const who = !alert.assignee_id
    ? t('alert.assignee.none')
    : alert.assignee_id === userId
      ? t('alert.assignee.me')
      : t('alert.assignee.other');
  return (
    <header class="alert-page__header">
      <h1 id="alert-title">{alertTitle(alert)}</h1>
      <p class="alert-page__badges">
        <SeverityBadge severity={alert.severity} /> <AlertStateBadge state={alert.state} />{' '}
        <MarkingBadge marking={alert.marking} /> <span class="muted">{t(`alertKind.${alert.kind}` as MessageKey)}</span>
      </p>
      <p data-testid="alert-explanation">{alertExplanation(alert)}</p>
      <p class="muted">
        {t('alerts.opened', { date: dateTimeLabel(alert.opened_at) })}
        {alert.state === 'open' &&
          alert.ack_due_at &&
          ` · ${t('alert.ackDue', { date: dateTimeLabel(alert.ack_due_at) })}`}
        {alert.escalation_level > 0 && ` · ${t('alerts.escalated', { level: alert.escalation_level })}`}
        {' · '}
        <span data-testid="alert-assignee">{t('alert.assignee', { who })}</span>
      </p>
      {alert.state_reason && <p data-testid="alert-reason">{t('alert.reason', { reason: alert.state_reason })}</p>}
      {alert.campaign_id && (
        <p>
          <a href={href(`/campaigns/${alert.campaign_id}`)} data-testid="alert-campaign">
            {t('alert.campaign')}
          </a>
        </p>
      )}
    </header>
  );
}

function AlertIncidents({ alert }: { alert: AlertDetail }) {
  return (
    <section aria-labelledby="alert-incidents-title">
      <h2 id="alert-incidents-title">{t('alert.incidents')}</h2>
      <ul class="alert-incidents">
        {alert.incidents
          ? alert.incidents.map((incident) => (
              <li key={incident.id}>
                <a href={href(`/incidents/${incident.id}`)} data-testid="alert-incident">
                  {incidentLine(incident)}
                </a>
                {incident.staff && <StaffLine staff={incident.staff} />}
              </li>
            ))
          : alert.incident_ids.map((incident) => (
              <li key={incident}>
                <a href={href(`/incidents/${incident}`)} data-testid="alert-incident">
                  {t('alert.incident', { id: incident.slice(0, 8) })}
                </a>
              </li>
            ))}
      </ul>
      {alert.incidents && alert.incidents.length < alert.incident_ids.length && (
        <p class="muted">
          {t('response.incidentsHidden', { count: alert.incident_ids.length - alert.incidents.length })}
        </p>
      )}
      {alert.hidden_incidents > 0 && (
        <p class="muted" data-testid="alert-hidden">
          {t('alert.hidden', { count: alert.hidden_incidents })}
        </p>
      )}
    </section>
  );
}

/** A short line of what an entry's details say (reason, level, assignee): never raw JSON. */
function detailText(details: Record<string, unknown>): string {
  const parts: string[] = [];
  if (typeof details.reason === 'string') parts.push(`« ${details.reason} »`);
  if (typeof details.level === 'number') parts.push(`${details.level}`);
  if (typeof details.tasks === 'number') parts.push(t('tasks.count', { count: details.tasks }));
  if (typeof details.incidents === 'number') parts.push(t('alerts.incidents', { count: details.incidents }));
  if (Array.isArray(details.added_incidents) && details.added_incidents.length)
    parts.push(`+${t('alerts.incidents', { count: details.added_incidents.length })}`);
  return parts.join(' · ');
}

function AlertHistory({ history }: { history: AlertHistoryEntry[] }) {
  return (
    <section aria-labelledby="alert-history-title">
      <h2 id="alert-history-title">{t('alert.history')}</h2>
      <ol class="alert-history">
        {history.map((entry, index) => (
          <li key={index} data-testid="history-entry" data-action={entry.action}>
            <time dateTime={entry.at}>{dateTimeLabel(entry.at)}</time>
            {' · '}
            <strong>{t(`history.${entry.action}` as MessageKey)}</strong>
            {' · '}
            {entry.actor}
            {detailText(entry.details) && <span class="muted"> · {detailText(entry.details)}</span>}
          </li>
        ))}
      </ol>
    </section>
  );
}
