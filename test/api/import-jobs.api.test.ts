import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { VigieContext } from '../../src/context.ts';
import { signedInClient } from '../support/api-client.ts';
import { incidentInput } from '../support/factories.ts';
import { freshContext, TEST_STORE } from '../support/test-store.ts';

const ndjson = (rows: unknown[]) => rows.map((row) => JSON.stringify(row)).join('\n');

describe(`import jobs on ${TEST_STORE}`, () => {
  let context: VigieContext;
  let api: Awaited<ReturnType<typeof signedInClient>>;
  before(async () => {
    context = await freshContext();
    api = await signedInClient(context);
  });
  after(async () => {
    await context.importJobRuntime.stop();
    await context.close();
  });

  const total = async () => (await api.get('/api/incidents?limit=1')).json.total as number;
  /** Polls the job until it has ended, as the web page does. */
  async function ended(id: string, client = api) {
    for (let waited = 0; ; waited += 50) {
      const job = await client.get(`/api/import-jobs/${id}`);
      assert.equal(job.status, 200, job.text);
      if (!['queued', 'running'].includes(job.json.state)) return job.json;
      assert.ok(waited < 60_000, `job ${id} still ${job.json.state}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  test('a file queued while no instance takes imports waits, can be cancelled, and cannot be cancelled twice', async () => {
    const queued = await api.upload(
      '/api/import-jobs?name=attente.ndjson',
      ndjson([incidentInput()]),
      'application/x-ndjson',
    );
    assert.equal(queued.status, 202, queued.text);
    assert.equal(queued.json.state, 'queued');
    assert.equal(queued.json.file_name, 'attente.ndjson');
    assert.equal(queued.json.created_by.username, api.user.username);
    const cancelled = await api.post(`/api/import-jobs/${queued.json.id}/cancel`);
    assert.deepEqual([cancelled.status, cancelled.json.state], [200, 'cancelled']);
    const again = await api.post(`/api/import-jobs/${queued.json.id}/cancel`);
    assert.equal(again.status, 409);
    assert.equal(again.json.error.details[0].path, 'state');
  });

  test('a queued file is imported in the background with its counts; queued again it adds nothing; the file is not kept', async () => {
    await context.importJobRuntime.start();
    const before = await total();
    const rows = Array.from({ length: 60 }, () => incidentInput());
    const first = await api.upload('/api/import-jobs?name=vague.ndjson', ndjson(rows), 'application/x-ndjson');
    assert.equal(first.status, 202, first.text);
    const done = await ended(first.json.id);
    assert.deepEqual(
      [done.state, done.rows_read, done.stored, done.already_there, done.attempts],
      ['done', 60, 60, 0, 1],
    );
    assert.ok(done.started_at && done.finished_at);
    assert.equal(await total(), before + 60);
    const again = await ended((await api.upload('/api/import-jobs?format=ndjson', ndjson(rows), 'text/plain')).json.id);
    assert.deepEqual([again.state, again.stored, again.already_there], ['done', 0, 60]);
    const stored = await context.store.db
      .selectFrom('import_jobs')
      .select(['content', 'sha256'])
      .where('id', '=', first.json.id)
      .executeTakeFirstOrThrow();
    assert.equal(stored.content, null);
    assert.match(stored.sha256, /^[0-9a-f]{64}$/);
    const events = await context.store.db
      .selectFrom('notification_events')
      .select(['type', 'title', 'user_ids'])
      .where('subject_id', '=', first.json.id)
      .execute();
    assert.ok(
      events.some(
        (event) =>
          event.type === 'import_job.updated' &&
          /Import terminé.*60 ajoutés/.test(event.title) &&
          event.user_ids.includes(api.user.id),
      ),
      JSON.stringify(events),
    );
  });

  test('a refused file ends failed, naming each row and field, and writes nothing', async () => {
    await context.importJobRuntime.start();
    const before = await total();
    const rows = [
      incidentInput(),
      incidentInput({ facility: 'Prison imaginaire' }),
      incidentInput(),
      incidentInput({ event_types: [] }),
    ];
    const failed = await ended(
      (await api.upload('/api/import-jobs?name=erreurs.json', JSON.stringify(rows), 'application/json')).json.id,
    );
    assert.equal(failed.state, 'failed');
    assert.deepEqual([failed.rows_read, failed.problem_count, failed.stored], [4, 2, 0]);
    assert.deepEqual(
      failed.problems.map((p: { row: number; path: string }) => [p.row, p.path]),
      [
        [2, 'facility'],
        [4, 'event_types'],
      ],
    );
    assert.match(failed.error, /nothing was written/);
    assert.equal(await total(), before);
  });

  test('a job whose instance died while running is taken again and finished once', async () => {
    const rows = Array.from({ length: 5 }, () => incidentInput());
    await context.importJobRuntime.stop();
    const queued = await api.upload('/api/import-jobs?name=reprise.ndjson', ndjson(rows), 'application/x-ndjson');
    // What a SIGKILL mid-run leaves: the job running, its lease run out, nothing committed.
    await context.store.db
      .updateTable('import_jobs')
      .set({ state: 'running', attempts: 1, lease_until: new Date(Date.now() - 1000) })
      .where('id', '=', queued.json.id)
      .execute();
    // The sweep each instance runs at start (then every minute) queues it again.
    await context.importJobRuntime.start();
    const done = await ended(queued.json.id);
    assert.deepEqual([done.state, done.stored, done.attempts], ['done', 5, 2]);
  });

  test('others see only their own jobs; administrators see all; bad requests name the field', async () => {
    const mine = await api.upload('/api/import-jobs?name=a.ndjson', ndjson([incidentInput()]), 'application/x-ndjson');
    const other = await signedInClient(context);
    assert.equal((await other.get(`/api/import-jobs/${mine.json.id}`)).status, 404);
    assert.ok(!(await other.get('/api/import-jobs')).json.items.some((job: { id: string }) => job.id === mine.json.id));
    const admin = await signedInClient(context, { role: 'admin' });
    const listed = await admin.get('/api/import-jobs?limit=200');
    assert.ok(listed.json.items.some((job: { id: string }) => job.id === mine.json.id));
    assert.ok(listed.json.total >= 5);
    const empty = await api.upload('/api/import-jobs', '', 'application/x-ndjson');
    assert.deepEqual([empty.status, empty.json.error.details[0].path], [400, 'body']);
    const unknown = await api.upload('/api/import-jobs', 'garbage bytes', 'application/octet-stream');
    assert.deepEqual([unknown.status, unknown.json.error.details[0].path], [415, 'format']);
    const badState = await api.get('/api/import-jobs?state=done,lost');
    assert.deepEqual([badState.status, badState.json.error.details[0].path], [400, 'state']);
    const reporter = await signedInClient(context, { role: 'reporter' });
    assert.equal(
      (await reporter.upload('/api/import-jobs', ndjson([incidentInput()]), 'application/x-ndjson')).status,
      202,
      'reporters record incidents too',
    );
  });
});
