import { SYSTEM_PRINCIPAL, type Role } from '../../src/core/shared/principal.ts';
import { addOrganisation, addUser, createToken } from '../../src/core/identity/admin.service.ts';
import type { VigieContext } from '../../src/context.ts';

const system = { principal: SYSTEM_PRINCIPAL, address: 'test' };
let counter = 0;

/** The organisation with this name, made if missing. */
export async function organisation(context: VigieContext, name: string, kind = 'national_service'): Promise<string> {
  const existing = await context.identity.findOrganisation(name);
  return (existing ?? (await addOrganisation(context.admin, system, { name, kind }))).id;
}

export interface TestAccount {
  id: string;
  username: string;
  password: string;
  token: string;
  organisationId: string;
}

/** An account with a known password and an API token, in an organisation made if missing. */
export async function account(
  context: VigieContext,
  options: { role?: Role; org?: string; compartments?: Array<'STAFF'>; username?: string } = {},
): Promise<TestAccount> {
  counter += 1;
  const organisationId = await organisation(context, options.org ?? 'Vigie');
  const username = options.username ?? `user${counter}-${process.pid}`;
  const password = `pass-${counter}-long-enough`;
  const { user } = await addUser(context.admin, system, {
    username,
    role: options.role ?? 'analyst',
    organisation: organisationId,
    compartments: options.compartments ?? [],
    password,
  });
  const { token } = await createToken(context.admin, system, { name: 'test', user: user.id });
  return { id: user.id, username, password, token, organisationId };
}
