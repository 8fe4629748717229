import { useState } from 'preact/hooks';
import type { Campaign, CampaignDecision, CampaignDecisionRecord, CampaignDetail } from '../../api/detection-types.ts';
import { ConfirmButton } from '../../components/confirm-button.tsx';
import { inputValue } from '../../components/form-fields.tsx';
import { t, type MessageKey } from '../../i18n/i18n.ts';
import { dateTimeLabel } from '../../lib/dates.ts';
import { campaignSentence, plural, spanLabel } from './detection-text.ts';

const MIN_REASON = 3;

/**
 * What an analyst decides about a campaign: confirm it, dismiss it with a reason, split off the
 * members checked in the table, or merge another campaign into it. Every action asks once more.
 */
export function DecisionPanel({
  campaign,
  others,
  secondGroup,
  busy,
  decide,
}: {
  campaign: CampaignDetail;
  /** campaigns it may be merged with; undefined while loading */
  others: Campaign[] | undefined;
  secondGroup: Set<string>;
  busy: boolean;
  decide: (decision: CampaignDecision, done: string) => void;
}) {
  const [dismissing, setDismissing] = useState(false);
  const [reason, setReason] = useState('');
  const [mergeWith, setMergeWith] = useState('');
  const splitCount = secondGroup.size;
  const canSplit = splitCount > 0 && splitCount < campaign.members.length;
  const firstGroup = campaign.members.map((m) => m.id).filter((id) => !secondGroup.has(id));
  const tooShort = reason.trim().length < MIN_REASON;

  return (
    <section class="panel decisions" aria-labelledby="decisions-title" data-testid="decision-panel">
      <h2 id="decisions-title">{t('decision.title')}</h2>
      <div class="decisions__row">
        {campaign.state !== 'confirmed' && (
          <ConfirmButton
            label={t('decision.confirm')}
            confirmLabel={t('decision.confirm.confirm')}
            danger={false}
            disabled={busy}
            onConfirm={() => decide({ kind: 'confirm' }, t('decision.done.confirm'))}
          />
        )}
        {campaign.state !== 'dismissed' && !dismissing && (
          <button type="button" class="button button--small" disabled={busy} onClick={() => setDismissing(true)}>
            {t('decision.dismiss')}
          </button>
        )}
      </div>
      {dismissing && (
        <form
          class="decisions__dismiss"
          onSubmit={(event) => {
            event.preventDefault();
            if (tooShort) return;
            decide({ kind: 'dismiss', reason: reason.trim() }, t('decision.done.dismiss'));
            setDismissing(false);
            setReason('');
          }}
        >
          <div class="field">
            <label for="dismiss-reason">{t('decision.dismiss.reason')}</label>
            <textarea
              id="dismiss-reason"
              rows={2}
              maxLength={2000}
              required
              minLength={MIN_REASON}
              value={reason}
              aria-describedby="dismiss-reason-hint"
              onInput={(event) => setReason(inputValue(event))}
            />
            <p id="dismiss-reason-hint" class="field__hint">
              {t('decision.dismiss.hint')}
            </p>
          </div>
          <div class="decisions__row">
            <button type="submit" class="button button--small button--danger" disabled={busy || tooShort}>
              {t('decision.dismiss.submit')}
            </button>
            <button
              type="button"
              class="button button--small button--ghost"
              onClick={() => {
                setDismissing(false);
                setReason('');
              }}
            >
              {t('common.cancel')}
            </button>
          </div>
        </form>
      )}

      <h3>{t('decision.split')}</h3>
      <p class="hint">{t('decision.split.hint')}</p>
      <div class="decisions__row">
        <span data-testid="split-count">
          {plural(splitCount, 'decision.split.count.one', 'decision.split.count.other')}
        </span>
        <ConfirmButton
          label={t('decision.split.submit')}
          disabled={busy || !canSplit}
          confirmLabel={t('decision.split.confirm', { first: firstGroup.length, second: splitCount })}
          onConfirm={() => decide({ kind: 'split', groups: [firstGroup, [...secondGroup]] }, t('decision.done.split'))}
        />
      </div>

      <h3>{t('campaignDecision.merge')}</h3>
      {others === undefined ? (
        <p class="muted">{t('common.loading')}</p>
      ) : others.length === 0 ? (
        <p class="muted">{t('decision.merge.none')}</p>
      ) : (
        <div class="decisions__row">
          <label for="merge-with" class="visually-hidden">
            {t('decision.merge.with')}
          </label>
          <select
            id="merge-with"
            value={mergeWith}
            onChange={(event) => setMergeWith(inputValue(event))}
            disabled={busy}
          >
            <option value="">{t('decision.merge.choose')}</option>
            {others.map((other) => (
              <option key={other.id} value={other.id}>
                {spanLabel(other.start, other.end)} · {t(`campaign.state.${other.state}` as MessageKey)} ·{' '}
                {campaignSentence(other)}
              </option>
            ))}
          </select>
          <ConfirmButton
            label={t('decision.merge.submit')}
            confirmLabel={t('decision.merge.confirm')}
            disabled={busy || !mergeWith}
            onConfirm={() => {
              decide({ kind: 'merge', with: [mergeWith] }, t('decision.done.merge'));
              setMergeWith('');
            }}
          />
        </div>
      )}
    </section>
  );
}

/** The decisions taken on the campaign, newest first. */
export function DecisionHistory({ decisions, userId }: { decisions: CampaignDecisionRecord[]; userId: string }) {
  const sorted = [...decisions].sort((a, b) => b.decided_at.localeCompare(a.decided_at));
  return (
    <section class="panel" aria-labelledby="history-title">
      <h2 id="history-title">{t('decision.history')}</h2>
      {sorted.length === 0 ? (
        <p class="muted">{t('decision.history.none')}</p>
      ) : (
        <ol class="history" data-testid="decision-history">
          {sorted.map((decision, index) => (
            <li key={index} data-testid="decision" data-kind={decision.kind}>
              <strong>{t(`decision.kind.${decision.kind}` as MessageKey)}</strong>
              <span class="muted">
                {' '}
                · {dateTimeLabel(decision.decided_at)} · {decidedBy(decision, userId)}
              </span>
              {decision.reason && <p class="history__reason">{t('decision.quoted', { reason: decision.reason })}</p>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** "par vous", "par l’opérateur (ligne de commande)", or "par Claire Vasseur": the account's name, never its id. */
function decidedBy(decision: Pick<CampaignDecisionRecord, 'decided_by' | 'decided_by_name'>, userId: string): string {
  if (decision.decided_by === null) return t('decision.by.system');
  if (decision.decided_by === userId) return t('decision.by.you');
  return t('decision.by.account', { name: decision.decided_by_name ?? t('decision.by.unknown') });
}
