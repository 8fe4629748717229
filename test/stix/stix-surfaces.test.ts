import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { VigieContext } from '../../src/context.ts';
import { signedInClient } from '../support/api-client.ts';
import { vigieOn } from '../support/cli-runner.ts';
import { incidentInput } from '../support/factories.ts';
import { freshContext } from '../support/test-store.ts';

describe('STIX surfaces: API and command line', () => {
  let context: VigieContext;
  let api: Awaited<ReturnType<typeof signedInClient>>;
  let other: Awaited<ReturnType<typeof signedInClient>>;
  before(async () => {
    context = await freshContext();
    api = await signedInClient(context);
    other = await signedInClient(context, { org: 'Parquet national antiterroriste', role: 'investigator' });
  });
  after(async () => {
    await context.close();
  });

  it('exports what the caller may read, imports a bundle without adding what is there, refusing a broken one with the object named', async () => {
    const rows = [incidentInput({ marking: 'GREEN' }), incidentInput({ marking: 'AMBER+STRICT' })];
    assert.equal((await api.upload('/api/incidents/import', JSON.stringify(rows), 'application/json')).status, 200);
    const mine = await api.get('/api/stix/bundle?since=2025-01-01');
    assert.equal(mine.status, 200, mine.text);
    assert.equal(mine.json.objects.filter((o: { type: string }) => o.type === 'incident').length, 2);
    const theirs = await other.get('/api/stix/bundle');
    assert.equal(
      theirs.json.objects.filter((o: { type: string }) => o.type === 'incident').length,
      1,
      'AMBER+STRICT stays in its organisation',
    );

    const imported = await other.post('/api/stix/bundle', mine.json);
    assert.deepEqual(
      [imported.status, imported.json.inserted, imported.json.skipped],
      [200, 0, 2],
      'the records are already in this store',
    );

    const broken = structuredClone(mine.json);
    const incident = broken.objects.find((o: { type: string }) => o.type === 'incident');
    delete Object.values(incident.extensions as Record<string, Record<string, unknown>>)[0].occurred;
    const refused = await other.post('/api/stix/bundle', broken);
    assert.equal(refused.status, 400, refused.text);
    assert.match(refused.json.error.details[0].path, new RegExp(`${incident.id}: occurred`));
    assert.equal((await api.post('/api/stix/bundle', { type: 'bundle', id: 'nope', objects: [] })).status, 400);
  });

  it('imports partially on request over the API, naming the refused object, and exports in interop form', async () => {
    const good = {
      type: 'incident',
      spec_version: '2.1',
      id: 'incident--3f0e7d6c-5b4a-4392-8170-6f5e4d3c2b10',
      created: '2025-04-16T08:00:00.000Z',
      modified: '2025-04-16T08:00:00.000Z',
      name: 'Car burnt',
      first_seen: '2025-04-15T23:00:00.000Z',
      labels: ['vehicle_arson'],
    };
    const place = {
      type: 'location',
      spec_version: '2.1',
      id: 'location--3f0e7d6c-5b4a-4392-8170-6f5e4d3c2b11',
      created: '2025-04-16T08:00:00.000Z',
      modified: '2025-04-16T08:00:00.000Z',
      city: 'Villepinte',
      country: 'FR',
    };
    const rel = {
      type: 'relationship',
      spec_version: '2.1',
      id: 'relationship--3f0e7d6c-5b4a-4392-8170-6f5e4d3c2b12',
      created: '2025-04-16T08:00:00.000Z',
      modified: '2025-04-16T08:00:00.000Z',
      relationship_type: 'located-at',
      source_ref: good.id,
      target_ref: place.id,
    };
    const nowhere = {
      type: 'incident',
      spec_version: '2.1',
      id: 'incident--3f0e7d6c-5b4a-4392-8170-6f5e4d3c2b13',
      created: '2025-04-16T08:00:00.000Z',
      modified: '2025-04-16T08:00:00.000Z',
      name: 'Unplaced',
    };
    const bundle = {
      type: 'bundle',
      id: 'bundle--3f0e7d6c-5b4a-4392-8170-6f5e4d3c2b14',
      objects: [good, place, rel, nowhere],
    };
    assert.equal((await api.post('/api/stix/bundle', bundle)).status, 400);
    const partial = await api.post('/api/stix/bundle?partial=true', bundle);
    assert.equal(partial.status, 200, partial.text);
    assert.equal(partial.json.inserted, 1);
    assert.deepEqual(partial.json.objects.kept, { incident: 1, location: 1, relationship: 1 });
    assert.match(partial.json.refused[0].path, /objects\[3\] incident--\S+: facility/);
    const interop = await api.get('/api/stix/bundle?interop=true');
    assert.equal(
      interop.json.objects.some((o: { type: string }) => o.type === 'marking-definition'),
      false,
    );
    assert.ok(
      interop.json.objects
        .filter((o: { type: string }) => o.type !== 'identity')
        .every((o: { created_by_ref?: string }) => o.created_by_ref),
    );
  });

  it('vigie export --format stix then vigie import --kind stix into another store, twice; a bad file exits 2', async (t) => {
    const folder = mkdtempSync(join(tmpdir(), 'vigie-stix-'));
    t.after(() => rmSync(folder, { recursive: true, force: true }));
    const file = join(folder, 'bundle.json');
    // Two stores open in this process; each command is one invocation on one of them.
    const source = await freshContext(),
      target = await freshContext();
    const onSource = vigieOn(source),
      onTarget = vigieOn(target);
    try {
      writeFileSync(
        join(folder, 'incidents.json'),
        JSON.stringify([incidentInput(), incidentInput({ marking: 'GREEN' })]),
      );
      assert.equal((await onSource('import', join(folder, 'incidents.json'))).code, 0);
      const exported = await onSource('export', '--format', 'stix', '--since', '2025-01-01', '--out', file);
      assert.equal(exported.code, 0, exported.stderr);
      assert.equal(JSON.parse(readFileSync(file, 'utf8')).type, 'bundle');
      const first = await onTarget('import', '--kind', 'stix', file);
      assert.equal(first.code, 0, first.stderr);
      assert.match(first.stdout, /2 added, 0 already there/);
      assert.match((await onTarget('import', '--kind', 'stix', file)).stdout, /0 added, 2 already there/);
      writeFileSync(join(folder, 'bad.json'), JSON.stringify({ type: 'bundle', id: 'bundle--x', objects: [] }));
      const bad = await onTarget('import', '--kind', 'stix', join(folder, 'bad.json'));
      assert.equal(bad.code, 2);
      assert.match(bad.stderr, /id/);
    } finally {
      await source.close();
      await target.close();
    }
  });
});
