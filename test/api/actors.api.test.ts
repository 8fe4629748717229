import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { VigieContext } from '../../src/context.ts';
import { signedInClient } from '../support/api-client.ts';
import { incidentInput } from '../support/factories.ts';
import { freshContext, TEST_STORE } from '../support/test-store.ts';

type Client = Awaited<ReturnType<typeof signedInClient>>;

describe(`actor graph API on ${TEST_STORE}`, () => {
  let context: VigieContext;
  let analyst: Client;
  let outsider: Client;
  let reporter: Client;
  const ids: Record<string, string> = {};

  const entity = async (body: Record<string, unknown>) => {
    const response = await analyst.post('/api/actors', body);
    assert.equal(response.status, 201, response.text);
    return response.json.id as string;
  };
  const relate = async (source: string, target: string, kind: string, extra: Record<string, unknown> = {}) => {
    const response = await analyst.post('/api/relationships', {
      source_id: ids[source],
      target_id: ids[target],
      kind,
      confidence: 70,
      marking: 'GREEN',
      ...extra,
    });
    assert.equal(response.status, 201, response.text);
    return response.json.id as string;
  };

  before(async () => {
    context = await freshContext();
    analyst = await signedInClient(context, { role: 'analyst' });
    outsider = await signedInClient(context, { role: 'analyst', org: 'Another service' });
    reporter = await signedInClient(context, { role: 'reporter' });
    ids.gang = await entity({
      kind: 'organisation',
      subkind: 'gang',
      name: 'DDPF',
      aliases: ['D.D.P.F'],
      marking: 'GREEN',
    });
    ids.leader = await entity({
      kind: 'person',
      name: 'Karim Testeur',
      attributes: { birth_year: 1988 },
      marking: 'GREEN',
    });
    ids.member = await entity({ kind: 'person', name: 'Yanis Essai', marking: 'GREEN' });
    ids.car = await entity({
      kind: 'vehicle',
      name: 'Clio grise',
      attributes: { plate: 'AB-123-CD' },
      marking: 'GREEN',
    });
    ids.phone = await entity({ kind: 'phone', name: '+33 6 00 00 00 00', marking: 'AMBER' });
    ids.site = await entity({
      kind: 'facility',
      name: 'CP Vendin-le-Vieil',
      facility: 'fr-vendin-le-vieil-cp',
      marking: 'GREEN',
    });
    await relate('leader', 'gang', 'leads', {
      sources: [{ kind: 'official', title: 'Note de renseignement', reliability: 'B', credibility: 2 }],
      valid_from: '2024-01-01',
    });
    await relate('member', 'gang', 'member_of');
    await relate('member', 'car', 'uses');
    await relate('member', 'phone', 'uses', { marking: 'AMBER' });
    await relate('leader', 'site', 'held_at');
  });
  after(async () => {
    await context.close();
  });

  test('searches entities by name or alias and filters by kind, with pagination', async () => {
    const byAlias = await analyst.get('/api/actors?q=D.D.P.F');
    assert.equal(byAlias.status, 200, byAlias.text);
    assert.deepEqual(
      byAlias.json.items.map((a: { name: string }) => a.name),
      ['DDPF'],
    );
    const persons = await analyst.get('/api/actors?kind=person&limit=1');
    assert.equal(persons.json.total, 2);
    assert.equal(persons.json.items.length, 1);
    assert.equal(persons.json.next_offset, 1);
  });

  test('shows an entity with its relationships, their graded sources and the incidents it is involved in', async () => {
    const incident = await analyst.post('/api/incidents', incidentInput({ marking: 'GREEN' }));
    assert.equal(incident.status, 201, incident.text);
    const attach = await analyst.call('PUT', `/api/incidents/${incident.json.id}/actors`, {
      actor_id: ids.gang,
      role: 'claimed',
    });
    assert.equal(attach.status, 200, attach.text);
    assert.deepEqual(attach.json.items, [
      {
        actor_id: ids.gang,
        role: 'claimed',
        actor: { id: ids.gang, kind: 'organisation', subkind: 'gang', name: 'DDPF' },
      },
    ]);
    assert.equal((await outsider.get(`/api/incidents/${incident.json.id}/actors`)).json.items.length, 1);
    const gang = await analyst.get(`/api/actors/${ids.gang}`);
    assert.equal(gang.status, 200, gang.text);
    assert.equal(gang.json.relationships.length, 2);
    const leads = gang.json.relationships.find((r: { kind: string }) => r.kind === 'leads');
    assert.equal(leads.other.name, 'Karim Testeur');
    assert.equal(leads.direction, 'in');
    assert.equal(leads.sources[0].reliability, 'B');
    assert.equal(gang.json.incidents[0].role, 'claimed');
    const audit = await context.audit.recent(50);
    assert.ok(audit.some((event) => event.action === 'incident.actor.attach' && event.object_id === incident.json.id));
  });

  test('a reader of another organisation does not see an AMBER entity nor the relationship to it', async () => {
    assert.equal((await outsider.get(`/api/actors/${ids.phone}`)).status, 404);
    assert.equal((await outsider.get('/api/actors?kind=phone')).json.total, 0);
    const member = await outsider.get(`/api/actors/${ids.member}`);
    assert.equal(member.status, 200);
    assert.deepEqual(member.json.relationships.map((r: { other: { name: string } }) => r.other.name).sort(), [
      'Clio grise',
      'DDPF',
    ]);
    const around = await outsider.get(`/api/actors/${ids.member}/neighbours?depth=2`);
    assert.equal(
      around.json.nodes.some((n: { id: string }) => n.id === ids.phone),
      false,
    );
    assert.equal(
      (await analyst.get(`/api/actors/${ids.member}/neighbours?depth=1`)).json.nodes.some(
        (n: { id: string }) => n.id === ids.phone,
      ),
      true,
    );
  });

  test('neighbours to depth 2 reach the leader through the gang; a depth of 9 is capped at 4 and says so', async () => {
    const two = await analyst.get(`/api/actors/${ids.car}/neighbours?depth=2`);
    assert.equal(two.status, 200, two.text);
    const depthOf = Object.fromEntries(two.json.nodes.map((n: { name: string; depth: number }) => [n.name, n.depth]));
    assert.equal(depthOf['Yanis Essai'], 1);
    assert.equal(depthOf.DDPF, 2);
    assert.equal(depthOf['Karim Testeur'], undefined);
    const nine = await analyst.get(`/api/actors/${ids.car}/neighbours?depth=9`);
    assert.equal(nine.json.depth, 4);
    assert.match(nine.json.capped.join(' '), /depth capped at 4/);
    assert.ok(nine.json.nodes.some((n: { id: string }) => n.id === ids.site));
  });

  test('the shortest path from the car to the prison runs through the member, the gang and its leader', async () => {
    const paths = await analyst.get(`/api/graph/paths?from=${ids.car}&to=${ids.site}`);
    assert.equal(paths.status, 200, paths.text);
    assert.equal(paths.json.paths.length, 1);
    assert.deepEqual(
      paths.json.paths[0].actors.map((a: { name: string }) => a.name),
      ['Clio grise', 'Yanis Essai', 'DDPF', 'Karim Testeur', 'CP Vendin-le-Vieil'],
    );
    assert.deepEqual(
      paths.json.paths[0].relationships.map((r: { kind: string }) => r.kind),
      ['uses', 'member_of', 'leads', 'held_at'],
    );
  });

  test('bad input answers 400 naming the field', async () => {
    const noName = await analyst.post('/api/actors', { kind: 'person', name: '' });
    assert.equal(noName.status, 400);
    assert.equal(noName.json.error.details[0].path, 'name');
    const badKind = await analyst.post('/api/actors', { kind: 'spaceship', name: 'X' });
    assert.equal(badKind.json.error.details[0].path, 'kind');
    const twice = await analyst.post('/api/actors', { kind: 'person', name: 'karim testeur' });
    assert.equal(twice.status, 409);
    assert.equal(twice.json.error.details[0].path, 'name');
    const badSite = await analyst.post('/api/actors', { kind: 'facility', name: 'Nowhere', facility: 'Atlantis' });
    assert.equal(badSite.status, 400);
    assert.equal(badSite.json.error.details[0].path, 'facility');
    const confidence = await analyst.post('/api/relationships', {
      source_id: ids.member,
      target_id: ids.gang,
      kind: 'linked_to',
      confidence: 140,
    });
    assert.equal(confidence.json.error.details[0].path, 'confidence');
    const self = await analyst.post('/api/relationships', {
      source_id: ids.member,
      target_id: ids.member,
      kind: 'linked_to',
    });
    assert.equal(self.json.error.details[0].path, 'target_id');
    const unknownEnd = await analyst.post('/api/relationships', {
      source_id: ids.member,
      target_id: randomUUID(),
      kind: 'linked_to',
    });
    assert.equal(unknownEnd.status, 404);
    assert.equal(unknownEnd.json.error.details[0].path, 'target_id');
    const factor = await analyst.call('PUT', `/api/actors/${ids.leader}/detainee-profile`, {
      facility: 'fr-vendin-le-vieil-cp',
      violence: 5,
    });
    assert.equal(factor.status, 400);
    assert.equal(factor.json.error.details[0].path, 'violence');
    const depth = await analyst.get(`/api/actors/${ids.car}/neighbours?depth=zero`);
    assert.equal(depth.json.error.details[0].path, 'depth');
  });

  test('a reporter may read the graph but not change it; a stale version is refused', async () => {
    assert.equal((await reporter.get(`/api/actors/${ids.gang}`)).status, 200);
    assert.equal((await reporter.post('/api/actors', { kind: 'person', name: 'Nope' })).status, 403);
    const renamed = await analyst.patch(`/api/actors/${ids.car}`, { version: 1, description: 'vue à Vendin' });
    assert.equal(renamed.status, 200, renamed.text);
    assert.equal(renamed.json.version, 2);
    assert.equal((await analyst.patch(`/api/actors/${ids.car}`, { version: 1, description: 'again' })).status, 409);
    const extra = await analyst.post('/api/relationships', { source_id: ids.car, target_id: ids.gang, kind: 'owns' });
    assert.equal((await reporter.call('DELETE', `/api/relationships/${extra.json.id}`)).status, 403);
    assert.equal((await analyst.call('DELETE', `/api/relationships/${extra.json.id}`)).status, 204);
  });

  test('entities shared by two campaigns: involved in both, or neighbours of both sides, with the reason', async () => {
    const first = await analyst.post(
      '/api/incidents',
      incidentInput({ marking: 'GREEN', occurred: { night_of: '2025-03-01' } }),
    );
    const second = await analyst.post(
      '/api/incidents',
      incidentInput({ marking: 'GREEN', occurred: { night_of: '2025-05-01' } }),
    );
    await analyst.call('PUT', `/api/incidents/${first.json.id}/actors`, { actor_id: ids.leader, role: 'suspect' });
    await analyst.call('PUT', `/api/incidents/${second.json.id}/actors`, { actor_id: ids.member, role: 'suspect' });
    await analyst.call('PUT', `/api/incidents/${second.json.id}/actors`, { actor_id: ids.car, role: 'used' });
    await analyst.call('PUT', `/api/incidents/${first.json.id}/actors`, { actor_id: ids.car, role: 'seen' });
    const campaign = (members: string[], day: string) => ({
      id: randomUUID(),
      key: `test-${randomUUID()}`,
      state: 'active' as const,
      start: new Date(day),
      end: new Date(day),
      sites: [],
      sharedSignatures: [],
      confidence: 0.8,
      explanation: 'test',
      facts: {},
      members,
    });
    const a = campaign([first.json.id], '2025-03-01'),
      b = campaign([second.json.id], '2025-05-01');
    await context.campaigns.save(a);
    await context.campaigns.save(b);
    const shared = await analyst.get(`/api/graph/shared?campaigns=${a.id},${b.id}`);
    assert.equal(shared.status, 200, shared.text);
    const reasons = Object.fromEntries(
      shared.json.items.map((item: { actor: { name: string }; reason: string }) => [item.actor.name, item.reason]),
    );
    assert.match(reasons['Clio grise'], /both campaigns/);
    assert.match(reasons.DDPF, /Karim Testeur \(leads\) in the first campaign and of Yanis Essai \(member_of\)/);
    assert.equal((await analyst.get(`/api/graph/shared?campaigns=${a.id}`)).json.error.details[0].path, 'campaigns');
  });

  test("a detainee profile lists the leader first with its reasons and raises the site's risk, with the reason", async () => {
    const saved = await analyst.call('PUT', `/api/actors/${ids.leader}/detainee-profile`, {
      facility: 'Vendin-le-Vieil',
      organised_crime_leadership: 3,
      escape_history: 2,
      outside_communications: 3,
      violence: 1,
      placement: 'high_security',
    });
    assert.equal(saved.status, 200, saved.text);
    assert.equal(saved.json.score, 9);
    await analyst.call('PUT', `/api/actors/${ids.member}/detainee-profile`, {
      facility: 'fr-vendin-le-vieil-cp',
      violence: 2,
    });
    assert.equal(
      (await analyst.call('PUT', `/api/actors/${ids.car}/detainee-profile`, { facility: 'fr-vendin-le-vieil-cp' }))
        .status,
      422,
    );
    const list = await analyst.get('/api/detainees?facility=fr-vendin-le-vieil-cp&min_score=1');
    assert.deepEqual(
      list.json.items.map((d: { person: { name: string } }) => d.person.name),
      ['Karim Testeur', 'Yanis Essai'],
    );
    assert.deepEqual(list.json.items[0].reasons, [
      'organised-crime leadership 3/3',
      'outside communications 3/3',
      'escape history 2/3',
    ]);
    assert.equal((await analyst.get('/api/detainees?min_score=5')).json.total, 1);
    assert.equal((await outsider.get(`/api/actors/${ids.leader}/detainee-profile`)).status, 404);
    // the first call starts the detection, which clusters afresh; then the gang claims an incident of an
    // active campaign that ended 2025-05-01, so its leader's tie counts
    assert.equal((await analyst.get('/api/risk?at=2025-05-15')).status, 200);
    const claimed = await analyst.post(
      '/api/incidents',
      incidentInput({ marking: 'GREEN', occurred: { night_of: '2025-05-01' } }),
    );
    await analyst.call('PUT', `/api/incidents/${claimed.json.id}/actors`, { actor_id: ids.gang, role: 'claimed' });
    await context.detection.idle();
    await context.campaigns.save({
      id: randomUUID(),
      key: `test-${randomUUID()}`,
      state: 'active',
      start: new Date('2025-05-01'),
      end: new Date('2025-05-01'),
      sites: [],
      sharedSignatures: [],
      confidence: 0.8,
      explanation: 'test',
      facts: {},
      members: [claimed.json.id],
    });
    const risk = await analyst.get('/api/risk?at=2025-05-15&limit=300');
    assert.equal(risk.status, 200, risk.text);
    const vendin = risk.json.items.find((r: { site_id: string }) => r.site_id === 'fr-vendin-le-vieil-cp');
    assert.ok(vendin.factor > 1, JSON.stringify(vendin));
    assert.match(
      vendin.reasons
        .filter((r: { code: string }) => r.code === 'detainee_profiles')
        .map((r: { params: { text: string } }) => r.params.text)
        .join(' '),
      /2 profiled detainees held here \(highest score 9\/12\); one leads an organisation named in an active campaign/,
    );
  });
});
