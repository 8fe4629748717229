import { useEffect } from 'preact/hooks';
import type { User } from './api/types.ts';
import { MainNav, navGroups, sectionOf } from './components/main-nav.tsx';
import { Loading } from './components/status.tsx';
import { getLang, setLang, t, useLang } from './i18n/i18n.ts';
import { lazyPage } from './lib/lazy-page.tsx';
import { href, navigate, useRoute, type Route } from './lib/router.ts';
import { LoginPage } from './features/auth/login-page.tsx';
import { canAudit, goToLogin, returnRoute, startSession, useSession } from './features/auth/session.ts';
import { UserMenu } from './features/auth/user-menu.tsx';
import { NotificationBell } from './features/notifications/notification-bell.tsx';

// Every page but the sign-in is fetched when first shown (lib/lazy-page.tsx): the first download is the
// shell, and only the pages that draw a map or a graph bring maplibre or cytoscape.
const AccountPage = lazyPage(() => import('./features/account/account-page.tsx'), 'AccountPage');
const AdminPage = lazyPage(() => import('./features/admin/admin-page.tsx'), 'AdminPage');
const CampaignListPage = lazyPage(() => import('./features/campaigns/campaign-list-page.tsx'), 'CampaignListPage');
const CampaignPage = lazyPage(() => import('./features/campaigns/campaign-page.tsx'), 'CampaignPage');
const IncidentFormPage = lazyPage(() => import('./features/incident-form/incident-form-page.tsx'), 'IncidentFormPage');
const IncidentListPage = lazyPage(() => import('./features/incidents/incident-list-page.tsx'), 'IncidentListPage');
const IncidentPage = lazyPage(() => import('./features/incidents/incident-page.tsx'), 'IncidentPage');
const MapPage = lazyPage(() => import('./features/map/map-page.tsx'), 'MapPage');
const ReviewQueuePage = lazyPage(() => import('./features/review/review-queue-page.tsx'), 'ReviewQueuePage');
const CandidatePage = lazyPage(() => import('./features/review/candidate-page.tsx'), 'CandidatePage');
const SubmitPage = lazyPage(() => import('./features/review/submit-page.tsx'), 'SubmitPage');
const FeedsPage = lazyPage(() => import('./features/feeds/feeds-page.tsx'), 'FeedsPage');
const SourceRegisterPage = lazyPage(() => import('./features/sources/source-register-page.tsx'), 'SourceRegisterPage');
const ImportsPage = lazyPage(() => import('./features/imports/imports-page.tsx'), 'ImportsPage');
const NotificationsPage = lazyPage(
  () => import('./features/notifications/notifications-page.tsx'),
  'NotificationsPage',
);
const WebhooksPage = lazyPage(() => import('./features/notifications/webhooks-page.tsx'), 'WebhooksPage');
const AlertListPage = lazyPage(() => import('./features/alerts/alert-list-page.tsx'), 'AlertListPage');
const AlertPage = lazyPage(() => import('./features/alerts/alert-page.tsx'), 'AlertPage');
const TaskBoardPage = lazyPage(() => import('./features/tasks/task-board-page.tsx'), 'TaskBoardPage');
const AlertRulesPage = lazyPage(() => import('./features/alerts/alert-rules-page.tsx'), 'AlertRulesPage');
const PosturePage = lazyPage(() => import('./features/posture/posture-page.tsx'), 'PosturePage');
const EscortListPage = lazyPage(() => import('./features/escorts/escort-list-page.tsx'), 'EscortListPage');
const EscortPage = lazyPage(() => import('./features/escorts/escort-page.tsx'), 'EscortPage');
const FugitiveListPage = lazyPage(() => import('./features/fugitives/fugitive-list-page.tsx'), 'FugitiveListPage');
const FugitivePage = lazyPage(() => import('./features/fugitives/fugitive-page.tsx'), 'FugitivePage');
const CaseListPage = lazyPage(() => import('./features/cases/case-list-page.tsx'), 'CaseListPage');
const CasePage = lazyPage(() => import('./features/cases/case-page.tsx'), 'CasePage');
const SeizuresPage = lazyPage(() => import('./features/seizures/seizures-page.tsx'), 'SeizuresPage');
const BriefPage = lazyPage(() => import('./features/brief/brief-page.tsx'), 'BriefPage');
const GraphPage = lazyPage(() => import('./features/graph/graph-page.tsx'), 'GraphPage');
const ActorPage = lazyPage(() => import('./features/graph/actor-page.tsx'), 'ActorPage');
const DetaineesPage = lazyPage(() => import('./features/graph/detainees-page.tsx'), 'DetaineesPage');

/**
 * Picks the page for the hash: `#/map` (default), `#/incidents`, `#/incidents/new`, `#/incidents/:id`,
 * `#/campaigns`, `#/campaigns/:id`, `#/review`, `#/review/submit`, `#/review/:id`, `#/feeds`, `#/sources`, `#/admin/:tab`, `#/account`,
 * `#/alerts`, `#/alerts/:id`, `#/alert-rules`, `#/tasks`, `#/posture`, `#/imports`.
 */
function Page({ route, user }: { route: Route; user: User }) {
  const path = route.path.replace(/\/+$/, '') || '/map';
  if (path === '/review') return <ReviewQueuePage route={route} />;
  if (path === '/review/submit') return <SubmitPage />;
  if (path === '/feeds') return <FeedsPage canTrust={canAudit(user)} />;
  if (path === '/sources') return <SourceRegisterPage canEdit={canAudit(user)} />;
  const candidate = /^\/review\/([^/]+)$/.exec(path);
  if (candidate) return <CandidatePage id={decodeURIComponent(candidate[1])} />;
  if (path === '/map') return <MapPage route={route} />;
  if (path === '/incidents') return <IncidentListPage route={route} />;
  if (path === '/incidents/new') return <IncidentFormPage />;
  if (path === '/imports') return <ImportsPage route={route} />;
  if (path === '/campaigns') return <CampaignListPage route={route} />;
  if (path === '/account') return <AccountPage />;
  if (path === '/notifications') return <NotificationsPage />;
  if (path === '/webhooks' && canAudit(user)) return <WebhooksPage user={user} />;
  if (path === '/alerts') return <AlertListPage route={route} />;
  if (path === '/tasks') return <TaskBoardPage route={route} />;
  if (path === '/posture') return <PosturePage />;
  if (path === '/escorts') return <EscortListPage route={route} />;
  if (path === '/fugitives') return <FugitiveListPage route={route} />;
  const escort = /^\/escorts\/([^/]+)$/.exec(path);
  if (escort) return <EscortPage id={decodeURIComponent(escort[1])} />;
  const fugitive = /^\/fugitives\/([^/]+)$/.exec(path);
  if (fugitive) return <FugitivePage id={decodeURIComponent(fugitive[1])} />;
  if (path === '/alert-rules') return <AlertRulesPage />;
  if (path === '/cases') return <CaseListPage route={route} />;
  const caseMatch = /^\/cases\/([^/]+)$/.exec(path);
  if (caseMatch) return <CasePage id={decodeURIComponent(caseMatch[1])} />;
  if (path === '/seizures') return <SeizuresPage route={route} />;
  if (path === '/brief') return <BriefPage route={route} />;
  if (path === '/graph') return <GraphPage route={route} />;
  if (path === '/detainees') return <DetaineesPage route={route} />;
  const actor = /^\/actors\/([^/]+)$/.exec(path);
  if (actor) return <ActorPage id={decodeURIComponent(actor[1])} />;
  const alert = /^\/alerts\/([^/]+)$/.exec(path);
  if (alert) return <AlertPage id={decodeURIComponent(alert[1])} />;
  const admin = /^\/admin(?:\/([^/]+))?$/.exec(path);
  if (admin) return <AdminPage tab={admin[1]} />;
  const campaign = /^\/campaigns\/([^/]+)$/.exec(path);
  if (campaign) return <CampaignPage id={decodeURIComponent(campaign[1])} />;
  const incident = /^\/incidents\/([^/]+)$/.exec(path);
  if (incident)
    return <IncidentPage id={decodeURIComponent(incident[1])} created={route.query.get('created') === '1'} />;
  return (
    <section class="page">
      <p>{t('common.notFound')}</p>
      <p>
        <a href={href('/map')}>{t('common.backToMap')}</a>
      </p>
    </section>
  );
}

/** The shell: header with navigation, the user and the language switch, then the page or the sign-in. */
export function App() {
  const lang = useLang();
  const route = useRoute();
  const session = useSession();
  const user = session.status === 'signed-in' ? session.user : undefined;
  const onLogin = route.path === '/login';
  const groups = user ? navGroups(user) : [];
  const nav = groups.flatMap((group) => group.items);
  const section = sectionOf(route.path);

  useEffect(() => {
    startSession();
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  // Signed out: the sign-in page, remembering the route; signed in on the sign-in page: go back.
  useEffect(() => {
    if (session.status === 'anonymous' && !onLogin) goToLogin();
    if (session.status === 'signed-in' && onLogin) navigate(returnRoute(route.query.get('next')), {}, true);
  }, [session.status, onLogin]);
  useEffect(() => {
    const page = onLogin
      ? 'login.title'
      : sectionOf(route.path) === '/admin'
        ? 'nav.admin'
        : route.path === '/account'
          ? 'nav.account'
          : nav.find((item) => sectionOf(item.path) === section)?.key;
    document.title = page ? `${t(page)} · Vigie` : 'Vigie';
  }, [section, lang, onLogin]);

  return (
    <>
      {/* biome-ignore lint/a11y/useValidAnchor: the hash router would read #main as a route, so the link focuses the main region itself */}
      <a
        class="skip-link"
        href="#main"
        onClick={(event) => {
          event.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {t('app.skip')}
      </a>
      <header class="header">
        <a class="header__brand" href={href('/map')}>
          <span class="header__logo" aria-hidden="true" />
          <span>{t('app.name')}</span>
        </a>
        <span class="header__tagline">{t('app.tagline')}</span>
        {user && <NotificationBell key={user.id} />}
        {user && <UserMenu user={user} />}
        <button
          type="button"
          class="button button--small header__button"
          data-testid="lang-switch"
          lang={getLang() === 'fr' ? 'en' : 'fr'}
          aria-label={t('lang.switch.label')}
          onClick={() => setLang(getLang() === 'fr' ? 'en' : 'fr')}
        >
          {t('lang.switch')}
        </button>
      </header>
      {user && <MainNav groups={groups} section={section} />}
      <main id="main" tabIndex={-1}>
        {session.status === 'loading' && (
          <section class="page">
            <Loading />
          </section>
        )}
        {session.status === 'anonymous' && (
          <LoginPage next={onLogin ? route.query.get('next') : route.path} reason={session.reason} />
        )}
        {user && !onLogin && <Page key={user.id} route={route} user={user} />}
      </main>
    </>
  );
}
