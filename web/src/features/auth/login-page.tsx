import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError } from '../../api/http.ts';
import { api } from '../../api/client.ts';
import { errorText } from '../../api/error-words.ts';
import { ErrorBanner, InfoBanner } from '../../components/status.tsx';
import { t, useLang } from '../../i18n/i18n.ts';
import { dateTimeLabel } from '../../lib/dates.ts';
import { navigate } from '../../lib/router.ts';
import { returnRoute, signIn } from './session.ts';

/**
 * The sign-in page. A refusal is worded from its code (wrong password, account locked, too many
 * attempts, with the wait the server asks); success returns to the page the user was on.
 */
export function LoginPage({ next, reason }: { next: string | null; reason?: 'expired' | 'signed-out' }) {
  useLang();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<Error>();
  const usernameRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    usernameRef.current?.focus();
  }, []);
  // A fresh install has no account: say how to make the first administrator, and only then.
  const [setupNeeded, setSetupNeeded] = useState(false);
  useEffect(() => {
    api.setupState().then(
      (state) => setSetupNeeded(state.setup_needed),
      () => setSetupNeeded(false),
    );
  }, []);

  const submit = async (event: Event) => {
    event.preventDefault();
    setSubmitting(true);
    setError(undefined);
    try {
      await signIn(username.trim(), password);
      navigate(returnRoute(next), {}, true);
    } catch (reason) {
      setError(reason instanceof Error ? reason : new Error(String(reason)));
      setPassword('');
      passwordRef.current?.focus();
    } finally {
      setSubmitting(false);
    }
  };

  const retryAfter = error instanceof ApiError && error.retryAfter ? Math.ceil(error.retryAfter / 60) : undefined;
  const refusal = error && refusalText(error);
  return (
    <section class="page login" aria-labelledby="login-title">
      <form class="login__card" onSubmit={submit} data-testid="login-form">
        <h1 id="login-title">{t('login.title')}</h1>
        {setupNeeded ? <FirstAdministrator /> : <p class="hint">{t('login.intro')}</p>}
        {!error && reason === 'expired' && <InfoBanner>{t('login.expired')}</InfoBanner>}
        {!error && reason === 'signed-out' && <InfoBanner>{t('login.signedOut')}</InfoBanner>}
        {refusal && (
          <ErrorBanner error={refusal}>
            {retryAfter !== undefined && <> {t('login.retryIn', { minutes: retryAfter })}</>}
          </ErrorBanner>
        )}
        <div class="field">
          <label for="login-username">{t('login.username')}</label>
          <input
            ref={usernameRef}
            id="login-username"
            name="username"
            type="text"
            autocomplete="username"
            required
            autocapitalize="none"
            spellcheck={false}
            value={username}
            onInput={(event) => setUsername((event.currentTarget as HTMLInputElement).value)}
          />
        </div>
        <div class="field">
          <label for="login-password">{t('login.password')}</label>
          <input
            ref={passwordRef}
            id="login-password"
            name="password"
            type="password"
            autocomplete="current-password"
            required
            value={password}
            onInput={(event) => setPassword((event.currentTarget as HTMLInputElement).value)}
          />
        </div>
        <button
          type="submit"
          class="button button--primary login__submit"
          disabled={submitting || !username.trim() || !password}
        >
          {submitting ? t('login.submitting') : t('login.submit')}
        </button>
      </form>
    </section>
  );
}

/** Sign-in refusals the server names by code, worded in the page's language; others through the shared error words. */
const REFUSALS: Record<string, Parameters<typeof t>[0]> = {
  too_many_attempts: 'login.tooManyAttempts',
  bad_credentials: 'login.badCredentials',
  account_locked: 'login.locked',
};

function refusalText(error: Error): string {
  const key = error instanceof ApiError ? REFUSALS[error.code] : undefined;
  if (!key) return t('login.refused', { message: errorText(error) });
  const until = (error as ApiError).details.find((detail) => typeof detail.params?.until === 'string')?.params?.until as
    | string
    | undefined;
  return t(key, { time: until ? dateTimeLabel(until) : '…' });
}

/** The command that makes the first administrator (run on the server; the password is printed once). */
export const FIRST_ADMIN_COMMAND = 'npx vigie users add admin --role admin --org Vigie';

function FirstAdministrator() {
  return (
    <div class="banner banner--info setup" role="status" data-testid="first-admin">
      <div>
        <p>
          <strong>{t('setup.title')}</strong>
        </p>
        <p>{t('setup.intro')}</p>
        <pre class="setup__command">
          <code data-testid="first-admin-command">{FIRST_ADMIN_COMMAND}</code>
        </pre>
        <p class="hint">{t('setup.after')}</p>
      </div>
    </div>
  );
}
