import { useEffect } from 'preact/hooks';
import { getLang, setLang, t, useLang } from './i18n/i18n.ts';
import { href, useRoute, type Route } from './lib/router.ts';
import { IncidentFormPage } from './features/incident-form/incident-form-page.tsx';
import { IncidentListPage } from './features/incidents/incident-list-page.tsx';
import { IncidentPage } from './features/incidents/incident-page.tsx';
import { MapPage } from './features/map/map-page.tsx';

/** Picks the page for the hash: `#/map` (default), `#/incidents`, `#/incidents/new`, `#/incidents/:id`. */
function Page({ route }: { route: Route }) {
  const path = route.path.replace(/\/+$/, '') || '/map';
  if (path === '/map') return <MapPage route={route} />;
  if (path === '/incidents') return <IncidentListPage route={route} />;
  if (path === '/incidents/new') return <IncidentFormPage />;
  const incident = /^\/incidents\/([^/]+)$/.exec(path);
  if (incident) return <IncidentPage id={decodeURIComponent(incident[1])} created={route.query.get('created') === '1'} />;
  return (
    <section class="page">
      <p>{t('common.notFound')}</p>
      <p><a href={href('/map')}>{t('common.backToMap')}</a></p>
    </section>
  );
}

const NAV = [
  { path: '/map', key: 'nav.map' },
  { path: '/incidents', key: 'nav.incidents' },
  { path: '/incidents/new', key: 'nav.new' },
] as const;

/** The shell: header with navigation and the language switch, then the page. */
export function App() {
  const lang = useLang();
  const route = useRoute();
  const section = route.path === '/incidents/new' ? '/incidents/new' : route.path.startsWith('/incidents') ? '/incidents' : route.path;

  useEffect(() => { document.documentElement.lang = lang; }, [lang]);
  useEffect(() => {
    const page = NAV.find((item) => item.path === section);
    document.title = page ? `${t(page.key)} · Vigie` : 'Vigie';
  }, [section, lang]);

  return (
    <>
      <a class="skip-link" href="#main" onClick={(event) => { event.preventDefault(); document.getElementById('main')?.focus(); }}>
        {t('app.skip')}
      </a>
      <header class="header">
        <a class="header__brand" href={href('/map')}>
          <span class="header__logo" aria-hidden="true" />
          <span>{t('app.name')}</span>
        </a>
        <span class="header__tagline">{t('app.tagline')}</span>
        <nav class="header__nav" aria-label={t('nav.label')}>
          {NAV.map((item) => (
            <a key={item.path} href={href(item.path)} aria-current={section === item.path ? 'page' : undefined}>{t(item.key)}</a>
          ))}
        </nav>
        <button
          type="button"
          class="button button--small lang-switch"
          data-testid="lang-switch"
          lang={getLang() === 'fr' ? 'en' : 'fr'}
          aria-label={t('lang.switch.label')}
          onClick={() => setLang(getLang() === 'fr' ? 'en' : 'fr')}
        >{t('lang.switch')}</button>
      </header>
      <main id="main" tabIndex={-1}>
        <Page route={route} />
      </main>
    </>
  );
}
