import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { openApiDocument } from '../../src/api/openapi-document.ts';
import { jsonOf } from '../../src/api/routes/route-parts.ts';
import { errorResponses } from '../../src/api/schemas.ts';
import { type Answer, Contract, ContractError, contractOf } from '../support/contract.ts';

/** A small documented app whose handlers break their own contract on purpose. */
function brokenApp() {
  const app = new OpenAPIHono();
  const count = z.object({ count: z.number().int(), at: z.string().datetime() }).openapi('Count');
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/count/{kind}',
      request: { params: z.object({ kind: z.string() }) },
      responses: { 200: jsonOf(count, 'A count'), ...errorResponses },
    }),
    (c) =>
      // biome-ignore lint/suspicious/noExplicitAny: the handler answers the wrong shape on purpose
      c.json(answers[c.req.valid('param').kind] as any, (c.req.valid('param').kind === 'teapot' ? 418 : 200) as 200),
  );
  app.get('/api/undocumented', (c) => c.json({ ok: true }));
  app.doc31('/api/openapi.json', { openapi: '3.1.0', info: { title: 'broken', version: '0' } });
  app.all('/api/*', (c) => c.json({ error: { code: 'not_found', message: 'no route', details: [] } }, 404));
  return app;
}
const answers: Record<string, unknown> = {
  right: { count: 3, at: '2026-12-06T14:00:00.000Z' },
  string: { count: 'three', at: '2026-12-06T14:00:00.000Z' },
  missing: { at: '2026-12-06T14:00:00.000Z' },
  date: { count: 3, at: 'yesterday' },
  teapot: { count: 3, at: '2026-12-06T14:00:00.000Z' },
};

async function answerOf(app: ReturnType<typeof brokenApp>, method: string, path: string): Promise<Answer> {
  const response = await app.request(path, { method });
  const text = await response.text();
  return {
    method,
    path,
    status: response.status,
    contentType: response.headers.get('content-type'),
    json: text ? JSON.parse(text) : undefined,
  };
}

describe('every API answer of the tests is checked against the OpenAPI document', () => {
  test('a right answer passes; a wrong type, a missing field or a bad format fails with the path, status and errors', async () => {
    const app = brokenApp();
    const contract = await contractOf(app);
    contract.check(await answerOf(app, 'GET', '/api/count/right'));
    for (const [kind, complaint] of [
      ['string', /\/count must be integer/],
      ['missing', /must have required property 'count'/],
      ['date', /\/at must match format "date-time"/],
    ] as const) {
      const answer = await answerOf(app, 'GET', `/api/count/${kind}?x=1`);
      assert.equal(answer.status, 200);
      assert.throws(
        () => contract.check(answer),
        (error: Error) =>
          error instanceof ContractError &&
          error.message.includes(`GET /api/count/${kind}?x=1 answered 200`) &&
          complaint.test(error.message),
        kind,
      );
    }
  });

  test('an undeclared status and an undocumented route fail; the catch-all 404 and edge refusals pass', async () => {
    const app = brokenApp();
    const contract = await contractOf(app);
    assert.throws(
      () =>
        contract.check({
          method: 'GET',
          path: '/api/count/teapot',
          status: 418,
          contentType: 'application/json',
          json: {},
        }),
      /status 418 is not declared/,
    );
    await assert.rejects(
      async () => contract.check(await answerOf(app, 'GET', '/api/undocumented')),
      /the route is missing from the OpenAPI document/,
    );
    await assert.rejects(
      async () => contract.check(await answerOf(app, 'POST', '/api/count/right')),
      /the document has no POST/,
    );
    contract.check(await answerOf(app, 'GET', '/api/nowhere'));
    const refusal = { error: { code: 'unauthenticated', message: 'sign in first', details: [] } };
    contract.check({
      method: 'GET',
      path: '/api/count/right',
      status: 401,
      contentType: 'application/json',
      json: refusal,
    });
    // An edge refusal still has to be the Error envelope, and a 403 from the edge is only the CSRF one.
    assert.throws(
      () =>
        contract.check({
          method: 'GET',
          path: '/api/count/right',
          status: 401,
          contentType: 'application/json',
          json: { nope: 1 },
        }),
      /the Error envelope/,
    );
    assert.throws(
      () =>
        contract.check({
          method: 'GET',
          path: '/api/count/right',
          status: 403,
          contentType: 'application/json',
          json: { error: { ...refusal.error, code: 'forbidden' } },
        }),
      /status 403 is not declared/,
    );
    contract.check({
      method: 'GET',
      path: '/api/count/right',
      status: 403,
      contentType: 'application/json',
      json: { error: { ...refusal.error, code: 'csrf' } },
    });
  });

  test("Vigie's own document compiles: every JSON response schema of every route", async () => {
    const document = await openApiDocument();
    const contract = new Contract(document);
    let compiled = 0;
    for (const [path, methods] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(methods)) {
        for (const [status, response] of Object.entries(operation.responses ?? {})) {
          for (const [mediaType, content] of Object.entries(response.content ?? {})) {
            if (!/json/.test(mediaType) || content.schema === undefined) continue;
            assert.equal(typeof contract.validator(path, method, status, mediaType), 'function');
            compiled++;
          }
        }
      }
    }
    assert.ok(compiled > 100, `${compiled} response schemas compiled`);
    assert.equal(contract.documentedPath('GET', '/api/incidents/map?limit=3'), '/api/incidents/map');
    assert.equal(
      contract.documentedPath('GET', '/api/incidents/6f0c1d1e-0000-4000-8000-000000000000'),
      '/api/incidents/{id}',
    );
  });
});
