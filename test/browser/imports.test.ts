import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { incidentInput } from '../support/factories.ts';
import type { Route } from 'playwright-core';
import { skipBrowser, startHarness, widthOnPhone, type Harness, type TestPage } from './browser-harness.ts';

let harness: Harness;
const options = { skip: skipBrowser, timeout: 120_000 };

before(async () => {
  if (!skipBrowser) harness = await startHarness({ detection: false });
});
after(async () => {
  await harness?.close();
});

const ndjson = (rows: Array<Record<string, unknown>>) =>
  Buffer.from(`${rows.map((row) => JSON.stringify(row)).join('\n')}\n`);
const jobLine = (page: TestPage, name: string, state?: string) =>
  page
    .locator(state ? `[data-testid="import-job"][data-state="${state}"]` : '[data-testid="import-job"]')
    .filter({ hasText: name });
/** While stopped, this server takes no import work: a job uploaded stays queued until `start`. */
const imports = () => harness.server.context.importJobRuntime;

/** Picks (or drops) a file in the page's form and sends it; resolves with the job's line once it shows. */
async function upload(page: TestPage, name: string, content: Buffer, how: 'pick' | 'drop' = 'pick') {
  if (how === 'pick') {
    await page.getByTestId('import-file').setInputFiles({ name, mimeType: 'application/x-ndjson', buffer: content });
  } else {
    // Runs in the page: the DOM's DataTransfer and File (the test's own types know no DOM).
    const dataTransfer = await page.evaluateHandle(
      ({ name, text }) => {
        const dom = globalThis as unknown as {
          DataTransfer: new () => { items: { add(file: unknown): void } };
          File: new (parts: string[], name: string) => unknown;
        };
        const transfer = new dom.DataTransfer();
        transfer.items.add(new dom.File([text], name));
        return transfer;
      },
      { name, text: content.toString('utf8') },
    );
    await page.getByTestId('import-drop').dispatchEvent('drop', { dataTransfer });
  }
  await page.getByTestId('import-chosen').getByText(name).waitFor();
  await page.getByTestId('import-submit').click();
  await page.getByTestId('import-queued').getByText(name).waitFor();
  const line = jobLine(page, name);
  await line.waitFor();
  return line;
}

test(
  'an analyst imports an NDJSON file from the page and the live stream turns its line from queued to done with the counts',
  options,
  async () => {
    const page = await harness.newPage();
    const streaming = page.waitForResponse((response) => response.url().endsWith('/api/stream'));
    await page.goto(`${harness.url}/#/incidents`);
    await page.getByTestId('import-link').click();
    await page.getByRole('heading', { level: 1, name: 'Imports de fichiers' }).waitFor();
    assert.match((await page.getByTestId('imports-empty').textContent()) ?? '', /Aucun import/);
    assert.equal(await page.locator('.main-nav a[aria-current="page"]').textContent(), 'Imports de fichiers');
    await streaming;

    await imports().stop();
    const good = [1, 2, 3].map((n) => incidentInput({ external_id: `browser-import-${n}` }));
    const line = await upload(page, 'trois-incidents.ndjson', ndjson(good));
    assert.equal(await line.getAttribute('data-state'), 'queued');
    assert.equal(await line.getByTestId('import-state').textContent(), 'En attente');
    // From now on the page's own GETs of the list are held: only the stream can tell it is done.
    const stale = await harness.api('analyst', 'GET', '/api/import-jobs?limit=20&offset=0');
    const held: Route[] = [];
    let pollHeld = () => {};
    const polling = new Promise<void>((resolve) => {
      pollHeld = resolve;
    });
    await page.route(/\/api\/import-jobs\?/, (route) => {
      held.push(route);
      pollHeld();
    });
    await polling;
    await imports().start();

    await jobLine(page, 'trois-incidents.ndjson', 'done').waitFor();
    // The held requests answer late, with the job still queued: the line stays done.
    await Promise.all(held.map((route) => route.fulfill({ json: stale.json })));
    await page.evaluate(
      () =>
        new Promise((resolve) => {
          const frame = (globalThis as unknown as { requestAnimationFrame(callback: () => void): void })
            .requestAnimationFrame;
          frame(() => frame(() => resolve(undefined)));
        }),
    );
    assert.equal(await line.getByTestId('import-state').textContent(), 'Terminé');
    assert.match(
      (await line.getByTestId('import-progress').textContent()) ?? '',
      /3 ligne\(s\) lue\(s\) · 3 enregistrée\(s\) · 0 déjà présente\(s\)/,
    );
    assert.match((await line.textContent()) ?? '', /par louis\.martin/);
    assert.equal((await harness.api('analyst', 'GET', '/api/incidents?limit=10')).json.total, 3);
    assert.deepEqual(page.errors, []);
  },
);

test(
  'without the live stream the page polls: a file with an unknown facility on row 2 shows failed, with that row and field',
  options,
  async () => {
    const page = await harness.newPage();
    // The stream answers nothing: the page must find the outcome by asking.
    await page.route(/\/api\/stream/, (route) => route.fulfill({ status: 204 }));
    await page.goto(`${harness.url}/#/imports`);
    await jobLine(page, 'trois-incidents.ndjson', 'done').waitFor();

    await imports().stop();
    const bad = [
      incidentInput({ external_id: 'browser-bad-1' }),
      incidentInput({ external_id: 'browser-bad-2', facility: 'fr-nulle-part' }),
    ];
    const line = await upload(page, 'mauvais.ndjson', ndjson(bad));
    assert.equal(await line.getAttribute('data-state'), 'queued');
    await imports().start();

    await jobLine(page, 'mauvais.ndjson', 'failed').waitFor();
    assert.equal(await line.getByTestId('import-state').textContent(), 'Échec');
    assert.ok(await line.getByTestId('import-error').isVisible());
    const problem = line.getByTestId('import-problem').first();
    await problem.waitFor();
    const cells = await problem.locator('td').allTextContents();
    assert.equal(cells[0], '2');
    assert.equal(cells[1], 'facility');
    assert.equal(
      (await harness.api('analyst', 'GET', '/api/incidents?limit=10')).json.total,
      3,
      'nothing of the refused file is written',
    );
    assert.equal(await page.getByTestId('import-job').count(), 2);
    assert.match((await page.getByTestId('imports-count').textContent()) ?? '', /2 import/);
    assert.equal(await widthOnPhone(page), 390, 'the form and the refused rows fit a phone');
    assert.deepEqual(page.errors, []);
  },
);

test('an empty file is refused by the server and the form says which part', options, async () => {
  const page = await harness.newPage();
  await page.goto(`${harness.url}/#/imports`);
  await page
    .getByTestId('import-file')
    .setInputFiles({ name: 'vide.ndjson', mimeType: 'application/x-ndjson', buffer: Buffer.alloc(0) });
  await page.getByTestId('import-submit').click();
  await page.getByTestId('import-refusal').waitFor();
  assert.match((await page.getByTestId('import-refusal').textContent()) ?? '', /Fichier refusé/);
  assert.match(
    (await page.getByTestId('import-drop').getByTestId('field-error').textContent()) ?? '',
    /^Fichier : \S/,
    'the refusal names the file (the body)',
  );
  assert.deepEqual(page.errors, []);
});

test('the example file the page offers, dropped on the drop zone, imports as it is', options, async () => {
  const page = await harness.newPage();
  await page.goto(`${harness.url}/#/imports`);
  const link = (await page.getByTestId('import-example').getAttribute('href')) ?? '';
  const example = Buffer.from(decodeURIComponent(link.slice(link.indexOf(',') + 1)));
  const line = await upload(page, 'exemple-incidents.ndjson', example, 'drop');
  await jobLine(page, 'exemple-incidents.ndjson', 'done').waitFor();
  assert.match(
    (await line.getByTestId('import-progress').textContent()) ?? '',
    /^2 ligne\(s\) lue\(s\) · 2 enregistrée\(s\)/,
  );
  assert.deepEqual(page.errors, []);
});

test('a job still queued is cancelled from the page and not run when the workers come back', options, async () => {
  await imports().stop();
  const page = await harness.newPage();
  await page.goto(`${harness.url}/#/imports`);
  const line = await upload(page, 'en-attente.ndjson', ndjson([incidentInput({ external_id: 'browser-queued' })]));
  assert.equal(await line.getByTestId('import-state').textContent(), 'En attente');
  await line.getByRole('button', { name: 'Annuler' }).click();
  await line.getByRole('button', { name: 'Annuler cet import' }).click();
  await jobLine(page, 'en-attente.ndjson', 'cancelled').waitFor();
  assert.equal(await line.getByTestId('import-state').textContent(), 'Annulé');
  assert.equal(await line.getByRole('button', { name: 'Annuler' }).count(), 0);

  await imports().start();
  await harness.server.context.work.close();
  const id = await line.getAttribute('data-id');
  assert.equal((await harness.api('analyst', 'GET', `/api/import-jobs/${id}`)).json.state, 'cancelled');
  assert.equal((await harness.api('analyst', 'GET', '/api/incidents?limit=10')).json.total, 5);
  assert.deepEqual(page.errors, []);
});
