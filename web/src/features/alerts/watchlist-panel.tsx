import { useState } from 'preact/hooks';
import { alertsApi } from '../../api/alerts-client.ts';
import { WATCH_KINDS } from '../../api/alerts-types.ts';
import { ConfirmButton } from '../../components/confirm-button.tsx';
import { inputValue } from '../../components/form-fields.tsx';
import { ErrorBanner, InfoBanner, Loading } from '../../components/status.tsx';
import { t, type MessageKey } from '../../i18n/i18n.ts';
import { useAsync } from '../../lib/use-async.ts';

/** Watched signatures: the list, and for supervisors the form to add one and a remove button. */
export function WatchlistPanel({ editable }: { editable: boolean }) {
  const entries = useAsync(() => alertsApi.watchlist(), []);
  const [kind, setKind] = useState<(typeof WATCH_KINDS)[number]>('tag');
  const [value, setValue] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<Error>();
  const [notice, setNotice] = useState<string>();
  const [busy, setBusy] = useState(false);
  const run = (action: () => Promise<unknown>, message: string) => {
    setBusy(true);
    setError(undefined);
    action()
      .then(() => {
        setNotice(message);
        entries.reload();
      }, setError)
      .finally(() => setBusy(false));
  };
  const add = (event: Event) => {
    event.preventDefault();
    const text = value.trim();
    run(
      () =>
        alertsApi.watch({ kind, value: text, note: note.trim() || undefined }).then(() => {
          setValue('');
          setNote('');
        }),
      t('watch.added', { value: text }),
    );
  };

  return (
    <section class="watchlist" aria-labelledby="watch-title" data-testid="watchlist">
      <h2 id="watch-title">{t('watch.title')}</h2>
      <p class="hint">{t('watch.intro')}</p>
      {notice && <InfoBanner>{notice}</InfoBanner>}
      {error && <ErrorBanner error={error} />}
      {editable && (
        <form class="watch-form" onSubmit={add}>
          <div class="watch-form__grid">
            <div class="field">
              <label for="watch-kind">{t('watch.kind')}</label>
              <select
                id="watch-kind"
                value={kind}
                onChange={(event) => setKind(inputValue(event) as (typeof WATCH_KINDS)[number])}
              >
                {WATCH_KINDS.map((option) => (
                  <option key={option} value={option}>
                    {t(`watch.kind.${option}` as MessageKey)}
                  </option>
                ))}
              </select>
            </div>
            <div class="field">
              <label for="watch-value">{t('watch.value')}</label>
              <input id="watch-value" value={value} onInput={(event) => setValue(inputValue(event))} />
            </div>
            <div class="field">
              <label for="watch-note">{t('watch.note')}</label>
              <input id="watch-note" value={note} onInput={(event) => setNote(inputValue(event))} />
            </div>
          </div>
          <button type="submit" class="button button--primary" disabled={busy || !value.trim()}>
            {t('watch.add')}
          </button>
        </form>
      )}
      {entries.status === 'loading' && <Loading />}
      {entries.status === 'error' && <ErrorBanner error={entries.error} onRetry={entries.reload} />}
      {entries.status === 'ready' && entries.data.items.length === 0 && <p class="muted">{t('watch.empty')}</p>}
      {entries.status === 'ready' && entries.data.items.length > 0 && (
        <div class="table-wrap">
          <table class="table">
            <thead>
              <tr>
                <th>{t('watch.kind')}</th>
                <th>{t('watch.value')}</th>
                <th>{t('watch.note')}</th>
                {editable && <th />}
              </tr>
            </thead>
            <tbody>
              {entries.data.items.map((entry) => (
                <tr key={entry.id} data-testid="watch-row">
                  <td>{t(`watch.kind.${entry.kind}` as MessageKey)}</td>
                  <td>
                    {entry.value} <span class="muted">({entry.normalized})</span>
                  </td>
                  <td>{entry.note}</td>
                  {editable && (
                    <td>
                      <ConfirmButton
                        label={t('watch.remove')}
                        confirmLabel={t('watch.removeConfirm', { value: entry.value })}
                        disabled={busy}
                        onConfirm={() =>
                          run(() => alertsApi.unwatch(entry.id), t('watch.removed', { value: entry.value }))
                        }
                      />
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
