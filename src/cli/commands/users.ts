import { decideCompartment, listCompartmentProposals } from '../../core/identity/compartment-grant.service.ts';
import { Command, Option } from 'commander';
import { COMPARTMENTS, ROLES } from '../../core/shared/principal.ts';
import {
  addOrganisation,
  addUser,
  changeUser,
  createToken,
  listOrganisations,
  listTokens,
  listUsers,
  revokeToken,
  setSharing,
} from '../../core/identity/admin.service.ts';
import { ORGANISATION_KINDS } from '../../core/identity/identity.schema.ts';
import { VigieError } from '../../core/shared/errors.ts';
import { cliCaller } from '../caller.ts';
import { dataOption, output, withContext } from '../invocation.ts';

/** @deprecated import it from '../invocation.ts' (kept for branches written before it moved there). */
export { withContext };

/** Reads a password from standard input when it is piped; undefined at a terminal (one is generated). */
async function passwordFromStdin(): Promise<string | undefined> {
  const { stdin } = output();
  if (stdin.isTTY) return undefined;
  let text = '';
  for await (const chunk of stdin) text += chunk;
  const password = text.replace(/\r?\n$/, '');
  return password.length > 0 ? password : undefined;
}

export function usersCommand(): Command {
  const users = new Command('users').description('accounts: add, list, change');
  users
    .command('add')
    .description('add an account; the password is read from standard input, or generated and printed once')
    .argument('<name>', 'user name')
    .addOption(new Option('--role <role>', 'role').choices(ROLES).makeOptionMandatory())
    .requiredOption(
      '--org <organisation>',
      'organisation name or id (created with this name if missing, see --org-kind)',
    )
    .addOption(
      new Option('--org-kind <kind>', 'kind of a new organisation')
        .choices(ORGANISATION_KINDS)
        .default('national_service'),
    )
    .addOption(new Option('--compartment <name...>', 'compartments held, e.g. STAFF').choices(COMPARTMENTS))
    .option('--display-name <text>', 'full name')
    .option(...dataOption)
    .action(
      async (
        name: string,
        flags: {
          role: string;
          org: string;
          orgKind: string;
          compartment?: string[];
          displayName?: string;
          data?: string;
        },
      ) => {
        const password = await passwordFromStdin();
        await withContext(flags, async (context) => {
          const caller = await cliCaller(context);
          if (!(await context.identity.findOrganisation(flags.org))) {
            await addOrganisation(context.admin, caller, { name: flags.org, kind: flags.orgKind });
            console.error(`vigie: organisation "${flags.org}" created (${flags.orgKind})`);
          }
          const { user, password: generated } = await addUser(context.admin, caller, {
            username: name,
            role: flags.role,
            organisation: flags.org,
            compartments: flags.compartment ?? [],
            ...(flags.displayName ? { display_name: flags.displayName } : {}),
            ...(password ? { password } : {}),
          });
          console.log(
            `user ${user.username} added: ${user.role}, ${flags.org}${user.compartments.length ? `, compartments ${user.compartments.join(', ')}` : ''}`,
          );
          if (generated) console.log(`password (shown once): ${generated}`);
        });
      },
    );
  users
    .command('list')
    .description('list accounts')
    .option(...dataOption)
    .action(async (flags: { data?: string }) => {
      await withContext(flags, async (context) => {
        const organisations = new Map((await context.identity.listOrganisations()).map((o) => [o.id, o.name]));
        for (const user of await listUsers(context.admin, await cliCaller(context))) {
          const state = user.disabled
            ? 'disabled'
            : user.locked_until && user.locked_until > new Date()
              ? 'locked'
              : 'active';
          console.log(
            [
              user.username.padEnd(20),
              user.role.padEnd(13),
              (organisations.get(user.organisation_id) ?? '').padEnd(40),
              user.compartments.join(',').padEnd(8),
              state,
            ].join(' '),
          );
        }
      });
    });
  users
    .command('set')
    .description('change an account')
    .argument('<name>', 'user name')
    .addOption(new Option('--role <role>').choices(ROLES))
    .option('--org <organisation>')
    .addOption(new Option('--compartment <name...>', 'compartments held (replaces them; --compartment none for none)'))
    .addOption(
      new Option('--permission <name...>', 'explicit permissions (replaces them; --permission none for none)').choices([
        'backup',
        'none',
      ]),
    )
    .option('--disable')
    .option('--enable')
    .option('--unlock')
    .option('--reset-password', 'generate a new password, printed once')
    .option(...dataOption)
    .action(
      async (
        name: string,
        flags: {
          role?: string;
          org?: string;
          compartment?: string[];
          permission?: string[];
          disable?: boolean;
          enable?: boolean;
          unlock?: boolean;
          resetPassword?: boolean;
          data?: string;
        },
      ) => {
        await withContext(flags, async (context) => {
          const user = await context.identity.findUserByName(name);
          if (!user) throw new VigieError('not_found', `no user ${name}`, 404);
          const { password } = await changeUser(context.admin, await cliCaller(context), user.id, {
            ...(flags.role ? { role: flags.role } : {}),
            ...(flags.org ? { organisation: flags.org } : {}),
            ...(flags.compartment ? { compartments: flags.compartment.filter((c) => c !== 'none') } : {}),
            ...(flags.disable ? { disabled: true } : flags.enable ? { disabled: false } : {}),
            ...(flags.unlock ? { unlock: true } : {}),
            ...(flags.resetPassword ? { reset_password: true } : {}),
          });
          if (flags.permission) {
            const permissions = flags.permission.filter((p) => p !== 'none');
            await context.identity.setPermissions(user.id, permissions);
            await context.audit.append({
              actor_id: null,
              actor: 'cli',
              action: 'user.permissions',
              object_type: 'user',
              object_id: user.id,
              details: { permissions },
            });
          }
          console.log(`user ${name} changed`);
          if (password) console.log(`new password (shown once): ${password}`);
        });
      },
    );
  users
    .command('proposals')
    .description('compartment grants proposed by an administrator, awaiting a second one')
    .option(...dataOption)
    .action(async (flags: { data?: string }) =>
      withContext(flags, async (context) => {
        const open = await listCompartmentProposals(context.admin, await cliCaller(context));
        if (open.length === 0) console.log('no proposal awaits approval');
        for (const grant of open)
          console.log(
            `${grant.id}  ${(await context.identity.findUserById(grant.user_id))?.username ?? grant.user_id}  ${grant.compartment}  proposed by ${grant.proposed_by_name} on ${new Date(grant.proposed_at).toISOString().slice(0, 16)}`,
          );
      }),
    );
  for (const verdict of ['approve', 'reject'] as const) {
    users
      .command(verdict)
      .description(`${verdict} a proposed compartment grant (as the operator: the second person)`)
      .argument('<id>', 'the proposal id (vigie users proposals)')
      .option(...dataOption)
      .action(async (id: string, flags: { data?: string }) =>
        withContext(flags, async (context) => {
          const grant = await decideCompartment(context.admin, await cliCaller(context), id, verdict === 'approve');
          console.log(`proposal ${grant.id}: ${grant.status}`);
        }),
      );
  }
  return users;
}

export function orgsCommand(): Command {
  const orgs = new Command('orgs').description('organisations and their sharing');
  orgs
    .command('add')
    .argument('<name>')
    .addOption(new Option('--kind <kind>').choices(ORGANISATION_KINDS).makeOptionMandatory())
    .option(...dataOption)
    .action(async (name: string, flags: { kind: string; data?: string }) =>
      withContext(flags, async (context) => {
        const organisation = await addOrganisation(context.admin, await cliCaller(context), { name, kind: flags.kind });
        console.log(`organisation ${organisation.name} added (${organisation.id})`);
      }),
    );
  orgs
    .command('list')
    .option(...dataOption)
    .action(async (flags: { data?: string }) =>
      withContext(flags, async (context) => {
        const { organisations, shares } = await listOrganisations(context.admin);
        const names = new Map(organisations.map((o) => [o.id, o.name]));
        for (const o of organisations) {
          const partners = shares
            .filter((s) => s.owner_id === o.id)
            .map((s) => names.get(s.partner_id))
            .join(', ');
          console.log(`${o.name.padEnd(40)} ${o.kind.padEnd(17)} ${partners ? `shares with: ${partners}` : ''}`);
        }
      }),
    );
  orgs
    .command('share')
    .description('OWNER shares its AMBER records with PARTNER (--stop to end it)')
    .argument('<owner>')
    .argument('<partner>')
    .option('--stop')
    .option(...dataOption)
    .action(async (owner: string, partner: string, flags: { stop?: boolean; data?: string }) =>
      withContext(flags, async (context) => {
        await setSharing(context.admin, await cliCaller(context), owner, partner, !flags.stop);
        console.log(
          flags.stop
            ? `${owner} no longer shares with ${partner}`
            : `${owner} shares its AMBER records with ${partner}`,
        );
      }),
    );
  return orgs;
}

export function tokensCommand(): Command {
  const tokens = new Command('tokens').description('API tokens (Authorization: Bearer ...)');
  tokens
    .command('create')
    .description('create a token for a user; printed once')
    .argument('<user>', 'user name')
    .option('--name <label>', 'what the token is for', 'cli')
    .option('--days <n>', 'days before it expires', '90')
    .option(...dataOption)
    .action(async (user: string, flags: { name: string; days: string; data?: string }) =>
      withContext(flags, async (context) => {
        const days = Number(flags.days);
        if (!Number.isInteger(days) || days < 1)
          throw new VigieError('invalid_input', `--days: "${flags.days}" is not a whole number of days`, 400);
        const { token, row } = await createToken(context.admin, await cliCaller(context), {
          name: flags.name,
          user,
          expires_in_days: days,
        });
        console.log(token);
        console.error(
          `token ${row.prefix}… for ${user}, expires ${row.expires_at?.toISOString().slice(0, 10)} (shown once)`,
        );
      }),
    );
  tokens
    .command('list')
    .option(...dataOption)
    .action(async (flags: { data?: string }) =>
      withContext(flags, async (context) => {
        const users = new Map((await context.identity.listUsers()).map((u) => [u.id, u.username]));
        for (const t of await listTokens(context.admin, await cliCaller(context), true)) {
          console.log(
            [
              t.id,
              t.prefix.padEnd(11),
              (users.get(t.user_id) ?? '').padEnd(16),
              t.name.padEnd(16),
              t.revoked_at ? 'revoked' : `expires ${t.expires_at?.toISOString().slice(0, 10)}`,
            ].join(' '),
          );
        }
      }),
    );
  tokens
    .command('revoke')
    .argument('<id>')
    .option(...dataOption)
    .action(async (id: string, flags: { data?: string }) =>
      withContext(flags, async (context) => {
        await revokeToken(context.admin, await cliCaller(context), id);
        console.log(`token ${id} revoked`);
      }),
    );
  return tokens;
}
