import { randomUUID } from 'node:crypto';
import type { Principal } from '../shared/principal.ts';
import { forbidden } from '../shared/errors.ts';
import type { Caller } from '../shared/caller.ts';
import { invalidInput, VigieError } from '../shared/errors.ts';
import type { CaseHandoverRow, CaseRow } from '../../store/schema.ts';
import { grantorsFor } from './case.ts';
import type { CaseShareInput, HandoverInput } from './case.schema.ts';
import { sealsFreeText, sealText } from '../../security/sealed-text.ts';
import {
  caseWriteDecision,
  getCase,
  readableCase,
  recordCaseEvent,
  seesInCase,
  type CaseDeps,
} from './case.service.ts';
import { recordRelease, type ReleasedObject } from './dissemination.service.ts';

/**
 * Hands the case over to another organisation: the receiver becomes its lead and reads the sender's
 * AMBER items of the case; the sender keeps read access if it chooses. Recorded in the case history,
 * the audit trail and the dissemination log (what the receiver can now read that it did not own).
 */
export async function handOver(
  deps: CaseDeps,
  caller: Caller,
  id: string,
  input: HandoverInput,
): Promise<{ case: CaseRow; handover: CaseHandoverRow }> {
  const { row } = await readableCase(deps, caller, id);
  const decision = caseWriteDecision(caller.principal, row);
  if (!decision.allowed) throw forbidden(decision.reason);
  if (!caller.principal.system && row.owner_org_id !== caller.principal.organisationId)
    throw forbidden('only the lead organisation hands a case over');
  if (row.state === 'closed')
    throw new VigieError('case_closed', `case ${row.reference} is closed: reopen it to hand it over`, 409, [
      { path: 'state', message: 'closed' },
    ]);
  const receiver = await deps.identity.findOrganisation(input.to);
  if (!receiver) throw invalidInput([{ path: 'to', message: `unknown organisation "${input.to}"` }]);
  if (receiver.id === row.owner_org_id)
    throw invalidInput([{ path: 'to', message: 'the case is already led by this organisation' }]);
  const released = await releasedTo(deps, caller, row, receiver.id);
  return deps.transaction(async (repositories) => {
    const handover = await repositories.cases.insertHandover({
      case_id: row.id,
      from_org_id: row.owner_org_id,
      to_org_id: receiver.id,
      reason: sealsFreeText(row.compartments) ? sealText(repositories.sealer, input.reason) : input.reason,
      keep_access: input.keep_access,
      by_user: caller.principal.system ? null : caller.principal.userId,
      by_name: caller.principal.username,
    });
    const updated = await repositories.cases.updateIfVersion(row.id, row.version, { owner_org_id: receiver.id });
    if (!updated)
      throw new VigieError(
        'version_conflict',
        `case ${row.reference} changed while it was handed over: try again`,
        409,
        [{ path: 'version', message: 'changed' }],
      );
    await repositories.cases.revokeAccess(row.id, receiver.id);
    if (input.keep_access)
      await repositories.cases.grantAccess(row.id, row.owner_org_id, 'former_lead', handover.by_user);
    await recordCaseEvent(repositories, caller, updated, 'handover', {
      from_org_id: row.owner_org_id,
      to_org_id: receiver.id,
      to: receiver.name,
      reason: input.reason,
      keep_access: input.keep_access,
    });
    await recordRelease(repositories, caller, {
      channel: 'handover',
      caseId: row.id,
      recipient: { kind: 'organisation', id: receiver.id, name: receiver.name, orgId: receiver.id },
      objects: released,
      marking: row.marking,
    });
    return { case: updated, handover };
  });
}

/**
 * Shares the case with another organisation, or stops sharing it (lead organisation only). The partner
 * reads the case as its marking allows; unlike a handover, the items inside stay under their own
 * markings, so nothing is released that the partner could not already read (no dissemination row).
 */
export async function shareCase(deps: CaseDeps, caller: Caller, id: string, input: CaseShareInput): Promise<void> {
  const { row, grants } = await readableCase(deps, caller, id);
  const decision = caseWriteDecision(caller.principal, row);
  if (!decision.allowed) throw forbidden(decision.reason);
  if (!caller.principal.system && row.owner_org_id !== caller.principal.organisationId)
    throw forbidden('only the lead organisation shares a case');
  const partner = await deps.identity.findOrganisation(input.org);
  if (!partner) throw invalidInput([{ path: 'org', message: `unknown organisation "${input.org}"` }]);
  if (partner.id === row.owner_org_id)
    throw invalidInput([{ path: 'org', message: 'the lead organisation reads its case already' }]);
  await deps.transaction(async (repositories) => {
    if (input.shared)
      await repositories.cases.grantAccess(
        row.id,
        partner.id,
        'shared',
        caller.principal.system ? null : caller.principal.userId,
      );
    else if (grants.accessOrgs.includes(partner.id)) await repositories.cases.revokeAccess(row.id, partner.id);
    await recordCaseEvent(repositories, caller, row, input.shared ? 'share' : 'unshare', {
      org_id: partner.id,
      org: partner.name,
    });
  });
}

/**
 * What the receiving organisation will read through the case that it does not own: the items an
 * analyst of it without compartments sees once the handover is recorded.
 */
async function releasedTo(deps: CaseDeps, caller: Caller, row: CaseRow, receiverId: string): Promise<ReleasedObject[]> {
  const view = await getCase(deps, caller, row.id);
  const receiver: Principal = {
    userId: randomUUID(),
    username: 'receiver',
    role: 'analyst',
    organisationId: receiverId,
    compartments: [],
    sharedFrom: [],
  };
  const grantors = grantorsFor(receiver, {
    accessOrgs: [],
    handovers: [...view.grants.handovers, { from_org_id: row.owner_org_id, to_org_id: receiverId }],
  });
  const objects: ReleasedObject[] = [];
  const add = (
    type: string,
    records: Array<{
      id: string;
      owner_org_id: string;
      marking: string;
      compartments: string[];
      created_by: string | null;
    }>,
  ) => {
    for (const record of records) {
      if (record.owner_org_id !== receiverId && seesInCase(receiver, record, grantors))
        objects.push({ type, id: record.id, marking: record.marking });
    }
  };
  add('incident', view.incidents);
  add('actor', view.actors);
  add('note', view.notes);
  add('evidence', view.evidence);
  return objects;
}
