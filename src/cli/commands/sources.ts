import { Command, Option } from 'commander';
import { RELIABILITY_GRADES, SOURCE_KINDS } from '../../core/shared/taxonomy.ts';
import {
  OUTLET_CATEGORIES,
  outletInputSchema,
  outletPatchSchema,
} from '../../core/source-register/source-register.schema.ts';
import {
  addOutlet,
  findOutlet,
  listOutlets,
  removeOutlet,
  updateOutlet,
} from '../../core/source-register/source-register.service.ts';
import { fromZodIssues, invalidInput } from '../../core/shared/errors.ts';
import type { SourceRegisterRow } from '../../store/schema.ts';
import { cliCaller } from '../caller.ts';
import { dataOption, withContext } from '../invocation.ts';

function parse<T>(
  schema: {
    safeParse(
      value: unknown,
    ):
      | { success: true; data: T }
      | { success: false; error: { issues: Array<{ path: PropertyKey[]; message: string }> } };
  },
  value: unknown,
): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw invalidInput(fromZodIssues(parsed.error.issues));
  return parsed.data;
}

const line = (row: SourceRegisterRow) =>
  `${row.reliability}${row.credibility}  ${row.kind.padEnd(8)} ${row.category.padEnd(9)} ${row.name}${row.aliases.length ? `  (${row.aliases.join(', ')})` : ''}`;

interface OutletFlags {
  aliases?: string;
  kind?: string;
  category?: string;
  reliability?: string;
  credibility?: string;
  notes?: string;
  user?: string;
  data?: string;
}
const aliases = (text: string | undefined) =>
  text
    ?.split(',')
    .map((a) => a.trim())
    .filter(Boolean);

/** `vigie sources list|set|remove`: the source register, outlets and the grade their reports get without one. */
export function sourcesCommand(): Command {
  const sources = new Command('sources').description(
    "the source register: each outlet's default Admiralty grade and kind",
  );
  sources
    .command('list')
    .description('outlets and their default grades')
    .option('--json', 'print JSON')
    .option(...dataOption)
    .action(async (flags: { json?: boolean; data?: string }) =>
      withContext(flags, async (context) => {
        const rows = await listOutlets(context.sources);
        if (flags.json) {
          console.log(JSON.stringify(rows, null, 2));
          return;
        }
        for (const row of rows) console.log(line(row));
      }),
    );
  sources
    .command('set')
    .description('add an outlet, or change its grade, kind or names')
    .argument('<name>', 'the outlet, e.g. "Le Monde"')
    .addOption(
      new Option('--reliability <grade>', 'default reliability, A (reliable) to F (cannot be judged)').choices(
        RELIABILITY_GRADES,
      ),
    )
    .option('--credibility <n>', 'credibility of one report alone, 1 to 6 (default 3)')
    .addOption(new Option('--kind <kind>', 'kind of source').choices(SOURCE_KINDS))
    .addOption(new Option('--category <category>', 'why the grade').choices(OUTLET_CATEGORIES))
    .option('--aliases <list>', 'other names and web domains, comma-separated ("lemonde.fr,Le Monde.fr")')
    .option('--notes <text>', 'a note')
    .option('--user <username>', 'who changes it (default: the operator)')
    .option(...dataOption)
    .action(async (name: string, flags: OutletFlags) =>
      withContext(flags, async (context) => {
        const caller = await cliCaller(context, { user: flags.user });
        const current = await findOutlet(context.sources, name).catch(() => undefined);
        if (current) {
          const patch = parse(outletPatchSchema, {
            version: current.version,
            aliases: aliases(flags.aliases),
            kind: flags.kind,
            category: flags.category,
            reliability: flags.reliability,
            credibility: flags.credibility,
            notes: flags.notes,
          });
          console.log(`changed: ${line(await updateOutlet(context.sources, caller, current.id, patch))}`);
          return;
        }
        const input = parse(outletInputSchema, {
          name,
          aliases: aliases(flags.aliases),
          kind: flags.kind,
          category: flags.category,
          reliability: flags.reliability,
          credibility: flags.credibility,
          notes: flags.notes,
        });
        console.log(`added: ${line(await addOutlet(context.sources, caller, input))}`);
      }),
    );
  sources
    .command('remove')
    .description('remove an outlet: its reports are F (cannot be judged) until graded')
    .argument('<name>', 'the outlet or its id')
    .option('--user <username>', 'who removes it (default: the operator)')
    .option(...dataOption)
    .action(async (name: string, flags: { user?: string; data?: string }) =>
      withContext(flags, async (context) => {
        await removeOutlet(context.sources, await cliCaller(context, { user: flags.user }), name);
        console.log(`removed: ${name}`);
      }),
    );
  return sources;
}
