// A Vigie server in a child process, for tests that kill it: prints "listening <url>" once ready.
import { startServer } from '../../src/api/server.ts';

const server = await startServer({
  dataDir: process.env.VIGIE_DATA_DIR!,
  databaseUrl: process.env.DATABASE_URL || undefined,
  port: 0,
  detection: false,
  feeds: false,
  alerts: false,
} as Parameters<typeof startServer>[0]);
console.log(`listening ${server.url}`);
process.on('SIGTERM', () => {
  void server.close().then(() => process.exit(0));
});
