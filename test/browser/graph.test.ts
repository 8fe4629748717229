import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { skipBrowser, startHarness, type Harness } from './browser-harness.ts';

let harness: Harness;
const options = { skip: skipBrowser, timeout: 120_000 };
const ids: Record<string, string> = {};

before(async () => {
  if (skipBrowser) return;
  harness = await startHarness({ detection: false });
  const entity = async (key: string, body: Record<string, unknown>) => {
    const response = await harness.api('analyst', 'POST', '/api/actors', { marking: 'GREEN', ...body });
    assert.equal(response.status, 201, JSON.stringify(response.json));
    ids[key] = response.json.id;
  };
  await entity('gang', { kind: 'organisation', subkind: 'group', name: 'DDPF', aliases: ['D.D.P.F'] });
  await entity('leader', { kind: 'person', name: 'Karim Testeur' });
  await entity('car', { kind: 'vehicle', name: 'Clio grise', attributes: { plate: 'AB-123-CD' } });
  for (const [source, kind, target] of [
    ['leader', 'leads', 'gang'],
    ['leader', 'uses', 'car'],
  ]) {
    const response = await harness.api('analyst', 'POST', '/api/relationships', {
      source_id: ids[source],
      target_id: ids[target],
      kind,
      confidence: 80,
      marking: 'GREEN',
    });
    assert.equal(response.status, 201, JSON.stringify(response.json));
  }
});
after(async () => {
  await harness?.close();
});

test(
  'the explorer finds an entity by alias, shows its node, expands it on click and highlights a path',
  options,
  async () => {
    const page = await harness.newPage();
    await page.goto(`${harness.url}/#/graph`);
    await page.getByRole('heading', { level: 1, name: 'Graphe des acteurs' }).waitFor();
    await page.getByTestId('graph-empty').waitFor();
    await page.getByTestId('graph-start-input').fill('D.D.P.F');
    await page.getByTestId('graph-start-input').press('Enter');
    const list = page.getByTestId('graph-node-list');
    await list.getByText('Karim Testeur').waitFor();
    assert.equal(await list.getByText('Clio grise').count(), 0, 'depth 1 from the gang stops at its leader');

    // click the leader's node where cytoscape drew it: its neighbours (the car) join the graph
    const point = await page.getByTestId('graph-canvas').evaluate((element, id) => {
      const cy = (
        element as unknown as { cy: { getElementById(id: string): { renderedPosition(): { x: number; y: number } } } }
      ).cy;
      const box = element.getBoundingClientRect();
      const position = cy.getElementById(id).renderedPosition();
      return { x: box.left + position.x, y: box.top + position.y };
    }, ids.leader);
    await page.mouse.click(point.x, point.y);
    await list.getByText('Clio grise').waitFor();
    assert.match((await page.getByTestId('graph-selection').textContent()) ?? '', /Sélection : Karim Testeur/);
    assert.match((await page.getByTestId('graph-counts').textContent()) ?? '', /3 entités, 2 relations/);
    assert.match((await page.getByTestId('graph-legend').textContent()) ?? '', /Organisation.*Véhicule/);

    // a path from the selection to the gang
    await page.getByTestId('graph-path-input').fill('DDPF');
    await page.getByTestId('graph-path-input').press('Enter');
    assert.match(
      (await page.getByTestId('graph-path-result').textContent()) ?? '',
      /1 plus court\(s\) chemin\(s\), 1 relation/,
    );
    assert.deepEqual(page.errors, []);
  },
);

test(
  'an entity page lists its relationships and records a detainee profile that the detainees list shows',
  options,
  async () => {
    const page = await harness.newPage();
    await page.goto(`${harness.url}/#/actors/${ids.leader}`);
    await page.getByRole('heading', { level: 1, name: /Karim Testeur/ }).waitFor();
    const relationships = page.getByTestId('actor-relationships');
    assert.match((await relationships.textContent()) ?? '', /→ dirige.*DDPF/);
    assert.match((await relationships.textContent()) ?? '', /→ utilise.*Clio grise/);
    await page.locator('#profile-facility').fill('Atlantis');
    await page.getByRole('button', { name: 'Enregistrer l’évaluation' }).click();
    await page
      .getByTestId('field-error')
      .getByText(/Établissement inconnu « Atlantis »/)
      .waitFor();
    await page.locator('#profile-facility').fill('fr-vendin-le-vieil-cp');
    await page.locator('#profile-organised_crime_leadership').selectOption('3');
    await page.locator('#profile-outside_communications').selectOption('2');
    await page.locator('#profile-placement').selectOption('high_security');
    await page.getByRole('button', { name: 'Enregistrer l’évaluation' }).click();
    await page.getByText('Évaluation enregistrée : score 5/12.').waitFor();

    await page.goto(`${harness.url}/#/detainees`);
    const table = page.getByTestId('detainees-table');
    await table.waitFor();
    const row = (await table.locator('tbody tr').first().textContent()) ?? '';
    assert.match(
      row,
      /Karim Testeur.*5\/12.*Vendin-le-Vieil.*Quartier de haute sécurité.*Direction criminelle organisée 3\/3/,
    );
    assert.deepEqual(page.errors, []);
  },
);
