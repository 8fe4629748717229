import { authorize, readScope } from '../../core/access/access.ts';
import type { Caller, IncidentDeps } from '../../core/incident/incident.service.ts';
import { notFound } from '../../core/shared/errors.ts';
import type { CampaignRepository } from '../../store/campaign.repository.ts';
import type { IncidentFilter } from '../../store/incident.repository.ts';
import type { IncidentRow } from '../../store/schema.ts';
import type { StixSelection } from './stix-bundle.ts';

export interface StixSelectionDeps { incidents: IncidentDeps; campaigns: Pick<CampaignRepository, 'find' | 'findByKey' | 'members'> }

export interface StixQuery {
  /** a campaign key or id: the campaign and its members the caller may read */
  campaign?: string;
  /** incidents ending after this date */
  since?: Date;
  /** only incidents of this marking (TAXII collections) */
  marking?: string;
}

/**
 * What the caller may read of a selection: a campaign and its readable members, or every readable
 * incident since a date. Records in a compartment are left out (STAFF never leaves Vigie).
 */
export async function selectForStix(deps: StixSelectionDeps, caller: Caller, query: StixQuery): Promise<StixSelection> {
  const keep = (row: IncidentRow) => row.compartments.length === 0 && (!query.marking || row.marking === query.marking)
    && (!query.since || row.occurred_end > query.since);
  let campaigns: StixSelection['campaigns'] = [];
  let incidents: IncidentRow[] = [];
  if (query.campaign) {
    const campaign = await deps.campaigns.findByKey(query.campaign) ?? (/^[0-9a-f-]{36}$/.test(query.campaign) ? await deps.campaigns.find(query.campaign) : undefined);
    if (!campaign) throw notFound('campaign', query.campaign);
    const members = (await deps.campaigns.members([campaign.id])).get(campaign.id) ?? [];
    incidents = (await deps.incidents.incidents.byIds(members))
      .filter((row) => authorize(caller.principal, { kind: 'read', record: row }).allowed && keep(row))
      .sort((a, b) => a.occurred_start.getTime() - b.occurred_start.getTime() || (a.id < b.id ? -1 : 1));
    campaigns = [{ campaign, members }];
  } else {
    // The repository filters with the read scope; STAFF details are never opened (they are not exported).
    const filter: IncidentFilter = query.since ? { from: query.since } : {};
    for await (const row of deps.incidents.incidents.iterate(readScope(caller.principal), filter)) if (keep(row)) incidents.push(row);
  }
  await deps.incidents.audit.append({
    actor_id: caller.principal.system ? null : caller.principal.userId, actor: caller.principal.username, address: caller.address ?? null,
    action: 'incident.export', object_type: campaigns.length ? 'campaign' : null, object_id: campaigns[0]?.campaign.id ?? null,
    details: { format: 'stix', count: incidents.length, ids: incidents.slice(0, 500).map((row) => row.id), query: { campaign: query.campaign ?? null, since: query.since?.toISOString() ?? null, marking: query.marking ?? null } },
  });
  return { incidents, campaigns };
}
