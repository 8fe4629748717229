import { authorize, readScope } from '../../core/access/access.ts';
import type { Protected } from '../../core/shared/principal.ts';
import { MARKINGS, type Marking } from '../../core/shared/principal.ts';
import type { IncidentDeps } from '../../core/incident/incident.service.ts';
import type { Caller } from '../../core/shared/caller.ts';
import { notFound } from '../../core/shared/errors.ts';
import type { ActorRepository } from '../../store/actor.repository.ts';
import type { CampaignRepository } from '../../store/campaign.repository.ts';
import type { IncidentFilter } from '../../store/incident.repository.ts';
import type { SeizureRepository } from '../../store/seizure.repository.ts';
import type { IncidentRow } from '../../store/schema.ts';
import type { ForeignObjects, OrganisationEntry, StixSelection } from './stix-bundle.ts';
import type { StixObject } from './stix-vocabulary.ts';
import type { StixRepository } from '../../store/stix.repository.ts';
import { STIX_ACTOR_KINDS, type GraphSelection } from './stix-graph.ts';
import { relationshipAccess } from '../../core/actor/actor.ts';

export interface StixSelectionDeps {
  incidents: IncidentDeps;
  campaigns: Pick<CampaignRepository, 'find' | 'findByKey' | 'members'>;
  /** organisations come from the seizures that name them */
  seizures?: { seizures: Pick<SeizureRepository, 'list'>; actors: Pick<ActorRepository, 'readableByIds'> };
  /** the actor graph around the incidents */
  actors?: Pick<ActorRepository, 'actorsOfIncidents' | 'relationshipsTouching' | 'readableByIds'>;
  /** what foreign tools sent: kept beside the incidents, or apart (TAXII) */
  stix?: Pick<StixRepository, 'ofIncidents' | 'readableStandalone'>;
}

/** The origin and attached objects of the selected incidents, by Vigie incident id. */
async function foreignOf(
  stix: NonNullable<StixSelectionDeps['stix']>,
  incidents: IncidentRow[],
): Promise<Map<string, ForeignObjects>> {
  const out = new Map<string, ForeignObjects>();
  for (let start = 0; start < incidents.length; start += 5000) {
    for (const row of await stix.ofIncidents(incidents.slice(start, start + 5000).map((incident) => incident.id))) {
      const entry = out.get(row.incident_id!) ?? { attached: [] };
      if (row.role === 'origin') entry.origin = row.object as StixObject;
      else entry.attached.push(row.object as StixObject);
      out.set(row.incident_id!, entry);
    }
  }
  return out;
}

/**
 * The entities involved in the incidents and their direct neighbours (a group's leader, its vehicle),
 * with the relationships among them, as far as the caller may read them; none in a compartment, and
 * only of the collection's marking for a TAXII collection.
 */
async function graphOf(
  actors: NonNullable<StixSelectionDeps['actors']>,
  caller: Caller,
  incidents: IncidentRow[],
  marking?: string,
): Promise<GraphSelection> {
  const roles = await actors.actorsOfIncidents(incidents.map((row) => row.id));
  const involved = [...new Set(roles.map((role) => role.actor_id))];
  const touching = await actors.relationshipsTouching(involved, 5000);
  const fits = (record: Protected) => record.compartments.length === 0 && (!marking || record.marking === marking);
  const rows = (
    await actors.readableByIds(readScope(caller.principal), [
      ...involved,
      ...touching.flatMap((row) => [row.source_id, row.target_id]),
    ])
  ).filter((row) => STIX_ACTOR_KINDS.has(row.kind) && fits(row));
  const kept = new Set(rows.map((row) => row.id));
  const relationships = touching.filter(
    (row) =>
      kept.has(row.source_id) &&
      kept.has(row.target_id) &&
      fits(relationshipAccess(row)) &&
      authorize(caller.principal, { kind: 'read', record: relationshipAccess(row) }).allowed,
  );
  return { actors: rows, relationships, roles: roles.filter((role) => kept.has(role.actor_id)) };
}

/** The organisations named by the seizures the caller may read since a date (none in a compartment). */
async function organisationsOf(
  deps: NonNullable<StixSelectionDeps['seizures']>,
  caller: Caller,
  since?: Date,
): Promise<OrganisationEntry[]> {
  const seen = new Map<string, { marking: Marking; first: Date; last: Date }>();
  const narrower = (a: Marking, b: Marking) => (MARKINGS.indexOf(a) >= MARKINGS.indexOf(b) ? a : b);
  for (let offset = 0; ; offset += 1000) {
    const rows = await deps.seizures.list(readScope(caller.principal), since ? { from: since } : {}, 1000, offset);
    for (const row of rows) {
      if (!row.organisation_id || row.compartments.length > 0) continue;
      const known = seen.get(row.organisation_id);
      seen.set(
        row.organisation_id,
        known
          ? {
              marking: narrower(known.marking, row.marking as Marking),
              // biome-ignore lint/complexity/useMathMinMax: Dates, which Math.min would turn into numbers
              first: row.occurred_start < known.first ? row.occurred_start : known.first,
              // biome-ignore lint/complexity/useMathMinMax: Dates, which Math.max would turn into numbers
              last: row.occurred_end > known.last ? row.occurred_end : known.last,
            }
          : { marking: row.marking as Marking, first: row.occurred_start, last: row.occurred_end },
      );
    }
    if (rows.length < 1000) break;
  }
  // Only the organisation entities the caller may read themselves, in one batched query.
  const actors = new Map(
    (await deps.actors.readableByIds(readScope(caller.principal), [...seen.keys()])).map((row) => [row.id, row]),
  );
  return [...seen].flatMap(([id, span]) => {
    const actor = actors.get(id);
    return actor ? [{ actor, ...span }] : [];
  });
}

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
  const keep = (row: IncidentRow) =>
    row.compartments.length === 0 &&
    (!query.marking || row.marking === query.marking) &&
    (!query.since || row.occurred_end > query.since);
  let campaigns: StixSelection['campaigns'] = [];
  let incidents: IncidentRow[] = [];
  if (query.campaign) {
    const campaign =
      (await deps.campaigns.findByKey(query.campaign)) ??
      (/^[0-9a-f-]{36}$/.test(query.campaign) ? await deps.campaigns.find(query.campaign) : undefined);
    if (!campaign) throw notFound('campaign', query.campaign);
    const members = (await deps.campaigns.members([campaign.id])).get(campaign.id) ?? [];
    incidents = (await deps.incidents.incidents.readableByIds(readScope(caller.principal), members))
      .filter(keep)
      .sort((a, b) => a.occurred_start.getTime() - b.occurred_start.getTime() || (a.id < b.id ? -1 : 1));
    campaigns = [{ campaign, members }];
  } else {
    // The repository filters with the read scope; STAFF details are never opened (they are not exported).
    const filter: IncidentFilter = query.since ? { from: query.since } : {};
    for await (const row of deps.incidents.incidents.iterate(readScope(caller.principal), filter))
      if (keep(row)) incidents.push(row);
  }
  // A TAXII collection (one marking) and a campaign hold incidents only: nothing links organisations to them yet.
  const organisations =
    deps.seizures && !query.campaign && !query.marking ? await organisationsOf(deps.seizures, caller, query.since) : [];
  const graph = deps.actors ? await graphOf(deps.actors, caller, incidents, query.marking) : undefined;
  const foreign = deps.stix ? await foreignOf(deps.stix, incidents) : undefined;
  const standaloneRows =
    deps.stix && !query.campaign ? await deps.stix.readableStandalone(readScope(caller.principal), query.marking) : [];
  await deps.incidents.audit.append({
    actor_id: caller.principal.system ? null : caller.principal.userId,
    actor: caller.principal.username,
    address: caller.address ?? null,
    action: 'incident.export',
    object_type: campaigns.length ? 'campaign' : null,
    object_id: campaigns[0]?.campaign.id ?? null,
    details: {
      format: 'stix',
      count: incidents.length,
      organisations: organisations.length,
      entities: graph?.actors.length ?? 0,
      ids: incidents.slice(0, 500).map((row) => row.id),
      query: {
        campaign: query.campaign ?? null,
        since: query.since?.toISOString() ?? null,
        marking: query.marking ?? null,
      },
    },
  });
  return {
    incidents,
    campaigns,
    organisations,
    graph,
    foreign,
    standalone: standaloneRows.map((row) => row.object as StixObject),
    standaloneAdded: new Map(standaloneRows.map((row) => [row.stix_id, row.received_at])),
  };
}
