import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError, api } from '../../api/client.ts';
import { ErrorBanner, Loading } from '../../components/status.tsx';
import { t, useLang } from '../../i18n/i18n.ts';
import { navigate } from '../../lib/router.ts';
import { useAsync } from '../../lib/use-async.ts';
import { FORM_KEY_PATHS, FieldErrors, emptyForm, toIncidentInput, type FormState } from './form-model.ts';
import { errorText, issueText } from '../../api/error-words.ts';
import { WhenSection, WhereSection } from './form-sections.tsx';
import { SourceSection, WhatSection } from './form-sections-what.tsx';
import { MarkingSection, StaffFormSection } from './form-sections-access.tsx';
import { holds, useUser } from '../auth/session.ts';

/** The form that records a new incident; on success it opens the new incident's page. */
export function IncidentFormPage() {
  useLang();
  const user = useUser();
  const reference = useAsync(() => api.reference(), []);
  const [form, setForm] = useState<FormState>(emptyForm);
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<Error>();
  const formRef = useRef<HTMLFormElement>(null);

  // the request paths changed since the refusal: their errors go as the analyst fixes them
  const [changed, setChanged] = useState<string[]>([]);
  const update = (change: Partial<FormState>) => {
    setForm((current) => ({ ...current, ...change }));
    if (error)
      setChanged((paths) => [
        ...paths,
        ...Object.keys(change).flatMap((key) => FORM_KEY_PATHS[key as keyof FormState] ?? []),
      ]);
  };
  const errors = new FieldErrors(error instanceof ApiError ? error.details : []).without(changed);

  // After a refusal, take the keyboard to the first field the server named.
  useEffect(() => {
    if (error)
      formRef.current
        ?.querySelector<HTMLElement>(
          '[aria-invalid="true"] input, input[aria-invalid="true"], select[aria-invalid="true"], textarea[aria-invalid="true"]',
        )
        ?.focus();
  }, [error]);

  const submit = async (event: Event) => {
    event.preventDefault();
    setSubmitting(true);
    setError(undefined);
    setChanged([]);
    try {
      const incident = await api.createIncident(toIncidentInput(form));
      navigate(`/incidents/${incident.id}`, { created: '1' });
    } catch (reason) {
      setError(reason instanceof Error ? reason : new Error(String(reason)));
    } finally {
      setSubmitting(false);
    }
  };

  if (reference.status === 'loading')
    return (
      <section class="page">
        <Loading />
      </section>
    );
  if (reference.status === 'error')
    return (
      <section class="page">
        <ErrorBanner error={reference.error} onRetry={reference.reload} />
      </section>
    );

  const props = { form, update, errors, reference: reference.data };
  const elsewhere = errors.elsewhere();
  // a refusal that names fields is shown beside them; the banner only says so, and goes with the last of them
  const fieldRefusal = error instanceof ApiError && error.code === 'invalid_input' && error.details.length > 0;
  return (
    <section class="page page--narrow" aria-labelledby="form-title">
      <h1 id="form-title">{t('form.title')}</h1>
      <p class="hint">{t('form.intro')}</p>
      {error && !(fieldRefusal && errors.empty) && (
        <ErrorBanner
          error={fieldRefusal ? t('form.errors.fields') : t('form.errors.refused', { message: errorText(error) })}
        >
          {elsewhere.length > 0 && (
            <ul>
              {elsewhere.map((detail) => (
                <li key={detail.path}>{issueText(detail)}</li>
              ))}
            </ul>
          )}
        </ErrorBanner>
      )}
      <form ref={formRef} class="form" noValidate onSubmit={submit} data-testid="incident-form">
        <WhereSection {...props} />
        <WhenSection {...props} />
        <WhatSection {...props} />
        {holds(user, 'STAFF') && <StaffFormSection {...props} />}
        <SourceSection {...props} />
        <MarkingSection {...props} />
        <div class="form__actions">
          <button type="submit" class="button button--primary" disabled={submitting}>
            {submitting ? t('form.submitting') : t('form.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
