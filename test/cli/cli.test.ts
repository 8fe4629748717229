import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vigieOn } from '../support/cli-runner.ts';
import { incidentInput } from '../support/factories.ts';
import { freshContext, TEST_STORE } from '../support/test-store.ts';

describe(`vigie CLI on ${TEST_STORE}`, () => {
  let context: Awaited<ReturnType<typeof freshContext>>;
  let vigie: ReturnType<typeof vigieOn>;
  const work = mkdtempSync(join(tmpdir(), 'vigie-cli-'));
  before(async () => {
    context = await freshContext();
    vigie = vigieOn(context);
  });
  after(async () => {
    await context.close();
    rmSync(work, { recursive: true, force: true });
  });

  test('imports a JSON file, then says it is already there', async () => {
    const file = join(work, 'incidents.json');
    writeFileSync(
      file,
      JSON.stringify([incidentInput(), incidentInput({ facility: 'Nanterre', event_types: ['vehicle_arson'] })]),
    );
    const first = await vigie('import', file);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, /2 rows, 2 incidents added, 0 already there/);
    const again = await vigie('import', file);
    assert.match(again.stdout, /0 incidents added, 2 already there/);
  });

  test('refuses a CSV with a bad row: exit code 2 and the row named', async () => {
    const file = join(work, 'bad.csv');
    writeFileSync(
      file,
      'external_id,occurred.date,facility,event_types\nok-1,2025-04-16,Valence,vehicle_arson\nbad-2,2025-04-16,Atlantis,vehicle_arson\n',
    );
    const refused = await vigie('import', file);
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /row 2: facility: unknown facility "Atlantis"/);
    const exported = await vigie('export', '--format', 'json', '--facility', 'fr-valence-cp');
    assert.deepEqual(JSON.parse(exported.stdout), [], 'the good row of the refused file was not written');
  });

  test('exports GeoJSON to a file and CSV to standard output, with filters', async () => {
    const out = join(work, 'out.geojson');
    const geo = await vigie('export', '--format', 'geojson', '--out', out);
    assert.equal(geo.code, 0, geo.stderr);
    assert.equal(JSON.parse(readFileSync(out, 'utf8')).features.length, 2);
    const csv = await vigie('export', '--format', 'csv', '--event-type', 'vehicle_arson');
    assert.equal(csv.stdout.trim().split('\n').length, 2, 'a header and one row');
  });

  test('refuses bad arguments with exit code 2 and a message', async () => {
    for (const args of [
      ['import', join(work, 'missing.json')],
      ['export', '--format', 'xml'],
      ['export', '--from', 'yesterday'],
      ['serve', '--port', 'abc'],
      ['nonsense'],
    ]) {
      const result = await vigie(...args);
      assert.equal(result.code, 2, `${args.join(' ')}: ${result.stderr}`);
      assert.ok(result.stderr.trim().length > 0, `${args.join(' ')} says why`);
    }
  });

  test('lists facilities matching a name or alias', async () => {
    const found = await vigie('facilities', 'la', 'farlède');
    assert.match(found.stdout, /fr-toulon-la-farlede-cp/);
    const none = await vigie('facilities', 'zzzz');
    assert.match(none.stdout, /no facility matches/);
  });

  test('prints help for every command', async () => {
    for (const command of ['serve', 'demo', 'import', 'export', 'facilities']) {
      const help = await vigie(command, '--help');
      assert.equal(help.code, 0);
      assert.match(help.stdout, new RegExp(`Usage: vigie ${command}`));
    }
  });
});
