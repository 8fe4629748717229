import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { MARKINGS, type Role } from '../../../src/core/shared/principal.ts';
import { publishDailyBriefs } from '../../../src/core/brief/brief.service.ts';
import { incidentStixId } from '../../../src/export/stix/stix-bundle.ts';
import type { IncidentRow } from '../../../src/store/schema.ts';
import type { VigieContext } from '../../../src/context.ts';
import { apiClient } from '../../support/api-client.ts';
import type { TestAccount } from '../../support/accounts.ts';
import {
  expectedImportJob,
  expectedRead,
  matrixReaders,
  type Labelled,
  type Reader,
  type Relation,
} from './truth-table.ts';
import { incidentInput } from '../../support/factories.ts';
import { freshContext, TEST_STORE } from '../../support/test-store.ts';

interface Made extends Labelled {
  id: string;
  externalId: string;
}

/** Role rules of docs/security.md, by role. */
const RISK_READERS: Role[] = ['analyst', 'supervisor', 'admin'];
const AUDITORS: Role[] = ['supervisor', 'admin'];

// The webhook below listens on loopback, which the fetch guard refuses unless allowed.
process.env.VIGIE_FETCH_ALLOW = '127.0.0.1/32';

const sorted = (ids: string[]) => JSON.stringify([...ids].sort());

/** A campaign's stored facts as the detection writes them: one site, one night, no shared tag. */
function campaignFacts(incidents: number): Record<string, unknown> {
  return { incidents, sites: 1, nights: 1, sharedTag: null, nearIdenticalMo: 0, weakSources: 0 };
}

describe(`access matrix on ${TEST_STORE}: campaign members, case items and history, actor incidents, briefs, risk, STIX, disseminations, audit, import jobs, webhooks, backup`, () => {
  let context: VigieContext;
  const readers: Reader[] = [];
  const records: Made[] = [];
  const cases: Array<Labelled & { id: string }> = [];
  let creator: TestAccount;
  /** reads every record of its organisation: builds the case, the entity and the STIX export */
  let editor: TestAccount;
  let backupHolder: Reader;
  let campaign: { id: string; key: string };
  /** a campaign of the AMBER+STRICT records only: none of its members is readable outside Org A */
  let strictCampaign: string;
  let itemCase: string;
  let actorId: string;
  let ownBrief: string;
  let editorRelease: string;
  /** a failed job of Org A (queued by the creator) and one of Org C (queued by its reporter) */
  const importJobs: Array<{ id: string; relation: Relation; authorId: string }> = [];
  let webhook: string;

  before(async () => {
    context = await freshContext();
    const matrix = await matrixReaders(context);
    const orgs = matrix.orgs;
    readers.push(...matrix.readers);
    creator = readers.find((r) => r.relation === 'own' && r.role === 'reporter' && r.staff)!.account;
    editor = readers.find((r) => r.relation === 'own' && r.role === 'admin' && r.staff)!.account;
    backupHolder = readers.find((r) => r.relation === 'own' && r.role === 'admin' && !r.staff)!;
    await context.identity.setPermissions(backupHolder.account.id, ['backup']);
    const author = apiClient(context, { token: creator.token });
    const lead = apiClient(context, { token: editor.token });
    for (const marking of MARKINGS) {
      for (const compartment of [false, true]) {
        const externalId = `derived-${marking}-${compartment}`;
        const created = await author.post(
          '/api/incidents',
          incidentInput({
            external_id: externalId,
            marking,
            compartments: compartment ? ['STAFF'] : [],
            signatures: [{ kind: 'tag', text: 'DERIVED' }],
          }),
        );
        assert.equal(created.status, 201, created.text);
        records.push({ id: created.json.id, externalId, marking, compartment });
        const opened = await lead.post('/api/cases', {
          title: `Dossier ${marking} ${compartment}`,
          marking,
          compartments: compartment ? ['STAFF'] : [],
        });
        assert.equal(opened.status, 201, opened.text);
        cases.push({ id: opened.json.id, marking, compartment });
      }
    }
    await context.detection.idle();
    // One campaign holding every record, whatever the clustering made of them.
    campaign = { id: randomUUID(), key: `matrix-${randomUUID().slice(0, 8)}` };
    await context.campaigns.save({
      id: campaign.id,
      key: campaign.key,
      state: 'active',
      start: new Date('2025-04-14T18:00:00Z'),
      end: new Date('2025-04-15T06:00:00Z'),
      sites: ['fr-toulon-la-farlede-cp'],
      sharedSignatures: [],
      confidence: 0.9,
      explanation: 'matrix',
      // The numbers the detection stores with a campaign (campaign-record.ts), as the contract says.
      facts: campaignFacts(records.length),
      members: records.map((r) => r.id),
    });
    strictCampaign = randomUUID();
    await context.campaigns.save({
      id: strictCampaign,
      key: `matrix-${strictCampaign.slice(0, 8)}`,
      state: 'active',
      start: new Date('2025-04-14T18:00:00Z'),
      end: new Date('2025-04-15T06:00:00Z'),
      sites: ['fr-toulon-la-farlede-cp'],
      sharedSignatures: [],
      confidence: 0.9,
      explanation: 'matrix',
      facts: campaignFacts(records.filter((r) => r.marking === 'AMBER+STRICT').length),
      members: records.filter((r) => r.marking === 'AMBER+STRICT').map((r) => r.id),
    });
    itemCase = (await lead.post('/api/cases', { title: 'Dossier des éléments', marking: 'GREEN' })).json.id;
    const actor = await lead.post('/api/actors', { kind: 'organisation', name: 'Groupe Matrice', marking: 'GREEN' });
    assert.equal(actor.status, 201, actor.text);
    actorId = actor.json.id;
    for (const record of records) {
      assert.equal(
        (await lead.post(`/api/cases/${itemCase}/items`, { type: 'incident', id: record.id })).status < 300,
        true,
      );
      const attached = await lead.call('PUT', `/api/incidents/${record.id}/actors`, {
        actor_id: actorId,
        role: 'suspect',
      });
      assert.equal(attached.status, 200, attached.text);
    }
    await publishDailyBriefs(context.briefs, '2025-04-15');
    ownBrief = (await context.briefs.briefs.find('2025-04-15', orgs.own))!.id;
    assert.equal((await lead.get(`/api/stix/bundle?campaign=${campaign.key}`)).status, 200);
    const releases = await lead.get('/api/disseminations?limit=10');
    // Jobs that fail (nothing stored), of Org A and of Org C, and a webhook of Org A.
    const otherAuthor = readers.find((r) => r.relation === 'other' && r.role === 'reporter' && !r.staff)!.account;
    for (const [relation, account] of [
      ['own', creator],
      ['other', otherAuthor],
    ] as const) {
      const queued = await apiClient(context, { token: account.token }).upload(
        '/api/import-jobs?name=matrice.ndjson',
        'pas du JSON\n',
        'application/x-ndjson',
      );
      assert.equal(queued.status, 202, queued.text);
      importJobs.push({ id: queued.json.id, relation, authorId: account.id });
    }
    const supervisor = readers.find((r) => r.relation === 'own' && r.role === 'supervisor' && !r.staff)!;
    const hook = await apiClient(context, { token: supervisor.account.token }).post('/api/webhooks', {
      name: 'matrice',
      url: 'http://127.0.0.1:9/hook',
    });
    assert.equal(hook.status, 201, hook.text);
    webhook = hook.json.webhook?.id ?? hook.json.id;
    editorRelease = releases.json.items.find((item: { channel: string }) => item.channel === 'stix_export').id;
  });
  after(async () => {
    await context.close();
  });

  test('every derived path shows what the truth table says, and refuses the roles it names', async () => {
    const leaks: string[] = [];
    let checks = 0;
    const expect = (ok: boolean, what: string) => {
      checks += 1;
      if (!ok) leaks.push(what);
    };
    for (const reader of readers) {
      const client = apiClient(context, { token: reader.account.token });
      const who = `${reader.role}/${reader.relation}${reader.staff ? '+STAFF' : ''}`;
      const visible = records.filter((r) => expectedRead(reader, r, creator.id));
      const visibleIds = visible.map((r) => r.id);

      // Campaign members: only the readable ones; a campaign with none is not found, nor listed.
      const one = await client.get(`/api/campaigns/${campaign.id}`);
      if (visible.length === 0) expect(one.status === 404, `${who} campaign ${one.status}`);
      else {
        expect(sorted(one.json?.member_ids ?? []) === sorted(visibleIds), `${who} campaign members`);
        expect(
          sorted((one.json?.members ?? []).map((m: { id: string }) => m.id)) === sorted(visibleIds),
          `${who} campaign member readings`,
        );
        expect(one.json?.hidden_members === visible.length < records.length, `${who} campaign hidden_members`);
      }
      const strictVisible = visible.filter((r) => r.marking === 'AMBER+STRICT').map((r) => r.id);
      const strict = await client.get(`/api/campaigns/${strictCampaign}`);
      expect(
        strictVisible.length === 0
          ? strict.status === 404
          : sorted(strict.json?.member_ids ?? []) === sorted(strictVisible),
        `${who} AMBER+STRICT campaign ${strict.status}`,
      );
      const listed = new Set(
        (await client.get('/api/campaigns?limit=200')).json.items.map((item: { id: string }) => item.id),
      );
      expect(
        listed.has(campaign.id) && listed.has(strictCampaign) === strictVisible.length > 0,
        `${who} campaign list`,
      );

      // Case items: the readable incidents of a case everyone reads.
      const held = await client.get(`/api/cases/${itemCase}`);
      expect(
        held.status === 200 && sorted(held.json.incidents.map((i: { id: string }) => i.id)) === sorted(visibleIds),
        `${who} case items`,
      );

      // Cases and their history, by the case's own marking and compartment (the editor leads them all).
      const readableCases = cases.filter((c) => expectedRead(reader, c, editor.id)).map((c) => c.id);
      for (const labelled of cases) {
        const readable = readableCases.includes(labelled.id);
        expect(
          (await client.get(`/api/cases/${labelled.id}`)).status === (readable ? 200 : 404),
          `${who} case ${labelled.marking}/${labelled.compartment}`,
        );
        expect(
          (await client.get(`/api/cases/${labelled.id}/history`)).status === (readable ? 200 : 404),
          `${who} case history ${labelled.marking}/${labelled.compartment}`,
        );
      }
      const caseList = (await client.get('/api/cases?limit=200')).json.items
        .map((c: { id: string }) => c.id)
        .filter((id: string) => cases.some((c) => c.id === id));
      expect(sorted(caseList) === sorted(readableCases), `${who} case list`);

      // Actor incidents: the entity is GREEN; the incidents it is involved in are filtered one by one.
      const entity = await client.get(`/api/actors/${actorId}`);
      expect(
        entity.status === 200 &&
          sorted(entity.json.incidents.map((i: { incident: { id: string } }) => i.incident.id)) === sorted(visibleIds),
        `${who} actor incidents`,
      );

      // Briefs: the archive holds each organisation's brief for that organisation only; the live brief counts what its reader reads.
      const archive = (await client.get('/api/briefs')).json.items as Array<{ audience_org_id: string }>;
      expect(
        archive.length > 0 && archive.every((b) => b.audience_org_id === reader.account.organisationId),
        `${who} brief archive`,
      );
      expect(
        (await client.get(`/api/briefs/${ownBrief}`)).status === (reader.relation === 'own' ? 200 : 404),
        `${who} Org A brief`,
      );
      const live = (await client.get('/api/briefs/live?date=2025-04-15&format=json')).json;
      const briefed = live.incidents.items
        .map((i: { id: string }) => i.id)
        .filter((id: string) => records.some((r) => r.id === id));
      expect(sorted(briefed) === sorted(visibleIds), `${who} live brief incidents`);
      expect((live.risk === null) === !RISK_READERS.includes(reader.role), `${who} brief risk section`);

      // Site risk: analysts, supervisors and administrators.
      expect(
        (await client.get('/api/risk')).status === (RISK_READERS.includes(reader.role) ? 200 : 403),
        `${who} risk`,
      );

      // STIX export of the campaign: the readable members, never a compartmented one.
      const bundle = (await client.get(`/api/stix/bundle?campaign=${campaign.key}`)).json;
      const exported = bundle.objects
        .filter((o: { type: string }) => o.type === 'incident')
        .map((o: { id: string }) => o.id);
      const expectedStix = visible
        .filter((r) => !r.compartment)
        .map((r) => incidentStixId({ external_id: r.externalId } as IncidentRow));
      expect(sorted(exported) === sorted(expectedStix), `${who} STIX export`);

      // The dissemination log: the editor's release (to the editor, of Org A) is seen by supervisors and administrators, and by its recipient's organisation.
      const log = (await client.get('/api/disseminations?limit=200')).json.items.map((item: { id: string }) => item.id);
      expect(
        log.includes(editorRelease) === (AUDITORS.includes(reader.role) || reader.relation === 'own'),
        `${who} dissemination log`,
      );

      // The audit trail and its check: supervisors and administrators.
      expect(
        (await client.get('/api/audit?limit=1')).status === (AUDITORS.includes(reader.role) ? 200 : 403),
        `${who} audit`,
      );
      expect(
        (await client.get('/api/audit/verify')).status === (AUDITORS.includes(reader.role) ? 200 : 403),
        `${who} audit verify`,
      );

      // Import jobs: their author's, and their organisation's supervisors' and administrators', one by one and in the list.
      const listedJobs = (await client.get('/api/import-jobs?limit=200')).json.items.map((j: { id: string }) => j.id);
      for (const made of importJobs) {
        const seen = expectedImportJob(reader, made);
        const job = await client.get(`/api/import-jobs/${made.id}`);
        expect(job.status === (seen ? 200 : 404), `${who} import job of ${made.relation} ${job.status}`);
        expect(listedJobs.includes(made.id) === seen, `${who} import job list, job of ${made.relation}`);
      }
      // Webhooks: supervisors see their organisation's, administrators all.
      const hooks = await client.get('/api/webhooks');
      expect(hooks.status === (AUDITORS.includes(reader.role) ? 200 : 403), `${who} webhooks ${hooks.status}`);
      if (hooks.status === 200)
        expect(
          hooks.json.items.some((h: { id: string }) => h.id === webhook) ===
            (reader.role === 'admin' || reader.relation === 'own'),
          `${who} webhook of Org A`,
        );

      // The full backup: an administrator holding the backup permission only.
      const backup = await client.get('/api/admin/backup');
      expect(backup.status === (reader === backupHolder ? 200 : 403), `${who} backup ${backup.status}`);
    }
    console.log(`derived paths (${TEST_STORE}): ${checks} checks, ${leaks.length} leaks`);
    // The rows that failed, once each (the assertion below prints only the first leaks).
    if (leaks.length > 0)
      console.log(
        ['failed rows:', ...new Set(leaks.map((leak) => leak.replace(/^\S+ /, '').replace(/ \d+$/, '')))].join('\n'),
      );
    assert.deepEqual(leaks, [], 'no leak');
    assert.ok(checks > 30 * 30);
  });
});
