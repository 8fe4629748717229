import { useState } from 'preact/hooks';
import { api } from '../../api/client.ts';
import type { BulkOutcome, Incident } from '../../api/types.ts';
import { ErrorBanner, InfoBanner } from '../../components/status.tsx';
import { inputValue } from '../../components/form-fields.tsx';
import { label, t, useLang } from '../../i18n/i18n.ts';
import { useAsync } from '../../lib/use-async.ts';
import { casesApi } from '../cases/cases-api.ts';

type Pending = { status: 'verified' | 'refuted' } | undefined;

/**
 * Actions on the incidents selected in the list: mark them verified or refuted (with a reason and a
 * confirmation; each at the version read, so one changed meanwhile is named, not overwritten), add
 * them to a case, export them.
 */
export function BulkActions({
  selected,
  onDone,
  onClear,
}: {
  selected: Incident[];
  onDone: (notice: string) => void;
  onClear: () => void;
}) {
  useLang();
  const [pending, setPending] = useState<Pending>();
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string>();
  const [error, setError] = useState<Error>();
  const [caseId, setCaseId] = useState('');
  const cases = useAsync(() => casesApi.list({ state: ['open'], limit: 200 }), []);
  const ids = selected.map((incident) => incident.id).join(',');

  const apply = async () => {
    if (!pending) return;
    setBusy(true);
    setError(undefined);
    setNotice(undefined);
    try {
      const { results } = await api.bulkIncidentStatus({
        items: selected.map(({ id, version }) => ({ id, version })),
        status: pending.status,
        ...(reason.trim() ? { reason: reason.trim() } : {}),
      });
      setPending(undefined);
      setReason('');
      onDone(outcomeText(results, pending.status));
    } catch (caught) {
      setError(caught as Error);
    } finally {
      setBusy(false);
    }
  };

  const addToCase = async () => {
    const target = cases.data?.items.find((row) => row.id === caseId);
    if (!target) return;
    setBusy(true);
    setError(undefined);
    setNotice(undefined);
    try {
      let added = 0;
      for (const incident of selected)
        if ((await casesApi.addItem(target.id, { type: 'incident', id: incident.id })).added) added += 1;
      setNotice(t('bulk.addedToCase', { added, already: selected.length - added, reference: target.reference }));
    } catch (caught) {
      setError(caught as Error);
    } finally {
      setBusy(false);
    }
  };

  const reasonNeeded = pending?.status === 'refuted' && !reason.trim();
  return (
    <section class="bulk-actions panel" aria-label={t('bulk.label')} data-testid="bulk-actions">
      <p class="bulk-actions__count">
        <strong data-testid="bulk-count">{t('bulk.count', { count: selected.length })}</strong>{' '}
        <button type="button" class="button button--small button--ghost" onClick={onClear}>
          {t('bulk.clear')}
        </button>
      </p>
      <div class="bulk-actions__row">
        <button
          type="button"
          class="button button--small"
          disabled={busy}
          data-testid="bulk-verify"
          onClick={() => setPending({ status: 'verified' })}
        >
          {t('incident.markAs', { status: label('status', 'verified') })}
        </button>
        <button
          type="button"
          class="button button--small"
          disabled={busy}
          data-testid="bulk-refute"
          onClick={() => setPending({ status: 'refuted' })}
        >
          {t('incident.markAs', { status: label('status', 'refuted') })}
        </button>
        {cases.data && cases.data.items.length > 0 && (
          <span class="bulk-actions__case">
            <label for="bulk-case">{t('bulk.toCase')}</label>
            <select
              id="bulk-case"
              value={caseId}
              data-testid="bulk-case"
              onChange={(event) => setCaseId(inputValue(event))}
            >
              <option value="">{t('common.choose')}</option>
              {cases.data.items.map((row) => (
                <option key={row.id} value={row.id}>
                  {row.reference} — {row.title}
                </option>
              ))}
            </select>
            <button
              type="button"
              class="button button--small"
              disabled={busy || !caseId}
              data-testid="bulk-add-to-case"
              onClick={addToCase}
            >
              {t('addToCase.submit')}
            </button>
          </span>
        )}
        <span>{t('bulk.export')}</span>
        {(['csv', 'json'] as const).map((format) => (
          <a
            key={format}
            class="button button--small button--ghost"
            data-testid={`bulk-export-${format}`}
            href={api.exportUrl(format, { ids })}
            download
          >
            {t(`list.export.${format}`)}
          </a>
        ))}
      </div>
      {pending && (
        <div class="bulk-actions__confirm" data-testid="bulk-confirm">
          <div class="field">
            <label for="bulk-reason">
              {pending.status === 'refuted' ? t('change.reason.required') : t('change.reason')}
            </label>
            <textarea id="bulk-reason" rows={2} value={reason} onInput={(event) => setReason(inputValue(event))} />
          </div>
          <p>{t('bulk.confirmText', { count: selected.length, status: label('status', pending.status) })}</p>
          <button
            type="button"
            class="button button--small button--danger"
            disabled={busy || reasonNeeded}
            data-testid="bulk-confirm-button"
            onClick={apply}
          >
            {t('bulk.confirm')}
          </button>{' '}
          <button type="button" class="button button--small button--ghost" onClick={() => setPending(undefined)}>
            {t('common.cancel')}
          </button>
        </div>
      )}
      {notice && (
        <InfoBanner>
          <span data-testid="bulk-notice">{notice}</span>
        </InfoBanner>
      )}
      {error && <ErrorBanner error={error} />}
    </section>
  );
}

/** "2 marqué(s) réfuté(s) ; 1 refusé(s) : modifié entre-temps" in the reader's language. */
function outcomeText(results: BulkOutcome[], status: string): string {
  const updated = results.filter((result) => result.outcome !== 'refused').length;
  const conflicts = results.filter((result) => result.code === 'version_conflict').length;
  const other = results.length - updated - conflicts;
  return [
    t('bulk.done', { count: updated, status: label('status', status) }),
    conflicts > 0 ? t('bulk.conflicts', { count: conflicts }) : '',
    other > 0 ? t('bulk.refused', { count: other }) : '',
  ]
    .filter(Boolean)
    .join(' ');
}
