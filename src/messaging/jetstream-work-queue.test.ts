import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { connect } from '@nats-io/transport-node';
import { jetstreamManager } from '@nats-io/jetstream';
import { JetStreamWorkQueue } from './jetstream-work-queue.ts';
import { LocalWorkQueue } from '../core/work/work-queue.ts';
import { natsListening, TEST_NATS_URL } from '../../test/support/nats.ts';
import { childScript } from '../../test/support/child-processes.ts';

const skip = !(await natsListening()) ? `no NATS server at ${TEST_NATS_URL} (VIGIE_TEST_NATS_URL)` : false;

/** Resolves when `check` holds, polling (the queue's work happens in the background). */
async function until(check: () => boolean, what: string, timeoutMs = 20_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('JetStream work queue shared by instances', { skip }, () => {
  const streams: string[] = [];
  const queues: JetStreamWorkQueue[] = [];
  const open = (options = {}) => {
    const queue = new JetStreamWorkQueue(TEST_NATS_URL, streams.at(-1)!, options);
    queues.push(queue);
    return queue;
  };
  const newStream = () => {
    streams.push(`VIGIE_TEST_${randomBytes(4).toString('hex').toUpperCase()}`);
    return streams.at(-1)!;
  };

  after(async () => {
    await Promise.all(queues.map((queue) => queue.close()));
    const nc = await connect({ servers: TEST_NATS_URL });
    const jsm = await jetstreamManager(nc);
    for (const stream of streams) await jsm.streams.delete(stream).catch(() => undefined);
    await nc.close();
  });

  test('each item goes to one of the instances serving its kind; a key submitted twice is done once', async () => {
    newStream();
    const [a, b, submitter] = [open(), open(), open()];
    const done: Array<[string, number]> = [];
    await a.serve('import', async (payload) => {
      done.push(['a', Number(payload.n)]);
    });
    await b.serve('import', async (payload) => {
      done.push(['b', Number(payload.n)]);
    });
    for (let n = 0; n < 30; n += 1) await submitter.submit('import', { n }, { key: `job-${n}` });
    await submitter.submit('import', { n: 7 }, { key: 'job-7' });
    await until(() => done.length >= 30, '30 items done');
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.deepEqual(
      done.map(([, n]) => n).sort((x, y) => x - y),
      Array.from({ length: 30 }, (_, n) => n),
    );
  });

  test('a message sent after its stream is gone makes the stream again and is kept', async () => {
    const stream = newStream();
    const queue = open();
    await queue.submit('import', { id: 'before' });
    const nc = await connect({ servers: TEST_NATS_URL });
    try {
      const jsm = await jetstreamManager(nc);
      await jsm.streams.delete(stream);
      await queue.submit('import', { id: 'after' }, { key: 'after' });
      const info = await jsm.streams.info(stream);
      assert.equal(info.state.messages, 1, 'the message sent after the deletion is in the stream made again');
    } finally {
      await nc.close();
    }
  });

  test('work taken by an instance that dies before finishing is done by another', async () => {
    const stream = newStream();
    const queue = open({ ackWaitMs: 1_500 });
    const child = spawn(process.execPath, [...childScript('work-crash-child'), TEST_NATS_URL, stream, '1500'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    // The child makes the consumer; the item is submitted once it serves.
    await queue.submit('deliver', {});
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await queue.submit('import', { id: 'job-1' });
    const [code, signal] = await once(child, 'exit');
    assert.equal(signal, 'SIGKILL', `the child died of SIGKILL (exit ${code})`);
    assert.match(output, /took job-1/);
    const done: string[] = [];
    await queue.serve('import', async (payload) => {
      done.push(String(payload.id));
    });
    await until(() => done.length > 0, 'the item given to the surviving instance');
    assert.deepEqual(done, ['job-1']);
  });

  test('a failed item is tried again; submitting while NATS is unreachable neither throws nor hangs the caller', async () => {
    newStream();
    const queue = open();
    const attempts: number[] = [];
    await queue.serve('feed', async () => {
      attempts.push(Date.now());
      if (attempts.length === 1) throw new Error('the feed did not answer');
    });
    await queue.submit('feed', { id: 'f1' });
    await until(() => attempts.length >= 2, 'the retry');
    const nowhere = new JetStreamWorkQueue('nats://127.0.0.1:1', 'VIGIE_NOWHERE');
    await nowhere.submit('detect', {});
    await nowhere.close();
  });
});

test('the in-process queue runs each kind in order, drops a key already waiting, and keeps work for a kind until it is served', async () => {
  const queue = new LocalWorkQueue();
  const done: string[] = [];
  await queue.submit('import', { id: 'early' });
  await queue.serve('detect', async (payload) => {
    done.push(`detect ${String(payload.id)}`);
  });
  // Submitted in one go: the second 'k' finds the first still waiting.
  await Promise.all([
    queue.submit('detect', { id: 1 }, { key: 'k' }),
    queue.submit('detect', { id: 2 }, { key: 'k' }),
    queue.submit('detect', { id: 3 }),
  ]);
  await queue.idle();
  assert.deepEqual(done, ['detect 1', 'detect 3']);
  await queue.serve('import', async (payload) => {
    done.push(`import ${String(payload.id)}`);
  });
  await queue.idle();
  assert.deepEqual(done.at(-1), 'import early');
  await queue.close();
});
