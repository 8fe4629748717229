/**
 * The detection bench's generator: the plant-free twin must be the planted history's background,
 * record for record (paired comparisons rest on it), and the long waves must have the shape the
 * bench reports on (issue 15 section 7).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { generateHistory, type HistoryOptions } from '../../bench/detect/generator.ts';

const options: HistoryOptions = {
  seed: 3,
  incidents: 30_000,
  years: 2,
  waves: 12,
  longWaves: 4,
  sparseWaves: 3,
  regional: 4,
  coincidences: 5,
  bursts: 4,
  plants: true,
};

test("the null twin holds exactly the planted history's background and negatives", () => {
  const planted = generateHistory(options);
  const twin = generateHistory({ ...options, plants: false });
  const signal = new Set([...planted.truth.waves, ...planted.truth.regional].flatMap((group) => group.members));
  assert.ok(signal.size > 100, 'the planted history holds waves and regional clusters');
  const background = planted.incidents.filter((incident) => !signal.has(incident.id));
  assert.equal(twin.incidents.length, background.length);
  assert.deepEqual(twin.incidents, background);
  assert.equal(twin.truth.waves.length, 0);
});

test('more plants leave every background attack where it was', () => {
  const attacks = (history: ReturnType<typeof generateHistory>) =>
    history.incidents.filter((incident) => incident.id.startsWith('ba'));
  const fewer = attacks(generateHistory({ ...options, waves: 2, longWaves: 0, sparseWaves: 0 }));
  assert.deepEqual(attacks(generateHistory(options)), fewer);
});

test('long waves: about 15 sites over 21 nights, 40 % or 20 % tagged, the first attack not always a carrier', () => {
  const { truth, incidents } = generateHistory(options);
  const long = truth.waves.filter((wave) => wave.shape === 'long');
  assert.equal(long.length, 7);
  const byId = new Map(incidents.map((incident) => [incident.id, incident]));
  for (const wave of long) {
    assert.ok(wave.sites.length >= 13 && wave.sites.length <= 17, `${wave.id}: ${wave.sites.length} sites`);
    assert.ok(wave.members.length >= 18 && wave.members.length <= 22);
    assert.ok(wave.end - wave.start <= 22 * 86_400_000);
    const carriers = wave.members.filter((id) => byId.get(id)!.signatures.length > 0).length;
    assert.equal(carriers, Math.round((wave.id.startsWith('wl40') ? 0.4 : 0.2) * wave.members.length));
    assert.equal(
      wave.taggedSiteTimes.length,
      new Set(wave.members.filter((id) => byId.get(id)!.signatures.length > 0).map((id) => byId.get(id)!.siteId)).size,
    );
  }
  assert.ok(
    long.some((wave) => byId.get(wave.members[0])!.signatures.length === 0),
    'some long wave starts untagged',
  );
});

test('spreading waves: each act at a new site, anywhere in France, the busiest sites most often', () => {
  const { truth, incidents, sites } = generateHistory({ ...options, spreadWaves: 12 });
  const spread = truth.waves.filter((wave) => wave.shape === 'spread');
  assert.equal(spread.length, 12);
  const byId = new Map(incidents.map((incident) => [incident.id, incident]));
  for (const wave of spread) {
    assert.equal(wave.members.length, wave.sites.length, `${wave.id} never strikes a site twice`);
    assert.ok(wave.sites.length >= 13 && wave.sites.length <= 17);
  }
  assert.ok(
    new Set(spread.flatMap((wave) => wave.sites.map((id) => sites.find((site) => site.id === id)!.directorate))).size >=
      8,
    'spread over the directorates',
  );
  // the sites they strike are busier than the average site on usual nights (background attacks)
  const usual = new Map<string, number>();
  for (const incident of incidents)
    if (incident.id.startsWith('ba')) usual.set(incident.siteId!, (usual.get(incident.siteId!) ?? 0) + 1);
  const mean = (ids: string[]) => ids.reduce((sum, id) => sum + (usual.get(id) ?? 0), 0) / ids.length;
  const struck = spread.flatMap((wave) => wave.members.map((id) => byId.get(id)!.siteId!));
  assert.ok(mean(struck) > 1.2 * mean(sites.map((site) => site.id)), `${mean(struck)} ${mean(sites.map((s) => s.id))}`);
});
