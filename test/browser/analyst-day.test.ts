import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { skipBrowser, type Harness, pageInLanguage, screenshotTo } from './browser-harness.ts';
import { startDemoHarness } from './demo-harness.ts';

// The analyst's day on the demo placed relative to today (`vigie demo` without --as-of): the wave on
// the last three nights. Each task runs in French and in English; every step leaves a screenshot in
// test/browser/screenshots/analyst-day/ (ignored by git) for review.

let harness: Harness;
const options = { skip: skipBrowser, timeout: 180_000 };
const SHOTS = join(import.meta.dirname, 'screenshots', 'analyst-day');

before(async () => {
  if (skipBrowser) return;
  mkdirSync(SHOTS, { recursive: true });
  harness = await startDemoHarness({ asOf: new Date().toISOString().slice(0, 10) });
});
after(async () => {
  await harness?.close();
});

type Lang = 'fr' | 'en';
const WORDS = {
  fr: {
    last7: '7 derniers jours, jusqu’à maintenant',
    all: 'Toute la période',
    sevenDays: '7 jours',
    verified: 'Vérifié',
    refuted: 'Réfuté',
    empty: 'Aucun incident sur cette période',
    jump: /^Aller à la dernière activité \(.+\)$/,
    active: 'Active',
    ended: 'Terminée',
    watch: 'En observation',
    // the places part of the explanation, counted by kind ("6 établissements pénitentiaires et 1 domicile d'agent")
    places: /^(.+?) en \d+ nuits?/,
  },
  en: {
    last7: 'Last 7 days, up to now',
    all: 'All time',
    sevenDays: '7 days',
    verified: 'Verified',
    refuted: 'Refuted',
    empty: 'No incident in this period',
    jump: /^Jump to the latest activity \(.+\)$/,
    active: 'Active',
    ended: 'Ended',
    watch: 'Under watch',
    places: /^(.+?) in \d+ nights?/,
  },
} as const;

const pageIn = (lang: Lang) => pageInLanguage(harness, lang);
const shot = screenshotTo(SHOTS);
const LOADED_MAP = '[data-testid="map"][data-loaded="true"]';

for (const lang of ['fr', 'en'] as const) {
  const words = WORDS[lang];

  test(
    `[${lang}] the map and the list open on the last 7 days up to now, named, with the last nights' attacks; an empty period offers the latest activity`,
    options,
    async () => {
      const page = await pageIn(lang);
      await page.goto(`${harness.url}/#/map`);
      const map = page.locator(LOADED_MAP);
      await map.waitFor({ timeout: 60_000 });
      assert.equal(await page.getByTestId('period-name').textContent(), words.last7);
      assert.equal(
        await page
          .locator('.period__presets button:not([data-horizon])', { hasText: words.sevenDays })
          .getAttribute('aria-pressed'),
        'true',
      );
      assert.ok(
        Number(await map.getAttribute('data-incident-count')) >= 10,
        'the wave of the last nights is on the map',
      );
      assert.doesNotMatch(page.url(), /from=/, 'the address names no date: shared, it opens on the present');
      await shot(page, `${lang}-1-map-opening`);

      // A past month with nothing in it says so and offers the latest activity. The same map, redrawn for the
      // period of the address: a second map would cost Chromium seconds of CPU (docs/benchmarks.md, "The test
      // suites", eleventh pass).
      await page.goto(`${harness.url}/#/map?from=2010-01-01&to=2010-01-31`);
      await page.getByText(words.empty).waitFor();
      const jump = page.getByTestId('jump-to-latest');
      assert.match((await jump.textContent()) ?? '', words.jump);
      await shot(page, `${lang}-2-map-empty-period`);
      await jump.click();
      await page.locator(`${LOADED_MAP}:not([data-incident-count="0"])`).waitFor({ timeout: 60_000 });
      await shot(page, `${lang}-3-map-latest-activity`);

      await page.goto(`${harness.url}/#/incidents`);
      await page.getByTestId('incident-row').first().waitFor();
      assert.equal(await page.getByTestId('period-name').textContent(), words.last7);
      const firstDate = await page.getByTestId('incident-row').first().locator('td').nth(1).textContent();
      assert.ok(firstDate && !/2025/.test(firstDate), `the newest incident is recent, not April 2025 (${firstDate})`);
      await shot(page, `${lang}-4-list-opening`);
      assert.deepEqual(page.errors, []);
      await page.context().close();
    },
  );

  test(
    `[${lang}] the wave is styled as an alarm because its verdict is one; quiet clusters are not red and not active forever; the wave page's figures agree`,
    options,
    async () => {
      const page = await pageIn(lang);
      await page.goto(`${harness.url}/#/campaigns?all=1`);
      const cards = page.getByTestId('campaign-card');
      await cards.first().waitFor();
      const wave = cards.filter({ hasText: /D\.?D\.?P\.?F/ }).first();
      assert.equal(await wave.getByTestId('significance').getAttribute('data-alarm'), 'true');
      assert.equal(await wave.getByTestId('campaign-state').textContent(), words.active);
      assert.match((await wave.getAttribute('class')) ?? '', /campaign-card--alarm/);
      for (const card of await cards.all()) {
        const significance = card.getByTestId('significance');
        if ((await significance.getAttribute('data-alarm')) === 'true') continue;
        assert.doesNotMatch(
          (await significance.getAttribute('class')) ?? '',
          /--alarm/,
          'no alarm style without an alarm verdict',
        );
        assert.notEqual(
          await card.getByTestId('campaign-state').getAttribute('data-shown-state'),
          'active',
          'no alarm: not shown as active',
        );
      }
      await shot(page, `${lang}-5-campaigns`);

      await wave.getByRole('heading').getByRole('link').click();
      const block = page.getByTestId('significance-block');
      await block.waitFor();
      const placesPart = (await page.getByTestId('campaign-explanation').textContent())!.match(words.places)![1];
      const places = [...placesPart.matchAll(/\d+/g)].reduce((sum, [count]) => sum + Number(count), 0);
      const observed = (await block.getByTestId('observed-expected').textContent())!;
      const [scanned, total] = (
        observed.match(lang === 'fr' ? /sur (\d+) des (\d+) lieux/ : /at (\d+) of the campaign’s (\d+) places/) ?? []
      )
        .slice(1)
        .map(Number);
      assert.equal(total, places, `the places under the test are the campaign's (${observed})`);
      assert.ok(scanned <= places);
      await shot(page, `${lang}-6-wave-page`);
      assert.deepEqual(page.errors, []);
      await page.context().close();
    },
  );
}
