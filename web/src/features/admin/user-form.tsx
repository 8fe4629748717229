import { useState } from 'preact/hooks';
import { adminApi } from '../../api/access-client.ts';
import { issueText } from '../../api/error-words.ts';
import { ApiError } from '../../api/http.ts';
import { ROLES, type Organisation, type Role, type UserWithPassword } from '../../api/types.ts';
import { Field, inputValue } from '../../components/form-fields.tsx';
import { ErrorBanner } from '../../components/status.tsx';
import { label, t, type MessageKey } from '../../i18n/i18n.ts';
import { en } from '../../i18n/en.ts';
import { useUser } from '../auth/session.ts';
import { FieldErrors } from '../incident-form/form-model.ts';

/** The password's problems, worded here when the server gives the reason as a code. */
function passwordErrors(error: Error | undefined): string[] {
  const details = error instanceof ApiError ? error.details.filter((detail) => detail.path === 'password') : [];
  return details.map((detail) => {
    if (detail.code !== 'weak_password') return issueText(detail);
    const params = detail.params ?? {};
    const said = t('users.password.weak', { score: Number(params.score), min: Number(params.min_score) });
    const warning = `users.password.warning.${String(params.warning)}`;
    return warning in en ? `${said} ${t(warning as MessageKey)}` : said;
  });
}

interface Draft {
  username: string;
  display_name: string;
  role: Role;
  organisation: string;
  staff: boolean;
  password: string;
}

/** Adds an account; without a password the server generates one, returned once to `onCreated`. */
export function UserForm({
  organisations,
  onCreated,
}: {
  organisations: Organisation[];
  onCreated: (result: UserWithPassword) => void;
}) {
  const me = useUser();
  const blank = (): Draft => ({
    username: '',
    display_name: '',
    role: 'analyst',
    organisation: me.organisation.id,
    staff: false,
    password: '',
  });
  const [draft, setDraft] = useState<Draft>(blank);
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<Error>();
  const update = (change: Partial<Draft>) => setDraft((current) => ({ ...current, ...change }));
  const errors = new FieldErrors(error instanceof ApiError ? error.details : []);

  const submit = async (event: Event) => {
    event.preventDefault();
    setSubmitting(true);
    setError(undefined);
    try {
      const result = await adminApi.addUser({
        username: draft.username.trim(),
        display_name: draft.display_name.trim() || undefined,
        role: draft.role,
        organisation: draft.organisation,
        compartments: draft.staff ? ['STAFF'] : [],
        password: draft.password || undefined,
      });
      setDraft(blank());
      onCreated(result);
    } catch (reason) {
      setError(reason instanceof Error ? reason : new Error(String(reason)));
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <form
      class="form-section admin-form"
      onSubmit={submit}
      noValidate
      data-testid="user-form"
      aria-labelledby="user-form-title"
    >
      <h2 id="user-form-title">{t('users.add')}</h2>
      {error && !(error instanceof ApiError && error.code === 'weak_password') && <ErrorBanner error={error} />}
      <div class="form-grid">
        <Field
          id="user-username"
          label={t('users.username')}
          hint={t('users.username.hint')}
          errors={errors.for('username')}
        >
          {(aria) => (
            <input
              {...aria}
              type="text"
              autocomplete="off"
              autocapitalize="none"
              spellcheck={false}
              value={draft.username}
              onInput={(e) => update({ username: inputValue(e) })}
            />
          )}
        </Field>
        <Field id="user-display-name" label={t('users.displayName')} errors={errors.for('display_name')}>
          {(aria) => (
            <input
              {...aria}
              type="text"
              autocomplete="off"
              value={draft.display_name}
              onInput={(e) => update({ display_name: inputValue(e) })}
            />
          )}
        </Field>
        <Field id="user-role" label={t('users.role')} errors={errors.for('role')}>
          {(aria) => (
            <select {...aria} value={draft.role} onChange={(e) => update({ role: inputValue(e) as Role })}>
              {ROLES.map((role) => (
                <option key={role} value={role}>
                  {label('role', role)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="user-organisation" label={t('users.organisation')} errors={errors.for('organisation')}>
          {(aria) => (
            <select {...aria} value={draft.organisation} onChange={(e) => update({ organisation: inputValue(e) })}>
              {organisations.map((organisation) => (
                <option key={organisation.id} value={organisation.id}>
                  {organisation.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          id="user-password"
          label={t('users.password')}
          hint={t('users.password.hint')}
          errors={passwordErrors(error)}
        >
          {(aria) => (
            <input
              {...aria}
              type="password"
              autocomplete="new-password"
              value={draft.password}
              onInput={(e) => update({ password: inputValue(e) })}
            />
          )}
        </Field>
      </div>
      <label class="checkbox">
        <input
          type="checkbox"
          id="user-staff"
          checked={draft.staff}
          onChange={(e) => update({ staff: (e.currentTarget as HTMLInputElement).checked })}
        />
        {t('users.staff')}
      </label>
      <div class="form__actions">
        <button type="submit" class="button button--primary" disabled={submitting}>
          {t('users.submit')}
        </button>
      </div>
    </form>
  );
}
