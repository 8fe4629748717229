import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { incidentInputSchema } from '../../core/incident/incident.schema.ts';
import { seizureInputSchema } from '../../core/seizure/seizure.schema.ts';
import { SEED_INCIDENTS } from '../../demo/seed-events.ts';
import { extractText } from './extract.ts';
import type { IncidentCandidate } from './extraction.types.ts';
import { referenceGazetteer } from './test-gazetteer.ts';

const SEED = readFileSync(
  join(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', 'extract-gold', 'tuning', 't00-seed-cnn-en.txt'),
  'utf8',
);
const interval = (occurred: Record<string, string>) =>
  occurred.night_of
    ? [
        Date.parse(`${occurred.night_of}T18:00:00+02:00`),
        Date.parse(`${occurred.night_of}T18:00:00+02:00`) + 14 * 3600_000,
      ]
    : [Date.parse(occurred.start ?? occurred.at), Date.parse(occurred.end ?? occurred.start ?? occurred.at)];

test('the seed article yields the seed demo incidents it names: site, event types and a span holding their night', () => {
  const candidates = extractText(SEED, referenceGazetteer(), { published: '2025-04-16' }).items[0].candidates.filter(
    (c): c is IncidentCandidate => c.kind === 'incident',
  );
  const named = SEED_INCIDENTS.filter((seed) => (seed.sources ?? []).some((s) => s.title?.startsWith('CNN')));
  assert.equal(named.length, 8);
  for (const seed of named.filter((s) => s.facility || s.place?.commune === 'Nancy')) {
    const found = candidates.find((c) =>
      seed.facility ? c.draft.facility === seed.facility : c.draft.place?.commune === seed.place?.commune,
    );
    assert.ok(found, `no candidate for ${seed.external_id}`);
    assert.ok(
      found.draft.event_types.length > 0 && found.draft.event_types.every((t) => seed.event_types.includes(t)),
      `${seed.external_id}: ${found.draft.event_types}`,
    );
    const [start, end] = interval(found.draft.occurred as Record<string, string>);
    const [seedStart] = interval(seed.occurred as Record<string, string>);
    assert.ok(start <= seedStart && seedStart <= end, `${seed.external_id}: ${JSON.stringify(found.draft.occurred)}`);
  }
  assert.equal(candidates.length, 7, 'nothing for the minister, the investigation or the US seizure');
});

test('every candidate draft validates against the incident and seizure schemas, and every quote is its span of the text', () => {
  const [item] = extractText(SEED, referenceGazetteer(), { published: '2025-04-16' }).items;
  for (const candidate of item.candidates) {
    const schema = candidate.kind === 'incident' ? incidentInputSchema : seizureInputSchema;
    assert.ok(
      schema.safeParse(candidate.draft).success,
      JSON.stringify(schema.safeParse(candidate.draft).error?.issues),
    );
    for (const evidence of candidate.evidence)
      assert.equal(item.text.slice(evidence.start, evidence.end), evidence.quote);
  }
});

test('splits an article per site and per night', () => {
  const text =
    "Dans la nuit du 15 au 16 avril, la voiture d'un surveillant a été incendiée devant la prison de Nîmes. " +
    'Dans la nuit du 16 au 17 avril, des tirs ont visé la porte de la prison de Tarascon. La même nuit, à Nîmes, un tag DDPF a été peint sur le mur.';
  const keys = extractText(text, referenceGazetteer(), { published: '2025-04-18' }).items[0].candidates.map(
    (c) => `${c.key} ${c.kind === 'incident' ? c.draft.event_types : ''}`,
  );
  assert.deepEqual(keys.sort(), [
    'fr-nimes-ma|2025-04-15 vehicle_arson',
    'fr-nimes-ma|2025-04-16 graffiti',
    'fr-tarascon-cd|2025-04-16 gunfire',
  ]);
});

test('reads HTML with entities and each item of an RSS feed', () => {
  const html =
    '<html><head><title>Toulon</title><script>var x = "prison de Nice";</script></head><body><p>Des tirs ont visé la prison de Toulon dans la nuit du 14&nbsp;au 15 avril. L&#39;enquête&hellip;</p></body></html>';
  const fromHtml = extractText(html, referenceGazetteer(), { published: '2025-04-16' });
  assert.equal(fromHtml.format, 'html');
  assert.deepEqual(
    fromHtml.items[0].candidates.map((c) => c.key),
    ['fr-toulon-la-farlede-cp|2025-04-14'],
  );
  const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>Feed</title>
    <item><title>Nîmes</title><link>https://example.org/a</link><pubDate>Wed, 16 Apr 2025 08:00:00 GMT</pubDate><description>Overnight, a car was set on fire outside Nîmes prison.</description></item>
    <item><title>Fresnes</title><link>https://example.org/b</link><pubDate>Fri, 20 Jun 2025 08:00:00 GMT</pubDate><description>A drone was intercepted above Fresnes prison on Wednesday night.</description></item>
  </channel></rss>`;
  const fromRss = extractText(rss, referenceGazetteer(), {});
  assert.equal(fromRss.format, 'rss');
  assert.deepEqual(
    fromRss.items.map((i) => i.candidates.map((c) => c.key)),
    [['fr-nimes-ma|2025-04-15'], ['fr-fresnes-cp|2025-06-18']],
  );
  assert.equal(fromRss.items[1].url, 'https://example.org/b');
});
