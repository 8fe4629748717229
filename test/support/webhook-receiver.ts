import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { verifyWebhook } from '../../src/core/notifications/webhook-signature.ts';

export interface Received {
  delivery: string;
  event: string;
  timestamp: string;
  signatureOk: boolean;
  body: any;
  answered: number;
}

/**
 * A webhook receiver on 127.0.0.1 that checks each signature with `secret` and answers with the
 * status `answer` decides (200 unless told otherwise) after `delayMs`, recording every request.
 */
export async function webhookReceiver(options: { answer?: (request: number) => number; delayMs?: number } = {}) {
  const received: Received[] = [];
  const waiters: Array<() => void> = [];
  let secret = '';
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const timestamp = String(req.headers['x-vigie-timestamp'] ?? '');
      const answered = options.answer?.(received.length + 1) ?? 200;
      received.push({
        delivery: String(req.headers['x-vigie-delivery']),
        event: String(req.headers['x-vigie-event']),
        timestamp,
        signatureOk: verifyWebhook(secret, timestamp, text, String(req.headers['x-vigie-signature'] ?? '')),
        body: JSON.parse(text),
        answered,
      });
      // A slow receiver (`delayMs`) keeps deliveries in flight, for the tests that kill the sender.
      if (options.delayMs) setTimeout(() => res.writeHead(answered).end(), options.delayMs);
      else res.writeHead(answered).end();
      for (const wake of waiters.splice(0)) wake();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  return {
    url,
    received,
    setSecret: (value: string) => {
      secret = value;
    },
    /** resolves once `test` holds of what was received, or rejects after `ms` */
    until: async (test: (received: Received[]) => boolean, ms = 10_000) => {
      const deadline = Date.now() + ms;
      while (!test(received)) {
        if (Date.now() > deadline)
          throw new Error(
            `receiver: condition not met in ${ms} ms; got ${JSON.stringify(received.map((r) => [r.event, r.answered]))}`,
          );
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 50);
        });
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
