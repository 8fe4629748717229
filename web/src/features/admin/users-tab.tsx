import { useEffect, useState } from 'preact/hooks';
import { adminApi } from '../../api/access-client.ts';
import { ROLES, type Organisation, type Role, type User, type UserChange } from '../../api/types.ts';
import { ConfirmButton } from '../../components/confirm-button.tsx';
import { CompartmentBadges } from '../../components/marking-badge.tsx';
import { SecretOnce } from '../../components/secret-once.tsx';
import { EmptyState, ErrorBanner, InfoBanner, Loading } from '../../components/status.tsx';
import { label, t } from '../../i18n/i18n.ts';
import { dateTimeLabel } from '../../lib/dates.ts';
import { useAsync } from '../../lib/use-async.ts';
import { useUser } from '../auth/session.ts';
import { CompartmentProposals } from './compartment-proposals.tsx';
import { UserForm } from './user-form.tsx';

const nameOf = (user: User) => user.display_name || user.username;

/** The accounts: a table with their actions, and the form that adds one. */
export function UsersTab() {
  const loaded = useAsync(() => Promise.all([adminApi.users(), adminApi.organisations()]), []);
  const [users, setUsers] = useState<User[]>([]);
  const [secret, setSecret] = useState<{ title: string; value: string }>();
  const [notice, setNotice] = useState<string>();
  const [error, setError] = useState<Error>();
  const [busy, setBusy] = useState<string>();
  const [proposals, setProposals] = useState(0);
  useEffect(() => {
    if (loaded.data) setUsers(loaded.data[0].items);
  }, [loaded.data]);

  if (loaded.status === 'loading') return <Loading />;
  if (loaded.status === 'error') return <ErrorBanner error={loaded.error} onRetry={loaded.reload} />;
  const organisations: Organisation[] = loaded.data[1].items;

  const replace = (user: User) => setUsers((current) => current.map((item) => (item.id === user.id ? user : item)));
  const change = (user: User, patch: UserChange) => {
    setBusy(user.id);
    setError(undefined);
    setNotice(undefined);
    adminApi
      .changeUser(user.id, patch)
      .then((result) => {
        replace(result.user);
        if (result.password)
          setSecret({ title: t('secret.password', { name: result.user.username }), value: result.password });
        setNotice(t('users.changed', { name: nameOf(result.user) }));
      }, setError)
      .finally(() => setBusy(undefined));
  };

  return (
    <>
      {secret && <SecretOnce title={secret.title} secret={secret.value} onDismiss={() => setSecret(undefined)} />}
      {notice && <InfoBanner>{notice}</InfoBanner>}
      {error && <ErrorBanner error={error} />}
      {users.length === 0 ? (
        <EmptyState>{t('users.empty')}</EmptyState>
      ) : (
        <div class="table-wrap">
          <table class="table" data-testid="users-table">
            <thead>
              <tr>
                <th scope="col">{t('users.col.user')}</th>
                <th scope="col">{t('users.col.role')}</th>
                <th scope="col">{t('users.col.organisation')}</th>
                <th scope="col">{t('users.col.compartments')}</th>
                <th scope="col">{t('users.col.state')}</th>
                <th scope="col">{t('users.col.lastLogin')}</th>
                <th scope="col">{t('users.col.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {users.map((user) => (
                <UserRow key={user.id} user={user} busy={busy === user.id} onChange={(patch) => change(user, patch)} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <CompartmentProposals
        key={proposals}
        users={users}
        onDecided={() => {
          void adminApi.users().then((result) => setUsers(result.items));
        }}
      />
      <UserForm
        organisations={organisations}
        onCreated={(result) => {
          setUsers((current) => [...current, result.user]);
          setError(undefined);
          setNotice(t('users.created', { name: nameOf(result.user) }));
          setProposals((count) => count + 1);
          if (result.password)
            setSecret({ title: t('secret.password', { name: result.user.username }), value: result.password });
        }}
      />
    </>
  );
}

function stateOf(user: User): string {
  if (user.disabled) return t('users.state.disabled');
  if (user.locked_until) return t('users.state.locked', { time: dateTimeLabel(user.locked_until) });
  return t('users.state.active');
}

/** One account. An administrator cannot disable or demote their own account from here. */
function UserRow({ user, busy, onChange }: { user: User; busy: boolean; onChange: (patch: UserChange) => void }) {
  const me = useUser();
  const self = me.id === user.id;
  return (
    <tr data-testid="user-row" data-username={user.username} class={user.disabled ? 'is-disabled' : undefined}>
      <td>
        <strong>{nameOf(user)}</strong> {self && <span class="muted">{t('users.you')}</span>}
        {user.display_name && <div class="muted mono">{user.username}</div>}
      </td>
      <td>
        <select
          aria-label={t('users.roleOf', { name: nameOf(user) })}
          value={user.role}
          disabled={busy || self}
          onChange={(event) => onChange({ role: (event.currentTarget as HTMLSelectElement).value as Role })}
        >
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {label('role', role)}
            </option>
          ))}
        </select>
      </td>
      <td>{user.organisation.name}</td>
      <td>{user.compartments.length ? <CompartmentBadges compartments={user.compartments} /> : t('common.none')}</td>
      <td data-testid="user-state">{stateOf(user)}</td>
      <td>{user.last_login_at ? dateTimeLabel(user.last_login_at) : t('common.never')}</td>
      <td>
        <div class="row-actions">
          {!self && (
            <button
              type="button"
              class="button button--small"
              disabled={busy}
              onClick={() => onChange({ disabled: !user.disabled })}
            >
              {user.disabled ? t('users.enable') : t('users.disable')}
            </button>
          )}
          {user.locked_until && (
            <button
              type="button"
              class="button button--small"
              disabled={busy}
              onClick={() => onChange({ unlock: true })}
            >
              {t('users.unlock')}
            </button>
          )}
          <ConfirmButton
            label={t('users.resetPassword')}
            confirmLabel={t('users.resetPassword.confirm')}
            disabled={busy}
            onConfirm={() => onChange({ reset_password: true })}
          />
        </div>
      </td>
    </tr>
  );
}
