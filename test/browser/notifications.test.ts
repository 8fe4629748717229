import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { incidentInput } from '../support/factories.ts';
import { skipBrowser, startHarness, type Harness } from './browser-harness.ts';

// The test's receivers and feeds listen on loopback, which the fetch guard refuses unless allowed.
process.env.VIGIE_FETCH_ALLOW = '127.0.0.1/32';

let harness: Harness;
const options = { skip: skipBrowser, timeout: 120_000 };

before(async () => {
  if (!skipBrowser) harness = await startHarness({ detection: false });
});
after(async () => {
  await harness?.close();
});

/** Another user (a script with the admin's token) records a GREEN incident, which notifies the analyst. */
async function recordIncident(externalId: string): Promise<void> {
  const created = await harness.api(
    'admin',
    'POST',
    '/api/incidents',
    incidentInput({ external_id: externalId, marking: 'GREEN' }),
  );
  assert.equal(created.status, 201);
}

test('the bell count rises when an incident is recorded elsewhere, and the centre lists it', options, async () => {
  const page = await harness.newPage();
  // The bell is in the header of every page: a light one, not the map (docs/benchmarks.md, "The test suites").
  await page.goto(`${harness.url}/#/account`);
  const bell = page.getByTestId('notification-bell');
  await bell.waitFor();
  const count = async () =>
    Number(
      (await page.getByTestId('notification-count').count())
        ? await page.getByTestId('notification-count').textContent()
        : 0,
    );
  const start = await count();
  // Another user (a script with the admin's token) records an incident: the stream tells the page.
  await recordIncident('browser-bell');
  await page.waitForFunction(
    (before) => {
      const badge = (
        globalThis as unknown as {
          document: { querySelector(selector: string): { textContent: string | null } | null };
        }
      ).document.querySelector('[data-testid="notification-count"]');
      return badge !== null && Number(badge.textContent) > before;
    },
    start,
    { timeout: 15_000 },
  );
  assert.ok((await count()) > start);
  await bell.click();
  await page.getByTestId('notifications-page').waitFor();
  await page.getByTestId('notification').first().waitFor();
  assert.match((await page.getByTestId('notifications-page').textContent()) ?? '', /Nouvel incident/);
  assert.deepEqual(page.errors, []);
});

test('a notification made before the live stream listens is counted when it opens', options, async () => {
  const page = await harness.newPage();
  // The stream is held back until an incident has been recorded: the page reads the count first, then connects.
  let recorded!: () => void;
  const incidentRecorded = new Promise<void>((resolve) => {
    recorded = resolve;
  });
  await page.route('**/api/stream*', async (route) => {
    await incidentRecorded;
    await route.continue();
  });
  await page.goto(`${harness.url}/#/account`);
  await page.getByTestId('notification-bell').waitFor();
  const before = await harness.api('analyst', 'GET', '/api/notifications/unread-count');
  assert.equal(before.status, 200);
  await recordIncident('browser-bell-before-stream');
  // The notification exists before the stream is let through.
  for (let waited = 0; waited < 15_000; waited += 100) {
    const now = await harness.api('analyst', 'GET', '/api/notifications/unread-count');
    if (now.json.unread > before.json.unread) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  recorded();
  await page.waitForFunction(
    (expected) =>
      Number(
        (
          globalThis as unknown as {
            document: { querySelector(selector: string): { textContent: string | null } | null };
          }
        ).document.querySelector('[data-testid="notification-count"]')?.textContent ?? 0,
      ) >= expected,
    before.json.unread + 1,
    { timeout: 15_000 },
  );
  assert.deepEqual(page.errors, []);
});

test(
  'an administrator subscribes a webhook to chosen events and an e-mail address, then removes the address',
  options,
  async () => {
    const page = await harness.newPage({ as: 'admin' });
    await page.goto(`${harness.url}/#/webhooks`);
    await page.getByTestId('webhooks-page').waitFor();
    await page.getByText('Aucun abonnement par e-mail').waitFor();

    const webhookForm = page.locator('form').first();
    await webhookForm.getByLabel('Nom').fill('Cellule de crise');
    await webhookForm.getByLabel('Adresse du récepteur').fill('http://127.0.0.1:9/hook');
    await webhookForm.getByLabel('alerte ouverte').check();
    await webhookForm.getByRole('button', { name: 'Ajouter' }).click();
    await page.getByTestId('webhook-secret').waitFor();
    assert.match((await page.getByTestId('webhook').first().textContent()) ?? '', /alerte ouverte · ≥ Moyenne/);
    const hooks = await harness.api('admin', 'GET', '/api/webhooks');
    assert.deepEqual(hooks.json.items[0].event_types, ['alert.opened']);

    const mail = page.getByTestId('mail-subscriptions');
    await mail.getByLabel('Adresse e-mail').fill('veille@example.org');
    await mail.getByLabel('alarme de vague').check();
    await mail.getByRole('button', { name: 'Abonner' }).click();
    await page.getByText('veille@example.org est abonnée.').waitFor();
    const row = page.getByTestId('mail-table').getByRole('row', { name: /veille@example\.org/ });
    assert.match((await row.textContent()) ?? '', /alarme de vague.*Haute/);
    const stored = await harness.api('admin', 'GET', '/api/mail-subscriptions');
    assert.deepEqual(
      stored.json.items.map((s: { address: string; event_types: string[] }) => [s.address, s.event_types]),
      [['veille@example.org', ['campaign.alarm']]],
    );

    await row.getByRole('button', { name: 'Supprimer' }).click();
    await page.getByText('veille@example.org n’est plus abonnée.').waitFor();
    assert.equal((await harness.api('admin', 'GET', '/api/mail-subscriptions')).json.items.length, 0);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  },
);

test('the notification centre shows how many it holds and loads the older ones on request', options, async () => {
  // more than a page of notifications (NOTIFICATIONS_PAGE, 50): each incident another user records notifies the analyst
  for (let n = 0; n < 52; n += 1) await recordIncident(`browser-page-${n}`);
  // the notifier works behind the API: wait until the count stops moving
  let total = -1;
  for (let previous = -2; total !== previous || total < 52; ) {
    previous = total;
    await new Promise((resolve) => setTimeout(resolve, 300));
    total = (await harness.api('analyst', 'GET', '/api/notifications?limit=1')).json.total;
  }
  assert.ok(total > 50, `${total} notifications, more than a page`);
  const page = await harness.newPage();
  await page.goto(`${harness.url}/#/notifications`);
  await page.getByTestId('notification').nth(49).waitFor();
  assert.equal(await page.getByTestId('notification').count(), 50);
  assert.equal(await page.getByTestId('notifications-shown').textContent(), `50 affiché(s) sur ${total}`);
  for (let shown = 50; shown < total; shown = Math.min(total, shown + 50)) {
    await page.getByRole('button', { name: 'Charger plus' }).click();
    await page
      .getByTestId('notification')
      .nth(Math.min(total, shown + 50) - 1)
      .waitFor();
  }
  assert.equal(await page.getByTestId('notification').count(), total);
  assert.equal(await page.getByRole('button', { name: 'Charger plus' }).count(), 0, 'nothing older to load');
  assert.deepEqual(page.errors, []);
});
