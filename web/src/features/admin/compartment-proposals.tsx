import { useState } from 'preact/hooks';
import { adminApi } from '../../api/access-client.ts';
import { ApiError } from '../../api/http.ts';
import type { User } from '../../api/types.ts';
import { ErrorBanner } from '../../components/status.tsx';
import { t } from '../../i18n/i18n.ts';
import { dateTimeLabel } from '../../lib/dates.ts';
import { useAsync } from '../../lib/use-async.ts';

/**
 * Compartment grants awaiting a second administrator (issue 16): one proposes, another approves; the
 * server refuses an approval by the proposer or by the account granted.
 */
export function CompartmentProposals({ users, onDecided }: { users: User[]; onDecided: () => void }) {
  const loaded = useAsync(() => adminApi.compartmentProposals(), []);
  const [error, setError] = useState<Error>();
  if (loaded.status !== 'ready' || loaded.data.items.length === 0) return null;
  const nameOf = (id: string) => {
    const user = users.find((item) => item.id === id);
    return user ? user.display_name || user.username : id;
  };
  const decide = (id: string, approve: boolean) => {
    setError(undefined);
    adminApi.decideCompartment(id, approve).then(() => {
      loaded.reload();
      onDecided();
    }, setError);
  };
  return (
    <section class="form-section" data-testid="compartment-proposals" aria-labelledby="proposals-title">
      <h2 id="proposals-title">{t('grants.title')}</h2>
      <p class="hint">{t('grants.hint')}</p>
      {error && (
        <ErrorBanner
          error={error instanceof ApiError && error.code === 'two_person_rule' ? t('grants.twoPersons') : error}
        />
      )}
      <ul>
        {loaded.data.items.map((grant) => (
          <li key={grant.id} data-testid="compartment-proposal">
            {t('grants.item', {
              compartment: grant.compartment,
              user: nameOf(grant.user_id),
              by: grant.proposed_by,
              at: dateTimeLabel(grant.proposed_at),
            })}{' '}
            <button type="button" class="button button--small" onClick={() => decide(grant.id, true)}>
              {t('grants.approve')}
            </button>{' '}
            <button type="button" class="button button--small" onClick={() => decide(grant.id, false)}>
              {t('grants.reject')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
