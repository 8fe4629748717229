import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { request, Agent } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createApp } from '../../src/api/app.ts';
import { SYSTEM_PRINCIPAL } from '../../src/core/shared/principal.ts';
import { importIncidents } from '../../src/core/incident/incident.service.ts';
import { TLP_MARKING_IDS } from '../../src/export/stix/stix-vocabulary.ts';
import { TAXII_COLLECTIONS } from '../../src/export/stix/taxii-objects.ts';
import type { VigieContext } from '../../src/context.ts';
import { account, type TestAccount } from '../support/accounts.ts';
import { incidentInput } from '../support/factories.ts';
import { incidentToPlace } from '../support/stix-objects.ts';
import { freshContext } from '../support/test-store.ts';

const system = { principal: SYSTEM_PRINCIPAL, address: 'test' };
const TAXII = 'application/taxii+json;version=2.1';
const green = TAXII_COLLECTIONS.find((c) => c.marking === 'GREEN')!.id;
const T = '2025-05-02T10:00:00.000Z';
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** One HTTP request on a given agent (so a kept-alive connection is reused as a TAXII client would). */
function send(
  agent: Agent,
  url: URL,
  options: { method?: string; headers?: Record<string, string>; body?: string | Buffer },
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { agent, method: options.method ?? 'GET', headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }),
      );
    });
    req.on('error', reject);
    if (options.body) req.write(options.body);
    req.end();
  });
}

describe('TAXII 2.1 as the OASIS clients speak it', () => {
  let context: VigieContext;
  let server: ReturnType<typeof serve>;
  let base: URL;
  let user: TestAccount;
  const objects = `taxii2/vigie/collections/${green}/objects/`;
  const get = (path: string, headers: Record<string, string> = {}) =>
    fetch(new URL(path, base), { headers: { accept: TAXII, authorization: `Bearer ${user.token}`, ...headers } });
  const post = (list: unknown[], headers: Record<string, string> = {}) =>
    fetch(new URL(objects, base), {
      method: 'POST',
      body: JSON.stringify({ objects: list }),
      headers: { accept: TAXII, 'content-type': TAXII, authorization: `Bearer ${user.token}`, ...headers },
    });

  before(async () => {
    context = await freshContext();
    user = await account(context, { role: 'analyst' });
    await importIncidents(
      context.incidents,
      system,
      [
        incidentInput({ marking: 'GREEN' }),
        incidentInput({ marking: 'GREEN', occurred: { night_of: '2025-04-15' } }),
      ].map((value, row) => ({ row, value })),
    );
    server = await new Promise((resolve) => {
      const started = serve({ fetch: createApp(context).fetch, port: 0, hostname: '127.0.0.1' }, () =>
        resolve(started),
      );
    });
    base = new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
  });
  after(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await context.close();
  });

  it('accepts the token in the schemes clients send: Bearer, Token, and HTTP Basic with the user name', async () => {
    assert.equal((await get('taxii2/', { authorization: `Token ${user.token}` })).status, 200);
    const basic = Buffer.from(`${user.username}:${user.token}`).toString('base64');
    assert.equal((await get('taxii2/', { authorization: `Basic ${basic}` })).status, 200);
    const wrongUser = Buffer.from(`someone-else:${user.token}`).toString('base64');
    const refused = await get('taxii2/', { authorization: `Basic ${wrongUser}` });
    assert.equal(refused.status, 401);
    assert.match(refused.headers.get('www-authenticate') ?? '', /Basic/);
    assert.equal((await get('taxii2/', { authorization: 'Basic bm90aGluZw==' })).status, 401);
  });

  it('serves the manifest and the versions of its objects, and answers 405 with Allow for what it does not offer', async () => {
    const manifest = await get(`taxii2/vigie/collections/${green}/manifest/?match[type]=incident`);
    assert.equal(manifest.status, 200);
    const entries = (
      (await manifest.json()) as {
        objects: Array<{ id: string; version: string; date_added: string; media_type: string }>;
      }
    ).objects;
    assert.equal(entries.length, 2);
    assert.equal(entries[0].media_type, 'application/stix+json;version=2.1');
    const object = (
      (await (await get(`${objects}${entries[0].id}/`)).json()) as { objects: Array<{ modified: string }> }
    ).objects[0];
    assert.equal(entries[0].version, object.modified);
    const versions = (await (await get(`${objects}${entries[0].id}/versions/`)).json()) as { versions: string[] };
    assert.deepEqual(versions.versions, [object.modified]);
    assert.equal(
      (await get(`${objects}?match[version]=${encodeURIComponent(object.modified)}&match[id]=${entries[0].id}`)).status,
      200,
    );
    const deleted = await fetch(new URL(`${objects}${entries[0].id}/`, base), {
      method: 'DELETE',
      headers: { accept: TAXII, authorization: `Bearer ${user.token}` },
    });
    assert.equal(deleted.status, 405);
    assert.equal(deleted.headers.get('allow'), 'GET');
  });

  it('refuses a limit that is not a number and a TAXII version it does not speak', async () => {
    const limit = await get(`${objects}?limit=abc`);
    assert.equal(limit.status, 400);
    assert.match(await limit.text(), /limit/);
    assert.equal((await get(objects, { accept: 'application/taxii+json;version=2.0' })).status, 406);
    assert.equal((await get(objects, { accept: 'application/taxii+json' })).status, 200);
  });

  it("after a 413 the client's next request on its session still gets an answer", async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const headers = { accept: TAXII, 'content-type': TAXII, authorization: `Bearer ${user.token}` };
      const large = await send(agent, new URL(objects, base), {
        method: 'POST',
        headers,
        body: JSON.stringify({
          objects: [{ type: 'note', id: `note--${uuid(1)}`, content: 'x'.repeat(2 * 1024 * 1024) }],
        }),
      });
      assert.equal(large.status, 413);
      const next = await send(agent, new URL('taxii2/vigie/collections/', base), { headers });
      assert.equal(next.status, 200);
    } finally {
      agent.destroy();
    }
  });

  it('keeps an incident posted before its location pending, and stores it when the location and its relationship arrive', async () => {
    const { incident, location, placed: rel } = incidentToPlace(50, 'Shots at the gate');
    // The OASIS collection sink sends one object per request.
    const first = (await (await post([incident])).json()) as {
      id: string;
      status: string;
      pending_count: number;
      pendings: Array<{ id: string }>;
    };
    assert.deepEqual([first.status, first.pending_count, first.pendings[0].id], ['pending', 1, incident.id]);
    assert.equal(await context.incidents.incidents.findByExternalId(incident.id), undefined);
    const second = (await (await post([location])).json()) as { success_count: number; total_count: number };
    assert.deepEqual([second.total_count, second.success_count], [1, 1]);
    const third = (await (await post([rel])).json()) as { success_count: number };
    assert.equal(third.success_count, 1);
    const stored = await context.incidents.incidents.findByExternalId(incident.id);
    assert.equal(stored?.facility_id, 'fr-toulon-la-farlede-cp');
    const status = (await (await get(`taxii2/vigie/status/${first.id}/`)).json()) as {
      status: string;
      pending_count: number;
      success_count: number;
    };
    assert.deepEqual([status.status, status.pending_count, status.success_count], ['complete', 0, 1]);
  });

  it('counts every object in the status, an indicator-only post included, and serves it in its collection', async () => {
    const indicator = {
      type: 'indicator',
      spec_version: '2.1',
      id: `indicator--${uuid(60)}`,
      created: T,
      modified: T,
      name: 'Drone pilot phone',
      pattern: "[url:value = 'http://example.org/x']",
      pattern_type: 'stix',
      valid_from: T,
      object_marking_refs: [TLP_MARKING_IDS.GREEN],
    };
    const status = (await (await post([indicator])).json()) as {
      total_count: number;
      success_count: number;
      successes: Array<{ id: string }>;
    };
    assert.deepEqual([status.total_count, status.success_count, status.successes[0].id], [1, 1, indicator.id]);
    const served = (await (await get(`${objects}?match[type]=indicator`)).json()) as {
      objects: Array<{ id: string; name: string }>;
    };
    assert.deepEqual(
      served.objects.map((o) => [o.id, o.name]),
      [[indicator.id, 'Drone pilot phone']],
    );
  });

  it('serves the actor graph of its marking in the collection, as OpenCTI reads it', async () => {
    const [incident] = await context.incidents.incidents.byIds(
      (
        await context.store.db.selectFrom('incidents').select('id').where('marking', '=', 'GREEN').limit(1).execute()
      ).map((row) => row.id),
    );
    const gang = await context.actors.insert({
      kind: 'organisation',
      subkind: 'gang',
      name: 'Fictitious crew',
      aliases: [],
      description: null,
      attributes: {},
      facility_id: null,
      marking: 'GREEN',
      compartments: [],
      owner_org_id: incident.owner_org_id,
      created_by: null,
    });
    await context.actors.attach(incident.id, gang.id, 'suspect', null);
    const served = (await (await get(`${objects}?match[type]=intrusion-set,relationship`)).json()) as {
      objects: Array<{ type: string; name?: string; relationship_type?: string; resource_level?: string }>;
    };
    const set = served.objects.find((o) => o.type === 'intrusion-set');
    assert.equal(set?.name, 'Fictitious crew');
    assert.equal(set?.resource_level, 'organization');
    assert.ok(served.objects.some((o) => o.relationship_type === 'attributed-to'));
  });
});
