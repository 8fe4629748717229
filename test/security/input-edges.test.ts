import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createApp } from '../../src/api/app.ts';
import { signedInClient } from '../support/api-client.ts';
import { incidentInput } from '../support/factories.ts';
import { freshContext, TEST_STORE } from '../support/test-store.ts';

/** The bytes of `text` with one byte that cannot start a UTF-8 character (0xFF) in place of `marker`. */
function withInvalidByte(text: string, marker: string): Uint8Array {
  const [before, after] = text.split(marker);
  return new Uint8Array([...Buffer.from(before, 'utf8'), 0xff, ...Buffer.from(after, 'utf8')]);
}

describe(`dates and text encodings at the API edge on ${TEST_STORE} (issue 16, item 12)`, () => {
  let context: Awaited<ReturnType<typeof freshContext>>;
  let analyst: Awaited<ReturnType<typeof signedInClient>>;
  before(async () => {
    context = await freshContext();
    analyst = await signedInClient(context);
  });
  after(async () => {
    await context.close();
  });

  const countIncidents = async () =>
    Number(
      (
        await context.store.db
          .selectFrom('incidents')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  test('a year 0001 is refused in every date an incident carries, naming the field, and nothing is stored', async () => {
    const before = await countIncidents();
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ occurred: { date: '0001-04-15' } }, 'occurred'],
      [{ occurred: { at: '0001-04-15T10:00:00Z' } }, 'occurred'],
      [{ occurred: { month: '0001-04' } }, 'occurred'],
      [{ occurred: { start: '0001-04-15', end: '2025-04-16' } }, 'occurred'],
      [{ reported_at: '0001-04-15T10:00:00+02:00' }, 'reported_at'],
      [{ sources: [{ kind: 'press', title: 'Dépêche', published_at: '0001-01-01' }] }, 'sources'],
    ];
    for (const [override, field] of cases) {
      const refused = await analyst.post('/api/incidents', incidentInput(override));
      assert.equal(refused.status, 400, `${JSON.stringify(override)}: ${refused.text}`);
      assert.ok(
        refused.json.error.details.some((d: { path: string }) => d.path.startsWith(field)),
        refused.text,
      );
      assert.match(refused.text, /year from 1900 to 2999/);
    }
    assert.equal(await countIncidents(), before);
  });

  test('a date in the accepted years is kept exactly as written', async () => {
    const created = await analyst.post(
      '/api/incidents',
      incidentInput({ occurred: { at: '1901-03-02T10:00:00Z' }, reported_at: '2024-02-29T23:30:00Z' }),
    );
    assert.equal(created.status, 201, created.text);
    const read = await analyst.get(`/api/incidents/${created.json.id}`);
    assert.equal(read.json.occurred.start, '1901-03-02T10:00:00.000Z');
    assert.equal(read.json.reported_at, '2024-02-29T23:30:00.000Z');
  });

  test('a JSON body that is not valid UTF-8 is refused with 400 on every route, and nothing is stored', async () => {
    const before = await countIncidents();
    const body = JSON.stringify(incidentInput({ description: 'Tir de mortier vers la cour MARK' }));
    const bodies: Array<[string, string, string]> = [
      ['POST', '/api/incidents', body],
      ['POST', '/api/cases', JSON.stringify({ title: 'Enquête MARK', marking: 'AMBER' })],
      ['POST', '/api/extract', JSON.stringify({ text: "Un drone MARK a survolé la maison d'arrêt" })],
    ];
    const app = createApp(context);
    const send = async (method: string, path: string, bytes: Uint8Array, type = 'application/json') => {
      const response = await app.request(path, {
        method,
        body: bytes,
        headers: { authorization: `Bearer ${analyst.user.token}`, 'content-type': type },
      });
      const text = await response.text();
      return { status: response.status, text, json: JSON.parse(text) };
    };
    for (const [method, path, text] of bodies) {
      const refused = await send(method, path, withInvalidByte(text, 'MARK'));
      assert.equal(refused.status, 400, `${path}: ${refused.text}`);
      assert.equal(refused.json.error.code, 'invalid_utf8', path);
      assert.equal(refused.json.error.details[0].path, 'body');
    }
    assert.equal(await countIncidents(), before);
    assert.equal((await analyst.get('/api/cases')).json.total, 0);
    const valid = await send(
      'POST',
      '/api/incidents',
      new TextEncoder().encode(body.replace('MARK', 'é')),
      'application/json; charset=utf-8',
    );
    assert.equal(valid.status, 201, valid.text);
    assert.equal(valid.json.description, 'Tir de mortier vers la cour é');
  });
});
