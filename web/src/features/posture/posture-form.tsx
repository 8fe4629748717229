import { useState } from 'preact/hooks';
import { api } from '../../api/client.ts';
import { postureApi } from '../../api/alerts-client.ts';
import {
  POSTURE_LEVELS,
  POSTURE_SCOPES,
  type Posture,
  type PostureLevel,
  type PostureScope,
} from '../../api/alerts-types.ts';
import { issueText } from '../../api/error-words.ts';
import { ApiError } from '../../api/http.ts';
import type { Facility } from '../../api/types.ts';
import { FacilityPicker } from '../../components/facility-picker.tsx';
import { Field, inputValue } from '../../components/form-fields.tsx';
import { ErrorBanner } from '../../components/status.tsx';
import { t, type MessageKey } from '../../i18n/i18n.ts';
import { zonedDateTime } from '../../lib/dates.ts';
import { useAsync } from '../../lib/use-async.ts';

/** The messages the server gave for one field. */
const fieldErrors = (error: unknown, path: string) =>
  error instanceof ApiError ? error.details.filter((detail) => detail.path === path).map(issueText) : [];

/** Sets a level (supervisors and administrators): scope, place, level, reason, optional expiry. */
export function PostureForm({ onSaved }: { onSaved: (posture: Posture) => void }) {
  const reference = useAsync(() => api.reference(), []);
  const [scope, setScope] = useState<PostureScope>('site');
  const [facility, setFacility] = useState<Facility | null>(null);
  const [directorate, setDirectorate] = useState('');
  const [level, setLevel] = useState<PostureLevel>('reinforced');
  const [reason, setReason] = useState('');
  const [expires, setExpires] = useState('');
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const scopeId = scope === 'site' ? (facility?.id ?? '') : scope === 'directorate' ? directorate : '';

  const submit = (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    postureApi
      .set({
        scope,
        scope_id: scopeId,
        level,
        reason: reason.trim(),
        expires_at: expires ? zonedDateTime(expires, 'Europe/Paris') : undefined,
      })
      .then((posture) => {
        setReason('');
        setExpires('');
        onSaved(posture);
      }, setError)
      .finally(() => setBusy(false));
  };

  return (
    <form class="posture-form" data-testid="posture-form" onSubmit={submit}>
      <h2>{t('posture.set')}</h2>
      {error !== undefined && <ErrorBanner error={error instanceof Error ? error : String(error)} />}
      <div class="posture-form__grid">
        <Field id="posture-scope" label={t('posture.scope')} errors={fieldErrors(error, 'scope')}>
          {(aria) => (
            <select {...aria} value={scope} onChange={(event) => setScope(inputValue(event) as PostureScope)}>
              {POSTURE_SCOPES.map((value) => (
                <option key={value} value={value}>
                  {t(`postureScope.${value}` as MessageKey)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {scope === 'site' && (
          <Field id="posture-site" label={t('postureScope.site')} errors={fieldErrors(error, 'scope_id')}>
            {(aria) => (
              <FacilityPicker
                id={aria.id}
                value={facility}
                onSelect={setFacility}
                invalid={aria['aria-invalid']}
                describedBy={aria['aria-describedby']}
              />
            )}
          </Field>
        )}
        {scope === 'directorate' && (
          <Field id="posture-directorate" label={t('postureScope.directorate')} errors={fieldErrors(error, 'scope_id')}>
            {(aria) => (
              <select {...aria} value={directorate} onChange={(event) => setDirectorate(inputValue(event))}>
                <option value="">{t('common.choose')}</option>
                {(reference.data?.directorates ?? []).map((item) => (
                  <option key={item.code} value={item.code}>
                    {item.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        <Field id="posture-level" label={t('posture.level')} errors={fieldErrors(error, 'level')}>
          {(aria) => (
            <select {...aria} value={level} onChange={(event) => setLevel(inputValue(event) as PostureLevel)}>
              {POSTURE_LEVELS.map((value) => (
                <option key={value} value={value}>
                  {t(`postureLevel.${value}` as MessageKey)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="posture-expires" label={t('posture.expiresAt')} errors={fieldErrors(error, 'expires_at')}>
          {(aria) => (
            <input {...aria} type="datetime-local" value={expires} onInput={(event) => setExpires(inputValue(event))} />
          )}
        </Field>
      </div>
      <Field id="posture-reason" label={t('posture.reason')} errors={fieldErrors(error, 'reason')}>
        {(aria) => <input {...aria} value={reason} onInput={(event) => setReason(inputValue(event))} />}
      </Field>
      <button
        type="submit"
        class="button button--primary"
        disabled={busy || reason.trim().length < 3 || (scope !== 'national' && !scopeId)}
      >
        {t('posture.save')}
      </button>
    </form>
  );
}
