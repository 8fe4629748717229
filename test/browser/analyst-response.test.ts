import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { extractText, getDocumentProxy } from 'unpdf';
import { skipBrowser, type Harness, type TestPage } from './browser-harness.ts';
import { startDemoHarness } from './demo-harness.ts';

// Issue 17, the analyst's day on the demo: (c) today's brief downloaded as PDF names each of the
// night's incidents; (d) an alert acknowledged and its tasks worked with their context; posture
// proposals grouped by campaign and decided at once. Each step leaves a screenshot for review.

let harness: Harness;
const options = { skip: skipBrowser, timeout: 240_000 };
const SHOTS = join(import.meta.dirname, 'screenshots');
const BRIEF_DATE = '2025-04-16';

before(async () => {
  if (skipBrowser) return;
  mkdirSync(SHOTS, { recursive: true });
  harness = await startDemoHarness();
});
after(async () => {
  await harness?.close();
});

const shot = (page: TestPage, name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });

async function inLanguage(page: TestPage, lang: 'fr' | 'en') {
  await page.addInitScript({ content: `localStorage.setItem('vigie.lang', '${lang}');` });
}

for (const lang of ['fr', 'en'] as const) {
  test(
    `(c, ${lang}) the brief of the day downloads as PDF and names each of the night's incidents`,
    options,
    async () => {
      const live = await harness.api('analyst', 'GET', `/api/briefs/live?date=${BRIEF_DATE}&lang=${lang}`);
      assert.equal(live.status, 200);
      const night = (
        live.json.incidents.items as Array<{ site: string; types: string[]; in_last_24h: boolean }>
      ).filter((i) => i.in_last_24h);
      assert.ok(night.length > 0, 'the demo has incidents in the night before the brief');
      const page = await harness.newPage();
      await inLanguage(page, lang);
      await page.goto(`${harness.url}/#/brief?date=${BRIEF_DATE}`);
      const frame = page.frameLocator('[data-testid="brief-frame"]');
      await frame.locator('[data-testid="brief-night"]').waitFor();
      await shot(page, `c-brief-${lang}`);
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('brief-pdf').click()]);
      const file = join(SHOTS, `brief-${lang}.pdf`);
      await download.saveAs(file);
      const { text, totalPages } = await extractText(await getDocumentProxy(new Uint8Array(readFileSync(file))), {
        mergePages: true,
      });
      assert.ok(totalPages >= 1);
      assert.match(
        text,
        lang === 'fr' ? /Point de situation du mercredi 16 avril 2025/ : /Daily brief of Wednesday,? 16 April 2025/,
      );
      assert.match(text, lang === 'fr' ? /Incidents de la nuit/ : /Incidents of the night/);
      const flat = text.replace(/\s+/g, ' ');
      for (const incident of night)
        assert.ok(flat.includes(incident.site), `the PDF names the night's incident at ${incident.site}`);
      // the campaign by what ties it, not its key
      assert.doesNotMatch(flat, /campaign-[0-9a-f]{8}/);
      assert.deepEqual(page.errors, []);
    },
  );
}

interface ListedAlert {
  id: string;
  kind: string;
  state: string;
  title: string;
  sites: string[];
}

test(
  '(d) an alert is acknowledged and its tasks worked with their context: site, subject, assignee, due time',
  options,
  async () => {
    const alerts = (await harness.api('analyst', 'GET', '/api/alerts?limit=200')).json.items as ListedAlert[];
    const wave = alerts.find((alert) => alert.kind === 'wave_alarm');
    assert.ok(wave, 'the demo wave raised an alert');
    const detail = (await harness.api('analyst', 'GET', `/api/alerts/${wave.id}`)).json;
    const page = await harness.newPage();
    await page.goto(`${harness.url}/#/alerts/${wave.id}`);
    await page.locator('[data-testid="alert-page"][data-state="open"]').waitFor();

    // incidents by site, night and act, not "Incident 97202da1"
    const first = (await page.getByTestId('alert-incident').first().textContent()) ?? '';
    assert.doesNotMatch(first, /^Incident [0-9a-f]{8}$/);
    assert.ok(detail.incidents[0] && first.startsWith(detail.incidents[0].site), `"${first}" starts with the site`);
    assert.match(first, /nuit du \d+ (au \d+ )?[a-zéû.]* ?\d*/);
    // the explanation is worded, not "gives 2.7e-3"
    const explanation = (await page.getByTestId('alert-explanation').textContent()) ?? '';
    assert.match(explanation, /incidents sur \d+ sites ; aux taux habituels/);
    assert.doesNotMatch(explanation, /\de-\d/);
    await shot(page, 'd1-alert-open');

    await page.getByTestId('acknowledge').click();
    await page.locator('[data-testid="alert-page"][data-state="acknowledged"]').waitFor();
    await shot(page, 'd2-alert-acknowledged');

    // each task says what it is about, where, who and when
    const cards = page.getByTestId('task-card');
    assert.ok((await cards.count()) >= 1);
    const card = cards.first();
    assert.match((await card.getByTestId('task-about').textContent()) ?? '', /^Objet : Vague d’attaques : \d+ sites/);
    assert.match((await card.getByTestId('task-sites').textContent()) ?? '', /^Sites : .+/);
    assert.match((await card.getByTestId('task-meta').textContent()) ?? '', /^Échéance .+ · Non attribuée$/);
    assert.ok((await card.getByTestId('task-incident').count()) >= 1);

    // work the task: take it, start it
    const taskId = await card.getAttribute('data-id');
    await card.getByRole('button', { name: 'M’assigner' }).click();
    await page
      .locator(`[data-testid="task-card"][data-id="${taskId}"] [data-testid="task-meta"]`, {
        hasText: 'Assignée à moi',
      })
      .waitFor();
    await page
      .locator(`[data-testid="task-card"][data-id="${taskId}"] [data-testid="task-state"]`)
      .selectOption('in_progress');
    await page.locator(`[data-testid="task-card"][data-id="${taskId}"][data-state="in_progress"]`).waitFor();
    await shot(page, 'd3-task-in-progress');
    const task = (await harness.api('analyst', 'GET', `/api/tasks/${taskId}`)).json;
    assert.equal(task.state, 'in_progress');
    assert.equal(task.assignee_id, harness.accounts.analyst.id);
    assert.equal(task.context.assignee, harness.accounts.analyst.display_name);

    // the same task in English: its subject follows the reader's language
    const english = await harness.newPage();
    await inLanguage(english, 'en');
    await english.goto(`${harness.url}/#/tasks?alert=${wave.id}`);
    await english.locator(`[data-testid="task-card"][data-id="${taskId}"] [data-testid="task-about"]`).waitFor();
    assert.match(
      (await english
        .locator(`[data-testid="task-card"][data-id="${taskId}"] [data-testid="task-about"]`)
        .textContent()) ?? '',
      /^About: Wave of attacks: \d+ sites/,
    );
    await shot(english, 'd4-tasks-en');
    assert.deepEqual([...page.errors, ...english.errors], []);
  },
);

test(
  '(d) posture proposals are grouped by campaign, most exposed first, and decided all at once with one reason',
  options,
  async () => {
    const page = await harness.newPage({ as: 'admin' });
    await page.goto(`${harness.url}/#/posture`);
    const group = page.getByTestId('proposal-group').first();
    await group.waitFor();
    await group
      .getByTestId('proposal-group-title')
      .filter({ hasText: /Vague d’attaques/ })
      .waitFor();
    const reasons = await group.getByTestId('proposal-reason').allTextContents();
    assert.ok(reasons.length >= 2, 'the wave proposed several sites');
    // struck sites first, by their incidents, then the sites the risk model puts at risk
    const struck = reasons.map((reason) => Number(/\((\d+) incident/.exec(reason)?.[1] ?? -1));
    assert.ok(struck[0] > 0, reasons.join(' | '));
    for (let i = 1; i < struck.length; i += 1)
      assert.ok(struck[i] <= struck[i - 1], `most exposed first: ${reasons.join(' | ')}`);
    assert.equal(reasons.filter((reason) => /Vague d'attaques : Vague d'attaques/.test(reason)).length, 0);
    await shot(page, 'd5-posture-grouped');
    await group.getByTestId('proposal-accept-all').click();
    await group.getByText('Donnez un motif pour décider de toutes les propositions.').waitFor();
    await group.getByTestId('proposal-group-reason').fill('Vague confirmée par la cellule de crise');
    await group.getByTestId('proposal-accept-all').click();
    await page
      .getByTestId('posture-notice')
      .filter({ hasText: `${reasons.length} proposition(s) décidée(s).` })
      .waitFor();
    await shot(page, 'd6-posture-decided');
    const current = (await harness.api('admin', 'GET', '/api/posture')).json;
    assert.ok(
      current.active.filter(
        (p: { decision_reason: string | null }) => p.decision_reason === 'Vague confirmée par la cellule de crise',
      ).length >= reasons.length,
    );
    assert.deepEqual(page.errors, []);
  },
);
