import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vigieOn } from '../support/cli-runner.ts';
import { freshContext, TEST_STORE } from '../support/test-store.ts';
import { replayWaveSuite, WAVE } from '../support/replay-wave.ts';

replayWaveSuite('an empty store', { describe, before, after, test }, freshContext, TEST_STORE);

describe(`vigie replay and vigie waves refuse bad input (${TEST_STORE})`, () => {
  let context: Awaited<ReturnType<typeof freshContext>>;
  let vigie: ReturnType<typeof vigieOn>;
  before(async () => {
    context = await freshContext();
    vigie = vigieOn(context);
  });
  after(async () => {
    await context.close();
  });

  test('names the field and exits 2', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'vigie-replay-'));
    await writeFile(join(folder, 'empty.json'), JSON.stringify({ title: 'x', provenance: 'y', incidents: [] }));
    const empty = await vigie('replay', join(folder, 'empty.json'));
    assert.equal(empty.code, 2);
    assert.match(empty.stderr, /incidents/);
    const both = await vigie('replay', WAVE, '--speed', '10', '--step', 'night');
    assert.equal(both.code, 2);
    assert.match(both.stderr, /speed/);
    const bad = await vigie('waves', 'end', 'not-an-id', '--reason', 'over');
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /id/);
    await rm(folder, { recursive: true, force: true });
  });
});
