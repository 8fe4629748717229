import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { createApp } from '../../src/api/app.ts';
import { SYSTEM_PRINCIPAL } from '../../src/core/shared/principal.ts';
import { importIncidents } from '../../src/core/incident/incident.service.ts';
import { TAXII_COLLECTIONS } from '../../src/export/stix/taxii-objects.ts';
import type { VigieContext } from '../../src/context.ts';
import { account, type TestAccount } from '../support/accounts.ts';
import { incidentInput } from '../support/factories.ts';
import { freshContext } from '../support/test-store.ts';

/*
 * The TAXII routes live outside /api and its OpenAPI document (docs/architecture.md, Contracts): their contract
 * is the OASIS TAXII 2.1 specification. The schemas below are its resources' field tables (section numbers of
 * TAXII 2.1, OASIS Standard, 10 June 2021): required fields, their types, and no field of another name.
 */
const timestamp = { type: 'string', pattern: '^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z$' };
const strings = { type: 'array', items: { type: 'string' } };
const closed = (required: string[], properties: Record<string, unknown>) => ({
  type: 'object',
  required,
  properties,
  additionalProperties: false,
});
const SPEC = {
  // 4.1.1 discovery
  discovery: closed(['title'], {
    title: { type: 'string' },
    description: { type: 'string' },
    contact: { type: 'string' },
    default: { type: 'string' },
    api_roots: strings,
  }),
  // 4.2.1 api-root
  apiRoot: closed(['title', 'versions', 'max_content_length'], {
    title: { type: 'string' },
    description: { type: 'string' },
    versions: { ...strings, minItems: 1 },
    max_content_length: { type: 'integer' },
  }),
  // 5.2.1 collection
  collection: closed(['id', 'title', 'can_read', 'can_write'], {
    id: { type: 'string' },
    title: { type: 'string' },
    description: { type: 'string' },
    alias: { type: 'string' },
    can_read: { type: 'boolean' },
    can_write: { type: 'boolean' },
    media_types: strings,
  }),
  // 3.7 envelope
  envelope: closed([], {
    more: { type: 'boolean' },
    next: { type: 'string' },
    objects: { type: 'array', items: { type: 'object', required: ['type', 'id'] } },
  }),
  // 5.3.1 manifest
  manifest: closed([], {
    more: { type: 'boolean' },
    objects: {
      type: 'array',
      items: closed(['id', 'date_added', 'version'], {
        id: { type: 'string' },
        date_added: timestamp,
        version: { type: 'string' },
        media_type: { type: 'string' },
      }),
    },
  }),
  // 5.7.1 versions
  versions: closed([], { more: { type: 'boolean' }, versions: strings }),
  // 4.3.1 status, 4.3.2 status details
  status: closed(['id', 'status', 'total_count', 'success_count', 'failure_count', 'pending_count'], {
    id: { type: 'string' },
    status: { enum: ['pending', 'complete'] },
    request_timestamp: timestamp,
    total_count: { type: 'integer' },
    success_count: { type: 'integer' },
    failure_count: { type: 'integer' },
    pending_count: { type: 'integer' },
    successes: { type: 'array', items: { type: 'object', required: ['id', 'version'] } },
    failures: { type: 'array', items: { type: 'object', required: ['id', 'version'] } },
    pendings: { type: 'array', items: { type: 'object', required: ['id', 'version'] } },
  }),
  // 3.6.1 error message
  error: closed(['title'], {
    title: { type: 'string' },
    description: { type: 'string' },
    error_id: { type: 'string' },
    error_code: { type: 'string' },
    http_status: { type: 'string' },
    external_details: { type: 'string' },
    details: { type: 'object' },
  }),
};

const TAXII = 'application/taxii+json;version=2.1';
const system = { principal: SYSTEM_PRINCIPAL, address: 'test' };
const green = TAXII_COLLECTIONS.find((collection) => collection.marking === 'GREEN')!.id;
const ajv = new Ajv2020({ strict: false, allErrors: true });

describe('the TAXII 2.1 resources have the fields of the specification', () => {
  let context: VigieContext;
  let app: ReturnType<typeof createApp>;
  let user: TestAccount;
  const call = async (path: string, init: { method?: string; body?: unknown } = {}) => {
    const response = await app.request(path, {
      method: init.method ?? 'GET',
      headers: { accept: TAXII, 'content-type': TAXII, authorization: `Bearer ${user.token}` },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
    return { status: response.status, type: response.headers.get('content-type'), body: await response.json() };
  };
  /** Checks the answer's media type and its body against the specification's resource. */
  const conforms = (answer: { type: string | null; body: unknown }, resource: keyof typeof SPEC) => {
    assert.equal(answer.type, TAXII);
    const validate = ajv.compile(SPEC[resource]);
    assert.ok(validate(answer.body), `${resource}: ${ajv.errorsText(validate.errors)}`);
  };

  before(async () => {
    context = await freshContext();
    user = await account(context, { role: 'analyst' });
    await importIncidents(
      context.incidents,
      system,
      [incidentInput({ marking: 'GREEN' })].map((value, row) => ({ row, value })),
    );
    app = createApp(context);
  });
  after(() => context.close());

  it('answers discovery, the API root, the collections and one collection as the specification lists them', async () => {
    conforms(await call('/taxii2/'), 'discovery');
    conforms(await call('/taxii2/vigie/'), 'apiRoot');
    const collections = await call('/taxii2/vigie/collections/');
    assert.equal(collections.status, 200);
    const list = (collections.body as { collections: unknown[] }).collections;
    assert.ok(list.length > 0);
    for (const collection of list) conforms({ type: collections.type, body: collection }, 'collection');
    conforms(await call(`/taxii2/vigie/collections/${green}/`), 'collection');
  });

  it('answers objects in an envelope, their manifest and an object’s versions as the specification lists them', async () => {
    const objects = await call(`/taxii2/vigie/collections/${green}/objects/`);
    conforms(objects, 'envelope');
    const incident = (objects.body as { objects: Array<{ id: string; type: string }> }).objects.find(
      (object) => object.type === 'incident',
    );
    assert.ok(incident, 'the GREEN incident is in its collection');
    conforms(await call(`/taxii2/vigie/collections/${green}/manifest/`), 'manifest');
    conforms(await call(`/taxii2/vigie/collections/${green}/objects/${incident.id}/`), 'envelope');
    conforms(await call(`/taxii2/vigie/collections/${green}/objects/${incident.id}/versions/`), 'versions');
  });

  it('answers a post with a status, the status resource, and refusals as error messages', async () => {
    const posted = await call(`/taxii2/vigie/collections/${green}/objects/`, {
      method: 'POST',
      body: {
        objects: [
          {
            type: 'indicator',
            spec_version: '2.1',
            id: 'indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f',
            created: '2025-05-02T10:00:00.000Z',
            modified: '2025-05-02T10:00:00.000Z',
            name: 'Tag seen on a prison wall',
            pattern: "[x-vigie-signature:value = 'DDPF']",
            pattern_type: 'stix',
            valid_from: '2025-05-02T10:00:00.000Z',
          },
        ],
      },
    });
    assert.equal(posted.status, 202);
    conforms(posted, 'status');
    conforms(await call(`/taxii2/vigie/status/${(posted.body as { id: string }).id}/`), 'status');
    const unknown = await call('/taxii2/vigie/collections/no-such-collection/');
    assert.equal(unknown.status, 404);
    conforms(unknown, 'error');
    conforms(await call(`/taxii2/vigie/collections/${green}/objects/?limit=abc`), 'error');
  });
});
