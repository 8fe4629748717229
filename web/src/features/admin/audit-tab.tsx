import { useEffect, useState } from 'preact/hooks';
import { auditApi } from '../../api/access-client.ts';
import type { AuditEvent, ChainCheck } from '../../api/types.ts';
import { EmptyState, ErrorBanner, InfoBanner, Loading } from '../../components/status.tsx';
import { t } from '../../i18n/i18n.ts';
import { dateTimeLabel } from '../../lib/dates.ts';
import { useAsync } from '../../lib/use-async.ts';

const PAGE_SIZE = 100;

/** The latest audit events, older ones on demand, and the check of the hash chain. */
export function AuditTab() {
  const first = useAsync(() => auditApi.recent(PAGE_SIZE), []);
  const [events, setEvents] = useState<AuditEvent[]>([]);
  const [more, setMore] = useState(false);
  const [loadingMore, setLoadingMore] = useState(false);
  const [error, setError] = useState<Error>();
  useEffect(() => {
    if (!first.data) return;
    setEvents(first.data.items);
    setMore(first.data.items.length === PAGE_SIZE);
  }, [first.data]);

  const loadOlder = () => {
    const oldest = events[events.length - 1];
    if (!oldest) return;
    setLoadingMore(true);
    auditApi
      .recent(PAGE_SIZE, oldest.seq)
      .then((page) => {
        setEvents((current) => [...current, ...page.items]);
        setMore(page.items.length === PAGE_SIZE);
      }, setError)
      .finally(() => setLoadingMore(false));
  };

  return (
    <>
      <p class="hint">{t('audit.intro')}</p>
      <ChainVerifier />
      {first.status === 'loading' && <Loading />}
      {first.status === 'error' && <ErrorBanner error={first.error} onRetry={first.reload} />}
      {first.status === 'ready' && events.length === 0 && <EmptyState>{t('audit.empty')}</EmptyState>}
      {events.length > 0 && (
        <div class="table-wrap">
          <table class="table table--compact" data-testid="audit-table">
            <thead>
              <tr>
                <th scope="col">{t('audit.col.seq')}</th>
                <th scope="col">{t('audit.col.at')}</th>
                <th scope="col">{t('audit.col.actor')}</th>
                <th scope="col">{t('audit.col.action')}</th>
                <th scope="col">{t('audit.col.object')}</th>
                <th scope="col">{t('audit.col.address')}</th>
                <th scope="col">{t('audit.col.details')}</th>
              </tr>
            </thead>
            <tbody>
              {events.map((event) => (
                <tr key={event.seq} data-testid="audit-row">
                  <td class="mono">{event.seq}</td>
                  <td>{dateTimeLabel(event.at)}</td>
                  <td>{event.actor ?? t('audit.system')}</td>
                  <td>
                    <code class="mono">{event.action}</code>
                  </td>
                  <td>
                    {event.object_type ? (
                      <>
                        {event.object_type} <span class="muted mono">{event.object_id?.slice(0, 8)}</span>
                      </>
                    ) : (
                      t('common.none')
                    )}
                  </td>
                  <td class="mono">{event.address ?? t('common.none')}</td>
                  <td>
                    <Details value={event.details} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {error && <ErrorBanner error={error} onRetry={loadOlder} />}
      {more && (
        <div class="list-footer">
          <span />
          <button type="button" class="button" disabled={loadingMore} onClick={loadOlder}>
            {loadingMore ? t('common.loading') : t('audit.older')}
          </button>
        </div>
      )}
    </>
  );
}

/** The details of an event as compact JSON, cut short with the whole text in the tooltip. */
function Details({ value }: { value: unknown }) {
  if (value === null || value === undefined || (typeof value === 'object' && Object.keys(value).length === 0))
    return <>{t('common.none')}</>;
  const text = JSON.stringify(value);
  return (
    <code class="mono audit__details" title={text}>
      {text.length > 90 ? `${text.slice(0, 90)}…` : text}
    </code>
  );
}

/** "Verify the chain": intact with the number of events, or broken with the first bad event. */
function ChainVerifier() {
  const [result, setResult] = useState<ChainCheck>();
  const [checking, setChecking] = useState(false);
  const [error, setError] = useState<Error>();
  const verify = () => {
    setChecking(true);
    setError(undefined);
    setResult(undefined);
    auditApi
      .verify()
      .then(setResult, setError)
      .finally(() => setChecking(false));
  };
  return (
    <div class="verify" data-testid="audit-verify">
      <button type="button" class="button" disabled={checking} onClick={verify}>
        {checking ? t('audit.verifying') : t('audit.verify')}
      </button>
      {result?.ok && (
        <InfoBanner>
          <span data-testid="audit-verify-result">✔ {t('audit.intact', { count: result.count })}</span>
        </InfoBanner>
      )}
      {result && !result.ok && (
        <ErrorBanner error={`✖ ${t('audit.broken', { seq: result.broken_at, reason: result.reason })}`} />
      )}
      {error && <ErrorBanner error={error} onRetry={verify} />}
    </div>
  );
}
