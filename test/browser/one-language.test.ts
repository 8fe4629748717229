import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { blankFirstOptions, skipBrowser, type Harness } from './browser-harness.ts';
import { startDemoHarness } from './demo-harness.ts';
import { ENGLISH, FRENCH, knownCodes, languageProblems, VISIBLE_TEXT } from './language-patterns.ts';

// Issue 17, "one language per screen": every page of the app, in French then in English, on the
// demo; a page fails on any code of the server's vocabularies left raw, or on a sentence of the
// other language. Screenshots of each page go to test/browser/screenshots/ (ignored).

let harness: Harness;
const options = { skip: skipBrowser, timeout: 600_000 };
const SHOTS = join(import.meta.dirname, 'screenshots');

before(async () => {
  if (skipBrowser) return;
  mkdirSync(SHOTS, { recursive: true });
  harness = await startDemoHarness();
});
after(async () => {
  await harness?.close();
});

const PAGES = [
  '/map',
  '/incidents',
  '/campaigns',
  '/alerts',
  '/tasks',
  '/posture',
  '/brief?date=2025-04-16',
  '/seizures',
  '/escorts',
  '/fugitives',
  '/cases',
  '/notifications',
  '/review',
  '/feeds',
  '/imports',
  '/graph',
  '/detainees',
  '/account',
  '/alert-rules',
];

/** The first campaign whose page lists probable members (the demo's April 2025 wave has untagged acts), else the newest. */
async function campaignWithProbableMembers(): Promise<{ id: string; probable: number }> {
  const campaigns = (await harness.api('admin', 'GET', '/api/campaigns?limit=20')).json.items as Array<{ id: string }>;
  for (const campaign of campaigns) {
    const detail = (await harness.api('admin', 'GET', `/api/campaigns/${campaign.id}`)).json as {
      probable_members: unknown[];
    };
    if (detail.probable_members.length > 0) return { id: campaign.id, probable: detail.probable_members.length };
  }
  return { id: campaigns[0].id, probable: 0 };
}

for (const lang of ['fr', 'en'] as const) {
  test(`every page speaks ${lang === 'fr' ? 'French' : 'English'} only, with no raw code`, options, async () => {
    const directorates = harness.server.context.gazetteer.directorates.map((d) => d.code);
    const patterns = [...knownCodes(directorates, lang), ...(lang === 'fr' ? ENGLISH : FRENCH)];
    const alerts = (await harness.api('admin', 'GET', '/api/alerts?limit=50')).json.items as Array<{
      id: string;
      kind: string;
    }>;
    const campaign = await campaignWithProbableMembers();
    assert.ok(campaign.probable > 0, 'the demo wave has probable members to word');
    const candidates = (await harness.api('admin', 'GET', '/api/review?status=pending&limit=1')).json.items as Array<{
      id: string;
    }>;
    // a case of the wave, as `vigie demo` makes one: its campaign and an actor of the graph
    const waveCase = (await harness.api('admin', 'POST', '/api/cases', { title: 'Vague DDPF', marking: 'AMBER' })).json;
    const actor = (await harness.api('admin', 'GET', '/api/actors?limit=1')).json.items as Array<{ id: string }>;
    for (const item of [{ type: 'campaign', id: campaign.id }, ...actor.map((a) => ({ type: 'actor', id: a.id }))])
      assert.equal((await harness.api('admin', 'POST', `/api/cases/${waveCase.id}/items`, item)).status, 200);
    // an escort's reasons and a wanted person's escape name incidents, campaigns and site ratios
    const escort = (await harness.api('admin', 'GET', '/api/escorts?limit=1')).json.items as Array<{ id: string }>;
    const fugitive = (await harness.api('admin', 'GET', '/api/fugitives?limit=1')).json.items as Array<{ id: string }>;
    assert.ok(escort.length > 0 && fugitive.length > 0, 'the demo has an escort and a fugitive');
    const pages = [
      ...PAGES,
      `/escorts/${escort[0].id}`,
      `/fugitives/${fugitive[0].id}`,
      `/cases/${waveCase.id}`,
      ...alerts.filter((a, i, all) => all.findIndex((b) => b.kind === a.kind) === i).map((a) => `/alerts/${a.id}`),
      `/campaigns/${campaign.id}`,
      ...candidates.map((c) => `/review/${c.id}`),
    ];
    const page = await harness.newPage({ as: 'admin' });
    await page.addInitScript({ content: `localStorage.setItem('vigie.lang', '${lang}');` });
    const problems: string[] = [];
    const check = async (where: string) => {
      // what people wrote (a seizure's route, a rule's name) is data, shown as written: the app marks it data-free-text
      problems.push(...languageProblems((await page.evaluate(VISIBLE_TEXT)) as string, where, patterns));
      // a select that opens on a blank line says nothing either
      problems.push(...(await blankFirstOptions(page)).map((id) => `${where}: #${id} opens on a blank option`));
      await page.screenshot({ path: join(SHOTS, `lang-${lang}${where.replace(/[/?=&]/g, '_')}.png`), fullPage: true });
    };
    for (const path of pages) {
      await page.goto(`${harness.url}/#${path}`);
      await page.locator('main h1, h1').first().waitFor();
      // let the page's data arrive: no loading indicator left
      // a function, not a string: the app's CSP forbids evaluating strings
      await page
        .waitForFunction(
          () =>
            !(globalThis as unknown as { document: { querySelector(s: string): unknown } }).document.querySelector(
              '[aria-busy="true"], .loading',
            ),
          undefined,
          { timeout: 20_000 },
        )
        .catch(() => undefined);
      await page.waitForTimeout(300);
      if (path === `/campaigns/${campaign.id}`) {
        // the probable members, apart from the core, each with its excess in words, and the alarm explained
        assert.equal(await page.getByTestId('probable-member').count(), campaign.probable);
        await page.getByTestId('probable-dismiss').first().click();
        await page.getByTestId('probable-form').waitFor();
      }
      await check(path);
    }

    // a refused incident: each problem under its field, in the page's language
    await page.goto(`${harness.url}/#/incidents/new`);
    await page.getByTestId('incident-form').waitFor();
    await page.locator('#form-facility').fill('Atlantis');
    await page.getByTestId('incident-form').locator('button[type="submit"]').click();
    await page.locator('#form-event-types [data-testid="field-error"]').waitFor();
    await check('/incidents/new (refused)');
    await page.getByLabel(lang === 'fr' ? 'Tirs' : 'Gunfire', { exact: true }).check();
    await page.locator('#form-night').fill('2025-04-14');
    await page.getByTestId('incident-form').locator('button[type="submit"]').click();
    await page.locator('#form-facility-error').waitFor();
    await check('/incidents/new (unknown facility)');

    assert.deepEqual(problems, []);
    assert.deepEqual(page.errors, []);
  });
}
