import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { skipBrowser, startHarness, type Harness } from './browser-harness.ts';

// Markup and script typed into any text field are shown as text, never run: on the incident list,
// the incident page and the map popup. The Content-Security-Policy is a second wall; this test also
// proves the app itself never trips it (no inline style or script anywhere on these pages).

let harness: Harness;
const options = { skip: skipBrowser, timeout: 120_000 };

before(async () => {
  if (!skipBrowser) harness = await startHarness();
});
after(async () => {
  await harness?.close();
});

const IMG = '<img src=x onerror="window.__pwned=1;alert(1)">';
const SCRIPT = '<script>window.__pwned=2</script>';
const SVG = '"><svg onload=window.__pwned=3>';

/** The latitude at the middle of the map's initial view (the middle in Mercator, not in degrees). */
function mercatorMiddle(south: number, north: number): number {
  const y = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
  return (2 * Math.atan(Math.exp((y(south) + y(north)) / 2)) - Math.PI / 2) * (180 / Math.PI);
}

test(
  "HTML and script in an incident's text fields show literally on the list, the incident page and the map popup, and nothing runs",
  options,
  async () => {
    const created = await harness.api('analyst', 'POST', '/api/incidents', {
      occurred: { date: new Date().toISOString().slice(0, 10) },
      // The middle of the map's first view (METROPOLE_BOUNDS in web/src/features/map/base-map.ts), so a click there hits it.
      place: { lat: mercatorMiddle(41.3, 51.15), lon: (-5.2 + 9.6) / 2, precision: 'site', commune: `Bourges ${IMG}` },
      event_types: ['gunfire'],
      description: `Tirs sur le portail. ${SCRIPT} ${IMG}`,
      damage: SVG,
      weapons: [IMG],
      signatures: [{ kind: 'tag', text: `DDPF ${SCRIPT}` }],
      sources: [{ kind: 'press', title: `Dépêche ${IMG}`, reliability: 'B', credibility: 2 }],
      marking: 'GREEN',
    });
    assert.equal(created.status, 201, JSON.stringify(created.json));

    const page = await harness.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    // Runs before the app's own code on every page: a flag injected code would change, and a log of CSP violations.
    await page.addInitScript({
      content: `window.__pwned = 0; window.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) => window.__violations.push(event.violatedDirective + ' ' + event.blockedURI + ' ' + event.sample));`,
    });

    await page.goto(`${harness.url}/#/incidents`);
    const row = page.getByTestId('incident-row').first();
    await row.waitFor();
    assert.ok((await row.textContent())!.includes(`Bourges ${IMG}`), (await row.textContent()) ?? '');
    assert.ok((await row.textContent())!.includes(`DDPF ${SCRIPT}`));
    assert.equal(await page.locator('main img, main svg[onload]').count(), 0);

    await page.goto(`${harness.url}/#/incidents/${created.json.id}`);
    const description = page.locator('.incident__description');
    await description.waitFor();
    assert.equal(await description.textContent(), `Tirs sur le portail. ${SCRIPT} ${IMG}`);
    const body = (await page.locator('.incident').textContent())!;
    for (const text of [SVG, `Dépêche ${IMG}`, `DDPF ${SCRIPT}`, `Bourges ${IMG}`])
      assert.ok(body.includes(text), `the page shows ${text}`);
    assert.equal(await page.locator('.incident img, .incident script, .incident svg[onload]').count(), 0);

    await page.goto(`${harness.url}/#/map`);
    const map = page.locator('[data-testid="map"][data-loaded="true"]');
    await map.waitFor({ timeout: 30_000 });
    assert.equal(await map.getAttribute('data-incident-count'), '1');
    // The national view groups incidents (issue 17): zoom into the group until the point itself is drawn.
    for (let step = 0; step < 5 && (await map.getAttribute('data-map-kind')) === 'clusters'; step += 1) {
      // Click the disc, then wait for the view at the new zoom to be loaded: on a loaded machine the zoom
      // animation is slow and the discs move until it ends.
      const zoom = await map.getAttribute('data-zoom');
      await page.locator('[data-testid="map-cluster"]').first().click();
      await page
        .locator(`[data-testid="map"][data-loaded="true"]:not([data-zoom="${zoom}"])`)
        .waitFor({ timeout: 60_000 });
    }
    assert.equal(await map.getAttribute('data-map-kind'), 'points');
    await page.locator('[data-testid="map"] canvas.maplibregl-canvas').click();
    const popup = page.locator('.maplibregl-popup-content');
    await popup.waitFor();
    assert.ok((await popup.textContent())!.includes(`Bourges ${IMG}`), (await popup.textContent()) ?? '');
    assert.equal(await popup.locator('img, script, svg').count(), 0);

    assert.equal(await page.evaluate('window.__pwned'), 0, 'no injected code ran');
    assert.deepEqual(dialogs, []);
    assert.deepEqual(await page.evaluate('window.__violations'), [], 'the app trips no CSP rule');
    assert.deepEqual(page.errors, []);
    await page.context().close();
  },
);
