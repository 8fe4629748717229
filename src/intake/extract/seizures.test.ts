import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractText } from './extract.ts';
import { referenceGazetteer } from './test-gazetteer.ts';
import type { SeizureCandidate } from './extraction.types.ts';

const seizures = (text: string, published = '2025-04-16') => extractText(text, referenceGazetteer(), { published }).items[0].candidates
  .filter((c): c is SeizureCandidate => c.kind === 'seizure');

test('a national total over months is a statistic, not a seizure (corpus v2 guidelines)', () => {
  assert.deepEqual(seizures('Retailleau revealed that 47 tons of cocaine had been seized in just the first 11 months of 2024.'), []);
});

test('reads a French decimal tonnage, its value in euros, the agency and the port', () => {
  const [found] = seizures('Les douaniers ont saisi 1,2 tonne de cocaïne au port du Havre, d\'une valeur de 40 millions d\'euros.');
  assert.deepEqual(found.draft.quantity, { value: 1.2, unit: 't' });
  assert.deepEqual(found.draft.value, { amount: 40_000_000, currency: 'EUR' });
  assert.equal(found.draft.agency, 'Douane');
});

test('reads a dollar value and the cartel beside a quantity', () => {
  const [found] = seizures('The Coast Guard seized 20 tons of cocaine worth $510 million from vessels near Ecuador, linked to the Sinaloa cartel.');
  assert.deepEqual(found.draft.value, { amount: 510_000_000, currency: 'USD' });
  assert.equal(found.draft.place?.country, 'EC');
  assert.deepEqual(found.draft.organisation, { name: 'Sinaloa', kind: 'cartel' });
});
