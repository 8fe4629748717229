import { adminApi, tokenApi } from '../../api/access-client.ts';
import { ErrorBanner, InfoBanner, Loading } from '../../components/status.tsx';
import { t } from '../../i18n/i18n.ts';
import { useAsync } from '../../lib/use-async.ts';
import { TokenTable, useRevocableTokens } from '../account/tokens.tsx';

/** Every API token of every account, for administrators to revoke. */
export function TokensTab() {
  const loaded = useAsync(() => Promise.all([tokenApi.list(true), adminApi.users()]), []);
  const { tokens, notice, error, busy, revoke } = useRevocableTokens(loaded.data?.[0].items);

  if (loaded.status === 'loading') return <Loading />;
  if (loaded.status === 'error') return <ErrorBanner error={loaded.error} onRetry={loaded.reload} />;
  const userNames = new Map(
    loaded.data[1].items.map((user) => [
      user.id,
      user.display_name ? `${user.display_name} (${user.username})` : user.username,
    ]),
  );

  return (
    <>
      <p class="hint">{t('tokens.intro')}</p>
      {notice && <InfoBanner>{notice}</InfoBanner>}
      {error && <ErrorBanner error={error} />}
      <TokenTable tokens={tokens} userNames={userNames} busy={busy} onRevoke={revoke} />
    </>
  );
}
