import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { SYSTEM_PRINCIPAL } from '../../src/core/shared/principal.ts';
import { importIncidents } from '../../src/core/incident/incident.service.ts';
import { createSeizure } from '../../src/core/seizure/seizure.service.ts';
import { buildBundle } from '../../src/export/stix/stix-bundle.ts';
import { selectForStix } from '../../src/export/stix/stix-selection.ts';
import { TLP_MARKING_IDS, VIGIE_EXTENSION_ID, type StixBundle } from '../../src/export/stix/stix-vocabulary.ts';
import { importStixBundle } from '../../src/intake/stix/stix-import.ts';
import type { VigieContext } from '../../src/context.ts';
import { incidentInput } from '../support/factories.ts';
import { freshContext } from '../support/test-store.ts';
import { stixValidators } from './stix-schemas.ts';

const system = { principal: SYSTEM_PRINCIPAL, address: 'test' };
type Context = VigieContext & { storeConfig: unknown };

async function exportAll(context: VigieContext, query: { campaign?: string } = {}): Promise<StixBundle> {
  return buildBundle(await selectForStix(context, system, query), context.gazetteer);
}

describe('STIX 2.1 bundles', () => {
  let source: Context;
  before(async () => {
    source = await freshContext();
    const rows = [
      incidentInput({ marking: 'GREEN', description: 'Tirs sur la façade' }),
      incidentInput({
        facility: undefined,
        place: { lat: 43.12, lon: 5.93, commune: 'Toulon', precision: 'commune' },
        marking: 'AMBER',
        event_types: ['vehicle_arson'],
        target_kinds: ['staff_vehicle'],
      }),
      incidentInput({
        marking: 'RED',
        sources: [{ kind: 'official', url: 'https://example.org/communique', reliability: 'A', credibility: 1 }],
      }),
      incidentInput({
        marking: 'AMBER',
        compartments: ['STAFF'],
        staff: { name: 'Agent Fictif', home_address: '1 rue Imaginaire' },
      }),
    ];
    await importIncidents(
      source.incidents,
      { principal: { ...SYSTEM_PRINCIPAL, compartments: ['STAFF'] }, address: 'test' },
      rows.map((value, row) => ({ row, value })),
    );
    const ids = (
      await source.incidents.incidents.byIds(
        (await source.store.db.selectFrom('incidents').select('id').execute()).map((r) => r.id),
      )
    )
      .filter((r) => r.compartments.length === 0)
      .map((r) => r.id);
    await createSeizure(source.seizures, system, {
      external_id: 'test-seizure-stix',
      occurred: { date: '2025-04-08' },
      drug: 'cocaine',
      quantity: { value: 1.5, unit: 't' },
      place: { lat: 43.3, lon: 5.37, precision: 'commune' },
      organisation: { name: 'DZ Mafia', kind: 'gang' },
      marking: 'GREEN',
    });
    await source.campaigns.save({
      id: '00000000-0000-4000-8000-000000000001',
      key: 'C-2025-04-TEST',
      state: 'active',
      start: new Date('2025-04-14T18:00:00Z'),
      end: new Date('2025-04-16T06:00:00Z'),
      sites: ['fr-toulon-la-farlede-cp'],
      sharedSignatures: [{ normalized: 'ddpf', text: 'D.D.P.F', count: 3 }],
      confidence: 0.8,
      explanation: 'three attacks signed DDPF in two nights',
      facts: {},
      members: ids,
    });
  });
  after(async () => {
    await source.close();
  });

  it('validates every exported object against the official STIX 2.1 JSON Schemas', async () => {
    const validate = stixValidators();
    const bundle = await exportAll(source, { campaign: 'C-2025-04-TEST' });
    for (const object of bundle.objects) assert.deepEqual(validate(object), [], `${object.id} is not valid STIX 2.1`);
    // The official bundle.json lists no incident, location nor extension-definition schema: those fall to
    // its custom-object branch, which matches them twice in a oneOf. Each is checked on its own above.
    const unlisted = new Set(['incident', 'location', 'extension-definition']);
    assert.equal(bundle.objects.find((o) => o.type === 'sighting')?.count, 3);
    assert.deepEqual(validate({ ...bundle, objects: bundle.objects.filter((o) => !unlisted.has(o.type)) }), []);
    assert.deepEqual([...new Set(bundle.objects.map((o) => o.type))].sort(), [
      'campaign',
      'extension-definition',
      'identity',
      'incident',
      'location',
      'marking-definition',
      'relationship',
      'sighting',
    ]);
    const range = await exportAll(source);
    const gang = range.objects.find((o) => o.type === 'intrusion-set');
    assert.equal(gang?.name, 'DZ Mafia');
    for (const object of range.objects) assert.deepEqual(validate(object), [], `${object.id} is not valid STIX 2.1`);
  });

  it('never exports a STAFF compartment record nor staff details, and marks with the TLP 2.0 definitions', async () => {
    const bundle = await exportAll(source);
    const text = JSON.stringify(bundle);
    assert.equal(bundle.objects.filter((o) => o.type === 'incident').length, 3);
    assert.ok(!text.includes('Agent Fictif') && !text.includes('Imaginaire') && !text.includes('STAFF'));
    const markings = bundle.objects
      .filter((o) => o.type === 'marking-definition')
      .map((o) => o.id)
      .sort();
    assert.deepEqual(
      markings,
      [TLP_MARKING_IDS.CLEAR, TLP_MARKING_IDS.GREEN, TLP_MARKING_IDS.AMBER, TLP_MARKING_IDS.RED].sort(),
    );
    const graded = bundle.objects.find(
      (o) => (o.extensions as any)?.[VIGIE_EXTENSION_ID]?.sources?.[0]?.reliability === 'A',
    );
    assert.equal((graded?.external_references as any[] | undefined)?.[0]?.url, 'https://example.org/communique');
  });

  it('gives the same ids when exported again', async () => {
    assert.deepEqual(
      (await exportAll(source)).objects.map((o) => o.id),
      (await exportAll(source)).objects.map((o) => o.id),
    );
  });

  it('round-trips: export, import into a fresh store twice, export again gives the same objects', async () => {
    const first = await exportAll(source);
    const target = await freshContext();
    try {
      const once = await importStixBundle(target.incidents, system, first);
      const twice = await importStixBundle(target.incidents, system, first);
      assert.deepEqual([once.inserted, twice.inserted, twice.skipped], [3, 0, 3]);
      // Organisations come from seizures, which a bundle does not carry back.
      assert.deepEqual(
        (await exportAll(target)).objects,
        first.objects.filter((o) => o.type !== 'intrusion-set'),
      );
    } finally {
      await target.close();
    }
  });

  it('maps a foreign incident without the Vigie extension: name, first_seen, location', async () => {
    const target = await freshContext();
    try {
      const incident = 'incident--6b1c6a3e-8d9a-4a5e-9f3c-2a1b0c9d8e7f',
        location = 'location--0f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a';
      const bundle = {
        type: 'bundle',
        id: 'bundle--1f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a',
        objects: [
          {
            type: 'incident',
            spec_version: '2.1',
            id: incident,
            created: '2025-05-01T10:00:00.000Z',
            modified: '2025-05-01T10:00:00.000Z',
            name: 'Drone over the yard',
            first_seen: '2025-04-30T22:00:00Z',
            object_marking_refs: [TLP_MARKING_IDS.GREEN],
          },
          {
            type: 'location',
            spec_version: '2.1',
            id: location,
            created: '2025-05-01T10:00:00.000Z',
            modified: '2025-05-01T10:00:00.000Z',
            latitude: 48.85,
            longitude: 2.35,
            country: 'FR',
          },
          {
            type: 'relationship',
            spec_version: '2.1',
            id: 'relationship--2f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a',
            created: '2025-05-01T10:00:00.000Z',
            modified: '2025-05-01T10:00:00.000Z',
            relationship_type: 'located-at',
            source_ref: incident,
            target_ref: location,
          },
        ],
      };
      assert.equal((await importStixBundle(target.incidents, system, bundle)).inserted, 1);
      const row = await target.incidents.incidents.findByExternalId(incident);
      assert.equal(row?.occurred_start.toISOString(), '2025-04-30T22:00:00.000Z');
      assert.deepEqual(
        [row?.lat, row?.lon, row?.marking, row?.description],
        [48.85, 2.35, 'GREEN', 'Drone over the yard'],
      );
      assert.equal((await exportAll(target)).objects.find((o) => o.type === 'incident')?.id, incident);
    } finally {
      await target.close();
    }
  });

  it('refuses a bad bundle naming the object and field, and writes nothing', async () => {
    const bundle = await exportAll(source);
    const broken = structuredClone(bundle);
    const bad = broken.objects.findLast((o) => o.type === 'incident')!;
    (bad.extensions as any)[VIGIE_EXTENSION_ID].event_types = ['teleportation'];
    const target = await freshContext();
    try {
      await assert.rejects(importStixBundle(target.incidents, system, broken), (error: any) => {
        assert.equal(error.status, 400);
        assert.match(error.details[0].path, new RegExp(`${bad.id}: event_types`));
        return true;
      });
      assert.equal((await exportAll(target)).objects.filter((o) => o.type === 'incident').length, 0);
      await assert.rejects(importStixBundle(target.incidents, system, { type: 'bundle', objects: 'no' }), /id|objects/);
    } finally {
      await target.close();
    }
  });

  it('passes the interop rules of sharing communities: every object names a producer in the bundle, locations a region, gangs their resources and motive', async () => {
    const bundle = buildBundle(await selectForStix(source, system, {}), source.gazetteer, { interop: true });
    const producers = new Set(bundle.objects.filter((o) => o.type === 'identity' && o.created_by_ref).map((o) => o.id));
    const problems: string[] = [];
    for (const object of bundle.objects) {
      // stix2-validator --interop: every non-identity object is created by an identity of the bundle that itself names its producer.
      if (object.type !== 'identity' && !producers.has(String(object.created_by_ref)))
        problems.push(`${object.id}: created_by_ref`);
      if (object.type === 'location' && !object.region) problems.push(`${object.id}: region`);
      if (object.type === 'intrusion-set' && !(object.resource_level && object.primary_motivation))
        problems.push(`${object.id}: resource_level, primary_motivation`);
      if (object.type === 'threat-actor' && !(object.roles && object.sophistication))
        problems.push(`${object.id}: roles, sophistication`);
    }
    assert.deepEqual(problems, []);
    assert.ok(
      bundle.objects.some((o) => o.type === 'intrusion-set'),
      'the bundle holds a gang to check',
    );
    assert.equal(
      bundle.objects.some((o) => o.type === 'marking-definition'),
      false,
      'the OASIS marking definitions are known by id',
    );
  });

  it('refuses to export a campaign that does not exist', async () => {
    await assert.rejects(selectForStix(source, system, { campaign: 'C-UNKNOWN' }), /does not exist/);
  });
});
