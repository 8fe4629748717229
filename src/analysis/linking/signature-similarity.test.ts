import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AliasTable, damerauLevenshtein, jaroWinkler, signatureSimilarity } from './signature-similarity.ts';

test('Jaro-Winkler gives the textbook values', () => {
  assert.equal(jaroWinkler('martha', 'marhta').toFixed(3), '0.961');
  assert.equal(jaroWinkler('dwayne', 'duane').toFixed(3), '0.840');
  assert.equal(jaroWinkler('dixon', 'dicksonx').toFixed(3), '0.813');
  assert.equal(jaroWinkler('ddpf', 'ddpf'), 1);
  assert.equal(jaroWinkler('ddpf', ''), 0);
});

test('edit distance counts a transposition of neighbours as one edit', () => {
  assert.equal(damerauLevenshtein('ddpf', 'ddfp'), 1);
  assert.equal(damerauLevenshtein('ddpf', 'ddfm'), 2);
  assert.equal(damerauLevenshtein('kitten', 'sitting'), 3);
  assert.equal(damerauLevenshtein('', 'abc'), 3);
  assert.equal(damerauLevenshtein('ddpf', 'abcdefgh', 2), 3, 'stops early past the bound');
});

test('a misspelt tag scores higher than a tag two letters off, which scores higher than an unrelated one', () => {
  const same = signatureSimilarity('ddpf', 'ddpf');
  const transposed = signatureSimilarity('ddpf', 'ddfp');
  const twoOff = signatureSimilarity('ddpf', 'ddfm');
  const unrelated = signatureSimilarity('ddpf', 'abcd');
  assert.deepEqual(same, { score: 1, measure: 'exact', similarity: 1 });
  assert.equal(transposed.measure, 'edit_distance');
  assert.equal(transposed.distance, 1);
  assert.equal(transposed.score, 0.75);
  assert.equal(twoOff.distance, 2);
  assert.ok(twoOff.score > 0 && twoOff.score < 0.4, `two edits on four letters is a weak hint (${twoOff.score})`);
  assert.equal(unrelated.score, 0);
  assert.ok(same.score > transposed.score && transposed.score > twoOff.score && twoOff.score > unrelated.score);
});

test('tags of one or two letters never match fuzzily', () => {
  assert.equal(signatureSimilarity('ab', 'ac').score, 0);
  assert.equal(signatureSimilarity('a', 'b').score, 0);
});

test('long signatures are compared by Jaro-Winkler, with a threshold', () => {
  const typo = signatureSimilarity('liberezlesdetenus', 'libereslesdetenus');
  assert.equal(typo.measure, 'jaro_winkler');
  assert.ok(typo.similarity >= 0.9 && typo.score > 0.4, JSON.stringify(typo));
  const other = signatureSimilarity('liberezlesdetenus', 'mortauxmatons');
  assert.equal(other.measure, 'jaro_winkler');
  assert.equal(other.score, 0);
});

test('an alias declared by an analyst makes two different texts the same signature', () => {
  const aliases = new AliasTable();
  aliases.set('Défense des droits des prisonniers français', 'D.D.P.F.');
  assert.equal(aliases.canonical('defensedesdroitsdesprisonniersfrancais'), 'ddpf');
  assert.deepEqual(signatureSimilarity('defensedesdroitsdesprisonniersfrancais', 'ddpf', aliases), {
    score: 0.95,
    measure: 'alias',
    similarity: 1,
  });
  assert.equal(signatureSimilarity('defensedesdroitsdesprisonniersfrancais', 'ddpf').score, 0, 'not without the table');
});

test('the fuzzy comparison also runs on canonical forms', () => {
  const aliases = AliasTable.fromJSON([{ alias: 'dfpf', canonical: 'ddpf' }]);
  // "ddfp" is one transposition from the canonical "ddpf", two edits from "dfpf"
  assert.equal(signatureSimilarity('dfpf', 'ddfp', aliases).score, 0.75);
});

test('the alias table resolves chains, survives a round trip through JSON and can be edited', () => {
  const aliases = new AliasTable();
  aliases.set('ddpf83', 'ddpf13');
  aliases.set('ddpf13', 'ddpf');
  assert.equal(aliases.canonical('ddpf83'), 'ddpf', 'a → b then b → c gives a → c');
  assert.deepEqual(aliases.variantsOf('ddpf83').sort(), ['ddpf', 'ddpf13', 'ddpf83']);
  assert.equal(aliases.set('ddpf', 'ddpf83'), true, 'already the same: no cycle is made');
  assert.equal(aliases.canonical('ddpf'), 'ddpf');
  const copy = AliasTable.fromJSON(JSON.parse(JSON.stringify(aliases)));
  assert.deepEqual(copy.toJSON(), aliases.toJSON());
  assert.equal(copy.size, 2);
  copy.delete('DDPF 83');
  assert.equal(copy.canonical('ddpf83'), 'ddpf83');
  assert.equal(copy.canonical('ddpf13'), 'ddpf');
});
