import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { skipBrowser, startHarness, type Harness } from './browser-harness.ts';

const REPORT = 'Toulon. Des tirs ont visé la façade du centre pénitentiaire de Toulon-La Farlède dans la nuit de lundi à mardi. '
  + 'Le tag « DDPF » a été retrouvé sur le mur d\'enceinte, selon une source syndicale.';

let harness: Harness;
const options = { skip: skipBrowser, timeout: 120_000 };

before(async () => { if (!skipBrowser) harness = await startHarness({ detection: false }); });
after(async () => { await harness?.close(); });

test('an analyst submits a text, sees the evidence highlighted beside the candidate and accepts it', options, async () => {
  const page = await harness.newPage();
  await page.goto(`${harness.url}/#/review`);
  await page.getByRole('heading', { level: 1, name: 'File de validation' }).waitFor();
  assert.match(await page.getByTestId('review-empty').textContent() ?? '', /Soumettre un texte/);

  await page.getByTestId('submit-link').click();
  await page.getByTestId('submit-content').fill(REPORT);
  await page.locator('#submit-published').fill('2025-04-15');
  await page.locator('#submit-reliability').selectOption('B');
  await page.getByTestId('submit-send').click();
  await page.getByTestId('submitted-candidate').first().click();

  await page.getByRole('heading', { level: 1, name: 'Proposition : Incident' }).waitFor();
  const text = page.getByTestId('article-text');
  assert.match(await text.textContent() ?? '', /Toulon-La Farlède/);
  // Clicking the facility field highlights its words in the text.
  await page.locator('[data-testid="evidence-field"][data-field="facility"]').click();
  const active = page.locator('mark.evidence--active');
  await active.first().waitFor();
  assert.match(await active.first().textContent() ?? '', /Toulon-La Farlède/);
  assert.ok(await page.locator('mark.evidence').count() >= 3, 'the date, the place and the event are highlighted');

  await page.getByTestId('accept').click();
  await page.getByText('Proposition acceptée.').waitFor();
  await page.getByTestId('result-link').click();
  await page.waitForURL(/#\/incidents\/[0-9a-f-]{36}$/);
  await page.getByText('Toulon-La Farlède').first().waitFor();
  assert.deepEqual(page.errors, []);

  const queue = await harness.api('analyst', 'GET', '/api/review?status=accepted');
  assert.equal(queue.json.total, 1);
});
