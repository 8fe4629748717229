import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { tokenApi } from '../../api/access-client.ts';
import { CompartmentBadges } from '../../components/marking-badge.tsx';
import { SecretOnce } from '../../components/secret-once.tsx';
import { ErrorBanner, InfoBanner, Loading } from '../../components/status.tsx';
import { label, t, useLang } from '../../i18n/i18n.ts';
import { dateTimeLabel } from '../../lib/dates.ts';
import { useAsync } from '../../lib/use-async.ts';
import { useUser } from '../auth/session.ts';
import { TokenForm, TokenTable, useRevocableTokens } from './tokens.tsx';

/** "My account": who I am, and my API tokens (create one, shown once; revoke). */
export function AccountPage() {
  useLang();
  const user = useUser();
  const loaded = useAsync(() => tokenApi.list(), []);
  const [secret, setSecret] = useState<{ name: string; token: string }>();
  const { tokens, setTokens, notice, setNotice, error, busy, revoke } = useRevocableTokens(loaded.data?.items);

  return (
    <section class="page page--narrow" aria-labelledby="account-title">
      <h1 id="account-title">{t('account.title')}</h1>
      <section class="incident__section" aria-labelledby="account-identity">
        <h2 id="account-identity">{t('account.identity')}</h2>
        <dl class="fields">
          <Row name={t('account.username')}>
            <span class="mono">{user.username}</span>
          </Row>
          <Row name={t('account.displayName')}>{user.display_name || t('common.none')}</Row>
          <Row name={t('account.role')}>{label('role', user.role)}</Row>
          <Row name={t('account.organisation')}>{user.organisation.name}</Row>
          <Row name={t('account.compartments')}>
            {user.compartments.length ? <CompartmentBadges compartments={user.compartments} /> : t('common.none')}
          </Row>
          <Row name={t('account.lastLogin')}>
            {user.last_login_at ? dateTimeLabel(user.last_login_at) : t('common.never')}
          </Row>
        </dl>
      </section>

      <h2>{t('account.tokens')}</h2>
      <p class="hint">{t('tokens.intro')}</p>
      {secret && (
        <SecretOnce
          title={t('secret.token', { name: secret.name })}
          secret={secret.token}
          onDismiss={() => setSecret(undefined)}
        />
      )}
      {notice && <InfoBanner>{notice}</InfoBanner>}
      {error && <ErrorBanner error={error} />}
      {loaded.status === 'loading' && <Loading />}
      {loaded.status === 'error' && <ErrorBanner error={loaded.error} onRetry={loaded.reload} />}
      {loaded.status === 'ready' && <TokenTable tokens={tokens} busy={busy} onRevoke={revoke} />}
      <TokenForm
        onCreated={({ token, info }) => {
          setTokens((current) => [info, ...current]);
          setNotice(undefined);
          setSecret({ name: info.name, token });
        }}
      />
    </section>
  );
}

function Row({ name, children }: { name: string; children: ComponentChildren }) {
  return (
    <div class="fields__row">
      <dt>{name}</dt>
      <dd>{children}</dd>
    </div>
  );
}
