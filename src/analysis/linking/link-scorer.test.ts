import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AnalysisIncident } from '../types.ts';
import { CIRCUMSTANTIAL_CAP, moSimilarity, scoreLink, type LinkScoreContext } from './link-scorer.ts';
import { grade, incident, night, signature, SITES } from './linking.factory.ts';
import { AliasTable } from './signature-similarity.ts';

/** A history of 100 000 incidents where DDPF is on 4 and LBJ on 20 000. */
const DF: Record<string, number> = { ddpf: 4, ddfp: 1, ddfm: 1, lbj: 20_000, '0612345678': 2 };
const context: LinkScoreContext = {
  idf: (normalized) => Math.log(100_000 / (DF[normalized] ?? 1)),
  documentFrequency: (normalized) => DF[normalized] ?? 1,
  maxIdf: Math.log(100_000),
};

const toulon = (fields: Partial<AnalysisIncident> = {}) =>
  incident({ id: 'a-toulon', ...SITES.toulon, start: night(0), signatures: [signature('DDPF')], ...fields });
const villepinte = (fields: Partial<AnalysisIncident> = {}) =>
  incident({
    id: 'b-villepinte',
    ...SITES.villepinte,
    start: night(1),
    signatures: [signature('D.D.P.F.')],
    ...fields,
  });

test('the same rare tag a night apart, same MO, explains itself', () => {
  const link = scoreLink(toulon(), villepinte(), context)!;
  assert.equal(link.a, 'a-toulon');
  assert.equal(link.b, 'b-villepinte');
  assert.deepEqual(link.evidence.map((e) => e.kind).sort(), ['same_mo', 'same_signature']);
  assert.ok(link.score > 0.8, String(link.score));
  assert.equal(link.gradeWeight, 1);
  assert.equal(
    link.explanation,
    'same tag DDPF (rare: 4 incidents); 1 night apart; both vehicle_arson on staff_vehicle',
  );
  const tagEvidence = link.evidence.find((e) => e.kind === 'same_signature')!;
  assert.deepEqual(
    { a: tagEvidence.details.a, b: tagEvidence.details.b, measure: tagEvidence.details.measure },
    { a: 'ddpf', b: 'ddpf', measure: 'exact' },
  );
});

test('ids are ordered whatever the order of the arguments', () => {
  assert.deepEqual(scoreLink(villepinte(), toulon(), context), scoreLink(toulon(), villepinte(), context));
});

test('a common tag weighs less than a rare one', () => {
  const rare = scoreLink(toulon(), villepinte(), context)!;
  const common = scoreLink(
    toulon({ signatures: [signature('LBJ')] }),
    villepinte({ signatures: [signature('LBJ')] }),
    context,
  )!;
  assert.ok(common.score < rare.score, `${common.score} < ${rare.score}`);
  assert.match(common.explanation, /same tag LBJ \(common: 20000 incidents\)/);
});

test('the same evidence resting on an F6 source counts less than on A1, and the explanation says so', () => {
  const a1 = scoreLink(toulon(), villepinte(), context)!;
  const f6 = scoreLink(toulon({ grade: grade('F6') }), villepinte({ grade: grade('F6') }), context)!;
  const ungraded = scoreLink(toulon({ grade: null }), villepinte(), context)!;
  assert.ok(f6.score < a1.score);
  assert.ok(f6.gradeWeight < 0.35 && f6.gradeWeight > 0.25, String(f6.gradeWeight));
  assert.deepEqual(
    f6.evidence.map((e) => e.score),
    a1.evidence.map((e) => e.score),
    'evidence is scored before weighting',
  );
  assert.match(f6.explanation, /weighted down \(×0\.29\): rests on an F6 source$/);
  assert.match(ungraded.explanation, /rests on an ungraded source \(counted as F6\)$/);
  assert.doesNotMatch(a1.explanation, /weighted/);
});

test('refuted and duplicate incidents never link', () => {
  assert.equal(scoreLink(toulon({ status: 'refuted' }), villepinte(), context), null);
  assert.equal(scoreLink(toulon(), villepinte({ status: 'duplicate' }), context), null);
  assert.equal(scoreLink(toulon(), toulon(), context), null, 'nor does an incident with itself');
});

test('a similar tag links with the measure named, less than the same tag', () => {
  const same = scoreLink(toulon(), villepinte(), context)!;
  const typo = scoreLink(toulon(), villepinte({ signatures: [signature('DDFP')] }), context)!;
  const twoOff = scoreLink(toulon(), villepinte({ signatures: [signature('DDFM')] }), context)!;
  const evidence = typo.evidence.find((e) => e.kind === 'similar_signature')!;
  assert.equal(evidence.details.measure, 'edit_distance');
  assert.equal(evidence.details.distance, 1);
  assert.match(typo.explanation, /^similar tags DDPF ~ DDFP \(edit distance 1, rare: 4 incidents\); 1 night apart/);
  assert.ok(same.score > typo.score && typo.score > twoOff.score, `${same.score} > ${typo.score} > ${twoOff.score}`);
});

test('closeness in space and time alone is a weak link', () => {
  const drone = (id: string, hour: number) =>
    incident({ id, ...SITES.toulon, start: night(0, hour), eventTypes: ['drone_drop'], targetKinds: ['facility'] });
  const gunfire = incident({
    id: 'g',
    ...SITES.toulon,
    start: night(0, 3),
    eventTypes: ['gunfire'],
    targetKinds: ['facility'],
  });
  const closeOnly = scoreLink(drone('d1', 1), gunfire, context)!;
  assert.deepEqual(
    closeOnly.evidence.map((e) => e.kind),
    ['space_time'],
  );
  assert.ok(closeOnly.score <= 0.3, String(closeOnly.score));
  assert.match(closeOnly.explanation, /^same site, same night$/);
  const arson = (id: string, hour: number) =>
    incident({
      id,
      ...SITES.toulon,
      start: night(0, hour),
      eventTypes: ['vehicle_arson'],
      targetKinds: ['staff_vehicle'],
    });
  const sameMo = scoreLink(arson('a1', 1), arson('a2', 3), context)!;
  assert.ok(sameMo.score <= CIRCUMSTANTIAL_CAP, 'MO and closeness without a signature stay below the cap');
  assert.match(sameMo.explanation, /circumstantial only/);
  assert.equal(
    scoreLink(drone('d1', 1), drone('d2', 3), context),
    null,
    'two unsigned drone drops the same night are the background',
  );
  const signedDrones = scoreLink(
    { ...drone('d1', 1), signatures: [signature('DDPF')] },
    { ...drone('d2', 3), signatures: [signature('DDPF')] },
    context,
  );
  assert.ok(signedDrones, 'a shared tag still links two drone drops');
  const far = incident({ id: 'far', ...SITES.villepinte, start: night(0, 3), eventTypes: ['gunfire'] });
  assert.equal(scoreLink(drone('d1', 1), far, context), null, '700 km apart and different MO: nothing');
});

test('a shared phone counts like a shared tag, but stronger', () => {
  const phone = [signature('06 12 34 56 78', 'phone')];
  const tagOnly = scoreLink(toulon({ eventTypes: ['threat'] }), villepinte(), context)!;
  const phoneOnly = scoreLink(
    toulon({ signatures: phone, eventTypes: ['threat'] }),
    villepinte({ signatures: phone }),
    context,
  )!;
  assert.equal(phoneOnly.evidence[0].kind, 'shared_actor');
  assert.ok(phoneOnly.score > tagOnly.score, `${phoneOnly.score} > ${tagOnly.score}`);
  assert.match(phoneOnly.explanation, /^same phone 06 12 34 56 78/);
  const otherPhone = scoreLink(
    toulon({ signatures: phone, eventTypes: ['threat'] }),
    villepinte({ signatures: [signature('06 12 34 56 79', 'phone')] }),
    context,
  );
  assert.equal(otherPhone, null, 'one digit off is another phone');
});

test('a shared actor is strong evidence', () => {
  const link = scoreLink(
    toulon({ signatures: [], actorIds: ['actor-1'] }),
    villepinte({ signatures: [], actorIds: ['actor-1'] }),
    context,
  )!;
  assert.equal(link.evidence[0].kind, 'shared_actor');
  assert.match(link.explanation, /^same actor actor-1/);
});

test('an analyst alias links two texts as the same signature', () => {
  const aliases = new AliasTable();
  aliases.set('Défense des droits des prisonniers français', 'DDPF');
  const link = scoreLink(
    toulon(),
    villepinte({ signatures: [signature('Défense des droits des prisonniers français', 'slogan')] }),
    { ...context, aliases },
  )!;
  const evidence = link.evidence.find((e) => e.kind === 'same_signature')!;
  assert.equal(evidence.details.measure, 'alias');
  assert.match(link.explanation, /declared aliases of ddpf/);
});

test('MO similarity ignores dimensions unknown on either side and needs a shared event type', () => {
  const carArson = incident({ id: 'x' });
  assert.equal(moSimilarity(carArson, incident({ id: 'y' })), 1);
  assert.equal(moSimilarity(carArson, incident({ id: 'y', targetKinds: [] })), 1);
  assert.equal(moSimilarity(carArson, incident({ id: 'y', eventTypes: ['graffiti'] })), 0);
  assert.equal(
    moSimilarity(carArson, incident({ id: 'y', eventTypes: ['vehicle_arson', 'graffiti'] })).toFixed(3),
    '0.688',
  );
});

test('a minimum score skips weak pairs before any sentence is built', () => {
  const weak = scoreLink(toulon({ grade: grade('F6') }), villepinte({ grade: grade('F6') }), {
    ...context,
    minScore: 0.5,
  });
  assert.equal(weak, null);
});

test('a tag whose usual carriers would fall in the window by chance weighs less, however rare in the history', () => {
  const rareInHistory = scoreLink(
    toulon({ eventTypes: ['threat'] }),
    villepinte({ eventTypes: ['graffiti'] }),
    context,
  )!;
  const weekly = scoreLink(toulon({ eventTypes: ['threat'] }), villepinte({ eventTypes: ['graffiti'] }), {
    ...context,
    chanceCarriers: () => 3,
  })!;
  const tagScore = (link: typeof weekly) => link.evidence.find((e) => e.kind === 'same_signature')!.score;
  assert.ok(
    tagScore(weekly) < 0.3 && tagScore(rareInHistory) > 0.8,
    `${tagScore(weekly)} < 0.3 < 0.8 < ${tagScore(rareInHistory)}`,
  );
  assert.equal(weekly.evidence[0].details.chanceCarriers, 3);
});

test('a shared MO weighs by how rare it is when the context knows, and says so', () => {
  const untagged = (fields: Partial<AnalysisIncident>) => ({ ...fields, signatures: [] });
  const plain = scoreLink(toulon(untagged({})), toulon(untagged({ id: 'c-toulon', start: night(0, 3) })), context)!;
  const common = scoreLink(toulon(untagged({})), toulon(untagged({ id: 'c-toulon', start: night(0, 3) })), {
    ...context,
    moRarity: () => 0.25,
  })!;
  const mo = (link: typeof plain) => link.evidence.find((e) => e.kind === 'same_mo')!;
  assert.ok(Math.abs(mo(common).score - mo(plain).score * 0.25) < 0.005, `${mo(common).score}`);
  assert.equal(mo(common).details.rarity, 0.25);
  assert.equal(mo(plain).details.rarity, undefined);
  assert.ok(common.score < plain.score);
});
