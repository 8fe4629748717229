import { useState } from 'preact/hooks';
import { actorsApi } from '../../api/actors-client.ts';
import { inputValue } from '../../components/form-fields.tsx';
import { EmptyState, ErrorBanner, Loading } from '../../components/status.tsx';
import { t, useLang, type MessageKey } from '../../i18n/i18n.ts';
import { dateLabel } from '../../lib/dates.ts';
import { href, navigate, type Route } from '../../lib/router.ts';
import { useAsync } from '../../lib/use-async.ts';
import { Pager } from '../alerts/alert-badges.tsx';
import { riskReasons } from './risk-reasons.ts';

const PAGE_SIZE = 25;

/** High-risk detainees (`#/detainees?facility=&min_score=&page=`), highest score first, with the reasons. */
export function DetaineesPage({ route }: { route: Route }) {
  useLang();
  const facility = route.query.get('facility') ?? '';
  const minScore = route.query.get('min_score') ?? '';
  const page = Math.max(0, Number(route.query.get('page') ?? 0) || 0);
  const [facilityText, setFacilityText] = useState(facility);
  const [minText, setMinText] = useState(minScore);
  const list = useAsync(
    () =>
      actorsApi.detainees({
        facility: facility || undefined,
        min_score: minScore ? Number(minScore) : undefined,
        limit: PAGE_SIZE,
        offset: page * PAGE_SIZE,
      }),
    [facility, minScore, page],
  );
  const go = (next: { facility?: string; min_score?: string; page?: number }) =>
    navigate(
      '/detainees',
      {
        facility: next.facility ?? facility,
        min_score: next.min_score ?? minScore,
        page: next.page ? String(next.page) : undefined,
      },
      true,
    );
  const pages = list.data ? Math.max(1, Math.ceil(list.data.total / PAGE_SIZE)) : 1;

  return (
    <section class="page" aria-labelledby="detainees-title">
      <h1 id="detainees-title">{t('detainees.title')}</h1>
      <p class="hint">{t('detainees.intro')}</p>
      <form
        class="detainee-filters"
        onSubmit={(event) => {
          event.preventDefault();
          go({ facility: facilityText.trim(), min_score: minText, page: 0 });
        }}
      >
        <div class="field">
          <label for="detainees-facility">{t('detainees.facility')}</label>
          <input
            id="detainees-facility"
            value={facilityText}
            aria-describedby="detainees-facility-hint"
            onInput={(event) => setFacilityText(inputValue(event))}
          />
          <p id="detainees-facility-hint" class="field__hint">
            {t('detainees.facilityHint')}
          </p>
        </div>
        <div class="field">
          <label for="detainees-min">{t('detainees.minScore')}</label>
          <select id="detainees-min" value={minText} onChange={(event) => setMinText(inputValue(event))}>
            <option value="">0</option>
            {Array.from({ length: 12 }, (_, i) => i + 1).map((value) => (
              <option key={value} value={String(value)}>
                {value}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" class="button">
          {t('detainees.apply')}
        </button>
      </form>
      {list.status === 'loading' && <Loading />}
      {list.status === 'error' && <ErrorBanner error={list.error} onRetry={list.reload} />}
      {list.status === 'ready' && list.data.items.length === 0 && (
        <EmptyState>
          <span data-testid="detainees-empty">{t('detainees.empty')}</span>
        </EmptyState>
      )}
      {list.status === 'ready' && list.data.items.length > 0 && (
        <>
          <p class="page__count" aria-live="polite">
            {t('detainees.count', { count: list.data.total })}
          </p>
          <div class="table-wrap">
            <table class="table" data-testid="detainees-table">
              <thead>
                <tr>
                  <th scope="col">{t('detainees.person')}</th>
                  <th scope="col">{t('detainees.score')}</th>
                  <th scope="col">{t('detainees.facility')}</th>
                  <th scope="col">{t('detainees.placement')}</th>
                  <th scope="col">{t('detainees.reasons')}</th>
                </tr>
              </thead>
              <tbody>
                {list.data.items.map((entry) => (
                  <tr key={entry.person.id}>
                    <td>
                      <a href={href(`/actors/${entry.person.id}`)}>{entry.person.name}</a>
                    </td>
                    <td>
                      <span class={`risk-score${entry.score >= 8 ? ' risk-score--high' : ''}`}>{entry.score}/12</span>
                    </td>
                    <td>{entry.facility?.name ?? '—'}</td>
                    <td>{t(`placement.${entry.placement}` as MessageKey)}</td>
                    <td>
                      {riskReasons(entry).join(' · ') || '—'}{' '}
                      <span class="muted">{t('detainees.assessed', { date: dateLabel(entry.assessed_at) })}</span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager page={page} pages={pages} onPage={(next) => go({ page: next })} />
        </>
      )}
    </section>
  );
}
