import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openVigie } from '../../src/context.ts';
import { referenceDigest } from '../../src/store/reference-data.ts';
import { freshStore, TEST_STORE, type TestStore } from '../support/test-store.ts';

/**
 * Opening a store builds the gazetteer from the reference rows kept in the data folder while the
 * store's reference is the bundled files' (issue 19.1: three queries fewer for every command).
 */
describe(`the reference rows kept in the data folder on ${TEST_STORE}`, () => {
  let store: TestStore;
  const file = () => join(store.dataDir, 'reference-cache.json');
  const open = () => openVigie({ dataDir: store.dataDir, databaseUrl: store.databaseUrl });
  before(async () => {
    store = await freshStore();
  });
  after(async () => {
    await store.drop();
  });

  test('an open keeps the rows it read, and the next open builds its gazetteer from them without reading the store', async () => {
    const first = await open();
    const facilities = first.gazetteer.facilities.length;
    const id = first.gazetteer.facilities[0].id;
    await first.close();
    const kept = JSON.parse(readFileSync(file(), 'utf8'));
    assert.equal(kept.digest, referenceDigest());
    assert.equal(kept.facilities.length, facilities);
    // A name only the kept file holds: seen on the next open, so no query read the facilities.
    kept.facilities[0].name = 'Centre de test (kept rows)';
    writeFileSync(file(), JSON.stringify(kept));
    const second = await open();
    try {
      assert.equal(second.gazetteer.facility(id)?.name, 'Centre de test (kept rows)');
      assert.equal(second.gazetteer.facilities.length, facilities);
    } finally {
      await second.close();
    }
  });

  test('rows kept under another digest are not used: the store is read and its rows kept again', async () => {
    const kept = JSON.parse(readFileSync(file(), 'utf8'));
    writeFileSync(file(), JSON.stringify({ ...kept, digest: 'another reference' }));
    const context = await open();
    try {
      assert.notEqual(context.gazetteer.facilities[0].name, 'Centre de test (kept rows)');
    } finally {
      await context.close();
    }
    assert.equal(JSON.parse(readFileSync(file(), 'utf8')).digest, referenceDigest());
  });
});
