import {
  MAX_DEPTH,
  MAX_NODES,
  neighbours,
  sharedEntities,
  shortestPaths,
  type GraphEdge,
} from '../../analysis/graph/graph.ts';
import { readScope } from '../access/access.ts';
import type { Principal } from '../shared/principal.ts';
import type { Caller } from '../shared/caller.ts';
import { invalidInput, VigieError } from '../shared/errors.ts';
import { readableActor, readableActors, visibleRelationships, type ActorDeps } from './actor.service.ts';
import type { ActorRelationshipRow, ActorRow } from '../../store/schema.ts';

/** How far a path search looks from its start, and how many entities it loads at most. */
export const PATH_SEARCH_DEPTH = 6;
const PATH_SEARCH_NODES = 5000;

/** A part of the graph as its reader may see it. */
export interface Subgraph {
  actors: Map<string, ActorRow>;
  relationships: ActorRelationshipRow[];
}

const asEdge = (row: ActorRelationshipRow): GraphEdge => ({
  id: row.id,
  source: row.source_id,
  target: row.target_id,
  kind: row.kind,
});

/**
 * Loads, level by level, the readable entities and relationships within `depth` hops of `start`,
 * stopping once `maxNodes` entities are loaded: the store never returns more than a query needs.
 */
async function loadNeighbourhood(
  deps: ActorDeps,
  principal: Principal,
  start: ActorRow,
  depth: number,
  maxNodes: number,
): Promise<Subgraph> {
  const actors = new Map([[start.id, start]]);
  const relationships = new Map<string, ActorRelationshipRow>();
  let frontier = [start.id];
  for (let level = 0; level < depth && frontier.length > 0 && actors.size < maxNodes; level++) {
    const touching = (await deps.actors.relationshipsTouching(frontier)).filter((row) => !relationships.has(row.id));
    const fresh = touching.flatMap((row) => [row.source_id, row.target_id]).filter((id) => !actors.has(id));
    for (const [id, row] of await readableActors(deps, principal, fresh)) actors.set(id, row);
    const visible = visibleRelationships(principal, touching, actors);
    const reached = new Set<string>();
    for (const row of visible) {
      relationships.set(row.id, row);
      reached.add(row.source_id).add(row.target_id);
    }
    frontier = [...new Set(fresh)].filter((id) => reached.has(id));
  }
  return { actors, relationships: [...relationships.values()] };
}

/** The entities within `depth` hops of an entity (capped at 4 hops and 500 entities, said when capped). */
export async function neighboursOf(deps: ActorDeps, caller: Caller, id: string, depth: number) {
  const start = await readableActor(deps, caller.principal, id);
  const loaded = await loadNeighbourhood(deps, caller.principal, start, Math.min(depth, MAX_DEPTH), MAX_NODES + 1);
  const answer = neighbours(start.id, loaded.relationships.map(asEdge), depth, MAX_NODES);
  const byId = new Map(loaded.relationships.map((row) => [row.id, row]));
  return {
    start,
    depth: answer.depth,
    capped: answer.capped,
    nodes: [...answer.depths].map(([actorId, hops]) => ({ actor: loaded.actors.get(actorId)!, depth: hops })),
    relationships: answer.edges.map((edge) => byId.get(edge.id)!),
  };
}

/** All shortest paths (at most `maxPaths`) between two readable entities, within PATH_SEARCH_DEPTH hops. */
export async function pathsBetween(deps: ActorDeps, caller: Caller, from: string, to: string, maxPaths = 10) {
  const source = await readableActor(deps, caller.principal, from, 'from');
  const target = await readableActor(deps, caller.principal, to, 'to');
  const loaded = await loadNeighbourhood(deps, caller.principal, source, PATH_SEARCH_DEPTH, PATH_SEARCH_NODES);
  const paths = shortestPaths(source.id, target.id, loaded.relationships.map(asEdge), maxPaths);
  const byId = new Map(loaded.relationships.map((row) => [row.id, row]));
  return {
    from: source,
    to: target,
    paths: paths.map((path) => ({
      actors: path.nodes.map((id) => loaded.actors.get(id)!),
      relationships: path.edges.map((edge) => byId.get(edge.id)!),
    })),
    note:
      paths.length === 0
        ? `no path within ${PATH_SEARCH_DEPTH} hops among the entities you may read`
        : paths.length === maxPaths
          ? `the first ${maxPaths} shortest paths`
          : null,
  };
}

/** The readable entities involved in the readable incidents of a campaign. */
async function involvedIn(
  deps: ActorDeps,
  principal: Principal,
  campaignId: string,
  path: string,
): Promise<Set<string>> {
  const campaign = await deps.campaigns.find(campaignId);
  const memberIds = campaign ? ((await deps.campaigns.members([campaignId])).get(campaignId) ?? []) : [];
  const incidents = await deps.incidents.readableByIds(readScope(principal), memberIds);
  if (!campaign || incidents.length === 0)
    throw new VigieError('not_found', `campaign ${campaignId} does not exist`, 404, [
      { path, message: 'no such campaign' },
    ]);
  const roles = await deps.actors.actorsOfIncidents(incidents.map((row) => row.id));
  return new Set(
    (
      await readableActors(
        deps,
        principal,
        roles.map((row) => row.actor_id),
      )
    ).keys(),
  );
}

/** The entities two campaigns share: involved in both, or direct neighbours of both sides, with the reason. */
export async function sharedByCampaigns(deps: ActorDeps, caller: Caller, campaignIds: string[]) {
  if (campaignIds.length !== 2 || campaignIds[0] === campaignIds[1])
    throw invalidInput([{ path: 'campaigns', message: 'name two different campaigns: campaigns=A,B' }]);
  const [a, b] = [
    await involvedIn(deps, caller.principal, campaignIds[0], 'campaigns'),
    await involvedIn(deps, caller.principal, campaignIds[1], 'campaigns'),
  ];
  const touching = await deps.actors.relationshipsTouching([...new Set([...a, ...b])]);
  const actors = await readableActors(
    deps,
    caller.principal,
    touching.flatMap((row) => [row.source_id, row.target_id]).concat([...a, ...b]),
  );
  const relationships = visibleRelationships(caller.principal, touching, actors);
  const names = new Map([...actors].map(([id, row]) => [id, row.name]));
  const shared = sharedEntities(a, b, relationships.map(asEdge), names);
  return {
    campaigns: campaignIds,
    items: shared.map((entry) => ({ actor: actors.get(entry.id)!, reason: entry.reason })),
  };
}
