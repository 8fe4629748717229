import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { runVigie } from '../support/cli-runner.ts';
import { freshStore, TEST_STORE, type TestStore } from '../support/test-store.ts';

describe(`vigie actors on ${TEST_STORE}`, () => {
  let store: TestStore;
  before(async () => { store = await freshStore(); });
  after(async () => { await store.drop(); });

  test('adds entities, links them by name, shows one and finds the path between two; bad input exits 2 naming the field', async () => {
    for (const args of [['organisation', 'DDPF', '--subkind', 'gang', '--alias', 'D.D.P.F'], ['person', 'Karim Testeur'], ['vehicle', 'Clio grise', '--attr', 'plate=AB-123-CD']]) {
      const added = await runVigie(store, 'actors', 'add', ...args);
      assert.equal(added.code, 0, added.stderr);
    }
    assert.equal((await runVigie(store, 'actors', 'link', 'Karim Testeur', 'leads', 'D.D.P.F', '--confidence', '80')).code, 0);
    const uses = await runVigie(store, 'actors', 'link', 'Karim Testeur', 'uses', 'Clio grise');
    assert.match(uses.stdout, /Karim Testeur \(person\) --uses--> Clio grise \(vehicle\)/);
    const shown = await runVigie(store, 'actors', 'show', 'DDPF');
    assert.match(shown.stdout, /<--leads-- Karim Testeur \(person\)  confidence 80/);
    const path = await runVigie(store, 'actors', 'path', 'Clio grise', 'DDPF');
    assert.equal(path.code, 0, path.stderr);
    assert.match(path.stdout, /Clio grise \(vehicle\) --uses-- Karim Testeur \(person\) --leads-- DDPF \(organisation\)/);
    assert.match((await runVigie(store, 'actors', 'list', '--kind', 'person')).stdout, /Karim Testeur/);

    const badKind = await runVigie(store, 'actors', 'add', 'spaceship', 'X');
    assert.equal(badKind.code, 2);
    assert.match(badKind.stderr, /kind/);
    const unknown = await runVigie(store, 'actors', 'link', 'Nobody', 'uses', 'DDPF');
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /source: no entity named "Nobody"/);
    const confidence = await runVigie(store, 'actors', 'link', 'DDPF', 'linked_to', 'Clio grise', '--confidence', '300');
    assert.equal(confidence.code, 2);
    assert.match(confidence.stderr, /confidence/);
  });
});
