// The corpus scorer of `npm run bench:extract` (bench/extract/corpus.ts) on one sentence of ours:
// what it counts as right, and the error classes it lists for whoever writes the rules.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CorpusScore, type CorpusDocument, type CorpusIncident } from '../../bench/extract/corpus.ts';
import { extractText } from '../../src/intake/extract/extract.ts';
import { referenceGazetteer } from '../../src/intake/extract/test-gazetteer.ts';

const TEXT = `Tirs contre la prison de Valence

Des coups de feu ont visé vers 2 heures la porte du centre pénitentiaire de Valence, dans la nuit de lundi à mardi.`;
const PUBLISHED = '2025-04-16';

const incident = (overrides: Partial<CorpusIncident>): CorpusIncident => ({
  site: 'fr-valence-cp',
  night: '2025-04-14',
  date_kind: 'night',
  at: '02:00',
  event_types: ['gunfire'],
  target_kinds: ['facility'],
  spot: 'gate',
  employer: null,
  signatures: [],
  ...overrides,
});

function scored(gold: CorpusIncident): CorpusScore {
  const document: CorpusDocument = {
    id: 'test-001-valence',
    lang: 'fr',
    genre: 'regional_press',
    published: PUBLISHED,
    negative: false,
    negative_kind: null,
    incidents: [gold],
    must_not_sites: [],
    signatures: [],
    seizures: [],
    text: TEXT,
  };
  const score = new CorpusScore();
  score.add(document, extractText(TEXT, referenceGazetteer(), { published: PUBLISHED, format: 'text' }).items[0]);
  return score;
}

const timeErrors = (score: CorpusScore) => [...score.errors.keys()].filter((kind) => kind.startsWith('time ')).sort();

test('a time read as labelled is right and lists no time error', () => {
  const score = scored(incident({}));
  assert.equal(score.triples.f1, 1, score.misses.join('\n'));
  assert.deepEqual(timeErrors(score), []);
});

test('a time read where the labels state none is listed as spurious, not counted in the share', () => {
  const score = scored(incident({ at: null }));
  assert.deepEqual(timeErrors(score), ['time spurious']);
  assert.match(score.misses.join('\n'), /time spurious: fr-valence-cp: 02:00 for null/);
});

test('a time other than the labelled one is listed as wrong', () => {
  const score = scored(incident({ at: '03:00' }));
  assert.deepEqual(timeErrors(score), ['time wrong']);
});

test('a must-not place made the site is counted once, with the rule that read it, where it is named and the near miss declared', () => {
  const document: CorpusDocument = {
    id: 'test-002-valence-negative',
    lang: 'fr',
    genre: 'regional_press',
    published: PUBLISHED,
    negative: true,
    negative_kind: 'dateline',
    incidents: [],
    must_not_sites: ['fr-valence-cp'],
    signatures: [],
    seizures: [],
    text: TEXT,
  };
  const score = new CorpusScore();
  score.add(document, extractText(TEXT, referenceGazetteer(), { published: PUBLISHED, format: 'text' }).items[0]);
  assert.equal(score.mustNot, 1);
  const classes = [...score.errors.keys()].filter((kind) => kind.startsWith('must-not place')).sort();
  // The incident's place is the body's "centre pénitentiaire de Valence", in its first sentence.
  assert.deepEqual(classes, [
    'must-not place, document: dateline',
    'must-not place, named in: opening',
    'must-not place, read by: facility.alias',
  ]);
  assert.equal(score.errors.get('site was a must-not place'), 1);
  // The sub-classes name no document: the per-document misses (never printed for the holdout) do.
  assert.ok(classes.every((kind) => !kind.includes('test-002')));
});

test('the typing of acts placed right is counted apart: a wrong night leaves it out, a wrong type counts in it', () => {
  const right = scored(incident({}));
  assert.deepEqual([right.eventTypesPlaced.right, right.eventTypesPlaced.all], [1, 1]);
  const otherType = scored(incident({ event_types: ['vehicle_arson'] }));
  assert.deepEqual([otherType.eventTypesPlaced.right, otherType.eventTypesPlaced.all], [0, 1]);
  const otherNight = scored(incident({ night: '2025-04-10' }));
  assert.deepEqual([otherNight.eventTypesPlaced.all, otherNight.eventTypes.all], [0, 1]);
});
