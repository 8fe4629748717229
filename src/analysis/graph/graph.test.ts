import { test } from 'node:test';
import assert from 'node:assert/strict';
import { neighbours, sharedEntities, shortestPaths, type GraphEdge } from './graph.ts';

const edge = (source: string, target: string, kind = 'linked_to'): GraphEdge => ({
  id: `${source}-${target}`,
  source,
  target,
  kind,
});

// a - b - c - d - e - f, plus a diamond a - x - c
const chain = [
  edge('a', 'b'),
  edge('b', 'c'),
  edge('c', 'd'),
  edge('d', 'e'),
  edge('e', 'f'),
  edge('a', 'x'),
  edge('x', 'c'),
];

test("neighbours to depth 2 follow edges both ways and record each entity's hops", () => {
  const answer = neighbours('c', chain, 2);
  assert.deepEqual(Object.fromEntries(answer.depths), { c: 0, b: 1, d: 1, x: 1, a: 2, e: 2 });
  assert.deepEqual(answer.capped, []);
  assert.ok(answer.edges.every((e) => answer.depths.has(e.source) && answer.depths.has(e.target)));
  assert.equal(answer.edges.length, 6);
});

test('a depth above 4 is capped at 4 and the answer says so', () => {
  const answer = neighbours('a', chain, 9);
  assert.equal(answer.depth, 4);
  assert.equal(answer.depths.has('f'), false);
  assert.match(answer.capped[0], /depth capped at 4 \(asked 9\)/);
});

test('the node cap stops the exploration and is reported', () => {
  const star = Array.from({ length: 20 }, (_, i) => edge('hub', `n${i}`));
  const answer = neighbours('hub', star, 1, 5);
  assert.equal(answer.depths.size, 5);
  assert.match(answer.capped.join(' '), /stopped at 5 entities/);
});

test('all shortest paths are found with the relationships on them', () => {
  const paths = shortestPaths('a', 'd', chain);
  assert.deepEqual(paths.map((p) => p.nodes.join('>')).sort(), ['a>b>c>d', 'a>x>c>d']);
  for (const path of paths) assert.equal(path.edges.length, path.nodes.length - 1);
  assert.deepEqual(
    paths.find((p) => p.nodes[1] === 'x')!.edges.map((e) => e.id),
    ['a-x', 'x-c', 'c-d'],
  );
});

test('the number of shortest paths is capped', () => {
  const many = Array.from({ length: 30 }, (_, i) => [edge('s', `m${i}`), edge(`m${i}`, 't')]).flat();
  assert.equal(shortestPaths('s', 't', many, 10).length, 10);
});

test('entities that are not connected have no path', () => {
  assert.deepEqual(shortestPaths('a', 'zz', chain), []);
});

test('two campaigns share the entities involved in both and the neighbours both sides touch, each with its reason', () => {
  const edges = [edge('p1', 'gang', 'member_of'), edge('p2', 'gang', 'member_of'), edge('p2', 'car', 'uses')];
  const names = new Map([
    ['p1', 'Jean Test'],
    ['p2', 'Paul Essai'],
  ]);
  const shared = sharedEntities(new Set(['p1', 'phone']), new Set(['p2', 'phone']), edges, names);
  assert.deepEqual(
    shared.map((s) => s.id),
    ['phone', 'gang'],
  );
  assert.match(shared[0].reason, /both campaigns/);
  assert.match(
    shared[1].reason,
    /Jean Test \(member_of\) in the first campaign and of Paul Essai \(member_of\) in the second/,
  );
});
