import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runVigie } from '../support/cli-runner.ts';
import type { TestStore } from '../support/test-store.ts';
import { freshStore, TEST_STORE } from '../support/test-store.ts';
import { replayWaveSuite, WAVE } from '../support/replay-wave.ts';

replayWaveSuite('an empty store', { describe, before, after, test }, freshStore, TEST_STORE);

describe(`vigie replay and vigie waves refuse bad input (${TEST_STORE})`, () => {
  let store: TestStore;
  before(async () => { store = await freshStore(); });
  after(async () => { await store.drop(); });

  test('names the field and exits 2', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'vigie-replay-'));
    await writeFile(join(folder, 'empty.json'), JSON.stringify({ title: 'x', provenance: 'y', incidents: [] }));
    const empty = await runVigie(store, 'replay', join(folder, 'empty.json'));
    assert.equal(empty.code, 2);
    assert.match(empty.stderr, /incidents/);
    const both = await runVigie(store, 'replay', WAVE, '--speed', '10', '--step', 'night');
    assert.equal(both.code, 2);
    assert.match(both.stderr, /speed/);
    const bad = await runVigie(store, 'waves', 'end', 'not-an-id', '--reason', 'over');
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /id/);
    await rm(folder, { recursive: true, force: true });
  });
});
