import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { VigieContext } from '../../src/context.ts';
import { AlertRuntime } from '../../src/core/alerts/alert.runtime.ts';
import { apiClient, signedInClient } from '../support/api-client.ts';
import { incidentInput } from '../support/factories.ts';
import { RecordingPublisher } from '../support/recording-publisher.ts';
import { freshContext, TEST_STORE } from '../support/test-store.ts';

describe(`alerts, posture and tasks API on ${TEST_STORE}`, () => {
  let context: VigieContext;
  let analyst: Awaited<ReturnType<typeof signedInClient>>;
  let supervisor: Awaited<ReturnType<typeof signedInClient>>;
  let reporter: Awaited<ReturnType<typeof signedInClient>>;
  const recorder = new RecordingPublisher();
  let staffAlertId = '';

  before(async () => {
    context = await freshContext();
    context.events.attach(recorder);
    analyst = await signedInClient(context, { role: 'analyst' });
    supervisor = await signedInClient(context, { role: 'supervisor' });
    reporter = await signedInClient(context, { role: 'reporter', org: 'Elsewhere' });
    const threat = await analyst.post(
      '/api/incidents',
      incidentInput({
        facility: 'fr-toulon-la-farlede-cp',
        occurred: { night_of: '2025-04-14' },
        event_types: ['threat', 'graffiti'],
        target_kinds: ['staff_home'],
        marking: 'AMBER',
      }),
    );
    assert.equal(threat.status, 201, threat.text);
    await context.alerting.idle();
    const list = await analyst.get('/api/alerts?state=open');
    staffAlertId = list.json.items.find((a: { kind: string }) => a.kind === 'staff_threat').id;
  });
  after(async () => {
    await context.close();
  });

  test('lists and shows the staff-threat alert with its history, incidents and tasks', async () => {
    const detail = await analyst.get(`/api/alerts/${staffAlertId}`);
    assert.equal(detail.status, 200, detail.text);
    assert.equal(detail.json.severity, 'high');
    assert.equal(detail.json.incident_ids.length, 1);
    assert.equal(detail.json.tasks.length, 4);
    assert.equal(detail.json.history[0].action, 'opened');
  });

  test('a reader of another organisation does not see an AMBER alert', async () => {
    assert.equal((await reporter.get(`/api/alerts/${staffAlertId}`)).status, 404);
    assert.equal((await reporter.get('/api/alerts')).json.total, 0);
  });

  test('acknowledges, refuses a second acknowledgement with 409, dismisses only with a reason, then resolves', async () => {
    const ack = await analyst.post(`/api/alerts/${staffAlertId}/acknowledge`, {});
    assert.equal(ack.status, 200, ack.text);
    assert.equal(ack.json.state, 'acknowledged');
    const again = await analyst.post(`/api/alerts/${staffAlertId}/acknowledge`, {});
    assert.equal(again.status, 409);
    assert.equal(again.json.error.code, 'invalid_transition');
    const dismiss = await analyst.post(`/api/alerts/${staffAlertId}/dismiss`, {});
    assert.equal(dismiss.status, 400);
    assert.equal(dismiss.json.error.details[0].path, 'reason');
    const assign = await analyst.post(`/api/alerts/${staffAlertId}/assign`, { assignee_id: supervisor.user.id });
    assert.equal(assign.json.assignee_id, supervisor.user.id);
    const resolved = await analyst.post(`/api/alerts/${staffAlertId}/resolve`, {
      reason: 'officer relocated',
      version: assign.json.version,
    });
    assert.equal(resolved.status, 200, resolved.text);
    const history = (await analyst.get(`/api/alerts/${staffAlertId}`)).json.history.map(
      (h: { action: string }) => h.action,
    );
    assert.deepEqual(history.slice(-3), ['acknowledged', 'assigned', 'resolved']);
    assert.ok(recorder.ofType('alert.resolved').some((e) => e.subjectId === staffAlertId));
  });

  test('tasks: filter mine and overdue, update at the version read, comment; reporters may not work them', async () => {
    const tasks = await analyst.get(`/api/tasks?alert_id=${staffAlertId}`);
    assert.equal(tasks.json.total, 4);
    const first = tasks.json.items[0];
    const updated = await analyst.patch(`/api/tasks/${first.id}`, {
      version: first.version,
      state: 'in_progress',
      assignee_id: analyst.user.id,
    });
    assert.equal(updated.status, 200, updated.text);
    assert.equal(
      (await analyst.patch(`/api/tasks/${first.id}`, { version: first.version, state: 'done' })).status,
      409,
    );
    assert.equal((await analyst.get('/api/tasks?assignee=me')).json.total, 1);
    const comment = await analyst.post(`/api/tasks/${first.id}/comments`, { text: 'officer escorted home' });
    assert.equal(comment.status, 201);
    const late = await analyst.patch(`/api/tasks/${first.id}`, {
      version: updated.json.version,
      due_at: '2025-01-01T00:00:00Z',
    });
    assert.equal(late.json.overdue, true);
    assert.equal((await analyst.get('/api/tasks?overdue=true')).json.total, 1);
    await context.alerting.tick();
    await context.alerting.tick();
    assert.equal(recorder.ofType('task.overdue').filter((e) => e.subjectId === first.id).length, 1, 'announced once');
    const playbooks = await analyst.get('/api/playbooks');
    assert.deepEqual(playbooks.json.items.map((p: { id: string }) => p.id).sort(), ['staff-threat', 'wave']);
  });

  test('a task is given to an account of the organisation that may work it, never outside it, and the change is audited', async () => {
    const outsider = await signedInClient(context, { role: 'analyst', org: 'Elsewhere' });
    const homeReporter = await signedInClient(context, { role: 'reporter' });
    const task = (await analyst.get(`/api/tasks?alert_id=${staffAlertId}`)).json.items[1];
    const offered = (await analyst.get(`/api/tasks/${task.id}/assignees`)).json.items.map((a: { id: string }) => a.id);
    assert.ok(offered.includes(supervisor.user.id) && offered.includes(analyst.user.id), offered.join());
    assert.ok(!offered.includes(outsider.user.id) && !offered.includes(homeReporter.user.id), 'only who may work it');
    for (const refused of [outsider, homeReporter])
      assert.equal(
        (await analyst.patch(`/api/tasks/${task.id}`, { version: task.version, assignee_id: refused.user.id })).status,
        403,
      );
    const given = await analyst.patch(`/api/tasks/${task.id}`, {
      version: task.version,
      assignee_id: supervisor.user.id,
    });
    assert.equal(given.status, 200, given.text);
    assert.equal(given.json.context.assignee, supervisor.user.username);
    const audit = await supervisor.get(`/api/audit?object_id=${task.id}`);
    const event = audit.json.items.find((e: { action: string }) => e.action === 'task.assign');
    assert.deepEqual(
      [event?.actor_id, event?.details.from, event?.details.to],
      [analyst.user.id, null, supervisor.user.id],
    );
  });

  test('rules and watchlist: supervisors configure, analysts read, a watched tag seen again raises an alert', async () => {
    assert.equal((await analyst.post('/api/watchlist', { kind: 'tag', value: 'DZ Mafia' })).status, 403);
    const bad = await supervisor.post('/api/watchlist', { kind: 'plate', value: 'AB-123-CD' });
    assert.equal(bad.status, 400);
    assert.equal(bad.json.error.details[0].path, 'kind');
    const watch = await supervisor.post('/api/watchlist', {
      kind: 'tag',
      value: 'DZ Mafia',
      note: 'claimed the Marseille attacks',
    });
    assert.equal(watch.status, 201, watch.text);
    assert.equal(watch.json.normalized, 'dzmafia');
    assert.equal((await supervisor.post('/api/watchlist', { kind: 'tag', value: 'dz-mafia' })).status, 409);
    await analyst.post(
      '/api/incidents',
      incidentInput({
        facility: 'fr-marseille-cp',
        occurred: { date: '2025-04-15' },
        event_types: ['graffiti'],
        target_kinds: ['facility'],
        signatures: [{ kind: 'tag', text: 'D.Z. MAFIA' }],
        marking: 'GREEN',
      }),
    );
    await context.alerting.idle();
    const alerts = (await analyst.get('/api/alerts?state=open')).json.items;
    assert.ok(
      alerts.some((a: { kind: string; title: string }) => a.kind === 'watchlist' && a.title.includes('DZ Mafia')),
    );
    const rules = await analyst.get('/api/alert-rules');
    const gunfire = rules.json.items.find((r: { kind: string }) => r.kind === 'weapon_at_facility');
    assert.equal(
      (await analyst.patch(`/api/alert-rules/${gunfire.id}`, { version: gunfire.version, enabled: false })).status,
      403,
    );
    const changed = await supervisor.patch(`/api/alert-rules/${gunfire.id}`, {
      version: gunfire.version,
      severity: 'critical',
    });
    assert.equal(changed.json.severity, 'critical');
    assert.equal(
      (await supervisor.patch(`/api/alert-rules/${gunfire.id}`, { version: gunfire.version, severity: 'low' })).status,
      409,
    );
    assert.equal(
      (await supervisor.post('/api/alert-rules', { kind: 'incident_count', name: 'x', severity: 'loud' })).json.error
        .details[0].path,
      'severity',
    );
    assert.equal((await supervisor.call('DELETE', `/api/watchlist/${watch.json.id}`)).status, 204);
  });

  test('posture: supervisors set a level with reason and expiry; proposals are accepted once; history kept; expiry handled', async () => {
    assert.equal(
      (
        await analyst.post('/api/posture', {
          scope: 'site',
          scope_id: 'fr-valence-cp',
          level: 'high',
          reason: 'threats',
        })
      ).status,
      403,
    );
    const unknown = await supervisor.post('/api/posture', {
      scope: 'site',
      scope_id: 'nowhere',
      level: 'high',
      reason: 'threats',
    });
    assert.equal(unknown.json.error.details[0].path, 'scope_id');
    const set = await supervisor.post('/api/posture', {
      scope: 'site',
      scope_id: 'fr-valence-cp',
      level: 'high',
      reason: 'threats against staff',
      expires_at: new Date(Date.now() + 3_600_000).toISOString(),
    });
    assert.equal(set.status, 201, set.text);
    const replaced = await supervisor.post('/api/posture', {
      scope: 'site',
      scope_id: 'fr-valence-cp',
      level: 'maximal',
      reason: 'shots fired',
    });
    const current = await reporter.get('/api/posture');
    assert.equal(current.status, 200);
    assert.deepEqual(
      current.json.active
        .filter((p: { scope_id: string }) => p.scope_id === 'fr-valence-cp')
        .map((p: { level: string }) => p.level),
      ['maximal'],
    );
    const history = await supervisor.get('/api/posture/history?scope=site&scope_id=fr-valence-cp');
    assert.deepEqual(
      history.json.items.map((p: { state: string }) => p.state),
      ['active', 'superseded'],
    );
    const { proposePosture } = await import('../../src/core/posture/posture.service.ts');
    const proposal = await proposePosture(context.alerts.posture, {
      scope: 'site',
      scopeId: 'fr-nanterre-ma',
      level: 'reinforced',
      reason: 'wave',
      alertId: staffAlertId,
    });
    const accepted = await supervisor.post(`/api/posture/${proposal!.id}/accept`, {});
    assert.equal(accepted.json.state, 'active');
    assert.equal((await supervisor.post(`/api/posture/${proposal!.id}/reject`, {})).status, 409);
    // An injected clock past the expiry: the level lapses.
    const later = new AlertRuntime({
      ...context.alerts,
      posture: { ...context.alerts.posture, now: () => new Date(Date.now() + 30 * 86_400_000) },
    });
    assert.ok((await later.tick()).expired >= 1);
    assert.ok(!(await reporter.get('/api/posture')).json.active.some((p: { id: string }) => p.id === proposal!.id));
    void replaced;
  });

  test('an alert not acknowledged in time is escalated along its chain, says so and publishes alert.escalated', async () => {
    const created = await analyst.post(
      '/api/incidents',
      incidentInput({
        facility: 'fr-villepinte-ma',
        occurred: { night_of: '2025-04-13' },
        event_types: ['gunfire'],
        target_kinds: ['facility'],
        marking: 'GREEN',
      }),
    );
    assert.equal(created.status, 201);
    await context.alerting.idle();
    const alert = (await analyst.get('/api/alerts?state=open')).json.items.find(
      (a: { kind: string }) => a.kind === 'weapon_at_facility',
    );
    assert.ok(alert);
    let clock = Date.now() + 31 * 60_000;
    const runtime = new AlertRuntime({ ...context.alerts, now: () => new Date(clock) });
    assert.equal((await runtime.tick()).escalated, 1);
    clock += 120 * 60_000;
    await runtime.tick();
    const detail = await analyst.get(`/api/alerts/${alert.id}`);
    assert.equal(detail.json.escalation_level, 1, 'the last level of a one-level chain');
    assert.equal(detail.json.ack_due_at, null);
    const escalated = detail.json.history.find((h: { action: string }) => h.action === 'escalated');
    assert.deepEqual(
      { level: escalated.details.level, notify: escalated.details.notify },
      { level: 1, notify: 'supervisor' },
    );
    assert.ok(recorder.ofType('alert.escalated').some((e) => e.subjectId === alert.id));
  });

  test('a wave alarm opens an alert only when its window ended within the rule’s 14 days of the latest incident', async () => {
    const alarm = (id: string, end: string, sites = ['fr-valence-cp']) =>
      ({
        id,
        campaign_id: null,
        method: 'signature_burst',
        p_value: 0.001,
        recurrence_years: 10,
        window_start: new Date(Date.parse(end) - 7 * 86_400_000),
        window_end: new Date(end),
        sites,
        incident_ids: [],
      }) as unknown as Parameters<typeof context.alerting.waveAlarm>[0];
    // The latest incident is the threat of the night of 14 April 2025.
    await context.alerting.waveAlarm(alarm('00000000-0000-4000-8000-0000000000a1', '2024-01-20T00:00:00Z'));
    await context.alerting.waveAlarm(alarm('00000000-0000-4000-8000-0000000000a2', '2025-04-10T00:00:00Z'));
    const waves = (await analyst.get('/api/alerts?state=open')).json.items.filter(
      (a: { kind: string }) => a.kind === 'wave_alarm',
    );
    assert.equal(waves.length, 1);
    // the wave reaches Nîmes: the grown alert proposes a posture there too, as it did for its first sites
    const grown = ['fr-valence-cp', 'fr-nimes-ma'];
    await context.alerting.waveAlarm(alarm('00000000-0000-4000-8000-0000000000a2', '2025-04-11T00:00:00Z', grown));
    const proposed = (await supervisor.get('/api/posture')).json.proposed as Array<{
      scope_id: string;
      alert_id: string;
    }>;
    assert.ok(proposed.some((p) => p.scope_id === 'fr-nimes-ma' && p.alert_id === waves[0].id));
  });

  test('no token, no alerts', async () => {
    assert.equal((await apiClient(context).get('/api/alerts')).status, 401);
  });
});
