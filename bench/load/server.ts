/**
 * The API as `vigie serve` runs it, in a process of its own (the load generator must not share its
 * event loop), without the background work: no detection, feeds, import jobs, alerts or briefs.
 *   node --import tsx bench/load/server.ts <databaseUrl> <dataDir> <port>
 * Prints "ready <url>" once it listens; SIGTERM closes it.
 */
import { startServer } from '../../src/api/server.ts';

const [databaseUrl, dataDir, port] = process.argv.slice(2);
const server = await startServer({
  dataDir,
  databaseUrl,
  port: Number(port),
  host: '127.0.0.1',
  detection: false,
  feeds: false,
  imports: false,
  notifications: false,
  alerts: false,
  briefs: false,
});
process.stdout.write(`ready ${server.url}\n`);
process.once('SIGTERM', () => {
  void server.close().then(() => process.exit(0));
});
