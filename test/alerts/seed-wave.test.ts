import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { VigieContext } from '../../src/context.ts';
import { SYSTEM_PRINCIPAL } from '../../src/core/access/access.ts';
import { listAlerts, getAlert } from '../../src/core/alerts/alert.service.ts';
import { importIncidents } from '../../src/core/incident/incident.service.ts';
import { currentPosture } from '../../src/core/posture/posture.service.ts';
import { SEED_INCIDENTS } from '../../src/demo/seed-events.ts';
import { RecordingPublisher } from '../support/recording-publisher.ts';
import { freshContext, TEST_STORE } from '../support/test-store.ts';

const system = { principal: SYSTEM_PRINCIPAL, address: 'test' };

describe(`the seed wave raises its alerts on ${TEST_STORE}`, () => {
  let context: VigieContext;
  const recorder = new RecordingPublisher();

  before(async () => {
    context = await freshContext();
    context.events.attach(recorder);
    await context.detection.start();
    const result = await importIncidents(context.incidents, system, SEED_INCIDENTS.map((value, index) => ({ row: index + 1, value })));
    assert.equal(result.skipped, 0);
    await context.detection.idle();
    await context.alerting.idle();
  });
  after(async () => { await context.close(); });

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
    assert.ok(posture.proposed.some((p) => p.level === 'reinforced' && wave.sites.includes(p.scope_id)), 'reinforced proposed at the wave sites');
    assert.ok(recorder.ofType('alert.opened').some((e) => e.subjectId === wave.id));
    assert.ok(recorder.ofType('task.opened').length >= 4);
    assert.ok(recorder.ofType('posture.proposed').length >= 2);
  });

  test('the officer threatened at home raises a staff-threat alert with its four tasks', async () => {
    const { items } = await listAlerts(context.alerts, system, {}, 100, 0);
    const staff = items.filter((alert) => alert.kind === 'staff_threat');
    assert.ok(staff.length >= 1, 'a staff-threat alert');
    const detail = await getAlert(context.alerts, system, staff[0].id);
    assert.deepEqual(detail.tasks.map((t) => t.title_en), ['Protect the threatened officer', 'Inform the staff-protection unit', 'File a complaint', "Review the officer's commute"]);
  });

  test('a rule re-firing on the same campaign updates the open alert instead of opening another', async () => {
    const before = (await listAlerts(context.alerts, system, {}, 200, 0)).items.filter((a) => a.kind === 'wave_alarm');
    const alarm = (await context.campaigns.alarmsOf(before[0].campaign_id!))[0];
    await context.alerting.waveAlarm({ ...alarm, incident_ids: [...alarm.incident_ids] });
    const afterwards = (await listAlerts(context.alerts, system, {}, 200, 0)).items.filter((a) => a.kind === 'wave_alarm');
    assert.equal(afterwards.length, before.length);
  });
});
