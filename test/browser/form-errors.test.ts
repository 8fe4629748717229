import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { pageInLanguage, skipBrowser, startHarness, type Harness, type TestPage } from './browser-harness.ts';
import { ENGLISH, FRENCH, languageProblems, VISIBLE_TEXT } from './language-patterns.ts';

// Issue 17 item 3: a refused incident shows each problem under its field, in the reader's language,
// and each goes as soon as its field is changed; the banner only says to correct the fields marked.

let harness: Harness;
const options = { skip: skipBrowser, timeout: 180_000 };

before(async () => {
  if (!skipBrowser) harness = await startHarness();
});
after(async () => {
  await harness?.close();
});

const WORDS = {
  fr: {
    submit: 'Enregistrer l’incident',
    gunfire: 'Tirs',
    banner: 'L’incident n’a pas été enregistré : corrigez les champs signalés.',
    required: 'Champ obligatoire.',
    chooseOne: 'Choisissez au moins une valeur.',
    unknownFacility: 'Établissement inconnu « Atlantis » : choisissez-le dans la liste.',
  },
  en: {
    submit: 'Record the incident',
    gunfire: 'Gunfire',
    banner: 'The incident was not recorded: correct the fields marked.',
    required: 'Required.',
    chooseOne: 'Choose at least one.',
    unknownFacility: 'Unknown facility "Atlantis": pick it from the list.',
  },
};

const fieldError = (page: TestPage, field: string) => page.locator(`#${field}-error`);

for (const lang of ['fr', 'en'] as const) {
  test(
    `the incident form shows each refusal beside its field in ${lang === 'fr' ? 'French' : 'English'}, gone once the field is fixed`,
    options,
    async () => {
      const words = WORDS[lang];
      const page = await pageInLanguage(harness, lang);
      await page.goto(`${harness.url}/#/incidents/new`);
      await page.getByTestId('incident-form').waitFor();
      await page.locator('#form-facility').fill('Atlantis');
      await page.getByRole('button', { name: words.submit }).click();

      // the schema's problems: no night, no event type; the banner says only where to look
      await fieldError(page, 'form-event-types').waitFor();
      assert.equal(await fieldError(page, 'form-event-types').textContent(), words.chooseOne);
      assert.equal(await fieldError(page, 'form-night').textContent(), words.required);
      assert.equal(await page.locator('#form-night').getAttribute('aria-invalid'), 'true');
      assert.equal(await page.getByRole('alert').textContent(), words.banner);
      const other = languageProblems(
        (await page.evaluate(VISIBLE_TEXT)) as string,
        lang,
        lang === 'fr' ? ENGLISH : FRENCH,
      );
      assert.deepEqual(other, []);

      // fixing a field takes its error away, and only its own
      await page.getByLabel(words.gunfire, { exact: true }).check();
      await fieldError(page, 'form-event-types').waitFor({ state: 'detached' });
      assert.equal(await fieldError(page, 'form-night').textContent(), words.required);
      await page.locator('#form-night').fill('2025-04-14');
      await fieldError(page, 'form-night').waitFor({ state: 'detached' });
      await page.getByRole('alert').waitFor({ state: 'detached' });

      // the record's own checks: the facility typed is not one Vigie knows
      await page.getByRole('button', { name: words.submit }).click();
      await fieldError(page, 'form-facility').waitFor();
      assert.equal(await fieldError(page, 'form-facility').textContent(), words.unknownFacility);
      await page.locator('#form-facility').fill('Fleury');
      await fieldError(page, 'form-facility').waitFor({ state: 'detached' });
      await page.locator('#form-facility-options [role="option"]').first().click();
      await page.getByRole('button', { name: words.submit }).click();
      await page.waitForURL(/#\/incidents\/[0-9a-f-]{36}/);
      assert.deepEqual(page.errors, []);
      await page.context().close();
    },
  );
}
