import { SYSTEM_PRINCIPAL, type Principal } from '../core/shared/principal.ts';
import { principalOf } from '../core/identity/auth.service.ts';
import type { Caller } from '../core/shared/caller.ts';
import { VigieError } from '../core/shared/errors.ts';
import type { VigieContext } from '../context.ts';

/**
 * The caller of a CLI command: the operator who can open the store. Records it writes belong to
 * `--org` (default: the Vigie organisation); STAFF details are shown only when asked for.
 */
export async function cliCaller(
  context: VigieContext,
  options: { org?: string; includeStaff?: boolean; user?: string } = {},
): Promise<Caller> {
  if (options.user) return userCaller(context, options.user);
  let principal: Principal = {
    ...SYSTEM_PRINCIPAL,
    compartments: options.includeStaff === false ? [] : SYSTEM_PRINCIPAL.compartments,
  };
  if (options.org) {
    const organisation = await context.identity.findOrganisation(options.org);
    if (!organisation)
      throw new VigieError(
        'invalid_input',
        `unknown organisation "${options.org}": create it with vigie orgs add`,
        400,
        [{ path: 'org', message: 'unknown' }],
      );
    principal = { ...principal, organisationId: organisation.id };
  }
  return { principal, address: 'cli' };
}

/**
 * A named user acting from the command line (`--user NAME`): the decision is theirs, checked against
 * their role and recorded under their name, not the operator's.
 */
export async function userCaller(context: VigieContext, username: string): Promise<Caller> {
  const user = await context.identity.findUserByName(username);
  if (!user || user.disabled)
    throw new VigieError('invalid_input', `unknown or disabled user "${username}" (see vigie users list)`, 400, [
      { path: 'user', message: 'unknown or disabled' },
    ]);
  return { principal: await principalOf(context.identity, user), address: 'cli' };
}
