import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LinkEngine } from './link-engine.ts';
import { aprilWave, backgroundHistory, incident, night, signature, SITES } from './linking.factory.ts';
import { AliasTable } from './signature-similarity.ts';

test('a new incident is compared only with the candidates blocking lets through', () => {
  const engine = new LinkEngine();
  const history = backgroundHistory(20_000);
  for (const old of history) engine.add(old);
  const { wave } = aprilWave();
  for (const attack of wave.slice(0, 3)) engine.add(attack);
  const before = engine.comparisons;
  const links = engine.add(wave[3]);
  assert.equal(engine.size, 20_004);
  assert.ok(engine.lastCandidateCount < 50, `blocking let through ${engine.lastCandidateCount} of ${engine.size - 1}`);
  assert.ok(engine.lastScoredCount <= engine.lastCandidateCount);
  assert.equal(engine.comparisons - before, engine.lastScoredCount);
  assert.deepEqual(
    links.map((link) => (link.a === wave[3].id ? link.b : link.a)).sort(),
    wave
      .slice(0, 3)
      .map((w) => w.id)
      .sort(),
  );
});

test('links come back best first, and the same whichever way they are asked', () => {
  const engine = new LinkEngine();
  const { wave } = aprilWave();
  for (const attack of wave) engine.add(attack);
  const links = engine.linksOf('w-nanterre-cars');
  assert.ok(links.length >= 5);
  for (let i = 1; i < links.length; i++) assert.ok(links[i - 1].score >= links[i].score);
  const fromVillepinte = engine
    .linksOf('w-villepinte-cars')
    .find((link) => link.a === 'w-nanterre-cars' || link.b === 'w-nanterre-cars');
  assert.deepEqual(
    fromVillepinte,
    links.find((link) => link.a === 'w-nanterre-cars' && link.b === 'w-villepinte-cars'),
  );
});

test('a similar tag is found without a shared one', () => {
  const engine = new LinkEngine();
  for (const old of backgroundHistory(2000)) engine.add(old);
  engine.add(incident({ id: 'a', ...SITES.toulon, start: night(0), signatures: [signature('DDPF')] }));
  const links = engine.add(
    incident({ id: 'b', ...SITES.villepinte, start: night(1), signatures: [signature('DDFP')] }),
  );
  assert.equal(links.length, 1);
  assert.equal(links[0].evidence.find((e) => e.kind === 'similar_signature')?.details.measure, 'edit_distance');
});

test('a shared actor is found however far apart the incidents are', () => {
  const engine = new LinkEngine();
  for (const old of backgroundHistory(2000)) engine.add(old);
  engine.add(incident({ id: 'a', ...SITES.toulon, start: night(-200), eventTypes: ['threat'], actorIds: ['actor-7'] }));
  const links = engine.add(incident({ id: 'b', ...SITES.villepinte, start: night(0), actorIds: ['actor-7'] }));
  assert.deepEqual(
    links.map((link) => [link.a, link.evidence[0].kind]),
    [['a', 'shared_actor']],
  );
  assert.ok(engine.lastCandidateCount < 20, String(engine.lastCandidateCount));
});

test('an alias added by an analyst applies to the next lookup', () => {
  const aliases = new AliasTable();
  const engine = new LinkEngine({ aliases });
  engine.add(incident({ id: 'a', ...SITES.toulon, start: night(0), signatures: [signature('DDPF')] }));
  const far = incident({
    id: 'b',
    ...SITES.villepinte,
    start: night(9),
    signatures: [signature('Défense des droits des prisonniers français')],
  });
  assert.deepEqual(engine.add(far), []);
  aliases.set('defense des droits des prisonniers francais', 'ddpf');
  assert.equal(engine.linksOf('b')[0]?.evidence[0].details.measure, 'alias');
});

test('a refuted incident drops out, and comes back when reinstated', () => {
  const engine = new LinkEngine();
  const { wave } = aprilWave();
  for (const attack of wave) engine.add(attack);
  const nanterre = wave[2];
  assert.deepEqual(engine.update({ ...nanterre, status: 'refuted' }), []);
  assert.equal(engine.has(nanterre.id), false);
  assert.ok(engine.linksOf('w-villepinte-cars').every((link) => link.a !== nanterre.id && link.b !== nanterre.id));
  assert.deepEqual(engine.add({ ...wave[0], id: 'z-refuted', status: 'refuted' }), []);
  assert.ok(engine.update(nanterre).length > 0);
  assert.equal(engine.size, wave.length);
});

test('an update re-indexes the incident: a moved tag links elsewhere', () => {
  const engine = new LinkEngine();
  engine.add(incident({ id: 'a', start: night(0), signatures: [signature('LBJ')] }));
  engine.add(incident({ id: 'b', lat: 48, start: night(40), signatures: [signature('DDPF')] }));
  engine.add(incident({ id: 'c', lat: 44, start: night(80), signatures: [signature('LBJ')] }));
  assert.deepEqual(
    engine.linksOf('c').map((link) => link.a),
    ['a'],
  );
  const moved = engine.update(incident({ id: 'c', lat: 44, start: night(80), signatures: [signature('DDPF')] }));
  assert.deepEqual(
    moved.map((link) => link.a),
    ['b'],
  );
  assert.equal(engine.idf('lbj'), Math.log(1000 / 1), 'one incident of a young history carries LBJ now');
  engine.remove('b');
  assert.deepEqual(engine.linksOf('c'), []);
  assert.equal(engine.get('c')?.signatures[0].normalized, 'ddpf');
});

test('a very common tag costs at most the per-block cap', () => {
  const engine = new LinkEngine({ maxCandidatesPerBlock: 50 });
  for (let i = 0; i < 2000; i++) {
    engine.add(
      incident({
        id: `lbj-${i}`,
        lat: 43 + (i % 50) / 10,
        lon: (i % 37) / 5,
        start: Date.UTC(2020, 0, 1) + i * 86_400_000,
        signatures: [signature('LBJ')],
      }),
    );
  }
  engine.add(incident({ id: 'new', lat: 50, start: Date.UTC(2026, 0, 1), signatures: [signature('LBJ')] }));
  assert.ok(engine.lastCandidateCount <= 50, String(engine.lastCandidateCount));
});

test('adding 20 000 synthetic incidents (perf smoke, reported, not asserted)', (t) => {
  const history = backgroundHistory(20_000, { from: Date.UTC(2015, 0, 1), to: Date.UTC(2025, 0, 1) }).sort(
    (x, y) => x.start - y.start,
  );
  const engine = new LinkEngine();
  const times = new Float64Array(history.length);
  let links = 0;
  for (let i = 0; i < history.length; i++) {
    const started = performance.now();
    links += engine.add(history[i]).length;
    times[i] = performance.now() - started;
  }
  times.sort();
  const total = times.reduce((sum, time) => sum + time, 0);
  t.diagnostic(
    `add: ${(total / history.length).toFixed(3)} ms on average, p99 ${times[Math.floor(times.length * 0.99)].toFixed(2)} ms, ` +
      `${(engine.comparisons / history.length).toFixed(0)} comparisons and ${(links / history.length).toFixed(1)} links per incident, ` +
      `heap ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB`,
  );
  assert.equal(engine.size, history.length);
});

test('a tag written every week for a year links weakly; the same tag new this week links strongly', () => {
  const engine = new LinkEngine();
  for (let week = 1; week <= 52; week++) {
    engine.add(
      incident({
        id: `acab-${week}`,
        ...SITES.marseille,
        start: night(-7 * week - 30),
        eventTypes: ['graffiti'],
        signatures: [signature('ACAB')],
      }),
    );
  }
  engine.add(
    incident({
      id: 'acab-now-1',
      ...SITES.toulon,
      start: night(0),
      eventTypes: ['threat'],
      signatures: [signature('ACAB')],
    }),
  );
  engine.add(
    incident({
      id: 'new-now-1',
      ...SITES.toulon,
      start: night(0),
      eventTypes: ['threat'],
      signatures: [signature('XQZW')],
    }),
  );
  const weekly = engine.add(
    incident({
      id: 'acab-now-2',
      ...SITES.villepinte,
      start: night(2),
      eventTypes: ['graffiti'],
      signatures: [signature('ACAB')],
    }),
  );
  const fresh = engine.add(
    incident({
      id: 'new-now-2',
      ...SITES.villepinte,
      start: night(2),
      eventTypes: ['graffiti'],
      signatures: [signature('XQZW')],
    }),
  );
  const tagLink = (links: typeof weekly, other: string) => links.find((link) => link.a === other || link.b === other);
  const common = tagLink(weekly, 'acab-now-1');
  assert.ok(!common || common.score < 0.35, `weekly tag (a campaign needs 0.5): ${common?.score}`);
  const rare = tagLink(fresh, 'new-now-1')!;
  assert.ok(rare.score > 0.8, `new tag: ${rare.score}`);
  assert.equal(rare.evidence.find((e) => e.kind === 'same_signature')?.details.chanceCarriers, 0);
});
