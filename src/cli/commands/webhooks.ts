import { Command } from 'commander';
import { webhookInputSchema } from '../../core/notifications/notification.schema.ts';
import { addWebhook, listWebhooks, webhookDeliveries } from '../../core/notifications/webhook.service.ts';
import { fromZodIssues, invalidInput } from '../../core/shared/errors.ts';
import { cliCaller } from '../caller.ts';
import { parseFlags } from '../flags.ts';
import { pageSchema } from '../../core/shared/paging.schema.ts';
import { dataOption, withContext } from '../invocation.ts';

const list = (text?: string) =>
  text
    ? text
        .split(',')
        .map((part) => part.trim())
        .filter(Boolean)
    : [];

/** `vigie webhooks add|list|deliveries`: where events are POSTed (sent by vigie serve). */
export function webhooksCommand(): Command {
  const webhooks = new Command('webhooks').description(
    'webhooks that receive Vigie events, signed (sent by vigie serve)',
  );
  webhooks
    .command('add')
    .description('add a webhook; its signing secret is printed once')
    .argument('<url>', 'the receiver, http:// or https://')
    .option('--name <text>', 'a name for it')
    .option('--events <types>', 'event types, comma-separated (default: all)')
    .option('--min-severity <level>', 'info, low, medium, high or critical', 'info')
    .option('--org <name>', 'the organisation it belongs to (default: Vigie)')
    .option(...dataOption)
    .action(
      async (
        url: string,
        flags: { name?: string; events?: string; minSeverity: string; org?: string; data?: string },
      ) => {
        const parsed = webhookInputSchema.safeParse({
          name: flags.name ?? new URL(url).host,
          url,
          event_types: list(flags.events),
          min_severity: flags.minSeverity,
        });
        if (!parsed.success) throw invalidInput(fromZodIssues(parsed.error.issues));
        await withContext(flags, async (context) => {
          const { secret, webhook } = await addWebhook(
            context.subscriptions,
            await cliCaller(context, { org: flags.org }),
            parsed.data,
          );
          console.log(`${webhook.id}  ${webhook.url}`);
          console.log(`secret (shown once; the receiver verifies X-Vigie-Signature with it): ${secret}`);
        });
      },
    );
  webhooks
    .command('list')
    .description('webhooks and their filters')
    .option('--json', 'print JSON')
    .option(...dataOption)
    .action(async (flags: { json?: boolean; data?: string }) =>
      withContext(flags, async (context) => {
        const rows = await listWebhooks(context.subscriptions, await cliCaller(context));
        if (flags.json) {
          console.log(
            JSON.stringify(
              rows.map(({ secret_sealed: _sealed, ...row }) => row),
              null,
              2,
            ),
          );
          return;
        }
        if (rows.length === 0) console.log('no webhooks (add one with: vigie webhooks add URL)');
        for (const w of rows)
          console.log(
            `${w.id}  ${w.enabled ? 'on ' : 'off'}  ${w.url}  ${w.event_types.join(',') || 'all events'}  >= ${w.min_severity}`,
          );
      }),
    );
  webhooks
    .command('deliveries')
    .description('the latest deliveries of a webhook')
    .argument('<id>', 'webhook id')
    .option('--state <state>', 'pending, delivered or dead')
    .option('--limit <n>', 'how many', '20')
    .option('--json', 'print JSON')
    .option(...dataOption)
    .action(async (id: string, flags: { state?: string; limit: string; json?: boolean; data?: string }) => {
      const { limit } = parseFlags(pageSchema(500, 20), { limit: flags.limit });
      await withContext(flags, async (context) => {
        const rows = await webhookDeliveries(context.subscriptions, await cliCaller(context), id, {
          limit,
          state: flags.state,
        });
        if (flags.json) {
          console.log(JSON.stringify(rows, null, 2));
          return;
        }
        if (rows.length === 0) console.log('no deliveries yet');
        for (const d of rows)
          console.log(
            `${d.id}  ${d.state.padEnd(9)}  ${d.attempts} attempt(s)  ${d.event_type}  ${d.last_status ?? '-'}${d.last_error ? `  ${d.last_error}` : ''}`,
          );
      });
    });
  return webhooks;
}
