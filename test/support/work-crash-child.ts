/**
 * A Vigie-like process that takes one message of a JetStream work queue and dies (SIGKILL) before
 * acknowledging it: the work-queue test's crashed instance. Prints "took <id>" first.
 * Arguments: NATS URL, stream name, ack wait in ms.
 */
import { JetStreamWorkQueue } from '../../src/messaging/jetstream-work-queue.ts';

const [url, stream, ackWait] = process.argv.slice(2);
const queue = new JetStreamWorkQueue(url, stream, { ackWaitMs: Number(ackWait) });
await queue.serve('import', async (payload) => {
  process.stdout.write(`took ${String(payload.id)}\n`);
  process.kill(process.pid, 'SIGKILL');
  await new Promise(() => undefined);
});
