import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { startServer } from '../../src/api/server.ts';
import {
  pageInLanguage,
  screenshotTo,
  skipBrowser,
  startHarness,
  type Harness,
  withSharedBrowser,
} from './browser-harness.ts';

// Correcting a saved incident (issue 17, item 2) and the first visit of a fresh install (item 8), in
// French and English. Screenshots of each step go to test/browser/screenshots/incident-correction/.

let harness: Harness;
const options = { skip: skipBrowser, timeout: 120_000 };
const SHOTS = join(import.meta.dirname, 'screenshots', 'incident-correction');

before(async () => {
  if (skipBrowser) return;
  mkdirSync(SHOTS, { recursive: true });
  harness = await startHarness();
});
after(async () => {
  await harness?.close();
});

type Lang = 'fr' | 'en';
const WORDS = {
  fr: {
    save: 'Enregistrer l’incident',
    gunfire: 'Tirs',
    staffCarPark: 'Parking du personnel',
    facility: 'Établissement',
    spot: 'Où sur le site',
    refuted: 'Réfuté',
    duplicate: 'Doublon',
    conflict: /modifié cet incident depuis que vous l’avez ouvert/,
    reason: 'Motif : ',
    night: 'nuit du 13 au 14 avr. 2025',
    press: 'Presse',
  },
  en: {
    save: 'Record the incident',
    gunfire: 'Gunfire',
    staffCarPark: 'Staff car park',
    facility: 'Prison',
    spot: 'Where on the site',
    refuted: 'Refuted',
    duplicate: 'Duplicate',
    conflict: /changed this incident since you opened it/,
    reason: 'Reason: ',
    night: 'night of 13 to 14 Apr 2025',
    press: 'Press',
  },
} as const;

const pageIn = (lang: Lang) => pageInLanguage(harness, lang);
const shot = screenshotTo(SHOTS);

for (const lang of ['fr', 'en'] as const) {
  const words = WORDS[lang];

  test(
    `[${lang}] an analyst records an incident at the wrong site, corrects it with a reason, and reads the history`,
    options,
    async () => {
      const page = await pageIn(lang);
      await page.goto(`${harness.url}/#/incidents/new`);
      await page.locator('#form-facility').fill('Valence');
      await page.getByRole('option', { name: /Centre pénitentiaire de Valence/ }).click();
      await page.locator('#form-night').fill('2025-04-14');
      await page.getByRole('checkbox', { name: words.gunfire, exact: true }).check();
      await page.locator('#form-spot').selectOption('gate');
      await page.locator('#form-source-kind').selectOption('press');
      await shot(page, `${lang}-1-recorded-at-the-wrong-site`);
      await page.getByRole('button', { name: words.save }).click();
      await page.waitForURL(/#\/incidents\/[0-9a-f-]{36}/);
      assert.equal(await page.getByTestId('incident-where').textContent(), 'Centre pénitentiaire de Valence');

      // Correct: the site was Toulon, the staff car park; say why.
      await page.getByTestId('edit-incident').click();
      const form = page.getByTestId('incident-edit');
      await form.locator('#edit-facility').fill('Toulon');
      await page.getByRole('option', { name: /Centre pénitentiaire de Toulon-La Farlède/ }).click();
      await form.locator('#edit-spot').selectOption('staff_car_park');
      // the night before, and the press report graded B2 once the prison confirmed it
      await form.locator('#edit-night').fill('2025-04-13');
      await form.locator('#edit-source-0-reliability').selectOption('B');
      await form.locator('#edit-source-0-credibility').selectOption('2');
      await form
        .locator('#edit-reason')
        .fill(lang === 'fr' ? 'mauvais site dans le premier signalement' : 'wrong site in the first report');
      await shot(page, `${lang}-2-correcting`);
      await form.getByTestId('edit-save').click();
      await page.getByTestId('edit-saved').waitFor();
      assert.equal(await page.getByTestId('incident-where').textContent(), 'Centre pénitentiaire de Toulon-La Farlède');
      assert.equal(await page.getByTestId('incident-spot').textContent(), words.staffCarPark);
      assert.equal(await page.getByTestId('incident-when').textContent(), words.night);
      assert.equal(await page.locator('.sources .grade').textContent(), 'B2');

      // The history says who, when, what and why.
      const entry = page.getByTestId('history-entry').first();
      await entry.filter({ hasText: 'Toulon' }).waitFor();
      const text = (await entry.textContent()) ?? '';
      assert.match(
        text,
        new RegExp(
          `${words.facility}${lang === 'fr' ? ' : ' : ': '}Centre pénitentiaire de Valence → Centre pénitentiaire de Toulon-La Farlède`,
        ),
      );
      assert.match(text, new RegExp(`${words.spot}${lang === 'fr' ? ' : ' : ': '}.+ → ${words.staffCarPark}`));
      assert.match(text, new RegExp(`${words.press} \\(F6\\) → ${words.press} \\(B2\\)`));
      assert.match(text, /louis\.martin/);
      assert.match(
        (await entry.getByTestId('history-reason').textContent()) ?? '',
        new RegExp(`^${words.reason}(mauvais site|wrong site)`),
      );
      await shot(page, `${lang}-3-history`);
      assert.deepEqual(page.errors, []);
      await page.context().close();
    },
  );

  test(
    `[${lang}] a correction made on an out-of-date page is refused with a conflict, and refuting or merging asks for a reason and a confirmation`,
    options,
    async () => {
      const created = (
        await harness.api('analyst', 'POST', '/api/incidents', {
          occurred: { night_of: '2025-04-15' },
          facility: 'fr-nimes-ma',
          event_types: ['vehicle_arson'],
        })
      ).json;
      const kept = (
        await harness.api('analyst', 'POST', '/api/incidents', {
          occurred: { night_of: '2025-04-15' },
          facility: 'fr-nimes-ma',
          event_types: ['vehicle_arson'],
        })
      ).json;
      const page = await pageIn(lang);
      await page.goto(`${harness.url}/#/incidents/${created.id}`);
      await page.getByTestId('edit-incident').click();
      await page.locator('#edit-damage').fill(lang === 'fr' ? 'deux voitures brûlées' : 'two cars burnt');
      // Meanwhile a colleague changes it.
      assert.equal(
        (
          await harness.api('admin', 'PATCH', `/api/incidents/${created.id}`, {
            version: 1,
            weapons: ['accelerant'],
            reason: 'lab report',
          })
        ).status,
        200,
      );
      await page.getByTestId('edit-save').click();
      await page.getByRole('alert').filter({ hasText: words.conflict }).waitFor();
      assert.equal(
        await page.locator('#edit-damage').inputValue(),
        lang === 'fr' ? 'deux voitures brûlées' : 'two cars burnt',
        'what was typed is kept',
      );
      await shot(page, `${lang}-4-conflict`);
      await page.getByTestId('edit-reload').click();
      await page.getByTestId('history-entry').filter({ hasText: 'lab report' }).waitFor();

      // Merge into the other report of the same fire: a reason and a confirmation.
      await page.getByTestId('merge-incident').click();
      await page.locator('#merge-target').fill(`${harness.url}/#/incidents/${kept.id}`);
      assert.equal(await page.getByTestId('confirm-withdraw').isDisabled(), true, 'no reason, no merge');
      await page
        .locator('#withdraw-reason')
        .fill(lang === 'fr' ? 'même incendie signalé deux fois' : 'same fire reported twice');
      await shot(page, `${lang}-5-merge-confirm`);
      await page.getByTestId('confirm-withdraw').click();
      await page.locator('[data-testid="incident-status"]', { hasText: words.duplicate }).waitFor();
      await page.getByTestId('duplicate-of').getByRole('link').click();
      await page.waitForURL(new RegExp(`#/incidents/${kept.id}$`));

      // Refute the kept one too (a hoax after all), with a reason.
      await page.locator('[data-status="refuted"]').click();
      await page.locator('#withdraw-reason').fill(lang === 'fr' ? 'canular' : 'hoax');
      await page.getByTestId('confirm-withdraw').click();
      await page.locator('[data-testid="incident-status"]', { hasText: words.refuted }).waitFor();
      await page
        .getByTestId('history-reason')
        .filter({ hasText: lang === 'fr' ? 'canular' : 'hoax' })
        .waitFor();
      await shot(page, `${lang}-6-refuted-with-reason`);
      assert.deepEqual(page.errors, []);
      await page.context().close();
    },
  );
}

test(
  'the first visit of a fresh install says how to create the first administrator, in both languages, and no longer once an account exists',
  options,
  async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'vigie-first-visit-'));
    const server = await startServer({
      dataDir,
      port: 0,
      webDir: join(import.meta.dirname, '..', '..', 'web', 'dist'),
      detection: false,
    });
    try {
      // The process's one Chromium: a browser of its own would cost this test a launch.
      await withSharedBrowser(async (browser) => {
        for (const lang of ['fr', 'en'] as const) {
          const context = await browser.newContext({ locale: 'fr-FR', timezoneId: 'Europe/Paris' });
          await context.addInitScript({ content: `localStorage.setItem('vigie.lang', '${lang}')` });
          const page = await context.newPage();
          await page.goto(`${server.url}/#/map`);
          const notice = page.getByTestId('first-admin');
          await notice.waitFor();
          assert.equal(
            await page.getByTestId('first-admin-command').textContent(),
            'npx vigie users add admin --role admin --org Vigie',
          );
          assert.match(
            (await notice.textContent()) ?? '',
            lang === 'fr' ? /aucun compte n’existe encore/ : /no account exists yet/,
          );
          await page.screenshot({ path: join(SHOTS, `${lang}-7-first-visit.png`), fullPage: true });
          await context.close();
        }
        // The printed command works; after it, the sign-in page says nothing of the kind.
        const { addUser } = await import('../../src/core/identity/admin.service.ts');
        const { SYSTEM_PRINCIPAL } = await import('../../src/core/shared/principal.ts');
        await addUser(
          server.context.admin,
          { principal: SYSTEM_PRINCIPAL, address: 'test' },
          { username: 'admin', role: 'admin', organisation: 'Vigie' },
        );
        const context = await browser.newContext({ locale: 'fr-FR' });
        const page = await context.newPage();
        await page.goto(`${server.url}/#/map`);
        await page.getByRole('heading', { level: 1, name: 'Connexion' }).waitFor();
        await page.getByText('Vigie est réservé aux personnels habilités', { exact: false }).waitFor();
        assert.equal(await page.getByTestId('first-admin').count(), 0);
        await page.screenshot({ path: join(SHOTS, 'fr-8-sign-in-once-set-up.png'), fullPage: true });
        await context.close();
      });
    } finally {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  },
);
