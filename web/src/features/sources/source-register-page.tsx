import { useState } from 'preact/hooks';
import { sourceRegisterApi } from '../../api/review-client.ts';
import type { Outlet, OutletInput } from '../../api/review-types.ts';
import { EmptyState, ErrorBanner, InfoBanner, Loading } from '../../components/status.tsx';
import { label, t, useLang, type MessageKey } from '../../i18n/i18n.ts';
import { useAsync } from '../../lib/use-async.ts';

const RELIABILITIES = ['A', 'B', 'C', 'D', 'E', 'F'];
const CREDIBILITIES = [1, 2, 3, 4, 5, 6];
const KINDS = ['press', 'official', 'field_report', 'social', 'other'];
const CATEGORIES = ['wire', 'national', 'regional', 'foreign', 'union', 'official', 'other'];

/**
 * The source register: each outlet's default Admiralty grade and kind, given to its reports when they
 * arrive without one (review, feeds, imports). Everyone reads it; supervisors and administrators edit it.
 */
export function SourceRegisterPage({ canEdit }: { canEdit: boolean }) {
  useLang();
  const outlets = useAsync(() => sourceRegisterApi.list(), []);
  const empty = { name: '', aliases: '', kind: 'press', category: 'national', reliability: 'B', credibility: '3' };
  const [form, setForm] = useState(empty);
  // an Error, not its message: ErrorBanner words the server's code in the reader's language
  const [error, setError] = useState<Error | string>();
  const [info, setInfo] = useState<string>();
  const [busy, setBusy] = useState(false);
  const act = (work: () => Promise<unknown>, done: string) => {
    setBusy(true);
    setError(undefined);
    setInfo(undefined);
    work()
      .then(
        () => {
          setInfo(done);
          outlets.reload();
        },
        (e: unknown) => setError(e instanceof Error ? e : String(e)),
      )
      .finally(() => setBusy(false));
  };
  const set = (key: keyof typeof form) => (e: Event) =>
    setForm({ ...form, [key]: (e.currentTarget as HTMLInputElement).value });
  const add = (event: Event) => {
    event.preventDefault();
    act(
      () =>
        sourceRegisterApi
          .add({
            name: form.name.trim(),
            aliases: form.aliases
              .split(',')
              .map((a) => a.trim())
              .filter(Boolean),
            // the selects offer the register's own vocabularies; the server checks each
            kind: form.kind as OutletInput['kind'],
            category: form.category as OutletInput['category'],
            reliability: form.reliability as OutletInput['reliability'],
            credibility: Number(form.credibility),
          })
          .then(() => setForm(empty)),
      t('sources.added'),
    );
  };
  return (
    <section class="page" aria-labelledby="sources-title">
      <h1 id="sources-title">{t('sources.title')}</h1>
      <p class="hint">{t('sources.intro')}</p>
      {error && <ErrorBanner error={error} />}
      {info && <InfoBanner>{info}</InfoBanner>}
      {canEdit && (
        <form class="feed-form" onSubmit={add} data-testid="outlet-form">
          <label>
            {t('sources.name')} <input required value={form.name} onInput={set('name')} data-testid="outlet-name" />
          </label>
          <label>
            {t('sources.aliases')} <input value={form.aliases} onInput={set('aliases')} placeholder="lemonde.fr" />
          </label>
          <label>
            {t('sources.kind')}{' '}
            <select value={form.kind} onChange={set('kind')}>
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {label('source_kind', k)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('sources.category')}{' '}
            <select value={form.category} onChange={set('category')}>
              {CATEGORIES.map((c) => (
                <option key={c} value={c}>
                  {t(`sources.category.${c}` as MessageKey)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('sources.reliability')}{' '}
            <select value={form.reliability} onChange={set('reliability')} data-testid="outlet-reliability">
              {RELIABILITIES.map((r) => (
                <option key={r} value={r}>
                  {r}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('sources.credibility')}{' '}
            <select value={form.credibility} onChange={set('credibility')}>
              {CREDIBILITIES.map((c) => (
                <option key={c} value={String(c)}>
                  {c}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" class="button button--primary" disabled={busy}>
            {t('sources.add')}
          </button>
        </form>
      )}
      {outlets.status === 'loading' && <Loading />}
      {outlets.status === 'error' && <ErrorBanner error={outlets.error} onRetry={outlets.reload} />}
      {outlets.status === 'ready' && outlets.data.items.length === 0 && <EmptyState>{t('sources.empty')}</EmptyState>}
      {outlets.status === 'ready' && outlets.data.items.length > 0 && (
        <div class="table-wrap">
          <table class="table" data-testid="outlet-table">
            <thead>
              <tr>
                <th scope="col">{t('sources.name')}</th>
                <th scope="col">{t('sources.category')}</th>
                <th scope="col">{t('sources.kind')}</th>
                <th scope="col">{t('sources.grade')}</th>
                {canEdit && (
                  <th scope="col">
                    <span class="visually-hidden">{t('sources.actions')}</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {outlets.data.items.map((outlet) => (
                <OutletRow
                  key={outlet.id}
                  outlet={outlet}
                  canEdit={canEdit}
                  busy={busy}
                  onGrade={(reliability, credibility) =>
                    act(
                      () =>
                        sourceRegisterApi.update(outlet.id, {
                          version: outlet.version,
                          reliability: reliability as OutletInput['reliability'],
                          credibility,
                        }),
                      t('sources.changed', { name: outlet.name }),
                    )
                  }
                  onRemove={() =>
                    act(() => sourceRegisterApi.remove(outlet.id), t('sources.removed', { name: outlet.name }))
                  }
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function OutletRow({
  outlet,
  canEdit,
  busy,
  onGrade,
  onRemove,
}: {
  outlet: Outlet;
  canEdit: boolean;
  busy: boolean;
  onGrade: (reliability: string, credibility: number) => void;
  onRemove: () => void;
}) {
  return (
    <tr data-testid="outlet-row" data-name={outlet.name}>
      <th scope="row">
        {outlet.name}
        {outlet.aliases.length > 0 && <span class="muted"> · {outlet.aliases.join(', ')}</span>}
      </th>
      <td>{t(`sources.category.${outlet.category}` as MessageKey)}</td>
      <td>{label('source_kind', outlet.kind)}</td>
      <td>
        {canEdit ? (
          <>
            <select
              aria-label={t('sources.reliabilityOf', { name: outlet.name })}
              value={outlet.reliability}
              disabled={busy}
              data-testid="outlet-row-reliability"
              onChange={(e) => onGrade((e.currentTarget as HTMLSelectElement).value, outlet.credibility)}
            >
              {RELIABILITIES.map((r) => (
                <option key={r} value={r}>
                  {r}
                </option>
              ))}
            </select>
            <select
              aria-label={t('sources.credibilityOf', { name: outlet.name })}
              value={String(outlet.credibility)}
              disabled={busy}
              onChange={(e) => onGrade(outlet.reliability, Number((e.currentTarget as HTMLSelectElement).value))}
            >
              {CREDIBILITIES.map((c) => (
                <option key={c} value={String(c)}>
                  {c}
                </option>
              ))}
            </select>
          </>
        ) : (
          <span
            class="grade"
            title={`${t(`reliability.${outlet.reliability}` as MessageKey)} / ${t(`credibility.${outlet.credibility}` as MessageKey)}`}
          >
            {outlet.grade}
          </span>
        )}
      </td>
      {canEdit && (
        <td>
          <button type="button" class="button button--small" disabled={busy} onClick={onRemove}>
            {t('sources.remove')}
          </button>
        </td>
      )}
    </tr>
  );
}
