import { actorOf, type Caller } from '../shared/caller.ts';
import { randomUUID } from 'node:crypto';
import { normalizeSignature } from '../shared/fold-text.ts';
import { authorize, readScope } from '../access/access.ts';
import type { Principal } from '../shared/principal.ts';
import type { Gazetteer } from '../shared/gazetteer.ts';
import { forbidden } from '../shared/errors.ts';
import {
  fromZodIssues,
  invalidInput,
  notFound,
  VigieError,
  versionConflict,
  type FieldIssue,
} from '../shared/errors.ts';
import type { ImportOptions, ImportResult } from '../shared/import-result.ts';
import { runImport, type RawRow } from '../shared/import-runner.ts';
import { toIncidentRecord, type IncidentRecord } from './incident.ts';
import { toInterchange } from './incident.interchange.ts';
import type { IncidentReadCache } from './incident-read-cache.ts';
import { gradeFromRegister, type SourceRegister } from '../source-register/source-register.ts';
import { diffIncident } from './incident.changes.ts';
import { incidentInputSchema, type IncidentPatch, type StaffDetails } from './incident.schema.ts';
import type { AuditBatcher } from '../../security/audit-batch.ts';
import type { Sealer } from '../../security/sealer.ts';
import { sealFreeText, sealStrings, sealsFreeText, sealText } from '../../security/sealed-text.ts';
import type { AuditRepository } from '../../store/audit.repository.ts';
import {
  sortColumn,
  type IncidentCursor,
  type IncidentFilter,
  type IncidentMapRow,
  type IncidentRepository,
  type IncidentSort,
  type IncidentToStore,
} from '../../store/incident.repository.ts';
import type { IncidentChangeRow, IncidentRow } from '../../store/schema.ts';

/** What the incident use cases need, passed explicitly. */
export interface IncidentDeps {
  gazetteer: Gazetteer;
  incidents: IncidentRepository;
  audit: AuditRepository;
  sealer: Sealer;
  /** runs `work` in one transaction with repositories bound to it */
  transaction<T>(
    work: (repositories: { incidents: IncidentRepository; audit: AuditRepository }) => Promise<T>,
  ): Promise<T>;
  /**
   * told after every committed write, with who made it: the detection links and clusters what
   * changed, and the answers kept from incidents on this instance are stale
   */
  afterWrite?: (by: Caller) => void;
  /** the source register as it stands: grades the sources that name an outlet without a grade */
  sourceRegister?: () => Promise<SourceRegister>;
  /** told of each incident created one by one, after commit (publishes incident.created) */
  onCreated?: (row: IncidentRow) => void;
  /** list pages and map clusters kept per reader scope until the incidents change (none: always computed) */
  readCache?: IncidentReadCache;
  /** list reads audited in batches (none: each read is written with its request) */
  readAudit?: AuditBatcher;
}

/** An incident as its reader may see it: STAFF details in clear only for holders of the compartment. */
export interface IncidentReading {
  row: IncidentRow;
  staff: StaffDetails | null;
  staffProtected: boolean;
}

/** `total` is exact up to TOTAL_CAP; past it, TOTAL_CAP with `total_capped` (the list says "10,000+"). */
export interface IncidentPage {
  items: IncidentReading[];
  next_cursor: string | null;
  total: number;
  total_capped: boolean;
  /**
   * What `build` makes of this page, kept with the page while the read cache keeps it for the reader's
   * scope (readers of one scope see the same readings); built again for each request when there is no
   * cache or when the page reveals STAFF details, which are never kept in clear.
   */
  keep<T>(name: string, build: () => T): T;
}

/** Incident lists count their matches up to this many (an exact count of a million rows costs a second). */
export const TOTAL_CAP = 10_000;

function check(decision: ReturnType<typeof authorize>) {
  if (!decision.allowed) throw forbidden(decision.reason);
}

/** Validates and resolves one interchange incident, and checks the caller may label it so. */
export function prepareIncident(
  value: unknown,
  gazetteer: Gazetteer,
  principal?: Principal,
  register?: SourceRegister,
): { record?: IncidentRecord; issues: FieldIssue[] } {
  const parsed = incidentInputSchema.safeParse(gradeFromRegister(value, register));
  if (!parsed.success) return { issues: fromZodIssues(parsed.error.issues) };
  const prepared = toIncidentRecord(parsed.data, gazetteer);
  if (!prepared.record || !principal) return prepared;
  const labelled = authorize(principal, {
    kind: 'create',
    marking: prepared.record.marking,
    compartments: prepared.record.compartments,
  });
  if (!labelled.allowed) return { issues: [{ path: 'compartments', message: labelled.reason }] };
  if (prepared.record.staff && !principal.compartments.includes('STAFF')) {
    return {
      issues: [
        {
          path: 'staff',
          message: 'only holders of the STAFF compartment record staff identities and addresses',
          code: 'staff_compartment_only',
        },
      ],
    };
  }
  return prepared;
}

function seal(deps: IncidentDeps, staff: StaffDetails | null): string | null {
  return staff ? deps.sealer.seal(JSON.stringify(staff)) : null;
}

function toStore(deps: IncidentDeps, caller: Caller, { staff, ...record }: IncidentRecord): IncidentToStore {
  const stored = {
    ...record,
    id: randomUUID(),
    owner_org_id: caller.principal.organisationId,
    created_by: caller.principal.system ? null : caller.principal.userId,
    staff_sealed: seal(deps, staff),
  };
  return sealIncidentText(deps.sealer, stored);
}

/**
 * The free text of an incident in a sealed compartment, sealed: description, damage, weapons, the
 * text of its signatures, the titles, outlets and addresses of its sources. Signature keys (the folded
 * form detection links on) stay comparable.
 */
function sealIncidentText<
  T extends Pick<IncidentToStore, 'compartments' | 'description' | 'damage' | 'weapons' | 'signatures' | 'sources'>,
>(sealer: Sealer, record: T): T {
  if (!sealsFreeText(record.compartments)) return record;
  return {
    ...sealFreeText(sealer, record.compartments, record, ['description', 'damage', 'weapons']),
    signatures: record.signatures.map((signature) => ({ ...signature, text: sealText(sealer, signature.text) })),
    sources: record.sources.map((source) =>
      sealFreeText(sealer, record.compartments, source, ['title', 'url', 'outlet']),
    ),
  };
}

/** Opens what the reader may see of a row; STAFF details stay sealed for the others. */
function reading(deps: IncidentDeps, principal: Principal, row: IncidentRow): IncidentReading {
  if (!row.staff_sealed) return { row, staff: null, staffProtected: false };
  if (!authorize(principal, { kind: 'read-staff', record: row }).allowed)
    return { row, staff: null, staffProtected: true };
  return { row, staff: JSON.parse(deps.sealer.open(row.staff_sealed)) as StaffDetails, staffProtected: false };
}

/**
 * Reads of RED or compartmented records, and every revealed STAFF detail, leave an audit event. List
 * reads (`batched`) go through `deps.readAudit` when there is one: the same reader reading the same page
 * again within a few seconds is one event that counts the reads (src/security/audit-batch.ts).
 */
async function auditSensitiveReads(
  deps: Pick<IncidentDeps, 'audit' | 'readAudit'>,
  caller: Caller,
  readings: Array<{ row: Pick<IncidentMapRow, 'id' | 'marking' | 'compartments'>; staff: unknown }>,
  action: string,
  batched = false,
) {
  const sensitive = readings.filter(
    ({ row, staff }) => row.marking === 'RED' || row.compartments.length > 0 || staff !== null,
  );
  if (sensitive.length === 0) return;
  const event = {
    ...actorOf(caller),
    action,
    object_type: 'incident',
    object_id: sensitive.length === 1 ? sensitive[0].row.id : null,
    details: {
      ids: sensitive.slice(0, 500).map(({ row }) => row.id),
      count: sensitive.length,
      staff_revealed: sensitive
        .filter((r) => r.staff)
        .map(({ row }) => row.id)
        .slice(0, 500),
    },
  };
  if (batched && deps.readAudit) deps.readAudit.record(event);
  else await deps.audit.append(event);
}

/** Audits the RED or compartmented points of a map the caller was shown, as list reads are. */
export function auditMapPoints(
  deps: Pick<IncidentDeps, 'audit' | 'readAudit'>,
  caller: Caller,
  points: Array<Pick<IncidentMapRow, 'id' | 'marking' | 'compartments'>>,
): Promise<void> {
  return auditSensitiveReads(
    deps,
    caller,
    points.map((row) => ({ row, staff: null })),
    'incident.list',
    true,
  );
}

/**
 * Readings of rows the caller was already found to read (a campaign's members): STAFF details opened
 * for holders, sensitive reads audited once, without reading the rows again.
 */
export async function readingsOf(deps: IncidentDeps, caller: Caller, rows: IncidentRow[]): Promise<IncidentReading[]> {
  const readings = rows.map((row) => reading(deps, caller.principal, row));
  await auditSensitiveReads(deps, caller, readings, 'incident.read');
  return readings;
}

/** Records one incident for the caller's organisation. An external_id already stored is a conflict. */
export async function createIncident(deps: IncidentDeps, caller: Caller, value: unknown): Promise<IncidentReading> {
  const { record, issues } = prepareIncident(value, deps.gazetteer, caller.principal, await deps.sourceRegister?.());
  if (!record)
    throw issues.some((i) => i.path === 'compartments' || i.path === 'staff')
      ? forbidden(issues[0].message)
      : invalidInput(issues);
  if (record.external_id && (await deps.incidents.findByExternalId(record.external_id))) {
    throw new VigieError('duplicate_external_id', `external_id "${record.external_id}" is already stored`, 409, [
      { path: 'external_id', message: 'already stored', code: 'already_stored' },
    ]);
  }
  const stored = toStore(deps, caller, record);
  await deps.transaction(async ({ incidents, audit }) => {
    await incidents.insertMany([stored]);
    await audit.append({
      ...actorOf(caller),
      action: 'incident.create',
      object_type: 'incident',
      object_id: stored.id,
      details: { marking: stored.marking, compartments: stored.compartments, staff: stored.staff_sealed !== null },
    });
  });
  deps.afterWrite?.(caller);
  const created = await getIncident(deps, caller, stored.id);
  deps.onCreated?.(created.row);
  return created;
}

/** Reads one incident; one the caller may not read is "not found", so its existence does not leak. */
export async function getIncident(deps: IncidentDeps, caller: Caller, id: string): Promise<IncidentReading> {
  const row = await deps.incidents.findById(id);
  if (!row || !authorize(caller.principal, { kind: 'read', record: row }).allowed) throw notFound('incident', id);
  const result = reading(deps, caller.principal, row);
  await auditSensitiveReads(deps, caller, [result], 'incident.read');
  return result;
}

/** Statuses that take an incident out of the analysis: setting one needs a reason. */
const WITHDRAWN = ['refuted', 'duplicate'];

/**
 * Applies a partial change if `patch.version` is the stored version. The whole incident is
 * validated again after the change, so a patch cannot leave it inconsistent. Each change is kept in
 * the incident's history (fields before and after, who, when, the reason given); refuting or merging
 * needs a reason, and merging (`duplicate_of`) names an incident the caller reads.
 */
export async function updateIncident(
  deps: IncidentDeps,
  caller: Caller,
  id: string,
  patch: IncidentPatch,
): Promise<IncidentReading> {
  const current = await deps.incidents.findById(id);
  if (!current || !authorize(caller.principal, { kind: 'read', record: current }).allowed)
    throw notFound('incident', id);
  if (current.version !== patch.version) throw versionConflict(id, patch.version, current.version);
  const { version, reason, duplicate_of, ...changes } = patch;
  const merged: Record<string, unknown> = { ...toInterchange(current), ...changes };
  // A new facility without a new place moves the incident to the facility.
  if (changes.facility !== undefined && changes.place === undefined) delete merged.place;
  if (changes.spot === null) delete merged.spot;
  if (duplicate_of !== undefined) merged.status = 'duplicate';
  const { record, issues } = prepareIncident(merged, deps.gazetteer, undefined, await deps.sourceRegister?.());
  if (!record) throw invalidInput(issues);
  check(
    authorize(caller.principal, {
      kind: 'update',
      record: current,
      marking: record.marking,
      compartments: record.compartments,
    }),
  );
  if (changes.staff !== undefined) check(authorize(caller.principal, { kind: 'read-staff', record: current }));
  if (record.status !== current.status && WITHDRAWN.includes(record.status) && !reason) {
    throw invalidInput([
      { path: 'reason', message: `give a reason to mark an incident ${record.status}`, code: 'reason_required' },
    ]);
  }
  const duplicateOf = await mergeTarget(deps, caller, id, duplicate_of, record.status, current.duplicate_of);
  if (
    record.external_id &&
    record.external_id !== current.external_id &&
    (await deps.incidents.findByExternalId(record.external_id))
  ) {
    throw new VigieError('duplicate_external_id', `external_id "${record.external_id}" is already stored`, 409, [
      { path: 'external_id', message: 'already stored', code: 'already_stored' },
    ]);
  }
  const { staff, ...fields } = record;
  const staff_sealed = changes.staff !== undefined ? seal(deps, staff) : current.staff_sealed;
  const updated = await deps.transaction(async ({ incidents, audit }) => {
    const row = await incidents.updateIfVersion(
      id,
      version,
      sealIncidentText(deps.sealer, { ...fields, staff_sealed, duplicate_of: duplicateOf }),
    );
    if (!row) return row;
    const fieldChanges = diffIncident(current, row);
    // A STAFF incident's history holds its text sealed; the audit trail (read outside the compartment) names the fields only.
    const sealed = sealsFreeText(row.compartments);
    await incidents.appendChange({
      id: randomUUID(),
      incident_id: id,
      version: row.version,
      actor_id: actorOf(caller).actor_id,
      actor: caller.principal.username,
      reason: reason && sealed ? sealText(deps.sealer, reason) : (reason ?? null),
      changes: JSON.stringify(sealed ? sealStrings(deps.sealer, fieldChanges) : fieldChanges),
    });
    await audit.append({
      ...actorOf(caller),
      action: 'incident.update',
      object_type: 'incident',
      object_id: id,
      details: {
        version: row.version,
        fields: fieldChanges.map((change) => change.field),
        ...(reason && !sealed ? { reason } : {}),
      },
    });
    return row;
  });
  if (!updated) throw versionConflict(id, version, (await deps.incidents.findById(id))?.version ?? version);
  deps.afterWrite?.(caller);
  return reading(deps, caller.principal, updated);
}

/** The incident a change merges this one into: checked when named, kept while still a duplicate, dropped otherwise. */
async function mergeTarget(
  deps: IncidentDeps,
  caller: Caller,
  id: string,
  named: string | undefined,
  status: string,
  stored: string | null,
): Promise<string | null> {
  if (named === undefined) return status === 'duplicate' ? stored : null;
  if (named === id) throw invalidInput([{ path: 'duplicate_of', message: 'an incident cannot be merged into itself' }]);
  const target = await deps.incidents.findById(named);
  if (!target || !authorize(caller.principal, { kind: 'read', record: target }).allowed)
    throw invalidInput([{ path: 'duplicate_of', message: `no incident ${named} that you may read` }]);
  if (target.status === 'duplicate')
    throw invalidInput([
      { path: 'duplicate_of', message: 'that incident is itself a duplicate: merge into the one it duplicates' },
    ]);
  return named;
}

/** An incident's history of changes, oldest first, for those who read the incident. */
export async function incidentHistory(deps: IncidentDeps, caller: Caller, id: string): Promise<IncidentChangeRow[]> {
  await getIncident(deps, caller, id);
  return deps.incidents.changes(id);
}

/** Signatures are matched on their folded form: "D.D.P.F" finds "ddpf". */
function normalizeFilter(filter: IncidentFilter): IncidentFilter {
  return { ...filter, signature: filter.signature?.map(normalizeSignature).filter(Boolean) };
}

/** One page of what the caller may read, newest first, with the total the caller may read. */
export async function listIncidents(
  deps: IncidentDeps,
  caller: Caller,
  filter: IncidentFilter,
  limit: number,
  cursor?: string,
  sort: IncidentSort = '-occurred',
): Promise<IncidentPage> {
  const after = cursor ? decodeCursor(cursor, sort) : undefined;
  const scope = readScope(caller.principal);
  const normalized = normalizeFilter(filter);
  const compute = () =>
    Promise.all([
      deps.incidents.list(scope, normalized, limit + 1, after, sort),
      deps.incidents.count(scope, normalized, TOTAL_CAP),
    ]);
  // Kept per scope, not per reader: each request still opens STAFF details and audits for its reader.
  const cache = deps.readCache;
  const answer = cache
    ? await cache.get(scope, JSON.stringify(['list', normalized, limit, cursor ?? null, sort]), compute)
    : await compute();
  const [rows, counted] = answer;
  const more = rows.length > limit;
  const page = (more ? rows.slice(0, limit) : rows).map((row) => reading(deps, caller.principal, row));
  await auditSensitiveReads(deps, caller, page, 'incident.list', true);
  const last = page[page.length - 1]?.row;
  const revealing = page.some(({ staff }) => staff !== null);
  return {
    items: page,
    total: Math.min(counted, TOTAL_CAP),
    total_capped: counted > TOTAL_CAP,
    next_cursor: more && last ? encodeCursor(sort, last) : null,
    keep: (name, build) => (cache && !revealing ? cache.derive(answer, name, build) : build()),
  };
}

/**
 * The points of a map, newest first, at most `limit`: only the columns a point shows (no description,
 * no sealed STAFF details), so a month of a national history is a few hundred kilobytes, not megabytes.
 * Reads of RED or compartmented points are audited as list reads are.
 */
export async function mapIncidents(
  deps: IncidentDeps,
  caller: Caller,
  filter: IncidentFilter,
  limit: number,
): Promise<{ points: IncidentMapRow[]; truncated: boolean }> {
  const rows = await deps.incidents.mapPoints(readScope(caller.principal), normalizeFilter(filter), limit + 1);
  const points = rows.slice(0, limit);
  await auditMapPoints(deps, caller, points);
  return { points, truncated: rows.length > limit };
}

/** Every incident the caller may read matching the filter, streamed (exports); the export is audited. */
export async function* exportIncidentReadings(
  deps: IncidentDeps,
  caller: Caller,
  filter: IncidentFilter,
  format: string,
): AsyncGenerator<IncidentReading> {
  let count = 0;
  const sensitive: IncidentReading[] = [];
  for await (const row of deps.incidents.iterate(readScope(caller.principal), normalizeFilter(filter))) {
    const result = reading(deps, caller.principal, row);
    count += 1;
    if (row.marking === 'RED' || row.compartments.length > 0 || result.staff) sensitive.push(result);
    yield result;
  }
  await deps.audit.append({
    ...actorOf(caller),
    action: 'incident.export',
    details: { format, count, filter: JSON.parse(JSON.stringify(filter)) },
  });
  await auditSensitiveReads(deps, caller, sensitive, 'incident.export.sensitive');
}

/** Imports a file's rows atomically for the caller's organisation: all stored, or none and every bad row named. */
export async function importIncidents(
  deps: IncidentDeps,
  caller: Caller,
  rows: AsyncIterable<RawRow> | Iterable<RawRow>,
  options?: ImportOptions,
): Promise<ImportResult> {
  const register = await deps.sourceRegister?.();
  const result = await deps.transaction(async ({ incidents, audit }) => {
    const result = await runImport(
      rows,
      {
        prepare: (value) => prepareIncident(value, deps.gazetteer, caller.principal, register),
        write: (batch) => incidents.insertMany(batch.map((record) => toStore(deps, caller, record))),
      },
      options,
    );
    // One event per import, not per row: a million-row import is one act of one person.
    await audit.append({
      ...actorOf(caller),
      action: 'incident.import',
      details: {
        total: result.total,
        inserted: result.inserted,
        skipped: result.skipped,
        first_ids: result.ids.slice(0, 50),
      },
    });
    return result;
  });
  if (result.inserted > 0) deps.afterWrite?.(caller);
  return result;
}

/** A page's end as an opaque text: the sort, the value of its column in the last row, and that row's id. */
export function encodeCursor(sort: IncidentSort, last: IncidentRow): string {
  const value = last[sortColumn(sort).column];
  return Buffer.from(`${sort}|${value instanceof Date ? value.toISOString() : value}|${last.id}`).toString('base64url');
}

/** Reads a cursor made by `encodeCursor` for the same sort; anything else names the `cursor` parameter. */
export function decodeCursor(text: string, sort: IncidentSort = '-occurred'): IncidentCursor {
  const [cursorSort, value, id] = Buffer.from(text, 'base64url').toString('utf8').split('|');
  const isDate = sortColumn(sort).column !== 'status';
  const date = new Date(value ?? '');
  if (
    cursorSort !== sort ||
    !id ||
    value === undefined ||
    (isDate && Number.isNaN(date.getTime())) ||
    !/^[0-9a-f-]{36}$/.test(id)
  ) {
    throw invalidInput([{ path: 'cursor', message: 'not a cursor returned by this API for this sort' }]);
  }
  return { value: isDate ? date : value, id };
}
