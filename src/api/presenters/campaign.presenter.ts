import type { Gazetteer } from '../../core/shared/gazetteer.ts';
import type { CampaignReading } from '../../core/detection/campaign.service.ts';
import type { IncidentLinkRow, ProbableMemberRow, WaveAlarmRow } from '../../store/schema.ts';
import { alarmWords, campaignWords, probableWords } from './detection-words.ts';

/** A campaign as its reader may see it: the significance only when every member is readable. */
export function presentCampaign(gazetteer: Gazetteer, { row, members, hiddenMembers }: CampaignReading) {
  const sites = [...new Set(members.map((m) => m.facility_id).filter((id): id is string => id !== null))];
  return {
    id: row.id,
    key: row.key,
    state: row.state,
    version: row.version,
    start: row.start_at.toISOString(),
    end: row.end_at.toISOString(),
    sites: sites.map((id) => ({ id, name: gazetteer.facility(id)?.name ?? id })),
    member_ids: members.map((m) => m.id),
    shared_signatures: hiddenMembers ? [] : row.shared_signatures,
    confidence: row.confidence,
    explanation: hiddenMembers ? `${members.length} incidents you can read belong to this campaign` : row.explanation,
    /** the explanation as a code with parameters, for a client that words it in its reader's language */
    words: campaignWords(row.facts, hiddenMembers, members.length),
    facts: hiddenMembers ? null : row.facts,
    significance: hiddenMembers ? { withheld: true, reason: 'rests on incidents you cannot read' } : row.significance,
    hidden_members: hiddenMembers,
    dismissed_reason: row.dismissed_reason,
    updated_at: row.updated_at.toISOString(),
  };
}

export function presentLink(link: IncidentLinkRow) {
  return {
    a: link.a,
    b: link.b,
    score: link.score,
    grade_weight: link.grade_weight,
    evidence: link.evidence,
    explanation: link.explanation,
  };
}

export function presentAlarm(gazetteer: Gazetteer, alarm: WaveAlarmRow) {
  return {
    id: alarm.id,
    campaign_id: alarm.campaign_id,
    method: alarm.method,
    statistic: alarm.statistic,
    p_value: alarm.p_value,
    recurrence_years: alarm.recurrence_years,
    window: { start: alarm.window_start.toISOString(), end: alarm.window_end.toISOString() },
    sites: alarm.sites.map((id) => ({ id, name: gazetteer.facility(id)?.name ?? id })),
    incident_ids: alarm.incident_ids,
    details: alarm.details,
    explanation: alarm.explanation,
    words: alarmWords(alarm),
    raised_at: alarm.raised_at.toISOString(),
    // the alarm's life: standing until a person ends it, updated by later evidence meanwhile
    state: alarm.state,
    updated_at: alarm.updated_at.toISOString(),
    updates: alarm.updates,
    ended:
      alarm.state === 'ended'
        ? { at: alarm.ended_at?.toISOString() ?? null, by: alarm.ended_by, reason: alarm.end_reason }
        : null,
  };
}

/** An untagged act proposed as a member, apart from the core until an analyst decides, with why. */
export function presentProbableMember(probable: ProbableMemberRow) {
  return {
    incident_id: probable.incident_id,
    excess_probability: probable.excess_probability,
    observed: probable.observed,
    expected: probable.expected,
    night: (probable.details as { night?: string }).night ?? null,
    explanation: probable.explanation,
    words: probableWords(probable),
  };
}
