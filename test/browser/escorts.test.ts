import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { detaineeWithOrganisation } from '../support/detainee-factory.ts';
import { incidentInput } from '../support/factories.ts';
import { skipBrowser, startHarness, type Harness } from './browser-harness.ts';

let harness: Harness;
let person: string;
let fugitivePerson: string;
const options = { skip: skipBrowser, timeout: 180_000 };

before(async () => {
  if (skipBrowser) return;
  harness = await startHarness({
    detection: false,
    prepare: async (server) => {
      ({ person } = await detaineeWithOrganisation(server.context, {
        organised_crime_leadership: 3,
        escape_history: 2,
      }));
      ({ person: fugitivePerson } = await detaineeWithOrganisation(server.context));
    },
  });
});
after(async () => {
  await harness?.close();
});

test(
  'an escort planned below its recommendation is flagged in the list, explained on its page and raised to the recommended level',
  options,
  async () => {
    // gunfire at the origin three nights before: an attack near the route
    const gunfire = await harness.api(
      'analyst',
      'POST',
      '/api/incidents',
      incidentInput({
        occurred: { at: '2025-04-14T23:30:00+02:00' },
        facility: 'fr-toulon-la-farlede-cp',
        event_types: ['gunfire'],
      }),
    );
    assert.equal(gunfire.status, 201);
    const created = await harness.api('analyst', 'POST', '/api/escorts', {
      kind: 'judicial_extraction',
      detainee_id: person,
      origin: { facility: 'fr-toulon-la-farlede-cp' },
      destination: { name: 'Tribunal judiciaire de Marseille', lat: 43.2906, lon: 5.3838 },
      planned_start: '2025-04-17T07:00:00+02:00',
      escort_level: 'standard',
    });
    assert.equal(created.status, 201);
    const page = await harness.newPage();
    await page.goto(`${harness.url}/#/escorts`);
    await page.getByRole('heading', { level: 1, name: 'Escortes et transferts' }).waitFor();
    const item = page.locator(`[data-testid="escort-item"][data-id="${created.json.id}"]`);
    await item.getByTestId('escort-warning').waitFor();
    assert.match(
      (await item.getByTestId('escort-recommended').textContent()) ?? '',
      /recommandé Renforcé \(score 27\/100\)/, // 25 for his profile, 2 for the gunfire
    );

    await item.getByRole('link').click();
    await page.waitForURL(new RegExp(`#/escorts/${created.json.id}$`));
    await page.locator('[data-testid="escort-factor"][data-factor="detainee_profile"]').waitFor();
    assert.match(
      (await page.locator('[data-testid="escort-factor"]').first().textContent()) ?? '',
      /\+25Profil du détenu — Direction d’organisation criminelle 15, antécédents d’évasion 10, communications extérieures 0/,
    );
    // the attack behind a factor is worded in French, not as the English line of codes
    assert.equal(
      await page
        .locator('[data-testid="escort-factor"][data-factor="site_threats"]')
        .getByTestId('factor-record')
        .textContent(),
      '14 avr. 2025 Tirs — Centre pénitentiaire de Toulon-La Farlède',
    );
    await page.locator('[data-testid="escort-map"][data-loaded="true"]').waitFor();
    await page.screenshot({ path: '/tmp/vigie-escort.png', fullPage: true });
    await page.getByTestId('escort-raise').click();
    await page.getByText('Escorte mise à jour.').waitFor();
    // the page re-reads the escort after the message: wait for the warning to go (fails if it stays)
    await page.getByTestId('escort-warning').waitFor({ state: 'detached', timeout: 30_000 });
    assert.equal(
      await page.getByTestId('escort-warning').count(),
      0,
      'no warning once the plan meets the recommendation',
    );
    assert.equal(
      (await harness.api('analyst', 'GET', `/api/escorts/${created.json.id}`)).json.escort_level,
      'reinforced',
    );
    // The history reloads after the notice: wait for the second entry rather than count at once.
    await page.locator('[data-testid="escort-history"] li').nth(1).waitFor();
    assert.equal(await page.locator('[data-testid="escort-history"] li').count(), 2, 'created, then changed');
    assert.deepEqual(page.errors, []);
  },
);

test(
  'a fugitive record takes a graded sighting and its recapture from the page, keeping the history',
  options,
  async () => {
    const ambush = await harness.api(
      'analyst',
      'POST',
      '/api/incidents',
      incidentInput({
        occurred: { at: '2024-05-14T11:00:00+02:00' },
        facility: undefined,
        place: { lat: 49.2339, lon: 1.1728, precision: 'commune', commune: 'Incarville', department: '27' },
        event_types: ['transport_ambush', 'gunfire', 'escape'],
        target_kinds: ['transport'],
        signatures: [],
        casualties: { killed: 2, injured: 3 },
      }),
    );
    assert.equal(ambush.status, 201);
    const listed = await harness.api('analyst', 'POST', '/api/fugitives', {
      person_id: fugitivePerson,
      escaped: { at: '2024-05-14T11:00:00+02:00' },
      escape_facility: 'fr-evreux-ma',
      escape_place: "Péage d'Incarville",
      escape_incident_id: ambush.json.id,
    });
    assert.equal(listed.status, 201);
    const page = await harness.newPage();
    await page.goto(`${harness.url}/#/fugitives`);
    await page
      .locator(`[data-testid="fugitive-item"][data-id="${listed.json.id}"][data-state="wanted"]`)
      .getByRole('link')
      .click();
    await page.locator('[data-testid="fugitive-page"][data-state="wanted"]').waitFor();
    // the escape's incident in French words, not the API's English line of codes
    assert.equal(
      await page.getByTestId('escape-incident').textContent(),
      'Incident : 14 mai 2024 Attaque de fourgon, Tirs, Évasion — Incarville (2 mort(s))',
    );
    assert.equal(
      await page.getByTestId('fugitive-links').locator('li').count(),
      1,
      'the organisation from the actor graph',
    );

    const sighting = page.getByTestId('sighting-form');
    await sighting.getByLabel('Date').fill('2024-06-12');
    await sighting.getByLabel('Précision').selectOption('week_of');
    await sighting.getByLabel('Lieu').fill('Marseille, quartiers nord');
    await sighting.getByLabel('Latitude (facultatif)').fill('43.34');
    await sighting.getByRole('button', { name: 'Enregistrer le signalement' }).click();
    await sighting.getByTestId('field-error').waitFor();
    assert.match(
      (await sighting.getByTestId('field-error').first().textContent()) ?? '',
      /la latitude et la longitude/,
      'a half point is refused beside its field',
    );
    await sighting.getByLabel('Longitude (facultatif)').fill('5,38');
    await sighting.getByLabel('Fiabilité (A-F)').selectOption('C');
    await sighting.getByLabel('Crédibilité (1-6)').selectOption('3');
    await sighting.getByRole('button', { name: 'Enregistrer le signalement' }).click();
    await page.locator('[data-testid="sighting"][data-grade="C3"]').waitFor();

    const recapture = page.getByTestId('recapture-form');
    await recapture.getByLabel('Date').fill('2025-02-22');
    await recapture.getByLabel('Lieu').fill('Bucarest');
    await recapture.getByRole('button', { name: 'Enregistrer la reprise' }).click();
    await page.locator('[data-testid="fugitive-page"][data-state="recaptured"]').waitFor();
    assert.match((await page.getByTestId('recapture').textContent()) ?? '', /Bucarest \(source A1\)/);
    assert.equal(await page.getByTestId('sighting-form').count(), 0, 'a closed record takes no sightings');
    assert.equal(await page.locator('[data-testid="fugitive-history"] li').count(), 3);
    await page.screenshot({ path: '/tmp/vigie-fugitive.png', fullPage: true });
    assert.deepEqual(page.errors, []);
  },
);
