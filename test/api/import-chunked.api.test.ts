import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createApp } from '../../src/api/app.ts';
import type { VigieContext } from '../../src/context.ts';
import { account } from '../support/accounts.ts';
import { incidentInput } from '../support/factories.ts';
import { freshContext, TEST_STORE } from '../support/test-store.ts';

/** A body sent in pieces without a Content-Length, as a streaming client sends it. */
function chunked(lines: string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let next = 0;
  return new ReadableStream({
    pull(controller) {
      if (next >= lines.length) return controller.close();
      controller.enqueue(encoder.encode(`${lines.slice(next, next + 10).join('\n')}\n`));
      next += 10;
    },
  });
}

describe(`an import sent chunked, without a length, on ${TEST_STORE}`, () => {
  let context: VigieContext;
  let token: string;
  before(async () => {
    context = await freshContext();
    ({ token } = await account(context, { role: 'analyst' }));
  });
  after(async () => {
    await context.close();
  });

  const send = (app: ReturnType<typeof createApp>, lines: string[]) =>
    app.request('/api/incidents/import', {
      method: 'POST',
      body: chunked(lines),
      duplex: 'half',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/x-ndjson' },
    } as RequestInit);

  test('streams into the import and stores every row', async () => {
    const lines = Array.from({ length: 50 }, () => JSON.stringify(incidentInput()));
    const response = await send(createApp(context), lines);
    assert.equal(response.status, 200, await response.clone().text());
    const body = (await response.json()) as { inserted: number; skipped: number };
    assert.deepEqual([body.inserted, body.skipped], [50, 0]);
  });

  test('past the import limit it is refused with 413 naming the body, and nothing of it is stored', async () => {
    const lines = Array.from({ length: 50 }, (_, index) =>
      JSON.stringify(incidentInput({ external_id: `chunked-over-${index}` })),
    );
    const response = await send(createApp(context, { maxImportBytes: 4096 }), lines);
    assert.equal(response.status, 413);
    const body = (await response.json()) as { error: { code: string; details: Array<{ path: string }> } };
    assert.equal(body.error.code, 'body_too_large');
    assert.equal(body.error.details[0].path, 'body');
    const stored = await context.store.db
      .selectFrom('incidents')
      .select('id')
      .where('external_id', 'like', 'chunked-over-%')
      .execute();
    assert.equal(stored.length, 0);
  });
});
