import { actorOf } from '../shared/caller.ts';
import { randomUUID } from 'node:crypto';
import { authorize } from '../access/access.ts';
import { COMPARTMENTS, type Principal } from '../shared/principal.ts';
import type { Caller } from '../shared/caller.ts';
import { notFound, VigieError } from '../shared/errors.ts';
import type { CompartmentGrantRow } from '../../store/schema.ts';
import type { AuditRepository } from '../../store/audit.repository.ts';
import type { IdentityRepository } from '../../store/identity.repository.ts';
import { forbidden } from '../shared/errors.ts';

/**
 * Granting a compartment takes two people: one administrator proposes it, another approves it, and
 * nobody approves a proposal they made or one that grants themselves. Both steps are audited. (The
 * command line acts for the operator and grants directly.)
 */
/** What granting needs: the accounts and the audit trail (the administration's deps are these). */
export interface GrantDeps {
  identity: IdentityRepository;
  audit: AuditRepository;
}

function requireAdmin(principal: Principal): void {
  const decision = authorize(principal, { kind: 'administer' });
  if (!decision.allowed) throw forbidden(decision.reason);
}

export async function proposeCompartment(
  deps: GrantDeps,
  caller: Caller,
  userId: string,
  compartment: string,
): Promise<CompartmentGrantRow> {
  requireAdmin(caller.principal);
  if (!(COMPARTMENTS as readonly string[]).includes(compartment))
    throw new VigieError('invalid_input', `compartment: unknown compartment "${compartment}"`, 400, [
      { path: 'compartment', message: `one of ${COMPARTMENTS.join(', ')}` },
    ]);
  const user = await deps.identity.findUserById(userId);
  if (!user) throw notFound('user', userId);
  if (user.compartments.includes(compartment))
    throw new VigieError('already_granted', `${user.username} already holds ${compartment}`, 409, [
      { path: 'compartment', message: 'already held' },
    ]);
  const grant = await deps.identity.insertGrant({
    id: randomUUID(),
    user_id: userId,
    compartment,
    proposed_by: caller.principal.system ? null : caller.principal.userId,
    proposed_by_name: caller.principal.username,
  });
  if (!grant)
    throw new VigieError(
      'already_proposed',
      `${compartment} is already proposed for ${user.username}: another administrator approves it`,
      409,
      [{ path: 'compartment', message: 'already proposed' }],
    );
  await deps.audit.append({
    ...actorOf(caller),
    action: 'compartment.propose',
    object_type: 'compartment_grant',
    object_id: grant.id,
    details: { user_id: userId, username: user.username, compartment },
  });
  return grant;
}

export async function listCompartmentProposals(deps: GrantDeps, caller: Caller): Promise<CompartmentGrantRow[]> {
  requireAdmin(caller.principal);
  return deps.identity.listOpenGrants();
}

/** Approves or rejects a proposal: a second administrator, neither its author nor the account it grants. */
export async function decideCompartment(
  deps: GrantDeps,
  caller: Caller,
  grantId: string,
  approve: boolean,
): Promise<CompartmentGrantRow> {
  requireAdmin(caller.principal);
  const grant = await deps.identity.findGrant(grantId);
  if (!grant) throw notFound('compartment grant', grantId);
  if (grant.status !== 'proposed')
    throw new VigieError('already_decided', `this proposal was already ${grant.status}`, 409);
  const me = caller.principal.system ? null : caller.principal.userId;
  if (approve && me !== null && (me === grant.proposed_by || me === grant.user_id)) {
    throw new VigieError(
      'two_person_rule',
      'a compartment is granted by a second administrator: not by the one who proposed it, nor to oneself',
      403,
    );
  }
  const decided = await deps.identity.decideGrant(grantId, {
    status: approve ? 'approved' : 'rejected',
    decided_by: me,
    decided_by_name: caller.principal.username,
  });
  if (!decided) throw new VigieError('already_decided', 'this proposal was decided meanwhile', 409);
  const user = await deps.identity.findUserById(grant.user_id);
  if (approve && user && !user.compartments.includes(grant.compartment)) {
    await deps.identity.updateUser(user.id, { compartments: [...user.compartments, grant.compartment] });
    await deps.identity.deleteSessionsOf(user.id);
  }
  await deps.audit.append({
    ...actorOf(caller),
    action: approve ? 'compartment.approve' : 'compartment.reject',
    object_type: 'user',
    object_id: grant.user_id,
    details: { grant_id: grant.id, compartment: grant.compartment, proposed_by: grant.proposed_by_name },
  });
  return decided;
}
