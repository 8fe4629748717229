import { issueText } from '../../api/error-words.ts';
import { useState } from 'preact/hooks';
import { adminApi } from '../../api/access-client.ts';
import { ApiError } from '../../api/http.ts';
import { Field, inputValue } from '../../components/form-fields.tsx';
import { MarkingBadge } from '../../components/marking-badge.tsx';
import { ErrorBanner, InfoBanner } from '../../components/status.tsx';
import { useModalFocus } from '../../components/use-modal-focus.ts';
import { t, type MessageKey } from '../../i18n/i18n.ts';
import { dateTimeLabel } from '../../lib/dates.ts';
import { useAsync } from '../../lib/use-async.ts';
import { casesApi, MAX_EVIDENCE_BYTES, uploadEvidence, type CaseDetail } from './cases-api.ts';

/** The messages of the server for one field of a refused request. */
export const fieldErrors = (error: unknown, path: string) =>
  error instanceof ApiError ? error.details.filter((d) => d.path === path).map(issueText) : [];

/** Evidence files with their hash, and the upload with its progress. */
export function EvidencePanel({ detail, onChange }: { detail: CaseDetail; onChange: () => void }) {
  const [file, setFile] = useState<File>();
  const [description, setDescription] = useState('');
  const [progress, setProgress] = useState<number>();
  const [error, setError] = useState<Error>();
  const [done, setDone] = useState<{ name: string; sha256: string }>();
  const upload = async (event: Event) => {
    event.preventDefault();
    if (!file) return;
    setError(undefined);
    setDone(undefined);
    if (file.size > MAX_EVIDENCE_BYTES) {
      setError(new Error(t('case.evidence.tooLarge')));
      return;
    }
    try {
      setProgress(0);
      const stored = await uploadEvidence(detail.id, file, description, setProgress);
      setDone({ name: stored.file_name, sha256: stored.sha256 });
      setFile(undefined);
      setDescription('');
      (event.currentTarget as HTMLFormElement | null)?.reset?.();
      onChange();
    } catch (caught) {
      setError(caught as Error);
    } finally {
      setProgress(undefined);
    }
  };
  return (
    <section class="panel" aria-labelledby="case-evidence-title" data-testid="case-evidence">
      <h2 id="case-evidence-title">{t('case.evidence')}</h2>
      {detail.evidence.length === 0 ? (
        <p class="muted">{t('case.evidence.empty')}</p>
      ) : (
        <ul class="case-list">
          {detail.evidence.map((item) => (
            <li key={item.id} data-testid="evidence-item">
              <a href={item.download} download={item.file_name}>
                {item.file_name}
              </a>{' '}
              <MarkingBadge marking={item.marking} />
              <div class="muted">
                {t('case.evidence.size', { size: item.size_bytes })} · {item.media_type} ·{' '}
                {t('case.evidence.by', { name: item.added_by, date: dateTimeLabel(item.added_at) })}
              </div>
              <div class="mono" data-testid="evidence-sha256">
                SHA-256 {item.sha256}
              </div>
            </li>
          ))}
        </ul>
      )}
      {done && (
        <InfoBanner>
          <span data-testid="evidence-done">{t('case.evidence.done', { name: done.name, sha256: done.sha256 })}</span>
        </InfoBanner>
      )}
      {error && <ErrorBanner error={error} />}
      {detail.can_write && (
        <form class="case-inline-form" onSubmit={upload}>
          <div class="field">
            <label for="evidence-file">{t('case.evidence.file')}</label>
            <input
              id="evidence-file"
              type="file"
              data-testid="evidence-file"
              onChange={(event) => setFile((event.currentTarget as HTMLInputElement).files?.[0])}
            />
          </div>
          <div class="field">
            <label for="evidence-description">{t('case.evidence.description')}</label>
            <input
              id="evidence-description"
              value={description}
              onInput={(event) => setDescription(inputValue(event))}
            />
          </div>
          <button type="submit" class="button" disabled={!file || progress !== undefined} data-testid="evidence-upload">
            {t('case.evidence.upload')}
          </button>
          {progress !== undefined && (
            <progress max={100} value={progress} aria-label={t('case.evidence.progress', { percent: progress })} />
          )}
        </form>
      )}
    </section>
  );
}

/** The handover dialog: receiving organisation, reason, whether the sender keeps read access. */
export function HandoverDialog({
  detail,
  onDone,
  onCancel,
}: {
  detail: CaseDetail;
  onDone: (org: string) => void;
  onCancel: () => void;
}) {
  const organisations = useAsync(() => adminApi.organisations(), []);
  const [to, setTo] = useState('');
  const [reason, setReason] = useState('');
  const [keep, setKeep] = useState(true);
  const [error, setError] = useState<Error>();
  const modal = useModalFocus(onCancel);
  const submit = async (event: Event) => {
    event.preventDefault();
    try {
      await casesApi.handover(detail.id, { to, reason, keep_access: keep });
      onDone(organisations.data?.items.find((org) => org.id === to)?.name ?? to);
    } catch (caught) {
      setError(caught as Error);
    }
  };
  return (
    <div class="dialog-backdrop">
      <div
        class="panel dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="handover-title"
        data-testid="handover-dialog"
        ref={modal.ref}
        onKeyDown={modal.onKeyDown}
      >
        <form onSubmit={submit} noValidate>
          <h2 id="handover-title">{t('case.handover')}</h2>
          <p class="hint">{t('case.handover.hint')}</p>
          {error && !fieldErrors(error, 'to').length && !fieldErrors(error, 'reason').length && (
            <ErrorBanner error={error} />
          )}
          <Field id="handover-to" label={t('case.handover.to')} errors={fieldErrors(error, 'to')}>
            {(aria) => (
              <select {...aria} value={to} onChange={(event) => setTo(inputValue(event))}>
                <option value="">{t('common.choose')}</option>
                {(organisations.data?.items ?? [])
                  .filter((org) => org.id !== detail.lead_org_id)
                  .map((org) => (
                    <option key={org.id} value={org.id}>
                      {org.name}
                    </option>
                  ))}
              </select>
            )}
          </Field>
          <Field id="handover-reason" label={t('case.handover.reason')} errors={fieldErrors(error, 'reason')}>
            {(aria) => <textarea {...aria} rows={3} value={reason} onInput={(event) => setReason(inputValue(event))} />}
          </Field>
          <label class="checkbox">
            <input
              type="checkbox"
              checked={keep}
              onChange={(event) => setKeep((event.currentTarget as HTMLInputElement).checked)}
            />
            {t('case.handover.keep')}
          </label>
          <div class="dialog__actions">
            <button type="button" class="button" onClick={onCancel}>
              {t('case.handover.cancel')}
            </button>
            <button type="submit" class="button button--primary" data-testid="handover-submit">
              {t('case.handover.submit')}
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}

/** What left the owning organisation through this case. */
export function DisseminationLog({ caseId, version }: { caseId: string; version: number }) {
  const log = useAsync(() => casesApi.disseminations(caseId), [caseId, version]);
  return (
    <section class="panel" aria-labelledby="case-dissemination-title" data-testid="case-disseminations">
      <h2 id="case-dissemination-title">{t('case.disseminations')}</h2>
      {log.status === 'error' && <ErrorBanner error={log.error} onRetry={log.reload} />}
      {log.status === 'ready' && log.data.items.length === 0 && <p class="muted">{t('case.disseminations.empty')}</p>}
      {log.status === 'ready' && log.data.items.length > 0 && (
        <ul class="case-list">
          {log.data.items.map((row) => (
            <li key={row.id} data-testid="dissemination-item" data-channel={row.channel}>
              {t('case.disseminations.line', {
                date: dateTimeLabel(row.at),
                channel: t(`channel.${row.channel}` as MessageKey) + (row.format ? ` (${row.format})` : ''),
                count: row.object_count,
                recipient: row.recipient.name,
              })}{' '}
              <MarkingBadge marking={row.marking} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
