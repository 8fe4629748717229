import { randomUUID } from 'node:crypto';
import { authorize } from '../access/access.ts';
import { type RecordReaders, type RecordRef, type Visibility, visibleRefs } from '../access/withheld-ids.ts';
import type { Principal } from '../shared/principal.ts';
import type { Caller } from '../shared/caller.ts';
import type { DisseminationRepository } from '../../store/case-dissemination.repository.ts';
import type { DisseminationRow } from '../../store/schema.ts';
import { narrowestMarking } from './case.ts';
import type { StixSelection } from '../../export/stix/stix-bundle.ts';

/** An object of a release as the log lists it: its id, or none when its reader may not read it. */
export type ListedObject = { type: string; id: string } | { type: string; id: null; withheld: true };
const withheldObject = (object: RecordRef): ListedObject => ({ type: object.type, id: null, withheld: true });

/** What the dissemination log needs. */
export interface DisseminationDeps {
  disseminations: DisseminationRepository;
}

export type ReleaseChannel = 'handover' | 'case_export' | 'stix_export' | 'taxii_pull';
export interface Recipient {
  kind: 'organisation' | 'user' | 'token';
  id: string;
  name: string;
  orgId: string | null;
}
export interface ReleasedObject {
  type: string;
  id: string;
  marking: string;
}
export interface Release {
  channel: ReleaseChannel;
  format?: string;
  caseId?: string | null;
  recipient: Recipient;
  objects: ReleasedObject[];
  /** default: the narrowest marking among the objects */
  marking?: string;
}

/** Objects kept in a row: enough to say what left, without storing a whole export again. */
const MAX_LISTED_OBJECTS = 1000;

/** The recipient of what a caller exports or pulls: the user, or the API token when one was used. */
export function callerRecipient(principal: Principal, tokenPrefix?: string): Recipient {
  return tokenPrefix
    ? {
        kind: 'token',
        id: tokenPrefix,
        name: `${principal.username} (${tokenPrefix}…)`,
        orgId: principal.organisationId,
      }
    : { kind: 'user', id: principal.userId, name: principal.username, orgId: principal.organisationId };
}

/**
 * Records one release of information outside its owner: what, to whom, under which marking. Call it
 * inside the transaction of the release when there is one; a release of nothing is not recorded.
 */
export async function recordRelease(
  deps: DisseminationDeps,
  caller: Caller,
  release: Release,
): Promise<DisseminationRow | undefined> {
  if (release.objects.length === 0 && release.channel !== 'handover') return undefined;
  return deps.disseminations.insert({
    id: randomUUID(),
    channel: release.channel,
    format: release.format ?? null,
    case_id: release.caseId ?? null,
    recipient_kind: release.recipient.kind,
    recipient_id: release.recipient.id,
    recipient_name: release.recipient.name,
    recipient_org_id: release.recipient.orgId,
    marking: release.marking ?? narrowestMarking(release.objects.map((object) => object.marking)),
    object_count: release.objects.length,
    objects: release.objects.slice(0, MAX_LISTED_OBJECTS).map(({ type, id }) => ({ type, id })),
    released_by: caller.principal.system ? null : caller.principal.userId,
    released_by_name: caller.principal.username,
  });
}

/**
 * The log, newest first. Supervisors and administrators see every release; the others see the
 * releases they made or received and those to their organisation. `inCase`: the caller reads the case
 * of `filter.caseId` (checked by the case service), so it sees every release of that case, each object
 * as the case shows it to them. In a release the reader neither made nor received (issue 16, item 11),
 * the objects they may not see are listed `{ type, id: null, withheld: true }`.
 */
export async function listDisseminations(
  deps: DisseminationDeps & { readers: RecordReaders },
  caller: Caller,
  filter: { caseId?: string; recipient?: string },
  limit: number,
  offset: number,
  inCase?: Visibility,
) {
  const everything =
    (inCase !== undefined && filter.caseId !== undefined) ||
    authorize(caller.principal, { kind: 'read-all-disseminations' }).allowed;
  const query = {
    ...filter,
    ...(everything ? {} : { involving: { userId: caller.principal.userId, orgId: caller.principal.organisationId } }),
  };
  const [rows, total] = await Promise.all([
    deps.disseminations.list(query, limit, offset),
    deps.disseminations.count(query),
  ]);
  const objectsOf = (row: DisseminationRow) => row.objects as RecordRef[];
  const { userId, organisationId } = caller.principal;
  // What was released to the reader, or by them, they hold already: nothing of it is withheld.
  const involves = (row: DisseminationRow) =>
    row.released_by === userId || row.recipient_id === userId || row.recipient_org_id === organisationId;
  const checked = rows.filter((row) => !involves(row));
  const visible = await visibleRefs(deps.readers, caller.principal, checked.flatMap(objectsOf), inCase);
  const items = rows.map((row) => ({
    ...row,
    objects: involves(row)
      ? objectsOf(row)
      : objectsOf(row).map((object): ListedObject => (visible.has(object.id) ? object : withheldObject(object))),
  }));
  return { items, total };
}

/** The objects of a STIX selection, as the log lists them (incidents, campaigns, organisations). */
export function stixSelectionObjects(selection: StixSelection): ReleasedObject[] {
  return [
    ...selection.incidents
      .filter((row) => row.compartments.length === 0)
      .map((row) => ({ type: 'incident', id: row.id, marking: row.marking })),
    ...selection.campaigns.map(({ campaign }) => ({ type: 'campaign', id: campaign.id, marking: 'CLEAR' })),
    ...(selection.organisations ?? []).map((entry) => ({ type: 'actor', id: entry.actor.id, marking: entry.marking })),
  ];
}

/** Records a STIX export (API or CLI) of a selection, to the caller. */
export function recordStixExport(
  deps: DisseminationDeps,
  caller: Caller,
  selection: StixSelection,
  tokenPrefix?: string,
) {
  return recordRelease(deps, caller, {
    channel: 'stix_export',
    format: 'stix',
    recipient: callerRecipient(caller.principal, tokenPrefix),
    objects: stixSelectionObjects(selection),
  });
}
