/**
 * The life of a campaign's wave alarm: raised once the campaign is rare enough, then updated by later
 * evidence (new members, new sites, a stronger window), never withdrawn by it. A carrier arriving
 * eleven days after the previous one makes the newest window weak, but the wave seen on 14 April is
 * no less rare for it: the alarm keeps the strongest window's significance and names that window.
 * Only a person ends an alarm (`endAlarm`, with a reason); an ended alarm is not raised again.
 */
import type { AlarmToStore, CampaignRepository } from '../../store/campaign.repository.ts';
import type { AlarmUpdate, WaveAlarmRow } from '../../store/schema.ts';

/** A campaign's evaluation as the alarm reads it. */
export interface CampaignEvidence {
  campaignId: string;
  campaignKey: string;
  members: string[];
  sites: string[];
  /** the evidence's time: the campaign's latest member */
  at: number;
  explanation: string;
  /** the strongest window's significance, and whether it passes the alarm threshold */
  strongest: Omit<AlarmToStore, 'campaignId' | 'sites' | 'incidentIds' | 'explanation'>;
  alarm: boolean;
}

/** What to do with the stored alarm given the new evidence. */
export type AlarmAction = { kind: 'none' } | { kind: 'raise' } | { kind: 'update'; id: string; strongest: boolean };

/**
 * Raise when none exists and the evidence alarms; update a standing alarm whatever the evidence says
 * (its significance only when the new one is at least as strong); leave an ended alarm as the
 * analyst left it.
 */
export function alarmAction(
  stored: Pick<WaveAlarmRow, 'id' | 'state' | 'p_value'> | undefined,
  evidence: Pick<CampaignEvidence, 'alarm' | 'strongest'>,
): AlarmAction {
  if (!stored) return evidence.alarm ? { kind: 'raise' } : { kind: 'none' };
  if (stored.state !== 'standing') return { kind: 'none' };
  return { kind: 'update', id: stored.id, strongest: evidence.alarm && evidence.strongest.pValue <= stored.p_value };
}

/** Applies the evidence of a campaign's evaluation to its alarm; returns the action taken. */
export async function keepAlarm(campaigns: CampaignRepository, evidence: CampaignEvidence): Promise<AlarmAction> {
  const stored = await campaigns.alarmOfCampaign(evidence.campaignId, evidence.campaignKey, evidence.members);
  const action = alarmAction(stored, evidence);
  const update: AlarmUpdate = {
    at: new Date(evidence.at).toISOString(),
    members: evidence.members.length,
    sites: evidence.sites.length,
    p_value: evidence.strongest.pValue,
  };
  const common = {
    campaignId: evidence.campaignId,
    campaignKey: evidence.campaignKey,
    sites: evidence.sites,
    incidentIds: evidence.members,
    explanation: evidence.explanation,
    update,
  };
  if (action.kind === 'raise') await campaigns.raiseCampaignAlarm({ ...evidence.strongest, ...common });
  if (action.kind === 'update')
    await campaigns.updateCampaignAlarm(action.id, {
      ...common,
      strongest: action.strongest ? evidence.strongest : undefined,
    });
  return action;
}
