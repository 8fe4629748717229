import { useState } from 'preact/hooks';
import type { CampaignDecision, CampaignDetail, ProbableMember } from '../../api/detection-types.ts';
import { inputValue } from '../../components/form-fields.tsx';
import { label, t } from '../../i18n/i18n.ts';
import { occurredLabel } from '../../lib/dates.ts';
import { href } from '../../lib/router.ts';
import { placeLabel } from '../incidents/incident-summary.ts';
import { plural } from './detection-text.ts';
import { nightLabel } from './campaign-timeline.tsx';
import { probableWordsText } from './detection-words.ts';

const MIN_REASON = 3;

/**
 * The campaign's probable members (issue 15, section 2): untagged acts of its kind on its nights,
 * beyond what those places usually see, listed apart from the members with the excess that makes
 * them probable. An analyst confirms one (it joins the campaign) or dismisses it with a reason (it is
 * never proposed again); both are decisions the detection replays.
 */
export function ProbableMembers({
  probable,
  search,
  busy,
  decide,
}: {
  probable: ProbableMember[];
  /** whether the detection looks for them (null: some members are hidden from the reader, nothing is said) */
  search: CampaignDetail['probable_search'];
  busy: boolean;
  /** absent: the reader may not decide */
  decide?: (decision: CampaignDecision, done: string) => void;
}) {
  if (probable.length === 0) {
    if (!search) return null;
    // An empty list says why: none found, or not looked for yet (a series at one or two places is not a wave).
    return (
      <section class="panel probable" aria-labelledby="probable-title" data-testid="probable-members">
        <h2 id="probable-title">{t('probable.title')}</h2>
        <p class="empty" data-testid="probable-empty" data-state={search.state}>
          {search.state === 'too_few_places'
            ? plural(search.places, 'probable.too_few_places.one', 'probable.too_few_places.other', {
                places: search.places,
                needed: search.needed,
              })
            : t('probable.none')}
        </p>
      </section>
    );
  }
  return (
    <section class="panel probable" aria-labelledby="probable-title" data-testid="probable-members">
      <h2 id="probable-title">{t('probable.title')}</h2>
      <p class="hint">{t('probable.intro')}</p>
      <ul class="probable__list">
        {probable.map((member) => (
          <ProbableItem key={member.incident_id} member={member} busy={busy} decide={decide} />
        ))}
      </ul>
    </section>
  );
}

function ProbableItem({
  member,
  busy,
  decide,
}: {
  member: ProbableMember;
  busy: boolean;
  decide?: (decision: CampaignDecision, done: string) => void;
}) {
  const [choice, setChoice] = useState<'confirm' | 'dismiss'>();
  const [reason, setReason] = useState('');
  const { incident } = member;
  const tooShort = choice === 'dismiss' && reason.trim().length < MIN_REASON;
  const submit = (event: Event) => {
    event.preventDefault();
    if (!decide || !choice || tooShort) return;
    const why = reason.trim();
    if (choice === 'confirm')
      decide(
        { kind: 'confirm_probable', incident: incident.id, ...(why ? { reason: why } : {}) },
        t('probable.done.confirm'),
      );
    else decide({ kind: 'dismiss_probable', incident: incident.id, reason: why }, t('probable.done.dismiss'));
    setChoice(undefined);
    setReason('');
  };
  const reasonId = `probable-reason-${incident.id}`;
  return (
    <li class="probable__item" data-testid="probable-member" data-id={incident.id}>
      <p class="probable__what">
        <a href={href(`/incidents/${incident.id}`)}>{occurredLabel(incident.occurred)}</a>
        {' · '}
        {placeLabel(incident)}
        {' · '}
        {incident.event_types.map((type) => label('event_type', type)).join(', ')}
      </p>
      <p class="probable__why" data-testid="probable-explanation">
        {probableWordsText(member, nightLabel)}
      </p>
      {decide && !choice && (
        <div class="decisions__row">
          <button
            type="button"
            class="button button--small"
            disabled={busy}
            data-testid="probable-confirm"
            onClick={() => setChoice('confirm')}
          >
            {t('probable.confirm')}
          </button>
          <button
            type="button"
            class="button button--small"
            disabled={busy}
            data-testid="probable-dismiss"
            onClick={() => setChoice('dismiss')}
          >
            {t('probable.dismiss')}
          </button>
        </div>
      )}
      {decide && choice && (
        <form class="probable__decide" onSubmit={submit} data-testid="probable-form">
          <div class="field">
            <label for={reasonId}>{t(choice === 'dismiss' ? 'probable.reason' : 'probable.reason.optional')}</label>
            <textarea
              id={reasonId}
              rows={2}
              maxLength={2000}
              required={choice === 'dismiss'}
              minLength={choice === 'dismiss' ? MIN_REASON : undefined}
              value={reason}
              onInput={(event) => setReason(inputValue(event))}
            />
          </div>
          <div class="decisions__row">
            <button
              type="submit"
              class={`button button--small${choice === 'dismiss' ? ' button--danger' : ' button--primary'}`}
              disabled={busy || tooShort}
            >
              {t(choice === 'dismiss' ? 'probable.dismiss.submit' : 'probable.confirm.submit')}
            </button>
            <button
              type="button"
              class="button button--small button--ghost"
              onClick={() => {
                setChoice(undefined);
                setReason('');
              }}
            >
              {t('probable.cancel')}
            </button>
          </div>
        </form>
      )}
    </li>
  );
}
