/**
 * Alerts benchmark (`npm run bench:alerts`): the time from an incident's POST to the alert it raises
 * on a live SSE client and at a local webhook receiver (signature checked), over a large history, with
 * the plain POST round trip of the same requests as the baseline.
 *
 *   node --import tsx bench/alerts.bench.ts [--rows 1000000] [--store postgres|pglite] [--samples 200] [--event alert|incident]
 *
 * The history is written with multi-row INSERTs of the demo's seeded synthetic incidents, marked as
 * already analysed and alerted on (as after an import that the runtimes caught up with; the import
 * path is measured by bench:ingest). With `--event alert` (the default) each POST is a threat against
 * an officer at home: the alert rules run after the write (all shipped rules, over the history), the
 * staff-threat rule opens an alert with its playbook's tasks, and the figure is the time to its
 * `alert.opened` event. With `--event incident` the rules are off and the event is the write's own
 * `incident.created` (the notification path alone). The detection's hook is off in both: the wave
 * path is measured by bench:detect.
 * Prints a markdown table and writes bench/results/alerts-<date>.json.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startServer } from '../src/api/server.ts';
import { SYSTEM_PRINCIPAL } from '../src/core/shared/principal.ts';
import { prepareIncident } from '../src/core/incident/incident.service.ts';
import { addWebhook } from '../src/core/notifications/webhook.service.ts';
import { generateSyntheticIncidents } from '../src/demo/background.ts';
import type { NewIncidentRow } from '../src/store/schema.ts';
import { account } from '../test/support/accounts.ts';
import { incidentInput } from '../test/support/factories.ts';
import { sseClient } from '../test/support/sse-client.ts';
import { webhookReceiver } from '../test/support/webhook-receiver.ts';

const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '1000000' },
    store: { type: 'string', default: 'postgres' },
    samples: { type: 'string', default: '200' },
    event: { type: 'string', default: 'alert' },
  },
});
const alertMode = values.event !== 'incident';
const rows = Number(values.rows);
const samples = Number(values.samples);
process.env.VIGIE_TEST_STORE = values.store;
const { freshStore } = await import('../test/support/test-store.ts');
const { openVigie } = await import('../src/context.ts');

const percentile = (list: number[], p: number) => {
  const sorted = [...list].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const round = (ms: number) => Math.round(ms * 10) / 10;

const store = await freshStore();
const context = await openVigie({ dataDir: store.dataDir, databaseUrl: store.databaseUrl });
const caller = { principal: SYSTEM_PRINCIPAL, address: 'bench' };
const facilities = context.gazetteer.facilities.map((f) => ({ id: f.id, kind: f.kind, department: f.department_code }));
const loadStarted = performance.now();
let batch: NewIncidentRow[] = [];
let loaded = 0;
for (const incident of generateSyntheticIncidents(rows, 20251126, facilities)) {
  const { record } = prepareIncident(JSON.parse(JSON.stringify(incident)), context.gazetteer, caller.principal);
  if (!record) continue;
  const { staff: _staff, ...fields } = record;
  batch.push({
    ...fields,
    id: randomUUID(),
    owner_org_id: caller.principal.organisationId,
    created_by: null,
    staff_sealed: null,
    signatures: JSON.stringify(fields.signatures),
    sources: JSON.stringify(fields.sources),
    analysed_version: 1,
    alerted_version: 1,
  } as NewIncidentRow);
  if (batch.length === 1000) {
    await context.store.db.insertInto('incidents').values(batch).execute();
    loaded += batch.length;
    batch = [];
    if (loaded % 100_000 === 0)
      console.error(`history: ${loaded} incidents in ${((performance.now() - loadStarted) / 1000).toFixed(0)} s`);
  }
}
if (batch.length > 0) {
  await context.store.db.insertInto('incidents').values(batch).execute();
  loaded += batch.length;
}
const loadSeconds = (performance.now() - loadStarted) / 1000;

// The detection's after-write hook is left out (bench:detect measures it); the alert rules' runs in alert mode.
context.incidents.afterWrite = alertMode
  ? () => {
      void context.alerting.incidentsWritten();
    }
  : undefined;
const server = await startServer({
  dataDir: store.dataDir,
  context,
  port: 0,
  detection: false,
  feeds: false,
  alerts: false,
} as Parameters<typeof startServer>[0]);
const receiver = await webhookReceiver();
const { secret } = await addWebhook(context.subscriptions, caller, {
  name: 'bench',
  url: receiver.url,
  event_types: [alertMode ? 'alert.opened' : 'incident.created'],
  min_severity: 'info',
  enabled: true,
});
receiver.setSecret(secret);
const analyst = await account(context, { role: 'analyst' });
const auth = { authorization: `Bearer ${analyst.token}` };
const stream = await sseClient(`${server.url}/api/stream`, auth);

/** The event the sample waits for: the alert opened on the incident, or the incident's own creation. */
type EventBody = { type?: string; subject_id?: string; data?: { incident_ids?: string[] } };
const isAbout = (body: EventBody, incidentId: string) =>
  alertMode
    ? body.type === 'alert.opened' && (body.data?.incident_ids ?? []).includes(incidentId)
    : body.subject_id === incidentId;

const post: number[] = [],
  sse: number[] = [],
  hook: number[] = [];
let badSignatures = 0;
for (let i = 0; i < samples + 5; i += 1) {
  const started = performance.now();
  const response = await fetch(`${server.url}/api/incidents`, {
    method: 'POST',
    headers: { ...auth, 'content-type': 'application/json' },
    body: JSON.stringify(
      incidentInput(
        alertMode
          ? {
              external_id: `bench-${i}`,
              marking: 'GREEN',
              event_types: ['threat'],
              target_kinds: ['staff_home'],
              signatures: [],
            }
          : { external_id: `bench-${i}`, marking: 'GREEN' },
      ),
    ),
  });
  const created = (await response.json()) as { id: string };
  const answered = performance.now();
  let seenStream = 0,
    seenHook = 0;
  while (!seenStream || !seenHook) {
    if (!seenStream && stream.events.some((e) => isAbout(e.data as EventBody, created.id)))
      seenStream = performance.now();
    const delivered = receiver.received.find((r) => isAbout(r.body as EventBody, created.id));
    if (!seenHook && delivered) {
      seenHook = performance.now();
      if (!delivered.signatureOk) badSignatures += 1;
    }
    if (performance.now() - started > 10_000) throw new Error(`sample ${i}: no event within 10 s`);
    await new Promise((resolve) => setImmediate(resolve));
  }
  if (i < 5) continue; // warm-up
  post.push(answered - started);
  sse.push(seenStream - started);
  hook.push(seenHook - started);
}
await stream.close();
await receiver.close();
const rss = Math.round(process.memoryUsage().rss / 1e6);
await server.close();
await store.drop();

const stats = (list: number[]) => ({
  median: round(percentile(list, 50)),
  p99: round(percentile(list, 99)),
  max: round(Math.max(...list)),
});
const result = {
  date: new Date().toISOString(),
  store: values.store,
  event: alertMode ? 'alert.opened' : 'incident.created',
  history: loaded,
  historyLoadSeconds: Math.round(loadSeconds),
  samples,
  postRoundTrip: stats(post),
  toSse: stats(sse),
  toWebhook: stats(hook),
  ratio: {
    sseMedian: round(percentile(sse, 50) / percentile(post, 50)),
    webhookMedian: round(percentile(hook, 50) / percentile(post, 50)),
    webhookP99: round(percentile(hook, 99) / percentile(post, 99)),
  },
  badSignatures,
  rssMb: rss,
  machine: { cpus: cpus().length, load: loadavg().map((l) => Math.round(l * 100) / 100) },
};
console.log(
  [
    `Alerts latency (${result.event}), ${values.store}, ${loaded.toLocaleString('en')} incidents in history, ${samples} samples (ms from the POST being sent)`,
    '| path | median | p99 | max |',
    '| --- | --- | --- | --- |',
    `| POST /api/incidents round trip (baseline) | ${result.postRoundTrip.median} | ${result.postRoundTrip.p99} | ${result.postRoundTrip.max} |`,
    `| ${result.event} on the SSE stream | ${result.toSse.median} | ${result.toSse.p99} | ${result.toSse.max} |`,
    `| ${result.event} at the webhook receiver | ${result.toWebhook.median} | ${result.toWebhook.p99} | ${result.toWebhook.max} |`,
    `ratios to the POST: SSE median ${result.ratio.sseMedian}, webhook median ${result.ratio.webhookMedian}, webhook p99 ${result.ratio.webhookP99}; bad signatures ${badSignatures}; RSS ${rss} MB; history loaded in ${result.historyLoadSeconds} s`,
  ].join('\n'),
);
mkdirSync(join(import.meta.dirname, 'results'), { recursive: true });
writeFileSync(
  join(import.meta.dirname, 'results', `alerts-${result.event}-${result.date.slice(0, 10)}.json`),
  `${JSON.stringify(result, null, 2)}\n`,
);
