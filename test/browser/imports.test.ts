import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { incidentInput } from '../support/factories.ts';
import { skipBrowser, startHarness, type Harness, type TestPage } from './browser-harness.ts';

let harness: Harness;
const options = { skip: skipBrowser, timeout: 120_000 };

before(async () => { if (!skipBrowser) harness = await startHarness({ detection: false }); });
after(async () => { await harness?.close(); });

const ndjson = (rows: Array<Record<string, unknown>>) => Buffer.from(rows.map((row) => JSON.stringify(row)).join('\n') + '\n');

/** Picks (or drops) a file in the page's form and sends it; resolves with the job's line once it shows. */
async function upload(page: TestPage, name: string, content: Buffer, how: 'pick' | 'drop' = 'pick') {
  if (how === 'pick') {
    await page.getByTestId('import-file').setInputFiles({ name, mimeType: 'application/x-ndjson', buffer: content });
  } else {
    // Runs in the page: the DOM's DataTransfer and File (the test's own types know no DOM).
    const dataTransfer = await page.evaluateHandle(({ name, text }) => {
      const dom = globalThis as unknown as { DataTransfer: new () => { items: { add(file: unknown): void } }; File: new (parts: string[], name: string) => unknown };
      const transfer = new dom.DataTransfer();
      transfer.items.add(new dom.File([text], name));
      return transfer;
    }, { name, text: content.toString('utf8') });
    await page.getByTestId('import-drop').dispatchEvent('drop', { dataTransfer });
  }
  await page.getByTestId('import-chosen').getByText(name).waitFor();
  await page.getByTestId('import-submit').click();
  await page.getByTestId('import-queued').getByText(name).waitFor();
  return page.getByTestId('import-job').filter({ hasText: name });
}

test('an analyst imports an NDJSON file from the page, sees it done with its counts, then a bad file refused with its row and field', options, async () => {
  const page = await harness.newPage();
  await page.goto(`${harness.url}/#/incidents`);
  await page.getByTestId('import-link').click();
  await page.getByRole('heading', { level: 1, name: 'Imports de fichiers' }).waitFor();
  assert.match(await page.getByTestId('imports-empty').textContent() ?? '', /Aucun import/);
  assert.equal(await page.locator('.main-nav a[aria-current="page"]').textContent(), 'Imports de fichiers');

  const good = [1, 2, 3].map((n) => incidentInput({ external_id: `browser-import-${n}` }));
  const done = await upload(page, 'trois-incidents.ndjson', ndjson(good));
  await page.locator('[data-testid="import-job"][data-state="done"]').filter({ hasText: 'trois-incidents.ndjson' }).waitFor();
  assert.equal(await done.getByTestId('import-state').textContent(), 'Terminé');
  assert.match(await done.getByTestId('import-progress').textContent() ?? '', /3 ligne\(s\) lue\(s\) · 3 enregistrée\(s\) · 0 déjà présente\(s\)/);
  assert.match(await done.textContent() ?? '', /louis\.martin/);
  const stored = await harness.api('analyst', 'GET', '/api/incidents?limit=10');
  assert.equal(stored.json.total, 3);

  // The second row names a facility that does not exist: the whole file is refused, nothing is written.
  const bad = [incidentInput({ external_id: 'browser-bad-1' }), incidentInput({ external_id: 'browser-bad-2', facility: 'fr-nulle-part' })];
  const failed = await upload(page, 'mauvais.ndjson', ndjson(bad));
  await page.locator('[data-testid="import-job"][data-state="failed"]').filter({ hasText: 'mauvais.ndjson' }).waitFor();
  assert.equal(await failed.getByTestId('import-state').textContent(), 'Échec');
  assert.ok(await failed.getByTestId('import-error').isVisible());
  const problem = failed.getByTestId('import-problem').first();
  await problem.waitFor();
  const cells = await problem.locator('td').allTextContents();
  assert.equal(cells[0], '2');
  assert.equal(cells[1], 'facility');
  assert.equal((await harness.api('analyst', 'GET', '/api/incidents?limit=10')).json.total, 3);

  assert.equal(await page.getByTestId('import-job').count(), 2);
  assert.match(await page.getByTestId('imports-count').textContent() ?? '', /2 import/);
  assert.deepEqual(page.errors, []);
});

test('an empty file is refused by the server and the form says which part', options, async () => {
  const page = await harness.newPage();
  await page.goto(`${harness.url}/#/imports`);
  await page.getByTestId('import-file').setInputFiles({ name: 'vide.ndjson', mimeType: 'application/x-ndjson', buffer: Buffer.alloc(0) });
  await page.getByTestId('import-submit').click();
  await page.getByTestId('import-refusal').waitFor();
  assert.match(await page.getByTestId('import-refusal').textContent() ?? '', /Fichier refusé/);
  assert.match(await page.getByTestId('import-drop').getByTestId('field-error').textContent() ?? '', /body/);
  assert.deepEqual(page.errors, []);
});

test('the example file the page offers, dropped on the drop zone, imports as it is', options, async () => {
  const page = await harness.newPage();
  await page.goto(`${harness.url}/#/imports`);
  const link = await page.getByTestId('import-example').getAttribute('href') ?? '';
  const example = Buffer.from(decodeURIComponent(link.slice(link.indexOf(',') + 1)));
  const job = await upload(page, 'exemple-incidents.ndjson', example, 'drop');
  await page.locator('[data-testid="import-job"][data-state="done"]').filter({ hasText: 'exemple-incidents.ndjson' }).waitFor();
  assert.match(await job.getByTestId('import-progress').textContent() ?? '', /^2 ligne\(s\) lue\(s\) · 2 enregistrée\(s\)/);
  assert.deepEqual(page.errors, []);
});

test('a job still queued can be cancelled from the page', options, async () => {
  // Nobody takes import work any more in this server: the next job stays queued.
  await harness.server.context.work.unserve('import');
  const page = await harness.newPage();
  await page.goto(`${harness.url}/#/imports`);
  const job = await upload(page, 'en-attente.ndjson', ndjson([incidentInput({ external_id: 'browser-queued' })]));
  assert.equal(await job.getAttribute('data-state'), 'queued');
  assert.equal(await job.getByTestId('import-state').textContent(), 'En attente');
  await job.getByRole('button', { name: 'Annuler' }).click();
  await job.getByRole('button', { name: 'Annuler cet import' }).click();
  await page.locator('[data-testid="import-job"][data-state="cancelled"]').filter({ hasText: 'en-attente.ndjson' }).waitFor();
  assert.equal(await job.getByTestId('import-state').textContent(), 'Annulé');
  assert.equal(await job.getByRole('button', { name: 'Annuler' }).count(), 0);
  const stored = await harness.api('analyst', 'GET', `/api/import-jobs/${await job.getAttribute('data-id')}`);
  assert.equal(stored.json.state, 'cancelled');
  assert.deepEqual(page.errors, []);
});
