// A second labelling scored as an extraction (bench/extract/labels-as-extraction.ts, used by
// `npm run bench:extract-agreement`): labels that agree score 1 on every measure, and each way two
// labellers can differ shows in the measure and error class of the extractor's bench.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CorpusScore, type CorpusDocument, type CorpusIncident } from '../../bench/extract/corpus.ts';
import { labelsAsExtraction } from '../../bench/extract/labels-as-extraction.ts';

const incident = (overrides: Partial<CorpusIncident> = {}): CorpusIncident => ({
  site: 'fr-valence-cp',
  night: '2025-04-14',
  date_kind: 'night',
  at: '02:00',
  event_types: ['vehicle_arson'],
  target_kinds: ['staff_vehicle'],
  spot: 'staff_car_park',
  employer: null,
  signatures: ['DDPF'],
  ...overrides,
});

const documentOf = (incidents: CorpusIncident[], overrides: Partial<CorpusDocument> = {}): CorpusDocument => ({
  id: 'test-001-agreement',
  lang: 'fr',
  genre: 'regional_press',
  published: '2025-04-16',
  negative: false,
  negative_kind: null,
  incidents,
  must_not_sites: ['commune:Lyon'],
  signatures: incidents.flatMap((i) => i.signatures),
  seizures: [{ drug: 'cannabis_resin', kg: 0.18, place: 'fr-valence-cp', origin: null, value_eur: null }],
  text: '',
  ...overrides,
});

function agreement(first: CorpusDocument, second: CorpusDocument): CorpusScore {
  const score = new CorpusScore();
  score.add(first, labelsAsExtraction(second));
  return score;
}

test('the same labels agree on every measure', () => {
  const first = documentOf([
    incident(),
    incident({
      site: 'commune:Aix-en-Provence',
      night: '2025-04-15',
      date_kind: 'day',
      at: null,
      employer: 'fr-aix-luynes-cp',
    }),
    incident({ site: 'fr-tarascon-cd', night: null, date_kind: null, at: null, signatures: [] }),
  ]);
  const score = agreement(first, first);
  assert.equal(score.triples.f1, 1, score.misses.join('\n'));
  assert.equal(score.seizures.f1, 1, score.misses.join('\n'));
  assert.equal(score.signatures.f1, 1, score.misses.join('\n'));
  assert.deepEqual(
    [score.eventTypes.value, score.targetKinds.value, score.spot.value, score.employer.value, score.at.value],
    [1, 1, 1, 1, 1],
  );
  assert.deepEqual([...score.errors.keys()], []);
});

test('a night a day apart, another event type, a site the first labeller ruled out and a seizure elsewhere each show', () => {
  const first = documentOf([incident()]);
  const second = documentOf(
    [incident({ night: '2025-04-15', event_types: ['vehicle_arson', 'graffiti'] }), incident({ site: 'commune:Lyon' })],
    { seizures: [{ drug: 'cannabis_resin', kg: 0.18, place: 'commune:Valence', origin: null, value_eur: null }] },
  );
  const score = agreement(first, second);
  assert.equal(score.triples.tp, 0);
  assert.deepEqual([...score.errors.keys()].sort(), [
    'event type spurious: graffiti',
    // A labeller's reading has no rule and no span: the must-not place's classes say so.
    'must-not place, document: not a near miss',
    'must-not place, named in: not shown',
    'must-not place, read by: no rule',
    'night off by one',
    'seizure place wrong',
    'site was a must-not place',
  ]);
  assert.equal(score.mustNot, 1);
  assert.equal(score.seizures.f1, 0);
});
