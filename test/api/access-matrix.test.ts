import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { MARKINGS } from '../../src/core/shared/principal.ts';
import type { VigieContext } from '../../src/context.ts';
import { apiClient } from '../support/api-client.ts';
import type { TestAccount } from '../support/accounts.ts';
import { expectedRead, matrixReaders, type Labelled, type Reader } from './access-matrix/truth-table.ts';
import { incidentInput } from '../support/factories.ts';
import { freshContext, TEST_STORE } from '../support/test-store.ts';
import { createApp } from '../../src/api/app.ts';
import { sseClient } from '../support/sse-client.ts';

// The test's receivers and feeds listen on loopback, which the fetch guard refuses unless allowed.
process.env.VIGIE_FETCH_ALLOW = '127.0.0.1/32';

interface Made extends Labelled {
  id: string;
  externalId: string;
  staffDetails: boolean;
}

describe(`access matrix on ${TEST_STORE}: every role × marking × compartment × organisation × route family`, () => {
  let context: VigieContext;
  const readers: Reader[] = [];
  const records: Made[] = [];
  let creator: TestAccount;
  /** each reader's live stream, open while the records are made */
  const streams = new Map<string, Awaited<ReturnType<typeof sseClient>>>();

  before(async () => {
    context = await freshContext();
    readers.push(...(await matrixReaders(context)).readers);
    creator = readers.find((r) => r.relation === 'own' && r.role === 'reporter' && r.staff)!.account;
    const app = createApp(context);
    for (const reader of readers)
      streams.set(
        reader.account.id,
        await sseClient('http://local/api/stream', { authorization: `Bearer ${reader.account.token}` }, (url, init) =>
          app.request(url, init),
        ),
      );
    const author = apiClient(context, { token: creator.token });
    for (const marking of MARKINGS) {
      for (const compartment of [false, true]) {
        for (const staffDetails of [false, true]) {
          const externalId = `matrix-${marking}-${compartment}-${staffDetails}`;
          const created = await author.post(
            '/api/incidents',
            incidentInput({
              external_id: externalId,
              marking,
              compartments: compartment ? ['STAFF'] : [],
              signatures: [{ kind: 'tag', text: 'MATRIX' }],
              ...(staffDetails
                ? { staff: { name: 'Agent Fictif', home_address: `${externalId} rue Imaginaire` } }
                : {}),
            }),
          );
          assert.equal(created.status, 201, created.text);
          records.push({ id: created.json.id, externalId, marking, compartment, staffDetails });
        }
      }
    }
  });
  after(async () => {
    for (const stream of streams.values()) await stream.close();
    await context.close();
  });

  test('no route family shows, counts or exports a record its reader may not read', async () => {
    const table: string[] = [];
    let checks = 0;
    const leaks: string[] = [];
    const expect = (ok: boolean, what: string) => {
      checks += 1;
      if (!ok) leaks.push(what);
    };
    for (const reader of readers) {
      const client = apiClient(context, { token: reader.account.token });
      const visible = records.filter((r) => expectedRead(reader, r, creator.id));
      const expectedIds = visible.map((r) => r.id).sort();
      const who = `${reader.role}/${reader.relation}${reader.staff ? '+STAFF' : ''}`;

      const list = (await client.get('/api/incidents?limit=500')).json;
      expect(
        JSON.stringify(list.items.map((i: { id: string }) => i.id).sort()) === JSON.stringify(expectedIds),
        `${who} list`,
      );
      expect(list.total === visible.length, `${who} count ${list.total} ≠ ${visible.length}`);
      const search = (await client.get('/api/incidents?signature=m.a.t.r.i.x&limit=500')).json;
      expect(
        JSON.stringify(search.items.map((i: { id: string }) => i.id).sort()) === JSON.stringify(expectedIds),
        `${who} search`,
      );
      const map = (await client.get('/api/incidents/geojson')).json;
      expect(
        JSON.stringify(map.features.map((f: { properties: { id: string } }) => f.properties.id).sort()) ===
          JSON.stringify(expectedIds),
        `${who} map`,
      );
      const exported = JSON.parse((await client.get('/api/incidents/export?format=json')).text) as Array<{
        external_id: string;
        staff?: { home_address?: string };
      }>;
      expect(
        JSON.stringify(exported.map((e) => e.external_id).sort()) ===
          JSON.stringify(visible.map((r) => r.externalId).sort()),
        `${who} export`,
      );

      // The live stream: incident.created events exactly for the records the reader may read.
      const stream = streams.get(reader.account.id)!;
      const streamed = () =>
        stream.events
          .filter((e) => e.data.type === 'incident.created' && records.some((r) => r.id === e.data.subject_id))
          .map((e) => e.data.subject_id)
          .sort();
      await stream.until(() => streamed().length >= expectedIds.length, 5000).catch(() => undefined);
      expect(JSON.stringify(streamed()) === JSON.stringify(expectedIds), `${who} stream`);
      for (const item of list.items as Array<{
        id: string;
        staff: null | { protected?: true; home_address?: string };
      }>) {
        const record = records.find((r) => r.id === item.id)!;
        const clear = reader.staff && record.staffDetails;
        expect(
          clear
            ? item.staff?.home_address === `${record.externalId} rue Imaginaire`
            : record.staffDetails
              ? item.staff?.protected === true
              : item.staff === null,
          `${who} staff field of ${record.externalId}`,
        );
      }
      for (const entry of exported) {
        const record = records.find((r) => r.externalId === entry.external_id)!;
        expect(
          (entry.staff?.home_address !== undefined) === (reader.staff && record.staffDetails),
          `${who} staff in export of ${record.externalId}`,
        );
      }
      const cells: string[] = [];
      for (const record of records) {
        const one = await client.get(`/api/incidents/${record.id}`);
        const readable = expectedRead(reader, record, creator.id);
        expect(one.status === (readable ? 200 : 404), `${who} read ${record.externalId}: ${one.status}`);
        if (!record.staffDetails) cells.push(readable ? '✓' : '·');
      }
      table.push(`| ${who.padEnd(26)} | ${cells.join(' ')} |`);
    }
    const header = records
      .filter((r) => !r.staffDetails)
      .map((r) => `${r.marking}${r.compartment ? '+S' : ''}`)
      .join(' ');
    console.log(
      [
        '',
        `Access matrix (${TEST_STORE}); columns: ${header}`,
        `| reader (role/organisation)  | visible |`,
        ...table,
        `${checks} checks, ${leaks.length} leaks`,
      ].join('\n'),
    );
    assert.deepEqual(leaks, [], 'no leak');
    assert.ok(checks > 1000);
  });

  test("a reporter changes only its own organisation's records; an analyst may change a partner's", async () => {
    const amber = records.find((r) => r.marking === 'AMBER' && !r.compartment && !r.staffDetails)!;
    const partnerReporter = readers.find((r) => r.relation === 'partner' && r.role === 'reporter' && !r.staff)!;
    const partnerAnalyst = readers.find((r) => r.relation === 'partner' && r.role === 'analyst' && !r.staff)!;
    assert.equal(
      (
        await apiClient(context, { token: partnerReporter.account.token }).patch(`/api/incidents/${amber.id}`, {
          version: 1,
          status: 'verified',
        })
      ).status,
      404,
      'it cannot even read it',
    );
    const changed = await apiClient(context, { token: partnerAnalyst.account.token }).patch(
      `/api/incidents/${amber.id}`,
      { version: 1, status: 'verified' },
    );
    assert.equal(changed.status, 200, changed.text);
    const green = records.find((r) => r.marking === 'GREEN' && !r.compartment && !r.staffDetails)!;
    const otherReporter = readers.find((r) => r.relation === 'other' && r.role === 'reporter')!;
    const refused = await apiClient(context, { token: otherReporter.account.token }).patch(
      `/api/incidents/${green.id}`,
      { version: 1, status: 'refuted' },
    );
    assert.equal(refused.status, 403);
  });

  test('only STAFF holders record staff details or put a record in the compartment', async () => {
    const plain = readers.find((r) => r.relation === 'own' && r.role === 'analyst' && !r.staff)!;
    const client = apiClient(context, { token: plain.account.token });
    assert.equal(
      (await client.post('/api/incidents', incidentInput({ staff: { home_address: '1 rue X' } }))).status,
      403,
    );
    assert.equal((await client.post('/api/incidents', incidentInput({ compartments: ['STAFF'] }))).status, 403);
  });

  test('only analysts, supervisors and administrators decide on the review queue; only supervisors and administrators trust a feed', async () => {
    const author = apiClient(context, { token: creator.token });
    const submitted = await author.post('/api/articles', {
      content: 'Des tirs ont visé le centre pénitentiaire de Toulon-La Farlède dans la nuit de lundi à mardi.',
      published: '2025-04-15',
      marking: 'GREEN',
    });
    assert.equal(submitted.status, 201, submitted.text);
    const candidate = submitted.json.items[0].candidates[0];
    const outcomes: string[] = [];
    for (const reader of readers.filter((r) => r.relation === 'own' && !r.staff)) {
      const client = apiClient(context, { token: reader.account.token });
      const reject = await client.post(`/api/review/${candidate.id}/reject`, { reason: 'matrix' });
      const decides = reject.status === 200;
      if (decides) assert.equal((await client.post(`/api/review/${candidate.id}/reopen`, {})).status, 200);
      const feed = await client.post('/api/feeds', { url: `http://127.0.0.1:9/${reader.role}.rss`, trusted: true });
      outcomes.push(
        `${reader.role}:${decides ? 'decides' : reject.status}:${feed.status === 201 ? 'trusts' : feed.status}`,
      );
    }
    assert.deepEqual(outcomes, [
      'reporter:403:403',
      'analyst:decides:403',
      'supervisor:decides:trusts',
      'investigator:403:403',
      'admin:decides:trusts',
    ]);
    const other = readers.find((r) => r.relation === 'other' && r.role === 'analyst')!;
    const amber = await author.post('/api/articles', {
      content: 'Un drone a survolé le centre pénitentiaire de Valence mardi matin.',
      published: '2025-04-15',
      marking: 'AMBER',
    });
    const outsider = apiClient(context, { token: other.account.token });
    assert.equal(
      (await outsider.get(`/api/articles/${amber.json.items[0].id}`)).status,
      404,
      'an AMBER article of another organisation is not found',
    );
    const queue = await outsider.get(`/api/review?article=${amber.json.items[0].id}`);
    assert.equal(queue.json.total, 0, 'nor are its candidates listed');
  });

  test('analysts, supervisors and administrators respond to alerts; only supervisors and administrators set posture and watch; readers see alerts as they see their incidents', async () => {
    const author = apiClient(context, { token: creator.token });
    assert.equal(
      (
        await author.post(
          '/api/incidents',
          incidentInput({
            facility: 'fr-agen-ma',
            occurred: { night_of: '2025-04-15' },
            event_types: ['gunfire'],
            target_kinds: ['facility'],
            marking: 'AMBER',
          }),
        )
      ).status,
      201,
    );
    await context.alerting.idle();
    const alert = (
      await apiClient(context, {
        token: readers.find((r) => r.role === 'admin' && r.relation === 'own')!.account.token,
      }).get('/api/alerts?state=open')
    ).json.items.find(
      (a: { kind: string; sites: string[] }) => a.kind === 'weapon_at_facility' && a.sites.includes('fr-agen-ma'),
    );
    assert.ok(alert, 'the gunfire alert');
    const outcomes: string[] = [];
    for (const reader of readers.filter((r) => r.relation === 'own' && !r.staff)) {
      const client = apiClient(context, { token: reader.account.token });
      const assign = await client.post(`/api/alerts/${alert.id}/assign`, { assignee_id: null });
      const posture = await client.post('/api/posture', {
        scope: 'site',
        scope_id: 'fr-agen-ma',
        level: 'reinforced',
        reason: 'matrix',
      });
      const watch = await client.post('/api/watchlist', {
        kind: 'phone',
        value: `06 00 00 00 ${String(outcomes.length).padStart(2, '0')}`,
      });
      outcomes.push(
        `${reader.role}:${assign.status === 200 ? 'responds' : assign.status}:${posture.status === 201 ? 'sets' : posture.status}:${watch.status === 201 ? 'watches' : watch.status}`,
      );
    }
    assert.deepEqual(outcomes, [
      'reporter:403:403:403',
      'analyst:responds:403:403',
      'supervisor:responds:sets:watches',
      'investigator:403:403:403',
      'admin:responds:sets:watches',
    ]);
    for (const reader of readers.filter((r) => !r.staff)) {
      const status = (await apiClient(context, { token: reader.account.token }).get(`/api/alerts/${alert.id}`)).status;
      const expected = expectedRead(reader, { marking: 'AMBER', compartment: false }, creator.id);
      assert.equal(status, expected ? 200 : 404, `${reader.role} ${reader.relation}`);
    }
  });
});
