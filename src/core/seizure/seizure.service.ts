import { actorOf } from '../shared/caller.ts';
import { randomUUID } from 'node:crypto';
import type { Gazetteer } from '../shared/gazetteer.ts';
import { fromZodIssues, invalidInput, notFound, VigieError } from '../shared/errors.ts';
import type { ImportOptions, ImportResult } from '../shared/import-result.ts';
import { runImport, type RawRow } from '../shared/import-runner.ts';
import { toSeizureRecord, type SeizureRecord } from './seizure.ts';
import { seizureInputSchema } from './seizure.schema.ts';
import type { SeizureFilter, SeizureRepository, StoredSeizure } from '../../store/seizure.repository.ts';
import type { ActorRepository } from '../../store/actor.repository.ts';
import type { ActorRow, SeizureRow } from '../../store/schema.ts';
import type { AuditRepository } from '../../store/audit.repository.ts';
import { authorize, readScope } from '../access/access.ts';
import type { Principal } from '../shared/principal.ts';
import { forbidden } from '../shared/errors.ts';
import type { Caller } from '../shared/caller.ts';

export interface SeizureRepositories {
  seizures: SeizureRepository;
  actors: ActorRepository;
  audit: AuditRepository;
}

export interface SeizureDeps extends SeizureRepositories {
  audit: AuditRepository;
  gazetteer: Gazetteer;
  transaction<T>(work: (repositories: SeizureRepositories) => Promise<T>): Promise<T>;
}

function prepareSeizure(value: unknown, gazetteer: Gazetteer, principal: Principal) {
  const parsed = seizureInputSchema.safeParse(value);
  if (!parsed.success) return { issues: fromZodIssues(parsed.error.issues) };
  const prepared = toSeizureRecord(parsed.data, gazetteer);
  if (!prepared.record) return prepared;
  const labelled = authorize(principal, {
    kind: 'create',
    marking: prepared.record.marking,
    compartments: prepared.record.compartments,
  });
  return labelled.allowed ? prepared : { issues: [{ path: 'compartments', message: labelled.reason }] };
}

/** Resolves (or creates) the organisations of a batch, then stores it. */
async function store(repositories: SeizureRepositories, caller: Caller, records: SeizureRecord[]): Promise<string[]> {
  const rows: StoredSeizure[] = [];
  for (const { organisation, ...record } of records) {
    let organisation_id: string | null = null;
    if (organisation) {
      const { name, kind } = typeof organisation === 'string' ? { name: organisation, kind: 'group' } : organisation;
      organisation_id = (await repositories.actors.findOrCreateOrganisation(name, kind)).id;
    }
    rows.push({
      id: randomUUID(),
      ...record,
      organisation_id,
      owner_org_id: caller.principal.organisationId,
      created_by: caller.principal.system ? null : caller.principal.userId,
    });
  }
  return repositories.seizures.insertMany(rows);
}

export async function createSeizure(deps: SeizureDeps, caller: Caller, value: unknown): Promise<SeizureRow> {
  const { record, issues } = prepareSeizure(value, deps.gazetteer, caller.principal);
  if (!record) throw issues[0]?.path === 'compartments' ? forbidden(issues[0].message) : invalidInput(issues);
  if (record.external_id && (await deps.seizures.findByExternalId(record.external_id))) {
    throw new VigieError('duplicate_external_id', `external_id "${record.external_id}" is already stored`, 409, [
      { path: 'external_id', message: 'already stored' },
    ]);
  }
  const [id] = await deps.transaction(async (repositories) => {
    const ids = await store(repositories, caller, [record]);
    await repositories.audit.append({
      ...actorOf(caller),
      action: 'seizure.create',
      object_type: 'seizure',
      object_id: ids[0],
    });
    return ids;
  });
  return getSeizure(deps, caller, id);
}

/** Reads one seizure; one the caller may not read is "not found". */
export async function getSeizure(deps: SeizureDeps, caller: Caller, id: string): Promise<SeizureRow> {
  const row = await deps.seizures.findById(id);
  if (!row || !authorize(caller.principal, { kind: 'read', record: row }).allowed) throw notFound('seizure', id);
  if (row.marking === 'RED' || row.compartments.length > 0) {
    await deps.audit.append({ ...actorOf(caller), action: 'seizure.read', object_type: 'seizure', object_id: id });
  }
  return row;
}

/** The organisation entities these seizures name that the caller may read, by id (one batched query). */
export async function readableOrganisations(
  deps: Pick<SeizureDeps, 'actors'>,
  caller: Caller,
  rows: SeizureRow[],
): Promise<Map<string, ActorRow>> {
  const ids = rows.flatMap((row) => (row.organisation_id ? [row.organisation_id] : []));
  return new Map((await deps.actors.readableByIds(readScope(caller.principal), ids)).map((actor) => [actor.id, actor]));
}

export async function listSeizures(
  deps: SeizureDeps,
  caller: Caller,
  filter: SeizureFilter,
  limit: number,
  offset: number,
) {
  const scope = readScope(caller.principal);
  const [items, total] = await Promise.all([
    deps.seizures.list(scope, filter, limit, offset),
    deps.seizures.count(scope, filter),
  ]);
  const sensitive = items.filter((row) => row.marking === 'RED' || row.compartments.length > 0);
  if (sensitive.length > 0)
    await deps.audit.append({
      ...actorOf(caller),
      action: 'seizure.list',
      details: { ids: sensitive.map((row) => row.id) },
    });
  return { items, total, next_offset: offset + items.length < total ? offset + items.length : null };
}

/** Imports seizures atomically, like incidents. */
export function importSeizures(
  deps: SeizureDeps,
  caller: Caller,
  rows: AsyncIterable<RawRow> | Iterable<RawRow>,
  options?: ImportOptions,
): Promise<ImportResult> {
  return deps.transaction(async (repositories) => {
    const result = await runImport(
      rows,
      {
        prepare: (value) => prepareSeizure(value, deps.gazetteer, caller.principal),
        write: (batch) => store(repositories, caller, batch),
      },
      { batchSize: 500, ...options },
    );
    await repositories.audit.append({
      ...actorOf(caller),
      action: 'seizure.import',
      details: { total: result.total, inserted: result.inserted, skipped: result.skipped },
    });
    return result;
  });
}
