import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Route } from 'playwright-core';
import { skipBrowser, startHarness, type Harness, type TestPage } from './browser-harness.ts';

// Every page here is signed in as an analyst of the Vigie organisation (see the harness);
// sign-in, markings, the STAFF compartment and administration are tested in access.test.ts.

let harness: Harness;
const options = { skip: skipBrowser, timeout: 90_000 };

before(async () => {
  if (!skipBrowser) harness = await startHarness();
});
after(async () => {
  await harness?.close();
});

const LOADED_MAP = '[data-testid="map"][data-loaded="true"]';

test('the map renders France with the facilities', options, async () => {
  const page = await harness.newPage();
  // a centre that is no place on Earth is ignored: the map opens on France, as without it
  await page.goto(`${harness.url}/#/map?center=600,abc&zoom=9`);
  const map = page.locator(LOADED_MAP);
  await map.waitFor({ timeout: 30_000 });
  assert.ok(Number(await map.getAttribute('data-zoom')) < 9, 'the whole of France');
  const [lon, lat] = ((await map.getAttribute('data-center')) ?? '').split(',').map(Number);
  assert.ok(lon > 0 && lon < 5 && lat > 45 && lat < 48, `centred on France, not ${lon},${lat}`);
  assert.equal(await page.locator('[data-testid="map"] canvas.maplibregl-canvas').count(), 1);
  assert.ok(Number(await map.getAttribute('data-facility-count')) >= 200, 'the 202 facilities are on the map');
  assert.equal(await map.getAttribute('data-incident-count'), '0');
  // An empty store: the period is the last 7 days up to now, named, with its button lit, and empty.
  await page.getByText('Aucun incident sur cette période').waitFor();
  assert.equal(await page.getByTestId('period-name').textContent(), '7 derniers jours, jusqu’à maintenant');
  assert.equal(await page.getByRole('button', { name: '7 jours' }).getAttribute('aria-pressed'), 'true');
  assert.equal(await page.getByTestId('jump-to-latest').count(), 0, 'no latest activity to jump to');
  await page.screenshot({ path: '/tmp/vigie-map.png' });
  // the map library's controls speak the page's language, and switch with it
  const names = () =>
    Promise.all(
      ['.maplibregl-ctrl-zoom-in', '.maplibregl-ctrl-zoom-out', 'canvas.maplibregl-canvas'].map((selector) =>
        page.locator(`[data-testid="map"] ${selector}`).getAttribute('aria-label'),
      ),
    );
  assert.deepEqual(await names(), ['Zoom avant', 'Zoom arrière', 'Carte']);
  await page.getByTestId('lang-switch').click();
  await page.getByRole('heading', { level: 1, name: 'Incident map' }).waitFor();
  assert.deepEqual(await names(), ['Zoom in', 'Zoom out', 'Map']);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a recorded incident appears in the list and on the map', options, async () => {
  const page = await harness.newPage();
  await page.goto(`${harness.url}/#/incidents/new`);
  await page.locator('#form-facility').fill('Toulon');
  await page.getByRole('option', { name: /Centre pénitentiaire de Toulon-La Farlède/ }).click();
  assert.equal(await page.locator('#form-facility').inputValue(), 'Centre pénitentiaire de Toulon-La Farlède');
  await page.locator('#form-when-mode').selectOption('night');
  await page.locator('#form-night').fill('2025-04-14');
  await page.getByRole('checkbox', { name: 'Tirs' }).check();
  await page.locator('#form-signature-0-text').fill('DDPF');
  await page.locator('#form-source-kind').selectOption('press');
  await page.locator('#form-source-title').fill('Tirs contre la prison de Toulon');
  await page.locator('#form-source-reliability').selectOption('B');
  await page.locator('#form-source-credibility').selectOption('2');
  await page.getByRole('button', { name: 'Enregistrer l’incident' }).click();

  await page.waitForURL(/#\/incidents\/[0-9a-f-]{36}/);
  await page.getByRole('heading', { level: 1, name: 'Tirs' }).waitFor();
  assert.equal(await page.getByTestId('incident-when').textContent(), 'nuit du 14 au 15 avr. 2025');
  assert.equal(await page.getByTestId('incident-where').textContent(), 'Centre pénitentiaire de Toulon-La Farlède');
  assert.equal(await page.locator('.grade').first().textContent(), 'B2');
  // The form's default marking, shown in TLP colours.
  assert.equal(await page.locator('.incident__header').getByTestId('marking').textContent(), 'TLP:AMBER');
  await page.locator('[data-testid="mini-map"][data-loaded="true"]').waitFor({ timeout: 30_000 });
  // The mini-map draws the departments around the site in SVG, the site's point and name at its centre.
  const miniMap = page.getByTestId('mini-map');
  const outlines = await miniMap.getByTestId('mini-map-outline').count();
  assert.ok(outlines > 2 && outlines < 12, `${outlines} department outlines`);
  assert.equal(await miniMap.getByTestId('mini-map-label').textContent(), 'Centre pénitentiaire de Toulon-La Farlède');
  await page.screenshot({ path: '/tmp/vigie-incident.png', fullPage: true });
  // The national map pans and zooms: the link under the mini-map opens it centred on the site at zoom 9, on the
  // days around the incident (a year and more ago), so that its point is drawn.
  await page.getByRole('link', { name: 'Voir sur la carte' }).click();
  const centred = page.locator(`${LOADED_MAP}[data-zoom="9"]`);
  await centred.waitFor({ timeout: 30_000 });
  const [lon, lat] = ((await centred.getAttribute('data-center')) ?? '').split(',').map(Number);
  assert.ok(Math.abs(lon - 6.0432) < 0.01 && Math.abs(lat - 43.1687) < 0.01, `centred on ${lon},${lat}`);
  assert.equal(await page.getByTestId('period-name').textContent(), 'Du 11 avr. 2025 au 18 avr. 2025');
  assert.equal(await centred.getAttribute('data-incident-count'), '1');

  // The list opens on the last 7 days, which are empty, and offers to jump to the latest activity.
  await page.goto(`${harness.url}/#/incidents`);
  await page.getByTestId('jump-to-latest').filter({ hasText: 'Aller à la dernière activité (15 avr. 2025)' }).click();
  const rows = page.getByTestId('incident-row');
  await rows.first().waitFor();
  assert.equal(await rows.count(), 1);
  const row = await rows.first().textContent();
  assert.match(row ?? '', /nuit du 14 au 15 avr\. 2025/);
  assert.match(row ?? '', /DDPF/);
  assert.match(row ?? '', /TLP:AMBER/);
  await page.screenshot({ path: '/tmp/vigie-list.png', fullPage: true });

  // Without a period, the map opens on the last 7 days up to now (empty here), and jumps to the latest activity on request.
  // A fresh load of the address, as a reload gives, without drawing a map at the list's address first: each new
  // map costs Chromium seconds of CPU (docs/benchmarks.md, "The test suites", eleventh pass).
  await page.goto('about:blank');
  await page.goto(`${harness.url}/#/map`);
  await page.locator(`${LOADED_MAP}[data-incident-count="0"]`).waitFor({ timeout: 30_000 });
  await page.getByTestId('jump-to-latest').click();
  await page.locator(`${LOADED_MAP}[data-incident-count="1"]`).waitFor({ timeout: 30_000 });
  assert.match(page.url(), /from=2025-04-08&to=2025-04-15/);
  assert.equal(await page.getByTestId('period-name').textContent(), 'Du 8 avr. 2025 au 15 avr. 2025');

  // A period in the address is the map's: the same map, redrawn for April.
  await page.goto(`${harness.url}/#/map?from=2025-04-01&to=2025-04-30`);
  await page.getByTestId('period-name').filter({ hasText: 'Du 1 avr. 2025 au 30 avr. 2025' }).waitFor();
  await page.locator(`${LOADED_MAP}[data-incident-count="1"]`).waitFor({ timeout: 30_000 });
  await page.screenshot({ path: '/tmp/vigie-map-incident.png' });
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('the interface switches between French and English', options, async () => {
  const page = await harness.newPage();
  await page.goto(`${harness.url}/#/incidents/new`);
  await page.getByRole('heading', { level: 1, name: 'Signaler un incident' }).waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'fr');
  await page.getByRole('checkbox', { name: 'Tirs' }).waitFor();

  await page.getByTestId('lang-switch').click();
  await page.getByRole('heading', { level: 1, name: 'Report an incident' }).waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  await page.getByRole('checkbox', { name: 'Gunfire' }).waitFor();
  assert.equal(await page.getByRole('link', { name: 'Map' }).count(), 1);

  // The choice survives a reload.
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Report an incident' }).waitFor();

  await page.getByTestId('lang-switch').click();
  await page.getByRole('heading', { level: 1, name: 'Signaler un incident' }).waitFor();
  assert.deepEqual(page.errors, []);
  // a link to a malformed id says so, and offers no retry that could never succeed
  await page.goto(`${harness.url}/#/campaigns/not-an-id`);
  await page.getByText('Identifiant non valide.').waitFor();
  assert.equal(await page.getByRole('button', { name: 'Réessayer' }).count(), 0);
  await page.context().close();
});

test("the form shows the server's error next to the field", options, async () => {
  const page = await harness.newPage();
  await page.goto(`${harness.url}/#/incidents/new`);
  await page.locator('#form-facility').fill('Fleury');
  await page.locator('#form-facility-options [role="option"]').first().click();
  await page.locator('#form-night').fill('2025-05-01');
  await page.getByRole('button', { name: 'Enregistrer l’incident' }).click();

  const error = page.locator('#form-event-types [data-testid="field-error"]');
  await error.waitFor();
  assert.match((await error.textContent()) ?? '', /^Choisissez au moins une valeur\.$/);
  assert.equal(await page.locator('#form-event-types').getAttribute('aria-invalid'), 'true');
  await page.getByRole('alert').first().waitFor();
  assert.match(page.url(), /#\/incidents\/new$/);
  await page.screenshot({ path: '/tmp/vigie-form-error.png', fullPage: true });
  await page.context().close();
});

test('a status change made on an out-of-date page asks to reload', options, async () => {
  const created = await harness.api('analyst', 'POST', '/api/incidents', {
    occurred: { date: '2025-06-02' },
    facility: 'Fleury-Mérogis',
    event_types: ['drone_drop'],
  });
  assert.equal(created.status, 201);
  const { id } = created.json as { id: string };
  const first = await harness.newPage();
  const second = await harness.newPage();
  for (const page of [first, second]) {
    await page.goto(`${harness.url}/#/incidents/${id}`);
    await page.getByTestId('incident-status').waitFor();
  }

  await first.getByRole('button', { name: 'Marquer « Vérifié »' }).click();
  await first.locator('[data-testid="incident-status"]', { hasText: 'Vérifié' }).waitFor();

  await second.getByRole('button', { name: 'Marquer « Réfuté »' }).click();
  await second.locator('#withdraw-reason').fill('signalement en double');
  await second.getByTestId('confirm-withdraw').click();
  await second.getByRole('alert').filter({ hasText: 'modifié entre-temps' }).waitFor();
  assert.equal(await second.getByTestId('incident-status').textContent(), 'Signalé');
  await second.getByRole('button', { name: 'Recharger' }).click();
  await second.locator('[data-testid="incident-status"]', { hasText: 'Vérifié' }).waitFor();
  await first.context().close();
  await second.context().close();
});

/**
 * The scripts a page ran, recognised by strings of maplibre's and cytoscape's own code (a CSS class
 * maplibre sets on its canvas, an error message of cytoscape), whatever the chunks are called.
 */
const LIBRARY_MARKS = { maplibre: 'maplibregl-canvas', cytoscape: 'cytoscape.use()' } as const;
function recordLibraries(page: TestPage): () => Promise<string[]> {
  const scripts: Array<Promise<string>> = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.push(response.text().catch(() => ''));
  });
  return async () => {
    const texts = await Promise.all(scripts);
    return Object.entries(LIBRARY_MARKS)
      .filter(([, mark]) => texts.some((text) => text.includes(mark)))
      .map(([name]) => name);
  };
}

test(
  'a page without a map or a graph fetches neither maplibre nor cytoscape; the map fetches maplibre',
  options,
  async () => {
    const page = await harness.newPage();
    const libraries = recordLibraries(page);
    await page.goto(`${harness.url}/#/account`);
    await page.getByRole('heading', { level: 1, name: 'Mon compte' }).waitFor();
    await page.locator('.loading').waitFor({ state: 'detached' });
    assert.deepEqual(await libraries(), []);

    // The same tab going to the map: its code arrives then, and only maplibre's.
    await page.getByRole('link', { name: 'Carte' }).first().click();
    await page.locator(LOADED_MAP).waitFor({ timeout: 30_000 });
    assert.deepEqual(await libraries(), ['maplibre']);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  },
);

test('a page whose code cannot be fetched says so in French and reloads on request', options, async () => {
  const page = await harness.newPage();
  await page.goto(`${harness.url}/#/incidents`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  // As when the server was updated while the tab was open: the files of the tab's build are gone.
  const gone = (route: Route) => route.fulfill({ status: 404, body: 'not found' });
  await page.route('**/assets/**', gone);
  await page.evaluate("location.hash = '#/account'");
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.equal(
    await alert.locator('span').textContent(),
    'Cette page n’a pas pu être chargée : Vigie a sans doute été mise à jour depuis l’ouverture de l’onglet. Rechargez la page.',
  );
  assert.equal(await page.locator('.loading').count(), 0, 'no endless spinner');

  await page.unroute('**/assets/**', gone);
  await page.getByRole('button', { name: 'Recharger la page' }).click();
  await page.getByRole('heading', { level: 1, name: 'Mon compte' }).waitFor();
  await page.context().close();
});
