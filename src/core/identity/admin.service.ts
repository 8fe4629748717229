import { actorOf } from '../shared/caller.ts';
import type { z } from 'zod';
import { authorize } from '../access/access.ts';
import type { Principal, Role } from '../shared/principal.ts';
import { fromZodIssues, invalidInput, notFound, VigieError } from '../shared/errors.ts';
import { generatePassword, hashPassword } from '../../security/password.ts';
import { passwordWeakness } from '../../security/password-strength.ts';
import { digestSecret, newSecret } from '../../security/secrets.ts';
import type { AuditRepository } from '../../store/audit.repository.ts';
import type { IdentityRepository } from '../../store/identity.repository.ts';
import type { ApiTokenRow, OrganisationRow, UserRow } from '../../store/schema.ts';
import { accountKeyPrefix } from './auth.service.ts';
import { proposeCompartment } from './compartment-grant.service.ts';
import { forbidden } from '../shared/errors.ts';
import { newOrganisationSchema, newTokenSchema, newUserSchema, userChangeSchema } from './identity.schema.ts';
import type { Caller } from '../shared/caller.ts';

export interface AdminDeps {
  identity: IdentityRepository;
  audit: AuditRepository;
}

function requireAdmin(principal: Principal) {
  const decision = authorize(principal, { kind: 'administer' });
  if (!decision.allowed) throw forbidden(decision.reason);
}

/** Refuses a full backup to anyone but the operator or an administrator holding the `backup` permission. */
export async function assertMayBackUp(deps: Pick<AdminDeps, 'identity'>, caller: Caller): Promise<void> {
  const holder = caller.principal.system ? undefined : await deps.identity.findUserById(caller.principal.userId);
  const decision = authorize(caller.principal, { kind: 'backup', permissions: holder?.permissions ?? [] });
  if (!decision.allowed) throw forbidden(decision.reason);
}

function parse<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw invalidInput(fromZodIssues(parsed.error.issues));
  return parsed.data;
}

async function organisationNamed(deps: AdminDeps, reference: string): Promise<OrganisationRow> {
  const found = await deps.identity.findOrganisation(reference);
  if (!found)
    throw invalidInput([
      {
        path: 'organisation',
        message: `unknown organisation "${reference}": create it first (vigie orgs add, or POST /api/organisations)`,
        code: 'unknown_organisation',
        params: { value: reference },
      },
    ]);
  return found;
}

/** A 400 naming `password` when it is common, repetitive or close to the account's own names. */
function refuseWeakPassword(password: string, related: string[]): void {
  const weakness = passwordWeakness(password, related);
  if (weakness)
    throw new VigieError(weakness.code, `password: ${weakness.message}`, 400, [
      { path: 'password', message: weakness.message, code: weakness.code, params: weakness.params },
    ]);
}

/** Adds an account. Without a password one is generated and returned once; none is ever a default. */
export async function addUser(
  deps: AdminDeps,
  caller: Caller,
  value: unknown,
): Promise<{ user: UserRow; password?: string; proposed: string[] }> {
  requireAdmin(caller.principal);
  const input = parse(newUserSchema, value);
  const organisation = await organisationNamed(deps, input.organisation);
  if (await deps.identity.findUserByName(input.username))
    throw new VigieError('duplicate_username', `user ${input.username} already exists`, 409, [
      { path: 'username', message: 'taken', code: 'taken' },
    ]);
  if (input.password) refuseWeakPassword(input.password, [input.username, input.display_name ?? '', organisation.name]);
  const generated = input.password ? undefined : generatePassword();
  // An administrator's new account gets its compartments through the two-person rule: proposed here,
  // approved by another administrator. The command line (the operator) grants them at once.
  const direct = caller.principal.system === true;
  const user = await deps.identity.insertUser({
    username: input.username,
    display_name: input.display_name ?? null,
    password_hash: await hashPassword(input.password ?? generated!),
    role: input.role,
    organisation_id: organisation.id,
    compartments: direct ? input.compartments : [],
  });
  await deps.audit.append({
    ...actorOf(caller),
    action: 'user.create',
    object_type: 'user',
    object_id: user.id,
    details: {
      username: user.username,
      role: user.role,
      organisation: organisation.name,
      compartments: user.compartments,
    },
  });
  const proposed = direct ? [] : input.compartments;
  for (const compartment of proposed) await proposeCompartment(deps, caller, user.id, compartment);
  return { user, password: generated, proposed };
}

export async function listUsers(deps: AdminDeps, caller: Caller): Promise<UserRow[]> {
  requireAdmin(caller.principal);
  return deps.identity.listUsers();
}

/** Changes an account; a new role, organisation or compartment ends its open sessions. */
export async function changeUser(
  deps: AdminDeps,
  caller: Caller,
  id: string,
  value: unknown,
): Promise<{ user: UserRow; password?: string }> {
  requireAdmin(caller.principal);
  const input = parse(userChangeSchema, value);
  const user = await deps.identity.findUserById(id);
  if (!user) throw notFound('user', id);
  const password = input.reset_password ? generatePassword() : undefined;
  const changes: Parameters<IdentityRepository['updateUser']>[1] = {};
  if (input.display_name !== undefined) changes.display_name = input.display_name;
  if (input.role !== undefined) changes.role = input.role as Role;
  if (input.organisation !== undefined)
    changes.organisation_id = (await organisationNamed(deps, input.organisation)).id;
  if (input.compartments !== undefined) {
    const added = input.compartments.filter((compartment) => !user.compartments.includes(compartment));
    if (added.length > 0 && !caller.principal.system) {
      throw new VigieError(
        'two_person_rule',
        `granting ${added.join(', ')} takes two administrators: propose it (POST /api/users/${id}/compartment-grants), another administrator approves it`,
        403,
        [{ path: 'compartments', message: 'propose, then have another administrator approve' }],
      );
    }
    changes.compartments = input.compartments;
  }
  if (input.disabled !== undefined) changes.disabled = input.disabled;
  if (input.unlock) {
    changes.locked_until = null;
    changes.failed_logins = 0;
  }
  if (password) changes.password_hash = await hashPassword(password);
  const updated = (await deps.identity.updateUser(id, changes))!;
  if (input.unlock) await deps.identity.clearThrottlesStartingWith(accountKeyPrefix(user.username));
  if (input.role || input.organisation || input.compartments || input.disabled || password)
    await deps.identity.deleteSessionsOf(id);
  await deps.audit.append({
    ...actorOf(caller),
    action: 'user.update',
    object_type: 'user',
    object_id: id,
    details: { ...input, reset_password: Boolean(password) },
  });
  return { user: updated, password };
}

export async function addOrganisation(deps: AdminDeps, caller: Caller, value: unknown): Promise<OrganisationRow> {
  requireAdmin(caller.principal);
  const input = parse(newOrganisationSchema, value);
  if (await deps.identity.findOrganisation(input.name))
    throw new VigieError('duplicate_organisation', `organisation ${input.name} already exists`, 409, [
      { path: 'name', message: 'taken', code: 'taken' },
    ]);
  const organisation = await deps.identity.insertOrganisation(input.name, input.kind);
  await deps.audit.append({
    ...actorOf(caller),
    action: 'organisation.create',
    object_type: 'organisation',
    object_id: organisation.id,
    details: input,
  });
  return organisation;
}

export async function listOrganisations(
  deps: AdminDeps,
): Promise<{ organisations: OrganisationRow[]; shares: Array<{ owner_id: string; partner_id: string }> }> {
  const [organisations, shares] = await Promise.all([deps.identity.listOrganisations(), deps.identity.listShares()]);
  return { organisations, shares };
}

/** `owner` shares its AMBER records with `partner` (or stops sharing). */
export async function setSharing(
  deps: AdminDeps,
  caller: Caller,
  owner: string,
  partner: string,
  shared: boolean,
): Promise<void> {
  requireAdmin(caller.principal);
  const [from, to] = [await organisationNamed(deps, owner), await organisationNamed(deps, partner)];
  if (from.id === to.id)
    throw invalidInput([{ path: 'partner', message: 'an organisation always reads its own records' }]);
  if (shared) await deps.identity.share(from.id, to.id);
  else await deps.identity.unshare(from.id, to.id);
  await deps.audit.append({
    ...actorOf(caller),
    action: shared ? 'organisation.share' : 'organisation.unshare',
    object_type: 'organisation',
    object_id: from.id,
    details: { partner: to.name },
  });
}

/** Creates an API token, returned once; only its digest is stored. */
export async function createToken(
  deps: AdminDeps,
  caller: Caller,
  value: unknown,
): Promise<{ token: string; row: ApiTokenRow }> {
  const input = parse(newTokenSchema, value);
  let userId = caller.principal.userId;
  if (input.user !== undefined) {
    const user = /^[0-9a-f-]{36}$/i.test(input.user)
      ? await deps.identity.findUserById(input.user)
      : await deps.identity.findUserByName(input.user);
    if (!user) throw invalidInput([{ path: 'user', message: `unknown user "${input.user}"` }]);
    if (user.id !== caller.principal.userId) requireAdmin(caller.principal);
    userId = user.id;
  }
  if (caller.principal.system && input.user === undefined)
    throw invalidInput([{ path: 'user', message: 'name the user the token acts for' }]);
  const token = newSecret('vgt');
  const row = await deps.identity.insertToken({
    user_id: userId,
    name: input.name,
    token_hash: digestSecret(token),
    prefix: token.slice(0, 10),
    expires_at: new Date(Date.now() + input.expires_in_days * 86_400_000),
  });
  await deps.audit.append({
    ...actorOf(caller),
    action: 'token.create',
    object_type: 'api_token',
    object_id: row.id,
    details: { name: row.name, user_id: userId, expires_at: row.expires_at?.toISOString() },
  });
  return { token, row };
}

/** The caller's tokens, or everyone's for an administrator. */
export async function listTokens(deps: AdminDeps, caller: Caller, all = false): Promise<ApiTokenRow[]> {
  if (all) requireAdmin(caller.principal);
  return deps.identity.listTokens(all ? undefined : caller.principal.userId);
}

export async function revokeToken(deps: AdminDeps, caller: Caller, id: string): Promise<void> {
  const token = await deps.identity.findToken(id);
  if (!token) throw notFound('token', id);
  if (token.user_id !== caller.principal.userId) requireAdmin(caller.principal);
  await deps.identity.revokeToken(id);
  await deps.audit.append({ ...actorOf(caller), action: 'token.revoke', object_type: 'api_token', object_id: id });
}
