/**
 * Cases: references, states, and what decides who reads a case beyond its lead. No I/O.
 *
 * A case is read by its lead organisation (its owner) and by the organisations in its access list
 * (former leads that kept access, partners it was shared with), as its marking allows
 * (`caseReadableBy` in store/read-scope.ts). The items inside keep their own markings; one exception
 * makes a handover useful: the AMBER items of an organisation that handed the case to the reader's
 * organisation are readable to it, in this case (the `see-in-case` action of core/access/access.ts).
 */
import { MARKINGS, type Marking, type Principal } from '../shared/principal.ts';

export const CASE_STATES = ['open', 'suspended', 'closed'] as const;
export type CaseState = (typeof CASE_STATES)[number];
export const CASE_ITEM_TYPES = ['incident', 'campaign', 'actor'] as const;
export type CaseItemType = (typeof CASE_ITEM_TYPES)[number];
export const CASE_MEMBER_ROLES = ['lead', 'investigator', 'analyst', 'observer'] as const;
export type CaseMemberRole = (typeof CASE_MEMBER_ROLES)[number];

/** Evidence files are capped: the bytes live in the database. */
export const MAX_EVIDENCE_BYTES = 20 * 1024 * 1024;

/** `VIG-2025-0001`: the year of creation and a counter per year. */
export function caseReference(year: number, counter: number): string {
  return `VIG-${year}-${String(counter).padStart(4, '0')}`;
}

/** What decides who reads a case beyond its owner. */
export interface CaseGrants {
  /** organisations other than the lead that read the case */
  accessOrgs: string[];
  /** handovers of the case: who handed it to whom */
  handovers: Array<{ from_org_id: string; to_org_id: string }>;
}

/** The organisations whose AMBER items the principal's organisation reads in this case: those that handed it over to it. */
export function grantorsFor(principal: Principal, grants: CaseGrants): string[] {
  return [
    ...new Set(
      grants.handovers
        .filter((handover) => handover.to_org_id === principal.organisationId)
        .map((handover) => handover.from_org_id),
    ),
  ];
}

/** The narrowest of several markings (what a release of them all is marked with); CLEAR for none. */
export function narrowestMarking(markings: string[]): Marking {
  return markings.reduce<Marking>(
    (narrowest, marking) =>
      MARKINGS.indexOf(marking as Marking) > MARKINGS.indexOf(narrowest) ? (marking as Marking) : narrowest,
    'CLEAR',
  );
}

/** A file name safe for Content-Disposition: the ASCII fallback and the RFC 5987 form. */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
