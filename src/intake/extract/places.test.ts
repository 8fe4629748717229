import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractText } from './extract.ts';
import { referenceGazetteer } from './test-gazetteer.ts';
import type { IncidentCandidate } from './extraction.types.ts';

const incidents = (text: string) =>
  extractText(text, referenceGazetteer(), { published: '2025-04-16' }).items[0].candidates.filter(
    (c): c is IncidentCandidate => c.kind === 'incident',
  );

test('reads Aix-Luynes as the prison of Bouches-du-Rhône', () => {
  const [found] = incidents(
    'Des voitures ont été incendiées sur le parking de la prison de Luynes dans la nuit du 14 au 15 avril.',
  );
  assert.equal(found.draft.facility, 'fr-aix-luynes-cp');
});

test('reads Luynes (Indre-et-Loire) as the commune, not the prison near Aix', () => {
  const [found] = incidents(
    'Un surveillant de Tours a vu sa voiture incendiée devant son domicile à Luynes (Indre-et-Loire) dans la nuit du 14 au 15 avril.',
  );
  assert.equal(found.draft.facility, undefined);
  assert.equal(found.draft.place?.commune, 'Luynes');
  assert.equal(found.draft.place?.department, '37');
});

test('reads "Toulon prison" as Toulon-La Farlède', () => {
  const [found] = incidents('Gunmen fired at the entrance of Toulon prison on the night of 14 to 15 April.');
  assert.equal(found.draft.facility, 'fr-toulon-la-farlede-cp');
});

test('makes a staff home in a town a place with coordinates, not the prison of that town', () => {
  const [found] = incidents('A prison officer was threatened at his home in Nancy on Monday night.');
  assert.equal(found.draft.facility, undefined);
  assert.equal(found.draft.place?.commune, 'Nancy');
  assert.equal(found.draft.place?.precision, 'commune');
  assert.ok(Math.abs(Number(found.draft.place?.lat ?? 0) - 48.69) < 0.05);
});
