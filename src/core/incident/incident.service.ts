import { randomUUID } from 'node:crypto';
import { normalizeSignature } from '../../analysis/fold-text.ts';
import type { Gazetteer } from '../facility/facility.ts';
import { fromZodIssues, invalidInput, notFound, VigieError, versionConflict } from '../shared/errors.ts';
import type { ImportOptions, ImportResult } from '../shared/import-result.ts';
import { runImport, type RawRow } from '../shared/import-runner.ts';
import { toIncidentRecord, type IncidentRecord } from './incident.ts';
import { toInterchange } from './incident.interchange.ts';
import { incidentInputSchema, type IncidentPatch } from './incident.schema.ts';
import type { IncidentCursor, IncidentFilter, IncidentRepository } from '../../store/incident.repository.ts';
import type { IncidentRow } from '../../store/schema.ts';

/** What the incident use cases need, passed explicitly. */
export interface IncidentDeps {
  gazetteer: Gazetteer;
  incidents: IncidentRepository;
  /** runs `work` in one transaction with repositories bound to it */
  transaction<T>(work: (incidents: IncidentRepository) => Promise<T>): Promise<T>;
}

export interface IncidentPage { items: IncidentRow[]; next_cursor: string | null; total: number }

/** Validates and resolves one interchange incident; issues name the fields. */
export function prepareIncident(value: unknown, gazetteer: Gazetteer): { record?: IncidentRecord; issues: ReturnType<typeof fromZodIssues> } {
  const parsed = incidentInputSchema.safeParse(value);
  if (!parsed.success) return { issues: fromZodIssues(parsed.error.issues) };
  return toIncidentRecord(parsed.data, gazetteer);
}

/** Records one incident. An external_id already stored is a conflict, not a silent duplicate. */
export async function createIncident(deps: IncidentDeps, value: unknown): Promise<IncidentRow> {
  const { record, issues } = prepareIncident(value, deps.gazetteer);
  if (!record) throw invalidInput(issues);
  if (record.external_id) {
    const existing = await deps.incidents.findByExternalId(record.external_id);
    if (existing) throw new VigieError('duplicate_external_id', `external_id "${record.external_id}" is already incident ${existing.id}`, 409, [{ path: 'external_id', message: 'already stored' }]);
  }
  const id = randomUUID();
  await deps.incidents.insertMany([{ id, ...record }]);
  return getIncident(deps, id);
}

export async function getIncident(deps: IncidentDeps, id: string): Promise<IncidentRow> {
  const row = await deps.incidents.findById(id);
  if (!row) throw notFound('incident', id);
  return row;
}

/**
 * Applies a partial change if `patch.version` is the stored version. The whole incident is
 * validated again after the change, so a patch cannot leave it inconsistent.
 */
export async function updateIncident(deps: IncidentDeps, id: string, patch: IncidentPatch): Promise<IncidentRow> {
  const current = await getIncident(deps, id);
  if (current.version !== patch.version) throw versionConflict(id, patch.version, current.version);
  const { version, ...changes } = patch;
  const merged = { ...toInterchange(current), ...changes };
  // A new facility without a new place moves the incident to the facility.
  if (changes.facility !== undefined && changes.place === undefined) delete merged.place;
  const { record, issues } = prepareIncident(merged, deps.gazetteer);
  if (!record) throw invalidInput(issues);
  if (record.external_id && record.external_id !== current.external_id) {
    const other = await deps.incidents.findByExternalId(record.external_id);
    if (other) throw new VigieError('duplicate_external_id', `external_id "${record.external_id}" is already incident ${other.id}`, 409, [{ path: 'external_id', message: 'already stored' }]);
  }
  const updated = await deps.incidents.updateIfVersion(id, version, record);
  if (!updated) {
    const now = await getIncident(deps, id);
    throw versionConflict(id, version, now.version);
  }
  return updated;
}

/** One page of incidents, newest first, with the total matching the filter. */
export async function listIncidents(deps: IncidentDeps, filter: IncidentFilter, limit: number, cursor?: string): Promise<IncidentPage> {
  const after = cursor ? decodeCursor(cursor) : undefined;
  const normalized = normalizeFilter(filter);
  const [items, total] = await Promise.all([
    deps.incidents.list(normalized, limit + 1, after),
    deps.incidents.count(normalized),
  ]);
  const more = items.length > limit;
  const page = more ? items.slice(0, limit) : items;
  const last = page[page.length - 1];
  return { items: page, total, next_cursor: more && last ? encodeCursor({ start: last.occurred_start, id: last.id }) : null };
}

/** Signatures are matched on their folded form: "D.D.P.F" finds "ddpf". */
function normalizeFilter(filter: IncidentFilter): IncidentFilter {
  return { ...filter, signature: filter.signature?.map(normalizeSignature).filter(Boolean) };
}

/** Every incident matching the filter, streamed page by page (for exports). */
export function iterateIncidents(deps: IncidentDeps, filter: IncidentFilter): AsyncGenerator<IncidentRow> {
  return deps.incidents.iterate(normalizeFilter(filter));
}

/** Imports a file's rows atomically: all stored, or none and every bad row named. */
export function importIncidents(deps: IncidentDeps, rows: AsyncIterable<RawRow> | Iterable<RawRow>, options?: ImportOptions): Promise<ImportResult> {
  return deps.transaction((incidents) => runImport(rows, {
    prepare: (value) => prepareIncident(value, deps.gazetteer),
    write: (batch) => incidents.insertMany(batch.map((record) => ({ id: randomUUID(), ...record }))),
  }, options));
}

export function encodeCursor(cursor: IncidentCursor): string {
  return Buffer.from(`${cursor.start.toISOString()}|${cursor.id}`).toString('base64url');
}

export function decodeCursor(text: string): IncidentCursor {
  const [start, id] = Buffer.from(text, 'base64url').toString('utf8').split('|');
  const date = new Date(start ?? '');
  if (!id || Number.isNaN(date.getTime()) || !/^[0-9a-f-]{36}$/.test(id)) {
    throw invalidInput([{ path: 'cursor', message: 'not a cursor returned by this API' }]);
  }
  return { start: date, id };
}
