import { asMarking } from '../../core/shared/principal.ts';
import { markingSchema } from './schema-parts.ts';
import { z } from '@hono/zod-openapi';
import type { Gazetteer } from '../../core/shared/gazetteer.ts';
import { CASE_STATES, type CaseState } from '../../core/case/case.ts';
import type { CaseView } from '../../core/case/case.service.ts';
import type { ListedObject } from '../../core/case/dissemination.service.ts';
import type { CaseMemberView, EvidenceSummary } from '../../store/case.repository.ts';
import type { CaseHistoryRow, CaseNoteRow, CaseRow, DisseminationRow, TaskRow } from '../../store/schema.ts';

const iso = (date: Date | null) => date?.toISOString() ?? null;
const orgSchema = z.object({ id: z.string(), name: z.string() });

export const caseSchema = z
  .object({
    id: z.string().uuid(),
    reference: z.string(),
    title: z.string(),
    summary: z.string().nullable(),
    state: z.enum(CASE_STATES),
    lead_org_id: z.string(),
    lead_org: z.string().nullable().openapi({ description: "the lead organisation's name" }),
    marking: markingSchema,
    compartments: z.array(z.string()),
    created_at: z.string(),
    updated_at: z.string(),
    version: z.number().int(),
  })
  .openapi('Case');
export type Case = z.infer<typeof caseSchema>;

export const caseNoteSchema = z
  .object({
    id: z.string().uuid(),
    text: z.string(),
    author: z.string(),
    owner_org_id: z.string(),
    marking: markingSchema,
    compartments: z.array(z.string()),
    created_at: z.string(),
  })
  .openapi('CaseNoteView');
export type CaseNote = z.infer<typeof caseNoteSchema>;

export const evidenceSchema = z
  .object({
    id: z.string().uuid(),
    file_name: z.string(),
    media_type: z.string(),
    size_bytes: z.number().int(),
    sha256: z.string(),
    description: z.string().nullable(),
    added_by: z.string(),
    added_at: z.string(),
    marking: markingSchema,
    download: z.string().openapi({ description: 'the path that downloads the file' }),
  })
  .openapi('CaseEvidence');
export type Evidence = z.infer<typeof evidenceSchema>;

export const caseMemberViewSchema = z
  .object({
    user_id: z.string().uuid(),
    username: z.string(),
    display_name: z.string().nullable(),
    role: z.string(),
    organisation_id: z.string(),
    added_at: z.string(),
  })
  .openapi('CaseMemberView');
export type CaseMember = z.infer<typeof caseMemberViewSchema>;

export const caseHistorySchema = z
  .object({ at: z.string(), actor: z.string(), action: z.string(), details: z.record(z.string(), z.unknown()) })
  .openapi('CaseHistoryEntry');
export type CaseHistory = z.infer<typeof caseHistorySchema>;

export const caseTaskViewSchema = z
  .object({
    id: z.string().uuid(),
    title: z.string(),
    state: z.string(),
    assignee_id: z.string().nullable(),
    due_at: z.string().nullable(),
    version: z.number().int(),
  })
  .openapi('CaseTaskView');
export type CaseTask = z.infer<typeof caseTaskViewSchema>;

export const disseminationSchema = z
  .object({
    id: z.string().uuid(),
    at: z.string(),
    channel: z.string(),
    format: z.string().nullable(),
    case_id: z.string().nullable(),
    recipient: z.object({
      kind: z.enum(['organisation', 'user', 'token']),
      id: z.string(),
      name: z.string(),
      organisation_id: z.string().nullable(),
    }),
    marking: markingSchema,
    object_count: z.number().int(),
    objects: z.array(
      z.union([
        z.object({ type: z.string(), id: z.string() }),
        z.object({ type: z.string(), id: z.null(), withheld: z.literal(true) }),
      ]),
    ),
    released_by: z.string(),
  })
  .openapi('Dissemination');
export type Dissemination = z.infer<typeof disseminationSchema>;

/** The evidence manifest of a case export (format=manifest): each file with its SHA-256. */
export const evidenceManifestSchema = z
  .object({
    case: z.object({ id: z.string().uuid(), reference: z.string(), title: z.string(), marking: markingSchema }),
    generated_at: z.string(),
    files: z.array(evidenceSchema.omit({ description: true, download: true })),
  })
  .openapi('EvidenceManifest');

export const caseDetailSchema = caseSchema
  .extend({
    can_write: z.boolean(),
    access: z.array(orgSchema),
    incidents: z.array(
      z.object({
        id: z.string().uuid(),
        occurred_start: z.string(),
        facility_id: z.string().nullable(),
        place: z.string().nullable(),
        lat: z.number(),
        lon: z.number(),
        event_types: z.array(z.string()),
        description: z.string().nullable(),
        marking: markingSchema,
      }),
    ),
    campaigns: z.array(
      z.object({
        id: z.string().uuid(),
        key: z.string(),
        state: z.string(),
        start_at: z.string(),
        end_at: z.string(),
        incident_count: z.number().int(),
      }),
    ),
    actors: z.array(z.object({ id: z.string().uuid(), kind: z.string(), name: z.string(), marking: markingSchema })),
    relationships: z.array(
      z.object({
        id: z.string().uuid(),
        source_id: z.string().uuid(),
        target_id: z.string().uuid(),
        kind: z.string(),
        confidence: z.number(),
      }),
    ),
    members: z.array(caseMemberViewSchema),
    notes: z.array(caseNoteSchema),
    evidence: z.array(evidenceSchema),
    tasks: z.array(caseTaskViewSchema),
    handovers: z.array(
      z.object({
        id: z.string().uuid(),
        at: z.string(),
        from: orgSchema,
        to: orgSchema,
        reason: z.string(),
        keep_access: z.boolean(),
        by: z.string().nullable(),
      }),
    ),
    history: z.array(caseHistorySchema),
  })
  .openapi('CaseDetail');
export type CaseDetail = z.infer<typeof caseDetailSchema>;

/** A case in a list. */
export function presentCase(row: CaseRow, organisations?: Map<string, string>): Case {
  return {
    id: row.id,
    reference: row.reference,
    title: row.title,
    summary: row.summary,
    // the column's CHECK keeps it to the vocabulary
    state: row.state as CaseState,
    lead_org_id: row.owner_org_id,
    lead_org: organisations?.get(row.owner_org_id) ?? null,
    marking: asMarking(row.marking),
    compartments: row.compartments,
    created_at: row.created_at.toISOString(),
    updated_at: row.updated_at.toISOString(),
    version: row.version,
  };
}

export const presentNote = (note: CaseNoteRow): CaseNote => ({
  id: note.id,
  text: note.text,
  author: note.author,
  owner_org_id: note.owner_org_id,
  marking: asMarking(note.marking),
  compartments: note.compartments,
  created_at: note.created_at.toISOString(),
});

export const presentEvidence =
  (caseId: string) =>
  (file: EvidenceSummary): Evidence => ({
    id: file.id,
    file_name: file.file_name,
    media_type: file.media_type,
    size_bytes: file.size_bytes,
    sha256: file.sha256,
    description: file.description,
    added_by: file.added_by_name,
    added_at: file.created_at.toISOString(),
    marking: asMarking(file.marking),
    download: `/api/cases/${caseId}/evidence/${file.id}`,
  });

export const presentMember = (member: CaseMemberView): CaseMember => ({
  user_id: member.user_id,
  username: member.username,
  display_name: member.display_name,
  role: member.role,
  organisation_id: member.organisation_id,
  added_at: member.added_at.toISOString(),
});

export const presentHistory = (entry: CaseHistoryRow): CaseHistory => ({
  at: entry.at.toISOString(),
  actor: entry.actor,
  action: entry.action,
  details: entry.details,
});

const presentCaseTask = (task: TaskRow): CaseTask => ({
  id: task.id,
  title: task.title,
  state: task.state,
  assignee_id: task.assignee_id,
  due_at: iso(task.due_at),
  version: task.version,
});

/** A release; the objects its reader may not read come as `{ type, id: null, withheld: true }`. */
export const presentDissemination = (
  row: Omit<DisseminationRow, 'objects'> & { objects: ListedObject[] },
): Dissemination => ({
  id: row.id,
  at: row.at.toISOString(),
  channel: row.channel,
  format: row.format,
  case_id: row.case_id,
  recipient: {
    kind: row.recipient_kind,
    id: row.recipient_id,
    name: row.recipient_name,
    organisation_id: row.recipient_org_id,
  },
  marking: asMarking(row.marking),
  object_count: row.object_count,
  objects: row.objects,
  released_by: row.released_by_name,
});

/** A case with what its reader may see inside it. Incidents are summarised (no STAFF details). */
export function presentCaseDetail(view: CaseView, gazetteer: Gazetteer): CaseDetail {
  const org = (id: string) => ({ id, name: view.organisations.get(id) ?? id });
  return {
    ...presentCase(view.row, view.organisations),
    can_write: view.canWrite,
    access: view.grants.accessOrgs.map(org),
    incidents: view.incidents.map((row) => ({
      id: row.id,
      occurred_start: row.occurred_start.toISOString(),
      facility_id: row.facility_id,
      place: (row.facility_id ? gazetteer.facility(row.facility_id)?.name : undefined) ?? row.commune ?? null,
      lat: row.lat,
      lon: row.lon,
      event_types: row.event_types,
      description: row.description,
      marking: asMarking(row.marking),
    })),
    campaigns: view.campaigns.map(({ campaign, members }) => ({
      id: campaign.id,
      key: campaign.key,
      state: campaign.state,
      start_at: campaign.start_at.toISOString(),
      end_at: campaign.end_at.toISOString(),
      incident_count: members.length,
    })),
    actors: view.actors.map((actor) => ({
      id: actor.id,
      kind: actor.kind,
      name: actor.name,
      marking: asMarking(actor.marking),
    })),
    relationships: view.relationships.map((rel) => ({
      id: rel.id,
      source_id: rel.source_id,
      target_id: rel.target_id,
      kind: rel.kind,
      confidence: rel.confidence,
    })),
    members: view.members.map(presentMember),
    notes: view.notes.map(presentNote),
    evidence: view.evidence.map(presentEvidence(view.row.id)),
    tasks: view.tasks.map(presentCaseTask),
    handovers: view.grants.handovers.map((h) => ({
      id: h.id,
      at: h.at.toISOString(),
      from: org(h.from_org_id),
      to: org(h.to_org_id),
      reason: h.reason,
      keep_access: h.keep_access,
      by: h.by_name,
    })),
    history: view.history.map(presentHistory),
  };
}
