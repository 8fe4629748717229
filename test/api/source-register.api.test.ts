import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { VigieContext } from '../../src/context.ts';
import { signedInClient } from '../support/api-client.ts';
import { incidentInput } from '../support/factories.ts';
import { freshContext, TEST_STORE } from '../support/test-store.ts';

const TOULON_REPORT =
  'Des tirs ont visé la façade du centre pénitentiaire de Toulon-La Farlède dans la nuit de lundi à mardi. ' +
  "Le tag « DDPF » a été retrouvé sur le mur d'enceinte.";

describe(`source register and graded review submissions on ${TEST_STORE}`, () => {
  let context: VigieContext;
  let analyst: Awaited<ReturnType<typeof signedInClient>>;
  let supervisor: Awaited<ReturnType<typeof signedInClient>>;

  before(async () => {
    context = await freshContext();
    analyst = await signedInClient(context, { role: 'analyst' });
    supervisor = await signedInClient(context, { role: 'supervisor' });
  });
  after(async () => {
    await context.close();
  });

  test('POST /api/review takes title, address and outlet, and names a bad field', async () => {
    const stored = await analyst.post('/api/review', {
      content: TOULON_REPORT,
      published: '2025-04-15',
      title: 'Tirs à Toulon',
      url: 'https://www.varmatin.com/toulon-tirs',
      outlet: 'Var-Matin',
    });
    assert.equal(stored.status, 201, stored.text);
    const [article] = stored.json.items;
    assert.deepEqual(
      [article.title, article.url, article.outlet, article.source.reliability],
      ['Tirs à Toulon', 'https://www.varmatin.com/toulon-tirs', 'Var-Matin', null],
    );
    for (const [field, value] of [
      ['outlet', ''],
      ['url', 'ftp://x'],
      ['title', ''],
      ['reliability', 'G'],
      ['credibility', 9],
    ] as const) {
      const bad = await analyst.post('/api/review', { content: `${TOULON_REPORT} ${field}`, [field]: value });
      assert.equal(bad.status, 400, `${field}: ${bad.text}`);
      assert.equal(bad.json.error.details[0].path, field);
    }
    const badGrade = await analyst.post(`/api/review/${article.candidates[0].id}/accept`, { grade: 'B9' });
    assert.equal(badGrade.status, 400);
    assert.equal(badGrade.json.error.details[0].path, 'grade');
    const accepted = await analyst.post(`/api/review/${article.candidates[0].id}/accept`, { grade: 'b2' });
    assert.equal(accepted.status, 200, accepted.text);
    const incident = await analyst.get(`/api/incidents/${accepted.json.decision.result_id}`);
    assert.deepEqual(incident.json.sources[0], {
      kind: 'press',
      title: 'Tirs à Toulon',
      url: 'https://www.varmatin.com/toulon-tirs',
      outlet: 'Var-Matin',
      published_at: '2025-04-15',
      reliability: 'B',
      credibility: 2,
      graded_by: 'analyst',
      article_id: article.id,
      candidate_id: article.candidates[0].id,
    });
  });

  test('lists the seeded register: wires and national dailies B, regional C, unions C, ministries A', async () => {
    const list = await analyst.get('/api/source-register');
    assert.equal(list.status, 200);
    const grade = (name: string) => list.json.items.find((o: { name: string }) => o.name === name)?.grade;
    assert.deepEqual(
      [
        'AFP',
        'Reuters',
        'Associated Press',
        'Le Monde',
        'Le Figaro',
        'Le Parisien',
        'Libération',
        'Var-Matin',
        'UFAP-UNSa Justice',
        'Ministère de la Justice',
      ].map(grade),
      ['B3', 'B3', 'B3', 'B3', 'B3', 'B3', 'B3', 'C3', 'C3', 'A2'],
    );
    assert.equal(list.json.items.find((o: { name: string }) => o.name === 'Ministère de la Justice').kind, 'official');
  });

  test('supervisors edit the register, analysts may not; bad input names the field; the change is audited', async () => {
    const outlet = (await analyst.get('/api/source-register')).json.items.find(
      (o: { name: string }) => o.name === 'Le Progrès',
    );
    assert.equal(
      (await analyst.patch(`/api/source-register/${outlet.id}`, { version: outlet.version, reliability: 'A' })).status,
      403,
    );
    const bad = await supervisor.patch(`/api/source-register/${outlet.id}`, {
      version: outlet.version,
      reliability: 'Z',
    });
    assert.equal(bad.status, 400);
    assert.equal(bad.json.error.details[0].path, 'reliability');
    const changed = await supervisor.patch(`/api/source-register/${outlet.id}`, {
      version: outlet.version,
      reliability: 'B',
      credibility: 2,
    });
    assert.equal(changed.status, 200, changed.text);
    assert.equal(changed.json.grade, 'B2');
    assert.equal(
      (await supervisor.patch(`/api/source-register/${outlet.id}`, { version: outlet.version, reliability: 'C' }))
        .status,
      409,
    );
    const added = await supervisor.post('/api/source-register', {
      name: 'La Gazette du Plateau',
      aliases: ['gazette-plateau.fr'],
      category: 'regional',
      reliability: 'D',
    });
    assert.equal(added.status, 201, added.text);
    assert.equal(
      (await supervisor.post('/api/source-register', { name: 'la gazette du plateau', reliability: 'C' })).status,
      409,
    );
    const noGrade = await supervisor.post('/api/source-register', { name: 'Sans cote' });
    assert.equal(noGrade.status, 400);
    assert.equal(noGrade.json.error.details[0].path, 'reliability');
    const audit = await context.audit.recent(5, undefined, { object_id: outlet.id });
    assert.deepEqual(
      audit.map((event) => event.action),
      ['source_register.update'],
    );
  });

  test("a posted or imported source naming an outlet without a grade takes the register's; a given grade stays", async () => {
    const posted = await analyst.post(
      '/api/incidents',
      incidentInput({ sources: [{ kind: 'press', outlet: 'Le Figaro', published_at: '2025-04-15' }] }),
    );
    assert.equal(posted.status, 201, posted.text);
    assert.deepEqual(posted.json.sources, [
      {
        kind: 'press',
        outlet: 'Le Figaro',
        published_at: '2025-04-15',
        reliability: 'B',
        credibility: 3,
        graded_by: 'register',
      },
    ]);
    const byAddress = await analyst.post(
      '/api/incidents',
      incidentInput({ sources: [{ url: 'https://www.gazette-plateau.fr/article-1' }] }),
    );
    assert.equal(byAddress.status, 201, byAddress.text);
    assert.deepEqual(
      byAddress.json.sources.map((s: { outlet: string; kind: string; reliability: string; credibility: number }) => [
        s.outlet,
        s.kind,
        `${s.reliability}${s.credibility}`,
      ]),
      [['La Gazette du Plateau', 'press', 'D3']],
    );
    const csv = [
      'external_id,occurred.night_of,facility,event_types,source.kind,source.outlet,source.reliability,source.credibility',
      'graded-1,2025-04-14,Villepinte,vehicle_arson,press,Le Parisien,,',
      'graded-2,2025-04-14,Nanterre,vehicle_arson,press,Le Parisien,C,4',
      'graded-3,2025-04-14,Valence,vehicle_arson,press,Feuille de chou,,',
    ].join('\n');
    const imported = await analyst.upload('/api/incidents/import', csv, 'text/csv');
    assert.equal(imported.status, 200, imported.text);
    const grades = await Promise.all(
      imported.json.ids.map(async (id: string) => {
        const incident = (await analyst.get(`/api/incidents/${id}`)).json;
        return `${incident.sources[0].reliability}${incident.sources[0].credibility}`;
      }),
    );
    assert.deepEqual(
      grades,
      ['B3', 'C4', 'F6'],
      'the register grades Le Parisien; a given grade stays; an unknown outlet is F6',
    );
  });

  test('independent outlets on one record corroborate it: three outlets graded A-D bring every source to 1', async () => {
    const posted = await analyst.post(
      '/api/incidents',
      incidentInput({
        sources: [
          { kind: 'press', outlet: 'Le Figaro' },
          { kind: 'press', outlet: 'Var-Matin' },
          { kind: 'press', outlet: 'AFP' },
          { kind: 'press', outlet: 'Feuille de chou' },
        ],
      }),
    );
    assert.deepEqual(
      posted.json.sources.map(
        (s: { reliability: string; credibility: number; reported_credibility?: number }) =>
          `${s.reliability}${s.credibility}/${s.reported_credibility}`,
      ),
      ['B1/3', 'C1/3', 'B1/3', 'F1/6'],
    );
    const removed = await analyst.patch(`/api/incidents/${posted.json.id}`, {
      version: posted.json.version,
      sources: posted.json.sources.slice(0, 2),
    });
    assert.equal(removed.status, 200, removed.text);
    assert.deepEqual(
      removed.json.sources.map(
        (s: { reliability: string; credibility: number; corroborating_outlets?: number }) =>
          `${s.reliability}${s.credibility}/${s.corroborating_outlets}`,
      ),
      ['B2/2', 'C2/2'],
      "a recount starts from each report's own credibility",
    );
  });
});
