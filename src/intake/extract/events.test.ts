import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findCasualties, findEvents, findWeapons } from './events.ts';
import { foldSameLength } from './folded-text.ts';
import { findOrganisations, findSignatures } from './signatures.ts';

const whole = (text: string) => ({ start: 0, end: text.length });
const events = (text: string) =>
  findEvents(foldSameLength(text), whole(text))
    .map((f) => f.value)
    .sort();

test('tells vehicle arson from attempted arson and gunfire, in French and English', () => {
  assert.deepEqual(events('vehicles were set ablaze outside the prison'), ['vehicle_arson']);
  assert.deepEqual(events('assailants attempted an arson attack'), ['attempted_arson']);
  assert.deepEqual(events('des tirs ont visé la porte de la prison'), ['gunfire']);
  assert.deepEqual(events('gunmen fired military-grade weapons at the entrance'), ['gunfire']);
});

test('does not read a denied fact as an event', () => {
  assert.deepEqual(events("Aucun tag n'a été relevé."), []);
});

test('names weapons as written and counts casualties', () => {
  const text = 'fired a kalachnikov and military-grade weapons, which left two guards dead and three injured';
  const folded = foldSameLength(text);
  assert.deepEqual(
    findWeapons(text, folded, whole(text)).map((f) => f.value),
    ['kalachnikov', 'military-grade weapons'],
  );
  assert.deepEqual(findCasualties(folded, whole(text))?.value, { killed: 2, injured: 3 });
});

test('reads quoted and capitalised tags but not union acronyms or quoted speech', () => {
  const text =
    'Graffiti reading "DDPF" was found; the union UFAP said "Prison staff are not cannon fodder", and the letters D.D.P.F were painted.';
  const found = findSignatures(text, foldSameLength(text), whole(text)).map((f) => f.value.text);
  assert.deepEqual(found, ['DDPF', 'D.D.P.F']);
});

test('names cartels and gangs', () => {
  const text = 'a blow to the Sinaloa and Jalisco New Generation cartels, and to the DZ Mafia';
  assert.deepEqual(
    findOrganisations(foldSameLength(text), whole(text)).map((f) => f.value.name),
    ['Sinaloa', 'Jalisco New Generation', 'DZ Mafia'],
  );
});

test("the attackers' car found burnt out is no vehicle arson", () => {
  assert.deepEqual(events('La voiture des tireurs a été retrouvée calcinée dans un champ.'), []);
  assert.deepEqual(events('The getaway car was later found burnt out.'), []);
  assert.deepEqual(events('La Clio a été retrouvée incendiée un peu plus tard, à trois kilomètres.'), []);
  assert.deepEqual(events("Two officers' cars were burnt out."), ['vehicle_arson']);
});

test('reads a find of smuggled items as contraband found, and a comparison as no projection', () => {
  assert.deepEqual(events('La fouille de sa cellule a permis de saisir deux téléphones portables.'), [
    'contraband_found',
  ]);
  assert.deepEqual(events('Guards recovered two more parcels on the roof.'), ['contraband_found']);
  assert.deepEqual(events('Plus de 40.000 téléphones ont été saisis dans les prisons françaises en 2024.'), []);
  assert.deepEqual(events("Ça va plus vite qu'une projection, regrette un délégué."), []);
});

test('reads a stabbing, a knife attack and officers wounded or knocked down as an assault on staff; a search alone finds nothing', () => {
  assert.deepEqual(events('An inmate wounded two guards in a knife attack.'), ['assault_on_staff']);
  assert.deepEqual(events("Deux détenus s'en sont pris à un surveillant."), ['assault_on_staff']);
  assert.deepEqual(events('Une voiture a renversé deux surveillantes.'), ['assault_on_staff']);
  assert.deepEqual(events('Les détenus étaient fouillés un par un.'), []);
  assert.deepEqual(events('La fouille de la cellule a permis de découvrir trois téléphones.'), ['contraband_found']);
});

test('reads inmates refusing to go back to their cells as a riot', () => {
  assert.deepEqual(events('Quelque 80 détenus ont refusé jeudi de regagner leur cellule.'), ['riot']);
  assert.deepEqual(events('Forty inmates refused to return to their cells.'), ['riot']);
});
