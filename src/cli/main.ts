import { Command, CommanderError } from 'commander';
import { ConfigError } from '../config.ts';
import { describeIssues, VigieError } from '../core/shared/errors.ts';
import { demoCommand } from './commands/demo.ts';
import { exportCommand } from './commands/export.ts';
import { facilitiesCommand } from './commands/facilities.ts';
import { importCommand, importJobsCommand } from './commands/import.ts';
import { serveCommand } from './commands/serve.ts';
import { orgsCommand, tokensCommand, usersCommand } from './commands/users.ts';
import { auditCommand, keysCommand } from './commands/security.ts';
import { detectCommand, linksCommand } from './commands/detect.ts';
import { wavesCommand } from './commands/waves.ts';
import { replayCommand } from './commands/replay.ts';
import { campaignsCommand } from './commands/campaigns.ts';
import { extractCommand } from './commands/extract.ts';
import { feedsCommand, reviewCommand } from './commands/review.ts';
import { sourcesCommand } from './commands/sources.ts';
import { webhooksCommand } from './commands/webhooks.ts';
import { alertsCommand, postureCommand, watchCommand } from './commands/alerts.ts';
import { taxiiCommand } from './commands/taxii.ts';
import { escortsCommand, fugitivesCommand } from './commands/escorts.ts';
import { briefCommand } from './commands/brief.ts';
import { backupCommand, restoreCommand } from './commands/backup.ts';
import { casesCommand } from './commands/cases.ts';
import { actorsCommand } from './commands/actors.ts';
import { isStoreUnreachable } from '../store/store-errors.ts';

/** Exit code of every refusal: bad arguments, bad input, a store that cannot be opened. */
export const EXIT_USAGE = 2;

export function buildProgram(): Command {
  const program = new Command('vigie')
    .description('Vigie: incident intelligence for attacks and threats against prisons, their staff and transports')
    .version('0.1.0')
    .showHelpAfterError('(add --help for usage)')
    .exitOverride();
  for (const command of [serveCommand(), demoCommand(), importCommand(), exportCommand(), facilitiesCommand(), usersCommand(), orgsCommand(), tokensCommand(), auditCommand(), keysCommand(), detectCommand(), linksCommand(), wavesCommand(), replayCommand(), campaignsCommand(), extractCommand(), reviewCommand(), feedsCommand(), sourcesCommand(), webhooksCommand(), alertsCommand(), postureCommand(), watchCommand(), taxiiCommand(), casesCommand(), actorsCommand()]) {
    program.addCommand(exitOverrideAll(command));
  }
  program.addCommand(exitOverrideAll(briefCommand()));
  program.addCommand(exitOverrideAll(importJobsCommand()));
  for (const command of [backupCommand(), restoreCommand()]) program.addCommand(exitOverrideAll(command));
  for (const command of [escortsCommand(), fugitivesCommand()]) program.addCommand(exitOverrideAll(command));
  return program;
}

/** Runs the CLI; returns the exit code instead of exiting, so tests can call it. */
/** Sub-commands too must return errors rather than exit the process. */
function exitOverrideAll(command: Command): Command {
  command.exitOverride();
  for (const sub of command.commands) exitOverrideAll(sub);
  return command;
}

export async function main(argv: string[]): Promise<number> {
  try {
    await buildProgram().parseAsync(argv);
    return 0;
  } catch (error) {
    return reportError(error);
  }
}

function reportError(error: unknown): number {
  if (error instanceof CommanderError) {
    return ['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(error.code) ? 0 : EXIT_USAGE;
  }
  if (error instanceof VigieError) {
    console.error(`vigie: ${error.message}`);
    if (error.details.length > 1) for (const line of describeIssues(error.details, 20).split('; ')) console.error(`  ${line}`);
    return EXIT_USAGE;
  }
  if (error instanceof ConfigError) {
    console.error(`vigie: ${error.message}`);
    return EXIT_USAGE;
  }
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR') {
    console.error(`vigie: ${(error as Error).message}`);
    return EXIT_USAGE;
  }
  if (code === 'EADDRINUSE') {
    console.error(`vigie: the port is already in use; choose another with --port or VIGIE_PORT`);
    return EXIT_USAGE;
  }
  // PostgreSQL's data exceptions (class 22): a value the input holds that the store cannot (a NUL character...).
  if (typeof code === 'string' && /^22[0-9A-Z]{3}$/.test(code)) {
    console.error(code === '22021' || code === '22P05' ? 'vigie: a text holds the NUL character (\\u0000), which cannot be stored: remove it from the input' : `vigie: a value of the input cannot be stored: ${(error as Error).message}`);
    return EXIT_USAGE;
  }
  if (code === '3D000' || code === '28P01' || isStoreUnreachable(error)) {
    console.error(`vigie: cannot reach the database of DATABASE_URL: ${(error as Error).message}`);
    return EXIT_USAGE;
  }
  console.error('vigie: unexpected error:', error);
  return 1;
}
