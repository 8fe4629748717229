import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SYSTEM_PRINCIPAL } from '../../src/core/shared/principal.ts';
import { importStix } from '../../src/core/exchange/stix-exchange.service.ts';
import { updateIncident } from '../../src/core/incident/incident.service.ts';
import { buildBundle } from '../../src/export/stix/stix-bundle.ts';
import { selectForStix } from '../../src/export/stix/stix-selection.ts';
import { TLP_MARKING_IDS, type StixObject } from '../../src/export/stix/stix-vocabulary.ts';
import type { VigieContext } from '../../src/context.ts';
import { vigieOn } from '../support/cli-runner.ts';
import { freshContext } from '../support/test-store.ts';

const system = { principal: SYSTEM_PRINCIPAL, address: 'test' };
const exchangeOf = (context: VigieContext) => ({
  incidents: context.incidents,
  stix: context.stix,
  graph: context.stixGraph,
});
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const T = '2025-04-20T08:00:00.000Z';
const base = (type: string, n: number, extra: Record<string, unknown> = {}): StixObject => ({
  type,
  spec_version: '2.1',
  id: `${type}--${uuid(n)}`,
  created: T,
  modified: T,
  ...extra,
});
const exportAll = async (context: VigieContext) =>
  buildBundle(await selectForStix(context, system, {}), context.gazetteer);

/** A bundle as MISP emits one: an incident placed by a city only, a statement marking, an indicator that indicates it. */
function mispBundle() {
  const author = base('identity', 900, { name: 'CERT Pénitentiaire (fictitious)', identity_class: 'organization' });
  const statement: StixObject = {
    type: 'marking-definition',
    spec_version: '2.1',
    id: `marking-definition--${uuid(901)}`,
    created: T,
    definition_type: 'statement',
    definition: { statement: 'Copyright test CERT' },
  };
  const incident = base('incident', 1, {
    name: 'Drone drop over Fleury',
    description: 'Parcel with phones dropped in the yard',
    labels: ['drone_drop', 'misp:event'],
    confidence: 70,
    lang: 'en',
    created_by_ref: author.id,
    first_seen: '2025-04-18T22:00:00.000Z',
    last_seen: '2025-04-18T23:30:00.000Z',
    modified: '2025-04-19T09:00:00.000Z',
    external_references: [
      { source_name: 'misp', external_id: 'event-4242' },
      { source_name: 'press', url: 'https://example.org/fleury-drone' },
    ],
    object_marking_refs: [TLP_MARKING_IDS.GREEN, statement.id],
  });
  const location = base('location', 2, {
    name: 'Fleury-Mérogis',
    city: 'Fleury-Mérogis',
    country: 'FR',
    region: 'western-europe',
  });
  const locatedAt = base('relationship', 3, {
    relationship_type: 'located-at',
    source_ref: incident.id,
    target_ref: location.id,
  });
  const indicator = base('indicator', 4, {
    name: 'Drone pilot phone',
    pattern: "[phone-number:value = '+33600000000']",
    pattern_type: 'stix',
    valid_from: T,
  });
  const indicates = base('relationship', 5, {
    relationship_type: 'indicates',
    source_ref: indicator.id,
    target_ref: incident.id,
  });
  const sighting = base('sighting', 6, { sighting_of_ref: indicator.id, count: 2 });
  const report = base('report', 7, { name: 'Weekly report', published: T, object_refs: [incident.id] });
  const unrelated = base('indicator', 8, {
    name: 'Unrelated',
    pattern: "[url:value = 'http://example.org']",
    pattern_type: 'stix',
    valid_from: T,
  });
  return {
    type: 'bundle',
    id: `bundle--${uuid(999)}`,
    objects: [author, statement, incident, location, locatedAt, indicator, indicates, sighting, report, unrelated],
  };
}

describe('foreign STIX bundles: kept, attached and ignored', () => {
  let context: VigieContext;
  before(async () => {
    context = await freshContext();
  });
  after(async () => {
    await context.close();
  });

  it('places a MISP-style incident by the city that is a facility alias, and keeps what it says', async () => {
    const bundle = mispBundle();
    const result = await importStix(exchangeOf(context), system, bundle);
    assert.equal(result.inserted, 1);
    const row = await context.incidents.incidents.findByExternalId(`incident--${uuid(1)}`);
    assert.equal(row?.facility_id, 'fr-fleury-merogis-ma');
    assert.deepEqual(row?.event_types, ['drone_drop']);
    assert.equal(row?.occurred_end.toISOString(), '2025-04-18T23:30:00.000Z');
    assert.deepEqual(result.objects.kept, { incident: 1, location: 1, relationship: 1 });
    assert.deepEqual(result.objects.attached, {
      identity: 1,
      indicator: 1,
      'marking-definition': 1,
      relationship: 1,
      report: 1,
      sighting: 1,
    });
    assert.deepEqual(result.objects.ignored, { indicator: 1 });
  });

  it('exports the foreign incident again as the source sent it: id, name, labels, confidence, author, times, references, markings, attachments', async () => {
    const sent = new Map(mispBundle().objects.map((object) => [object.id, object]));
    const exported = new Map((await exportAll(context)).objects.map((object) => [object.id, object]));
    const incident = exported.get(`incident--${uuid(1)}`)!;
    for (const key of [
      'name',
      'labels',
      'confidence',
      'lang',
      'created_by_ref',
      'created',
      'modified',
      'first_seen',
      'last_seen',
      'external_references',
    ]) {
      assert.deepEqual(incident[key], sent.get(incident.id)![key], key);
    }
    assert.ok((incident.object_marking_refs as string[]).includes(`marking-definition--${uuid(901)}`));
    for (const n of [2, 3, 4, 5, 6, 7]) {
      const id = [...sent.keys()].find((key) => key.endsWith(uuid(n)))!;
      assert.deepEqual(exported.get(id), sent.get(id), `${id} unchanged`);
    }
    assert.equal(
      exported.has(`indicator--${uuid(8)}`),
      false,
      'an object touching no incident is not kept from a file',
    );
  });

  it("makes a new version the proper way after a local change, keeping the source's created", async () => {
    const row = (await context.incidents.incidents.findByExternalId(`incident--${uuid(1)}`))!;
    await updateIncident(context.incidents, system, row.id, {
      version: row.version,
      description: 'Corrected by an analyst',
    });
    const incident = (await exportAll(context)).objects.find((object) => object.id === `incident--${uuid(1)}`)!;
    assert.equal(incident.created, T);
    assert.ok(
      Date.parse(String(incident.modified)) > Date.parse('2025-04-19T09:00:00.000Z'),
      `modified ${incident.modified} is later than the source's`,
    );
    assert.equal(incident.description, 'Corrected by an analyst');
  });

  it('resolves an OpenCTI-style location named exactly as a facility to that facility', async () => {
    const incident = base('incident', 11, {
      name: 'Arson at the staff car park',
      first_seen: '2025-04-15T01:00:00.000Z',
      labels: ['vehicle arson'],
    });
    const location = base('location', 12, {
      name: 'Centre pénitentiaire de Vendin-le-Vieil',
      latitude: 50.47,
      longitude: 2.86,
      x_opencti_location_type: 'Position',
    });
    const rel = base('relationship', 13, {
      relationship_type: 'located-at',
      source_ref: incident.id,
      target_ref: location.id,
    });
    await importStix(exchangeOf(context), system, {
      type: 'bundle',
      id: `bundle--${uuid(998)}`,
      objects: [incident, location, rel],
    });
    const row = await context.incidents.incidents.findByExternalId(incident.id);
    assert.deepEqual([row?.facility_id, row?.event_types], ['fr-vendin-le-vieil-cp', ['vehicle_arson']]);
  });

  it('passes a relationship type it does not map through, instead of turning part-of into related-to', async () => {
    const gang = base('intrusion-set', 21, { name: 'Fictitious crew' });
    const parent = base('intrusion-set', 22, { name: 'Fictitious network' });
    const partOf = base('relationship', 23, {
      relationship_type: 'part-of',
      source_ref: gang.id,
      target_ref: parent.id,
    });
    const result = await importStix(exchangeOf(context), system, {
      type: 'bundle',
      id: `bundle--${uuid(997)}`,
      objects: [gang, parent, partOf],
    });
    assert.equal(result.graph?.relationships, 0);
    assert.equal(result.objects.kept['intrusion-set'], 2);
    const stored = await context.store.db.selectFrom('actor_relationships').select('kind').execute();
    assert.equal(stored.length, 0);
  });

  it('refuses the whole bundle by default, and with partial stores the valid incidents and names each refused one', async () => {
    const good = base('incident', 31, { name: 'Shots at the gate', first_seen: '2025-04-16T00:30:00.000Z' });
    const goodPlace = base('location', 32, { city: 'Fresnes', country: 'FR' });
    const goodRel = base('relationship', 33, {
      relationship_type: 'located-at',
      source_ref: good.id,
      target_ref: goodPlace.id,
    });
    const nowhere = base('incident', 34, { name: 'Somewhere' });
    const bundle = { type: 'bundle', id: `bundle--${uuid(996)}`, objects: [good, goodPlace, goodRel, nowhere] };
    await assert.rejects(
      importStix(exchangeOf(context), system, bundle),
      (error: { status: number; details: Array<{ path: string }> }) => {
        assert.equal(error.status, 400);
        assert.match(error.details[0].path, new RegExp(nowhere.id));
        return true;
      },
    );
    assert.equal(await context.incidents.incidents.findByExternalId(good.id), undefined, 'nothing written');
    const partial = await importStix(exchangeOf(context), system, bundle, { partial: true });
    assert.equal(partial.inserted, 1);
    assert.equal(partial.refusedIssues.length, 1);
    assert.match(partial.refusedIssues[0].path, new RegExp(`objects\\[3\\] ${nowhere.id}: facility`));
  });
});

describe('vigie import --kind stix', () => {
  it('prints what it kept, attached and ignored, by type, and imports partially on request', async () => {
    const context = await freshContext();
    const vigie = vigieOn(context);
    const file = join(tmpdir(), `vigie-misp-${process.pid}.json`);
    try {
      const bundle = mispBundle();
      bundle.objects.push(base('incident', 41, { name: 'Nowhere' }));
      writeFileSync(file, JSON.stringify(bundle));
      const whole = await vigie('import', '--kind', 'stix', file);
      assert.equal(whole.code, 2, whole.stdout);
      assert.match(whole.stderr, /nothing was written/);
      const partial = await vigie('import', '--kind', 'stix', '--partial', file);
      assert.equal(partial.code, 0, partial.stderr);
      assert.match(partial.stdout, /1 added/);
      assert.match(
        partial.stdout,
        /kept 1 incident, 1 location, 1 relationship; attached 1 identity, 1 indicator, 1 marking-definition, 1 relationship, 1 report, 1 sighting; ignored 1 incident, 1 indicator/,
      );
      assert.match(partial.stdout, /refused objects\[10\] incident--\S+: facility/);
      const refused = await vigie('import', '--kind', 'incidents', '--partial', file);
      assert.equal(refused.code, 2);
      assert.match(refused.stderr, /--partial/);
    } finally {
      rmSync(file, { force: true });
      await context.close();
    }
  });
});
