import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Kysely, PostgresDialect, type PostgresPool } from 'kysely';
import type { VigieContext } from '../../src/context.ts';
import { metaValues, MIGRATIONS_KEY, migrate, migrationsDigest } from '../../src/store/migrate.ts';
import { DIGEST_KEY } from '../../src/store/reference.repository.ts';
import { referenceDigest } from '../../src/store/reference-data.ts';
import type { DB } from '../../src/store/schema.ts';
import { freshContext, TEST_STORE } from '../support/test-store.ts';

/**
 * Opening a store at head reads `meta` once (issue 19.1): the migrations digest recorded there says
 * every migration is applied, the reference digest that the reference is current.
 */
describe(`opening a store at head on ${TEST_STORE}`, () => {
  let context: VigieContext;
  before(async () => {
    context = await freshContext();
  });
  after(async () => {
    await context.close();
  });

  test('an open records both digests, read back in one query', async () => {
    const recorded = await metaValues(context.store.db, [MIGRATIONS_KEY, DIGEST_KEY]);
    assert.equal(recorded?.get(MIGRATIONS_KEY), migrationsDigest());
    assert.equal(recorded?.get(DIGEST_KEY), referenceDigest());
  });

  test('migrate sends no query when the recorded digest is the files', async () => {
    // A store that fails every query: migrate must not touch it.
    const unreachable = new Kysely<DB>({
      dialect: new PostgresDialect({
        pool: {
          options: {},
          connect: async () => {
            throw new Error('no query expected');
          },
          end: async () => undefined,
        } as unknown as PostgresPool,
      }),
    });
    assert.deepEqual(await migrate(unreachable, migrationsDigest()), []);
    await assert.rejects(migrate(unreachable, 'another set of migrations'), /no query expected/);
  });

  test('a digest recorded for another set of migrations is checked and recorded again', async () => {
    await context.store.db.updateTable('meta').set({ value: 'older' }).where('key', '=', MIGRATIONS_KEY).execute();
    assert.deepEqual(await migrate(context.store.db, 'older'), []);
    const recorded = await metaValues(context.store.db, [MIGRATIONS_KEY]);
    assert.equal(recorded?.get(MIGRATIONS_KEY), migrationsDigest());
  });
});
