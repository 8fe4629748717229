import { useEffect, useState } from 'preact/hooks';
import { adminApi, tokenApi } from '../../api/access-client.ts';
import type { ApiToken } from '../../api/types.ts';
import { ErrorBanner, InfoBanner, Loading } from '../../components/status.tsx';
import { t } from '../../i18n/i18n.ts';
import { useAsync } from '../../lib/use-async.ts';
import { TokenTable } from '../account/tokens.tsx';

/** Every API token of every account, for administrators to revoke. */
export function TokensTab() {
  const loaded = useAsync(() => Promise.all([tokenApi.list(true), adminApi.users()]), []);
  const [tokens, setTokens] = useState<ApiToken[]>([]);
  const [notice, setNotice] = useState<string>();
  const [error, setError] = useState<Error>();
  const [busy, setBusy] = useState(false);
  useEffect(() => { if (loaded.data) setTokens(loaded.data[0].items); }, [loaded.data]);

  if (loaded.status === 'loading') return <Loading />;
  if (loaded.status === 'error') return <ErrorBanner error={loaded.error} onRetry={loaded.reload} />;
  const userNames = new Map(loaded.data[1].items.map((user) => [user.id, user.display_name ? `${user.display_name} (${user.username})` : user.username]));

  const revoke = (token: ApiToken) => {
    setBusy(true);
    setError(undefined);
    setNotice(undefined);
    tokenApi.revoke(token.id).then(() => {
      setTokens((current) => current.map((item) => (item.id === token.id ? { ...item, revoked_at: new Date().toISOString() } : item)));
      setNotice(t('tokens.revoked', { name: token.name }));
    }, setError).finally(() => setBusy(false));
  };

  return (
    <>
      <p class="hint">{t('tokens.intro')}</p>
      {notice && <InfoBanner>{notice}</InfoBanner>}
      {error && <ErrorBanner error={error} />}
      <TokenTable tokens={tokens} userNames={userNames} busy={busy} onRevoke={revoke} />
    </>
  );
}
