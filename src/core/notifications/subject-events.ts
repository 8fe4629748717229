import type { Protected } from '../shared/principal.ts';
import { MARKINGS } from '../shared/principal.ts';
import type { Gazetteer } from '../shared/gazetteer.ts';
import type { AlarmToStore, CampaignRepository } from '../../store/campaign.repository.ts';
import type { IncidentRow } from '../../store/schema.ts';
import type { EventPublisher, Severity, VigieEventInput } from './vigie-event.ts';

function placeOf(row: IncidentRow, gazetteer: Gazetteer): string {
  return gazetteer.placeName(row) ?? row.department_code ?? 'lieu inconnu';
}

/** `incident.created`: what was recorded, where, how grave; never the STAFF details. */
export function incidentCreatedEvent(row: IncidentRow, gazetteer: Gazetteer): VigieEventInput {
  const severity: Severity = row.killed > 0 ? 'critical' : row.injured > 0 ? 'high' : 'low';
  const place = placeOf(row, gazetteer);
  const what = row.event_types.join(', ') || 'incident';
  return {
    type: 'incident.created',
    subjectId: row.id,
    severity,
    access: {
      owner_org_id: row.owner_org_id,
      marking: row.marking,
      compartments: row.compartments,
      created_by: row.created_by,
    },
    title: `Nouvel incident : ${what} — ${place}`,
    titleEn: `New incident: ${what} — ${place}`,
    payload: {
      id: row.id,
      external_id: row.external_id,
      occurred_start: new Date(row.occurred_start).toISOString(),
      facility_id: row.facility_id,
      place,
      department: row.department_code,
      event_types: row.event_types,
      target_kinds: row.target_kinds,
      casualties: { killed: row.killed, injured: row.injured },
      status: row.status,
      marking: row.marking,
    },
  };
}

/**
 * The access of something derived from several incidents: the narrowest marking among them, every
 * compartment any of them is in, owned by the owner of the narrowest one. A reader who sees the
 * event may read the most protected of its incidents.
 */
export function narrowestAccess(rows: Protected[]): Protected {
  if (rows.length === 0)
    return { owner_org_id: '00000000-0000-4000-8000-000000000001', marking: 'RED', compartments: [], created_by: null };
  const rank = (marking: string) => MARKINGS.indexOf(marking as (typeof MARKINGS)[number]);
  const narrowest = rows.reduce((a, b) => (rank(b.marking) > rank(a.marking) ? b : a));
  // only the access fields: the rows may be whole incidents, and the event stores what it is given
  return {
    owner_org_id: narrowest.owner_org_id,
    marking: narrowest.marking,
    created_by: narrowest.created_by,
    compartments: [...new Set(rows.flatMap((r) => r.compartments))].sort(),
  };
}

/** `campaign.alarm`: a wave alarm newly raised on a campaign. */
export function campaignAlarmEvent(alarm: AlarmToStore, access: Protected): VigieEventInput {
  const years = alarm.recurrenceYears === null ? '' : ` (≈ une fois en ${Math.round(alarm.recurrenceYears)} ans)`;
  return {
    type: 'campaign.alarm',
    subjectId: alarm.campaignId!,
    severity: (alarm.recurrenceYears ?? 0) >= 10 ? 'critical' : 'high',
    access,
    title: `Alarme de vague : ${alarm.incidentIds.length} incidents sur ${alarm.sites.length} sites${years}`,
    titleEn: `Wave alarm: ${alarm.incidentIds.length} incidents at ${alarm.sites.length} sites`,
    payload: {
      campaign_id: alarm.campaignId,
      method: alarm.method,
      p_value: alarm.pValue,
      recurrence_years: alarm.recurrenceYears,
      window_start: alarm.windowStart.toISOString(),
      window_end: alarm.windowEnd.toISOString(),
      sites: alarm.sites,
      incident_ids: alarm.incidentIds,
      explanation: alarm.explanation,
    },
  };
}

/**
 * The campaign repository the detection runtime writes through, publishing `campaign.alarm` when
 * an alarm is raised on a campaign that had none for that method (an update is not news).
 */
export function publishingAlarms(
  campaigns: CampaignRepository,
  publisher: () => EventPublisher,
  accessOf: (incidentIds: string[]) => Promise<Protected[]>,
): CampaignRepository {
  const wrapped = Object.create(campaigns) as CampaignRepository;
  wrapped.upsertAlarm = async (alarm: AlarmToStore) => {
    const isNew =
      alarm.campaignId !== null && !(await campaigns.alarmsOf(alarm.campaignId)).some((a) => a.method === alarm.method);
    await campaigns.upsertAlarm(alarm);
    if (isNew) {
      const access = narrowestAccess(await accessOf(alarm.incidentIds));
      await publisher()
        .publish(campaignAlarmEvent(alarm, access))
        .catch((error) => console.error('vigie: campaign.alarm not published', error));
    }
  };
  return wrapped;
}
