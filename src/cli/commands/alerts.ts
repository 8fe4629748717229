import { Command, Option } from 'commander';
import { ALERT_STATES, WATCH_KINDS } from '../../core/alerts/alert.ts';
import { alertListQuerySchema, watchInputSchema } from '../../core/alerts/alert.schema.ts';
import { actOnAlert, addWatch, listAlerts, listWatchlist, removeWatch } from '../../core/alerts/alert.service.ts';
import { POSTURE_LEVELS, POSTURE_SCOPES } from '../../core/posture/posture.ts';
import { postureInputSchema } from '../../core/posture/posture.schema.ts';
import { currentPosture, scopeName, setPosture } from '../../core/posture/posture.service.ts';
import { cliCaller } from '../caller.ts';
import { parse, parseFlags } from '../flags.ts';
import { dataOption, withContext } from '../invocation.ts';

/** @deprecated import it from '../flags.ts' (kept for branches written before it moved there). */
export { parse };

/** `vigie alerts list|ack|resolve`. */
export function alertsCommand(): Command {
  const alerts = new Command('alerts').description('alerts raised by the rules: list, acknowledge, resolve');
  alerts
    .command('list')
    .description('alerts, newest first')
    .addOption(new Option('--state <state>', 'only this state').choices(ALERT_STATES))
    .option('--limit <n>', 'how many', '50')
    .option('--json', 'print JSON')
    .option(...dataOption)
    .action(async (flags: { state?: string; limit: string; json?: boolean; data?: string }) => {
      const query = parseFlags(alertListQuerySchema, { state: flags.state, limit: flags.limit });
      await withContext(flags, async (context) => {
        const page = await listAlerts(
          context.alerts,
          await cliCaller(context),
          { state: query.state },
          query.limit,
          query.offset,
        );
        if (flags.json) {
          console.log(JSON.stringify(page, null, 2));
          return;
        }
        if (page.items.length === 0) console.log('no alerts');
        for (const a of page.items)
          console.log(`${a.id}  ${a.severity.padEnd(8)} ${a.state.padEnd(12)} L${a.escalation_level}  ${a.title}`);
      });
    });
  for (const [name, action, description] of [
    ['ack', 'acknowledge', 'acknowledge an open alert'],
    ['resolve', 'resolve', 'resolve an alert'],
  ] as const) {
    alerts
      .command(name)
      .description(description)
      .argument('<id>', 'alert id')
      .option('--reason <text>', 'why (kept in its history)')
      .option(...dataOption)
      .action(async (id: string, flags: { reason?: string; data?: string }) =>
        withContext(flags, async (context) => {
          const alert = await actOnAlert(context.alerts, await cliCaller(context), id, action, {
            reason: flags.reason,
          });
          console.log(`${alert.id}: ${alert.state}`);
        }),
      );
  }
  return alerts;
}

/** `vigie posture set|list`. */
export function postureCommand(): Command {
  const posture = new Command('posture').description('posture levels per site, directorate and nation');
  posture
    .command('set')
    .description('set a level with a reason (and an expiry)')
    .addOption(
      new Option('--scope <scope>', 'national, directorate or site').choices(POSTURE_SCOPES).makeOptionMandatory(),
    )
    .option('--id <id>', 'facility id or directorate code (none for national)', '')
    .addOption(new Option('--level <level>', 'the level').choices(POSTURE_LEVELS).makeOptionMandatory())
    .requiredOption('--reason <text>', 'why')
    .option('--expires <date-time>', 'when it lapses (ISO date-time with offset)')
    .option(...dataOption)
    .action(
      async (flags: { scope: string; id: string; level: string; reason: string; expires?: string; data?: string }) => {
        const input = parse(postureInputSchema, {
          scope: flags.scope,
          scope_id: flags.id,
          level: flags.level,
          reason: flags.reason,
          expires_at: flags.expires,
        });
        await withContext(flags, async (context) => {
          const row = await setPosture(context.alerts.posture, await cliCaller(context), input);
          console.log(`${row.id}: ${scopeName(context.alerts.posture, row.scope, row.scope_id)} is ${row.level}`);
        });
      },
    );
  posture
    .command('list')
    .description('current levels and pending proposals')
    .option('--json', 'print JSON')
    .option(...dataOption)
    .action(async (flags: { json?: boolean; data?: string }) =>
      withContext(flags, async (context) => {
        const current = await currentPosture(context.alerts.posture);
        if (flags.json) {
          console.log(JSON.stringify(current, null, 2));
          return;
        }
        if (current.active.length + current.proposed.length === 0) console.log('every scope is at normal');
        for (const row of [...current.active, ...current.proposed]) {
          console.log(
            `${row.id}  ${row.state.padEnd(8)} ${row.level.padEnd(10)} ${row.scope.padEnd(11)} ${scopeName(context.alerts.posture, row.scope, row.scope_id)}  ${row.expires_at ? `until ${row.expires_at.toISOString()}` : ''}  ${row.reason}`,
          );
        }
      }),
    );
  return posture;
}

/** `vigie watch add|list|remove`. */
export function watchCommand(): Command {
  const watch = new Command('watch').description(
    'the watchlist: tags, plates, phones and handles whose return raises an alert',
  );
  watch
    .command('add')
    .description('watch a signature')
    .addOption(new Option('--kind <kind>', 'what it is').choices(WATCH_KINDS).makeOptionMandatory())
    .argument('<value>', 'the signature as written')
    .option('--note <text>', 'why it is watched')
    .option(...dataOption)
    .action(async (value: string, flags: { kind: string; note?: string; data?: string }) => {
      const input = parse(watchInputSchema, { kind: flags.kind, value, note: flags.note });
      await withContext(flags, async (context) => {
        const entry = await addWatch(context.alerts, await cliCaller(context), input);
        console.log(`${entry.id}: watching ${entry.kind} "${entry.value}" (${entry.normalized})`);
      });
    });
  watch
    .command('list')
    .description('watched signatures')
    .option(...dataOption)
    .action(async (flags: { data?: string }) =>
      withContext(flags, async (context) => {
        const entries = await listWatchlist(context.alerts, await cliCaller(context));
        if (entries.length === 0) console.log('nothing watched (add with: vigie watch add --kind tag VALUE)');
        for (const e of entries)
          console.log(`${e.id}  ${e.kind.padEnd(14)} ${e.value}${e.note ? `  (${e.note})` : ''}`);
      }),
    );
  watch
    .command('remove')
    .description('stop watching')
    .argument('<id>', 'entry id')
    .option(...dataOption)
    .action(async (id: string, flags: { data?: string }) =>
      withContext(flags, async (context) => {
        await removeWatch(context.alerts, await cliCaller(context), id);
        console.log(`${id}: removed`);
      }),
    );
  return watch;
}
