import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { ReadScope } from '../core/shared/principal.ts';
import { caseReadableBy } from './read-scope.ts';
import type {
  ActorRelationshipRow,
  ActorRow,
  CaseEvidenceRow,
  CaseHandoverRow,
  CaseHistoryRow,
  CaseItemRow,
  CaseNoteRow,
  CaseRow,
  DB,
  TaskRow,
} from './schema.ts';

export type NewCase = Pick<
  CaseRow,
  'id' | 'reference' | 'title' | 'summary' | 'owner_org_id' | 'marking' | 'compartments' | 'created_by'
>;
export type CaseChanges = Partial<Pick<CaseRow, 'title' | 'summary' | 'state' | 'marking' | 'owner_org_id'>>;
export interface CaseFilter {
  state?: string[];
  q?: string;
}
export type EvidenceSummary = Omit<CaseEvidenceRow, 'content'>;
export interface CaseMemberView {
  user_id: string;
  role: string;
  added_at: Date;
  username: string;
  display_name: string | null;
  organisation_id: string;
}
export interface NewHistory {
  case_id: string;
  actor_id: string | null;
  actor: string;
  action: string;
  details?: Record<string, unknown>;
}

const EVIDENCE_COLUMNS = [
  'id',
  'case_id',
  'file_name',
  'media_type',
  'size_bytes',
  'sha256',
  'description',
  'added_by_name',
  'owner_org_id',
  'marking',
  'compartments',
  'created_by',
  'created_at',
] as const;

/** The SQL of cases: the case, its access list and handovers, items, members, notes, evidence, history and tasks. */
export class CaseRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /** The next counter of the year, atomically (two instances never hand out the same reference). */
  async nextCounter(year: number): Promise<number> {
    const row = await this.db
      .insertInto('case_counters')
      .values({ year, last: 1 })
      .onConflict((oc) => oc.column('year').doUpdateSet({ last: sql`case_counters.last + 1` }))
      .returning('last')
      .executeTakeFirstOrThrow();
    return row.last;
  }

  insert(record: NewCase): Promise<CaseRow> {
    return this.db.insertInto('cases').values(record).returningAll().executeTakeFirstOrThrow();
  }

  /** The case with this id or reference if `scope` reads it (one query through `caseReadableBy`). */
  findReadable(scope: ReadScope, idOrReference: string): Promise<CaseRow | undefined> {
    const byId = /^[0-9a-f-]{36}$/i.test(idOrReference);
    return this.db
      .selectFrom('cases')
      .selectAll()
      .where(caseReadableBy(scope))
      .where(byId ? 'id' : 'reference', '=', byId ? idOrReference : idOrReference.toUpperCase())
      .executeTakeFirst();
  }

  /** The ids among `ids` of the cases `scope` reads, in one query (logs withhold the others). */
  async readableIds(scope: ReadScope, ids: string[]): Promise<string[]> {
    const wellFormed = ids.filter((id) => /^[0-9a-f-]{36}$/i.test(id));
    if (wellFormed.length === 0) return [];
    const rows = await this.db
      .selectFrom('cases')
      .select('id')
      .where(caseReadableBy(scope))
      .where('id', 'in', wellFormed)
      .execute();
    return rows.map((row) => row.id);
  }

  updateIfVersion(id: string, version: number, changes: CaseChanges): Promise<CaseRow | undefined> {
    return this.db
      .updateTable('cases')
      .set({ ...changes, version: version + 1, updated_at: new Date() })
      .where('id', '=', id)
      .where('version', '=', version)
      .returningAll()
      .executeTakeFirst();
  }

  list(scope: ReadScope, filter: CaseFilter, limit: number, offset: number): Promise<CaseRow[]> {
    return this.filtered(scope, filter)
      .selectAll()
      .orderBy('updated_at', 'desc')
      .orderBy('id')
      .limit(limit)
      .offset(offset)
      .execute();
  }

  async count(scope: ReadScope, filter: CaseFilter): Promise<number> {
    const row = await this.filtered(scope, filter)
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  /** Readable as the owner would read it, or through the access list (`caseReadableBy`). */
  private filtered(scope: ReadScope, filter: CaseFilter) {
    let query = this.db.selectFrom('cases').where(caseReadableBy(scope));
    if (filter.state?.length) query = query.where('state', 'in', filter.state);
    if (filter.q) {
      const like = `%${filter.q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
      query = query.where((eb) => eb.or([eb('title', 'ilike', like), eb('reference', 'ilike', like)]));
    }
    return query;
  }

  async grants(caseId: string): Promise<{ accessOrgs: string[]; handovers: CaseHandoverRow[] }> {
    const [access, handovers] = await Promise.all([
      this.db.selectFrom('case_access').select('org_id').where('case_id', '=', caseId).execute(),
      this.handovers(caseId),
    ]);
    return { accessOrgs: access.map((row) => row.org_id), handovers };
  }

  handovers(caseId: string): Promise<CaseHandoverRow[]> {
    return this.db
      .selectFrom('case_handovers')
      .selectAll()
      .where('case_id', '=', caseId)
      .orderBy('at')
      .orderBy('id')
      .execute();
  }

  async grantAccess(
    caseId: string,
    orgId: string,
    reason: 'former_lead' | 'shared',
    grantedBy: string | null,
  ): Promise<void> {
    await this.db
      .insertInto('case_access')
      .values({ case_id: caseId, org_id: orgId, reason, granted_by: grantedBy })
      .onConflict((oc) => oc.columns(['case_id', 'org_id']).doUpdateSet({ reason }))
      .execute();
  }

  async revokeAccess(caseId: string, orgId: string): Promise<void> {
    await this.db.deleteFrom('case_access').where('case_id', '=', caseId).where('org_id', '=', orgId).execute();
  }

  insertHandover(handover: Omit<CaseHandoverRow, 'id' | 'at'>): Promise<CaseHandoverRow> {
    return this.db
      .insertInto('case_handovers')
      .values({ id: randomUUID(), ...handover })
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  items(caseId: string): Promise<CaseItemRow[]> {
    return this.db
      .selectFrom('case_items')
      .selectAll()
      .where('case_id', '=', caseId)
      .orderBy('added_at')
      .orderBy('item_id')
      .execute();
  }

  /** Adds an item; false when it was already there. */
  async addItem(item: Omit<CaseItemRow, 'added_at'>): Promise<boolean> {
    const result = await this.db
      .insertInto('case_items')
      .values(item)
      .onConflict((oc) => oc.doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
  }

  async removeItem(caseId: string, type: string, itemId: string): Promise<boolean> {
    const result = await this.db
      .deleteFrom('case_items')
      .where('case_id', '=', caseId)
      .where('item_type', '=', type as CaseItemRow['item_type'])
      .where('item_id', '=', itemId)
      .executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  members(caseId: string): Promise<CaseMemberView[]> {
    return this.db
      .selectFrom('case_members')
      .innerJoin('users', 'users.id', 'case_members.user_id')
      .select([
        'case_members.user_id',
        'case_members.role',
        'case_members.added_at',
        'users.username',
        'users.display_name',
        'users.organisation_id',
      ])
      .where('case_members.case_id', '=', caseId)
      .orderBy('case_members.added_at')
      .orderBy('users.username')
      .execute();
  }

  async setMember(caseId: string, userId: string, role: string, addedBy: string | null): Promise<void> {
    await this.db
      .insertInto('case_members')
      .values({ case_id: caseId, user_id: userId, role, added_by: addedBy })
      .onConflict((oc) => oc.columns(['case_id', 'user_id']).doUpdateSet({ role }))
      .execute();
  }

  async removeMember(caseId: string, userId: string): Promise<boolean> {
    const result = await this.db
      .deleteFrom('case_members')
      .where('case_id', '=', caseId)
      .where('user_id', '=', userId)
      .executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  notes(caseId: string): Promise<CaseNoteRow[]> {
    return this.db
      .selectFrom('case_notes')
      .selectAll()
      .where('case_id', '=', caseId)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
  }

  addNote(note: Omit<CaseNoteRow, 'created_at'>): Promise<CaseNoteRow> {
    return this.db.insertInto('case_notes').values(note).returningAll().executeTakeFirstOrThrow();
  }

  /** The evidence of a case, without the bytes. */
  evidence(caseId: string): Promise<EvidenceSummary[]> {
    return this.db
      .selectFrom('case_evidence')
      .select(EVIDENCE_COLUMNS)
      .where('case_id', '=', caseId)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
  }

  async addEvidence(evidence: Omit<CaseEvidenceRow, 'created_at'>): Promise<EvidenceSummary> {
    return this.db.insertInto('case_evidence').values(evidence).returning(EVIDENCE_COLUMNS).executeTakeFirstOrThrow();
  }

  evidenceFile(caseId: string, id: string): Promise<CaseEvidenceRow | undefined> {
    return this.db
      .selectFrom('case_evidence')
      .selectAll()
      .where('case_id', '=', caseId)
      .where('id', '=', id)
      .executeTakeFirst();
  }

  history(caseId: string): Promise<CaseHistoryRow[]> {
    return this.db
      .selectFrom('case_history')
      .selectAll()
      .where('case_id', '=', caseId)
      .orderBy('at')
      .orderBy('id')
      .execute();
  }

  async addHistory(entry: NewHistory): Promise<void> {
    await this.db
      .insertInto('case_history')
      .values({ id: randomUUID(), ...entry, details: JSON.stringify(entry.details ?? {}) })
      .execute();
  }

  tasks(caseId: string): Promise<TaskRow[]> {
    return this.db
      .selectFrom('tasks')
      .selectAll()
      .where('case_id', '=', caseId)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
  }

  insertTask(
    task: Omit<
      TaskRow,
      'version' | 'state' | 'overdue_notified_at' | 'playbook_id' | 'alert_id' | 'position' | 'title_en'
    >,
  ): Promise<TaskRow> {
    return this.db.insertInto('tasks').values(task).returningAll().executeTakeFirstOrThrow();
  }

  /** The actors of a case (the graph service is another module: a case reads them with its own small query). */
  actorsByIds(ids: string[]): Promise<ActorRow[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.db.selectFrom('actors').selectAll().where('id', 'in', ids).execute();
  }

  /** The actors involved in some incidents (incident_actors), e.g. to gather a case's suspects. */
  async actorIdsOfIncidents(incidentIds: string[]): Promise<string[]> {
    if (incidentIds.length === 0) return [];
    const rows = await this.db
      .selectFrom('incident_actors')
      .select('actor_id')
      .distinct()
      .where('incident_id', 'in', incidentIds)
      .execute();
    return rows.map((row) => row.actor_id);
  }

  /** The sources of relationships of one kind towards some actors (who leads a group, who is a member). */
  async relationshipsTo(targetIds: string[], kind: ActorRelationshipRow['kind']): Promise<string[]> {
    if (targetIds.length === 0) return [];
    const rows = await this.db
      .selectFrom('actor_relationships')
      .select('source_id')
      .distinct()
      .where('target_id', 'in', targetIds)
      .where('kind', '=', kind)
      .execute();
    return rows.map((row) => row.source_id);
  }

  /** Relationships between actors of the case. */
  relationshipsAmong(ids: string[]): Promise<ActorRelationshipRow[]> {
    if (ids.length < 2) return Promise.resolve([]);
    return this.db
      .selectFrom('actor_relationships')
      .selectAll()
      .where('source_id', 'in', ids)
      .where('target_id', 'in', ids)
      .execute();
  }

  /** The cases holding an item (for the "in cases" line of an incident or campaign page). */
  async casesOf(type: string, itemId: string): Promise<string[]> {
    const rows = await this.db
      .selectFrom('case_items')
      .select('case_id')
      .where('item_type', '=', type as CaseItemRow['item_type'])
      .where('item_id', '=', itemId)
      .execute();
    return rows.map((row) => row.case_id);
  }
}
