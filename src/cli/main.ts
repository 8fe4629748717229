// The CLI as a function: `run(argv, { open, stdout, stderr })` parses the arguments, runs one command
// in one invocation (one store, opened when first needed, closed at the end) and returns the exit code.
// Each command's modules are loaded only when it runs: `vigie --help` loads commander and this table.
import { Command, CommanderError, Help } from 'commander';
import { ConfigError } from '../config.ts';
import { describeIssues, VigieError } from '../core/shared/errors.ts';
import { toVigieError } from '../store/store-errors.ts';
import { invoke, output, type RunOptions } from './invocation.ts';

/** Exit code of every refusal: bad arguments, bad input, a store that cannot be opened. */
export const EXIT_USAGE = 2;

interface CommandEntry {
  /** as the top-level help lists it */
  term: string;
  description: string;
  load: () => Promise<Command>;
}

// One row per top-level command; test/cli/commands-table.test.ts checks each row against the command it loads.
export const COMMANDS: Record<string, CommandEntry> = {
  serve: {
    term: 'serve [options]',
    description: 'serve the API and the web app',
    load: async () => (await import('./commands/serve.ts')).serveCommand(),
  },
  demo: {
    term: 'demo [options]',
    description:
      'start Vigie loaded with the April 2025 wave (moved to the last three nights), a synthetic background and seizure figures',
    load: async () => (await import('./commands/demo.ts')).demoCommand(),
  },
  import: {
    term: 'import [options] <file>',
    description:
      'import a file of incidents or seizures (JSON array, NDJSON or CSV) or a STIX 2.1 bundle: all rows or none',
    load: async () => (await import('./commands/import.ts')).importCommand(),
  },
  export: {
    term: 'export [options]',
    description:
      'export incidents (JSON, NDJSON and CSV re-import as they are; GeoJSON for GIS tools; STIX 2.1 bundle)',
    load: async () => (await import('./commands/export.ts')).exportCommand(),
  },
  facilities: {
    term: 'facilities [options] [query...]',
    description: 'list or search the penitentiary sites by name or alias',
    load: async () => (await import('./commands/facilities.ts')).facilitiesCommand(),
  },
  users: {
    term: 'users',
    description: 'accounts: add, list, change',
    load: async () => (await import('./commands/users.ts')).usersCommand(),
  },
  orgs: {
    term: 'orgs',
    description: 'organisations and their sharing',
    load: async () => (await import('./commands/users.ts')).orgsCommand(),
  },
  tokens: {
    term: 'tokens',
    description: 'API tokens (Authorization: Bearer ...)',
    load: async () => (await import('./commands/users.ts')).tokensCommand(),
  },
  audit: {
    term: 'audit',
    description: 'the tamper-evident audit trail',
    load: async () => (await import('./commands/security.ts')).auditCommand(),
  },
  keys: {
    term: 'keys',
    description: 'the master key that seals STAFF details',
    load: async () => (await import('./commands/security.ts')).keysCommand(),
  },
  detect: {
    term: 'detect [options]',
    description: 'link incidents, cluster campaigns and test waves; prints campaigns and alarms',
    load: async () => (await import('./commands/detect.ts')).detectCommand(),
  },
  links: {
    term: 'links [options] <id>',
    description: 'the links of an incident, strongest first, with their reasons',
    load: async () => (await import('./commands/detect.ts')).linksCommand(),
  },
  waves: {
    term: 'waves',
    description: 'wave alarms: list them, end one (only a person ends an alarm)',
    load: async () => (await import('./commands/waves.ts')).wavesCommand(),
  },
  replay: {
    term: 'replay [options] <file>',
    description:
      'feed a file of incidents in time order into the store with detection running; print when campaigns form, grow and alarm',
    load: async () => (await import('./commands/replay.ts')).replayCommand(),
  },
  campaigns: {
    term: 'campaigns',
    description: 'campaigns: their probable members, confirmed or dismissed by an analyst',
    load: async () => (await import('./commands/campaigns.ts')).campaignsCommand(),
  },
  extract: {
    term: 'extract [options] <file>',
    description:
      'read an article (text, HTML, RSS or Atom) and print the incidents and seizures it reports, with their evidence',
    load: async () => (await import('./commands/extract.ts')).extractCommand(),
  },
  review: {
    term: 'review',
    description: 'the review queue: texts read into candidate incidents and seizures, waiting for a decision',
    load: async () => (await import('./commands/review.ts')).reviewCommand(),
  },
  feeds: {
    term: 'feeds',
    description: 'RSS/Atom feeds polled for articles by vigie serve',
    load: async () => (await import('./commands/review.ts')).feedsCommand(),
  },
  sources: {
    term: 'sources',
    description: "the source register: each outlet's default Admiralty grade and kind",
    load: async () => (await import('./commands/sources.ts')).sourcesCommand(),
  },
  webhooks: {
    term: 'webhooks',
    description: 'webhooks that receive Vigie events, signed (sent by vigie serve)',
    load: async () => (await import('./commands/webhooks.ts')).webhooksCommand(),
  },
  alerts: {
    term: 'alerts',
    description: 'alerts raised by the rules: list, acknowledge, resolve',
    load: async () => (await import('./commands/alerts.ts')).alertsCommand(),
  },
  posture: {
    term: 'posture',
    description: 'posture levels per site, directorate and nation',
    load: async () => (await import('./commands/alerts.ts')).postureCommand(),
  },
  watch: {
    term: 'watch',
    description: 'the watchlist: tags, plates, phones and handles whose return raises an alert',
    load: async () => (await import('./commands/alerts.ts')).watchCommand(),
  },
  taxii: {
    term: 'taxii',
    description: 'exchange STIX 2.1 over TAXII 2.1',
    load: async () => (await import('./commands/taxii.ts')).taxiiCommand(),
  },
  cases: {
    term: 'cases',
    description: 'cases: incidents, campaigns, actors, evidence, handovers, case files',
    load: async () => (await import('./commands/cases.ts')).casesCommand(),
  },
  actors: {
    term: 'actors',
    description: 'the actor graph: persons, organisations, vehicles, phones... and their relationships',
    load: async () => (await import('./commands/actors.ts')).actorsCommand(),
  },
  brief: {
    term: 'brief [options]',
    description:
      'the daily brief of a date (default today, Paris): incidents, campaigns, alerts, tasks, posture, sites at risk, seizures',
    load: async () => (await import('./commands/brief.ts')).briefCommand(),
  },
  'import-jobs': {
    term: 'import-jobs',
    description: 'files queued for import in the background (vigie import --queue, or the web page Imports)',
    load: async () => (await import('./commands/import.ts')).importJobsCommand(),
  },
  backup: {
    term: 'backup [options] <file>',
    description: 'write a consistent backup of the whole store (PGlite or PostgreSQL) to FILE (gzip)',
    load: async () => (await import('./commands/backup.ts')).backupCommand(),
  },
  restore: {
    term: 'restore [options] <file>',
    description: 'restore a backup made by vigie backup into the store (empty unless --force), all or nothing',
    load: async () => (await import('./commands/backup.ts')).restoreCommand(),
  },
  escorts: {
    term: 'escorts',
    description: 'escorts and high-risk transfers with their risk assessments',
    load: async () => (await import('./commands/escorts.ts')).escortsCommand(),
  },
  fugitives: {
    term: 'fugitives',
    description: 'the wanted list: escaped or unlawfully at large detainees',
    load: async () => (await import('./commands/escorts.ts')).fugitivesCommand(),
  },
};

function topLevel(): Command {
  return new Command('vigie')
    .description('Vigie: incident intelligence for attacks and threats against prisons, their staff and transports')
    .version('0.1.0')
    .showHelpAfterError('(add --help for usage)');
}

/** The whole program, every command loaded (tests, and a command missing from COMMANDS). */
export async function buildProgram(): Promise<Command> {
  const program = topLevel();
  for (const entry of Object.values(COMMANDS)) program.addCommand(await entry.load());
  return program;
}

/**
 * The program for these arguments: the command named loaded, the others listed by name only.
 * A name missing from the table (a command added to `buildProgram` alone) loads every command.
 */
async function programFor(argv: string[]): Promise<Command> {
  const args = argv.slice(2);
  const named = args[0] === 'help' ? args[1] : args[0];
  if (named && !named.startsWith('-') && !(named in COMMANDS)) return buildProgram();
  const program = topLevel();
  for (const [name, entry] of Object.entries(COMMANDS)) {
    program.addCommand(name === named ? await entry.load() : new Command(name).description(entry.description));
  }
  const help = new Help();
  program.configureHelp({
    subcommandTerm: (command) =>
      command.name() === named
        ? help.subcommandTerm(command)
        : (COMMANDS[command.name()]?.term ?? help.subcommandTerm(command)),
  });
  return program;
}

/** Every command and sub-command returns its errors and prints to the invocation's streams. */
function configureAll(command: Command): Command {
  const { stdout, stderr } = output();
  command
    .exitOverride()
    .configureOutput({ writeOut: (text) => stdout.write(text), writeErr: (text) => stderr.write(text) });
  for (const sub of command.commands) configureAll(sub);
  return command;
}

/**
 * The CLI: runs `argv` (as process.argv: node, script, then arguments) and returns the exit code:
 * 0 done, 2 refused (bad arguments or input, a store that cannot be opened), 1 a bug.
 */
export async function run(argv: string[], options: RunOptions = {}): Promise<number> {
  return invoke(options, async () => {
    try {
      await configureAll(await programFor(argv)).parseAsync(argv);
      return 0;
    } catch (error) {
      return reportError(error);
    }
  });
}

/** Runs the CLI on the process's streams (bin/vigie.mjs). */
export function main(argv: string[]): Promise<number> {
  return run(argv);
}

function reportError(error: unknown): number {
  const { stderr } = output();
  const say = (text: string) => stderr.write(`vigie: ${text}\n`);
  if (error instanceof CommanderError) {
    return ['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(error.code) ? 0 : EXIT_USAGE;
  }
  if (error instanceof ConfigError) {
    say(error.message);
    return EXIT_USAGE;
  }
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR') {
    say((error as Error).message);
    return EXIT_USAGE;
  }
  if (code === 'EADDRINUSE') {
    say('the port is already in use; choose another with --port or VIGIE_PORT');
    return EXIT_USAGE;
  }
  const known = toVigieError(error);
  if (known) {
    say(
      known.code === 'store_unavailable' && !(error instanceof VigieError)
        ? `cannot reach the database of DATABASE_URL: ${(error as Error).message}`
        : known.message,
    );
    if (known.details.length > 1)
      for (const line of describeIssues(known.details, 20).split('; ')) stderr.write(`  ${line}\n`);
    return EXIT_USAGE;
  }
  stderr.write(`vigie: unexpected error: ${(error as Error)?.stack ?? String(error)}\n`);
  return 1;
}
