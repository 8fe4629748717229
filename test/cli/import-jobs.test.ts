import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../../src/api/server.ts';
import { openVigie, type VigieContext } from '../../src/context.ts';
import { vigieOn } from '../support/cli-runner.ts';
import { incidentInput } from '../support/factories.ts';
import { freshStore, TEST_STORE, type TestStore } from '../support/test-store.ts';

describe(`vigie import --queue and vigie import-jobs on ${TEST_STORE}`, () => {
  // The commands are invocations on one open context, until a server takes the store over.
  let store: TestStore;
  let context: VigieContext | undefined;
  let vigie: ReturnType<typeof vigieOn>;
  let folder: string;
  before(async () => {
    store = await freshStore();
    context = await openVigie(store);
    vigie = vigieOn({ ...context, storeConfig: store });
    folder = mkdtempSync(join(tmpdir(), 'vigie-jobs-'));
  });
  after(async () => {
    await context?.close();
    await store.drop();
    rmSync(folder, { recursive: true, force: true });
  });

  test('bad options get a message naming them and exit code 2', async () => {
    const state = await vigie('import-jobs', 'list', '--state', 'lost');
    assert.equal(state.code, 2);
    assert.match(state.stderr, /unknown state "lost"/);
    const cancel = await vigie('import-jobs', 'cancel', '00000000-0000-4000-8000-00000000abcd');
    assert.equal(cancel.code, 2);
    assert.match(cancel.stderr, /does not exist/);
  });

  test('a file queued from the command line while no server runs is imported when one starts', async () => {
    const file = join(folder, 'nuit du 14.ndjson');
    writeFileSync(file, Array.from({ length: 12 }, () => JSON.stringify(incidentInput())).join('\n'));
    const queued = await vigie('import', file, '--queue');
    assert.equal(queued.code, 0, queued.stderr);
    const id = /import job ([0-9a-f-]{36})/.exec(queued.stdout)?.[1];
    assert.ok(id, queued.stdout);
    assert.match((await vigie('import-jobs')).stdout, new RegExp(`${id}  queued .*nuit du 14\\.ndjson`));
    // The command line is done with the store; a server starts on it, as `vigie serve` would.
    await context?.close();
    context = undefined;
    const server = await startServer({
      dataDir: store.dataDir,
      databaseUrl: store.databaseUrl,
      port: 0,
      detection: false,
      feeds: false,
      alerts: false,
      notifications: false,
    } as Parameters<typeof startServer>[0]);
    try {
      for (let waited = 0; ; waited += 100) {
        const job = await server.context.importJobs.jobs.find(id);
        if (job?.state === 'done') break;
        assert.ok(waited < 30_000, `still ${job?.state}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const shown = await vigieOn(server.context)('import-jobs', 'show', id);
      assert.match(shown.stdout, /done .* 12 rows read, 12 stored, 0 already there/);
    } finally {
      await server.close();
    }
  });
});
