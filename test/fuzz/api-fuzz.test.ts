import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createApp } from '../../src/api/app.ts';
import type { VigieContext } from '../../src/context.ts';
import { account } from '../support/accounts.ts';
import { freshContext, TEST_STORE } from '../support/test-store.ts';
import {
  DEEP_JSON,
  HOSTILE_IDS,
  HOSTILE_VALUES,
  mutate,
  sampleOf,
  seededRandom,
  type Random,
} from './schema-sample.ts';

/** Change it to replay another run: VIGIE_FUZZ_SEED=1234 node scripts/run-tests.mjs test/fuzz/api-fuzz */
const SEED = Number(process.env.VIGIE_FUZZ_SEED ?? 20261126);
const INVALID_UTF8 = new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0xff, 0xfe, 0x22, 0x7d]);
const OVERSIZED = `"${'x'.repeat(2 * 1024 * 1024)}"`;
const HOSTILE_TEXT = [...HOSTILE_VALUES.filter((value): value is string => typeof value === 'string'), ...HOSTILE_IDS];

interface Operation {
  method: string;
  path: string;
  spec: Record<string, any>;
}
interface Attempt {
  label: string;
  url: string;
  init: RequestInit;
}

/** The TAXII 2.1 endpoints follow the TAXII specification, not the OpenAPI document: listed here. */
const TAXII_QUERY = ['added_after', 'limit', 'next', 'match[type]', 'match[id]'].map((name) => ({
  in: 'query',
  name,
  schema: { type: 'string' },
}));
const TAXII_ID = [
  { in: 'path', name: 'id', schema: { type: 'string', enum: ['incidents', 'campaigns'] } },
  { in: 'path', name: 'objectId', schema: { type: 'string' } },
];
const TAXII_OPERATIONS: Operation[] = [
  ...[
    '/taxii2/',
    '/taxii2/vigie/',
    '/taxii2/vigie/collections/',
    '/taxii2/vigie/collections/{id}/',
    '/taxii2/vigie/status/{id}/',
    '/taxii2/vigie/collections/{id}/objects/{objectId}/',
  ].map((path): Operation => ({ method: 'get', path, spec: { parameters: TAXII_ID } })),
  {
    method: 'get',
    path: '/taxii2/vigie/collections/{id}/objects/',
    spec: { parameters: [...TAXII_ID, ...TAXII_QUERY] },
  },
  {
    method: 'post',
    path: '/taxii2/vigie/collections/{id}/objects/',
    spec: {
      parameters: TAXII_ID,
      requestBody: {
        content: {
          'application/json': {
            schema: {
              type: 'object',
              properties: { type: { const: 'bundle' }, objects: { type: 'array', items: { type: 'object' } } },
            },
          },
        },
      },
    },
  },
];

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)];
const queryText = (value: unknown) =>
  Array.isArray(value) ? value.join(',') : typeof value === 'object' ? JSON.stringify(value) : String(value);

/** The request of one case: 0 follows the schemas, 1 is hostile everywhere, 2-4 send a body no route accepts. */
function attempt(operation: Operation, document: Record<string, any>, random: Random, round: number): Attempt {
  const parameters: Array<Record<string, any>> = operation.spec.parameters ?? [];
  const hostile = round > 0;
  const path = operation.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const parameter = parameters.find((p) => p.in === 'path' && p.name === name);
    const value = hostile ? pick(random, HOSTILE_IDS) : queryText(sampleOf(parameter?.schema, document, random));
    return encodeURIComponent(value).replace(/%25/g, hostile ? '%' : '%25');
  });
  const query = new URLSearchParams();
  for (const parameter of parameters.filter((p) => p.in === 'query')) {
    if (hostile) query.set(parameter.name, pick(random, HOSTILE_TEXT));
    else if (parameter.required || random() < 0.5)
      query.set(parameter.name, queryText(sampleOf(parameter.schema, document, random)));
  }
  const url = `${path}${query.size ? `?${query}` : ''}`;
  const schema = operation.spec.requestBody?.content?.['application/json']?.schema;
  const json = { 'content-type': 'application/json' };
  const init: RequestInit = { method: operation.method.toUpperCase() };
  if (init.method === 'GET' || init.method === 'DELETE') return { label: `case ${round}`, url, init };
  if (round === 0)
    Object.assign(init, { headers: json, body: JSON.stringify(sampleOf(schema, document, random) ?? {}) });
  if (round === 1)
    Object.assign(init, { headers: json, body: JSON.stringify(mutate(sampleOf(schema, document, random), random)) });
  if (round === 2) Object.assign(init, { headers: json, body: pick(random, [DEEP_JSON, `{"a":${DEEP_JSON}}`]) });
  if (round === 3) Object.assign(init, { headers: json, body: INVALID_UTF8 });
  if (round === 4) Object.assign(init, { headers: json, body: OVERSIZED });
  return { label: `case ${round}`, url, init };
}

/**
 * What is wrong with a response, or undefined: no 5xx, and every refusal a 4xx with
 * { error: { code, message } } (TAXII answers with the error resource of its specification: title, description).
 */
async function problemOf(response: Response, taxii: boolean): Promise<string | undefined> {
  const type = response.headers.get('content-type') ?? '';
  if (type.startsWith('text/event-stream')) {
    await response.body?.cancel();
    return response.status < 500 ? undefined : `status ${response.status}`;
  }
  const text = await response.text();
  if (response.status >= 500) return `status ${response.status}: ${text.slice(0, 200)}`;
  if (response.status < 400) return undefined;
  let body: any;
  try {
    body = JSON.parse(text);
  } catch {
    return `refusal ${response.status} is not JSON: ${text.slice(0, 120)}`;
  }
  if (taxii && typeof body?.title === 'string' && typeof body?.description === 'string') return undefined;
  if (typeof body?.error?.code !== 'string' || typeof body?.error?.message !== 'string' || !body.error.message)
    return `refusal ${response.status} without error.code and error.message: ${text.slice(0, 120)}`;
  return undefined;
}

describe(`fuzzing every route of the OpenAPI document on ${TEST_STORE}`, () => {
  let context: VigieContext;
  let adminToken = '';
  before(async () => {
    context = await freshContext();
    adminToken = (await account(context, { role: 'admin', compartments: ['STAFF'] })).token;
  });
  after(async () => {
    await context.close();
  });

  test('no route answers 500 or crashes, as an administrator or anonymously, and every refusal is a 4xx naming the problem', async () => {
    const app = createApp(context);
    const unexpected: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => {
      if (String(args[0]).includes('unexpected error')) unexpected.push(args[1]);
      if (process.env.VIGIE_FUZZ_VERBOSE) original(...args);
    };
    try {
      const document = (await (await app.request('/api/openapi.json')).json()) as Record<string, any>;
      const operations: Operation[] = Object.entries<Record<string, any>>(document.paths).flatMap(([path, item]) =>
        Object.entries(item).map(([method, spec]) => ({ method, path, spec })),
      );
      operations.push(...TAXII_OPERATIONS);
      // Signing out would end the administrator's session for the routes after it.
      operations.sort((a, b) => Number(a.path === '/api/auth/logout') - Number(b.path === '/api/auth/logout'));
      assert.ok(operations.length > 100, `${operations.length} operations`);
      const random = seededRandom(SEED);
      const problems: string[] = [];
      const statuses = new Map<string, number>();
      for (const operation of operations) {
        for (const [who, rounds] of [
          ['admin', [0, 1, 2, 3, 4]],
          ['anonymous', [0, 1]],
        ] as const) {
          for (const round of rounds) {
            const { label, url, init } = attempt(operation, document, random, round);
            if (who === 'admin')
              init.headers = { ...(init.headers as Record<string, string>), authorization: `Bearer ${adminToken}` };
            if (operation.path.startsWith('/taxii2/'))
              init.headers = {
                ...(init.headers as Record<string, string>),
                accept: 'application/taxii+json;version=2.1',
              };
            let problem: string | undefined;
            try {
              const response = await app.request(url, init);
              statuses.set(`${who} ${response.status}`, (statuses.get(`${who} ${response.status}`) ?? 0) + 1);
              problem = await problemOf(response, operation.path.startsWith('/taxii2/'));
            } catch (error) {
              problem = `threw ${(error as Error).stack?.slice(0, 300)}`;
            }
            if (problem)
              problems.push(`${operation.method.toUpperCase()} ${url.slice(0, 120)} (${who}, ${label}): ${problem}`);
          }
        }
      }
      if (process.env.VIGIE_FUZZ_VERBOSE) original([...statuses].sort().join('\n'));
      assert.deepEqual(
        problems,
        [],
        `seed ${SEED}:\n${problems.slice(0, 25).join('\n')}\n${unexpected
          .slice(0, 5)
          .map((error) => (error as Error)?.stack ?? String(error))
          .join('\n')}`,
      );
    } finally {
      console.error = original;
    }
  });
});
