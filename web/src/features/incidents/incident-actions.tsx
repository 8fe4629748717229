import { useState } from 'preact/hooks';
import { ApiError, api } from '../../api/client.ts';
import type { Incident, IncidentPatch } from '../../api/types.ts';
import { inputValue } from '../../components/form-fields.tsx';
import { ErrorBanner, InfoBanner } from '../../components/status.tsx';
import { label, t, useLang } from '../../i18n/i18n.ts';

type Asking = 'refute' | 'merge' | undefined;
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

/**
 * What an analyst does to a saved incident: correct it, mark it verified or back to reported, and
 * refute it or merge it into another, which take it out of the analysis and so ask for a reason and a
 * confirmation. Every change goes with the version read; a 409 says someone changed it meanwhile.
 */
export function IncidentActions({
  incident,
  onChange,
  onReload,
  onEdit,
}: {
  incident: Incident;
  onChange: (incident: Incident) => void;
  onReload: () => void;
  onEdit: () => void;
}) {
  useLang();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error>();
  const [done, setDone] = useState<string>();
  const [asking, setAsking] = useState<Asking>();
  const [reason, setReason] = useState('');
  const [target, setTarget] = useState('');

  const send = (patch: Pick<IncidentPatch, 'status' | 'reason' | 'duplicate_of'>, message: string) => {
    setBusy(true);
    setError(undefined);
    setDone(undefined);
    api
      .patchIncident(incident.id, { version: incident.version, ...patch })
      .then((updated) => {
        onChange(updated);
        setDone(message);
        setAsking(undefined);
        setReason('');
        setTarget('');
      }, setError)
      .finally(() => setBusy(false));
  };
  const conflict = error instanceof ApiError && error.status === 409;
  const targetId = target.match(UUID)?.[0];
  const open = (what: Asking) => {
    setAsking(what);
    setError(undefined);
    setDone(undefined);
  };

  return (
    <div class="status-actions" role="group" aria-label={t('incident.changeStatus')}>
      <button type="button" class="button button--small button--primary" data-testid="edit-incident" onClick={onEdit}>
        {t('edit.open')}
      </button>
      {(['reported', 'verified'] as const)
        .filter((status) => status !== incident.status)
        .map((status) => (
          <button
            key={status}
            type="button"
            class="button button--small"
            disabled={busy}
            data-status={status}
            onClick={() => send({ status }, t('incident.statusChanged', { status: label('status', status) }))}
          >
            {t('incident.markAs', { status: label('status', status) })}
          </button>
        ))}
      {incident.status !== 'refuted' && (
        <button
          type="button"
          class="button button--small"
          disabled={busy}
          data-status="refuted"
          onClick={() => open('refute')}
        >
          {t('incident.markAs', { status: label('status', 'refuted') })}
        </button>
      )}
      {incident.status !== 'duplicate' && (
        <button
          type="button"
          class="button button--small"
          disabled={busy}
          data-testid="merge-incident"
          onClick={() => open('merge')}
        >
          {t('merge.open')}
        </button>
      )}
      {asking && (
        <div class="status-actions__confirm panel" data-testid={`${asking}-confirm`}>
          {asking === 'merge' && (
            <div class="field">
              <label for="merge-target">{t('merge.target')}</label>
              <input
                id="merge-target"
                type="text"
                value={target}
                placeholder={t('merge.target.placeholder')}
                onInput={(event) => setTarget(inputValue(event))}
              />
            </div>
          )}
          <div class="field">
            <label for="withdraw-reason">{t('change.reason.required')}</label>
            <textarea id="withdraw-reason" rows={2} value={reason} onInput={(event) => setReason(inputValue(event))} />
          </div>
          <p>{asking === 'refute' ? t('refute.confirmText') : t('merge.confirmText')}</p>
          <button
            type="button"
            class="button button--small button--danger"
            data-testid="confirm-withdraw"
            disabled={busy || !reason.trim() || (asking === 'merge' && !targetId)}
            onClick={() =>
              asking === 'refute'
                ? send(
                    { status: 'refuted', reason: reason.trim() },
                    t('incident.statusChanged', { status: label('status', 'refuted') }),
                  )
                : send({ duplicate_of: targetId, reason: reason.trim() }, t('merge.done'))
            }
          >
            {asking === 'refute' ? t('refute.confirm') : t('merge.confirm')}
          </button>{' '}
          <button type="button" class="button button--small button--ghost" onClick={() => setAsking(undefined)}>
            {t('common.cancel')}
          </button>
        </div>
      )}
      {done && <InfoBanner>{done}</InfoBanner>}
      {conflict && (
        <ErrorBanner error={t('incident.conflict')}>
          {' '}
          <button type="button" class="button button--small" onClick={onReload}>
            {t('incident.reload')}
          </button>
        </ErrorBanner>
      )}
      {error && !conflict && <ErrorBanner error={error} />}
    </div>
  );
}
