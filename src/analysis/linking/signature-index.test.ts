import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SignatureIndex, deletionNeighbourhood } from './signature-index.ts';

const tag = (normalized: string) => ({ normalized, fuzzy: true });

test('a common tag weighs less than a rare one (IDF = log N / df)', () => {
  const index = new SignatureIndex({ minDocuments: 0 });
  for (let id = 0; id < 100; id++) index.add(id, id < 40 ? [tag('lbj')] : id < 42 ? [tag('ddpf')] : []);
  assert.equal(index.documentCount, 100);
  assert.equal(index.documentFrequency('lbj'), 40);
  assert.equal(index.idf('ddpf'), Math.log(100 / 2));
  assert.ok(index.idf('lbj') < index.idf('ddpf'));
  assert.equal(index.idf('never-seen'), Math.log(100), 'an unseen signature is as rare as can be');
  assert.equal(index.maxIdf(), Math.log(100));
});

test('a young history does not make its few tags look common', () => {
  const index = new SignatureIndex();
  for (let id = 0; id < 8; id++) index.add(id, id < 6 ? [tag('ddpf')] : []);
  assert.equal(index.idf('ddpf'), Math.log(1000 / 6));
  assert.equal(index.maxIdf(), Math.log(1000));
});

test('postings come most recent first and are capped', () => {
  const index = new SignatureIndex();
  for (let id = 0; id < 10; id++) index.add(id, [tag('ddpf')]);
  assert.deepEqual(index.ids('ddpf', 3), [9, 8, 7]);
  assert.deepEqual(index.ids('ddpf').length, 10);
  assert.deepEqual(index.ids('unknown'), []);
});

test('similar tags are found through shared deletions, not by reading every key', () => {
  const index = new SignatureIndex();
  index.add(1, [tag('ddfp')]);
  index.add(2, [tag('ddfm')]);
  index.add(3, [tag('abcd')]);
  for (let id = 10; id < 5010; id++) index.add(id, [tag(`tag${id}`)]);
  const similar = index.similar('ddpf');
  assert.deepEqual(
    similar.map((s) => s.normalized),
    ['ddfp', 'ddfm'],
  );
  assert.equal(similar[0].similarity.measure, 'edit_distance');
  assert.ok(index.lastVerified < 10, `verified ${index.lastVerified} of ${index.keyCount} keys`);
});

test('a longer query finds an indexed key one character shorter, and the other way round', () => {
  const index = new SignatureIndex();
  index.add(1, [tag('ddpf')]);
  index.add(2, [tag('liberezlesdetenus')]);
  assert.deepEqual(
    index.similar('ddpfx').map((s) => s.normalized),
    ['ddpf'],
  );
  assert.deepEqual(
    index.similar('liberezlesdetenu').map((s) => s.normalized),
    ['liberezlesdetenus'],
  );
});

test('identifiers are indexed for exact lookup only', () => {
  const index = new SignatureIndex();
  index.add(1, [{ normalized: '0612345678', fuzzy: false }]);
  assert.deepEqual(index.ids('0612345678'), [1]);
  assert.deepEqual(index.similar('0612345679'), []);
});

test('removing an incident updates frequencies and fuzzy neighbours', () => {
  const index = new SignatureIndex();
  index.add(1, [tag('ddfp')]);
  index.add(2, [tag('ddfp'), tag('ddpf')]);
  index.remove(2, ['ddfp', 'ddpf']);
  assert.equal(index.documentCount, 1);
  assert.equal(index.documentFrequency('ddfp'), 1);
  assert.equal(index.documentFrequency('ddpf'), 0);
  assert.deepEqual(
    index.similar('ddpf').map((s) => s.normalized),
    ['ddfp'],
  );
  index.remove(1, ['ddfp']);
  assert.deepEqual(index.similar('ddpf'), []);
  assert.equal(index.keyCount, 0);
});

test('the deletion neighbourhood stops at two characters', () => {
  assert.deepEqual([...deletionNeighbourhood('ddpf', 1)].sort(), ['ddf', 'ddp', 'dpf']);
  assert.ok([...deletionNeighbourhood('ddpf', 2)].every((variant) => variant.length >= 2));
  assert.equal(deletionNeighbourhood('ab', 2).size, 0);
});
