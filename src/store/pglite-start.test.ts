import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { sql } from 'kysely';
import { createDb, pgliteStartParams } from './db.ts';

describe('PGlite start parameters', () => {
  test('keep PGlite defaults unless a buffer size is set, and refuse a size PostgreSQL would not read', () => {
    assert.equal(pgliteStartParams(['--single'], {}), undefined);
    assert.deepEqual(pgliteStartParams(['--single'], { VIGIE_PGLITE_SHARED_BUFFERS: '32MB' }), [
      '--single',
      '-c',
      'shared_buffers=32MB',
    ]);
    for (const bad of ['32', '32 MB', '0MB', '32MB; drop', '-1MB'])
      assert.throws(
        () => pgliteStartParams([], { VIGIE_PGLITE_SHARED_BUFFERS: bad }),
        /VIGIE_PGLITE_SHARED_BUFFERS/,
        bad,
      );
  });

  test('an embedded store opens with the buffer size of VIGIE_PGLITE_SHARED_BUFFERS', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'vigie-pglite-start-'));
    const before = process.env.VIGIE_PGLITE_SHARED_BUFFERS;
    process.env.VIGIE_PGLITE_SHARED_BUFFERS = '24MB';
    try {
      const store = await createDb({ dataDir });
      try {
        const { rows } = await sql<{ shared_buffers: string }>`SHOW shared_buffers`.execute(store.db);
        assert.equal(rows[0].shared_buffers, '24MB');
      } finally {
        await store.close();
      }
    } finally {
      if (before === undefined) delete process.env.VIGIE_PGLITE_SHARED_BUFFERS;
      else process.env.VIGIE_PGLITE_SHARED_BUFFERS = before;
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
