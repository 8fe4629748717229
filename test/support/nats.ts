import { createConnection } from 'node:net';

export const TEST_NATS_URL = process.env.VIGIE_TEST_NATS_URL ?? 'nats://127.0.0.1:4222';

/** Is a NATS server listening there? (CI's machine runs one; a laptop may not.) */
export async function natsListening(url = TEST_NATS_URL): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = createConnection({ host: hostname, port: Number(port || 4222) }, () => {
      socket.end();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
    socket.setTimeout(1000, () => {
      socket.destroy();
      resolve(false);
    });
  });
}
