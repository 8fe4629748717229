import { useEffect, useState } from 'preact/hooks';
import { api } from '../../api/client.ts';
import type { Incident, IncidentFilters, IncidentPage } from '../../api/types.ts';
import { ProtectionBadges } from '../../components/marking-badge.tsx';
import { EmptyState, ErrorBanner, Loading } from '../../components/status.tsx';
import { label, locale, t, useLang } from '../../i18n/i18n.ts';
import { apiPeriod, occurredLabel } from '../../lib/dates.ts';
import { href, navigate, type Route } from '../../lib/router.ts';
import { useAsync } from '../../lib/use-async.ts';
import { FILTER_KEYS, IncidentFilterPanel, filtersFromQuery } from './incident-filters.tsx';

const PAGE_SIZE = 50;

/** The incident list: filters in the address, a table, "load more" and export links. */
export function IncidentListPage({ route }: { route: Route }) {
  useLang();
  const filters = filtersFromQuery(route.query);
  const key = JSON.stringify(filters);
  // The address holds calendar days; the API takes instants.
  const query = { ...filters, ...apiPeriod(filters) };
  const reference = useAsync(() => api.reference(), []);
  const first = useAsync(() => api.incidents({ ...query, limit: PAGE_SIZE }), [key]);
  const [more, setMore] = useState<{ items: Incident[]; cursor: string | null }>({ items: [], cursor: null });
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<Error>();

  useEffect(() => {
    setMore({ items: [], cursor: first.data?.next_cursor ?? null });
    setMoreError(undefined);
  }, [first.data]);

  const setFilters = (next: IncidentFilters) => navigate('/incidents', next as Record<string, string | undefined>, true);

  const loadMore = () => {
    if (!more.cursor) return;
    setLoadingMore(true);
    api.incidents({ ...query, limit: PAGE_SIZE, cursor: more.cursor })
      .then((page) => setMore((current) => ({ items: [...current.items, ...page.items], cursor: page.next_cursor })), setMoreError)
      .finally(() => setLoadingMore(false));
  };

  const items = [...(first.data?.items ?? []), ...more.items];
  const onlyPeriod = FILTER_KEYS.every((name) => name === 'from' || name === 'to' || !filters[name]);

  return (
    <section class="page" aria-labelledby="list-title">
      <div class="page__header">
        <h1 id="list-title">{t('list.title')}</h1>
        {first.data && <p class="page__count" aria-live="polite">{t('list.total', { total: shownTotal(first.data) })}</p>}
      </div>
      {reference.status === 'error' && <ErrorBanner error={reference.error} onRetry={reference.reload} />}
      {reference.data && <IncidentFilterPanel reference={reference.data} filters={filters} onChange={setFilters} />}
      <div class="toolbar">
        <span>{t('list.export')}</span>
        {(['csv', 'json', 'geojson'] as const).map((format) => (
          <a key={format} class="button button--small button--ghost" href={api.exportUrl(format, query)} download>
            {t(`list.export.${format}`)}
          </a>
        ))}
        <a class="button button--small toolbar__import" href={href('/imports')} data-testid="import-link">{t('list.importLink')}</a>
      </div>
      {first.status === 'loading' && <Loading />}
      {first.status === 'error' && <ErrorBanner error={first.error} onRetry={first.reload} />}
      {first.status === 'ready' && items.length === 0 && (
        <EmptyState>{onlyPeriod ? t('list.empty') : t('list.emptyFilters')}</EmptyState>
      )}
      {items.length > 0 && (
        <div class="table-wrap">
          <table class="table">
            <thead>
              <tr>
                <th scope="col">{t('list.col.date')}</th>
                <th scope="col">{t('list.col.place')}</th>
                <th scope="col">{t('list.col.types')}</th>
                <th scope="col">{t('list.col.signatures')}</th>
                <th scope="col">{t('list.col.status')}</th>
                <th scope="col">{t('marking.label')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((incident) => <IncidentRow key={incident.id} incident={incident} />)}
            </tbody>
          </table>
        </div>
      )}
      {items.length > 0 && first.data && (
        <div class="list-footer">
          <span>{t('list.shown', { shown: items.length, total: shownTotal(first.data) })}</span>
          {more.cursor && (
            <button type="button" class="button" onClick={loadMore} disabled={loadingMore}>
              {loadingMore ? t('common.loading') : t('list.loadMore')}
            </button>
          )}
        </div>
      )}
      {moreError && <ErrorBanner error={moreError} onRetry={loadMore} />}
    </section>
  );
}

/** Where an incident happened, in a few words: the facility, else the commune and department. */
export function placeLabel(incident: Incident): string {
  if (incident.facility) return incident.facility.name;
  const department = incident.place.department ? ` (${incident.place.department.code})` : '';
  return `${incident.place.commune ?? `${incident.place.lat.toFixed(3)}, ${incident.place.lon.toFixed(3)}`}${department}`;
}

function IncidentRow({ incident }: { incident: Incident }) {
  const link = href(`/incidents/${incident.id}`);
  return (
    <tr data-testid="incident-row" class="table__row" onClick={(event) => {
      if (!(event.target as HTMLElement).closest('a')) location.hash = link;
    }}>
      <td><a href={link}>{occurredLabel(incident.occurred)}</a></td>
      <td>{placeLabel(incident)}</td>
      <td>{incident.event_types.map((type) => label('event_type', type)).join(', ')}</td>
      <td>{incident.signatures.map((signature) => <span key={signature.normalized} class="tag">{signature.text}</span>)}</td>
      <td><span class={`badge badge--${incident.status}`}>{label('status', incident.status)}</span></td>
      <td><ProtectionBadges marking={incident.marking} compartments={incident.compartments} /></td>
    </tr>
  );
}

/** The count of matches; past the server's cap (10,000) it says "10 000+" rather than a figure it did not count. */
function shownTotal(page: IncidentPage): string {
  return `${page.total.toLocaleString(locale())}${page.total_capped ? '+' : ''}`;
}
