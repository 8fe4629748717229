import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type AddressInfo, type Socket } from 'node:net';
import pg from 'pg';
import { isStoreUnreachable, storeUnavailable } from './store-errors.ts';

const databaseError = (code: string, message = 'server said so') => Object.assign(new Error(message), { code });

test('a refused connection and a connection not obtained in time are the database out of reach (errors as node-postgres raises them)', async () => {
  // A port that listened a moment ago and no longer does: connection refused.
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  const { port } = closed.address() as AddressInfo;
  await new Promise<void>((resolve) => closed.close(() => resolve()));
  const refused = new pg.Pool({ connectionString: `postgres://postgres@127.0.0.1:${port}/x` });
  const refusal = await refused.query('SELECT 1').catch((error: unknown) => error);
  await refused.end();
  assert.ok(isStoreUnreachable(refusal), String(refusal));

  // A server that accepts and never answers: the pool's connect timeout.
  const sockets: Socket[] = [];
  const silent = createServer((socket) => {
    sockets.push(socket);
  });
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  const slow = new pg.Pool({
    connectionString: `postgres://postgres@127.0.0.1:${(silent.address() as AddressInfo).port}/x`,
    connectionTimeoutMillis: 200,
  });
  const timeout = await slow.query('SELECT 1').catch((error: unknown) => error);
  await slow.end().catch(() => undefined);
  for (const socket of sockets) socket.destroy();
  await new Promise<void>((resolve) => silent.close(() => resolve()));
  assert.ok(isStoreUnreachable(timeout), String(timeout));
});

test('shutdown, restart and connection SQLSTATEs and a cut connection are out of reach; refusals of the query itself are not', () => {
  for (const code of ['57P01', '57P02', '57P03', '53300', '08006', '08001', 'ECONNRESET'])
    assert.ok(isStoreUnreachable(databaseError(code)), code);
  assert.ok(isStoreUnreachable(new Error('Connection terminated unexpectedly')));
  assert.ok(isStoreUnreachable(new Error('wrapped', { cause: databaseError('ECONNREFUSED') })));
  assert.ok(isStoreUnreachable(new AggregateError([databaseError('ECONNREFUSED'), databaseError('ECONNREFUSED')])));
  for (const code of ['23505', '22021', '42P01', '40001', '57014'])
    assert.equal(isStoreUnreachable(databaseError(code)), false, code);
  for (const value of [new Error('boom'), undefined, null, 'ECONNREFUSED', 42])
    assert.equal(isStoreUnreachable(value), false, String(value));
});

test('the refusal is a 503 with a retry hint in seconds and a message', () => {
  const refusal = storeUnavailable() as ReturnType<typeof storeUnavailable> & { retryAfterSeconds: number };
  assert.equal(refusal.status, 503);
  assert.equal(refusal.code, 'store_unavailable');
  assert.ok(refusal.retryAfterSeconds > 0);
  assert.match(refusal.message, /database/);
});
