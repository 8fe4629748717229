import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { sql } from 'kysely';
import { openVigie, type VigieContext } from '../../src/context.ts';
import { verifyAudit } from '../../src/core/audit/audit.service.ts';
import { account } from '../support/accounts.ts';
import { runVigie } from '../support/cli-runner.ts';
import { freshStore, TEST_STORE, type TestStore } from '../support/test-store.ts';

// One master key for the source and the target, as an operator gives it to the store restored into.
process.env.VIGIE_MASTER_KEY = '5c'.repeat(32);

async function withStore<T>(store: TestStore, work: (context: VigieContext) => Promise<T>): Promise<T> {
  const context = await openVigie({ dataDir: store.dataDir, databaseUrl: store.databaseUrl });
  try {
    return await work(context);
  } finally {
    await context.close();
  }
}

/** Edits a backup's text and recomputes its content hash, as a forger who read the format would. */
function forge(text: string, edit: (body: string) => string, signature: 'keep' | 'drop'): string {
  const lines = text.trimEnd().split('\n');
  const trailer = JSON.parse(lines.pop()!);
  const body = edit(`${lines.join('\n')}\n`);
  trailer.sha256 = createHash('sha256').update(body).digest('hex');
  if (signature === 'drop') delete trailer.signature;
  return `${body}${JSON.stringify(trailer)}\n`;
}

describe(`forged backups and records edited behind the trail on ${TEST_STORE} (issue 16, item 5)`, () => {
  let source: TestStore;
  let target: TestStore;
  let folder: string;
  let file: string;
  let analystId: string;

  before(async () => {
    source = await freshStore();
    target = await freshStore();
    folder = mkdtempSync(join(tmpdir(), 'vigie-forgery-'));
    file = join(folder, 'vigie.backup.gz');
    analystId = await withStore(
      source,
      async (context) => (await account(context, { role: 'analyst', username: 'ines.forgeron' })).id,
    );
    const made = await runVigie(source, 'backup', file);
    assert.equal(made.code, 0, made.stderr);
  });
  after(async () => {
    await source.drop();
    await target.drop();
    rmSync(folder, { recursive: true, force: true });
  });

  const makeAdmin = (body: string) =>
    body.replace(
      /("username":"ines\.forgeron"[^\n]*?"role":")analyst"|("role":")analyst("[^\n]*"username":"ines\.forgeron")/,
      (whole) => whole.replace('"role":"analyst"', '"role":"admin"'),
    );

  test('the backup is signed, and restores as it is', async () => {
    const trailer = JSON.parse(gunzipSync(readFileSync(file)).toString('utf8').trimEnd().split('\n').pop()!);
    assert.match(trailer.signature, /^v1\.[0-9a-f]{12}\.[0-9a-f]{64}$/);
    const restored = await runVigie(target, 'restore', '--force', file);
    assert.equal(restored.code, 0, restored.stderr);
  });

  test('an edited backup with its hash recomputed is refused, signed or not', async () => {
    const text = gunzipSync(readFileSync(file)).toString('utf8');
    const edited = makeAdmin(text);
    assert.notEqual(edited, text, 'the forger found the role to change');
    for (const [name, signature, message] of [
      ['resigned.gz', 'keep', /not signed by this store's master key/],
      ['unsigned.gz', 'drop', /is not signed/],
    ] as const) {
      const forged = join(folder, name);
      writeFileSync(forged, gzipSync(forge(text, makeAdmin, signature)));
      const refused = await runVigie(target, 'restore', '--force', forged);
      assert.equal(refused.code, 2, refused.stderr);
      assert.match(refused.stderr, message);
    }
    await withStore(target, async (context) => {
      const row = await context.store.db
        .selectFrom('users')
        .select('role')
        .where('id', '=', analystId)
        .executeTakeFirstOrThrow();
      assert.equal(row.role, 'analyst', 'nothing was restored');
    });
  });

  test('--force-unsigned restores it loudly, and audit verify finds the edited account', async () => {
    const forged = join(folder, 'unsigned.gz');
    const restored = await runVigie(target, 'restore', '--force', '--force-unsigned', forged);
    assert.equal(restored.code, 0, restored.stderr);
    assert.match(restored.stderr, /WITHOUT checking its signature/);
    const verify = await runVigie(target, 'audit', 'verify');
    assert.equal(verify.code, 2, verify.stdout);
    assert.match(verify.stderr, /ines\.forgeron .* was changed outside Vigie/);
    await withStore(target, async (context) => {
      const events = await context.store.db
        .selectFrom('audit_events')
        .select('action')
        .where('action', '=', 'store.restore.unsigned')
        .execute();
      assert.equal(events.length, 1);
    });
  });

  test('a record edited in the database, or slipped in, breaks audit verify', async () => {
    const store = await freshStore();
    try {
      await withStore(store, async (context) => {
        const user = await account(context, { role: 'reporter' });
        assert.ok((await verifyAudit(context.audit)).ok);
        await sql`UPDATE users SET role = 'admin' WHERE id = ${user.id}`.execute(context.store.db);
        const edited = await verifyAudit(context.audit);
        assert.equal(edited.ok, false);
        assert.match((edited as { reason: string }).reason, /was changed outside Vigie/);
        await sql`UPDATE users SET role = 'reporter' WHERE id = ${user.id}`.execute(context.store.db);
        assert.ok((await verifyAudit(context.audit)).ok, 'put back, it matches again');
        await sql`INSERT INTO users (id, username, password_hash, role, organisation_id, compartments) SELECT gen_random_uuid(), 'intrus', password_hash, 'admin', organisation_id, compartments FROM users WHERE id = ${user.id}`.execute(
          context.store.db,
        );
        const slipped = await verifyAudit(context.audit);
        assert.match((slipped as { reason: string }).reason, /intrus .* has no trace in the audit trail/);
      });
    } finally {
      await store.drop();
    }
  });
});
