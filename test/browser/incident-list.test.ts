import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { incidentInput } from '../support/factories.ts';
import {
  blankFirstOptions,
  skipBrowser,
  startHarness,
  type Harness,
  pageInLanguage,
  screenshotTo,
} from './browser-harness.ts';

// The incident list as analysts use MISP's event index (issue 17, item 9): a summary of each incident,
// sort and filters in a shareable address, and actions on a selection, in French and English.
// Screenshots of each step go to test/browser/screenshots/incident-list/ (ignored by git).

let harness: Harness;
const options = { skip: skipBrowser, timeout: 120_000 };
const SHOTS = join(import.meta.dirname, 'screenshots', 'incident-list');

/** `YYYY-MM-DD` some days before today (the list opens on the last 7 days). */
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

before(async () => {
  if (skipBrowser) return;
  mkdirSync(SHOTS, { recursive: true });
  harness = await startHarness();
  const sites = ['fr-toulon-la-farlede-cp', 'fr-valence-cp', 'fr-villepinte-ma', 'fr-nimes-ma'];
  for (const [index, facility] of sites.entries()) {
    const created = await harness.api('analyst', 'POST', '/api/incidents', {
      occurred: { night_of: daysAgo(index + 1) },
      facility,
      spot: 'staff_car_park',
      event_types: ['vehicle_arson'],
      target_kinds: ['staff_vehicle'],
      signatures: [{ kind: 'tag', text: 'DDPF' }],
      sources: [{ kind: 'press', title: 'Dépêche', reliability: 'B', credibility: 2 }],
    });
    assert.equal(created.status, 201, JSON.stringify(created.json));
  }
});
after(async () => {
  await harness?.close();
});

type Lang = 'fr' | 'en';
const WORDS = {
  fr: {
    verified: 'Vérifié',
    staffCarPark: 'Parking du personnel',
    refused: 'Filtre « Statut » : Valeur non reconnue.',
  },
  en: { verified: 'Verified', staffCarPark: 'Staff car park', refused: 'Filter “Status”: Unknown value.' },
} as const;

const pageIn = (lang: Lang) => pageInLanguage(harness, lang);
const shot = screenshotTo(SHOTS);

for (const lang of ['fr', 'en'] as const) {
  const words = WORDS[lang];

  test(
    `[${lang}] the list summarises each incident, sorts and filters from a shareable address, and acts on a selection`,
    options,
    async () => {
      const opened = await harness.api('analyst', 'POST', '/api/cases', {
        title: `Vague de la semaine (${lang})`,
        marking: 'AMBER',
      });
      assert.equal(opened.status, 201, JSON.stringify(opened.json));
      const page = await pageIn(lang);
      await page.goto(`${harness.url}/#/incidents?signature=DDPF`);
      const rows = page.getByTestId('incident-row');
      await rows.first().waitFor();
      const summary = (await rows.first().getByTestId('incident-summary').textContent()) ?? '';
      assert.match(summary, /DDPF/, 'the tags');
      assert.match(summary, new RegExp(words.staffCarPark), 'where on the site');
      assert.match(summary, /Vigie/, 'the owning organisation');
      assert.match(summary, /[A-F][1-6]/, 'the source grade');
      await shot(page, `${lang}-1-list-summary`);

      // Oldest first, from the column header; the order is in the address and survives a reload in another tab.
      await page.getByTestId('sort-occurred').click();
      await page.waitForURL(/sort=occurred/);
      const url = page.url();
      const shared = await pageIn(lang);
      await shared.goto(url);
      await shared.getByTestId('incident-row').first().waitFor();
      assert.equal(await shared.locator('th[aria-sort="ascending"]').count(), 1);
      assert.equal(
        await shared.getByTestId('incident-row').first().getAttribute('data-id'),
        await page.getByTestId('incident-row').first().getAttribute('data-id'),
      );
      await shared.context().close();

      // Select two, mark them verified with a reason and a confirmation.
      const picked = [await rows.nth(0).getAttribute('data-id'), await rows.nth(1).getAttribute('data-id')];
      await rows.nth(0).getByTestId('select-incident').check();
      await rows.nth(1).getByTestId('select-incident').check();
      assert.match((await page.getByTestId('bulk-count').textContent()) ?? '', /^2 /);
      const exportHref = await page.getByTestId('bulk-export-json').getAttribute('href');
      const exported = await page.evaluate(
        async (href) => ((await (await fetch(href!)).json()) as unknown[]).length,
        exportHref,
      );
      assert.equal(exported, 2, 'the selection exports as JSON');
      assert.deepEqual(await blankFirstOptions(page), [], 'every select says what its first option means');
      await page.getByTestId('bulk-case').selectOption({ label: `${opened.json.reference} — ${opened.json.title}` });
      await page.getByTestId('bulk-add-to-case').click();
      await page.getByTestId('bulk-notice').filter({ hasText: opened.json.reference }).waitFor();
      await page.getByTestId('bulk-refute').click();
      assert.equal(await page.getByTestId('bulk-confirm-button').isDisabled(), true, 'refuting needs a reason');
      await page.getByTestId('bulk-verify').click();
      await page
        .locator('#bulk-reason')
        .fill(lang === 'fr' ? 'confirmé par les établissements' : 'confirmed by the prisons');
      await shot(page, `${lang}-2-bulk-confirm`);
      await page.getByTestId('bulk-confirm-button').click();
      await page.getByTestId('bulk-notice').filter({ hasText: words.verified }).waitFor();
      for (const id of picked)
        await page
          .locator(`[data-testid="incident-row"][data-id="${id}"]`)
          .filter({ hasText: words.verified })
          .waitFor();
      await shot(page, `${lang}-3-bulk-done`);
      const history = await harness.api('analyst', 'GET', `/api/incidents/${picked[0]}/history`);
      assert.match(history.json.items.at(-1).reason, /confirm/);
      const caseItems = await harness.api('analyst', 'GET', `/api/cases/${opened.json.id}`);
      assert.match(JSON.stringify(caseItems.json), new RegExp(picked[0]!));

      // Filters go to the address too.
      await page.locator('#filter-status').selectOption('verified');
      await page.waitForURL(/status=verified/);
      await page.locator('[data-testid="incident-row"]', { hasText: words.verified }).first().waitFor();

      // A value the server refuses (an address edited by hand) names its filter, and goes once it is fixed.
      await page.goto(`${harness.url}/#/incidents?signature=DDPF&status=bogus`);
      assert.equal(await page.getByRole('alert').textContent(), words.refused);
      await page.locator('#filter-status').selectOption('');
      await rows.first().waitFor();
      assert.equal(await page.getByRole('alert').count(), 0);
      assert.deepEqual(page.errors, []);
      await page.context().close();
    },
  );
}

test(
  'a list longer than a page shows its first 50 and loads the rest on demand, in the order of the first',
  options,
  async () => {
    // 55 incidents of 2024 (none of the other tests' period), sent as one import
    const rows = Array.from({ length: 55 }, (_, n) =>
      JSON.stringify(
        incidentInput({
          occurred: { night_of: `2024-03-${String(1 + (n % 28)).padStart(2, '0')}` },
          facility: n % 2 ? 'fr-valence-cp' : 'fr-nimes-ma',
          signatures: [],
        }),
      ),
    );
    const imported = await fetch(`${harness.url}/api/incidents/import`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${harness.accounts.analyst.token}`,
        'content-type': 'application/x-ndjson',
      },
      body: `${rows.join('\n')}\n`,
    });
    assert.equal(imported.status, 200, await imported.clone().text());
    const page = await harness.newPage();
    await page.goto(`${harness.url}/#/incidents?from=2024-02-20&to=2024-04-10`);
    const rowsShown = page.getByTestId('incident-row');
    await page.getByRole('button', { name: 'Charger plus' }).waitFor();
    assert.equal(await rowsShown.count(), 50);
    const firstPage = await rowsShown.evaluateAll((items) => items.map((item) => item.getAttribute('data-id')));
    await page.getByRole('button', { name: 'Charger plus' }).click();
    await page.waitForFunction(
      () =>
        (
          globalThis as unknown as { document: { querySelectorAll(s: string): { length: number } } }
        ).document.querySelectorAll('[data-testid="incident-row"]').length === 55,
    );
    const all = await rowsShown.evaluateAll((items) => items.map((item) => item.getAttribute('data-id')));
    assert.deepEqual(all.slice(0, 50), firstPage, 'the first page stays where it was');
    assert.equal(new Set(all).size, 55, 'no incident twice');
    assert.equal(await page.getByRole('button', { name: 'Charger plus' }).count(), 0, 'nothing more to load');
    assert.deepEqual(page.errors, []);
    await page.context().close();
  },
);
