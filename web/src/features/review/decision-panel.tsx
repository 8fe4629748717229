import { useState } from 'preact/hooks';
import { ApiError } from '../../api/http.ts';
import { reviewApi } from '../../api/review-client.ts';
import type { Candidate, CandidateDetail } from '../../api/review-types.ts';
import { ErrorBanner } from '../../components/status.tsx';
import { label, t, type MessageKey } from '../../i18n/i18n.ts';
import { href } from '../../lib/router.ts';
import { shortDate } from './review-text.ts';

/** Admiralty grades: reliability A-F by credibility 1-6. */
const GRADES = ['A', 'B', 'C', 'D', 'E', 'F'].flatMap((r) => [1, 2, 3, 4, 5, 6].map((c) => `${r}${c}`));

/** The error of a decision, with the fields the server named. */
function describe(error: unknown): string {
  if (error instanceof ApiError && error.details.length > 0) return `${error.message} (${error.details.map((d) => d.path).join(', ')})`;
  return error instanceof Error ? error.message : String(error);
}

/**
 * The decisions on a pending candidate: accept, edit then accept, merge (the incidents of the same
 * site and night first), reject with a reason; reopen a rejected one.
 */
export function DecisionPanel({ detail, onDecided }: { detail: CandidateDetail; onDecided: (candidate: Candidate) => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(() => JSON.stringify(detail.draft, null, 2));
  const [reason, setReason] = useState('');
  const [otherId, setOtherId] = useState('');
  // The analyst's grade for the article as a source; blank: the article's own, else the source register's.
  const [grade, setGrade] = useState('');
  const graded = grade ? { grade } : {};
  const version = detail.version;

  const run = (action: () => Promise<Candidate>) => {
    setBusy(true);
    setError(undefined);
    action().then(onDecided, (e: unknown) => setError(describe(e))).finally(() => setBusy(false));
  };
  const acceptEdited = () => {
    let parsed: Record<string, unknown>;
    try { parsed = JSON.parse(draft) as Record<string, unknown>; } catch (e) { setError(t('decision.invalidJson', { message: (e as Error).message })); return; }
    run(() => reviewApi.accept(detail.id, { version, draft: parsed, ...graded }));
  };

  if (detail.status === 'rejected') {
    return (
      <div class="decision-panel">
        {error && <ErrorBanner error={error} />}
        <button type="button" class="button" disabled={busy} data-testid="reopen" onClick={() => run(() => reviewApi.reopen(detail.id, { version }))}>{t('decision.reopen')}</button>
      </div>
    );
  }
  if (detail.status !== 'pending') return null;
  return (
    <div class="decision-panel" data-testid="decision-panel">
      {error && <ErrorBanner error={error} />}
      <div class="decision-panel__row">
        <label for="decision-grade">{t('decision.grade')}</label>
        <select id="decision-grade" value={grade} data-testid="decision-grade" aria-describedby="decision-grade-hint" onChange={(e) => setGrade((e.currentTarget as HTMLSelectElement).value)}>
          <option value="">{t('decision.gradeDefault')}</option>
          {GRADES.map((g) => <option key={g} value={g}>{g}</option>)}
        </select>
        <span id="decision-grade-hint" class="field__hint">{t('decision.gradeHint')}</span>
      </div>
      <div class="decision-panel__row">
        <button type="button" class="button button--primary" disabled={busy} data-testid="accept" onClick={() => run(() => reviewApi.accept(detail.id, { version, ...graded }))}>{t('decision.accept')}</button>
        <button type="button" class="button" aria-expanded={editing} onClick={() => setEditing(!editing)} data-testid="edit">{t('decision.edit')}</button>
      </div>
      {editing && (
        <div class="field">
          <label for="draft-editor">{t('candidate.draft')}</label>
          <textarea id="draft-editor" class="draft-editor" rows={14} value={draft} aria-describedby="draft-hint"
            onInput={(e) => setDraft((e.currentTarget as HTMLTextAreaElement).value)} />
          <p id="draft-hint" class="field__hint">{t('decision.editHint')}</p>
          <button type="button" class="button button--primary" disabled={busy} data-testid="accept-edited" onClick={acceptEdited}>{t('decision.acceptEdited')}</button>
        </div>
      )}
      {detail.kind === 'incident' && (
        <section class="decision-panel__merge" aria-labelledby="merge-title">
          <h3 id="merge-title">{t('decision.merge')}</h3>
          {detail.suggestions.length === 0 && <p class="muted">{t('decision.noSuggestions')}</p>}
          <ul class="suggestions">
            {detail.suggestions.map(({ incident, reason: why }) => (
              <li key={incident.id} data-testid="suggestion">
                <a href={href(`/incidents/${incident.id}`)}>{incident.facility?.name ?? incident.place.commune ?? incident.id}</a>
                {' · '}{shortDate(incident.occurred.start)}{' · '}{incident.event_types.map((e) => label('event_type', e)).join(', ')}
                {' '}<span class="muted">({t(`decision.reason.${why}` as MessageKey)})</span>
                {' '}<button type="button" class="button button--small" disabled={busy}
                  onClick={() => run(() => reviewApi.merge(detail.id, { version, incident_id: incident.id, incident_version: incident.version, ...graded }))}>{t('decision.mergeInto')}</button>
              </li>
            ))}
          </ul>
          <div class="decision-panel__row">
            <label for="merge-other">{t('decision.otherIncident')}</label>
            <input id="merge-other" value={otherId} onInput={(e) => setOtherId((e.currentTarget as HTMLInputElement).value.trim())} />
            <button type="button" class="button button--small" disabled={busy || !otherId}
              onClick={() => run(() => reviewApi.merge(detail.id, { version, incident_id: otherId, ...graded }))}>{t('decision.mergeInto')}</button>
          </div>
        </section>
      )}
      <div class="decision-panel__row">
        <label for="reject-reason">{t('decision.rejectReason')}</label>
        <input id="reject-reason" value={reason} onInput={(e) => setReason((e.currentTarget as HTMLInputElement).value)} />
        <button type="button" class="button" disabled={busy || !reason.trim()} data-testid="reject"
          onClick={() => run(() => reviewApi.reject(detail.id, { version, reason }))}>{t('decision.reject')}</button>
      </div>
    </div>
  );
}
