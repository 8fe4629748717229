import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { skipBrowser, type Harness } from './browser-harness.ts';
import { startDemoHarness } from './demo-harness.ts';

// The map by zoom (clusters with counts, then points) and the map page on a phone (issue 17, item 7),
// on the seed demo placed at 16 April 2025, the day after the DDPF wave's first nights.

let harness: Harness;
const options = { skip: skipBrowser, timeout: 240_000 };
const SHOTS = 'test/browser/screenshots';
const LOADED_MAP = '[data-testid="map"][data-loaded="true"]';
const PERIOD = 'from=2025-04-01&to=2025-04-16';

before(async () => {
  if (skipBrowser) return;
  mkdirSync(SHOTS, { recursive: true });
  harness = await startDemoHarness({ asOf: '2025-04-16' });
});
after(async () => {
  await harness?.close();
});

test('on a phone the map is above the fold, the legend small and the menu folds', options, async () => {
  const page = await harness.newPage();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${harness.url}/#/map?${PERIOD}`);
  const map = page.locator(LOADED_MAP);
  await map.waitFor({ timeout: 60_000 });

  // Nothing sticks out sideways (the header's buttons stay on screen).
  assert.ok(
    await page.evaluate(
      () =>
        (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document.documentElement
          .scrollWidth <= 390,
    ),
    'no horizontal overflow',
  );
  assert.ok(await page.getByTestId('lang-switch').isVisible());
  const lang = await page.getByTestId('lang-switch').boundingBox();
  assert.ok(lang && lang.x + lang.width <= 390, 'the language switch is on screen');
  // Header and folded navigation: no more than ~120 px.
  const nav = await page.locator('nav.main-nav').boundingBox();
  assert.ok(nav, 'the navigation is shown');
  assert.ok(nav.y + nav.height <= 125, `header and navigation end at ${nav.y + nav.height} px`);

  const box = await page.getByTestId('map').boundingBox();
  assert.ok(box, 'the map is shown');
  assert.ok(box.y < 844 - 250, `the map starts at ${box.y} px: at least 250 px of it above the fold`);
  assert.ok(box.width >= 350 && box.height >= 250, `the map is ${box.width}x${box.height}`);
  assert.ok(await page.locator('[data-testid="map"] canvas.maplibregl-canvas').isVisible());

  // The legend starts closed on a narrow screen and covers at most a quarter of the map.
  const toggle = page.getByTestId('legend-toggle');
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  const legend = await page.getByTestId('map-legend').boundingBox();
  assert.ok(legend, 'the legend is shown');
  const share = (legend.width * legend.height) / (box.width * box.height);
  assert.ok(share <= 0.25, `the closed legend covers ${(share * 100).toFixed(1)} % of the map`);
  await page.screenshot({ path: `${SHOTS}/map-phone.png` });
  await toggle.click();
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  await page.getByText('Établissement pénitentiaire').waitFor();
  await page.screenshot({ path: `${SHOTS}/map-phone-legend.png` });
  await toggle.click();
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');

  // The menu opens and closes; its entries are hidden while it is closed.
  const menu = page.getByTestId('nav-menu');
  const incidents = page.locator('nav.main-nav').getByRole('link', { name: 'Incidents', exact: true });
  assert.equal(await menu.getAttribute('aria-expanded'), 'false');
  assert.equal(await incidents.isVisible(), false);
  await menu.click();
  assert.equal(await menu.getAttribute('aria-expanded'), 'true');
  await incidents.waitFor({ state: 'visible' });
  await page.screenshot({ path: `${SHOTS}/map-phone-menu.png` });
  await menu.click();
  await incidents.waitFor({ state: 'hidden' });
  assert.equal(await menu.getAttribute('aria-expanded'), 'false');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('the national view shows clusters adding up to the period, and a click zooms in', options, async () => {
  const page = await harness.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  // The period exactly as the app asks for it, to count its incidents through another endpoint.
  const mapRequest = page.waitForRequest((request) => request.url().includes('/api/incidents/map?'));
  await page.goto(`${harness.url}/#/map?${PERIOD}`);
  const asked = new URL((await mapRequest).url());
  const map = page.locator(LOADED_MAP);
  await map.waitFor({ timeout: 60_000 });
  assert.equal(await map.getAttribute('data-map-kind'), 'clusters');
  assert.equal(await page.getByTestId('nav-menu').isVisible(), false, 'no menu button on a wide screen');

  const query = new URLSearchParams(asked.search);
  query.delete('zoom');
  query.delete('bbox');
  const points = await harness.api('analyst', 'GET', `/api/incidents/geojson?${query}`);
  assert.equal(points.status, 200);
  const periodTotal = points.json.features.length as number;
  assert.ok(periodTotal > 20, `the wave's period holds ${periodTotal} incidents`);

  const clusters = page.getByTestId('map-cluster');
  const counts = (await clusters.evaluateAll((nodes) =>
    nodes.map((node) => [Number(node.getAttribute('data-count')), node.textContent]),
  )) as Array<[number, string]>;
  assert.ok(counts.length >= 2, `${counts.length} clusters`);
  assert.ok(counts.length < periodTotal, 'fewer discs than incidents');
  for (const [count, text] of counts) assert.equal(text, String(count), 'each disc is labelled with its count');
  assert.equal(
    counts.reduce((sum, [count]) => sum + count, 0),
    periodTotal,
  );
  assert.equal(Number(await map.getAttribute('data-incident-count')), periodTotal);
  await page.screenshot({ path: `${SHOTS}/map-clusters.png` });

  // A click on the largest disc zooms in there, and the map asks for the new view.
  const zoom = Number(await map.getAttribute('data-zoom'));
  const largest = counts.reduce((best, [count], index) => (count > counts[best][0] ? index : best), 0);
  await clusters.nth(largest).click();
  await page.locator(`[data-testid="map"][data-loaded="true"]:not([data-zoom="${zoom}"])`).waitFor({ timeout: 30_000 });
  const zoomed = Number(await map.getAttribute('data-zoom'));
  assert.ok(zoomed > zoom, `zoom ${zoom} -> ${zoomed}`);
  await page.screenshot({ path: `${SHOTS}/map-zoomed.png` });
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
