import { actorOf } from '../shared/caller.ts';
import { createHash, randomUUID } from 'node:crypto';
import { authorize, readScope } from '../access/access.ts';
import type { Protected } from '../shared/principal.ts';
import type { Principal } from '../shared/principal.ts';
import type { Gazetteer } from '../shared/gazetteer.ts';
import { forbidden } from '../shared/errors.ts';
import type { Caller } from '../shared/caller.ts';
import { invalidInput, notFound, VigieError } from '../shared/errors.ts';
import { sealFreeText, sealStrings, sealsFreeText } from '../../security/sealed-text.ts';
import type { Sealer } from '../../security/sealer.ts';
import type { AuditRepository } from '../../store/audit.repository.ts';
import type { CampaignRepository } from '../../store/campaign.repository.ts';
import type { CaseMemberView, CaseRepository, EvidenceSummary } from '../../store/case.repository.ts';
import type { DisseminationRepository } from '../../store/case-dissemination.repository.ts';
import type { IdentityRepository } from '../../store/identity.repository.ts';
import type { IncidentRepository } from '../../store/incident.repository.ts';
import type {
  ActorRelationshipRow,
  ActorRow,
  CampaignRow,
  CaseHandoverRow,
  CaseHistoryRow,
  CaseNoteRow,
  CaseRow,
  IncidentRow,
  TaskRow,
} from '../../store/schema.ts';
import type { Account } from '../tasks/task.service.ts';
import { type RecordReaders, type RecordRef, visibleRefs } from '../access/withheld-ids.ts';
import { caseReference, grantorsFor, MAX_EVIDENCE_BYTES, type CaseGrants } from './case.ts';
import type {
  CaseInput,
  CaseItemInput,
  CaseListQuery,
  CaseMemberInput,
  CaseNoteInput,
  CasePatch,
  CaseTaskInput,
  EvidenceQuery,
} from './case.schema.ts';

/** The repositories of a case's transaction, and the sealer of the free text of STAFF cases. */
export interface CaseRepositories {
  cases: CaseRepository;
  disseminations: DisseminationRepository;
  audit: AuditRepository;
  sealer: Sealer;
}

/** What the case use cases need, passed explicitly. */
export interface CaseDeps extends CaseRepositories {
  incidents: Pick<IncidentRepository, 'byIds'>;
  campaigns: Pick<CampaignRepository, 'find' | 'members'>;
  identity: Pick<IdentityRepository, 'findOrganisation' | 'findUserById' | 'findUserByName' | 'listOrganisations'>;
  /** an enabled account, by id (a task's assignee) */
  account: (id: string) => Promise<Account | undefined>;
  /** the enabled accounts of an organisation */
  accountsOf: (organisationId: string) => Promise<Account[]>;
  gazetteer: Gazetteer;
  now: () => Date;
  /** seals the free text of STAFF cases, their notes, evidence descriptions and tasks */
  sealer: Sealer;
  /** runs `work` in one transaction with repositories bound to it */
  transaction<T>(work: (repositories: CaseRepositories) => Promise<T>): Promise<T>;
}

/** A case the caller may read, with what decides who else reads it. */
export interface ReadableCase {
  row: CaseRow;
  grants: Omit<CaseGrants, 'handovers'> & { handovers: CaseHandoverRow[] };
  grantors: string[];
}

/** A case as its reader may see it: every item filtered by its own marking (and the handover rule). */
export interface CaseView extends ReadableCase {
  incidents: IncidentRow[];
  campaigns: Array<{ campaign: CampaignRow; members: string[] }>;
  actors: ActorRow[];
  relationships: ActorRelationshipRow[];
  members: CaseMemberView[];
  notes: CaseNoteRow[];
  evidence: EvidenceSummary[];
  tasks: TaskRow[];
  history: CaseHistoryRow[];
  organisations: Map<string, string>;
  canWrite: boolean;
}

const caseConflict = (row: CaseRow, version: number) =>
  new VigieError(
    'version_conflict',
    `case ${row.reference} is at version ${row.version}, not ${version}: reload it and apply your change again`,
    409,
    [{ path: 'version', message: `current version is ${row.version}` }],
  );

/** Details of a case event that are free text: sealed in a STAFF case's history, left out of the audit trail. */
const FREE_TEXT_DETAILS = ['title', 'summary', 'file_name', 'reason', 'text', 'description'];

/**
 * Appends to the case history and the audit trail, in the transaction of the change. In a STAFF case
 * the history (read by the case's readers) holds its details sealed, and the audit trail (read by
 * auditors outside the compartment) names the free-text details without their values.
 */
async function record(
  repositories: CaseRepositories,
  caller: Caller,
  row: CaseRow,
  action: string,
  details: Record<string, unknown> = {},
) {
  const sealed = sealsFreeText(row.compartments);
  // the case history names who acted; the client address goes to the audit trail only
  const { actor_id, actor } = actorOf(caller);
  await repositories.cases.addHistory({
    case_id: row.id,
    actor_id,
    actor,
    action,
    details: sealed ? sealStrings(repositories.sealer, details) : details,
  });
  const audited = sealed ? withoutFreeText(details) : details;
  await repositories.audit.append({
    ...actorOf(caller),
    address: caller.address ?? null,
    action: `case.${action}`,
    object_type: 'case',
    object_id: row.id,
    details: { reference: row.reference, ...audited },
  });
}

function withoutFreeText(details: Record<string, unknown>): Record<string, unknown> {
  const kept = Object.fromEntries(Object.entries(details).filter(([key]) => !FREE_TEXT_DETAILS.includes(key)));
  const left = Object.keys(details).filter((key) => FREE_TEXT_DETAILS.includes(key));
  return left.length > 0 ? { ...kept, sealed_details: left } : kept;
}

/** Opens a case led by the caller's organisation; the creator becomes its lead member. */
export async function createCase(deps: CaseDeps, caller: Caller, input: CaseInput): Promise<CaseRow> {
  const decision = authorize(caller.principal, {
    kind: 'open-case',
    marking: input.marking,
    compartments: input.compartments,
  });
  if (!decision.allowed) throw forbidden(decision.reason);
  return deps.transaction(async (repositories) => {
    const year = deps.now().getUTCFullYear();
    const reference = caseReference(year, await repositories.cases.nextCounter(year));
    const row = await repositories.cases.insert(
      sealFreeText(
        deps.sealer,
        input.compartments,
        {
          id: randomUUID(),
          reference,
          title: input.title,
          summary: input.summary ?? null,
          owner_org_id: caller.principal.organisationId,
          marking: input.marking,
          compartments: input.compartments,
          created_by: caller.principal.system ? null : caller.principal.userId,
        },
        ['title', 'summary'],
      ),
    );
    if (!caller.principal.system)
      await repositories.cases.setMember(row.id, caller.principal.userId, 'lead', caller.principal.userId);
    await record(repositories, caller, row, 'create', { title: row.title, marking: row.marking });
    return row;
  });
}

/** The cases the caller reads (as their lead, or through the access list), most recently changed first. */
export async function listCases(deps: CaseDeps, caller: Caller, query: CaseListQuery) {
  const scope = readScope(caller.principal);
  const filter = { state: query.state, q: query.q };
  const [items, total, organisations] = await Promise.all([
    deps.cases.list(scope, filter, query.limit, query.offset),
    deps.cases.count(scope, filter),
    deps.identity.listOrganisations(),
  ]);
  return { items, total, organisations: new Map(organisations.map((org) => [org.id, org.name])) };
}

/** A case by id or reference, if the caller may read it; otherwise "not found", so its existence does not leak. */
export async function readableCase(
  deps: Pick<CaseDeps, 'cases'>,
  caller: Caller,
  idOrReference: string,
): Promise<ReadableCase> {
  const row = await deps.cases.findReadable(readScope(caller.principal), idOrReference);
  if (!row) throw notFound('case', idOrReference);
  const grants = await deps.cases.grants(row.id);
  return { row, grants, grantors: grantorsFor(caller.principal, grants) };
}

/** May the caller change the case? Its lead organisation (and analysts it shares with) as for any record. */
function writeDecision(principal: Principal, row: CaseRow) {
  return authorize(principal, { kind: 'work-case', record: row });
}

async function writableCase(deps: CaseDeps, caller: Caller, id: string, { open = true } = {}): Promise<ReadableCase> {
  const found = await readableCase(deps, caller, id);
  const decision = writeDecision(caller.principal, found.row);
  if (!decision.allowed) throw forbidden(decision.reason);
  if (open && found.row.state === 'closed')
    throw new VigieError(
      'case_closed',
      `case ${found.row.reference} is closed: reopen it to change what it holds`,
      409,
      [{ path: 'state', message: 'closed' }],
    );
  return found;
}

/** May the principal see this item through the case (its own marking, and the handover rule)? */
export const seesInCase = (principal: Principal, record: Protected, grantors: string[]) =>
  authorize(principal, { kind: 'see-in-case', record, grantors }).allowed;
const visible = <T extends Protected>(principal: Principal, grantors: string[], rows: T[]) =>
  rows.filter((row) => seesInCase(principal, row, grantors));

/** Everything the caller may see of a case. */
export async function getCase(deps: CaseDeps, caller: Caller, id: string): Promise<CaseView> {
  const found = await readableCase(deps, caller, id);
  const { row, grantors } = found;
  const principal = caller.principal;
  const items = await deps.cases.items(row.id);
  const idsOf = (type: string) => items.filter((item) => item.item_type === type).map((item) => item.item_id);
  const [incidentRows, actorRows, campaignRows, members, notes, evidence, tasks, history, organisations] =
    await Promise.all([
      deps.incidents.byIds(idsOf('incident')),
      deps.cases.actorsByIds(idsOf('actor')),
      Promise.all(idsOf('campaign').map((campaignId) => deps.campaigns.find(campaignId))),
      deps.cases.members(row.id),
      deps.cases.notes(row.id),
      deps.cases.evidence(row.id),
      deps.cases.tasks(row.id),
      deps.cases.history(row.id),
      deps.identity.listOrganisations(),
    ]);
  const incidents = visible(principal, grantors, incidentRows).sort(
    (a, b) => a.occurred_start.getTime() - b.occurred_start.getTime(),
  );
  const actors = visible(principal, grantors, actorRows);
  const relationships = visible(
    principal,
    grantors,
    (await deps.cases.relationshipsAmong(actors.map((actor) => actor.id))).map((rel) => ({ ...rel, compartments: [] })),
  );
  // A campaign has no marking of its own: it shows through the members its reader may see.
  const campaigns = await visibleCampaigns(
    deps,
    principal,
    grantors,
    campaignRows.filter((campaign): campaign is CampaignRow => campaign !== undefined),
  );
  return {
    ...found,
    incidents,
    campaigns,
    actors,
    relationships,
    members,
    notes: visible(principal, grantors, notes),
    evidence: visible(principal, grantors, evidence),
    tasks: visible(principal, grantors, tasks),
    history: await withholdHistory(deps, principal, grantors, history),
    organisations: new Map(organisations.map((org) => [org.id, org.name])),
    canWrite: writeDecision(principal, row).allowed,
  };
}

/** What happened to a case, oldest first, as its reader may see it. */
export async function readCaseHistory(deps: CaseDeps, caller: Caller, id: string): Promise<CaseHistoryRow[]> {
  const { row, grantors } = await readableCase(deps, caller, id);
  return withholdHistory(deps, caller.principal, grantors, await deps.cases.history(row.id));
}

/** How logs check that their reader may read the incidents, actors, campaigns and cases they name. */
export const caseRecordReaders = (deps: Pick<CaseDeps, 'incidents' | 'cases' | 'campaigns'>): RecordReaders => ({
  incidents: (ids) => deps.incidents.byIds(ids),
  actors: (ids) => deps.cases.actorsByIds(ids),
  campaignMembers: (ids) => deps.campaigns.members(ids),
  readableCases: (principal, ids) => deps.cases.readableIds(readScope(principal), ids),
});

/** The item an event of the history adds or removes. */
function itemOf(entry: CaseHistoryRow): RecordRef | undefined {
  const details = (entry.details ?? {}) as Record<string, unknown>;
  const named =
    (entry.action === 'item.add' || entry.action === 'item.remove') &&
    typeof details.type === 'string' &&
    typeof details.id === 'string';
  return named ? { type: details.type as string, id: details.id as string } : undefined;
}

/** The history with the ids of the items its reader may not see in the case withheld (issue 16, item 11). */
async function withholdHistory(
  deps: CaseDeps,
  principal: Principal,
  grantors: string[],
  history: CaseHistoryRow[],
): Promise<CaseHistoryRow[]> {
  const refs = history.flatMap((entry) => itemOf(entry) ?? []);
  if (refs.length === 0) return history;
  const visible = await visibleRefs(caseRecordReaders(deps), principal, refs, (record) =>
    seesInCase(principal, record, grantors),
  );
  return history.map((entry) => {
    const item = itemOf(entry);
    if (!item || visible.has(item.id)) return entry;
    return { ...entry, details: { ...(entry.details as Record<string, unknown>), id: null, withheld: true } };
  });
}

async function visibleCampaigns(deps: CaseDeps, principal: Principal, grantors: string[], campaigns: CampaignRow[]) {
  if (campaigns.length === 0) return [];
  const members = await deps.campaigns.members(campaigns.map((campaign) => campaign.id));
  const result: Array<{ campaign: CampaignRow; members: string[] }> = [];
  for (const campaign of campaigns) {
    const seen = visible(principal, grantors, await deps.incidents.byIds(members.get(campaign.id) ?? [])).map(
      (incident) => incident.id,
    );
    if (seen.length > 0) result.push({ campaign, members: seen });
  }
  return result;
}

/** Changes the title, summary, state or marking at the version read. */
export async function updateCase(deps: CaseDeps, caller: Caller, id: string, patch: CasePatch): Promise<CaseRow> {
  const { row } = await writableCase(deps, caller, id, { open: false });
  if (row.state === 'closed' && (patch.state === undefined || patch.state === 'closed')) {
    throw new VigieError('case_closed', `case ${row.reference} is closed: reopen it (state open) to change it`, 409, [
      { path: 'state', message: 'closed' },
    ]);
  }
  if (patch.marking) {
    const decision = authorize(caller.principal, {
      kind: 'update',
      record: row,
      marking: patch.marking,
      compartments: row.compartments,
    });
    if (!decision.allowed) throw forbidden(decision.reason);
  }
  const { version, ...changes } = patch;
  return deps.transaction(async (repositories) => {
    const updated = await repositories.cases.updateIfVersion(
      row.id,
      version,
      sealFreeText(deps.sealer, row.compartments, changes, ['title', 'summary']),
    );
    if (!updated) throw caseConflict(row, version);
    await record(repositories, caller, updated, 'update', changes);
    return updated;
  });
}

/** Puts an incident, campaign or actor the caller may read into the case. */
export async function addItem(deps: CaseDeps, caller: Caller, id: string, item: CaseItemInput): Promise<boolean> {
  const { row, grantors } = await writableCase(deps, caller, id);
  await assertItemReadable(deps, caller.principal, grantors, item);
  return deps.transaction(async (repositories) => {
    const added = await repositories.cases.addItem({
      case_id: row.id,
      item_type: item.type,
      item_id: item.id,
      added_by: actorOf(caller).actor_id,
    });
    if (added) await record(repositories, caller, row, 'item.add', { type: item.type, id: item.id });
    return added;
  });
}

async function assertItemReadable(deps: CaseDeps, principal: Principal, grantors: string[], item: CaseItemInput) {
  const missing = () => invalidInput([{ path: 'id', message: `no ${item.type} ${item.id} you may read` }]);
  if (item.type === 'incident') {
    const [incident] = await deps.incidents.byIds([item.id]);
    if (!incident || !seesInCase(principal, incident, grantors)) throw missing();
  } else if (item.type === 'actor') {
    const [actor] = await deps.cases.actorsByIds([item.id]);
    if (!actor || !seesInCase(principal, actor, grantors)) throw missing();
  } else {
    const campaign = await deps.campaigns.find(item.id);
    if (!campaign || (await visibleCampaigns(deps, principal, grantors, [campaign])).length === 0) throw missing();
  }
}

export async function removeItem(deps: CaseDeps, caller: Caller, id: string, item: CaseItemInput): Promise<void> {
  const { row } = await writableCase(deps, caller, id);
  await deps.transaction(async (repositories) => {
    if (!(await repositories.cases.removeItem(row.id, item.type, item.id)))
      throw notFound(`${item.type} in case`, item.id);
    await record(repositories, caller, row, 'item.remove', { type: item.type, id: item.id });
  });
}

/** Adds a user to the case (or changes their role); their organisation must read the case. */
export async function setMember(deps: CaseDeps, caller: Caller, id: string, input: CaseMemberInput): Promise<void> {
  const { row, grants } = await writableCase(deps, caller, id);
  const user =
    (/^[0-9a-f-]{36}$/i.test(input.user) ? await deps.identity.findUserById(input.user) : undefined) ??
    (await deps.identity.findUserByName(input.user));
  if (!user) throw invalidInput([{ path: 'user', message: `unknown user "${input.user}"` }]);
  if (user.organisation_id !== row.owner_org_id && !grants.accessOrgs.includes(user.organisation_id)) {
    throw invalidInput([
      { path: 'user', message: "this user's organisation does not read the case: hand it over or share it first" },
    ]);
  }
  await deps.transaction(async (repositories) => {
    await repositories.cases.setMember(row.id, user.id, input.role, actorOf(caller).actor_id);
    await record(repositories, caller, row, 'member.set', {
      user_id: user.id,
      username: user.username,
      role: input.role,
    });
  });
}

export async function removeMember(deps: CaseDeps, caller: Caller, id: string, userId: string): Promise<void> {
  const { row } = await writableCase(deps, caller, id);
  await deps.transaction(async (repositories) => {
    if (!(await repositories.cases.removeMember(row.id, userId))) throw notFound('member', userId);
    await record(repositories, caller, row, 'member.remove', { user_id: userId });
  });
}

/** A note owned by the caller's organisation, marked like the case unless told. */
export async function addNote(deps: CaseDeps, caller: Caller, id: string, input: CaseNoteInput): Promise<CaseNoteRow> {
  const { row } = await writableCase(deps, caller, id);
  const marking = input.marking ?? row.marking;
  const compartments = [...new Set([...row.compartments, ...input.compartments])];
  const decision = authorize(caller.principal, { kind: 'create', marking, compartments });
  if (!decision.allowed) throw forbidden(decision.reason);
  return deps.transaction(async (repositories) => {
    const note = await repositories.cases.addNote(
      sealFreeText(
        deps.sealer,
        compartments,
        {
          id: randomUUID(),
          case_id: row.id,
          text: input.text,
          author: caller.principal.username,
          owner_org_id: caller.principal.organisationId,
          marking,
          compartments,
          created_by: actorOf(caller).actor_id,
        },
        ['text'],
      ),
    );
    await record(repositories, caller, row, 'note.add', { note_id: note.id, marking });
    return note;
  });
}

/** Stores an evidence file with its SHA-256; larger than 20 MiB or empty is refused. */
export async function addEvidence(
  deps: CaseDeps,
  caller: Caller,
  id: string,
  query: EvidenceQuery,
  mediaType: string,
  content: Uint8Array,
): Promise<EvidenceSummary> {
  if (content.byteLength === 0) throw invalidInput([{ path: 'body', message: 'the file is empty' }]);
  if (content.byteLength > MAX_EVIDENCE_BYTES) {
    throw new VigieError('body_too_large', `evidence files are limited to ${MAX_EVIDENCE_BYTES} bytes (20 MiB)`, 413, [
      { path: 'body', message: `${content.byteLength} bytes is more than 20 MiB` },
    ]);
  }
  const { row } = await writableCase(deps, caller, id);
  const marking = query.marking ?? row.marking;
  const decision = authorize(caller.principal, { kind: 'create', marking, compartments: row.compartments });
  if (!decision.allowed) throw forbidden(decision.reason);
  const sha256 = createHash('sha256').update(content).digest('hex');
  return deps.transaction(async (repositories) => {
    const evidence = await repositories.cases.addEvidence(
      sealFreeText(
        deps.sealer,
        row.compartments,
        {
          id: randomUUID(),
          case_id: row.id,
          file_name: query.filename,
          media_type: mediaType || 'application/octet-stream',
          size_bytes: content.byteLength,
          sha256,
          content,
          description: query.description ?? null,
          added_by_name: caller.principal.username,
          owner_org_id: caller.principal.organisationId,
          marking,
          compartments: row.compartments,
          created_by: actorOf(caller).actor_id,
        },
        ['file_name', 'description'],
      ),
    );
    await record(repositories, caller, row, 'evidence.add', {
      evidence_id: evidence.id,
      file_name: evidence.file_name,
      size_bytes: evidence.size_bytes,
      sha256,
    });
    return evidence;
  });
}

/** The bytes of an evidence file, after checking they still hash to what was stored. */
export async function readEvidence(deps: CaseDeps, caller: Caller, id: string, evidenceId: string) {
  const { row, grantors } = await readableCase(deps, caller, id);
  const file = await deps.cases.evidenceFile(row.id, evidenceId);
  if (!file || !seesInCase(caller.principal, file, grantors)) throw notFound('evidence', evidenceId);
  const actual = createHash('sha256').update(file.content).digest('hex');
  if (actual !== file.sha256) {
    throw new VigieError(
      'evidence_corrupted',
      `evidence ${file.file_name} no longer matches its SHA-256 (stored ${file.sha256}, now ${actual}): it was altered in the store`,
      409,
      [{ path: 'sha256', message: 'mismatch' }],
    );
  }
  await deps.audit.append({
    ...actorOf(caller),
    address: caller.address ?? null,
    action: 'case.evidence.read',
    object_type: 'case',
    object_id: row.id,
    details: { evidence_id: file.id, sha256: file.sha256 },
  });
  return file;
}

/** A task of the case, owned and marked like the case, for the response board. */
export async function addTask(deps: CaseDeps, caller: Caller, id: string, input: CaseTaskInput): Promise<TaskRow> {
  const { row } = await writableCase(deps, caller, id);
  if (input.assignee_id) {
    const assignee = await deps.account(input.assignee_id);
    if (!assignee) throw invalidInput([{ path: 'assignee_id', message: 'unknown user', code: 'unknown_user' }]);
    check(authorize(caller.principal, { kind: 'assign-case-task', record: row, assignee: assignee.principal }));
  }
  const now = deps.now();
  return deps.transaction(async (repositories) => {
    const task = await repositories.cases.insertTask(
      sealFreeText(
        deps.sealer,
        row.compartments,
        {
          id: randomUUID(),
          case_id: row.id,
          title: input.title,
          owner_org_id: row.owner_org_id,
          marking: row.marking,
          compartments: row.compartments,
          created_by: actorOf(caller).actor_id,
          assignee_id: input.assignee_id ?? null,
          due_at: input.due_at ? new Date(input.due_at) : null,
          created_at: now,
          updated_at: now,
        },
        ['title'],
      ),
    );
    await record(repositories, caller, row, 'task.add', { task_id: task.id, title: task.title });
    if (task.assignee_id)
      await record(repositories, caller, row, 'task.assign', { task_id: task.id, to: task.assignee_id });
    return task;
  });
}

/** The accounts of the caller's organisation a task of the case may be given to: those who may work the case. */
export async function caseTaskAssignees(deps: CaseDeps, caller: Caller, id: string): Promise<Account[]> {
  const { row } = await writableCase(deps, caller, id);
  const accounts = await deps.accountsOf(caller.principal.organisationId);
  return accounts.filter(
    (account) =>
      authorize(caller.principal, { kind: 'assign-case-task', record: row, assignee: account.principal }).allowed,
  );
}

function check(decision: ReturnType<typeof authorize>) {
  if (!decision.allowed) throw forbidden(decision.reason);
}

export { record as recordCaseEvent, writeDecision as caseWriteDecision };
