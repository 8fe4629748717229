/**
 * The STIX use cases that keep what foreign tools send (issue 20): the origin object of each foreign
 * incident and the objects attached to it, so Vigie re-exports them unchanged, and over TAXII the
 * objects that arrive before or without their incident, with pending incidents placed when their
 * location arrives. The converters stay pure in src/intake/stix and src/export/stix.
 */
import { randomUUID } from 'node:crypto';
import type { IncidentDeps } from '../incident/incident.service.ts';
import type { Caller } from '../shared/caller.ts';
import { markingOfRefs, type StixBundle, type StixObject } from '../../export/stix/stix-vocabulary.ts';
import type { ForeignPlan } from '../../intake/stix/stix-foreign.ts';
import {
  importStixBundle,
  refusedIssues,
  type StixImportResult,
  type StixKeeper,
} from '../../intake/stix/stix-import.ts';
import type { GraphImportDeps } from '../../intake/stix/stix-graph-import.ts';
import type { StixObjectToStore, StixRepository } from '../../store/stix.repository.ts';
import { VigieError } from '../shared/errors.ts';

export interface StixExchangeDeps {
  incidents: IncidentDeps;
  stix: StixRepository;
  graph: GraphImportDeps;
}

const owner = (caller: Caller) => ({
  owner_org_id: caller.principal.organisationId,
  created_by: caller.principal.system ? null : caller.principal.userId,
});

/** Keeps origins and attachments; with `loose`, also objects no incident holds (TAXII). */
export function stixKeeper(stix: StixRepository, loose: boolean): StixKeeper {
  return {
    async keep(caller: Caller, bundle: StixBundle, plan: ForeignPlan, incidentIds: Map<string, string>) {
      const byId = new Map(bundle.objects.map((object) => [object.id, object]));
      const rows: StixObjectToStore[] = [];
      const marking = (object: StixObject, fallback = 'AMBER') => markingOfRefs(object.object_marking_refs) ?? fallback;
      for (const [stixId, incidentId] of incidentIds) {
        const incident = byId.get(stixId)!;
        rows.push({
          stix_id: stixId,
          role: 'origin',
          type: 'incident',
          incident_id: incidentId,
          object: incident,
          marking: marking(incident),
          ...owner(caller),
        });
        for (const object of plan.attached.get(stixId) ?? []) {
          rows.push({
            stix_id: object.id,
            role: 'attached',
            type: object.type,
            incident_id: incidentId,
            object,
            marking: marking(object, marking(incident)),
            ...owner(caller),
          });
        }
      }
      if (loose) {
        // Incidents not stored are the caller's to report (refused, or pending: postTaxiiObjects).
        for (const object of plan.loose) {
          if (object.type !== 'incident')
            rows.push({
              stix_id: object.id,
              role: 'standalone',
              type: object.type,
              incident_id: null,
              object,
              marking: marking(object),
              ...owner(caller),
            });
        }
      }
      await stix.upsert(rows);
      // What an incident now holds is no longer loose.
      const held = [
        ...incidentIds.keys(),
        ...[...incidentIds.keys()].flatMap((id) => (plan.attached.get(id) ?? []).map((object) => object.id)),
      ];
      await stix.drop(held, ['standalone', 'pending']);
    },
  };
}

/**
 * A file or API import: all or nothing by default; `partial` stores what is valid and reports each
 * refused object. The origin of each foreign incident and what is attached to it are kept.
 */
export async function importStix(
  deps: StixExchangeDeps,
  caller: Caller,
  bundle: unknown,
  options: { partial?: boolean } = {},
): Promise<StixImportResult & { refusedIssues: ReturnType<typeof refusedIssues> }> {
  const result = await importStixBundle(deps.incidents, caller, bundle, deps.graph, {
    partial: options.partial,
    keeper: stixKeeper(deps.stix, false),
  });
  return { ...result, refusedIssues: refusedIssues(result.refused) };
}

/** A TAXII status resource (TAXII 2.1 section 4.3.1). */
export interface TaxiiStatus {
  id: string;
  status: 'complete' | 'pending';
  request_timestamp: string;
  total_count: number;
  success_count: number;
  successes: Array<{ id: string; version?: string; message?: string }>;
  failure_count: number;
  failures: Array<{ id: string; version?: string; message: string }>;
  pending_count: number;
  pendings: Array<{ id: string; version?: string; message?: string }>;
}

const versionOf = (object: StixObject, fallback: string) => String(object.modified ?? object.created ?? fallback);
/** The message of a pending incident: what it waits for. */
const WAITING = 'waiting for its location: post the location and the located-at relationship that place it';

/**
 * Objects posted to a TAXII collection. Every object is counted: incidents stored, objects kept or
 * attached, refused ones with the reason, and incidents that nothing places yet as pendings. Objects
 * posted earlier by the same organisation and still loose are read with the new ones, so an
 * incident, its location and their relationship may come in any order and in separate requests
 * (the OASIS client's collection sink sends one object per request).
 */
export async function postTaxiiObjects(
  deps: StixExchangeDeps,
  caller: Caller,
  objects: StixObject[],
): Promise<TaxiiStatus> {
  const id = randomUUID();
  const requested = new Date().toISOString();
  const earlierRows = await deps.stix.loose(caller.principal.organisationId);
  const earlier = earlierRows.map((row) => row.object as StixObject);
  const earlierStatus = new Map(
    earlierRows.filter((row) => row.role === 'pending').map((row) => [row.stix_id, row.status_id]),
  );
  const posted = new Set(objects.map((object) => object.id));
  const all = [...earlier.filter((object) => !posted.has(object.id)), ...objects];
  const result = await importStixBundle(
    deps.incidents,
    caller,
    { type: 'bundle', id: `bundle--${randomUUID()}`, objects: all },
    deps.graph,
    {
      partial: true,
      keeper: stixKeeper(deps.stix, true),
    },
  );
  const unplaced = (issues: Array<{ path: string }>) =>
    issues.every((issue) => issue.path === 'facility' || issue.path === 'place');
  const pendingIds = new Set(result.refused.filter((object) => unplaced(object.issues)).map((object) => object.id));
  // A pending incident must be kept whatever the planner thought of it: store it as such.
  const pendingObjects = all.filter((object) => pendingIds.has(object.id));
  await deps.stix.upsert(
    pendingObjects.map((object) => ({
      stix_id: object.id,
      role: 'pending',
      type: 'incident',
      incident_id: null,
      object,
      marking: markingOfRefs(object.object_marking_refs) ?? 'AMBER',
      status_id: earlierStatus.get(object.id) ?? id,
      ...owner(caller),
    })),
  );
  const failures = new Map(
    result.refused
      .filter((object) => !pendingIds.has(object.id))
      .map((object) => [object.id, object.issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ')]),
  );
  const status: TaxiiStatus = {
    id,
    status: 'complete',
    request_timestamp: requested,
    total_count: objects.length,
    success_count: 0,
    successes: [],
    failure_count: 0,
    failures: [],
    pending_count: 0,
    pendings: [],
  };
  for (const object of objects) {
    const version = versionOf(object, requested);
    if (failures.has(object.id)) status.failures.push({ id: object.id, version, message: failures.get(object.id)! });
    else if (pendingIds.has(object.id)) status.pendings.push({ id: object.id, version, message: WAITING });
    else status.successes.push({ id: object.id, version });
  }
  status.success_count = status.successes.length;
  status.failure_count = status.failures.length;
  status.pending_count = status.pendings.length;
  if (status.pending_count > 0) status.status = 'pending';
  await deps.stix.saveStatus(id, caller.principal.userId, status as unknown as Record<string, unknown>);
  const failed = new Set(result.refused.map((object) => object.id));
  await settleEarlierStatuses(deps, earlierStatus, failed);
  return status;
}

/** Earlier statuses whose pending incidents were placed by this post now count them as successes. */
async function settleEarlierStatuses(
  deps: StixExchangeDeps,
  earlierStatus: Map<string, string | null>,
  notStored: Set<string>,
) {
  const placedBy = new Map<string, string[]>();
  for (const [stixId, statusId] of earlierStatus) {
    if (notStored.has(stixId) || !statusId) continue;
    placedBy.set(statusId, [...(placedBy.get(statusId) ?? []), stixId]);
  }
  for (const [statusId, placed] of placedBy) {
    const found = await deps.stix.findStatus(statusId);
    if (!found) continue;
    const status = found.body as unknown as TaxiiStatus;
    const moved = status.pendings.filter((entry) => placed.includes(entry.id));
    status.pendings = status.pendings.filter((entry) => !placed.includes(entry.id));
    status.successes.push(...moved.map(({ id, version }) => ({ id, version })));
    status.success_count = status.successes.length;
    status.pending_count = status.pendings.length;
    if (status.pending_count === 0) status.status = 'complete';
    await deps.stix.saveStatus(statusId, found.owner_id, status as unknown as Record<string, unknown>);
  }
}

/** A status resource for the user who posted; another user's is "not found". */
export async function readTaxiiStatus(
  deps: Pick<StixExchangeDeps, 'stix'>,
  caller: Caller,
  id: string,
): Promise<TaxiiStatus> {
  const status = /^[0-9a-f-]{36}$/.test(id) ? await deps.stix.findStatus(id) : undefined;
  if (!status || status.owner_id !== caller.principal.userId) throw new VigieError('not_found', `no status ${id}`, 404);
  return status.body as unknown as TaxiiStatus;
}
