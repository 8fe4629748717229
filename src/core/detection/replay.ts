/**
 * Replay: a file of incidents fed in time order into a store with the live detection running, and
 * what the detection made of them after each step (a campaign formed or grew, an alarm raised or
 * updated). Crisis cells run exercises on past waves this way; the tests of issue 15 use it.
 */
import { z } from 'zod';
import { createIncident, type IncidentDeps } from '../incident/incident.service.ts';
import type { Caller } from '../shared/caller.ts';
import { fromZodIssues, invalidInput } from '../shared/errors.ts';
import type { CampaignRepository } from '../../store/campaign.repository.ts';
import type { DetectionRuntime } from './detection.runtime.ts';

export const replayFileSchema = z.object({
  title: z.string().min(1),
  /** where the facts come from, and what was invented */
  provenance: z.unknown(),
  incidents: z.array(z.record(z.string(), z.unknown())).min(1, 'a replay needs at least one incident'),
  /** for evaluation only: external_id -> what the incident is in the wave (core, probable, unrelated) */
  truth: z.record(z.string(), z.string()).optional(),
});
export type ReplayFile = z.infer<typeof replayFileSchema>;

export interface ReplayDeps {
  incidents: IncidentDeps;
  campaigns: CampaignRepository;
  detection: DetectionRuntime;
}

export interface ReplayEvent {
  /** the replay clock: the occurrence time of the step's last incident */
  at: string;
  kind: 'campaign_formed' | 'campaign_grew' | 'alarm_raised' | 'alarm_updated';
  campaign_id: string | null;
  /** facilities and other places (staff homes, offices) counted apart */
  facilities: number;
  other_places: number;
  incidents: number;
  alarm_id?: string;
  p_value?: number;
  /** the p-value as a reader reads it ("p = 0.0034", "p < 1e-6") and its recurrence sentence */
  p_text?: string;
  sentence?: string;
  /** external ids of the incidents fed in this step */
  step: string[];
}

export interface ReplayOptions {
  /** 'incident' (each incident, the default) or 'night' (each night's incidents together) */
  step: 'incident' | 'night';
  /** replay-clock speed-up: wait (gap / speed) between steps; none when absent */
  speed?: number;
  onEvent?: (event: ReplayEvent) => void;
  sleep?: (ms: number) => Promise<void>;
}

/** Reads and checks a replay file's JSON. */
export function parseReplayFile(value: unknown): ReplayFile {
  const parsed = replayFileSchema.safeParse(value);
  if (!parsed.success) throw invalidInput(fromZodIssues(parsed.error.issues));
  return parsed.data;
}

/** The start of an incident draft as the replay orders it: its night (evening 22:00 Paris) or its date-time. */
export function draftTime(draft: Record<string, unknown>): number {
  const occurred = (draft.occurred ?? {}) as { night_of?: string; date?: string; start?: string; at?: string };
  const text =
    occurred.start ??
    occurred.at ??
    (occurred.night_of ? `${occurred.night_of}T20:00:00Z` : occurred.date ? `${occurred.date}T12:00:00Z` : undefined);
  const time = text ? Date.parse(text) : NaN;
  return Number.isFinite(time) ? time : Number.POSITIVE_INFINITY;
}

/** The night an incident belongs to (the evening's date, Paris time; before 08:00 is the night before). */
export function nightOf(time: number): string {
  const paris = new Date(time + 2 * 3_600_000);
  if (paris.getUTCHours() < 8) paris.setUTCDate(paris.getUTCDate() - 1);
  return paris.toISOString().slice(0, 10);
}

interface Snapshot {
  campaigns: Map<string, { facilities: number; otherPlaces: number; incidents: number }>;
  alarms: Map<
    string,
    {
      updates: number;
      campaignId: string | null;
      pValue: number;
      pText?: string;
      sentence?: string;
      sites: number;
      incidents: number;
    }
  >;
}

async function snapshot(deps: ReplayDeps): Promise<Snapshot> {
  const rows = await deps.campaigns.list({}, 500, 0);
  const members = await deps.campaigns.members(rows.map((row) => row.id));
  const campaigns = new Map(
    rows.map((row) => {
      const places = Number((row.facts as { sites?: number }).sites ?? row.sites.length);
      return [
        row.id,
        {
          facilities: row.sites.length,
          otherPlaces: Math.max(0, places - row.sites.length),
          incidents: members.get(row.id)?.length ?? 0,
        },
      ];
    }),
  );
  const alarms = new Map(
    (await deps.campaigns.alarms({}, 500)).map((alarm) => {
      const details = alarm.details as { p_text?: string; sentence?: string };
      return [
        alarm.id,
        {
          updates: alarm.updates.length,
          campaignId: alarm.campaign_id,
          pValue: alarm.p_value,
          pText: details.p_text,
          sentence: details.sentence,
          sites: alarm.sites.length,
          incidents: alarm.incident_ids.length,
        },
      ];
    }),
  );
  return { campaigns, alarms };
}

/** What changed between two snapshots, as replay events. */
function changes(before: Snapshot, after: Snapshot, at: string, step: string[]): ReplayEvent[] {
  const events: ReplayEvent[] = [];
  for (const [id, now] of after.campaigns) {
    const was = before.campaigns.get(id);
    const counts = { facilities: now.facilities, other_places: now.otherPlaces, incidents: now.incidents };
    if (!was) events.push({ at, kind: 'campaign_formed', campaign_id: id, ...counts, step });
    else if (now.facilities + now.otherPlaces > was.facilities + was.otherPlaces)
      events.push({ at, kind: 'campaign_grew', campaign_id: id, ...counts, step });
  }
  for (const [id, now] of after.alarms) {
    const was = before.alarms.get(id);
    if (was && now.updates <= was.updates) continue;
    const campaign = now.campaignId ? after.campaigns.get(now.campaignId) : undefined;
    events.push({
      at,
      kind: was ? 'alarm_updated' : 'alarm_raised',
      campaign_id: now.campaignId,
      alarm_id: id,
      facilities: campaign?.facilities ?? now.sites,
      other_places: campaign?.otherPlaces ?? 0,
      incidents: campaign?.incidents ?? now.incidents,
      p_value: now.pValue,
      p_text: now.pText,
      sentence: now.sentence,
      step,
    });
  }
  return events;
}

/** Where the replay ended: each campaign's members and probable members, by the file's external ids. */
export interface ReplaySummary {
  campaigns: Array<{
    id: string;
    facilities: number;
    other_places: number;
    members: string[];
    probable_members: Array<{ external_id: string; excess_probability: number; explanation: string }>;
    alarm: { id: string; state: string; p_value: number; p_text?: string } | null;
  }>;
}

/** The campaigns at the end of a replay, named by the file's external ids. */
export async function replaySummary(deps: ReplayDeps): Promise<ReplaySummary> {
  const rows = await deps.campaigns.list({}, 500, 0);
  const members = await deps.campaigns.members(rows.map((row) => row.id));
  const campaigns: ReplaySummary['campaigns'] = [];
  for (const row of rows) {
    const probable = await deps.campaigns.probableMembers(row.id);
    const ids = [...(members.get(row.id) ?? []), ...probable.map((p) => p.incident_id)];
    const external = new Map(
      (await deps.incidents.incidents.byIds(ids)).map((incident) => [incident.id, incident.external_id ?? incident.id]),
    );
    const alarm = (await deps.campaigns.alarmsOf(row.id))[0];
    const places = Number((row.facts as { sites?: number }).sites ?? row.sites.length);
    campaigns.push({
      id: row.id,
      facilities: row.sites.length,
      other_places: Math.max(0, places - row.sites.length),
      members: (members.get(row.id) ?? []).map((id) => external.get(id) ?? id),
      probable_members: probable.map((p) => ({
        external_id: external.get(p.incident_id) ?? p.incident_id,
        excess_probability: p.excess_probability,
        explanation: p.explanation,
      })),
      alarm: alarm
        ? {
            id: alarm.id,
            state: alarm.state,
            p_value: alarm.p_value,
            p_text: (alarm.details as { p_text?: string }).p_text,
          }
        : null,
    });
  }
  return { campaigns };
}

/**
 * Feeds the file's incidents in time order (ties in file order), one step at a time, and after each
 * step waits for the detection and reports what changed. Returns every event.
 */
export async function replay(
  deps: ReplayDeps,
  caller: Caller,
  file: ReplayFile,
  options: ReplayOptions,
): Promise<ReplayEvent[]> {
  const ordered = file.incidents
    .map((draft, index) => ({ draft, index, time: draftTime(draft) }))
    .sort((x, y) => x.time - y.time || x.index - y.index);
  const steps: Array<typeof ordered> = [];
  for (const item of ordered) {
    const last = steps[steps.length - 1];
    if (last && options.step === 'night' && nightOf(last[0].time) === nightOf(item.time)) last.push(item);
    else steps.push([item]);
  }
  await deps.detection.start();
  const events: ReplayEvent[] = [];
  let before = await snapshot(deps);
  let clock: number | undefined;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  for (const step of steps) {
    const time = step[step.length - 1].time;
    if (options.speed && clock !== undefined && Number.isFinite(time))
      await sleep(Math.max(0, (time - clock) / options.speed));
    clock = time;
    for (const { draft, index } of step) {
      try {
        await createIncident(deps.incidents, caller, draft);
      } catch (error) {
        // name the incident of the file that was refused
        if (error instanceof Error && 'details' in error)
          (error as { details: Array<{ path: string }> }).details.forEach(
            (d) => (d.path = `incidents[${index}].${d.path}`),
          );
        throw error;
      }
    }
    await deps.detection.catchUp();
    await deps.detection.idle();
    const after = await snapshot(deps);
    const at = Number.isFinite(time) ? new Date(time).toISOString() : 'unknown';
    for (const event of changes(
      before,
      after,
      at,
      step.map(({ draft }) => String(draft.external_id ?? '')),
    )) {
      events.push(event);
      options.onEvent?.(event);
    }
    before = after;
  }
  return events;
}
