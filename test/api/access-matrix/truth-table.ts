import { ROLES, SYSTEM_PRINCIPAL, type Role } from '../../../src/core/shared/principal.ts';
import { setSharing } from '../../../src/core/identity/admin.service.ts';
import type { VigieContext } from '../../../src/context.ts';
import { account, organisation, type TestAccount } from '../../support/accounts.ts';

export type Relation = 'own' | 'partner' | 'other';
/** One reader of the matrix: a role, its organisation's relation to Org A (the records' owner), STAFF or not. */
export interface Reader {
  role: Role;
  relation: Relation;
  staff: boolean;
  account: TestAccount;
}
/** What decides a read: the marking and whether the record is in the STAFF compartment. */
export interface Labelled {
  marking: string;
  compartment: boolean;
}

/**
 * The policy, written out by hand from docs/security.md, independently of src/core/access: the
 * matrix files check the code against it.
 */
export function expectedRead(reader: Reader, record: Labelled, creatorId: string): boolean {
  if (record.compartment && !reader.staff) return false;
  const crossOrganisation = ['analyst', 'supervisor', 'admin'].includes(reader.role);
  switch (record.marking) {
    case 'CLEAR':
    case 'GREEN':
      return true;
    case 'AMBER':
      return reader.relation === 'own' || (reader.relation === 'partner' && crossOrganisation);
    case 'AMBER+STRICT':
      return reader.relation === 'own';
    case 'RED':
      return (
        reader.relation === 'own' && (reader.account.id === creatorId || ['supervisor', 'admin'].includes(reader.role))
      );
    default:
      throw new Error(record.marking);
  }
}

/** An import job is its author's, and its own organisation's supervisors' and administrators' (no marking, no sharing). */
export function expectedImportJob(reader: Reader, job: { relation: Relation; authorId: string }): boolean {
  return (
    reader.account.id === job.authorId ||
    (['supervisor', 'admin'].includes(reader.role) && reader.relation === job.relation)
  );
}

/**
 * Org A (owner of the records), Org B (A shares its AMBER records with it) and Org C, and one reader
 * per role × organisation × STAFF or not: 30 accounts.
 */
export async function matrixReaders(
  context: VigieContext,
): Promise<{ readers: Reader[]; orgs: Record<Relation, string> }> {
  const orgs = {
    own: await organisation(context, 'Org A'),
    partner: await organisation(context, 'Org B'),
    other: await organisation(context, 'Org C'),
  };
  await setSharing(context.admin, { principal: SYSTEM_PRINCIPAL }, orgs.own, orgs.partner, true);
  const readers: Reader[] = [];
  for (const relation of ['own', 'partner', 'other'] as const) {
    for (const role of ROLES) {
      for (const staff of [false, true]) {
        const name = { own: 'Org A', partner: 'Org B', other: 'Org C' }[relation];
        readers.push({
          role,
          relation,
          staff,
          account: await account(context, { role, org: name, compartments: staff ? ['STAFF'] : [] }),
        });
      }
    }
  }
  return { readers, orgs };
}
