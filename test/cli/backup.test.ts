import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { sql, type Kysely } from 'kysely';
import { verifyAudit } from '../../src/core/audit/audit.service.ts';
import { dependencyOrder, restoreBackup } from '../../src/store/backup.ts';
import type { VigieError } from '../../src/core/shared/errors.ts';
import type { DB } from '../../src/store/schema.ts';
import { signedInClient } from '../support/api-client.ts';
import { account } from '../support/accounts.ts';
import { createApp } from '../../src/api/app.ts';
import { vigieOn } from '../support/cli-runner.ts';
import { incidentInput } from '../support/factories.ts';
import { freshContext, TEST_STORE } from '../support/test-store.ts';

// Both stores hold the same master key, as an operator restoring a backup gives it to the target.
process.env.VIGIE_MASTER_KEY = '7d'.repeat(32);

/** Every row of every table, each as PostgreSQL's own JSON text, in a stable order. */
async function snapshot(db: Kysely<DB>): Promise<Map<string, string[]>> {
  const tables = await sql<{
    name: string;
  }>`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`.execute(
    db,
  );
  const all = new Map<string, string[]>();
  for (const { name } of tables.rows) {
    const rows = await sql<{ line: string }>`SELECT row_to_json(t)::text AS line FROM ${sql.table(name)} t`.execute(db);
    all.set(name, rows.rows.map((row) => row.line).sort());
  }
  return all;
}

describe(`vigie backup and restore on ${TEST_STORE}`, () => {
  // Two stores open for the file: the commands are invocations on them, the checks read them directly.
  let source: Awaited<ReturnType<typeof freshContext>>;
  let target: Awaited<ReturnType<typeof freshContext>>;
  let folder: string;
  let file: string;
  let before_: Map<string, string[]>;

  before(async () => {
    source = await freshContext();
    target = await freshContext();
    folder = mkdtempSync(join(tmpdir(), 'vigie-backup-'));
    file = join(folder, 'vigie.backup.gz');
    const analyst = await signedInClient(source, { role: 'analyst', compartments: ['STAFF'] });
    for (const description of [
      'Tirs de kalachnikov sur le portail « nord »',
      '=HYPERLINK("x") 1,5 kg; \\ "guillemets"\n deux lignes',
    ]) {
      const created = await analyst.post('/api/incidents', incidentInput({ description, marking: 'AMBER' }));
      assert.equal(created.status, 201, created.text);
    }
    // A case with an evidence file: bytes (bytea) must come back bit for bit.
    const opened = await analyst.post('/api/cases', { title: 'Vague de tirs, avril 2025' });
    assert.equal(opened.status, 201, opened.text);
    const evidence = await analyst.call(
      'POST',
      `/api/cases/${opened.json.id}/evidence?filename=photo.bin`,
      '\u0000\u00ff binaire é',
      { 'content-type': 'application/octet-stream' },
    );
    assert.equal(evidence.status, 201, evidence.text);
    // What the writes set going in the background (escort re-assessment, the alert rules marking each
    // incident as seen) is done before anything is compared: a mark landing between the backup and the
    // snapshot made `incidents` differ on PostgreSQL.
    await source.escortWatch.idle();
    await source.alerting.idle();
  });
  after(async () => {
    await source.close();
    await target.close();
    rmSync(folder, { recursive: true, force: true });
  });

  test('backs up a store, restores it into an empty one, and every table and the audit chain come back equal', async () => {
    const backup = await vigieOn(source)('backup', file);
    assert.equal(backup.code, 0, backup.stderr);
    assert.match(backup.stdout, /backup written: .* rows/);
    before_ = await snapshot(source.store.db);
    const restore = await vigieOn(target)('restore', file);
    assert.equal(restore.code, 0, restore.stderr);
    const after_ = await snapshot(target.store.db);
    assert.deepEqual([...after_.keys()], [...before_.keys()]);
    for (const [table, rows] of before_) {
      // The backup and the restore each append their own event, after the copy.
      const own = (lines: string[]) =>
        table === 'audit_events' ? lines.filter((line) => !/"store\.(backup|restore)"/.test(line)) : lines;
      assert.deepEqual(own(after_.get(table)!), own(rows), `table ${table} differs`);
    }
    assert.ok(
      before_.get('incidents')!.length === 2 && before_.get('case_evidence')!.length === 1,
      [...before_.keys()].join(),
    );
    const chain = await verifyAudit(target.audit);
    assert.ok(chain.ok, JSON.stringify(chain));
    assert.equal(chain.count, before_.get('audit_events')!.length);
    const analyst = await signedInClient(target, { role: 'analyst' });
    // New rows after a restore get fresh keys: sequences were moved past the restored values.
    assert.equal((await analyst.post('/api/incidents', incidentInput())).status, 201);
  });

  test('refuses to restore over a store that holds data unless --force, and then replaces it', async () => {
    const refused = await vigieOn(target)('restore', file);
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /already holds data.*--force/);
    const forced = await vigieOn(target)('restore', '--force', file);
    assert.equal(forced.code, 0, forced.stderr);
    const incidents = await target.store.db.selectFrom('incidents').select('id').execute();
    assert.equal(incidents.length, 2);
    assert.ok((await verifyAudit(target.audit)).ok);
  });

  test('refuses a damaged, truncated or foreign file with exit code 2 and changes nothing', async () => {
    const text = gunzipSync(readFileSync(file)).toString('utf8');
    const tampered = join(folder, 'tampered.gz');
    writeFileSync(tampered, gzipSync(text.replace('Tirs de kalachnikov', 'Tirs de kalachnikof')));
    const truncated = join(folder, 'truncated.gz');
    writeFileSync(truncated, gzipSync(text.split('\n').slice(0, -3).join('\n')));
    const foreign = join(folder, 'foreign.gz');
    writeFileSync(foreign, 'id,name\n1,x\n');
    const result = await vigieOn(target)('restore', '--force', tampered);
    assert.equal(result.code, 2, result.stderr);
    assert.match(result.stderr, /damaged: its SHA-256/);
    for (const [path, message] of [
      [truncated, /truncated/],
      [foreign, /not a readable Vigie backup/],
    ] as const) {
      await assert.rejects(
        restoreBackup(target.store.db, path, { force: true, signer: target.sealer }),
        (error: VigieError) => error.code === 'invalid_backup' && message.test(error.message),
      );
    }
    const descriptions = await target.store.db.selectFrom('incidents').select('description').execute();
    assert.ok(descriptions.some((row) => row.description?.includes('kalachnikov')));
  });

  test('an administrator downloads the same backup from the running API, others are refused', async () => {
    const downloaded = join(folder, 'downloaded.gz');
    const app = createApp(source);
    const analyst = await account(source, { role: 'analyst' });
    const admin = await account(source, { role: 'admin' });
    // The full backup is the operator's: an administrator needs the backup permission (issue 16).
    assert.equal(
      (await app.request('/api/admin/backup', { headers: { authorization: `Bearer ${admin.token}` } })).status,
      403,
    );
    // As `vigie users set --permission backup` does: the change and its audit event (which anchors the account's digest).
    await source.identity.setPermissions(admin.id, ['backup']);
    await source.audit.append({
      actor_id: null,
      actor: 'cli',
      action: 'user.permissions',
      object_type: 'user',
      object_id: admin.id,
      details: { permissions: ['backup'] },
    });
    assert.equal(
      (await app.request('/api/admin/backup', { headers: { authorization: `Bearer ${analyst.token}` } })).status,
      403,
    );
    const response = await app.request('/api/admin/backup', { headers: { authorization: `Bearer ${admin.token}` } });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'application/gzip');
    writeFileSync(downloaded, Buffer.from(await response.arrayBuffer()));
    const summary = await restoreBackup(target.store.db, downloaded, { force: true, signer: target.sealer });
    assert.ok(summary.rows > 300, String(summary.rows));
    assert.equal((await target.store.db.selectFrom('incidents').select('id').execute()).length, 2);
    assert.ok((await verifyAudit(target.audit)).ok);
  });

  test('orders tables after the tables they reference', () => {
    assert.deepEqual(
      dependencyOrder(
        ['links', 'incidents', 'facilities'],
        [
          { child: 'links', parent: 'incidents' },
          { child: 'incidents', parent: 'facilities' },
        ],
      ),
      ['facilities', 'incidents', 'links'],
    );
  });
});
