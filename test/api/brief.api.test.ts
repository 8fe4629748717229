import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { VigieContext } from '../../src/context.ts';
import { DEMO_ORGANISATIONS } from '../../src/demo/demo-accounts.ts';
import { BriefScheduler } from '../../src/core/brief/brief.scheduler.ts';
import { extractText, getDocumentProxy } from 'unpdf';
import { createApp } from '../../src/api/app.ts';
import { signedInClient } from '../support/api-client.ts';
import { RecordingPublisher } from '../support/recording-publisher.ts';
import { freshDemoContext, TEST_STORE } from '../support/test-store.ts';

const NATIONAL = DEMO_ORGANISATIONS.find((organisation) => organisation.key === 'national')!.name;

// The demo is loaded once and indexed by the detection (slow): every demo-based assertion of the
// brief and of the seizure figures lives in this one file.
describe(`daily brief and seizure trends on the demo data (${TEST_STORE})`, () => {
  let context: VigieContext;
  let analyst: Awaited<ReturnType<typeof signedInClient>>;
  let supervisor: Awaited<ReturnType<typeof signedInClient>>;
  let outsider: Awaited<ReturnType<typeof signedInClient>>;
  const recorder = new RecordingPublisher();

  before(async () => {
    context = await freshDemoContext('2025-04-16');
    await context.detection.start();
    await context.detection.idle();
    await context.alerting.idle();
    context.events.attach(recorder);
    analyst = await signedInClient(context, { role: 'analyst', org: NATIONAL });
    supervisor = await signedInClient(context, { role: 'supervisor', org: NATIONAL });
    outsider = await signedInClient(context, { role: 'reporter', org: 'Préfecture du Var' });
  });
  after(async () => {
    await context.close();
  });

  test('the brief for 16 April 2025 names the wave campaign, its sites and its significance', async () => {
    const brief = await analyst.get('/api/briefs/live?date=2025-04-16');
    assert.equal(brief.status, 200, brief.text);
    assert.equal(brief.json.as_of, '2025-04-16T04:30:00.000Z');
    const wave = brief.json.campaigns.find((c: { sites: string[] }) =>
      c.sites.some((site) => site.includes('Toulon-La Farlède')),
    );
    assert.ok(
      wave,
      `no campaign names Toulon-La Farlède: ${JSON.stringify(brief.json.campaigns.map((c: { key: string; sites: string[] }) => [c.key, c.sites]))}`,
    );
    assert.ok(wave.sites.length >= 3);
    assert.ok(wave.p_value < 0.01, `p = ${wave.p_value}`);
    assert.match(wave.sentence, /^aux taux habituels, cela arrive/);
    assert.ok(brief.json.incidents.last_7d >= wave.members);
    // the Markdown and the HTML say the same, and the HTML carries its figures inline
    // the campaign by what ties it, never by its key; the night's incidents by time, site, acts, tags and source grade
    assert.ok(!brief.json.markdown.includes(wave.key), 'the campaign key is not shown');
    assert.match(brief.json.markdown, /- \*\*\d+ site\(s\) en \d+ nuit\(s\)[^*]*\*\* \(active\)/);
    const night = brief.json.incidents.items.filter((i: { in_last_24h: boolean }) => i.in_last_24h);
    assert.ok(night.length > 0);
    assert.match(
      brief.json.markdown,
      /## Incidents de la nuit \(24 dernières heures\)\n\n\| Heure \| Site \| Faits \| Tags \| Source \|/,
    );
    for (const incident of night)
      assert.ok(
        brief.json.markdown.includes(`| ${incident.site} |`),
        `the night's incident at ${incident.site} is listed`,
      );
    assert.doesNotMatch(brief.json.markdown, /\[(high|critical|medium)\]|— (open|acknowledged),/);
    assert.match(brief.json.markdown, /Signification\u00a0: aux taux habituels, cela arrive .*\(p /);
    assert.match(brief.json.html, /<svg[^>]*data-figure="map"/);
    assert.match(brief.json.html, /<svg[^>]*data-figure="timeline"/);
    assert.ok(
      Array.isArray(brief.json.risk) && brief.json.risk.length > 0,
      'an analyst sees the sites at risk after the wave',
    );
    const html = await analyst.get('/api/briefs/live?date=2025-04-16&format=html&lang=en');
    assert.equal(html.headers.get('content-type'), 'text/html; charset=utf-8');
    assert.match(html.text, /Significance: <span data-testid="brief-significance">at the usual rates, this happens/);
  });

  test("the live and the archived brief download as PDF, listing each of the night's incidents", async () => {
    const app = createApp(context);
    const pdfOf = async (path: string) => {
      const response = await app.request(path, { headers: { authorization: `Bearer ${analyst.user.token}` } });
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('content-type'), 'application/pdf');
      assert.match(
        response.headers.get('content-disposition') ?? '',
        /attachment; filename="brief-2025-04-16-(fr|en)\.pdf"/,
      );
      const { text } = await extractText(await getDocumentProxy(new Uint8Array(await response.arrayBuffer())), {
        mergePages: true,
      });
      return text;
    };
    const live = (await analyst.get('/api/briefs/live?date=2025-04-16')).json;
    const text = await pdfOf('/api/briefs/live?date=2025-04-16&format=pdf');
    assert.match(text, /Point de situation du mercredi 16 avril 2025/);
    assert.match(text, /Incidents de la nuit/);
    for (const incident of live.incidents.items.filter((i: { in_last_24h: boolean }) => i.in_last_24h))
      assert.ok(text.includes(incident.site), `the PDF names ${incident.site}`);
    assert.match(await pdfOf('/api/briefs/live?date=2025-04-16&format=pdf&lang=en'), /Incidents of the night/);
  });

  test('a reader of another organisation gets a brief without the AMBER wave and without the risk model', async () => {
    const brief = await outsider.get('/api/briefs/live?date=2025-04-16');
    assert.equal(brief.status, 200, brief.text);
    assert.equal(
      brief.json.campaigns.some(
        (c: { sites: string[]; withheld: boolean }) =>
          c.sites.some((site) => site.includes('Toulon-La Farlède')) && !c.withheld,
      ),
      false,
    );
    assert.equal(brief.json.risk, null);
    assert.match(brief.json.markdown, /Réservé aux analystes/);
  });

  test('a date that is not a date is refused naming the field', async () => {
    const bad = await analyst.get('/api/briefs/live?date=16-04-2025');
    assert.equal(bad.status, 400);
    assert.equal(bad.json.error.details[0].path, 'date');
  });

  test('47 t of cocaine in the first 11 months of 2024 comes out as double 2023', async () => {
    const ytd = await analyst.get('/api/seizures/ytd?date=2024-11-30&drug=cocaine');
    assert.equal(ytd.status, 200, ytd.text);
    assert.equal(ytd.json.current.kilograms, 47_000);
    assert.equal(ytd.json.previous_year.kilograms, 23_500);
    assert.equal(ytd.json.ratio_to_previous_year, 2);
    assert.equal(ytd.json.months, 11);
    assert.match(
      ytd.json.sentence.en,
      /^47 t of cocaine in the first 11 months of 2024: double the whole of 2023 \(23\.5 t\)/,
    );
    assert.match(
      ytd.json.sentence.fr,
      /^47 t de cocaïne sur les 11 premiers mois de 2024 : le double de toute l’année 2023/,
    );
  });

  test('totals by month and agency, international seizures with their cartels, and a CSV export', async () => {
    const months = await analyst.get('/api/seizures/stats?group_by=month&from=2024-01-01&to=2024-12-31&drug=cocaine');
    assert.equal(months.status, 200, months.text);
    assert.equal(months.json.groups.length, 12);
    assert.equal(months.json.total.kilograms, 48_400);
    const agencies = await analyst.get('/api/seizures/stats?group_by=agency&from=2023-01-01&to=2024-11-30');
    assert.equal(agencies.json.groups[0].key, 'Douane');
    const international = await analyst.get('/api/seizures/facts?country=EC,PE');
    assert.deepEqual(
      international.json.items.map((s: { organisation: { name: string } }) => s.organisation.name).sort(),
      ['Jalisco New Generation', 'Sinaloa'],
    );
    assert.ok(international.json.items.every((s: { vessel: string | null }) => s.vessel));
    const file = await analyst.get('/api/seizures/stats?group_by=drug&format=csv');
    assert.equal(file.headers.get('content-type'), 'text/csv; charset=utf-8');
    assert.match(file.text, /^key,label,kilograms,count\ncocaine,cocaine,/);
    const bad = await analyst.get('/api/seizures/stats?group_by=week&drug=crack');
    assert.equal(bad.status, 400);
    assert.ok(
      bad.json.error.details.some((d: { path: string }) => d.path === 'group_by'),
      bad.text,
    );
    const drug = await analyst.get('/api/seizures/stats?drug=crack');
    assert.equal(drug.json.error.details[0].path, 'drug');
  });

  test('the daily generation archives one brief per organisation once, even when run twice at the same time, and publishes it', async () => {
    assert.equal((await analyst.post('/api/briefs/generate', { date: '2025-04-16' })).status, 403);
    const [first, second] = await Promise.all([
      supervisor.post('/api/briefs/generate', { date: '2025-04-16' }),
      supervisor.post('/api/briefs/generate', { date: '2025-04-16' }),
    ]);
    assert.equal(first.status, 201, first.text);
    const organisations = (await context.identity.listOrganisations()).length;
    assert.equal(first.json.items.length + second.json.items.length, organisations);
    const again = await supervisor.post('/api/briefs/generate', { date: '2025-04-16' });
    assert.equal(again.json.items.length, 0);
    assert.equal(recorder.ofType('brief.published').length, organisations);
    const found = await analyst.get('/api/briefs?q=toulon-la farlède');
    assert.equal(found.json.total, 1, found.text);
    assert.equal(found.json.items[0].date, '2025-04-16');
    const archived = await analyst.get(`/api/briefs/${found.json.items[0].id}?format=md`);
    assert.match(archived.text, /Toulon-La Farlède/);
    const archivedPdf = await createApp(context).request(`/api/briefs/${found.json.items[0].id}?format=pdf`, {
      headers: { authorization: `Bearer ${analyst.user.token}` },
    });
    assert.equal(archivedPdf.headers.get('content-type'), 'application/pdf');
    const { text: archivedText } = await extractText(
      await getDocumentProxy(new Uint8Array(await archivedPdf.arrayBuffer())),
      { mergePages: true },
    );
    assert.match(archivedText, /Toulon-La Farlède/);
    assert.equal((await analyst.get('/api/briefs?q=nothing-like-this')).json.total, 0);
    // another organisation's reader sees its own brief only
    const theirs = await outsider.get('/api/briefs');
    assert.equal(theirs.json.total, 1);
    assert.equal((await outsider.get(`/api/briefs/${found.json.items[0].id}`)).status, 404);
  });

  test('two schedulers on one store generate the briefs of the day once, only after the brief time in Paris', async () => {
    const organisations = (await context.identity.listOrganisations()).length;
    const [first, second] = [new BriefScheduler(context.briefs), new BriefScheduler(context.briefs)];
    // 06:00 in Paris (summer time): too early for the 06:30 brief
    assert.deepEqual(
      await Promise.all([first.tick(new Date('2025-04-17T04:00:00Z')), second.tick(new Date('2025-04-17T04:00:00Z'))]),
      [0, 0],
    );
    const stored = await Promise.all([
      first.tick(new Date('2025-04-17T04:31:00Z')),
      second.tick(new Date('2025-04-17T04:31:00Z')),
    ]);
    assert.equal(stored[0] + stored[1], organisations);
    assert.equal(await first.tick(new Date('2025-04-17T09:00:00Z')), 0);
    const archived = await supervisor.get('/api/briefs');
    assert.deepEqual(
      archived.json.items.map((item: { date: string }) => item.date),
      ['2025-04-17', '2025-04-16'],
    );
    assert.equal(
      recorder.ofType('brief.published').filter((event) => event.payload.date === '2025-04-17').length,
      organisations,
    );
  });
});
