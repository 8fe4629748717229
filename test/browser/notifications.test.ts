import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { incidentInput } from '../support/factories.ts';
import { skipBrowser, startHarness, type Harness } from './browser-harness.ts';

let harness: Harness;
const options = { skip: skipBrowser, timeout: 120_000 };

before(async () => { if (!skipBrowser) harness = await startHarness({ detection: false }); });
after(async () => { await harness?.close(); });

test('the bell count rises when an incident is recorded elsewhere, and the centre lists it', options, async () => {
  const page = await harness.newPage();
  await page.goto(`${harness.url}/#/map`);
  const bell = page.getByTestId('notification-bell');
  await bell.waitFor();
  const count = async () => Number((await page.getByTestId('notification-count').count()) ? await page.getByTestId('notification-count').textContent() : 0);
  const start = await count();
  // Another user (a script with the admin's token) records an incident: the stream tells the page.
  const created = await harness.api('admin', 'POST', '/api/incidents', incidentInput({ external_id: 'browser-bell', marking: 'GREEN' }));
  assert.equal(created.status, 201);
  await page.waitForFunction((before) => {
    const badge = (globalThis as unknown as { document: { querySelector(selector: string): { textContent: string | null } | null } }).document.querySelector('[data-testid="notification-count"]');
    return badge !== null && Number(badge.textContent) > before;
  }, start, { timeout: 15_000 });
  assert.ok(await count() > start);
  await bell.click();
  await page.getByTestId('notifications-page').waitFor();
  await page.getByTestId('notification').first().waitFor();
  assert.match(await page.getByTestId('notifications-page').textContent() ?? '', /Nouvel incident/);
  assert.deepEqual(page.errors, []);
});
