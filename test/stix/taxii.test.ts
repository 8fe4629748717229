import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createApp } from '../../src/api/app.ts';
import { SYSTEM_PRINCIPAL } from '../../src/core/shared/principal.ts';
import { importIncidents } from '../../src/core/incident/incident.service.ts';
import { buildBundle } from '../../src/export/stix/stix-bundle.ts';
import { selectForStix } from '../../src/export/stix/stix-selection.ts';
import { importStixBundle } from '../../src/intake/stix/stix-import.ts';
import { pullTaxiiCollection } from '../../src/intake/stix/taxii-client.ts';
import type { VigieContext } from '../../src/context.ts';
import { account } from '../support/accounts.ts';
import { runVigie } from '../support/cli-runner.ts';
import { incidentInput } from '../support/factories.ts';
import { freshContext, freshStore } from '../support/test-store.ts';

// The test's receivers and feeds listen on loopback, which the fetch guard refuses unless allowed.
process.env.VIGIE_FETCH_ALLOW = '127.0.0.1/32';

const system = { principal: SYSTEM_PRINCIPAL, address: 'test' };
const TAXII = 'application/taxii+json;version=2.1';

describe('TAXII 2.1 between two Vigie instances', () => {
  let a: VigieContext, b: VigieContext;
  let server: ReturnType<typeof serve>;
  let root: string, token: string, green: string;
  let campaignKeys: string[];
  const get = (path: string, auth = token) =>
    fetch(new URL(path, root), { headers: { accept: TAXII, ...(auth ? { authorization: `Bearer ${auth}` } : {}) } });

  before(async () => {
    [a, b] = await Promise.all([freshContext(), freshContext()]);
    token = (await account(a, { role: 'analyst' })).token;
    const members = [
      incidentInput({ marking: 'GREEN' }),
      incidentInput({ marking: 'GREEN', occurred: { night_of: '2025-04-15' } }),
      incidentInput({ marking: 'GREEN', facility: 'fr-angouleme-ma' }),
    ];
    const others = [incidentInput({ marking: 'AMBER' })];
    campaignKeys = members.map((m) => m.external_id as string);
    const imported = await importIncidents(
      a.incidents,
      system,
      [...members, ...others].map((value, row) => ({ row, value })),
    );
    await a.campaigns.save({
      id: '00000000-0000-4000-8000-0000000000c1',
      key: 'C-TAXII',
      state: 'active',
      start: new Date('2025-04-14T18:00:00Z'),
      end: new Date('2025-04-16T06:00:00Z'),
      sites: [],
      sharedSignatures: [],
      confidence: 0.7,
      explanation: 'test campaign',
      facts: {},
      members: imported.ids.slice(0, 3),
    });
    server = await new Promise((resolve) => {
      const started = serve({ fetch: createApp(a).fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(started));
    });
    root = `http://127.0.0.1:${(server.address() as AddressInfo).port}/taxii2/`;
  });
  after(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await Promise.all([a.close(), b.close()]);
  });

  it('answers discovery, the API root and one collection per marking, in the TAXII media type, to token holders only', async () => {
    assert.equal((await get('', '')).status, 401);
    const discovery = await get('');
    assert.equal(discovery.status, 200);
    assert.equal(discovery.headers.get('content-type'), TAXII);
    const { api_roots: roots } = (await discovery.json()) as { api_roots: string[] };
    assert.equal(roots[0], `${root}vigie/`);
    assert.deepEqual(((await (await get('vigie/')).json()) as { versions: string[] }).versions, [TAXII]);
    const { collections } = (await (await get('vigie/collections/')).json()) as {
      collections: Array<{ id: string; title: string }>;
    };
    assert.equal(collections.length, 5);
    green = collections.find((c) => c.title.endsWith('TLP:GREEN'))!.id;
    assert.equal((await get(`vigie/collections/${green}/`)).status, 200);
    assert.equal((await get('vigie/collections/00000000-0000-4000-8000-000000000000/')).status, 404);
    const unknown = await get('vigie/manifest-of-nothing/');
    assert.deepEqual([unknown.status, unknown.headers.get('content-type')], [404, TAXII]);
  });

  it('filters objects by type, id and added_after, and pages with next and the Date-Added headers', async () => {
    const objects = `vigie/collections/${green}/objects/`;
    const incidents = (await (await get(`${objects}?match[type]=incident`)).json()) as {
      objects: Array<{ id: string }>;
      more: boolean;
    };
    assert.equal(incidents.objects.length, 3);
    const one = (await (await get(`${objects}?match[id]=${incidents.objects[0].id}`)).json()) as {
      objects: Array<{ id: string }>;
    };
    assert.deepEqual(
      one.objects.map((o) => o.id),
      [incidents.objects[0].id],
    );
    assert.equal((await get(`${objects}${incidents.objects[1].id}/`)).status, 200);

    const seen: string[] = [];
    let next: string | undefined,
      pages = 0,
      last = '';
    do {
      const response = await get(`${objects}?limit=4${next ? `&next=${next}` : ''}`);
      assert.ok(response.headers.get('x-taxii-date-added-first'));
      last = response.headers.get('x-taxii-date-added-last')!;
      const page = (await response.json()) as { objects: Array<{ id: string }>; more: boolean; next?: string };
      seen.push(...page.objects.map((o) => o.id));
      next = page.more ? page.next : undefined;
      pages += 1;
    } while (next);
    assert.ok(pages > 1, 'more than one page');
    assert.equal(new Set(seen).size, seen.length, 'no object twice');
    const later = (await (await get(`${objects}?added_after=${encodeURIComponent(last)}`)).json()) as {
      objects?: unknown[];
      more: boolean;
    };
    assert.deepEqual([later.objects, later.more], [undefined, false]);
  });

  it("moves the campaign's incidents to the other instance with the client, once", async () => {
    const bundle = await pullTaxiiCollection({ apiRoot: `${root}vigie/`, collection: green, token, pageSize: 3 });
    assert.equal((await importStixBundle(b.incidents, system, bundle)).inserted, 3);
    assert.equal(
      (
        await importStixBundle(
          b.incidents,
          system,
          await pullTaxiiCollection({ apiRoot: `${root}vigie/`, collection: green, token }),
        )
      ).inserted,
      0,
    );
    const moved = buildBundle(await selectForStix(b, system, {}), b.gazetteer).objects.filter(
      (o) => o.type === 'incident',
    );
    const campaign = buildBundle(await selectForStix(a, system, { campaign: 'C-TAXII' }), a.gazetteer).objects.filter(
      (o) => o.type === 'incident',
    );
    assert.deepEqual(moved, campaign);
    for (const key of campaignKeys) assert.ok(await b.incidents.incidents.findByExternalId(key));
  });

  it('accepts posted objects with a status resource that counts every object', async () => {
    const bApp = createApp(b);
    const bToken = (await account(b, { role: 'analyst' })).token;
    const headers = { accept: TAXII, 'content-type': TAXII, authorization: `Bearer ${bToken}` };
    const amber = buildBundle(await selectForStix(a, system, {}), a.gazetteer).objects.filter(
      (o) =>
        (o.object_marking_refs as string[] | undefined)?.[0]?.startsWith('marking-definition--55d9') ||
        o.type !== 'incident',
    );
    const posted = await bApp.request(`/taxii2/vigie/collections/${green}/objects/`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ objects: amber }),
    });
    assert.equal(posted.status, 202);
    const status = (await posted.json()) as {
      id: string;
      status: string;
      total_count: number;
      success_count: number;
      failure_count: number;
      successes: Array<{ id: string }>;
    };
    assert.deepEqual(
      [status.status, status.total_count, status.success_count, status.failure_count],
      ['complete', amber.length, amber.length, 0],
    );
    assert.deepEqual(status.successes.map((entry) => entry.id).sort(), amber.map((o) => o.id).sort());
    const again = await bApp.request(`/taxii2/vigie/status/${status.id}/`, { headers });
    assert.equal(((await again.json()) as { id: string }).id, status.id);
    const broken = [
      {
        type: 'incident',
        spec_version: '2.1',
        id: 'incident--9b1c6a3e-8d9a-4a5e-9f3c-2a1b0c9d8e7f',
        created: 'not a date',
        modified: 'not a date',
        name: 'no time at all',
      },
    ];
    const location = {
      type: 'location',
      spec_version: '2.1',
      id: 'location--9b1c6a3e-8d9a-4a5e-9f3c-2a1b0c9d8e70',
      created: '2025-05-01T10:00:00.000Z',
      modified: '2025-05-01T10:00:00.000Z',
      city: 'Fresnes',
      country: 'FR',
    };
    const rel = {
      type: 'relationship',
      spec_version: '2.1',
      id: 'relationship--9b1c6a3e-8d9a-4a5e-9f3c-2a1b0c9d8e71',
      created: '2025-05-01T10:00:00.000Z',
      modified: '2025-05-01T10:00:00.000Z',
      relationship_type: 'located-at',
      source_ref: broken[0].id,
      target_ref: location.id,
    };
    const refused = (await (
      await bApp.request(`/taxii2/vigie/collections/${green}/objects/`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ objects: [...broken, location, rel] }),
      })
    ).json()) as { failure_count: number; failures: Array<{ id: string; message: string }>; success_count: number };
    assert.deepEqual([refused.failure_count, refused.failures[0]?.id, refused.success_count], [1, broken[0].id, 2]);
  });

  it('vigie taxii pull imports a collection into a store', async () => {
    const store = await freshStore();
    try {
      const pulled = await runVigie(store, 'taxii', 'pull', `${root}vigie/`, '--collection', green, '--token', token);
      assert.equal(pulled.code, 0, pulled.stderr);
      assert.match(pulled.stdout, /3 incidents, 3 added/);
    } finally {
      await store.drop();
    }
  });
});
