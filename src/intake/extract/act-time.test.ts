import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractText } from './extract.ts';
import { referenceGazetteer } from './test-gazetteer.ts';
import type { IncidentCandidate } from './extraction.types.ts';

// Sentences written for these tests: the time of an act told in a sentence of its own, after the act.
const incidents = (text: string, published = '2025-03-12') =>
  extractText(text, referenceGazetteer(), { published }).items[0].candidates.filter(
    (c): c is IncidentCandidate => c.kind === 'incident',
  );
const timesOf = (text: string, published?: string) =>
  incidents(text, published).map((c) => `${c.draft.facility ?? c.draft.place?.commune} ${c.at ?? '-'}`);

test('a time told in the sentence after the act, which names no site, is the act time', () => {
  assert.deepEqual(
    timesOf(
      "Deux voitures de surveillants ont été incendiées dans la nuit de lundi à mardi sur le parking de la maison d'arrêt de Nîmes. L'incendie s'est déclaré vers 3 h 10, selon les pompiers.",
    ),
    ['fr-nimes-ma 03:10'],
  );
  assert.deepEqual(
    timesOf(
      'Shots were fired at the gate of Toulon prison overnight Monday into Tuesday.\n\nA neighbour heard the gunfire at around 1.50am and called the police.',
    ),
    ['fr-toulon-la-farlede-cp 01:50'],
  );
  assert.deepEqual(
    timesOf(
      "Un détenu a agressé un surveillant mardi à la maison d'arrêt de Nîmes. Il était environ 10 h 15. Le surveillant a été conduit à l'hôpital.",
    ),
    ['fr-nimes-ma 10:15'],
  );
});

test('a time of the response or of the end of an act, or one told after another scene, is not the act time', () => {
  assert.deepEqual(
    timesOf(
      "Une trentaine de détenus ont refusé de regagner leurs cellules mardi à la maison d'arrêt de Nîmes. Vers 19 heures, le retour au calme était constaté.",
    ),
    ['fr-nimes-ma -'],
  );
  assert.deepEqual(
    timesOf(
      'Inmates set fire to mattresses at Toulon prison on Tuesday. Intervention teams were deployed at around 6pm.',
    ),
    ['fr-toulon-la-farlede-cp -'],
  );
  assert.deepEqual(
    timesOf(
      "Mardi, un surveillant a été agressé à la maison d'arrêt de Nîmes. À Avignon, un détenu a été découvert vers 15 heures dans la cour.",
    ),
    ['fr-nimes-ma -'],
  );
});

test('the time told before the end of the act in the same sentence is the act time', () => {
  assert.deepEqual(
    timesOf(
      'Inmates took over a wing of Toulon prison on Sunday and set fire to mattresses.\n\nThe unrest began at 4pm and calm was restored three hours later.',
    ),
    ['fr-toulon-la-farlede-cp 16:00'],
  );
});
