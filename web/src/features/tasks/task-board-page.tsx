import { tasksApi } from '../../api/alerts-client.ts';
import { EmptyState, ErrorBanner, Loading } from '../../components/status.tsx';
import { t, useLang } from '../../i18n/i18n.ts';
import { href, navigate, type Route } from '../../lib/router.ts';
import { useAsync } from '../../lib/use-async.ts';
import { Pager } from '../alerts/alert-badges.tsx';
import { TaskList } from './task-list.tsx';

const PAGE_SIZE = 50;
const TABS = ['all', 'mine', 'org', 'overdue'] as const;
type Tab = (typeof TABS)[number];

/** The query of a tab: everything readable, assigned to me, owned by my organisation, past due. */
function tabQuery(tab: Tab): { assignee?: 'me'; org?: 'mine'; overdue?: 'true' } {
  if (tab === 'mine') return { assignee: 'me' };
  if (tab === 'org') return { org: 'mine' };
  if (tab === 'overdue') return { overdue: 'true' };
  return {};
}

/** The tasks board (`#/tasks?tab=mine|org|overdue&alert=`): response tasks, their state and comments. */
export function TaskBoardPage({ route }: { route: Route }) {
  useLang();
  const tab = (TABS.find((value) => value === route.query.get('tab')) ?? 'all') as Tab;
  const alert = route.query.get('alert') ?? undefined;
  const page = Math.max(0, Number(route.query.get('page') ?? 0) || 0);
  const tasks = useAsync(
    () => tasksApi.list({ ...tabQuery(tab), alert_id: alert, limit: PAGE_SIZE, offset: page * PAGE_SIZE }),
    [tab, alert, page],
  );
  const pages = tasks.data ? Math.max(1, Math.ceil(tasks.data.total / PAGE_SIZE)) : 1;

  return (
    <section class="page" aria-labelledby="tasks-title">
      <h1 id="tasks-title">{t('tasks.title')}</h1>
      <p class="hint">{t('tasks.intro')}</p>
      {alert && (
        <p>
          {t('tasks.forAlert')} <a href={href(`/alerts/${alert}`)}>{t('tasks.alert')}</a> ·{' '}
          <a href={href('/tasks', { tab })}>{t('tasks.allAlerts')}</a>
        </p>
      )}
      <nav class="tabs" aria-label={t('tasks.title')}>
        {TABS.map((value) => (
          <a
            key={value}
            class="tabs__tab"
            href={href('/tasks', { tab: value === 'all' ? undefined : value, alert })}
            aria-current={tab === value ? 'page' : undefined}
            data-tab={value}
          >
            {t(`tasks.tab.${value}`)}
          </a>
        ))}
      </nav>
      {tasks.status === 'loading' && <Loading />}
      {tasks.status === 'error' && <ErrorBanner error={tasks.error} onRetry={tasks.reload} />}
      {tasks.status === 'ready' && tasks.data.items.length === 0 && (
        <EmptyState>
          <span data-testid="tasks-empty">{t('tasks.empty')}</span>
        </EmptyState>
      )}
      {tasks.status === 'ready' && tasks.data.items.length > 0 && (
        <>
          <p class="page__count" aria-live="polite">
            {t('tasks.count', { count: tasks.data.total })}
          </p>
          <TaskList tasks={tasks.data.items} onChanged={tasks.reload} showAlert />
          <Pager
            page={page}
            pages={pages}
            onPage={(next) =>
              navigate('/tasks', { tab: tab === 'all' ? undefined : tab, alert, page: String(next) }, true)
            }
          />
        </>
      )}
    </section>
  );
}
