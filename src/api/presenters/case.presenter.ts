import type { Gazetteer } from '../../core/shared/gazetteer.ts';
import type { CaseView } from '../../core/case/case.service.ts';
import type { ListedObject } from '../../core/case/dissemination.service.ts';
import type { CaseMemberView, EvidenceSummary } from '../../store/case.repository.ts';
import type { CaseHistoryRow, CaseNoteRow, CaseRow, DisseminationRow, TaskRow } from '../../store/schema.ts';

const iso = (date: Date | null) => date?.toISOString() ?? null;

/** A case in a list. */
export function presentCase(row: CaseRow, organisations?: Map<string, string>) {
  return {
    id: row.id,
    reference: row.reference,
    title: row.title,
    summary: row.summary,
    state: row.state,
    lead_org_id: row.owner_org_id,
    lead_org: organisations?.get(row.owner_org_id) ?? null,
    marking: row.marking,
    compartments: row.compartments,
    created_at: iso(row.created_at),
    updated_at: iso(row.updated_at),
    version: row.version,
  };
}

export const presentNote = (note: CaseNoteRow) => ({
  id: note.id,
  text: note.text,
  author: note.author,
  owner_org_id: note.owner_org_id,
  marking: note.marking,
  compartments: note.compartments,
  created_at: iso(note.created_at),
});

export const presentEvidence = (caseId: string) => (file: EvidenceSummary) => ({
  id: file.id,
  file_name: file.file_name,
  media_type: file.media_type,
  size_bytes: file.size_bytes,
  sha256: file.sha256,
  description: file.description,
  added_by: file.added_by_name,
  added_at: iso(file.created_at),
  marking: file.marking,
  download: `/api/cases/${caseId}/evidence/${file.id}`,
});

export const presentMember = (member: CaseMemberView) => ({
  user_id: member.user_id,
  username: member.username,
  display_name: member.display_name,
  role: member.role,
  organisation_id: member.organisation_id,
  added_at: iso(member.added_at),
});

export const presentHistory = (entry: CaseHistoryRow) => ({
  at: iso(entry.at),
  actor: entry.actor,
  action: entry.action,
  details: entry.details,
});

const presentCaseTask = (task: TaskRow) => ({
  id: task.id,
  title: task.title,
  state: task.state,
  assignee_id: task.assignee_id,
  due_at: iso(task.due_at),
  version: task.version,
});

/** A release; the objects its reader may not read come as `{ type, id: null, withheld: true }`. */
export const presentDissemination = (row: Omit<DisseminationRow, 'objects'> & { objects: ListedObject[] }) => ({
  id: row.id,
  at: iso(row.at),
  channel: row.channel,
  format: row.format,
  case_id: row.case_id,
  recipient: {
    kind: row.recipient_kind,
    id: row.recipient_id,
    name: row.recipient_name,
    organisation_id: row.recipient_org_id,
  },
  marking: row.marking,
  object_count: row.object_count,
  objects: row.objects,
  released_by: row.released_by_name,
});

/** A case with what its reader may see inside it. Incidents are summarised (no STAFF details). */
export function presentCaseDetail(view: CaseView, gazetteer: Gazetteer) {
  const org = (id: string) => ({ id, name: view.organisations.get(id) ?? id });
  return {
    ...presentCase(view.row, view.organisations),
    can_write: view.canWrite,
    access: view.grants.accessOrgs.map(org),
    incidents: view.incidents.map((row) => ({
      id: row.id,
      occurred_start: iso(row.occurred_start),
      facility_id: row.facility_id,
      place: (row.facility_id ? gazetteer.facility(row.facility_id)?.name : undefined) ?? row.commune ?? null,
      lat: row.lat,
      lon: row.lon,
      event_types: row.event_types,
      description: row.description,
      marking: row.marking,
    })),
    campaigns: view.campaigns.map(({ campaign, members }) => ({
      id: campaign.id,
      key: campaign.key,
      state: campaign.state,
      start_at: iso(campaign.start_at),
      end_at: iso(campaign.end_at),
      incident_count: members.length,
    })),
    actors: view.actors.map((actor) => ({ id: actor.id, kind: actor.kind, name: actor.name, marking: actor.marking })),
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
      at: iso(h.at),
      from: org(h.from_org_id),
      to: org(h.to_org_id),
      reason: h.reason,
      keep_access: h.keep_access,
      by: h.by_name,
    })),
    history: view.history.map(presentHistory),
  };
}
