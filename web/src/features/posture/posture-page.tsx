import { useState } from 'preact/hooks';
import { alertsApi, postureApi } from '../../api/alerts-client.ts';
import { alertTitle, postureReason } from '../alerts/alert-words.ts';
import { POSTURE_SCOPES, type Posture } from '../../api/alerts-types.ts';
import { inputValue } from '../../components/form-fields.tsx';
import { EmptyState, ErrorBanner, InfoBanner, Loading } from '../../components/status.tsx';
import { t, useLang, type MessageKey } from '../../i18n/i18n.ts';
import { dateTimeLabel } from '../../lib/dates.ts';
import { href } from '../../lib/router.ts';
import { useAsync } from '../../lib/use-async.ts';
import { canAudit, useUser } from '../auth/session.ts';
import { PostureBadge } from '../alerts/alert-badges.tsx';
import { PostureForm } from './posture-form.tsx';

const placeOf = (posture: Posture) =>
  posture.scope === 'national' ? t('posture.national') : posture.scope_name || posture.scope_id;

/**
 * The posture page (`#/posture`): the levels in force per scope, the proposals of the alerts to
 * accept or reject and the form to set a level (supervisors and administrators), then the history.
 */
export function PosturePage() {
  useLang();
  const user = useUser();
  const supervisor = canAudit(user);
  const current = useAsync(() => postureApi.current(), []);
  const history = useAsync(() => postureApi.history({ limit: 100 }), []);
  const [notice, setNotice] = useState<string>();
  const reload = (message: string) => {
    setNotice(message);
    current.reload();
    history.reload();
  };

  return (
    <section class="page" aria-labelledby="posture-title">
      <h1 id="posture-title">{t('posture.title')}</h1>
      <p class="hint">{t('posture.intro')}</p>
      {notice && (
        <InfoBanner>
          <span data-testid="posture-notice">{notice}</span>
        </InfoBanner>
      )}
      {current.status === 'loading' && <Loading />}
      {current.status === 'error' && <ErrorBanner error={current.error} onRetry={current.reload} />}
      {current.status === 'ready' && (
        <>
          <section aria-labelledby="posture-current-title">
            <h2 id="posture-current-title">{t('posture.current')}</h2>
            {current.data.active.length === 0 ? (
              <EmptyState>{t('posture.none')}</EmptyState>
            ) : (
              POSTURE_SCOPES.map((scope) => (
                <ScopeTable key={scope} scope={scope} items={current.data.active.filter((p) => p.scope === scope)} />
              ))
            )}
          </section>
          <section aria-labelledby="posture-proposals-title">
            <h2 id="posture-proposals-title">{t('posture.proposals')}</h2>
            {current.data.proposed.length === 0 ? (
              <p class="muted">{t('posture.noProposals')}</p>
            ) : (
              groupProposals(current.data.proposed).map((group) => (
                <ProposalGroup
                  key={group.key}
                  group={group}
                  canDecide={supervisor}
                  onDecidedAll={(count) => reload(t('response.posture.decidedAll', { count }))}
                  onDecided={(decided) =>
                    reload(t('posture.decided', { state: t(`postureState.${decided.state}` as MessageKey) }))
                  }
                />
              ))
            )}
          </section>
        </>
      )}
      {supervisor && (
        <PostureForm
          onSaved={(saved) =>
            reload(t('posture.saved', { level: t(`postureLevel.${saved.level}` as MessageKey), place: placeOf(saved) }))
          }
        />
      )}
      <section aria-labelledby="posture-history-title">
        <h2 id="posture-history-title">{t('posture.history')}</h2>
        {history.status === 'error' && <ErrorBanner error={history.error} onRetry={history.reload} />}
        {history.status === 'ready' && <PostureTable items={history.data.items} withState />}
      </section>
    </section>
  );
}

function ScopeTable({ scope, items }: { scope: string; items: Posture[] }) {
  if (items.length === 0) return null;
  return (
    <>
      <h3>{t(`postureScope.${scope}` as MessageKey)}</h3>
      <PostureTable items={items} />
    </>
  );
}

function PostureTable({ items, withState = false }: { items: Posture[]; withState?: boolean }) {
  return (
    <div class="table-wrap">
      <table class="table">
        <thead>
          <tr>
            {withState && <th>{t('posture.date')}</th>}
            <th>{t('posture.place')}</th>
            <th>{t('posture.level')}</th>
            <th>{t('posture.reason')}</th>
            <th>{t('posture.expires')}</th>
            <th>{t('posture.setBy')}</th>
            {withState && <th>{t('posture.state')}</th>}
          </tr>
        </thead>
        <tbody>
          {items.map((posture) => (
            <tr key={posture.id} data-testid="posture-row" data-scope-id={posture.scope_id} data-state={posture.state}>
              {withState && <td>{dateTimeLabel(posture.created_at)}</td>}
              <td>{placeOf(posture)}</td>
              <td>
                <PostureBadge level={posture.level} />
              </td>
              <td>
                {postureReason(posture)}
                {posture.alert_id && (
                  <>
                    {' '}
                    · <a href={href(`/alerts/${posture.alert_id}`)}>{t('posture.fromAlert')}</a>
                  </>
                )}
              </td>
              <td>{posture.expires_at ? dateTimeLabel(posture.expires_at) : t('posture.noExpiry')}</td>
              <td>{posture.set_by}</td>
              {withState && <td>{t(`postureState.${posture.state}` as MessageKey)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface Group {
  key: string;
  alertId: string | null;
  items: Posture[];
}

/** How exposed a proposal's site is: the wave's incidents there, else its rank in the risk model. */
const exposure = (p: Posture) => {
  const params = p.words?.params ?? {};
  return [Number(params.incidents ?? 0), -Number(params.rank ?? 0)];
};

/** Proposals by the alert (campaign) that made them, most exposed site first; the largest group first. */
export function groupProposals(proposals: Posture[]): Group[] {
  const groups = new Map<string, Group>();
  for (const p of proposals) {
    const key = p.alert_id ?? 'other';
    const group = groups.get(key) ?? { key, alertId: p.alert_id, items: [] };
    group.items.push(p);
    groups.set(key, group);
  }
  for (const group of groups.values()) {
    group.items.sort((a, b) => {
      const [ai, ar] = exposure(a);
      const [bi, br] = exposure(b);
      return bi - ai || br - ar || placeOf(a).localeCompare(placeOf(b));
    });
  }
  return [...groups.values()].sort(
    (a, b) => (a.alertId === null ? 1 : 0) - (b.alertId === null ? 1 : 0) || b.items.length - a.items.length,
  );
}

/** One campaign's proposals: the alert they answer, a reason for all, accept or reject all at once. */
function ProposalGroup({
  group,
  canDecide,
  onDecided,
  onDecidedAll,
}: {
  group: Group;
  canDecide: boolean;
  onDecided: (p: Posture) => void;
  onDecidedAll: (count: number) => void;
}) {
  const alert = useAsync(() => (group.alertId ? alertsApi.get(group.alertId) : Promise.resolve(null)), [group.alertId]);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error | string>();
  const decideAll = async (decision: 'accept' | 'reject') => {
    if (!reason.trim()) {
      setError(t('response.posture.reasonNeeded'));
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      for (const proposal of group.items) await postureApi.decide(proposal.id, decision, { reason: reason.trim() });
      onDecidedAll(group.items.length);
    } catch (e) {
      setError(e as Error);
    } finally {
      setBusy(false);
    }
  };
  const title =
    group.alertId === null
      ? t('response.posture.groupOther')
      : alert.status === 'ready' && alert.data
        ? alertTitle(alert.data)
        : '…';
  const inputId = `proposal-group-reason-${group.key}`;
  return (
    <section class="proposal-group" data-testid="proposal-group" data-alert-id={group.alertId ?? ''}>
      <h3>
        {group.alertId ? (
          <a href={href(`/alerts/${group.alertId}`)} data-testid="proposal-group-title">
            {title}
          </a>
        ) : (
          title
        )}
      </h3>
      <p class="muted">{t('response.posture.count', { count: group.items.length })}</p>
      {error && <ErrorBanner error={error} />}
      {canDecide && group.items.length > 1 && (
        <div class="decision-panel__row">
          <label for={inputId}>{t('response.posture.reasonAll')}</label>
          <input
            id={inputId}
            value={reason}
            data-testid="proposal-group-reason"
            onInput={(event) => setReason(inputValue(event))}
          />
          <button
            type="button"
            class="button button--primary button--small"
            disabled={busy}
            data-testid="proposal-accept-all"
            onClick={() => void decideAll('accept')}
          >
            {t('response.posture.acceptAll')}
          </button>
          <button
            type="button"
            class="button button--small"
            disabled={busy}
            data-testid="proposal-reject-all"
            onClick={() => void decideAll('reject')}
          >
            {t('response.posture.rejectAll')}
          </button>
        </div>
      )}
      <ul class="rule-list">
        {group.items.map((proposal) => (
          <li key={proposal.id}>
            <Proposal proposal={proposal} canDecide={canDecide} onDecided={onDecided} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function Proposal({
  proposal,
  canDecide,
  onDecided,
}: {
  proposal: Posture;
  canDecide: boolean;
  onDecided: (posture: Posture) => void;
}) {
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error>();
  const decide = (decision: 'accept' | 'reject') => {
    setBusy(true);
    setError(undefined);
    postureApi
      .decide(proposal.id, decision, { reason: reason.trim() || undefined })
      .then(onDecided, setError)
      .finally(() => setBusy(false));
  };
  const inputId = `proposal-reason-${proposal.id}`;
  return (
    <article class="rule-card" data-testid="posture-proposal" data-id={proposal.id}>
      <p class="rule-card__head">
        <strong>{placeOf(proposal)}</strong> <PostureBadge level={proposal.level} />
        <span class="muted">
          {dateTimeLabel(proposal.created_at)} · {proposal.set_by}
        </span>
      </p>
      <p data-testid="proposal-reason">{postureReason(proposal)}</p>
      {error && <ErrorBanner error={error} />}
      {canDecide && (
        <div class="decision-panel__row">
          <label for={inputId}>{t('posture.decisionReason')}</label>
          <input id={inputId} value={reason} onInput={(event) => setReason(inputValue(event))} />
          <button
            type="button"
            class="button button--primary button--small"
            disabled={busy}
            data-testid="proposal-accept"
            onClick={() => decide('accept')}
          >
            {t('posture.accept')}
          </button>
          <button
            type="button"
            class="button button--small"
            disabled={busy}
            data-testid="proposal-reject"
            onClick={() => decide('reject')}
          >
            {t('posture.reject')}
          </button>
        </div>
      )}
    </article>
  );
}
