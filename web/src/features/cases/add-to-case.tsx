import { useState } from 'preact/hooks';
import { ErrorBanner, InfoBanner } from '../../components/status.tsx';
import { t, useLang } from '../../i18n/i18n.ts';
import { useAsync } from '../../lib/use-async.ts';
import { inputValue } from '../../components/form-fields.tsx';
import { casesApi } from './cases-api.ts';

/** "Add to a case" on an incident or campaign page: pick one of the open cases the user reads. */
export function AddToCase({ type, itemId }: { type: 'incident' | 'campaign'; itemId: string }) {
  useLang();
  const cases = useAsync(() => casesApi.list({ state: ['open'], limit: 200 }), []);
  const [choice, setChoice] = useState('');
  const [notice, setNotice] = useState<string>();
  const [error, setError] = useState<Error>();
  if (cases.status !== 'ready') return null;
  const add = async (event: Event) => {
    event.preventDefault();
    const target = cases.data.items.find((row) => row.id === choice);
    if (!target) return;
    try {
      const result = await casesApi.addItem(target.id, { type, id: itemId });
      setNotice(t(result.added ? 'addToCase.done' : 'addToCase.already', { reference: target.reference }));
      setError(undefined);
    } catch (caught) {
      setError(caught as Error);
    }
  };
  return (
    <section class="panel" aria-labelledby={`add-to-case-${itemId}`} data-testid="add-to-case">
      <h2 id={`add-to-case-${itemId}`}>{t('addToCase.label')}</h2>
      {cases.data.items.length === 0 ? (
        <p class="muted">{t('addToCase.none')}</p>
      ) : (
        <form class="add-to-case" onSubmit={add}>
          <div class="field">
            <label for={`add-to-case-select-${itemId}`}>{t('addToCase.choose')}</label>
            <select
              id={`add-to-case-select-${itemId}`}
              value={choice}
              data-testid="add-to-case-select"
              onChange={(event) => setChoice(inputValue(event))}
            >
              <option value="">{t('common.choose')}</option>
              {cases.data.items.map((row) => (
                <option key={row.id} value={row.id}>
                  {row.reference} — {row.title}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" class="button" disabled={!choice} data-testid="add-to-case-submit">
            {t('addToCase.submit')}
          </button>
        </form>
      )}
      {notice && (
        <InfoBanner>
          <span data-testid="add-to-case-done">{notice}</span>
        </InfoBanner>
      )}
      {error && <ErrorBanner error={error} />}
    </section>
  );
}
