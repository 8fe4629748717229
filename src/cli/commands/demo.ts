import { mkdtempSync } from 'node:fs';
import { SYSTEM_PRINCIPAL } from '../../core/shared/principal.ts';
import { listAlerts } from '../../core/alerts/alert.service.ts';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { ensureWebBuild } from '../../../scripts/ensure-web-build.mjs';
import { startServer } from '../../api/server.ts';
import { readConfig } from '../../config.ts';
import { loadDemo } from '../../demo/load-demo.ts';
import { loadDemoCases } from '../../demo/demo-cases.ts';
import { DEMO_HISTORICAL_DAY, demoShiftDays, parisToday, shiftDateText } from '../../demo/demo-clock.ts';
import { VigieError } from '../../core/shared/errors.ts';
import { dataOption, output, portOption, withContext } from '../invocation.ts';
import { serveUntilStopped } from './serve.ts';

export function demoCommand(): Command {
  return new Command('demo')
    .description(
      'start Vigie loaded with the April 2025 wave (moved to the last three nights), a synthetic background and seizure figures',
    )
    .addHelpText(
      'after',
      `\nWithout --data (or VIGIE_DATA_DIR) the demo uses a fresh temporary folder. Given one, it loads into it\nand keeps what is there; loading twice adds nothing twice.\nThe scenario is placed relative to today: the wave on the last three nights, everything else moved with it.\n--as-of ${DEMO_HISTORICAL_DAY} keeps the historical dates.`,
    )
    .option('--as-of <date>', 'the morning after the wave, YYYY-MM-DD (default: today)')
    .option(...portOption)
    .option(...dataOption)
    .option('--no-serve', 'load the data and exit')
    .action(async (flags: { port?: string; data?: string; serve: boolean; asOf?: string }) => {
      const asOf = flags.asOf ?? parisToday();
      try {
        demoShiftDays(asOf);
      } catch {
        throw new VigieError('invalid_input', `--as-of: expected a date as YYYY-MM-DD, not "${asOf}"`, 400, [
          { path: 'as-of', message: 'expected a date as YYYY-MM-DD' },
        ]);
      }
      const env = output().env;
      const dataDir = flags.data ?? env.VIGIE_DATA_DIR ?? mkdtempSync(join(tmpdir(), 'vigie-demo-'));
      // The invocation's one context, on the folder chosen above: `run` closes it when the demo is done.
      await withContext({ data: dataDir }, async (context) => {
        console.error(`vigie: loading the demo into ${context.store.location}`);
        const loaded = await loadDemo(context, { asOf });
        console.error(
          `  the wave is placed on the nights before ${loaded.asOf}${loaded.shiftDays === 0 ? ' (historical dates)' : ` (moved ${loaded.shiftDays} days from April 2025)`}`,
        );
        for (const name of ['seed', 'background', 'seizures'] as const) {
          console.error(`  ${name}: ${loaded[name].inserted} added, ${loaded[name].skipped} already there`);
        }
        console.error('vigie: linking incidents and testing waves');
        await context.detection.start();
        const waveFrom = shiftDateText('2025-04-10', loaded.shiftDays);
        const waveTo = shiftDateText('2025-04-20', loaded.shiftDays);
        const wave = await context.campaigns.list(
          { from: new Date(`${waveFrom}T00:00:00Z`), to: new Date(`${waveTo}T00:00:00Z`) },
          5,
          0,
        );
        for (const campaign of wave) console.error(`  campaign: ${campaign.explanation}`);
        console.error(
          `  cases: ${(await loadDemoCases(context)).created} added (the wave, handed over to the PNAT; an officer's protection, STAFF)`,
        );
        await context.alerting.idle();
        const raised = await listAlerts(
          context.alerts,
          { principal: SYSTEM_PRINCIPAL, address: 'demo' },
          { state: ['open'] },
          20,
          0,
        );
        for (const alert of raised.items) console.error(`  alert: ${alert.severity} ${alert.title}`);
        if (loaded.accounts.length > 0) {
          console.log('Demo accounts (passwords shown once, write them down):');
          for (const account of loaded.accounts)
            console.log(
              `  ${account.username.padEnd(16)} ${account.password}  ${account.role}, ${account.organisation}`,
            );
        } else {
          console.error('  accounts: already there (passwords unchanged)');
        }
        if (!flags.serve) return;
        ensureWebBuild();
        const config = readConfig({ ...flags, data: dataDir }, env);
        // The server stops what it started; the context itself is closed by `run`, after it.
        const server = await startServer({
          dataDir: config.dataDir,
          port: config.port,
          host: config.host,
          context: { ...context, close: async () => undefined },
        });
        const from = shiftDateText('2025-04-10', demoShiftDays(asOf));
        const to = shiftDateText('2025-04-20', demoShiftDays(asOf));
        console.log(
          `Vigie demo is running at ${server.url} — the wave is on the map at ${server.url}/#/map?from=${from}&to=${to}`,
        );
        await serveUntilStopped(server);
      });
    });
}
