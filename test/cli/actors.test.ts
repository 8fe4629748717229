import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { vigieOn } from '../support/cli-runner.ts';
import { freshContext, TEST_STORE } from '../support/test-store.ts';

describe(`vigie actors on ${TEST_STORE}`, () => {
  let context: Awaited<ReturnType<typeof freshContext>>;
  let vigie: ReturnType<typeof vigieOn>;
  before(async () => {
    context = await freshContext();
    vigie = vigieOn(context);
  });
  after(async () => {
    await context.close();
  });

  test('adds entities, links them by name, shows one and finds the path between two; bad input exits 2 naming the field', async () => {
    for (const args of [
      ['organisation', 'DDPF', '--subkind', 'gang', '--alias', 'D.D.P.F'],
      ['person', 'Karim Testeur'],
      ['vehicle', 'Clio grise', '--attr', 'plate=AB-123-CD'],
    ]) {
      const added = await vigie('actors', 'add', ...args);
      assert.equal(added.code, 0, added.stderr);
    }
    assert.equal((await vigie('actors', 'link', 'Karim Testeur', 'leads', 'D.D.P.F', '--confidence', '80')).code, 0);
    const uses = await vigie('actors', 'link', 'Karim Testeur', 'uses', 'Clio grise');
    assert.match(uses.stdout, /Karim Testeur \(person\) --uses--> Clio grise \(vehicle\)/);
    const shown = await vigie('actors', 'show', 'DDPF');
    assert.match(shown.stdout, /<--leads-- Karim Testeur \(person\) {2}confidence 80/);
    const path = await vigie('actors', 'path', 'Clio grise', 'DDPF');
    assert.equal(path.code, 0, path.stderr);
    assert.match(
      path.stdout,
      /Clio grise \(vehicle\) --uses-- Karim Testeur \(person\) --leads-- DDPF \(organisation\)/,
    );
    assert.match((await vigie('actors', 'list', '--kind', 'person')).stdout, /Karim Testeur/);

    const badKind = await vigie('actors', 'add', 'spaceship', 'X');
    assert.equal(badKind.code, 2);
    assert.match(badKind.stderr, /kind/);
    const unknown = await vigie('actors', 'link', 'Nobody', 'uses', 'DDPF');
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /source: no entity named "Nobody"/);
    const confidence = await vigie('actors', 'link', 'DDPF', 'linked_to', 'Clio grise', '--confidence', '300');
    assert.equal(confidence.code, 2);
    assert.match(confidence.stderr, /confidence/);
  });
});
