import { authorize, readScope } from '../access/access.ts';
import type { Protected } from '../shared/principal.ts';
import type { Principal } from '../shared/principal.ts';
import type { Gazetteer } from '../shared/gazetteer.ts';
import type { Caller } from '../shared/caller.ts';
import { check } from '../review/review.service.ts';
import { actorOf } from '../shared/caller.ts';
import { fromZodIssues, invalidInput, notFound, VigieError } from '../shared/errors.ts';
import { profileAccess, relationshipAccess, toNewActor } from './actor.ts';
import { actorInputSchema, actorPatchSchema, incidentActorSchema, relationshipInputSchema } from './actor.schema.ts';
import type { ActorRepository, ActorSearch } from '../../store/actor.repository.ts';
import type { AuditRepository } from '../../store/audit.repository.ts';
import type { CampaignRepository } from '../../store/campaign.repository.ts';
import type { IncidentRepository } from '../../store/incident.repository.ts';
import type {
  ActorRelationshipRow,
  ActorRow,
  DetaineeProfileRow,
  IncidentActorRow,
  IncidentRow,
} from '../../store/schema.ts';

export interface ActorRepositories {
  actors: ActorRepository;
  audit: AuditRepository;
}

export interface ActorDeps extends ActorRepositories {
  gazetteer: Gazetteer;
  incidents: IncidentRepository;
  campaigns: CampaignRepository;
  transaction<T>(work: (repositories: ActorRepositories) => Promise<T>): Promise<T>;
}

/** An entity with what its reader may see around it. */
export interface ActorDetail {
  actor: ActorRow;
  relationships: ActorRelationshipRow[];
  /** the other ends of the relationships, by id */
  related: Map<string, ActorRow>;
  incidents: Array<{ role: string; incident: IncidentRow }>;
  profile: DetaineeProfileRow | null;
}

const parse = <T>(
  schema: {
    safeParse(
      value: unknown,
    ):
      | { success: true; data: T }
      | { success: false; error: { issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }> } };
  },
  value: unknown,
): T => {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw invalidInput(fromZodIssues(parsed.error.issues));
  return parsed.data;
};

export const canRead = (principal: Principal, record: Protected) =>
  authorize(principal, { kind: 'read', record }).allowed;

/** The entity if the caller may read it; otherwise "not found" (reported on `path` when given). */
export async function readableActor(
  deps: Pick<ActorDeps, 'actors'>,
  principal: Principal,
  id: string,
  path?: string,
): Promise<ActorRow> {
  const [row] = await deps.actors.readableByIds(readScope(principal), [id]);
  if (!row) {
    throw path
      ? new VigieError('not_found', `entity ${id} does not exist`, 404, [{ path, message: 'no such entity' }])
      : notFound('entity', id);
  }
  return row;
}

/** The relationships among readable entities that the caller may read. */
export function visibleRelationships(
  principal: Principal,
  rows: ActorRelationshipRow[],
  actors: Map<string, ActorRow>,
): ActorRelationshipRow[] {
  return rows.filter(
    (row) => canRead(principal, relationshipAccess(row)) && actors.has(row.source_id) && actors.has(row.target_id),
  );
}

/** The readable entities among these ids, by id. */
export async function readableActors(
  deps: Pick<ActorDeps, 'actors'>,
  principal: Principal,
  ids: Iterable<string>,
): Promise<Map<string, ActorRow>> {
  const rows = await deps.actors.readableByIds(readScope(principal), [...new Set(ids)]);
  return new Map(rows.map((row) => [row.id, row]));
}

export async function listActors(deps: ActorDeps, caller: Caller, search: ActorSearch, limit: number, offset: number) {
  const scope = readScope(caller.principal);
  const [items, total] = await Promise.all([
    deps.actors.search(scope, search, limit, offset),
    deps.actors.count(scope, search),
  ]);
  return { items, total, next_offset: offset + items.length < total ? offset + items.length : null };
}

/** One entity per kind and name (the store's key): a second one is a conflict naming `name`. */
async function refuseDuplicateName(
  deps: Pick<ActorDeps, 'actors'>,
  kind: ActorRow['kind'],
  name: string,
  except?: string,
): Promise<void> {
  const existing = await deps.actors.findByName(kind, name);
  if (existing && existing.id !== except) {
    throw new VigieError(
      'duplicate_name',
      `a ${kind} named "${existing.name}" is already recorded; tell them apart in the name (e.g. a birth year) or add this name as an alias`,
      409,
      [{ path: 'name', message: 'already recorded' }],
    );
  }
}

export async function createActor(deps: ActorDeps, caller: Caller, value: unknown): Promise<ActorRow> {
  check(authorize(caller.principal, { kind: 'edit-graph' }));
  const input = parse(actorInputSchema, value);
  check(authorize(caller.principal, { kind: 'create', marking: input.marking, compartments: input.compartments }));
  const prepared = toNewActor(input, deps.gazetteer, {
    owner_org_id: caller.principal.organisationId,
    created_by: actorOf(caller).actor_id,
  });
  if ('issue' in prepared) throw invalidInput([prepared.issue]);
  await refuseDuplicateName(deps, prepared.actor.kind, prepared.actor.name);
  if (prepared.actor.facility_id && (await deps.actors.findByFacility(prepared.actor.facility_id))) {
    throw new VigieError('duplicate_facility', 'this site already has its entity', 409, [
      { path: 'facility', message: 'already an entity' },
    ]);
  }
  return deps.transaction(async (repositories) => {
    const row = await repositories.actors.insert(prepared.actor);
    await repositories.audit.append({
      ...actorOf(caller),
      action: 'actor.create',
      object_type: 'actor',
      object_id: row.id,
      details: { kind: row.kind },
    });
    return row;
  });
}

export async function updateActor(deps: ActorDeps, caller: Caller, id: string, value: unknown): Promise<ActorRow> {
  check(authorize(caller.principal, { kind: 'edit-graph' }));
  const patch = parse(actorPatchSchema, value);
  const current = await readableActor(deps, caller.principal, id);
  check(
    authorize(caller.principal, {
      kind: 'update',
      record: current,
      marking: patch.marking ?? current.marking,
      compartments: patch.compartments ?? current.compartments,
    }),
  );
  const { version = current.version, ...change } = patch;
  if (change.name !== undefined) await refuseDuplicateName(deps, current.kind, change.name, id);
  return deps.transaction(async (repositories) => {
    const row = await repositories.actors.update(id, version, change);
    if (!row)
      throw new VigieError(
        'version_conflict',
        `entity ${id} is at version ${current.version}, not ${version}: reload it and apply your change again`,
        409,
        [{ path: 'version', message: `current version is ${current.version}` }],
      );
    await repositories.audit.append({
      ...actorOf(caller),
      action: 'actor.update',
      object_type: 'actor',
      object_id: id,
      details: { fields: Object.keys(change) },
    });
    return row;
  });
}

/** An entity with its readable relationships, incidents and detainee profile. */
export async function getActor(deps: ActorDeps, caller: Caller, id: string): Promise<ActorDetail> {
  const actor = await readableActor(deps, caller.principal, id);
  if (actor.marking === 'RED' || actor.compartments.length > 0) {
    await deps.audit.append({ ...actorOf(caller), action: 'actor.read', object_type: 'actor', object_id: id });
  }
  const touching = await deps.actors.relationshipsTouching([id]);
  const related = await readableActors(
    deps,
    caller.principal,
    touching.flatMap((row) => [row.source_id, row.target_id]),
  );
  const relationships = visibleRelationships(caller.principal, touching, related);
  const roles = await deps.actors.incidentRolesOf([id]);
  const incidents = new Map(
    (
      await deps.incidents.readableByIds(
        readScope(caller.principal),
        roles.map((role) => role.incident_id),
      )
    ).map((row) => [row.id, row]),
  );
  const profile = actor.kind === 'person' ? await deps.actors.findProfile(id) : undefined;
  return {
    actor,
    relationships,
    related,
    incidents: roles.flatMap((role) => {
      const incident = incidents.get(role.incident_id);
      return incident ? [{ role: role.role, incident }] : [];
    }),
    profile: profile && canRead(caller.principal, profileAccess(profile)) ? profile : null,
  };
}

export async function createRelationship(
  deps: ActorDeps,
  caller: Caller,
  value: unknown,
): Promise<ActorRelationshipRow> {
  check(authorize(caller.principal, { kind: 'edit-graph' }));
  const input = parse(relationshipInputSchema, value);
  await readableActor(deps, caller.principal, input.source_id, 'source_id');
  await readableActor(deps, caller.principal, input.target_id, 'target_id');
  return deps.transaction(async (repositories) => {
    const row = await repositories.actors.insertRelationship({
      ...input,
      valid_from: input.valid_from ?? null,
      valid_until: input.valid_until ?? null,
      description: input.description ?? null,
      owner_org_id: caller.principal.organisationId,
      created_by: actorOf(caller).actor_id,
    });
    if (!row)
      throw new VigieError('duplicate_relationship', `these entities already have a ${input.kind} relationship`, 409, [
        { path: 'kind', message: 'already recorded' },
      ]);
    await repositories.audit.append({
      ...actorOf(caller),
      action: 'relationship.create',
      object_type: 'relationship',
      object_id: row.id,
      details: { source_id: row.source_id, target_id: row.target_id, kind: row.kind },
    });
    return row;
  });
}

export async function deleteRelationship(deps: ActorDeps, caller: Caller, id: string): Promise<void> {
  check(authorize(caller.principal, { kind: 'edit-graph' }));
  const row = await deps.actors.findRelationship(id);
  if (!row || !canRead(caller.principal, relationshipAccess(row))) throw notFound('relationship', id);
  check(
    authorize(caller.principal, {
      kind: 'update',
      record: relationshipAccess(row),
      marking: row.marking,
      compartments: [],
    }),
  );
  await deps.transaction(async (repositories) => {
    await repositories.actors.deleteRelationship(id);
    await repositories.audit.append({
      ...actorOf(caller),
      action: 'relationship.delete',
      object_type: 'relationship',
      object_id: id,
      details: { source_id: row.source_id, target_id: row.target_id, kind: row.kind },
    });
  });
}

/** Attaches (`attach`) or detaches an entity from an incident, both readable by the caller. */
export async function setIncidentActor(
  deps: ActorDeps,
  caller: Caller,
  incidentId: string,
  value: unknown,
  attach: boolean,
) {
  check(authorize(caller.principal, { kind: 'edit-graph' }));
  const input = parse(incidentActorSchema, value);
  const [incident] = await deps.incidents.readableByIds(readScope(caller.principal), [incidentId]);
  if (!incident) throw notFound('incident', incidentId);
  await readableActor(deps, caller.principal, input.actor_id, 'actor_id');
  await deps.transaction(async (repositories) => {
    const changed = attach
      ? await repositories.actors.attach(incidentId, input.actor_id, input.role, actorOf(caller).actor_id)
      : await repositories.actors.detach(incidentId, input.actor_id, input.role);
    if (!changed && !attach)
      throw new VigieError('not_found', 'this entity has no such role in this incident', 404, [
        { path: 'role', message: 'not attached' },
      ]);
    if (changed)
      await repositories.audit.append({
        ...actorOf(caller),
        action: attach ? 'incident.actor.attach' : 'incident.actor.detach',
        object_type: 'incident',
        object_id: incidentId,
        details: input,
      });
  });
  return incidentActors(deps, caller, incidentId);
}

/** The readable entities an incident (itself readable) involves, with their roles. */
export async function incidentActors(
  deps: ActorDeps,
  caller: Caller,
  incidentId: string,
): Promise<Array<{ role: IncidentActorRow['role']; actor: ActorRow }>> {
  const [incident] = await deps.incidents.readableByIds(readScope(caller.principal), [incidentId]);
  if (!incident) throw notFound('incident', incidentId);
  const rows = await deps.actors.actorsOfIncidents([incidentId]);
  const readable = await readableActors(
    deps,
    caller.principal,
    rows.map((row) => row.actor_id),
  );
  return rows.flatMap((row) => {
    const actor = readable.get(row.actor_id);
    return actor ? [{ role: row.role, actor }] : [];
  });
}
