import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { sql } from 'kysely';
import { createApp } from '../../src/api/app.ts';
import { openVigie, type VigieContext } from '../../src/context.ts';
import { apiClient } from '../support/api-client.ts';
import { account } from '../support/accounts.ts';
import { incidentInput } from '../support/factories.ts';
import { freshStore, TEST_STORE, type TestStore } from '../support/test-store.ts';

/** One distinctive phrase per free-text field, so a finding names the field that leaked. */
const phrase = (field: string) => `Pélican-${field}-Quiberon`;
const FIELDS = [
  'incident-description',
  'incident-damage',
  'incident-weapon',
  'incident-signature',
  'incident-source-title',
  'incident-source-outlet',
  'incident-source-url',
  'incident-new-description',
  'incident-change-reason',
  'case-title',
  'case-summary',
  'case-new-summary',
  'case-note',
  'evidence-description',
  'evidence-file',
  'task-title',
  'task-comment',
];

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** The fields whose phrase these bytes hold. */
const leaked = (bytes: Buffer) => FIELDS.filter((field) => bytes.indexOf(Buffer.from(phrase(field), 'utf8')) !== -1);

describe(`every free-text field of STAFF records sealed at rest on ${TEST_STORE} (issue 16, item 7)`, () => {
  let store: TestStore;
  let context: VigieContext;
  let holder: ReturnType<typeof apiClient>;
  let incidentId: string;
  let caseId: string;
  let taskId: string;
  let backup: Buffer;

  before(async () => {
    store = await freshStore();
    context = await openVigie({ dataDir: store.dataDir, databaseUrl: store.databaseUrl });
    holder = apiClient(context, { token: (await account(context, { compartments: ['STAFF'] })).token });
    const created = await holder.post(
      '/api/incidents',
      incidentInput({
        compartments: ['STAFF'],
        target_kinds: ['staff_home'],
        staff: { name: 'Ysaline Kervella-Fictive' },
        description: phrase('incident-description'),
        damage: phrase('incident-damage'),
        weapons: [phrase('incident-weapon')],
        signatures: [{ kind: 'slogan', text: phrase('incident-signature') }],
        sources: [
          {
            kind: 'press',
            title: phrase('incident-source-title'),
            outlet: phrase('incident-source-outlet'),
            url: `https://presse.example/${phrase('incident-source-url')}`,
            reliability: 'B',
            credibility: 2,
          },
        ],
      }),
    );
    assert.equal(created.status, 201, created.text);
    incidentId = created.json.id;
    const patched = await holder.patch(`/api/incidents/${incidentId}`, {
      version: 1,
      description: phrase('incident-new-description'),
      reason: phrase('incident-change-reason'),
    });
    assert.equal(patched.status, 200, patched.text);

    const opened = await holder.post('/api/cases', {
      title: phrase('case-title'),
      summary: phrase('case-summary'),
      marking: 'AMBER',
      compartments: ['STAFF'],
    });
    assert.equal(opened.status, 201, opened.text);
    caseId = opened.json.id;
    const steps = [
      await holder.patch(`/api/cases/${caseId}`, { version: 1, summary: phrase('case-new-summary') }),
      await holder.post(`/api/cases/${caseId}/items`, { type: 'incident', id: incidentId }),
      await holder.post(`/api/cases/${caseId}/notes`, { text: phrase('case-note') }),
      await holder.call(
        'POST',
        `/api/cases/${caseId}/evidence?filename=${encodeURIComponent(`${phrase('evidence-file')}.txt`)}&description=${encodeURIComponent(phrase('evidence-description'))}`,
        'constat',
        { 'content-type': 'text/plain' },
      ),
    ];
    for (const step of steps) assert.ok(step.status < 300, step.text);
    const task = await holder.post(`/api/cases/${caseId}/tasks`, { title: phrase('task-title') });
    assert.equal(task.status, 201, task.text);
    taskId = task.json.id;
    const comment = await holder.post(`/api/tasks/${taskId}/comments`, { text: phrase('task-comment') });
    assert.equal(comment.status, 201, comment.text);

    const operator = await account(context, { role: 'admin' });
    await context.identity.setPermissions(operator.id, ['backup']);
    const response = await createApp(context).request('/api/admin/backup', {
      headers: { authorization: `Bearer ${operator.token}` },
    });
    assert.equal(response.status, 200);
    backup = gunzipSync(Buffer.from(await response.arrayBuffer()));
  });
  after(async () => {
    await context.close().catch(() => undefined);
    await store.drop();
  });

  test('the holder of the compartment reads every field back in clear', async () => {
    const incident = (await holder.get(`/api/incidents/${incidentId}`)).json;
    assert.equal(incident.description, phrase('incident-new-description'));
    assert.equal(incident.damage, phrase('incident-damage'));
    assert.deepEqual(incident.weapons, [phrase('incident-weapon')]);
    assert.equal(incident.signatures[0].text, phrase('incident-signature'));
    assert.equal(incident.sources[0].title, phrase('incident-source-title'));
    const history = (await holder.get(`/api/incidents/${incidentId}/history`)).json;
    assert.match(JSON.stringify(history), new RegExp(phrase('incident-change-reason')));
    const found = (await holder.get(`/api/cases/${caseId}`)).json;
    const text = JSON.stringify(found);
    for (const field of [
      'case-title',
      'case-new-summary',
      'case-note',
      'evidence-description',
      'evidence-file',
      'task-title',
    ])
      assert.ok(text.includes(phrase(field)), field);
    assert.equal((await holder.get(`/api/tasks/${taskId}`)).json.comments[0].text, phrase('task-comment'));
  });

  test('no row of any table holds a phrase in clear', async () => {
    const raw = context.store.db.withoutPlugins();
    const tables = await sql<{
      name: string;
    }>`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`.execute(
      raw,
    );
    assert.ok(tables.rows.length > 30);
    for (const { name } of tables.rows) {
      const rows = await sql<{ row: string }>`SELECT t::text AS row FROM ${sql.table(name)} t`.execute(raw);
      for (const { row } of rows.rows)
        assert.deepEqual(leaked(Buffer.from(row, 'utf8')), [], `${name}: ${row.slice(0, 300)}`);
    }
  });

  test('the backup file holds no phrase in clear', () => {
    assert.ok(backup.length > 10_000, 'a whole store');
    assert.ok(backup.includes('vigie-sealed:'), 'sealed values are in it');
    assert.deepEqual(leaked(backup), []);
  });

  test('a sealed value copied from the backup into another record is refused, not opened for its readers', async () => {
    const sealed = backup.toString('utf8').match(/vigie-sealed:[A-Za-z0-9._-]+/)![0];
    const analyst = apiClient(context, { token: (await account(context)).token });
    const refused = await analyst.post('/api/incidents', incidentInput({ marking: 'GREEN', description: sealed }));
    assert.equal(refused.status, 400, refused.text);
    assert.equal(refused.json.error.code, 'sealed_text_in_input');
  });

  test('the files of the embedded store, write-ahead log included, hold no phrase', {
    skip: TEST_STORE !== 'pglite' && 'PostgreSQL keeps its files elsewhere; the table scan covers it',
  }, async () => {
    await context.close();
    const files = filesUnder(store.dataDir);
    assert.ok(
      files.some((file) => file.includes('pg_wal')),
      'the write-ahead log is there',
    );
    for (const file of files) assert.deepEqual(leaked(readFileSync(file)), [], file);
  });
});
