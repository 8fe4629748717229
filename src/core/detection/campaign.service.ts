import { z } from 'zod';
import { normalizeSignature } from '../shared/fold-text.ts';
import { authorize, readScope } from '../access/access.ts';
import type { Principal } from '../shared/principal.ts';
import { forbidden } from '../shared/errors.ts';
import type { Caller } from '../shared/caller.ts';
import { fromZodIssues, invalidInput, notFound, VigieError } from '../shared/errors.ts';
import type { DetectionRuntime } from './detection.runtime.ts';
import { placesOf, PROBABLE_MIN_PLACES } from '../../analysis/waves/probable-members.ts';
import type { CampaignRepository } from '../../store/campaign.repository.ts';
import type { IncidentRepository } from '../../store/incident.repository.ts';
import type { LinkRepository } from '../../store/link.repository.ts';
import type { AuditRepository } from '../../store/audit.repository.ts';
import type { CampaignRow, IncidentLinkRow, IncidentRow, ProbableMemberRow, WaveAlarmRow } from '../../store/schema.ts';

export interface CampaignDeps {
  campaigns: CampaignRepository;
  links: LinkRepository;
  incidents: IncidentRepository;
  audit: AuditRepository;
  detection: DetectionRuntime;
}

/** What a reader sees of a campaign: only the members it may read; the significance only if it may read them all. */
export interface CampaignReading {
  row: CampaignRow;
  members: IncidentRow[];
  hiddenMembers: boolean;
}

function requireDecider(principal: Principal) {
  const decision = authorize(principal, { kind: 'decide-campaign' });
  if (!decision.allowed) throw forbidden(decision.reason);
}

/** The incidents among `ids` the principal may read, in one batched query per thousand. */
function readableIncidents(deps: CampaignDeps, principal: Principal, ids: string[]): Promise<IncidentRow[]> {
  return deps.incidents.readableByIds(readScope(principal), ids);
}

/** Campaigns with at least one member the caller may read, newest first. */
export async function listCampaigns(
  deps: CampaignDeps,
  caller: Caller,
  filter: { from?: Date; to?: Date; state?: string[] },
  limit: number,
  offset: number,
): Promise<{ items: CampaignReading[]; nextOffset: number | null }> {
  const rows = await deps.campaigns.list(filter, limit, offset);
  const members = await deps.campaigns.members(rows.map((row) => row.id));
  const readings: CampaignReading[] = [];
  for (const row of rows) {
    const ids = members.get(row.id) ?? [];
    const visible = await readableIncidents(deps, caller.principal, ids);
    if (visible.length > 0) readings.push({ row, members: visible, hiddenMembers: visible.length < ids.length });
  }
  // Paging counts the campaigns read, not those shown: a page may be short yet have a next one.
  return { items: readings, nextOffset: rows.length === limit ? offset + limit : null };
}

export async function getCampaign(
  deps: CampaignDeps,
  caller: Caller,
  id: string,
): Promise<
  CampaignReading & {
    links: IncidentLinkRow[];
    alarms: WaveAlarmRow[];
    probable: Array<ProbableMemberRow & { incident: IncidentRow }>;
    probableSearch: ProbableSearch | null;
    decisions: Awaited<ReturnType<CampaignRepository['decisionsOf']>>;
  }
> {
  const row = await deps.campaigns.find(id);
  if (!row) throw notFound('campaign', id);
  const ids = (await deps.campaigns.members([id])).get(id) ?? [];
  const visible = await readableIncidents(deps, caller.principal, ids);
  if (visible.length === 0) throw notFound('campaign', id);
  const visibleIds = visible.map((r) => r.id);
  const hidden = visible.length < ids.length;
  return {
    row,
    members: visible,
    hiddenMembers: hidden,
    links: await deps.links.among(visibleIds),
    alarms: hidden ? [] : await deps.campaigns.alarmsOf(id),
    decisions: await deps.campaigns.decisionsOf(id),
    // probable members the reader may read, kept apart from the members
    probable: await readableProbables(deps, caller, await deps.campaigns.probableMembers(id)),
    probableSearch: hidden ? null : probableSearchOf(visible),
  };
}

/**
 * Whether the detection looks for the campaign's probable members: only once its members stand at
 * enough places (analysis/waves/probable-members.ts, `minPlaces`). Said to the reader when the list
 * is empty, so that "none" is not read as "none found". Null when some members are hidden from the
 * reader: the count would rest on what the reader may not read.
 */
export interface ProbableSearch {
  state: 'searching' | 'too_few_places';
  places: number;
  needed: number;
}

function probableSearchOf(members: IncidentRow[]): ProbableSearch {
  const places = placesOf(members.map((m) => ({ siteId: m.facility_id, lat: m.lat, lon: m.lon })));
  return { state: places < PROBABLE_MIN_PLACES ? 'too_few_places' : 'searching', places, needed: PROBABLE_MIN_PLACES };
}

/** The probable members the caller may read, each with its incident (the page shows where and what). */
async function readableProbables(
  deps: CampaignDeps,
  caller: Caller,
  rows: ProbableMemberRow[],
): Promise<Array<ProbableMemberRow & { incident: IncidentRow }>> {
  const readable = new Map(
    (
      await readableIncidents(
        deps,
        caller.principal,
        rows.map((row) => row.incident_id),
      )
    ).map((row) => [row.id, row]),
  );
  return rows
    .filter((row) => readable.has(row.incident_id))
    .map((row) => ({ ...row, incident: readable.get(row.incident_id)! }));
}

/** The links of an incident to incidents the caller may also read. */
export async function incidentLinks(
  deps: CampaignDeps,
  caller: Caller,
  id: string,
): Promise<Array<{ link: IncidentLinkRow; other: IncidentRow }>> {
  const [incident] = await readableIncidents(deps, caller.principal, [id]);
  if (!incident) throw notFound('incident', id);
  const links = await deps.links.of(id);
  const others = await readableIncidents(
    deps,
    caller.principal,
    links.map((l) => (l.a === id ? l.b : l.a)),
  );
  const byId = new Map(others.map((row) => [row.id, row]));
  return links
    .filter((l) => byId.has(l.a === id ? l.b : l.a))
    .map((link) => ({ link, other: byId.get(link.a === id ? link.b : link.a)! }));
}

export const decisionSchema = z
  .discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('confirm'), reason: z.string().max(2000).optional() }),
    z.strictObject({ kind: z.literal('dismiss'), reason: z.string().trim().min(3, 'say why').max(2000) }),
    z.strictObject({
      kind: z.literal('split'),
      groups: z.array(z.array(z.string().uuid()).min(1)).min(2),
      reason: z.string().max(2000).optional(),
    }),
    z.strictObject({
      kind: z.literal('merge'),
      with: z.array(z.string().uuid()).min(1).describe('ids of the campaigns merged into this one'),
      reason: z.string().max(2000).optional(),
    }),
    z.strictObject({
      kind: z.literal('exclude'),
      incident: z.string().uuid(),
      reason: z.string().max(2000).optional(),
    }),
    z.strictObject({
      kind: z.literal('confirm_probable'),
      incident: z.string().uuid().describe('a probable member: it joins the campaign'),
      reason: z.string().max(2000).optional(),
    }),
    z.strictObject({
      kind: z.literal('dismiss_probable'),
      incident: z.string().uuid().describe('a probable member: never proposed again'),
      reason: z.string().trim().min(3, 'say why').max(2000),
    }),
  ])
  .meta({ id: 'CampaignDecision' });

/**
 * Records an analyst's decision on a campaign; every later clustering run replays it. The campaign
 * is clustered again at once, so the answer shows its effect.
 */
export async function decideCampaign(deps: CampaignDeps, caller: Caller, id: string, value: unknown): Promise<void> {
  requireDecider(caller.principal);
  const parsed = decisionSchema.safeParse(value);
  if (!parsed.success) throw invalidInput(fromZodIssues(parsed.error.issues));
  const decision = parsed.data;
  const campaign = await getCampaign(deps, caller, id);
  if (campaign.hiddenMembers)
    throw forbidden('this campaign holds incidents you cannot read: ask someone who can read them all');
  const members = campaign.members.map((m) => m.id);
  const inCampaign = (ids: string[]) => ids.every((incident) => members.includes(incident));
  let payload: Record<string, unknown>;
  switch (decision.kind) {
    case 'confirm':
      payload = { kind: 'confirm', campaign: campaign.row.key, members };
      break;
    case 'dismiss':
      payload = { kind: 'dismiss', campaign: campaign.row.key, members };
      break;
    case 'split':
      if (!inCampaign(decision.groups.flat()))
        throw invalidInput([
          { path: 'groups', message: 'every incident of the groups must be a member of the campaign' },
        ]);
      payload = { kind: 'split', campaign: campaign.row.key, groups: decision.groups };
      break;
    case 'merge': {
      const others = await Promise.all(decision.with.map((other) => getCampaign(deps, caller, other)));
      payload = {
        kind: 'merge',
        campaigns: [campaign.row.key, ...others.map((o) => o.row.key)],
        members: [...members, ...others.flatMap((o) => o.members.map((m) => m.id))],
      };
      break;
    }
    case 'exclude':
      if (!members.includes(decision.incident))
        throw invalidInput([{ path: 'incident', message: 'not a member of this campaign' }]);
      payload = { kind: 'exclude', campaign: campaign.row.key, incident: decision.incident };
      break;
    case 'confirm_probable':
    case 'dismiss_probable': {
      if (!campaign.probable.some((p) => p.incident_id === decision.incident))
        throw invalidInput([{ path: 'incident', message: 'not a probable member of this campaign' }]);
      payload =
        decision.kind === 'confirm_probable'
          ? { kind: 'confirm_probable', campaign: campaign.row.key, incident: decision.incident, members }
          : { kind: 'dismiss_probable', campaign: campaign.row.key, incident: decision.incident };
      break;
    }
  }
  await deps.campaigns.addDecision({
    campaignId: id,
    kind: decision.kind,
    payload,
    reason: decision.reason ?? null,
    decidedBy: caller.principal.system ? null : caller.principal.userId,
  });
  if (decision.kind === 'dismiss') {
    await deps.campaigns.setState(id, 'dismissed', decision.reason);
    // dismissing the campaign is a person's decision with a reason: it ends the campaign's alarm
    for (const alarm of await deps.campaigns.alarmsOf(id)) {
      if (alarm.state === 'standing')
        await endOneAlarm(deps, caller, alarm.id, `campaign dismissed: ${decision.reason}`);
    }
  }
  if (decision.kind === 'confirm') await deps.campaigns.setState(id, 'confirmed', null);
  await deps.audit.append({
    actor_id: caller.principal.system ? null : caller.principal.userId,
    actor: caller.principal.username,
    address: caller.address ?? null,
    action: `campaign.${decision.kind}`,
    object_type: 'campaign',
    object_id: id,
    details: payload,
  });
  await deps.detection.detect(campaign.row.start_at.getTime(), campaign.row.end_at.getTime());
}

const alarmEnded = (message: string) => new VigieError('alarm_ended', message, 409);

export const endAlarmSchema = z
  .strictObject({
    reason: z.string().trim().min(3, 'say why the alarm ends').max(2000),
  })
  .meta({ id: 'WaveAlarmEnd' });

async function endOneAlarm(
  deps: CampaignDeps,
  caller: Caller,
  id: string,
  reason: string,
): Promise<WaveAlarmRow | undefined> {
  const ended = await deps.campaigns.endAlarm(id, caller.principal.system ? null : caller.principal.userId, reason);
  if (ended) {
    await deps.audit.append({
      actor_id: caller.principal.system ? null : caller.principal.userId,
      actor: caller.principal.username,
      address: caller.address ?? null,
      action: 'wave.end',
      object_type: 'wave_alarm',
      object_id: id,
      details: { reason, campaign_id: ended.campaign_id, p_value: ended.p_value },
    });
  }
  return ended;
}

/** A wave alarm whose incidents the caller may all read. */
export async function getAlarm(deps: CampaignDeps, caller: Caller, id: string): Promise<WaveAlarmRow> {
  const alarm = await deps.campaigns.findAlarm(id);
  if (!alarm) throw notFound('wave alarm', id);
  const readable = await readableIncidents(deps, caller.principal, alarm.incident_ids);
  if (readable.length !== alarm.incident_ids.length) throw notFound('wave alarm', id);
  return alarm;
}

/**
 * Ends a standing wave alarm: only a person does, with a reason, audited. Later evidence updates a
 * standing alarm and never ends it (alarm-life.ts); an ended alarm is not raised again.
 */
export async function endAlarm(deps: CampaignDeps, caller: Caller, id: string, value: unknown): Promise<WaveAlarmRow> {
  requireDecider(caller.principal);
  const parsed = endAlarmSchema.safeParse(value);
  if (!parsed.success) throw invalidInput(fromZodIssues(parsed.error.issues));
  const alarm = await getAlarm(deps, caller, id);
  if (alarm.state !== 'standing') throw alarmEnded(`this alarm already ended (${alarm.end_reason ?? 'no reason'})`);
  const ended = await endOneAlarm(deps, caller, id, parsed.data.reason);
  if (!ended) throw alarmEnded('this alarm already ended');
  return ended;
}

/** Wave alarms whose incidents the caller may all read. */
export async function listAlarms(
  deps: CampaignDeps,
  caller: Caller,
  filter: { from?: Date; to?: Date; maxP?: number; state?: 'standing' | 'ended' },
  limit: number,
): Promise<WaveAlarmRow[]> {
  const alarms = await deps.campaigns.alarms(filter, limit);
  const result: WaveAlarmRow[] = [];
  for (const alarm of alarms) {
    const readable = await readableIncidents(deps, caller.principal, alarm.incident_ids);
    if (readable.length === alarm.incident_ids.length) result.push(alarm);
  }
  return result;
}

/** The alias table; analysts edit it, and the links are recomputed. */
export async function setAlias(
  deps: CampaignDeps,
  caller: Caller,
  aliasText: string,
  canonicalText: string,
  note?: string,
): Promise<void> {
  requireDecider(caller.principal);
  const [alias, canonical] = [normalizeSignature(aliasText), normalizeSignature(canonicalText)];
  if (!alias || !canonical || alias === canonical)
    throw invalidInput([
      {
        path: 'alias',
        message: 'an alias and its canonical form must be two different signatures',
        code: 'alias_same_signature',
      },
    ]);
  await deps.links.setAlias(alias, canonical, note ?? null, caller.principal.system ? null : caller.principal.userId);
  await deps.audit.append({
    actor_id: caller.principal.system ? null : caller.principal.userId,
    actor: caller.principal.username,
    action: 'alias.set',
    details: { alias, canonical },
  });
  await deps.detection.applyAlias(alias, canonical);
}

export async function removeAlias(deps: CampaignDeps, caller: Caller, aliasText: string): Promise<void> {
  requireDecider(caller.principal);
  const alias = normalizeSignature(aliasText);
  if (!(await deps.links.removeAlias(alias))) throw notFound('alias', alias);
  await deps.audit.append({
    actor_id: caller.principal.system ? null : caller.principal.userId,
    actor: caller.principal.username,
    action: 'alias.remove',
    details: { alias },
  });
  await deps.detection.applyAlias(alias, null);
}

export { readScope };
