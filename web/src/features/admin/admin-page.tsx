import { ErrorBanner } from '../../components/status.tsx';
import { t, useLang, type MessageKey } from '../../i18n/i18n.ts';
import { href } from '../../lib/router.ts';
import { canAdminister, canAudit, useUser } from '../auth/session.ts';
import { AuditTab } from './audit-tab.tsx';
import { OrganisationsTab } from './organisations-tab.tsx';
import { TokensTab } from './tokens-tab.tsx';
import { UsersTab } from './users-tab.tsx';

const TABS = ['users', 'organisations', 'tokens', 'audit'] as const;
type Tab = (typeof TABS)[number];

/**
 * Administration, one tab per address (`#/admin/users`, `/organisations`, `/tokens`, `/audit`).
 * Administrators see every tab; supervisors see the audit trail only.
 */
export function AdminPage({ tab }: { tab?: string }) {
  useLang();
  const user = useUser();
  const allowed: readonly Tab[] = canAdminister(user) ? TABS : canAudit(user) ? ['audit'] : [];
  if (allowed.length === 0) {
    return (
      <section class="page">
        <h1>{t('admin.title')}</h1>
        <ErrorBanner error={t('admin.forbidden')} />
      </section>
    );
  }
  const current = allowed.find((name) => name === tab) ?? allowed[0];
  return (
    <section class="page" aria-labelledby="admin-title">
      <h1 id="admin-title">{allowed.length > 1 ? t('admin.title') : t('admin.tab.audit')}</h1>
      {allowed.length > 1 && (
        <nav class="tabs" aria-label={t('admin.tabs')}>
          {allowed.map((name) => (
            <a
              key={name}
              class="tabs__tab"
              href={href(`/admin/${name}`)}
              aria-current={name === current ? 'page' : undefined}
            >
              {t(`admin.tab.${name}` as MessageKey)}
            </a>
          ))}
        </nav>
      )}
      <div class="tabs__panel">
        {current === 'users' && <UsersTab />}
        {current === 'organisations' && <OrganisationsTab />}
        {current === 'tokens' && <TokensTab />}
        {current === 'audit' && <AuditTab />}
      </div>
    </section>
  );
}
