import assert from 'node:assert/strict';
import { test } from 'node:test';
import { authorize } from '../access/access.ts';
import type { Protected } from '../shared/principal.ts';
import type { Principal } from '../shared/principal.ts';
import { caseReference, contentDisposition, grantorsFor, narrowestMarking } from './case.ts';

const SENDER = 'org-sender';
const RECEIVER = 'org-receiver';
const investigator: Principal = {
  userId: 'u1',
  username: 'juge',
  role: 'investigator',
  organisationId: RECEIVER,
  compartments: [],
  sharedFrom: [],
};
const item = (marking: string, compartments: string[] = []) => ({
  owner_org_id: SENDER,
  marking,
  compartments,
  created_by: 'u0',
});
const canSeeInCase = (principal: Principal, record: Protected, grantors: string[]) =>
  authorize(principal, { kind: 'see-in-case', record, grantors }).allowed;
const handedOver = { accessOrgs: [], handovers: [{ from_org_id: SENDER, to_org_id: RECEIVER }] };

test('references count per year on four digits', () => {
  assert.equal(caseReference(2025, 1), 'VIG-2025-0001');
  assert.equal(caseReference(2025, 12345), 'VIG-2025-12345');
});

test("the receiver of a handover sees the sender's AMBER items but not AMBER+STRICT, RED or compartmented ones", () => {
  const grantors = grantorsFor(investigator, handedOver);
  assert.deepEqual(grantors, [SENDER]);
  assert.equal(canSeeInCase(investigator, item('AMBER'), grantors), true);
  assert.equal(canSeeInCase(investigator, item('AMBER+STRICT'), grantors), false);
  assert.equal(canSeeInCase(investigator, item('RED'), grantors), false);
  assert.equal(canSeeInCase(investigator, item('AMBER', ['STAFF']), grantors), false);
  assert.equal(
    canSeeInCase(investigator, item('AMBER'), []),
    false,
    'without the handover, AMBER of another organisation stays hidden',
  );
});

test('a release is marked with the narrowest marking it holds', () => {
  assert.equal(narrowestMarking(['GREEN', 'AMBER', 'CLEAR']), 'AMBER');
  assert.equal(narrowestMarking(['AMBER+STRICT', 'RED']), 'RED');
  assert.equal(narrowestMarking([]), 'CLEAR');
});

test('a file name with accents and quotes gives a safe Content-Disposition', () => {
  assert.equal(
    contentDisposition('pv "façade".pdf'),
    'attachment; filename="pv _fa_ade_.pdf"; filename*=UTF-8\'\'pv%20%22fa%C3%A7ade%22.pdf',
  );
});
