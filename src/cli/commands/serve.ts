import { Command } from 'commander';
import { ensureWebBuild } from '../../../scripts/ensure-web-build.mjs';
import { startServer, type RunningServer } from '../../api/server.ts';
import { readConfig } from '../../config.ts';
import { dataOption, portOption } from '../invocation.ts';

/** @deprecated import them from '../invocation.ts' (kept for branches written before they moved there). */
export { dataOption, portOption };

/** Waits for Ctrl-C or a stop signal, then closes the server cleanly. */
export async function serveUntilStopped(server: RunningServer): Promise<void> {
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  console.error('vigie: stopping');
  await server.close();
}

export function serveCommand(): Command {
  return (
    new Command('serve')
      .description('serve the API and the web app')
      .option(...portOption)
      .option(...dataOption)
      .option('--host <host>', 'address to listen on (env VIGIE_HOST, default 127.0.0.1)')
      // Several instances on one PostgreSQL: the detection runs in the one holding the detector lease;
      // an instance may also stay out of the background work and only serve.
      .option('--no-detection', 'never hold the detector lease (links, campaigns, wave tests) in this instance')
      .option('--no-feeds', 'do not poll the RSS/Atom feeds in this instance')
      .option('--no-imports', 'do not take queued import jobs in this instance')
      .action(
        async (flags: {
          port?: string;
          data?: string;
          host?: string;
          detection: boolean;
          feeds: boolean;
          imports: boolean;
        }) => {
          const config = readConfig(flags);
          ensureWebBuild();
          const server = await startServer({
            dataDir: config.dataDir,
            databaseUrl: config.databaseUrl,
            port: config.port,
            host: config.host,
            briefs: true,
            detection: flags.detection,
            feeds: flags.feeds,
            imports: flags.imports,
          });
          const without = [
            !flags.detection && 'no detection',
            !flags.feeds && 'no feed polling',
            !flags.imports && 'no import jobs',
          ].filter(Boolean);
          if (without.length > 0)
            console.log(`This instance serves only: ${without.join(', ')} (another instance must run them).`);
          const { context } = server;
          console.log(
            `Vigie is running at ${server.url} (store: ${context.store.kind}, ${context.store.location}; work: ${context.work.transport}${flags.detection ? `, ${context.detector.leading ? 'holds' : 'waits for'} the detector lease` : ''})`,
          );
          if ((await server.context.identity.countUsers()) === 0) {
            console.log('No account yet. Create the first administrator (the password is generated and printed once):');
            console.log(
              `  npx vigie users add admin --role admin --org Vigie${flags.data ? ` --data ${flags.data}` : ''}`,
            );
            console.log('or try `npx vigie demo`, which makes one account per role.');
          }
          await serveUntilStopped(server);
        },
      )
  );
}
