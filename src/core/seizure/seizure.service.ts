import { randomUUID } from 'node:crypto';
import type { Gazetteer } from '../facility/facility.ts';
import { fromZodIssues, invalidInput, notFound, VigieError } from '../shared/errors.ts';
import type { ImportOptions, ImportResult } from '../shared/import-result.ts';
import { runImport, type RawRow } from '../shared/import-runner.ts';
import { toSeizureRecord, type SeizureRecord } from './seizure.ts';
import { seizureInputSchema } from './seizure.schema.ts';
import type { SeizureFilter, SeizureRepository, StoredSeizure } from '../../store/seizure.repository.ts';
import type { ActorRepository } from '../../store/actor.repository.ts';
import type { SeizureRow } from '../../store/schema.ts';

export interface SeizureRepositories { seizures: SeizureRepository; actors: ActorRepository }

export interface SeizureDeps extends SeizureRepositories {
  gazetteer: Gazetteer;
  transaction<T>(work: (repositories: SeizureRepositories) => Promise<T>): Promise<T>;
}

function prepareSeizure(value: unknown, gazetteer: Gazetteer) {
  const parsed = seizureInputSchema.safeParse(value);
  if (!parsed.success) return { issues: fromZodIssues(parsed.error.issues) };
  return toSeizureRecord(parsed.data, gazetteer);
}

/** Resolves (or creates) the organisations of a batch, then stores it. */
async function store(repositories: SeizureRepositories, records: SeizureRecord[]): Promise<string[]> {
  const rows: StoredSeizure[] = [];
  for (const { organisation, ...record } of records) {
    let organisation_id: string | null = null;
    if (organisation) {
      const { name, kind } = typeof organisation === 'string' ? { name: organisation, kind: 'group' } : organisation;
      organisation_id = (await repositories.actors.findOrCreateOrganisation(name, kind)).id;
    }
    rows.push({ id: randomUUID(), ...record, organisation_id });
  }
  return repositories.seizures.insertMany(rows);
}

export async function createSeizure(deps: SeizureDeps, value: unknown): Promise<SeizureRow> {
  const { record, issues } = prepareSeizure(value, deps.gazetteer);
  if (!record) throw invalidInput(issues);
  if (record.external_id && await deps.seizures.findByExternalId(record.external_id)) {
    throw new VigieError('duplicate_external_id', `external_id "${record.external_id}" is already stored`, 409, [{ path: 'external_id', message: 'already stored' }]);
  }
  const [id] = await deps.transaction((repositories) => store(repositories, [record]));
  return getSeizure(deps, id);
}

export async function getSeizure(deps: SeizureDeps, id: string): Promise<SeizureRow> {
  const row = await deps.seizures.findById(id);
  if (!row) throw notFound('seizure', id);
  return row;
}

export async function listSeizures(deps: SeizureDeps, filter: SeizureFilter, limit: number, offset: number) {
  const [items, total] = await Promise.all([deps.seizures.list(filter, limit, offset), deps.seizures.count(filter)]);
  return { items, total, next_offset: offset + items.length < total ? offset + items.length : null };
}

/** Imports seizures atomically, like incidents. */
export function importSeizures(deps: SeizureDeps, rows: AsyncIterable<RawRow> | Iterable<RawRow>, options?: ImportOptions): Promise<ImportResult> {
  return deps.transaction((repositories) => runImport(rows, {
    prepare: (value) => prepareSeizure(value, deps.gazetteer),
    write: (batch) => store(repositories, batch),
  }, { batchSize: 500, ...options }));
}
