import { actorOf } from '../shared/caller.ts';
import { randomUUID } from 'node:crypto';
import { authorize } from '../access/access.ts';
import { forbidden } from '../shared/errors.ts';
import type { Caller } from '../shared/caller.ts';
import { notFound, VigieError, versionConflict } from '../shared/errors.ts';
import { outletKey, SourceRegister, type OutletGrade } from './source-register.ts';
import type { OutletInput, OutletPatch } from './source-register.schema.ts';
import type { AuditRepository } from '../../store/audit.repository.ts';
import type { SourceRegisterRow } from '../../store/schema.ts';
import type { OutletToStore, SourceRegisterRepository } from '../../store/source-register.repository.ts';

/** What the source register's use cases need. */
export interface SourceRegisterDeps {
  outlets: SourceRegisterRepository;
  audit: AuditRepository;
}

function mayGrade(caller: Caller) {
  const decision = authorize(caller.principal, { kind: 'grade-sources' });
  if (!decision.allowed) throw forbidden(decision.reason);
}

export const toOutletGrade = (row: SourceRegisterRow): OutletGrade => ({
  name: row.name,
  aliases: row.aliases,
  kind: row.kind as OutletGrade['kind'],
  category: row.category,
  reliability: row.reliability as OutletGrade['reliability'],
  credibility: row.credibility,
});

/** The register in memory, read from the store now (a few dozen rows: read at each use, so every instance sees an edit at once). */
export async function loadSourceRegister(outlets: Pick<SourceRegisterRepository, 'list'>): Promise<SourceRegister> {
  return new SourceRegister((await outlets.list()).map(toOutletGrade));
}

/** Every outlet of the register (any signed-in user may read it: it says how sources are weighed). */
export function listOutlets(deps: SourceRegisterDeps): Promise<SourceRegisterRow[]> {
  return deps.outlets.list();
}

const duplicate = (name: string) =>
  new VigieError('duplicate_outlet', `the outlet "${name}" is already in the register`, 409, [
    { path: 'name', message: 'already in the register' },
  ]);

function toStore(caller: Caller, input: OutletInput): OutletToStore {
  return {
    name: input.name,
    key: outletKey(input.name),
    aliases: input.aliases,
    kind: input.kind,
    category: input.category,
    reliability: input.reliability,
    credibility: input.credibility,
    notes: input.notes ?? null,
    updated_by: caller.principal.system ? null : caller.principal.userId,
  };
}

/** Adds an outlet (supervisors and administrators). */
export async function addOutlet(
  deps: SourceRegisterDeps,
  caller: Caller,
  input: OutletInput,
): Promise<SourceRegisterRow> {
  mayGrade(caller);
  const row = await deps.outlets.insert(randomUUID(), toStore(caller, input));
  if (!row) throw duplicate(input.name);
  await deps.audit.append({
    ...actorOf(caller),
    action: 'source_register.add',
    object_type: 'outlet',
    object_id: row.id,
    details: { name: row.name, grade: `${row.reliability}${row.credibility}`, kind: row.kind },
  });
  return row;
}

/** Finds an outlet by id or by name (folded: "le monde" finds "Le Monde"). */
export async function findOutlet(deps: SourceRegisterDeps, idOrName: string): Promise<SourceRegisterRow> {
  const row = /^[0-9a-f-]{36}$/i.test(idOrName)
    ? await deps.outlets.findById(idOrName)
    : await deps.outlets.findByKey(outletKey(idOrName));
  if (!row) throw notFound('outlet', idOrName);
  return row;
}

/** Changes an outlet's grade, kind, names or notes; the change applies to sources graded from now on. */
export async function updateOutlet(
  deps: SourceRegisterDeps,
  caller: Caller,
  idOrName: string,
  patch: OutletPatch,
): Promise<SourceRegisterRow> {
  mayGrade(caller);
  const current = await findOutlet(deps, idOrName);
  const { version, ...changes } = patch;
  if (current.version !== version) throw versionConflict(current.id, version, current.version);
  const input: OutletInput = {
    name: changes.name ?? current.name,
    aliases: changes.aliases ?? current.aliases,
    kind: (changes.kind ?? current.kind) as OutletInput['kind'],
    category: (changes.category ?? current.category) as OutletInput['category'],
    reliability: (changes.reliability ?? current.reliability) as OutletInput['reliability'],
    credibility: changes.credibility ?? current.credibility,
    notes: changes.notes === null ? undefined : (changes.notes ?? current.notes ?? undefined),
  };
  if (
    changes.name &&
    outletKey(changes.name) !== current.key &&
    (await deps.outlets.findByKey(outletKey(changes.name)))
  )
    throw duplicate(changes.name);
  const row = await deps.outlets.updateIfVersion(current.id, version, toStore(caller, input));
  if (!row) throw versionConflict(current.id, version, (await deps.outlets.findById(current.id))?.version ?? version);
  await deps.audit.append({
    ...actorOf(caller),
    action: 'source_register.update',
    object_type: 'outlet',
    object_id: row.id,
    details: {
      name: row.name,
      fields: Object.keys(changes).sort(),
      grade: `${row.reliability}${row.credibility}`,
      previous_grade: `${current.reliability}${current.credibility}`,
    },
  });
  return row;
}

/** Removes an outlet: its sources are graded F (cannot be judged) from now on, unless graded by hand. */
export async function removeOutlet(deps: SourceRegisterDeps, caller: Caller, idOrName: string): Promise<void> {
  mayGrade(caller);
  const current = await findOutlet(deps, idOrName);
  await deps.outlets.remove(current.id);
  await deps.audit.append({
    ...actorOf(caller),
    action: 'source_register.remove',
    object_type: 'outlet',
    object_id: current.id,
    details: { name: current.name },
  });
}
