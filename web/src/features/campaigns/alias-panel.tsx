import { issueText } from '../../api/error-words.ts';
import { useState } from 'preact/hooks';
import { ApiError } from '../../api/client.ts';
import { detectionApi } from '../../api/detection-client.ts';
import { ConfirmButton } from '../../components/confirm-button.tsx';
import { inputValue } from '../../components/form-fields.tsx';
import { ErrorBanner, InfoBanner, Loading } from '../../components/status.tsx';
import { t } from '../../i18n/i18n.ts';
import { useAsync } from '../../lib/use-async.ts';
import { canDecide, useUser } from '../auth/session.ts';

/**
 * The signature alias table ("DDPM" read as "DDPF" when linking): everyone reads it, analysts,
 * supervisors and administrators add and remove entries; the server recomputes the links.
 */
export function AliasPanel() {
  const user = useUser();
  const editable = canDecide(user);
  const aliases = useAsync(() => detectionApi.aliases(), []);
  const [draft, setDraft] = useState({ alias: '', canonical: '', note: '' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error>();
  const [done, setDone] = useState<string>();

  const run = (work: Promise<void>, message: string) => {
    setBusy(true);
    setError(undefined);
    setDone(undefined);
    work
      .then(() => {
        setDone(message);
        aliases.reload();
      }, setError)
      .finally(() => setBusy(false));
  };
  const add = (event: Event) => {
    event.preventDefault();
    const alias = draft.alias.trim();
    const canonical = draft.canonical.trim();
    run(
      detectionApi
        .setAlias({ alias, canonical, note: draft.note.trim() || null })
        .then(() => setDraft({ alias: '', canonical: '', note: '' })),
      t('aliases.added', { alias, canonical }),
    );
  };
  const fieldErrors = (path: string) =>
    error instanceof ApiError ? error.details.filter((d) => d.path === path).map(issueText) : [];

  return (
    <section class="panel alias-panel" aria-labelledby="aliases-title" data-testid="alias-panel">
      <h2 id="aliases-title">{t('aliases.title')}</h2>
      <p class="hint">{t('aliases.intro')}</p>
      {aliases.status === 'loading' && <Loading />}
      {aliases.status === 'error' && <ErrorBanner error={aliases.error} onRetry={aliases.reload} />}
      {aliases.data && aliases.data.items.length === 0 && <p class="muted">{t('aliases.empty')}</p>}
      {aliases.data && aliases.data.items.length > 0 && (
        <div class="table-wrap">
          <table class="table table--compact">
            <thead>
              <tr>
                <th scope="col">{t('aliases.alias')}</th>
                <th scope="col">{t('aliases.canonical')}</th>
                <th scope="col">{t('aliases.note')}</th>
                {editable && (
                  <th scope="col">
                    <span class="visually-hidden">{t('aliases.actions')}</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {aliases.data.items.map((entry) => (
                <tr key={entry.alias} data-testid="alias-row" data-alias={entry.alias}>
                  <td>
                    <span class="tag">{entry.alias}</span>
                  </td>
                  <td>
                    <span class="tag">{entry.canonical}</span>
                  </td>
                  <td>{entry.note || t('common.none')}</td>
                  {editable && (
                    <td>
                      <ConfirmButton
                        label={t('common.remove')}
                        confirmLabel={t('aliases.removeConfirm', { alias: entry.alias })}
                        disabled={busy}
                        onConfirm={() =>
                          run(detectionApi.removeAlias(entry.alias), t('aliases.removed', { alias: entry.alias }))
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
      {done && <InfoBanner>{done}</InfoBanner>}
      {error && <ErrorBanner error={error} />}
      {editable && (
        <form class="alias-form" onSubmit={add}>
          <div class="field">
            <label for="alias-alias">{t('aliases.alias')}</label>
            <input
              id="alias-alias"
              required
              maxLength={300}
              value={draft.alias}
              aria-invalid={fieldErrors('alias').length ? true : undefined}
              onInput={(event) => setDraft({ ...draft, alias: inputValue(event) })}
            />
          </div>
          <span class="alias-form__arrow" aria-hidden="true">
            →
          </span>
          <div class="field">
            <label for="alias-canonical">{t('aliases.canonical')}</label>
            <input
              id="alias-canonical"
              required
              maxLength={300}
              value={draft.canonical}
              onInput={(event) => setDraft({ ...draft, canonical: inputValue(event) })}
            />
          </div>
          <div class="field field--grow">
            <label for="alias-note">{t('aliases.note')}</label>
            <input
              id="alias-note"
              maxLength={1000}
              value={draft.note}
              onInput={(event) => setDraft({ ...draft, note: inputValue(event) })}
            />
          </div>
          <button
            type="submit"
            class="button button--primary"
            disabled={busy || !draft.alias.trim() || !draft.canonical.trim()}
          >
            {t('aliases.add')}
          </button>
        </form>
      )}
    </section>
  );
}
