import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { skipBrowser, startHarness, widthOnPhone, type Harness } from './browser-harness.ts';

let harness: Harness;
const options = { skip: skipBrowser, timeout: 120_000 };
const seizure = (external_id: string, date: string, kilograms: number, extra: Record<string, unknown> = {}) => ({
  external_id,
  occurred: { date },
  drug: 'cocaine',
  quantity: { value: kilograms, unit: 'kg' },
  agency: 'Douane',
  marking: 'GREEN',
  place: { lat: 49.4944, lon: 0.1079, precision: 'commune', commune: 'Le Havre', department: '76', country: 'FR' },
  ...extra,
});

before(async () => {
  if (skipBrowser) return;
  harness = await startHarness({ detection: false });
  for (const body of [
    seizure('browser-seizure-2024', '2024-03-10', 1000),
    seizure('browser-seizure-2023', '2023-03-10', 500, { agency: 'OFAST' }),
    seizure('browser-seizure-pacific', '2024-02-01', 800, {
      agency: 'US Coast Guard',
      vessel: 'semi-submersible',
      organisation: { name: 'Sinaloa', kind: 'cartel' },
      place: { lat: -1.5, lon: -88.5, precision: 'country', country: 'EC' },
    }),
  ]) {
    const created = await harness.api('admin', 'POST', '/api/seizures', body);
    assert.equal(created.status, 201, JSON.stringify(created.json));
  }
});
after(async () => {
  await harness?.close();
});

test(
  'the seizures page says the year-to-date comparison, groups by agency and lists the cartel behind an international seizure',
  options,
  async () => {
    const page = await harness.newPage();
    await page.goto(`${harness.url}/#/seizures?ytd=2024-03-31&drug=cocaine`);
    const sentence = page.getByTestId('ytd-sentence');
    await sentence.waitFor();
    assert.equal(
      await sentence.textContent(),
      '1,8 t de cocaïne sur les 3 premiers mois de 2024 : 3,6 fois toute l’année 2023 (500 kg) et 3,6 fois la même période de 2023 (500 kg).',
    );
    await page.getByTestId('seizure-group').getByRole('button', { name: 'service' }).click();
    await page.locator('[data-testid="seizure-table"] tr[data-key="US Coast Guard"]').waitFor();
    assert.deepEqual(
      await page
        .locator('[data-testid="seizure-table"] tbody tr')
        .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-key'))),
      ['Douane', 'US Coast Guard', 'OFAST'],
    );
    assert.match((await page.getByTestId('seizure-total').textContent()) ?? '', /2[\s\u202f]?300 kg en 3 saisie/);
    const international = page.getByTestId('international-table');
    // the country and the date in words, not as codes ("EC", "2024-...")
    assert.match((await international.textContent()) ?? '', /Équateur.*semi-submersible.*Sinaloa/);
    assert.doesNotMatch((await international.textContent()) ?? '', /\bEC\b|\d{4}-\d{2}-\d{2}/);
    const csv = await page.getByTestId('seizure-csv').getAttribute('href');
    assert.match(csv ?? '', /group_by=agency.*format=csv/);
    await page.getByTestId('seizure-group').getByRole('button', { name: 'mois' }).click();
    await page.locator('[data-testid="seizure-table"] tr[data-key*="-"]').first().waitFor();
    assert.doesNotMatch((await page.getByTestId('seizure-table').textContent()) ?? '', /\d{4}-\d{2}/);
    // on a phone the wide table scrolls in its frame; the page itself does not scroll sideways
    assert.equal(await widthOnPhone(page), 390);
    await page.getByTestId('seizure-map').locator('canvas').waitFor();
    assert.deepEqual(page.errors, []);
  },
);

test('the brief page shows the brief of the chosen date for the reader, with its figures', options, async () => {
  const page = await harness.newPage();
  await page.goto(`${harness.url}/#/brief?date=2024-03-11`);
  const frame = page.frameLocator('[data-testid="brief-frame"]');
  await frame.locator('h1').waitFor();
  assert.match((await frame.locator('h1').textContent()) ?? '', /^Point de situation du lundi 11 mars 2024$/);
  assert.match((await frame.locator('body').textContent()) ?? '', /1 t cocaïne, Le Havre \(Douane\)/);
  assert.equal(await frame.locator('svg[data-figure="map"]').count(), 1);
  // styled by the brief's stylesheet, as the CSP forbids inline styles
  assert.equal(
    await frame
      .locator('h2')
      .first()
      .evaluate(
        (h2) =>
          (globalThis as unknown as { getComputedStyle(e: unknown): { borderBottomStyle: string } }).getComputedStyle(
            h2,
          ).borderBottomStyle,
      ),
    'solid',
  );
  await page.getByTestId('brief-archive-empty').waitFor();
  assert.equal(await page.getByTestId('brief-quiet').count(), 0, 'a day with a seizure is not empty');

  // today has nothing yet: the page says so in French and leads to the day before
  await page.goto(`${harness.url}/#/brief`);
  assert.match((await page.getByTestId('brief-quiet').textContent()) ?? '', /^Rien n’est encore signalé aujourd’hui/);
  await page.getByTestId('brief-previous').click();
  const yesterday = new Date(Date.now() - 86_400_000).toLocaleDateString('sv', { timeZone: 'Europe/Paris' });
  await page.waitForURL(new RegExp(`date=${yesterday}`));
  assert.deepEqual(page.errors, []);
});
