import { inputValue } from '../../components/form-fields.tsx';
import { PeriodControl, type Period } from '../../components/period-control.tsx';
import { EmptyState, ErrorBanner, Loading } from '../../components/status.tsx';
import { getLang, locale, t, useLang, type MessageKey } from '../../i18n/i18n.ts';
import { dateLabel, today } from '../../lib/dates.ts';
import { navigate, type Route } from '../../lib/router.ts';
import { useAsync } from '../../lib/use-async.ts';
import { ChipFilter, Pager } from '../alerts/alert-badges.tsx';
import { BarChart } from './bar-chart.tsx';
import { SeizureMap } from './seizure-map.tsx';
import { DRUGS, GROUP_BYS, seizuresApi, type GroupBy, type SeizureFact } from './seizures-api.ts';

const PAGE_SIZE = 25;
const kg = (value: number) => `${value.toLocaleString(locale(), { maximumFractionDigits: 1 })} kg`;

/**
 * `#/seizures?from=&to=&drug=&group=&ytd=`: the year-to-date sentence, totals by one dimension
 * (table, chart, CSV), the map and the international seizures with their vessels and organisations.
 */
export function SeizuresPage({ route }: { route: Route }) {
  useLang();
  const q = route.query;
  const period: Period = { from: q.get('from') || undefined, to: q.get('to') || undefined };
  const drug = DRUGS.find((known) => known === q.get('drug')) ?? '';
  const groupBy = (GROUP_BYS as readonly string[]).includes(q.get('group') ?? '')
    ? (q.get('group') as GroupBy)
    : 'month';
  const ytdDate = q.get('ytd') ?? today();
  const page = Math.max(0, Number(q.get('page') ?? 0) || 0);
  const go = (next: Record<string, string | undefined>) =>
    navigate(
      '/seizures',
      {
        from: period.from,
        to: period.to,
        drug: drug || undefined,
        group: groupBy,
        ytd: q.get('ytd') ?? undefined,
        ...next,
      },
      true,
    );
  const filter = { from: period.from, to: period.to, drug: drug || undefined };
  const totals = useAsync(() => seizuresApi.stats(groupBy, filter), [groupBy, period.from, period.to, drug]);
  const facts = useAsync(() => seizuresApi.facts(filter), [period.from, period.to, drug]);
  const ytd = useAsync(() => seizuresApi.ytd(ytdDate, drug || undefined), [ytdDate, drug]);
  const groupLabel = (key: string, label: string) =>
    groupBy === 'drug'
      ? t(`seizures.drugName.${key}` as MessageKey)
      : groupBy === 'month' && /^\d{4}-\d{2}$/.test(key)
        ? monthLabel(key)
        : label;

  return (
    <section class="page seizures-page" aria-labelledby="seizures-title">
      <h1 id="seizures-title">{t('seizures.title')}</h1>
      <p class="hint">{t('seizures.intro')}</p>
      <div class="seizure-filters">
        <PeriodControl
          idPrefix="seizures"
          value={period}
          onChange={(next) => go({ from: next.from, to: next.to, page: undefined })}
        />
        <div class="field">
          <label for="seizure-drug">{t('seizures.drug')}</label>
          <select
            id="seizure-drug"
            value={drug}
            onChange={(event) => go({ drug: inputValue(event) || undefined, page: undefined })}
          >
            <option value="">{t('seizures.anyDrug')}</option>
            {DRUGS.map((value) => (
              <option key={value} value={value}>
                {t(`seizures.drugName.${value}` as MessageKey)}
              </option>
            ))}
          </select>
        </div>
      </div>

      <section class="panel" aria-labelledby="ytd-title">
        <h2 id="ytd-title">{t('seizures.ytd.title')}</h2>
        <div class="field">
          <label for="seizure-ytd">{t('seizures.ytd.date')}</label>
          <input
            id="seizure-ytd"
            type="date"
            value={ytdDate}
            onChange={(event) => go({ ytd: inputValue(event) || undefined })}
          />
        </div>
        <p class="hint">{t('seizures.ytd.hint')}</p>
        {ytd.status === 'loading' && <Loading />}
        {ytd.status === 'error' && <ErrorBanner error={ytd.error} onRetry={ytd.reload} />}
        {ytd.status === 'ready' && (
          <p class="ytd-sentence" data-testid="ytd-sentence">
            {ytd.data.sentence[getLang()]}
          </p>
        )}
      </section>

      <section aria-labelledby="totals-title">
        <h2 id="totals-title">{t('seizures.chart', { group: t(`seizures.groupBy.${groupBy}` as MessageKey) })}</h2>
        <ChipFilter<GroupBy>
          legend={t('seizures.groupBy')}
          value={groupBy}
          testId="seizure-group"
          options={GROUP_BYS.map((value) => [value, t(`seizures.groupBy.${value}` as MessageKey)])}
          onChange={(value) => go({ group: value })}
        />
        {totals.status === 'loading' && <Loading />}
        {totals.status === 'error' && <ErrorBanner error={totals.error} onRetry={totals.reload} />}
        {totals.status === 'ready' && totals.data.groups.length === 0 && (
          <EmptyState>
            <span data-testid="seizures-empty">{t('seizures.empty')}</span>
          </EmptyState>
        )}
        {totals.status === 'ready' && totals.data.groups.length > 0 && (
          <>
            <p class="page__count" data-testid="seizure-total">
              {t('seizures.total', { kg: kg(totals.data.total.kilograms), count: totals.data.total.count })}
            </p>
            <BarChart
              title={t('seizures.chart', { group: t(`seizures.groupBy.${groupBy}` as MessageKey) })}
              rows={totals.data.groups.map((row) => ({
                key: row.key,
                label: groupLabel(row.key, row.label),
                value: row.kilograms,
              }))}
            />
            <div class="table-wrap">
              <table class="table" data-testid="seizure-table">
                <thead>
                  <tr>
                    <th scope="col">{t('seizures.col.group')}</th>
                    <th scope="col" class="num">
                      {t('seizures.col.kg')}
                    </th>
                    <th scope="col" class="num">
                      {t('seizures.col.count')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {totals.data.groups.map((row) => (
                    <tr key={row.key} data-key={row.key}>
                      <td>{groupLabel(row.key, row.label)}</td>
                      <td class="num">{kg(row.kilograms)}</td>
                      <td class="num">{row.count}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <p>
              <a
                class="button"
                download
                href={seizuresApi.csvUrl('stats', { group_by: groupBy, ...filter })}
                data-testid="seizure-csv"
              >
                {t('seizures.csv')}
              </a>{' '}
              <a class="button" download href={seizuresApi.csvUrl('facts', filter)}>
                {t('seizures.csvAll')}
              </a>
            </p>
          </>
        )}
      </section>

      {facts.status === 'ready' && facts.data.items.length > 0 && <SeizureMap facts={facts.data.items} />}
      {facts.status === 'error' && <ErrorBanner error={facts.error} onRetry={facts.reload} />}
      {facts.status === 'ready' && (
        <International
          facts={facts.data.items.filter((f) => f.country !== 'FR')}
          page={page}
          onPage={(next) => go({ page: next ? String(next) : undefined })}
        />
      )}
    </section>
  );
}

function International({
  facts,
  page,
  onPage,
}: {
  facts: SeizureFact[];
  page: number;
  onPage: (page: number) => void;
}) {
  const pages = Math.max(1, Math.ceil(facts.length / PAGE_SIZE));
  const shown = [...facts].reverse().slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE);
  return (
    <section aria-labelledby="international-title">
      <h2 id="international-title">{t('seizures.international.title')}</h2>
      {facts.length === 0 ? (
        <EmptyState>{t('seizures.international.empty')}</EmptyState>
      ) : (
        <>
          <div class="table-wrap">
            <table class="table" data-testid="international-table">
              <thead>
                <tr>
                  <th scope="col">{t('seizures.col.date')}</th>
                  <th scope="col">{t('seizures.col.country')}</th>
                  <th scope="col" class="num">
                    {t('seizures.col.kg')}
                  </th>
                  <th scope="col">{t('seizures.col.vessel')}</th>
                  <th scope="col">{t('seizures.col.organisation')}</th>
                  <th scope="col">{t('seizures.col.agency')}</th>
                  <th scope="col">{t('seizures.col.route')}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((f) => (
                  <tr key={f.id}>
                    <td>{f.date ? dateLabel(f.date) : t('common.none')}</td>
                    <td>{countryName(f.country)}</td>
                    <td class="num">{kg(f.kilograms)}</td>
                    <td data-free-text>{f.vessel ?? '—'}</td>
                    <td>{f.organisation?.name ?? '—'}</td>
                    <td>{f.agency ?? '—'}</td>
                    <td data-free-text>{f.route ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager page={page} pages={pages} onPage={onPage} />
        </>
      )}
    </section>
  );
}

/** A month of the totals (`2024-03`) as the reader says it: "mars 2024". */
function monthLabel(month: string): string {
  return new Intl.DateTimeFormat(locale(), { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${month}-15T12:00:00Z`),
  );
}

/** A country's name in the reader's language from its ISO code (`EC`: "Équateur"); an unknown code as it is. */
function countryName(code: string): string {
  try {
    return new Intl.DisplayNames([locale()], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}
