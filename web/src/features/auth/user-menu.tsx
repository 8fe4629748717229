import { useState } from 'preact/hooks';
import type { User } from '../../api/types.ts';
import { label, t } from '../../i18n/i18n.ts';
import { href } from '../../lib/router.ts';
import { signOut } from './session.ts';

/** The signed-in user in the header: name (to "My account"), role and organisation, sign-out. */
export function UserMenu({ user }: { user: User }) {
  const [busy, setBusy] = useState(false);
  return (
    <div class="user-menu" role="group" aria-label={t('user.label')} data-testid="user-menu">
      <a class="user-menu__name" href={href('/account')} title={t('nav.account')}>
        {user.display_name || user.username}
      </a>
      <span class="user-menu__meta">
        {label('role', user.role)} · {user.organisation.name}
      </span>
      <button
        type="button"
        class="button button--small header__button"
        disabled={busy}
        onClick={() => {
          setBusy(true);
          signOut()
            .catch(() => undefined)
            .finally(() => setBusy(false));
        }}
      >
        {t('user.signOut')}
      </button>
    </div>
  );
}
