import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { SYSTEM_PRINCIPAL } from '../../src/core/shared/principal.ts';
import { createActor, createRelationship, setIncidentActor } from '../../src/core/actor/actor.service.ts';
import { importIncidents } from '../../src/core/incident/incident.service.ts';
import { buildBundle } from '../../src/export/stix/stix-bundle.ts';
import { selectForStix } from '../../src/export/stix/stix-selection.ts';
import type { StixBundle, StixObject } from '../../src/export/stix/stix-vocabulary.ts';
import { graphImportDeps } from '../../src/intake/stix/stix-graph-import.ts';
import { importStixBundle } from '../../src/intake/stix/stix-import.ts';
import type { VigieContext } from '../../src/context.ts';
import { account } from '../support/accounts.ts';
import { incidentInput } from '../support/factories.ts';
import { freshContext, TEST_STORE } from '../support/test-store.ts';
import { stixValidators } from './stix-schemas.ts';

const system = { principal: SYSTEM_PRINCIPAL, address: 'test' };
const exportAll = async (context: VigieContext): Promise<StixBundle> =>
  buildBundle(await selectForStix(context, system, {}), context.gazetteer);
const graphPart = (bundle: StixBundle) =>
  bundle.objects.filter(
    (o) =>
      ['intrusion-set', 'threat-actor'].includes(o.type) ||
      (o.type === 'relationship' && o.relationship_type !== 'located-at'),
  );
const summary = (objects: StixObject[]) =>
  objects.map((o) => `${o.type} ${o.id} ${o.name ?? o.relationship_type ?? ''}`).sort();

describe(`the actor graph in STIX 2.1 on ${TEST_STORE}`, () => {
  let source: VigieContext;
  before(async () => {
    source = await freshContext();
    const { ids } = await importIncidents(source.incidents, system, [
      { row: 1, value: incidentInput({ marking: 'GREEN' }) },
      {
        row: 2,
        value: incidentInput({ marking: 'GREEN', event_types: ['vehicle_arson'], target_kinds: ['staff_vehicle'] }),
      },
    ]);
    const group = await createActor(source.actorGraph, system, {
      kind: 'organisation',
      subkind: 'gang',
      name: 'DDPF',
      aliases: ['D.D.P.F'],
      marking: 'GREEN',
    });
    const leader = await createActor(source.actorGraph, system, {
      kind: 'person',
      name: 'Karim Fictif',
      marking: 'AMBER',
    });
    const car = await createActor(source.actorGraph, system, { kind: 'vehicle', name: 'Clio grise', marking: 'GREEN' });
    const hidden = await createActor(source.actorGraph, system, {
      kind: 'person',
      name: 'Témoin Protégé',
      marking: 'AMBER',
      compartments: ['STAFF'],
    });
    await createRelationship(source.actorGraph, system, {
      source_id: leader.id,
      target_id: group.id,
      kind: 'leads',
      confidence: 80,
      valid_from: '2024-06-01',
      marking: 'AMBER',
    });
    await createRelationship(source.actorGraph, system, {
      source_id: group.id,
      target_id: car.id,
      kind: 'uses',
      confidence: 60,
      marking: 'GREEN',
    });
    await createRelationship(source.actorGraph, system, {
      source_id: hidden.id,
      target_id: group.id,
      kind: 'linked_to',
      confidence: 40,
      marking: 'AMBER',
    });
    await setIncidentActor(source.actorGraph, system, ids[0], { actor_id: group.id, role: 'claimed' }, true);
    await setIncidentActor(source.actorGraph, system, ids[1], { actor_id: group.id, role: 'suspect' }, true);
  });
  after(async () => {
    await source.close();
  });

  it('exports the group, its leader and their ties as valid STIX, without vehicles or compartments', async () => {
    const validate = stixValidators();
    const bundle = await exportAll(source);
    for (const object of bundle.objects) assert.deepEqual(validate(object), [], `${object.id} is not valid STIX 2.1`);
    const group = bundle.objects.find((o) => o.type === 'intrusion-set' && o.name === 'DDPF')!;
    const leader = bundle.objects.find((o) => o.type === 'threat-actor')!;
    assert.deepEqual(group.aliases, ['D.D.P.F']);
    assert.equal(leader.name, 'Karim Fictif');
    const leads = bundle.objects.find((o) => o.relationship_type === 'leads')!;
    assert.deepEqual(
      [leads.source_ref, leads.target_ref, leads.confidence, leads.start_time],
      [leader.id, group.id, 80, '2024-06-01T00:00:00.000Z'],
    );
    assert.equal(
      bundle.objects.filter((o) => o.relationship_type === 'attributed-to' && o.target_ref === group.id).length,
      2,
      'both incidents attributed to the group',
    );
    const text = JSON.stringify(bundle);
    assert.ok(
      !text.includes('Clio grise') && !text.includes('Témoin Protégé'),
      'no vehicle (no STIX object yet), nothing in a compartment',
    );
  });

  it('imports the graph into another Vigie once, and exports it back with the same ids', async () => {
    const bundle = await exportAll(source);
    const target = await freshContext();
    try {
      const analyst = await account(target, { role: 'analyst' });
      const caller = {
        principal: {
          ...SYSTEM_PRINCIPAL,
          system: false,
          userId: analyst.id,
          username: analyst.username,
          role: 'analyst' as const,
          organisationId: analyst.organisationId,
        },
        address: 'test',
      };
      const first = await importStixBundle(target.incidents, caller, bundle, graphImportDeps(target));
      assert.deepEqual(first.graph, { entities: 2, created: 2, relationships: 1, roles: 2 });
      const again = await importStixBundle(target.incidents, caller, bundle, graphImportDeps(target));
      assert.deepEqual(
        again.graph,
        { entities: 2, created: 0, relationships: 0, roles: 0 },
        'importing again changes nothing',
      );
      const roles = await target.store.db.selectFrom('incident_actors').select(['role']).orderBy('role').execute();
      assert.deepEqual(
        roles.map((r) => r.role),
        ['claimed', 'suspect'],
        'the exact roles come back through the extension',
      );
      assert.deepEqual(summary(graphPart(await exportAll(target))), summary(graphPart(bundle)));
    } finally {
      await target.close();
    }
  });

  it('refuses a bundle with a nameless entity before writing anything, naming the object', async () => {
    const bundle = await exportAll(source);
    const broken = {
      ...bundle,
      objects: bundle.objects.map((o) => (o.type === 'threat-actor' ? { ...o, name: '' } : o)),
    };
    const target = await freshContext();
    try {
      await assert.rejects(
        importStixBundle(target.incidents, system, broken, graphImportDeps(target)),
        (error: Error & { details?: Array<{ path: string }> }) => {
          assert.match(error.details?.[0].path ?? '', /^objects\[\d+\] threat-actor--[0-9a-f-]+: name$/);
          return true;
        },
      );
      assert.equal(
        (await target.store.db.selectFrom('incidents').select('id').execute()).length,
        0,
        'no incident written',
      );
    } finally {
      await target.close();
    }
  });
});
