import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { skipBrowser, startHarness, widthOnPhone, type Harness } from './browser-harness.ts';

const REPORT =
  'Toulon. Des tirs ont visé la façade du centre pénitentiaire de Toulon-La Farlède dans la nuit de lundi à mardi. ' +
  "Le tag « DDPF » a été retrouvé sur le mur d'enceinte, selon une source syndicale.";

let harness: Harness;
const options = { skip: skipBrowser, timeout: 120_000 };

before(async () => {
  if (!skipBrowser) harness = await startHarness({ detection: false });
});
after(async () => {
  await harness?.close();
});

test(
  'an analyst submits a text, sees the evidence highlighted beside the candidate and accepts it',
  options,
  async () => {
    const page = await harness.newPage();
    await page.goto(`${harness.url}/#/review`);
    await page.getByRole('heading', { level: 1, name: 'File de validation' }).waitFor();
    assert.match((await page.getByTestId('review-empty').textContent()) ?? '', /Soumettre un texte/);

    await page.getByTestId('submit-link').click();
    await page.getByTestId('submit-content').fill(REPORT);
    await page.locator('#submit-published').fill('2025-04-15');
    await page.getByTestId('submit-outlet').fill('Var-Matin');
    await page.getByTestId('submit-send').click();
    // the candidate says its site and night in words, not the facility's id nor an ISO date
    const submitted = page.getByTestId('submitted-candidate').first();
    await page
      .getByTestId('submitted-candidate')
      .filter({ hasText: 'Centre pénitentiaire de Toulon-La Farlède · nuit du 14 au 15 avr. 2025 · Tirs' })
      .waitFor();
    assert.doesNotMatch((await submitted.textContent()) ?? '', /fr-toulon|\d{4}-\d{2}-\d{2}/);
    await submitted.click();

    await page.getByRole('heading', { level: 1, name: 'Proposition : Incident' }).waitFor();
    const text = page.getByTestId('article-text');
    assert.match((await text.textContent()) ?? '', /Toulon-La Farlède/);
    // Clicking the facility field highlights its words in the text.
    await page.locator('[data-testid="evidence-field"][data-field="facility"]').click();
    const active = page.locator('mark.evidence--active');
    await active.first().waitFor();
    assert.match((await active.first().textContent()) ?? '', /Toulon-La Farlède/);
    assert.ok((await page.locator('mark.evidence').count()) >= 3, 'the date, the place and the event are highlighted');
    // every field read is named in French, where on the site too
    assert.match(
      (await page.locator('[data-testid="evidence-field"][data-field="spot"]').textContent()) ?? '',
      /^Où sur le site/,
    );

    assert.match((await page.getByTestId('article-outlet').textContent()) ?? '', /Var-Matin/);
    await page.getByTestId('decision-grade').selectOption('B2');
    await page.getByTestId('accept').click();
    await page.getByText('Proposition acceptée.').waitFor();
    await page.getByTestId('result-link').click();
    await page.waitForURL(/#\/incidents\/[0-9a-f-]{36}$/);
    await page.getByText('Toulon-La Farlède').first().waitFor();
    // The incident's source is the article: its outlet, the analyst's grade, and a way back to the evidence.
    const source = page.locator('ul.sources li').first();
    assert.match((await source.textContent()) ?? '', /B2.*Var-Matin.*cote de l'analyste/s);
    await page.getByTestId('source-evidence').click();
    await page.waitForURL(/#\/review\/[0-9a-f-]{36}$/);
    await page.getByTestId('article-text').waitFor();
    assert.ok((await page.locator('mark.evidence').count()) >= 3, 'the article, with its evidence highlighted');
    assert.deepEqual(page.errors, []);

    const queue = await harness.api('analyst', 'GET', '/api/review?status=accepted');
    assert.equal(queue.json.total, 1);
  },
);

test(
  "the source register lists outlets' grades in French and English; a supervisor or administrator changes one in place",
  options,
  async () => {
    const reader = await harness.newPage();
    await reader.goto(`${harness.url}/#/sources`);
    await reader.getByRole('heading', { level: 1, name: 'Registre des sources' }).waitFor();
    const leMonde = reader.locator('[data-testid="outlet-row"][data-name="Le Monde"]');
    assert.match((await leMonde.textContent()) ?? '', /presse nationale.*B3/s);
    assert.equal(await reader.getByTestId('outlet-form').count(), 0, 'an analyst reads the register, does not edit it');
    assert.equal(await widthOnPhone(reader), 390, 'the register scrolls in its frame on a phone');
    await reader.getByTestId('lang-switch').click();
    await reader.getByRole('heading', { level: 1, name: 'Source register' }).waitFor();
    assert.match((await leMonde.textContent()) ?? '', /national press.*B3/s);
    await reader.getByTestId('lang-switch').click();

    const admin = await harness.newPage({ as: 'admin' });
    await admin.goto(`${harness.url}/#/sources`);
    const progres = admin.locator('[data-testid="outlet-row"][data-name="Le Progrès"]');
    await progres.getByTestId('outlet-row-reliability').selectOption('B');
    await admin.getByText('Cote de Le Progrès modifiée.').waitFor();
    // a refusal is worded from its code in French, not shown as the server's English message
    await admin.route(/\/api\/source-register\/[^/]+$/, (route) =>
      route.request().method() === 'PATCH'
        ? route.fulfill({
            status: 400,
            contentType: 'application/json',
            body: JSON.stringify({
              error: {
                code: 'invalid_input',
                message: 'Invalid input',
                details: [
                  {
                    path: 'reliability',
                    message: 'Invalid option: expected one of "A"|"B"|"C"|"D"|"E"|"F"',
                    code: 'invalid_choice',
                    params: { values: ['A', 'B', 'C', 'D', 'E', 'F'] },
                  },
                ],
              },
            }),
          })
        : route.fallback(),
    );
    await progres.getByTestId('outlet-row-reliability').selectOption('C');
    const refusal = admin.getByRole('alert').filter({ hasText: 'A, B, C, D, E, F' });
    await refusal.waitFor();
    assert.doesNotMatch((await refusal.textContent()) ?? '', /Invalid|reliability/);
    await admin.unroute(/\/api\/source-register\/[^/]+$/);
    const list = await harness.api('analyst', 'GET', '/api/source-register');
    assert.equal(list.json.items.find((o: { name: string }) => o.name === 'Le Progrès').grade, 'B3');
    assert.deepEqual([...reader.errors, ...admin.errors], []);
  },
);
