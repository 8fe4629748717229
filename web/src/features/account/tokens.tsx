import { useEffect, useState } from 'preact/hooks';
import { tokenApi } from '../../api/access-client.ts';
import { ApiError } from '../../api/http.ts';
import type { ApiToken } from '../../api/types.ts';
import { ConfirmButton } from '../../components/confirm-button.tsx';
import { Field, inputValue } from '../../components/form-fields.tsx';
import { EmptyState, ErrorBanner } from '../../components/status.tsx';
import { t } from '../../i18n/i18n.ts';
import { dateLabel, dateTimeLabel } from '../../lib/dates.ts';
import { FieldErrors } from '../incident-form/form-model.ts';

/**
 * A list of tokens that can be revoked in place, with the notice, error and busy state of the last
 * revocation: shared by "My account" and the admin tokens tab.
 */
export function useRevocableTokens(loaded: ApiToken[] | undefined) {
  const [tokens, setTokens] = useState<ApiToken[]>([]);
  const [notice, setNotice] = useState<string>();
  const [error, setError] = useState<Error>();
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (loaded) setTokens(loaded);
  }, [loaded]);
  const revoke = (token: ApiToken) => {
    setBusy(true);
    setError(undefined);
    setNotice(undefined);
    tokenApi
      .revoke(token.id)
      .then(() => {
        setTokens((current) =>
          current.map((item) => (item.id === token.id ? { ...item, revoked_at: new Date().toISOString() } : item)),
        );
        setNotice(t('tokens.revoked', { name: token.name }));
      }, setError)
      .finally(() => setBusy(false));
  };
  return { tokens, setTokens, notice, setNotice, error, busy, revoke };
}

function stateOf(token: ApiToken): 'active' | 'revoked' | 'expired' {
  if (token.revoked_at) return 'revoked';
  if (token.expires_at && new Date(token.expires_at) <= new Date()) return 'expired';
  return 'active';
}

/** API tokens with their state and a revoke button; `userNames` adds the owner column (administrators). */
export function TokenTable({
  tokens,
  userNames,
  busy,
  onRevoke,
}: {
  tokens: ApiToken[];
  userNames?: Map<string, string>;
  busy?: boolean;
  onRevoke: (token: ApiToken) => void;
}) {
  if (tokens.length === 0) return <EmptyState>{t('tokens.empty')}</EmptyState>;
  return (
    <div class="table-wrap">
      <table class="table" data-testid="tokens-table">
        <thead>
          <tr>
            <th scope="col">{t('tokens.col.name')}</th>
            {userNames && <th scope="col">{t('tokens.col.user')}</th>}
            <th scope="col">{t('tokens.col.prefix')}</th>
            <th scope="col">{t('tokens.col.created')}</th>
            <th scope="col">{t('tokens.col.expires')}</th>
            <th scope="col">{t('tokens.col.lastUsed')}</th>
            <th scope="col">{t('tokens.col.state')}</th>
            <th scope="col">
              <span class="visually-hidden">{t('users.col.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {tokens.map((token) => {
            const state = stateOf(token);
            return (
              <tr key={token.id} data-testid="token-row" class={state === 'active' ? undefined : 'is-disabled'}>
                <td>{token.name}</td>
                {userNames && <td>{userNames.get(token.user_id) ?? token.user_id}</td>}
                <td>
                  <code class="mono">{token.prefix}…</code>
                </td>
                <td>{dateTimeLabel(token.created_at)}</td>
                <td>{token.expires_at ? dateLabel(token.expires_at) : t('common.none')}</td>
                <td>{token.last_used_at ? dateTimeLabel(token.last_used_at) : t('common.never')}</td>
                <td data-testid="token-state">{t(`tokens.state.${state}`)}</td>
                <td>
                  {state === 'active' && (
                    <ConfirmButton
                      label={t('tokens.revoke')}
                      confirmLabel={t('tokens.revoke.confirm')}
                      disabled={busy}
                      onConfirm={() => onRevoke(token)}
                    />
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** Creates one of the caller's own tokens; the secret goes to `onCreated`, to be shown once. */
export function TokenForm({ onCreated }: { onCreated: (result: { token: string; info: ApiToken }) => void }) {
  const [name, setName] = useState('');
  const [days, setDays] = useState('90');
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<Error>();
  const errors = new FieldErrors(error instanceof ApiError ? error.details : []);
  const submit = (event: Event) => {
    event.preventDefault();
    setSubmitting(true);
    setError(undefined);
    tokenApi
      .create(name.trim(), Number(days))
      .then((result) => {
        setName('');
        onCreated(result);
      }, setError)
      .finally(() => setSubmitting(false));
  };
  return (
    <form
      class="form-section admin-form"
      onSubmit={submit}
      noValidate
      aria-labelledby="token-form-title"
      data-testid="token-form"
    >
      <h2 id="token-form-title">{t('tokens.create')}</h2>
      {error && <ErrorBanner error={error} />}
      <div class="form-grid">
        <Field
          id="token-name"
          label={t('tokens.name')}
          hint={t('tokens.name.hint')}
          errors={errors.for('name')}
          class="field--grow"
        >
          {(aria) => <input {...aria} type="text" value={name} onInput={(e) => setName(inputValue(e))} />}
        </Field>
        <Field id="token-days" label={t('tokens.days')} errors={errors.for('expires_in_days')}>
          {(aria) => (
            <input
              {...aria}
              type="number"
              min={1}
              max={3650}
              step={1}
              value={days}
              onInput={(e) => setDays(inputValue(e))}
            />
          )}
        </Field>
      </div>
      <div class="form__actions">
        <button type="submit" class="button button--primary" disabled={submitting}>
          {t('tokens.submit')}
        </button>
      </div>
    </form>
  );
}
