import { useEffect, useState } from 'preact/hooks';
import { api } from '../../api/client.ts';
import { adminApi } from '../../api/access-client.ts';
import {
  INCIDENT_SORTS,
  type Incident,
  type IncidentFilters,
  type IncidentPage,
  type IncidentSort,
} from '../../api/types.ts';
import { ProtectionBadges } from '../../components/marking-badge.tsx';
import { EmptyState, ErrorBanner, InfoBanner, Loading } from '../../components/status.tsx';
import { JumpToLatest } from '../../components/jump-to-latest.tsx';
import { label, locale, t, useLang } from '../../i18n/i18n.ts';
import { apiPeriod, occurredLabel } from '../../lib/dates.ts';
import { periodFromAddress, periodToAddress, type Period } from '../../lib/opening-period.ts';
import { href, navigate, type Route } from '../../lib/router.ts';
import { useAsync } from '../../lib/use-async.ts';
import { FILTER_KEYS, IncidentFilterPanel, filterNames, filtersFromQuery } from './incident-filters.tsx';
import { actLabel, bestGrade, siteLabel } from './incident-summary.ts';
import { BulkActions } from './bulk-actions.tsx';
import { useLoadMore } from '../../lib/use-load-more.ts';

export { placeLabel } from './incident-summary.ts';

const PAGE_SIZE = 50;

/** The sort the address asks for (`sort=occurred`), newest first by default. */
const sortOf = (query: URLSearchParams): IncidentSort => {
  const sort = query.get('sort') as IncidentSort | null;
  return sort && (INCIDENT_SORTS as readonly string[]).includes(sort) ? sort : '-occurred';
};

/**
 * The incident list: filters, period and sort in the address (a shareable link), a summary of each
 * incident (act, site, tags, organisation, grade), "load more", and actions on a selection.
 */
export function IncidentListPage({ route }: { route: Route }) {
  useLang();
  const period = periodFromAddress(route.query);
  const filters: IncidentFilters = { ...filtersFromQuery(route.query), from: period.from, to: period.to };
  const sort = sortOf(route.query);
  const key = JSON.stringify([filters, sort]);
  // The address holds calendar days; the API takes instants.
  const query = { ...filters, ...apiPeriod(filters) };
  const reference = useAsync(() => api.reference(), []);
  const organisations = useAsync(
    () => adminApi.organisations().then((page) => new Map(page.items.map((o) => [o.id, o.name] as [string, string]))),
    [],
  );
  const first = useAsync(() => api.incidents({ ...query, limit: PAGE_SIZE, sort }), [key]);
  const {
    items,
    hasMore,
    loadMore,
    loading: loadingMore,
    error: moreError,
  } = useLoadMore(
    first.data,
    (page) => page.items,
    (page) => page.next_cursor,
    (cursor) => api.incidents({ ...query, limit: PAGE_SIZE, cursor, sort }),
  );
  const [selected, setSelected] = useState<Map<string, Incident>>(new Map());
  const [bulkNotice, setBulkNotice] = useState<string>();

  useEffect(() => {
    setSelected(new Map());
    setBulkNotice(undefined);
  }, [key]);

  const go = (next: IncidentFilters, nextSort: IncidentSort = sort) => {
    const { from, to, ...rest } = next;
    navigate(
      '/incidents',
      {
        ...(rest as Record<string, string | undefined>),
        ...periodToAddress({ from, to }),
        sort: nextSort === '-occurred' ? undefined : nextSort,
      },
      true,
    );
  };
  const setPeriod = (next: Period) => go({ ...filters, from: next.from, to: next.to });

  const onlyPeriod = FILTER_KEYS.every((name) => name === 'from' || name === 'to' || !filters[name]);
  const toggle = (incident: Incident, on: boolean) =>
    setSelected((current) => {
      const next = new Map(current);
      if (on) next.set(incident.id, incident);
      else next.delete(incident.id);
      return next;
    });
  const allSelected = items.length > 0 && items.every((incident) => selected.has(incident.id));

  return (
    <section class="page" aria-labelledby="list-title">
      <div class="page__header">
        <h1 id="list-title">{t('list.title')}</h1>
        {first.data && (
          <p class="page__count" aria-live="polite" data-testid="list-total">
            {t('list.total', { total: shownTotal(first.data) })}
          </p>
        )}
      </div>
      {reference.status === 'error' && <ErrorBanner error={reference.error} onRetry={reference.reload} />}
      {reference.data && (
        <IncidentFilterPanel reference={reference.data} filters={filters} onChange={(next) => go(next)} />
      )}
      <div class="toolbar">
        <span>{t('list.export')}</span>
        {(['csv', 'json', 'geojson'] as const).map((format) => (
          <a key={format} class="button button--small button--ghost" href={api.exportUrl(format, query)} download>
            {t(`list.export.${format}`)}
          </a>
        ))}
        <a class="button button--small toolbar__import" href={href('/imports')} data-testid="import-link">
          {t('list.importLink')}
        </a>
      </div>
      {selected.size > 0 && (
        <BulkActions
          selected={[...selected.values()]}
          onDone={(notice) => {
            setSelected(new Map());
            setBulkNotice(notice);
            first.reload();
          }}
          onClear={() => setSelected(new Map())}
        />
      )}
      {bulkNotice && selected.size === 0 && (
        <InfoBanner>
          <span data-testid="bulk-notice">{bulkNotice}</span>
        </InfoBanner>
      )}
      {first.status === 'loading' && <Loading />}
      {first.status === 'error' && <ErrorBanner error={first.error} fields={filterNames()} onRetry={first.reload} />}
      {first.status === 'ready' && items.length === 0 && (
        <EmptyState>
          {onlyPeriod ? t('list.empty') : t('list.emptyFilters')} {onlyPeriod && <JumpToLatest onPeriod={setPeriod} />}
        </EmptyState>
      )}
      {items.length > 0 && (
        <div class="table-wrap">
          <table class="table incident-table">
            <thead>
              <tr>
                <th scope="col" class="incident-table__select">
                  <input
                    type="checkbox"
                    aria-label={t('bulk.selectAll')}
                    checked={allSelected}
                    data-testid="select-all"
                    onChange={(event) => {
                      const on = (event.currentTarget as HTMLInputElement).checked;
                      for (const incident of items) toggle(incident, on);
                    }}
                  />
                </th>
                <SortHeader
                  column="occurred"
                  sort={sort}
                  onSort={(next) => go(filters, next)}
                  label={t('list.col.date')}
                />
                <th scope="col">{t('list.col.summary')}</th>
                <SortHeader
                  column="status"
                  sort={sort}
                  onSort={(next) => go(filters, next)}
                  label={t('list.col.status')}
                />
                <th scope="col">{t('marking.label')}</th>
                <SortHeader
                  column="recorded"
                  sort={sort}
                  onSort={(next) => go(filters, next)}
                  label={t('list.col.recorded')}
                />
              </tr>
            </thead>
            <tbody>
              {items.map((incident) => (
                <IncidentRow
                  key={incident.id}
                  incident={incident}
                  organisation={organisations.data?.get(incident.owner_org_id)}
                  selected={selected.has(incident.id)}
                  onSelect={(on) => toggle(incident, on)}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {items.length > 0 && first.data && (
        <div class="list-footer">
          <span>{t('list.shown', { shown: items.length, total: shownTotal(first.data) })}</span>
          {hasMore && (
            <button type="button" class="button" onClick={loadMore} disabled={loadingMore}>
              {loadingMore ? t('common.loading') : t('list.loadMore')}
            </button>
          )}
        </div>
      )}
      {moreError && <ErrorBanner error={moreError} fields={filterNames()} onRetry={loadMore} />}
    </section>
  );
}

/** A column header that sorts: first click in the column's natural order (dates newest first), then the other way. */
function SortHeader({
  column,
  sort,
  onSort,
  label: text,
}: {
  column: 'occurred' | 'recorded' | 'status';
  sort: IncidentSort;
  onSort: (sort: IncidentSort) => void;
  label: string;
}) {
  const active = sort.replace(/^-/, '') === column;
  const descending = sort.startsWith('-');
  const natural: IncidentSort = column === 'status' ? 'status' : `-${column}`;
  const next: IncidentSort = active ? ((descending ? column : `-${column}`) as IncidentSort) : natural;
  return (
    <th scope="col" aria-sort={active ? (descending ? 'descending' : 'ascending') : 'none'}>
      <button type="button" class="sort-button" data-testid={`sort-${column}`} onClick={() => onSort(next)}>
        {text}
        <span aria-hidden="true">{active ? (descending ? ' ▼' : ' ▲') : ' ↕'}</span>
      </button>
    </th>
  );
}

function IncidentRow({
  incident,
  organisation,
  selected,
  onSelect,
}: {
  incident: Incident;
  organisation?: string;
  selected: boolean;
  onSelect: (on: boolean) => void;
}) {
  const link = href(`/incidents/${incident.id}`);
  const grade = bestGrade(incident);
  return (
    <tr
      data-testid="incident-row"
      data-id={incident.id}
      class={`table__row${selected ? ' is-selected' : ''}`}
      onClick={(event) => {
        if (!(event.target as HTMLElement).closest('a, input, button')) location.hash = link;
      }}
    >
      <td class="incident-table__select">
        <input
          type="checkbox"
          checked={selected}
          data-testid="select-incident"
          aria-label={t('bulk.select', { incident: `${actLabel(incident)}, ${occurredLabel(incident.occurred)}` })}
          onChange={(event) => onSelect((event.currentTarget as HTMLInputElement).checked)}
        />
      </td>
      <td>
        <a href={link}>{occurredLabel(incident.occurred)}</a>
      </td>
      <td class="incident-summary" data-testid="incident-summary">
        <strong>{actLabel(incident)}</strong>
        <span class="incident-summary__site"> — {siteLabel(incident)}</span>
        <div class="incident-summary__meta">
          {incident.signatures.map((signature) => (
            <span key={signature.normalized} class="tag">
              {signature.text}
            </span>
          ))}
          {organisation && (
            <span class="muted" title={t('list.summary.organisation')}>
              {organisation}
            </span>
          )}
          {grade && (
            <span class="grade" title={t('incident.source.grade')}>
              {grade}
            </span>
          )}
        </div>
      </td>
      <td>
        <span class={`badge badge--${incident.status}`}>{label('status', incident.status)}</span>
      </td>
      <td>
        <ProtectionBadges marking={incident.marking} compartments={incident.compartments} />
      </td>
      <td class="muted">
        {new Intl.DateTimeFormat(locale(), { dateStyle: 'short' }).format(new Date(incident.created_at))}
      </td>
    </tr>
  );
}

/** The count of matches; past the server's cap (10,000) it says "10 000+" rather than a figure it did not count. */
function shownTotal(page: IncidentPage): string {
  return `${page.total.toLocaleString(locale())}${page.total_capped ? '+' : ''}`;
}
