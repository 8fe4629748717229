import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { AlarmUpdate, CampaignDecisionRow, CampaignRow, DB, ProbableMemberRow, WaveAlarmRow } from './schema.ts';

/** A campaign as the engine computes it, ready to store. */
export interface CampaignToStore {
  id: string;
  key: string;
  state: 'active' | 'confirmed' | 'dismissed';
  start: Date;
  end: Date;
  sites: string[];
  sharedSignatures: Array<{ normalized: string; text: string; count: number }>;
  confidence: number;
  explanation: string;
  facts: Record<string, unknown>;
  members: string[];
  significance?: Record<string, unknown> | null;
  dismissedReason?: string | null;
}

export interface AlarmToStore {
  campaignId: string | null;
  method: 'poisson_scan' | 'signature_burst' | 'permutation_scan' | 'hawkes';
  statistic: number;
  pValue: number;
  recurrenceYears: number | null;
  windowStart: Date;
  windowEnd: Date;
  sites: string[];
  incidentIds: string[];
  details: Record<string, unknown>;
  explanation: string;
}

/** What later evidence changes on a standing campaign alarm. */
export interface AlarmChange {
  campaignId: string;
  campaignKey: string;
  sites: string[];
  incidentIds: string[];
  explanation: string;
  update: AlarmUpdate;
  /** the strongest window's significance, when the new evidence is at least as strong as the stored one */
  strongest?: Pick<
    AlarmToStore,
    'method' | 'statistic' | 'pValue' | 'recurrenceYears' | 'windowStart' | 'windowEnd' | 'details'
  >;
}

/** A probable member as the detection proposes it. */
export interface ProbableMemberToStore {
  incidentId: string;
  observed: number;
  expected: number;
  excessProbability: number;
  details: Record<string, unknown>;
  explanation: string;
}

/** SQL of campaigns, their members, the analysts' decisions and the wave alarms. */
export class CampaignRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /** Inserts or replaces a campaign and its member list; bumps the version when it existed. */
  async save(campaign: CampaignToStore): Promise<void> {
    const values = {
      id: campaign.id,
      key: campaign.key,
      state: campaign.state,
      start_at: campaign.start,
      end_at: campaign.end,
      sites: campaign.sites,
      shared_signatures: JSON.stringify(campaign.sharedSignatures),
      confidence: campaign.confidence,
      explanation: campaign.explanation,
      facts: JSON.stringify(campaign.facts),
      significance: campaign.significance === undefined ? null : JSON.stringify(campaign.significance),
      dismissed_reason: campaign.dismissedReason ?? null,
      updated_at: new Date(),
    };
    await this.db
      .insertInto('campaigns')
      .values(values)
      .onConflict((oc) =>
        oc.column('id').doUpdateSet((eb) => ({
          state: eb.ref('excluded.state'),
          start_at: eb.ref('excluded.start_at'),
          end_at: eb.ref('excluded.end_at'),
          sites: eb.ref('excluded.sites'),
          shared_signatures: eb.ref('excluded.shared_signatures'),
          confidence: eb.ref('excluded.confidence'),
          explanation: eb.ref('excluded.explanation'),
          facts: eb.ref('excluded.facts'),
          updated_at: eb.ref('excluded.updated_at'),
          dismissed_reason: eb.ref('excluded.dismissed_reason'),
          ...(campaign.significance === undefined ? {} : { significance: eb.ref('excluded.significance') }),
          version: eb('campaigns.version', '+', 1),
        })),
      )
      .execute();
    await this.db.deleteFrom('campaign_members').where('campaign_id', '=', campaign.id).execute();
    for (let i = 0; i < campaign.members.length; i += 1000) {
      await this.db
        .insertInto('campaign_members')
        .values(campaign.members.slice(i, i + 1000).map((incident_id) => ({ campaign_id: campaign.id, incident_id })))
        .execute();
    }
  }

  async setSignificance(id: string, significance: Record<string, unknown>): Promise<void> {
    await this.db
      .updateTable('campaigns')
      .set({ significance: JSON.stringify(significance) })
      .where('id', '=', id)
      .execute();
  }

  async setState(id: string, state: 'active' | 'confirmed' | 'dismissed', reason: string | null): Promise<void> {
    await this.db
      .updateTable('campaigns')
      .set((eb) => ({ state, dismissed_reason: reason, updated_at: new Date(), version: eb('version', '+', 1) }))
      .where('id', '=', id)
      .execute();
  }

  async delete(id: string): Promise<void> {
    await this.db.deleteFrom('campaigns').where('id', '=', id).execute();
  }

  findByKey(key: string): Promise<CampaignRow | undefined> {
    return this.db.selectFrom('campaigns').selectAll().where('key', '=', key).executeTakeFirst();
  }

  /** Campaigns whose span overlaps [from, to), with their members: the previous run of a window. */
  overlapping(from: Date, to: Date): Promise<CampaignRow[]> {
    return this.db.selectFrom('campaigns').selectAll().where('end_at', '>', from).where('start_at', '<', to).execute();
  }

  find(id: string): Promise<CampaignRow | undefined> {
    return this.db.selectFrom('campaigns').selectAll().where('id', '=', id).executeTakeFirst();
  }

  async members(campaignIds: string[]): Promise<Map<string, string[]>> {
    const map = new Map<string, string[]>(campaignIds.map((id) => [id, []]));
    if (campaignIds.length === 0) return map;
    const rows = await this.db
      .selectFrom('campaign_members')
      .selectAll()
      .where('campaign_id', 'in', campaignIds)
      .execute();
    for (const row of rows) map.get(row.campaign_id)!.push(row.incident_id);
    return map;
  }

  /** The incidents proposed as probable members of each campaign (not yet decided by an analyst). */
  async probableMemberIds(campaignIds: string[]): Promise<Map<string, string[]>> {
    const map = new Map<string, string[]>(campaignIds.map((id) => [id, []]));
    if (campaignIds.length === 0) return map;
    const rows = await this.db
      .selectFrom('campaign_probable_members')
      .select(['campaign_id', 'incident_id'])
      .where('campaign_id', 'in', campaignIds)
      .execute();
    for (const row of rows) map.get(row.campaign_id)!.push(row.incident_id);
    return map;
  }

  /** Campaigns whose span overlaps [from, to), newest first. */
  list(filter: { from?: Date; to?: Date; state?: string[] }, limit: number, offset: number): Promise<CampaignRow[]> {
    let query = this.db
      .selectFrom('campaigns')
      .selectAll()
      .orderBy('end_at', 'desc')
      .orderBy('id')
      .limit(limit)
      .offset(offset);
    if (filter.from) query = query.where('end_at', '>', filter.from);
    if (filter.to) query = query.where('start_at', '<', filter.to);
    if (filter.state?.length) query = query.where('state', 'in', filter.state);
    return query.execute();
  }

  all(): Promise<CampaignRow[]> {
    return this.db.selectFrom('campaigns').selectAll().execute();
  }

  /** The campaigns an incident belongs to. */
  async ofIncident(incidentId: string): Promise<string[]> {
    const rows = await this.db
      .selectFrom('campaign_members')
      .select('campaign_id')
      .where('incident_id', '=', incidentId)
      .execute();
    return rows.map((row) => row.campaign_id);
  }

  async addDecision(decision: {
    campaignId: string | null;
    kind: string;
    payload: Record<string, unknown>;
    reason: string | null;
    decidedBy: string | null;
  }): Promise<CampaignDecisionRow> {
    return this.db
      .insertInto('campaign_decisions')
      .values({
        id: randomUUID(),
        campaign_id: decision.campaignId,
        kind: decision.kind,
        payload: JSON.stringify(decision.payload),
        reason: decision.reason,
        decided_by: decision.decidedBy,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  decisions(): Promise<CampaignDecisionRow[]> {
    return this.db.selectFrom('campaign_decisions').selectAll().orderBy('decided_at').execute();
  }

  /** A campaign's decisions, each with the name of the account that took it (null: the operator or the system). */
  decisionsOf(campaignId: string): Promise<Array<CampaignDecisionRow & { decided_by_name: string | null }>> {
    return this.db
      .selectFrom('campaign_decisions')
      .leftJoin('users', 'users.id', 'campaign_decisions.decided_by')
      .selectAll('campaign_decisions')
      .select((eb) => eb.fn.coalesce('users.display_name', 'users.username').as('decided_by_name'))
      .where('campaign_decisions.campaign_id', '=', campaignId)
      .orderBy('campaign_decisions.decided_at')
      .execute();
  }

  /** Raises or updates the alarm of a campaign for a method (one per pair); a regional alarm has no campaign. */
  async upsertAlarm(alarm: AlarmToStore): Promise<void> {
    const values = {
      campaign_id: alarm.campaignId,
      method: alarm.method,
      statistic: alarm.statistic,
      p_value: alarm.pValue,
      recurrence_years: alarm.recurrenceYears,
      window_start: alarm.windowStart,
      window_end: alarm.windowEnd,
      sites: alarm.sites,
      incident_ids: alarm.incidentIds,
      details: JSON.stringify(alarm.details),
      explanation: alarm.explanation,
    };
    // One alarm per campaign and method; a regional alarm is the same one when its window is.
    const existing = alarm.campaignId
      ? await this.db
          .selectFrom('wave_alarms')
          .select('id')
          .where('campaign_id', '=', alarm.campaignId)
          .where('method', '=', alarm.method)
          .executeTakeFirst()
      : await this.db
          .selectFrom('wave_alarms')
          .select('id')
          .where('campaign_id', 'is', null)
          .where('method', '=', alarm.method)
          .where('window_start', '=', alarm.windowStart)
          .where('window_end', '=', alarm.windowEnd)
          .where('sites', '=', alarm.sites)
          .executeTakeFirst();
    if (existing) await this.db.updateTable('wave_alarms').set(values).where('id', '=', existing.id).execute();
    else
      await this.db
        .insertInto('wave_alarms')
        .values({ id: randomUUID(), ...values })
        .execute();
  }

  /**
   * The alarm of a campaign, whatever its state: by the campaign, else by its clustering key, else an
   * alarm left without a campaign (its campaign was clustered again under another key) resting on
   * some of the same incidents.
   */
  async alarmOfCampaign(campaignId: string, campaignKey: string, members: string[]): Promise<WaveAlarmRow | undefined> {
    const campaignMethods = ['signature_burst', 'poisson_scan'];
    const own =
      (await this.db
        .selectFrom('wave_alarms')
        .selectAll()
        .where('campaign_id', '=', campaignId)
        .orderBy('raised_at')
        .executeTakeFirst()) ??
      (await this.db
        .selectFrom('wave_alarms')
        .selectAll()
        .where('campaign_key', '=', campaignKey)
        .where('method', 'in', campaignMethods)
        .orderBy('raised_at')
        .executeTakeFirst());
    if (own || members.length === 0) return own;
    return this.db
      .selectFrom('wave_alarms')
      .selectAll()
      .where('campaign_id', 'is', null)
      .where('method', 'in', campaignMethods)
      .where(sql<boolean>`incident_ids && ${sql.val(members)}::uuid[]`)
      .orderBy('raised_at')
      .executeTakeFirst();
  }

  /** Raises a campaign's alarm: it stands until a person ends it. */
  async raiseCampaignAlarm(
    alarm: AlarmToStore & { campaignId: string; campaignKey: string; update: AlarmUpdate },
  ): Promise<void> {
    await this.db
      .insertInto('wave_alarms')
      .values({
        id: randomUUID(),
        campaign_id: alarm.campaignId,
        campaign_key: alarm.campaignKey,
        method: alarm.method,
        statistic: alarm.statistic,
        p_value: alarm.pValue,
        recurrence_years: alarm.recurrenceYears,
        window_start: alarm.windowStart,
        window_end: alarm.windowEnd,
        sites: alarm.sites,
        incident_ids: alarm.incidentIds,
        details: JSON.stringify(alarm.details),
        explanation: alarm.explanation,
        updates: JSON.stringify([alarm.update]),
      })
      .execute();
  }

  /** Updates a campaign's alarm with later evidence: never withdraws it, never changes its state. */
  async updateCampaignAlarm(id: string, change: AlarmChange): Promise<void> {
    const strongest = change.strongest && {
      method: change.strongest.method,
      statistic: change.strongest.statistic,
      p_value: change.strongest.pValue,
      recurrence_years: change.strongest.recurrenceYears,
      window_start: change.strongest.windowStart,
      window_end: change.strongest.windowEnd,
      details: JSON.stringify(change.strongest.details),
    };
    await this.db
      .updateTable('wave_alarms')
      .set((eb) => ({
        campaign_id: change.campaignId,
        campaign_key: change.campaignKey,
        sites: change.sites,
        incident_ids: change.incidentIds,
        explanation: change.explanation,
        updated_at: new Date(),
        updates: sql`(${eb.ref('updates')} || ${JSON.stringify([change.update])}::jsonb)`,
        ...strongest,
      }))
      .where('id', '=', id)
      .execute();
  }

  /** Ends a standing alarm: a person's decision, with its reason. Undefined when it was not standing. */
  endAlarm(id: string, endedBy: string | null, reason: string): Promise<WaveAlarmRow | undefined> {
    return this.db
      .updateTable('wave_alarms')
      .set({ state: 'ended', ended_at: new Date(), ended_by: endedBy, end_reason: reason, updated_at: new Date() })
      .where('id', '=', id)
      .where('state', '=', 'standing')
      .returningAll()
      .executeTakeFirst();
  }

  findAlarm(id: string): Promise<WaveAlarmRow | undefined> {
    return this.db.selectFrom('wave_alarms').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /** Replaces the probable members of a campaign (the analysts' decisions are applied before). */
  async setProbableMembers(campaignId: string, members: ProbableMemberToStore[]): Promise<void> {
    await this.db.deleteFrom('campaign_probable_members').where('campaign_id', '=', campaignId).execute();
    if (members.length === 0) return;
    await this.db
      .insertInto('campaign_probable_members')
      .values(
        members.map((m) => ({
          campaign_id: campaignId,
          incident_id: m.incidentId,
          observed: m.observed,
          expected: m.expected,
          excess_probability: m.excessProbability,
          details: JSON.stringify(m.details),
          explanation: m.explanation,
        })),
      )
      .execute();
  }

  probableMembers(campaignId: string): Promise<ProbableMemberRow[]> {
    return this.db
      .selectFrom('campaign_probable_members')
      .selectAll()
      .where('campaign_id', '=', campaignId)
      .orderBy('excess_probability', 'desc')
      .execute();
  }

  /** Records a test of a campaign at its size; testing the same campaign at the same size again counts once. */
  async recordEvaluation(campaignKey: string, members: number, evaluatedAt: Date, pValue: number): Promise<void> {
    await this.db
      .insertInto('wave_evaluations')
      .values({ campaign_key: campaignKey, members, evaluated_at: evaluatedAt, p_value: pValue })
      .onConflict((oc) =>
        oc.columns(['campaign_key', 'members']).doUpdateSet({ evaluated_at: evaluatedAt, p_value: pValue }),
      )
      .execute();
  }

  /** Tests whose prospective time falls in [from, to). */
  async evaluationsBetween(from: Date, to: Date): Promise<number> {
    const row = await this.db
      .selectFrom('wave_evaluations')
      .select((eb) => eb.fn.countAll<string>().as('count'))
      .where('evaluated_at', '>=', from)
      .where('evaluated_at', '<', to)
      .executeTakeFirstOrThrow();
    return Number(row.count);
  }

  /** Removes a campaign's alarms, or only those raised by other methods than `keep`. */
  async deleteAlarmsOf(campaignId: string, keep?: string): Promise<void> {
    let query = this.db.deleteFrom('wave_alarms').where('campaign_id', '=', campaignId);
    if (keep) query = query.where('method', '<>', keep);
    await query.execute();
  }

  alarms(
    filter: { from?: Date; to?: Date; maxP?: number; state?: 'standing' | 'ended' },
    limit: number,
  ): Promise<WaveAlarmRow[]> {
    let query = this.db.selectFrom('wave_alarms').selectAll().orderBy('window_end', 'desc').orderBy('id').limit(limit);
    if (filter.state) query = query.where('state', '=', filter.state);
    if (filter.from) query = query.where('window_end', '>', filter.from);
    if (filter.to) query = query.where('window_start', '<', filter.to);
    if (filter.maxP !== undefined) query = query.where('p_value', '<=', filter.maxP);
    return query.execute();
  }

  alarmsOf(campaignId: string): Promise<WaveAlarmRow[]> {
    return this.db.selectFrom('wave_alarms').selectAll().where('campaign_id', '=', campaignId).execute();
  }
}
