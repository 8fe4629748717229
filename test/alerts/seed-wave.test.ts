import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { VigieContext } from '../../src/context.ts';
import { SYSTEM_PRINCIPAL } from '../../src/core/shared/principal.ts';
import { startServer, type RunningServer } from '../../src/api/server.ts';
import { listAlerts, getAlert } from '../../src/core/alerts/alert.service.ts';
import { currentPosture } from '../../src/core/posture/posture.service.ts';
import { SEED_INCIDENTS } from '../../src/demo/seed-events.ts';
import { signedInClient } from '../support/api-client.ts';
import { RecordingPublisher } from '../support/recording-publisher.ts';
import { sseClient } from '../support/sse-client.ts';
import { freshContext, TEST_STORE } from '../support/test-store.ts';
import { webhookReceiver } from '../support/webhook-receiver.ts';

// The test's receivers and feeds listen on loopback, which the fetch guard refuses unless allowed.
process.env.VIGIE_FETCH_ALLOW = '127.0.0.1/32';

const system = { principal: SYSTEM_PRINCIPAL, address: 'test' };

/**
 * End to end through the surfaces people use: a supervisor subscribes a webhook, an analyst cleared
 * for STAFF listens to the live stream, the seed events are imported over HTTP; the running server's
 * detection and alert rules do the rest.
 */
describe(`the seed wave raises its alerts on ${TEST_STORE}`, () => {
  let context: VigieContext;
  let server: RunningServer;
  const recorder = new RecordingPublisher();
  let receiver: Awaited<ReturnType<typeof webhookReceiver>>;
  let stream: Awaited<ReturnType<typeof sseClient>>;

  before(async () => {
    context = await freshContext();
    context.events.attach(recorder);
    server = await startServer({ dataDir: '', context, port: 0, feeds: false } as Parameters<typeof startServer>[0]);
    receiver = await webhookReceiver();
    const supervisor = await signedInClient(context, { role: 'supervisor' });
    const webhook = await supervisor.post('/api/webhooks', {
      name: 'Cellule de crise',
      url: receiver.url,
      event_types: ['alert.opened'],
      min_severity: 'high',
    });
    assert.equal(webhook.status, 201, webhook.text);
    receiver.setSecret(webhook.json.secret);
    const analyst = await signedInClient(context, { role: 'analyst', compartments: ['STAFF'] });
    stream = await sseClient(`${server.url}/api/stream`, { authorization: `Bearer ${analyst.user.token}` });
    const imported = await analyst.upload('/api/incidents/import', JSON.stringify(SEED_INCIDENTS), 'application/json');
    assert.equal(imported.status, 200, imported.text);
    assert.equal(imported.json.skipped, 0);
    await context.detection.idle();
    await context.alerting.idle();
  });
  after(async () => {
    await stream.close();
    await server.close();
    await receiver.close();
  });

  test('the alerts reach the live stream and a signed webhook at the receiver', async () => {
    const { items } = await listAlerts(context.alerts, system, { state: ['open'] }, 100, 0);
    const opened = (kind: string) => items.filter((alert) => alert.kind === kind).map((alert) => alert.id);
    const wave = opened('wave_alarm');
    const staff = opened('staff_threat');
    assert.ok(
      wave.length >= 1 && staff.length >= 1,
      `wave and staff alerts among ${items.map((a) => a.kind).join(', ')}`,
    );
    await stream.until(
      () =>
        [...wave, ...staff].every((id) =>
          stream.events.some((e) => e.data.type === 'alert.opened' && e.data.subject_id === id),
        ),
      30_000,
    );
    assert.ok(
      stream.events.some((e) => e.data.type === 'task.opened'),
      'the playbook tasks too',
    );
    await receiver.until((received) => received.some((r) => r.body.subject_id === wave[0]), 30_000);
    const delivered = receiver.received.filter((r) => r.body.subject_id === wave[0]);
    assert.equal(delivered.length, 1, 'delivered once');
    assert.equal(delivered[0].signatureOk, true, 'the receiver verifies the HMAC signature');
    assert.equal(delivered[0].event, 'alert.opened');
    assert.equal(delivered[0].body.severity, 'critical');
  });

  test('importing the seed events raises the wave alert with its playbook tasks and posture proposals', async () => {
    const { items } = await listAlerts(context.alerts, system, { state: ['open'] }, 100, 0);
    const wave = items.find((alert) => alert.kind === 'wave_alarm');
    assert.ok(wave, `a wave alert among ${items.map((a) => a.kind).join(', ')}`);
    assert.equal(wave.severity, 'critical');
    assert.ok(wave.campaign_id, 'the campaign behind it');
    assert.ok(wave.sites.length >= 2);
    const detail = await getAlert(context.alerts, system, wave.id);
    assert.equal(detail.tasks.length, 4, 'the wave playbook');
    assert.match(detail.tasks[0].title, /rondes/);
    assert.ok(detail.history.some((entry) => entry.action === 'opened'));
    const posture = await currentPosture(context.alerts.posture);
    assert.ok(
      posture.proposed.some((p) => p.level === 'reinforced' && wave.sites.includes(p.scope_id)),
      'reinforced proposed at the wave sites',
    );
    assert.ok(recorder.ofType('alert.opened').some((e) => e.subjectId === wave.id));
    assert.ok(recorder.ofType('task.opened').length >= 4);
    assert.ok(recorder.ofType('posture.proposed').length >= 2);
  });

  test('the officer threatened at home raises a staff-threat alert with its four tasks', async () => {
    const { items } = await listAlerts(context.alerts, system, {}, 100, 0);
    const staff = items.filter((alert) => alert.kind === 'staff_threat');
    assert.ok(staff.length >= 1, 'a staff-threat alert');
    const detail = await getAlert(context.alerts, system, staff[0].id);
    assert.deepEqual(
      detail.tasks.map((t) => t.title_en),
      [
        'Protect the threatened officer',
        'Inform the staff-protection unit',
        'File a complaint',
        "Review the officer's commute",
      ],
    );
  });

  test('a rule re-firing on the same campaign updates the open alert instead of opening another', async () => {
    const before = (await listAlerts(context.alerts, system, {}, 200, 0)).items.filter((a) => a.kind === 'wave_alarm');
    const alarm = (await context.campaigns.alarmsOf(before[0].campaign_id!))[0];
    await context.alerting.waveAlarm({ ...alarm, incident_ids: [...alarm.incident_ids] });
    const afterwards = (await listAlerts(context.alerts, system, {}, 200, 0)).items.filter(
      (a) => a.kind === 'wave_alarm',
    );
    assert.equal(afterwards.length, before.length);
  });
});
