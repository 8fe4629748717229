import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import type { VigieContext } from '../../src/context.ts';
import { signedInClient } from '../support/api-client.ts';
import { incidentInput } from '../support/factories.ts';
import { freshContext, TEST_STORE } from '../support/test-store.ts';
import { TAXII_COLLECTIONS } from '../../src/export/stix/taxii-objects.ts';
import { sql } from 'kysely';

type Client = Awaited<ReturnType<typeof signedInClient>>;
const PNAT = 'Parquet national antiterroriste';

describe(`cases API on ${TEST_STORE}`, () => {
  let context: VigieContext;
  let analyst: Client;
  let colleague: Client;
  let reporter: Client;
  let prosecutor: Client;
  let outsider: Client;
  let caseId = '';
  let amberIncident = '';
  let strictIncident = '';
  let evidenceId = '';
  const evidenceText = 'photo de la façade, 15/04/2025\n';

  before(async () => {
    context = await freshContext();
    analyst = await signedInClient(context, { role: 'analyst' });
    colleague = await signedInClient(context, { role: 'supervisor' });
    reporter = await signedInClient(context, { role: 'reporter' });
    prosecutor = await signedInClient(context, { role: 'investigator', org: PNAT });
    outsider = await signedInClient(context, { role: 'analyst', org: 'Ailleurs' });
    const amber = await analyst.post('/api/incidents', incidentInput({ marking: 'AMBER' }));
    const strict = await analyst.post(
      '/api/incidents',
      incidentInput({ marking: 'AMBER+STRICT', facility: 'fr-marseille-cp' }),
    );
    assert.equal(amber.status, 201, amber.text);
    assert.equal(strict.status, 201, strict.text);
    amberIncident = amber.json.id;
    strictIncident = strict.json.id;
  });
  after(async () => {
    await context.close();
  });

  test('opens a case with a yearly reference, and refuses a short title naming the field', async () => {
    const bad = await analyst.post('/api/cases', { title: 'x' });
    assert.equal(bad.status, 400);
    assert.equal(bad.json.error.details[0].path, 'title');
    const created = await analyst.post('/api/cases', {
      title: "Vague d'attaques DDPF, avril 2025",
      summary: 'Tirs et incendies.',
    });
    assert.equal(created.status, 201, created.text);
    assert.match(created.json.reference, /^VIG-\d{4}-0001$/);
    caseId = created.json.id;
    const second = await analyst.post('/api/cases', { title: "Protection de l'agent menacé" });
    assert.match(second.json.reference, /^VIG-\d{4}-0002$/);
    assert.equal((await reporter.post('/api/cases', { title: 'Not for reporters' })).status, 403);
    const list = await analyst.get('/api/cases?state=open');
    assert.equal(list.json.total, 2);
  });

  test('adds the incidents and an actor the analyst reads, and refuses an unknown item naming the field', async () => {
    for (const id of [amberIncident, strictIncident])
      assert.equal((await analyst.post(`/api/cases/${caseId}/items`, { type: 'incident', id })).json.added, true);
    const gang = await context.actors.findOrCreateOrganisation('DDPF', 'group');
    assert.equal((await analyst.post(`/api/cases/${caseId}/items`, { type: 'actor', id: gang.id })).status, 200);
    const unknown = await analyst.post(`/api/cases/${caseId}/items`, {
      type: 'incident',
      id: '00000000-0000-4000-8000-0000000000ff',
    });
    assert.equal(unknown.status, 400);
    assert.equal(unknown.json.error.details[0].path, 'id');
    const note = await analyst.post(`/api/cases/${caseId}/notes`, { text: 'Revendication sur un compte Telegram.' });
    assert.equal(note.status, 201, note.text);
    const task = await analyst.post(`/api/cases/${caseId}/tasks`, { title: 'Requérir les vidéos' });
    assert.equal(task.status, 201, task.text);
    const detail = await analyst.get(`/api/cases/${caseId}`);
    assert.equal(detail.json.incidents.length, 2);
    assert.equal(detail.json.actors[0].name, 'DDPF');
    assert.equal(detail.json.tasks[0].title, 'Requérir les vidéos');
    assert.deepEqual(
      detail.json.members.map((m: { role: string }) => m.role),
      ['lead'],
    );
  });

  test('a task of the case is given to an account of the organisation that may work it, never outside it, and the gift is audited', async () => {
    // an investigator works the case but not the task board, where the case's tasks are worked
    const investigator = await signedInClient(context, { role: 'investigator' });
    const offered = (await analyst.get(`/api/cases/${caseId}/assignees`)).json.items.map((a: { id: string }) => a.id);
    for (const worker of [analyst, colleague]) assert.ok(offered.includes(worker.user.id), offered.join());
    for (const other of [reporter, investigator, outsider, prosecutor])
      assert.ok(!offered.includes(other.user.id), 'only who may work it');
    for (const refused of [reporter, investigator, outsider, prosecutor]) {
      const given = await analyst.post(`/api/cases/${caseId}/tasks`, { title: 'Relire', assignee_id: refused.user.id });
      assert.equal(given.status, 403, `${refused.user.username}: ${given.text}`);
    }
    const unknown = await analyst.post(`/api/cases/${caseId}/tasks`, {
      title: 'Relire',
      assignee_id: '00000000-0000-4000-8000-000000000000',
    });
    assert.deepEqual([unknown.status, unknown.json.error.details[0].code], [400, 'unknown_user']);
    const given = await analyst.post(`/api/cases/${caseId}/tasks`, {
      title: 'Entendre le surveillant de nuit',
      assignee_id: colleague.user.id,
    });
    assert.equal(given.status, 201, given.text);
    assert.equal(given.json.assignee_id, colleague.user.id);
    const audit = await colleague.get(`/api/audit?object_id=${caseId}`);
    const event = audit.json.items.find((e: { action: string }) => e.action === 'case.task.assign');
    assert.deepEqual(
      [event?.actor_id, event?.details.task_id, event?.details.to],
      [analyst.user.id, given.json.id, colleague.user.id],
    );
  });

  test('stores evidence with its SHA-256 and size, serves it back checked, and refuses a missing name or an oversized file', async () => {
    const upload = await analyst.call(
      'POST',
      `/api/cases/${caseId}/evidence?filename=${encodeURIComponent('façade.txt')}`,
      evidenceText,
      { 'content-type': 'text/plain' },
    );
    assert.equal(upload.status, 201, upload.text);
    assert.equal(upload.json.sha256, createHash('sha256').update(evidenceText).digest('hex'));
    assert.equal(upload.json.size_bytes, Buffer.byteLength(evidenceText));
    evidenceId = upload.json.id;
    const download = await analyst.get(`/api/cases/${caseId}/evidence/${evidenceId}`);
    assert.equal(download.status, 200);
    assert.equal(download.text, evidenceText);
    assert.equal(download.headers.get('content-type'), 'text/plain');
    assert.match(download.headers.get('content-disposition') ?? '', /filename\*=UTF-8''fa%C3%A7ade\.txt/);
    const unnamed = await analyst.call('POST', `/api/cases/${caseId}/evidence`, 'x', { 'content-type': 'text/plain' });
    assert.equal(unnamed.status, 400);
    assert.equal(unnamed.json.error.details[0].path, 'filename');
    const huge = await analyst.call(
      'POST',
      `/api/cases/${caseId}/evidence?filename=big.bin`,
      'x'.repeat(20 * 1024 * 1024 + 1),
      { 'content-type': 'application/octet-stream' },
    );
    assert.equal(huge.status, 413);
    assert.equal(huge.json.error.details[0].path, 'body');
  });

  test('a reader of another organisation neither opens nor lists the case', async () => {
    assert.equal((await outsider.get(`/api/cases/${caseId}`)).status, 404);
    assert.equal((await outsider.get('/api/cases')).json.total, 0);
    assert.equal((await outsider.get(`/api/cases/${caseId}/evidence/${evidenceId}`)).status, 404);
    assert.equal((await prosecutor.get(`/api/cases/${caseId}`)).status, 404);
  });

  test('sharing lets a partner read the case but not the AMBER items of the lead, and can be undone', async () => {
    const shared = await analyst.post(`/api/cases/${caseId}/access`, { org: 'Ailleurs' });
    assert.equal(shared.status, 204, shared.text);
    const seen = await outsider.get(`/api/cases/${caseId}`);
    assert.equal(seen.status, 200);
    assert.equal(seen.json.incidents.length, 0);
    assert.equal((await outsider.post(`/api/cases/${caseId}/notes`, { text: 'partner note' })).status, 403);
    assert.equal(
      (await analyst.post(`/api/cases/${caseId}/access`, { org: 'Nulle part' })).json.error.details[0].path,
      'org',
    );
    assert.equal((await analyst.post(`/api/cases/${caseId}/access`, { org: 'Ailleurs', shared: false })).status, 204);
    assert.equal((await outsider.get(`/api/cases/${caseId}`)).status, 404);
  });

  test("a handover makes the receiver lead with the sender's AMBER items, and the sender keeps read access only", async () => {
    const refused = await analyst.post(`/api/cases/${caseId}/handover`, { to: PNAT });
    assert.equal(refused.status, 400);
    assert.equal(refused.json.error.details[0].path, 'reason');
    const handed = await analyst.post(`/api/cases/${caseId}/handover`, {
      to: PNAT,
      reason: 'Saisine du parquet national antiterroriste',
      keep_access: true,
    });
    assert.equal(handed.status, 200, handed.text);
    assert.equal(handed.json.lead_org_id, prosecutor.user.organisationId);
    const received = await prosecutor.get(`/api/cases/${caseId}`);
    assert.equal(received.status, 200, received.text);
    assert.deepEqual(
      received.json.incidents.map((i: { id: string }) => i.id),
      [amberIncident],
      'AMBER readable, AMBER+STRICT not',
    );
    assert.equal(received.json.evidence.length, 1);
    assert.equal((await prosecutor.get(`/api/cases/${caseId}/evidence/${evidenceId}`)).text, evidenceText);
    assert.equal((await prosecutor.get(`/api/incidents/${amberIncident}`)).status, 404, 'only through the case');
    assert.equal(received.json.handovers[0].reason, 'Saisine du parquet national antiterroriste');
    const kept = await analyst.get(`/api/cases/${caseId}`);
    assert.equal(kept.status, 200);
    assert.equal(kept.json.can_write, false);
    assert.equal((await analyst.post(`/api/cases/${caseId}/notes`, { text: 'still here?' })).status, 403);
    assert.equal(
      (await prosecutor.post(`/api/cases/${caseId}/members`, { user: colleague.user.username, role: 'observer' }))
        .status,
      204,
    );
    assert.equal(
      (await prosecutor.post(`/api/cases/${caseId}/members`, { user: outsider.user.id })).json.error.details[0].path,
      'user',
    );
    const history = (await prosecutor.get(`/api/cases/${caseId}/history`)).json.items.map(
      (h: { action: string }) => h.action,
    );
    assert.ok(history.includes('handover'));
    const audit = await context.audit.recent(50, undefined, { object_id: caseId });
    assert.ok(audit.some((event) => event.action === 'case.handover'));
  });

  test('exports the case file as HTML, STIX and evidence manifest, each logged as a dissemination', async () => {
    const html = await prosecutor.get(`/api/cases/${caseId}/export?format=html`);
    assert.equal(html.status, 200);
    assert.match(html.headers.get('content-type') ?? '', /text\/html/);
    assert.match(html.text, /VIG-\d{4}-0001/);
    assert.match(html.text, /<svg[^>]+aria-label="map"/);
    assert.match(html.text, /@media print/);
    const stix = await prosecutor.get(`/api/cases/${caseId}/export?format=stix`);
    assert.equal(stix.status, 200);
    assert.equal(stix.json.type, 'bundle');
    assert.equal(stix.json.objects.filter((o: { type: string }) => o.type === 'incident').length, 1);
    const manifest = await prosecutor.get(`/api/cases/${caseId}/export?format=manifest`);
    assert.equal(manifest.json.files[0].sha256, createHash('sha256').update(evidenceText).digest('hex'));
    assert.equal((await prosecutor.get(`/api/cases/${caseId}/export?format=pdf`)).json.error.details[0].path, 'format');
    const log = await prosecutor.get(`/api/disseminations?case=${caseId}`);
    assert.equal(log.status, 200);
    const channels = log.json.items
      .map((row: { channel: string; format: string | null }) => `${row.channel}:${row.format ?? ''}`)
      .sort();
    assert.deepEqual(channels, ['case_export:html', 'case_export:manifest', 'case_export:stix', 'handover:']);
    const handover = log.json.items.find((row: { channel: string }) => row.channel === 'handover');
    assert.equal(handover.recipient.name, PNAT);
    assert.ok(handover.objects.some((o: { id: string }) => o.id === amberIncident));
    const toPnat = await colleague.get(`/api/disseminations?recipient=${encodeURIComponent(PNAT)}`);
    assert.equal(toPnat.json.total, 1);
    assert.equal((await outsider.get(`/api/disseminations?case=${caseId}`)).status, 404);
  });

  test('evidence altered in the store is refused on download, naming both hashes', async () => {
    const other = await analyst.post('/api/cases', { title: 'Tampering check' });
    const stored = await analyst.call('POST', `/api/cases/${other.json.id}/evidence?filename=a.txt`, 'original', {
      'content-type': 'text/plain',
    });
    await sql`UPDATE case_evidence SET content = ${Buffer.from('altered!')} WHERE id = ${stored.json.id}`.execute(
      context.store.db,
    );
    const download = await analyst.get(`/api/cases/${other.json.id}/evidence/${stored.json.id}`);
    assert.equal(download.status, 409);
    assert.equal(download.json.error.code, 'evidence_corrupted');
    assert.match(download.json.error.message, new RegExp(stored.json.sha256));
  });

  test('a TAXII page pulled is logged with its objects, to the token', async () => {
    const amber = TAXII_COLLECTIONS.find((collection) => collection.marking === 'AMBER')!;
    const pulled = await analyst.get(`/taxii2/vigie/collections/${amber.id}/objects/`);
    assert.equal(pulled.status, 200, pulled.text);
    const log = await analyst.get('/api/disseminations');
    const taxii = log.json.items.find((row: { channel: string }) => row.channel === 'taxii_pull');
    assert.equal(taxii.recipient.kind, 'token');
    assert.equal(taxii.object_count, pulled.json.objects.length);
    assert.equal(taxii.marking, 'AMBER');
  });

  test('a STIX bundle export is logged as a release to the caller', async () => {
    const bundle = await analyst.get('/api/stix/bundle?since=2025-01-01');
    assert.equal(bundle.status, 200);
    const mine = await analyst.get('/api/disseminations');
    const stix = mine.json.items.find((row: { channel: string }) => row.channel === 'stix_export');
    assert.equal(stix.recipient.kind, 'token');
    assert.equal(stix.object_count, 2);
  });
});
