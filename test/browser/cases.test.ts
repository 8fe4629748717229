import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, test } from 'node:test';
import { incidentInput } from '../support/factories.ts';
import {
  blankFirstOptions,
  OTHER_ORGANISATION,
  skipBrowser,
  startHarness,
  widthOnPhone,
  type Harness,
} from './browser-harness.ts';

let harness: Harness;
const options = { skip: skipBrowser, timeout: 120_000 };

before(async () => {
  if (!skipBrowser) harness = await startHarness({ detection: false });
});
after(async () => {
  await harness?.close();
});

test(
  'an analyst opens a case, adds an incident from its page, uploads evidence with its hash, writes a note and hands the case over',
  options,
  async () => {
    const incident = await harness.api(
      'analyst',
      'POST',
      '/api/incidents',
      incidentInput({ description: 'Tirs contre la façade' }),
    );
    assert.equal(incident.status, 201);
    const page = await harness.newPage();
    await page.goto(`${harness.url}/#/cases`);
    await page.getByRole('heading', { level: 1, name: 'Dossiers' }).waitFor();
    await page.getByTestId('cases-empty').waitFor();

    await page.getByTestId('case-new').click();
    await page.locator('#case-title').fill("Vague d'attaques DDPF, avril 2025");
    await page.getByRole('button', { name: 'Ouvrir le dossier' }).click();
    await page.waitForURL(/#\/cases\/[0-9a-f-]{36}$/);
    const caseUrl = page.url();
    assert.match((await page.getByTestId('case-reference').textContent()) ?? '', /^VIG-\d{4}-0001$/);

    await page.goto(`${harness.url}/#/incidents/${incident.json.id}`);
    await page.getByTestId('add-to-case-select').waitFor();
    assert.deepEqual(await blankFirstOptions(page), [], 'every select says what its first option means');
    await page.getByTestId('add-to-case-select').selectOption({ index: 1 });
    await page.getByTestId('add-to-case-submit').click();
    await page.getByTestId('add-to-case-done').waitFor();
    // the incident's page fits a phone, its select of open cases (a long title) too
    assert.equal(await widthOnPhone(page), 390);

    // an actor of the graph in the case: its kind in French, not its code
    const actor = await harness.api('analyst', 'POST', '/api/actors', {
      kind: 'person',
      name: 'Karim Testeur',
      marking: 'GREEN',
    });
    const caseId = caseUrl.split('/').pop() ?? '';
    const added = await harness.api('analyst', 'POST', `/api/cases/${caseId}/items`, {
      type: 'actor',
      id: actor.json.id,
    });
    assert.equal(added.status, 200, JSON.stringify(added.json));
    await page.goto(caseUrl);
    await page.getByTestId('case-incident').waitFor();
    assert.equal(await page.getByTestId('case-actor').textContent(), 'Karim Testeur (Personne)');
    const content = 'procès-verbal de constatation\n';
    await page
      .getByTestId('evidence-file')
      .setInputFiles({ name: 'pv.txt', mimeType: 'text/plain', buffer: Buffer.from(content) });
    await page.getByTestId('evidence-upload').click();
    await page.getByTestId('evidence-done').waitFor();
    const sha256 = createHash('sha256').update(content).digest('hex');
    assert.match((await page.getByTestId('evidence-sha256').first().textContent()) ?? '', new RegExp(sha256));

    await page.locator('#case-note-text').fill('Revendication sur Telegram.');
    await page.getByTestId('case-note-text-submit').click();
    await page.getByTestId('case-note').waitFor();

    // a task is given to a colleague of the organisation who may work it, chosen among those the server offers
    await page.locator('#case-task-title').fill('Requérir les vidéos');
    const assignee = page.locator('#case-task-assignee');
    await assignee.locator('option', { hasText: 'Sarah Benali' }).waitFor({ state: 'attached' });
    assert.deepEqual(await assignee.locator('option').allTextContents(), [
      '— personne pour l’instant —',
      'Camille Roux',
      'Louis Martin',
      'Sarah Benali',
    ]);
    await assignee.selectOption({ label: 'Sarah Benali' });
    await page.getByTestId('case-task-title-submit').click();
    await page.getByTestId('case-task').filter({ hasText: 'confiée à Sarah Benali' }).waitFor();

    // the dialog takes the focus, keeps Tab inside, and Escape closes it back to its button
    await page.getByTestId('case-handover').click();
    const dialog = page.getByTestId('handover-dialog');
    await dialog.waitFor();
    const focusInDialog = async () => (await dialog.locator(':focus').count()) === 1;
    await dialog.locator(':focus').waitFor({ timeout: 5_000 });
    assert.ok(await focusInDialog(), 'the focus moves into the dialog');
    for (let i = 0; i < 6; i += 1) await page.keyboard.press('Tab');
    assert.ok(await focusInDialog(), 'Tab stays inside the dialog');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await page
      .locator('[data-testid="case-handover"]:focus')
      .waitFor({ timeout: 5_000 })
      .catch(() => undefined);
    assert.equal(
      await page.locator('[data-testid="case-handover"]:focus').count(),
      1,
      'the focus is back on its button',
    );
    await page.getByTestId('case-handover').click();
    assert.equal(await dialog.locator('#handover-to option').first().textContent(), '— choisir —');
    await dialog.locator('#handover-to').selectOption({ label: OTHER_ORGANISATION });
    await dialog.getByTestId('handover-submit').click();
    await dialog.getByTestId('field-error').waitFor();
    await dialog.locator('#handover-reason').fill('Compétence territoriale');
    await dialog.getByTestId('handover-submit').click();
    await page.getByTestId('case-notice').waitFor();
    await page.getByTestId('case-read-only').waitFor();
    assert.match((await page.getByTestId('case-lead').textContent()) ?? '', new RegExp(OTHER_ORGANISATION));
    await page.locator('[data-testid="dissemination-item"][data-channel="handover"]').waitFor();
    assert.deepEqual(page.errors, []);
  },
);
