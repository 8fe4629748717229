import { test } from 'node:test';
import assert from 'node:assert/strict';
import { foldWords, normalizeSignature } from './fold-text.ts';

test('signatures agree whatever their case, accents, punctuation and spacing', () => {
  for (const text of ['D.D.P.F.', 'ddpf', 'D D P F', ' d-d-p-f ', 'ĐDPF'.replace('Đ', 'D')])
    assert.equal(normalizeSignature(text), 'ddpf', text);
  assert.equal(normalizeSignature('Liberté pour les détenus !'), 'libertepourlesdetenus');
  assert.equal(normalizeSignature('...'), '');
});

test('names fold to words, so hyphens and apostrophes do not matter', () => {
  assert.equal(foldWords('Toulon-La Farlède'), 'toulon la farlede');
  assert.equal(foldWords("Maison d'arrêt de l'Œuvre"), 'maison d arret de l oeuvre');
});
