import type { Campaign, CampaignState, LinkEvidence } from '../../api/detection-types.ts';
import { t, type MessageKey } from '../../i18n/i18n.ts';
import { formatPercent, pValueLabel, recurrenceSentence, untestedReason } from './detection-text.ts';

/** How long after its last incident an undecided campaign still reads as going on. */
export const ACTIVE_DAYS = 14;

/** Whether the campaign's verdict is an alarm (the wave test fired), the only case styled as one. */
export function isAlarm(campaign: Pick<Campaign, 'significance'>): boolean {
  const significance = campaign.significance;
  return !!significance && 'tested' in significance && significance.tested && significance.wave?.alarm === true;
}

/**
 * The state as a reader should take it: confirmed and dismissed as decided; an undecided campaign is
 * "active" only while recent and alarming, "under watch" while recent without an alarm, and "ended"
 * once its last incident is more than ACTIVE_DAYS old, so a 2023 cluster with p = 1 is not active forever.
 */
export function shownState(
  campaign: Pick<Campaign, 'state' | 'end' | 'significance'>,
  now = Date.now(),
): CampaignState | 'watch' | 'ended' {
  if (campaign.state !== 'active') return campaign.state;
  if (now - new Date(campaign.end).getTime() > ACTIVE_DAYS * 86_400_000) return 'ended';
  return isAlarm(campaign) ? 'active' : 'watch';
}

/** The campaign's state as shown (see `shownState`), in words and colour; red only for an alarm. */
export function StateBadge({ campaign }: { campaign: Pick<Campaign, 'state' | 'end' | 'significance'> }) {
  const shown = shownState(campaign);
  const text =
    shown === 'watch'
      ? t('campaignState.watch')
      : shown === 'ended'
        ? t('campaignState.ended')
        : t(`campaign.state.${shown}` as MessageKey);
  return (
    <span
      class={`badge badge--campaign-${shown}`}
      data-testid="campaign-state"
      data-state={campaign.state}
      data-shown-state={shown}
    >
      {text}
    </span>
  );
}

/** A horizontal bar from 0 to 1 with its percentage, e.g. a link's score or a campaign's confidence. */
export function ScoreBar({ value, label }: { value: number; label: string }) {
  const clamped = Math.max(0, Math.min(1, value));
  return (
    <span class="score" data-testid="score" data-score={clamped.toFixed(3)}>
      <span
        class="score__bar"
        role="meter"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(clamped * 100)}
        aria-label={label}
      >
        <span class="score__fill" style={{ width: `${clamped * 100}%` }} />
      </span>
      <span class="score__value">{formatPercent(clamped)}</span>
    </span>
  );
}

/** The kinds of evidence of a link, as chips. */
export function EvidenceChips({ evidence }: { evidence: LinkEvidence[] }) {
  const kinds = [...new Set(evidence.map((item) => item.kind))];
  return (
    <span class="evidence-chips">
      {kinds.map((kind) => (
        <span key={kind} class={`evidence-chip evidence-chip--${kind}`} data-testid="evidence-chip" data-kind={kind}>
          {t(`evidence.${kind}` as MessageKey)}
        </span>
      ))}
    </span>
  );
}

/**
 * The significance of a campaign in one line: the recurrence sentence with its p-value, or why
 * there is none (not tested yet, not testable, withheld from this reader).
 */
export function SignificanceLine({ campaign }: { campaign: Pick<Campaign, 'significance' | 'hidden_members'> }) {
  const significance = campaign.significance;
  if (campaign.hidden_members || (significance && 'withheld' in significance)) {
    return (
      <p class="significance-line significance-line--withheld" data-testid="significance">
        {t('significance.withheld')}
      </p>
    );
  }
  if (!significance)
    return (
      <p class="significance-line muted" data-testid="significance">
        {t('significance.pending')}
      </p>
    );
  if (!significance.tested) {
    return (
      <p class="significance-line muted" data-testid="significance">
        {t('significance.untested', { reason: untestedReason(significance.reason) })}
      </p>
    );
  }
  // the wave verdict (the better of the scan and the signature test) when there is one
  const verdict = significance.wave ?? significance.poisson_scan;
  return (
    <p
      class={`significance-line${isAlarm(campaign) ? ' significance-line--alarm' : ''}`}
      data-testid="significance"
      data-alarm={isAlarm(campaign) ? 'true' : 'false'}
    >
      <span class="significance-line__sentence">
        {capitalize(recurrenceSentence(verdict.recurrence_years, verdict.p_value))}
      </span>{' '}
      <span class="pvalue" data-testid="p-value">
        {pValueLabel(verdict.p_value)}
      </span>
    </p>
  );
}

export const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
