import type { Caller } from '../shared/caller.ts';
import { buildBundle, type OrganisationEntry } from '../../export/stix/stix-bundle.ts';
import type { Marking } from '../shared/principal.ts';
import { franceOutline } from './case-figures.ts';
import { renderCaseReport, type ReportLanguage } from './case-report.ts';
import { getCase, type CaseDeps, type CaseView } from './case.service.ts';
import { callerRecipient, recordRelease, type ReleasedObject } from './dissemination.service.ts';

export type CaseExportFormat = 'html' | 'stix' | 'manifest';
export interface CaseExport {
  contentType: string;
  fileName: string;
  body: string;
  count: number;
}

/** The evidence manifest: what each file is, and the hash to check it against. */
export function evidenceManifest(view: CaseView, generatedAt: Date) {
  return {
    case: { id: view.row.id, reference: view.row.reference, title: view.row.title, marking: view.row.marking },
    generated_at: generatedAt.toISOString(),
    files: view.evidence.map((file) => ({
      id: file.id,
      file_name: file.file_name,
      size_bytes: file.size_bytes,
      media_type: file.media_type,
      sha256: file.sha256,
      added_by: file.added_by_name,
      added_at: file.created_at.toISOString(),
      marking: file.marking,
    })),
  };
}

/** What a STIX bundle of the case holds: its incidents outside compartments, its campaigns, its organisations. */
function stixOf(view: CaseView, deps: CaseDeps) {
  const incidents = view.incidents.filter((row) => row.compartments.length === 0);
  const organisations: OrganisationEntry[] = view.actors
    .filter((actor) => actor.kind === 'organisation' && actor.compartments.length === 0)
    .map((actor) => ({ actor, marking: actor.marking as Marking, first: actor.created_at, last: actor.updated_at }));
  const exported = new Set(incidents.map((row) => row.id));
  const campaigns = view.campaigns.map(({ campaign, members }) => ({
    campaign,
    members: members.filter((id) => exported.has(id)),
  }));
  return {
    bundle: buildBundle({ incidents, campaigns, organisations }, deps.gazetteer),
    incidents,
    campaigns,
    organisations,
  };
}

/**
 * The case file in one format, built from what the caller may see of the case. Each export is
 * recorded in the dissemination log (the objects it released, to the caller) and the audit trail.
 */
export async function exportCase(
  deps: CaseDeps,
  caller: Caller,
  id: string,
  format: CaseExportFormat,
  language: ReportLanguage = 'fr',
  tokenPrefix?: string,
): Promise<CaseExport> {
  const view = await getCase(deps, caller, id);
  const now = deps.now();
  const base = `${view.row.reference}-${now.toISOString().slice(0, 10)}`;
  let result: CaseExport;
  let objects: ReleasedObject[];
  const of = (type: string, rows: Array<{ id: string; marking: string }>) =>
    rows.map((row) => ({ type, id: row.id, marking: row.marking }));
  if (format === 'stix') {
    const stix = stixOf(view, deps);
    objects = [
      ...of('incident', stix.incidents),
      ...of(
        'actor',
        stix.organisations.map((entry) => entry.actor),
      ),
      ...stix.campaigns.map(({ campaign }) => ({ type: 'campaign', id: campaign.id, marking: view.row.marking })),
    ];
    result = {
      contentType: 'application/stix+json;version=2.1',
      fileName: `${base}.stix.json`,
      body: `${JSON.stringify(stix.bundle, null, 2)}\n`,
      count: stix.bundle.objects.length,
    };
  } else if (format === 'manifest') {
    objects = of('evidence', view.evidence);
    result = {
      contentType: 'application/json',
      fileName: `${base}-manifest.json`,
      body: `${JSON.stringify(evidenceManifest(view, now), null, 2)}\n`,
      count: view.evidence.length,
    };
  } else {
    objects = [
      ...of('incident', view.incidents),
      ...of('actor', view.actors),
      ...of('note', view.notes),
      ...of('evidence', view.evidence),
    ];
    const body = renderCaseReport(view, deps.gazetteer, {
      generatedAt: now,
      generatedBy: caller.principal.username,
      language,
      outline: franceOutline(),
    });
    result = { contentType: 'text/html; charset=utf-8', fileName: `${base}.html`, body, count: objects.length };
  }
  await deps.transaction(async (repositories) => {
    await recordRelease(repositories, caller, {
      channel: 'case_export',
      format,
      caseId: view.row.id,
      recipient: callerRecipient(caller.principal, tokenPrefix),
      objects,
      marking: view.row.marking,
    });
    await repositories.audit.append({
      actor_id: caller.principal.system ? null : caller.principal.userId,
      actor: caller.principal.username,
      address: caller.address ?? null,
      action: 'case.export',
      object_type: 'case',
      object_id: view.row.id,
      details: { reference: view.row.reference, format, objects: objects.length },
    });
    await repositories.cases.addHistory({
      case_id: view.row.id,
      actor_id: caller.principal.system ? null : caller.principal.userId,
      actor: caller.principal.username,
      action: 'export',
      details: { format, objects: objects.length },
    });
  });
  return result;
}
