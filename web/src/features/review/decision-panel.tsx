import { useState } from 'preact/hooks';
import { ApiError } from '../../api/http.ts';
import { reviewApi } from '../../api/review-client.ts';
import type { Candidate, CandidateDetail } from '../../api/review-types.ts';
import { errorText, issueText } from '../../api/error-words.ts';
import { FieldError } from '../../components/form-fields.tsx';
import { ErrorBanner } from '../../components/status.tsx';
import { label, t, type MessageKey } from '../../i18n/i18n.ts';
import { href } from '../../lib/router.ts';
import { fieldLabel, shortDate } from './review-text.ts';

/** Admiralty grades: reliability A-F by credibility 1-6. */
const GRADES = ['A', 'B', 'C', 'D', 'E', 'F'].flatMap((r) => [1, 2, 3, 4, 5, 6].map((c) => `${r}${c}`));

/** The server's problems under `path` (the draft's fields are named by their own path, "occurred: ..."), in the reader's language. */
function problemsAt(error: unknown, path: string): string[] {
  if (!(error instanceof ApiError)) return [];
  return error.details
    .filter((d) => d.path === path || d.path.startsWith(`${path}.`))
    .map((d) =>
      path === 'draft' && d.path !== 'draft'
        ? `${fieldLabel(d.path.slice('draft.'.length))} : ${issueText(d)}`
        : issueText(d),
    );
}

/** The fields the panel shows errors beside; anything else goes in the banner. */
const PANEL_PATHS = ['draft', 'grade', 'reason', 'incident_id'];

/**
 * The decisions on a pending candidate: accept, edit then accept, merge (the incidents of the same
 * site and night first), reject with a reason; reopen a rejected one.
 */
export function DecisionPanel({
  detail,
  onDecided,
}: {
  detail: CandidateDetail;
  onDecided: (candidate: Candidate) => void;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
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
    action()
      .then(onDecided, (e: unknown) => {
        setError(e);
        // the draft's problems sit under the draft: open it to show them
        if (e instanceof ApiError && e.details.some((d) => d.path === 'draft' || d.path.startsWith('draft.')))
          setEditing(true);
      })
      .finally(() => setBusy(false));
  };
  const acceptEdited = () => {
    let parsed: Record<string, unknown>;
    try {
      parsed = JSON.parse(draft) as Record<string, unknown>;
    } catch (e) {
      setError(t('decision.invalidJson', { message: (e as Error).message }));
      return;
    }
    run(() => reviewApi.accept(detail.id, { version, draft: parsed, ...graded }));
  };

  if (detail.status === 'rejected') {
    return (
      <div class="decision-panel">
        {error !== undefined && <ErrorBanner error={bannerText(error)} />}
        <button
          type="button"
          class="button"
          disabled={busy}
          data-testid="reopen"
          onClick={() => run(() => reviewApi.reopen(detail.id, { version }))}
        >
          {t('decision.reopen')}
        </button>
      </div>
    );
  }
  if (detail.status !== 'pending') return null;
  return (
    <div class="decision-panel" data-testid="decision-panel">
      {error !== undefined && <ErrorBanner error={bannerText(error)} />}
      <div class="decision-panel__row">
        <label for="decision-grade">{t('decision.grade')}</label>
        <select
          id="decision-grade"
          value={grade}
          data-testid="decision-grade"
          aria-describedby="decision-grade-hint"
          onChange={(e) => setGrade((e.currentTarget as HTMLSelectElement).value)}
        >
          <option value="">{t('decision.gradeDefault')}</option>
          {GRADES.map((g) => (
            <option key={g} value={g}>
              {g}
            </option>
          ))}
        </select>
        <span id="decision-grade-hint" class="field__hint">
          {t('decision.gradeHint')}
        </span>
        <FieldError id="decision-grade-error" messages={problemsAt(error, 'grade')} />
      </div>
      <div class="decision-panel__row">
        <button
          type="button"
          class="button button--primary"
          disabled={busy}
          data-testid="accept"
          onClick={() => run(() => reviewApi.accept(detail.id, { version, ...graded }))}
        >
          {t('decision.accept')}
        </button>
        <button
          type="button"
          class="button"
          aria-expanded={editing}
          onClick={() => setEditing(!editing)}
          data-testid="edit"
        >
          {t('decision.edit')}
        </button>
      </div>
      {editing && (
        <div class="field">
          <label for="draft-editor">{t('candidate.draft')}</label>
          <textarea
            id="draft-editor"
            class="draft-editor"
            rows={14}
            value={draft}
            aria-describedby="draft-hint"
            onInput={(e) => setDraft((e.currentTarget as HTMLTextAreaElement).value)}
          />
          <p id="draft-hint" class="field__hint">
            {t('decision.editHint')}
          </p>
          <FieldError id="draft-error" messages={problemsAt(error, 'draft')} />
          <button
            type="button"
            class="button button--primary"
            disabled={busy}
            data-testid="accept-edited"
            onClick={acceptEdited}
          >
            {t('decision.acceptEdited')}
          </button>
        </div>
      )}
      {detail.kind === 'incident' && (
        <section class="decision-panel__merge" aria-labelledby="merge-title">
          <h3 id="merge-title">{t('decision.merge')}</h3>
          {detail.suggestions.length === 0 && <p class="muted">{t('decision.noSuggestions')}</p>}
          <ul class="suggestions">
            {detail.suggestions.map(({ incident, reason: why }) => (
              <li key={incident.id} data-testid="suggestion">
                <a href={href(`/incidents/${incident.id}`)}>
                  {incident.facility?.name ?? incident.place.commune ?? incident.id}
                </a>
                {' · '}
                {shortDate(incident.occurred.start)}
                {' · '}
                {incident.event_types.map((e) => label('event_type', e)).join(', ')}{' '}
                <span class="muted">({t(`decision.reason.${why}` as MessageKey)})</span>{' '}
                <button
                  type="button"
                  class="button button--small"
                  disabled={busy}
                  onClick={() =>
                    run(() =>
                      reviewApi.merge(detail.id, {
                        version,
                        incident_id: incident.id,
                        incident_version: incident.version,
                        ...graded,
                      }),
                    )
                  }
                >
                  {t('decision.mergeInto')}
                </button>
              </li>
            ))}
          </ul>
          <div class="decision-panel__row">
            <label for="merge-other">{t('decision.otherIncident')}</label>
            <input
              id="merge-other"
              value={otherId}
              onInput={(e) => setOtherId((e.currentTarget as HTMLInputElement).value.trim())}
            />
            <button
              type="button"
              class="button button--small"
              disabled={busy || !otherId}
              onClick={() => run(() => reviewApi.merge(detail.id, { version, incident_id: otherId, ...graded }))}
            >
              {t('decision.mergeInto')}
            </button>
            <FieldError id="merge-other-error" messages={problemsAt(error, 'incident_id')} />
          </div>
        </section>
      )}
      <div class="decision-panel__row">
        <label for="reject-reason">{t('decision.rejectReason')}</label>
        <input
          id="reject-reason"
          value={reason}
          onInput={(e) => setReason((e.currentTarget as HTMLInputElement).value)}
        />
        <button
          type="button"
          class="button"
          disabled={busy || !reason.trim()}
          data-testid="reject"
          onClick={() => run(() => reviewApi.reject(detail.id, { version, reason }))}
        >
          {t('decision.reject')}
        </button>
        <FieldError id="reject-reason-error" messages={problemsAt(error, 'reason')} />
      </div>
    </div>
  );
}

/** The banner of a refusal: the fields' problems are beside them, the rest said here, all in the reader's language. */
function bannerText(error: unknown): string {
  if (typeof error === 'string') return error;
  if (!(error instanceof ApiError)) return error instanceof Error ? error.message : String(error);
  const elsewhere = error.details.filter(
    (d) => !PANEL_PATHS.some((path) => d.path === path || d.path.startsWith(`${path}.`)),
  );
  if (error.code === 'invalid_input' && error.details.length > 0) {
    return elsewhere.length
      ? `${t('decision.refused.fields')} ${elsewhere.map(issueText).join(' ')}`
      : t('decision.refused.fields');
  }
  return errorText(error);
}
