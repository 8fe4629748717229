/**
 * The third round of general rules (issue 14), each on sentences written for these tests: villages
 * outside GeoNames, an escorted inmate's prison, a site named after the act, one scene per article,
 * a headline's acts, what a car fire brings with it, legal names of acts and reporting dates.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractText } from './extract.ts';
import type { IncidentCandidate } from './extraction.types.ts';
import { nightOf } from '../../../bench/extract/gold.ts';
import { referenceGazetteer } from './test-gazetteer.ts';
import { findEvents, mergeConsequences } from './events.ts';
import { findDates } from './dates.ts';
import { foldSameLength } from './folded-text.ts';
import { namedInPassing } from './site-roles.ts';
import { communesByName } from './communes.ts';

function incidents(text: string, published: string): IncidentCandidate[] {
  const [item] = extractText(text, referenceGazetteer(), { published }).items;
  return item.candidates.filter((c): c is IncidentCandidate => c.kind === 'incident');
}
const siteOf = (c: IncidentCandidate) => c.draft.facility ?? `commune:${c.draft.place?.commune}`;
const eventsOf = (sentence: string) =>
  findEvents(foldSameLength(sentence), { start: 0, end: sentence.length })
    .map((f) => f.value)
    .sort();

test("a village GeoNames lacks is a place after a word of place, at its department's centre", () => {
  const [candidate, ...others] = incidents(
    "Des tirs ont visé la maison d'un surveillant à Ménerbes dans la nuit du 3 au 4 mai.",
    '2025-05-05',
  );
  assert.equal(others.length, 0);
  assert.equal(siteOf(candidate), 'commune:Ménerbes');
  assert.equal(nightOf(candidate.draft.occurred), '2025-05-03');
  // Every current commune is known; those without a GeoNames centre say so.
  const approximate = [...communesByName().values()].flat().find((c) => c.precision === 'department');
  assert.ok(approximate);
});

test('a village name written without its accents, or not after a word of place, is not that village', () => {
  const text =
    "Un responsable de Force Ouvrière a dénoncé les tirs contre la maison d'arrêt de Nîmes, dans la nuit du 3 au 4 mai.";
  assert.deepEqual(incidents(text, '2025-05-05').map(siteOf), ['fr-nimes-ma']);
});

test('the prison of an escorted inmate is where the escort left from, not the site of an escape at a hospital', () => {
  const text =
    "Un détenu de la maison d'arrêt de Nîmes s'est évadé lundi soir lors d'une consultation à l'hôpital d'Alès.";
  const [candidate, ...others] = incidents(text, '2025-05-07');
  assert.equal(others.length, 0);
  assert.equal(siteOf(candidate), 'commune:Alès');
  assert.equal(candidate.employer, 'fr-nimes-ma');
  assert.deepEqual(candidate.draft.event_types, ['escape']);
  // Without a hospital, an escort or another place, the inmate's prison is the site.
  assert.deepEqual(
    incidents("Un détenu de la maison d'arrêt de Nîmes s'est évadé lundi soir.", '2025-05-07').map(siteOf),
    ['fr-nimes-ma'],
  );
});

test('a site named later in the sentence takes the act of the clause before it', () => {
  const text =
    'An inmate escaped from his escort yesterday morning while being taken for treatment at a hospital in Alès.';
  const [candidate, ...others] = incidents(text, '2025-05-07');
  assert.equal(others.length, 0);
  assert.equal(siteOf(candidate), 'commune:Alès');
  assert.deepEqual(candidate.draft.event_types, ['escape']);
});

test("an article about one scene gives a later paragraph's act to it; an article about two does not", () => {
  const one =
    "Le hall de l'immeuble d'une surveillante a été visé dans la nuit de lundi à mardi à Villeurbanne.\n\nLes lettres « DDPF » ont été peintes sur les murs, puis un début d'incendie a été allumé.";
  const [candidate, ...others] = incidents(one, '2025-04-16');
  assert.equal(others.length, 0);
  assert.equal(siteOf(candidate), 'commune:Villeurbanne');
  assert.deepEqual([...candidate.draft.event_types].sort(), ['arson', 'graffiti']);
  const two =
    "Des voitures ont brûlé devant la prison de Nîmes et devant celle de Tarascon dans la nuit de lundi à mardi.\n\nUn début d'incendie a été allumé.";
  for (const c of incidents(two, '2025-04-16')) assert.deepEqual(c.draft.event_types, ['vehicle_arson']);
});

test("a headline's acts without a site are those of the article's one incident", () => {
  const text =
    'Gunmen free inmate in motorway ambush\n\nA prison van was rammed on Tuesday morning at the Ménerbes toll, officials said.';
  const [candidate, ...others] = incidents(text, '2025-05-14');
  assert.equal(others.length, 0);
  assert.equal(siteOf(candidate), 'commune:Ménerbes');
  assert.deepEqual([...candidate.draft.event_types].sort(), ['escape', 'gunfire', 'transport_ambush']);
});

test('"several men" is not several scenes: their shots go to the site of the sentence before', () => {
  const text =
    'A prison van was stopped near the Nîmes jail on Monday morning. Several men armed with rifles opened fire on the officers.';
  const [candidate] = incidents(text, '2025-05-14');
  assert.ok(candidate.draft.event_types.includes('gunfire'));
});

test("a car fire's explosion and its spreading are the car fire; a door set on fire is an arson of its own", () => {
  const text = 'Trois voitures ont brûlé et on a entendu une explosion. Une quatrième a pris feu.';
  const folded = foldSameLength(text);
  const cut = text.indexOf('Une');
  const findings = [
    ...findEvents(folded, { start: 0, end: cut }),
    ...findEvents(folded, { start: cut, end: text.length }),
  ];
  assert.deepEqual(findings.map((f) => f.value).sort(), ['arson', 'explosive', 'vehicle_arson']);
  assert.deepEqual(
    mergeConsequences(folded, findings).map((f) => f.value),
    ['vehicle_arson'],
  );
  const door = 'Deux voitures ont brûlé. La porte du hall a été incendiée.';
  const doorFolded = foldSameLength(door);
  const doorFindings = [
    ...findEvents(doorFolded, { start: 0, end: 23 }),
    ...findEvents(doorFolded, { start: 24, end: door.length }),
  ];
  assert.deepEqual(
    mergeConsequences(doorFolded, doorFindings)
      .map((f) => f.value)
      .sort(),
    ['arson', 'vehicle_arson'],
  );
});

test('a car fire at a prison aims at the cars; shots as well aim at the prison', () => {
  const cars = incidents(
    "Deux voitures ont été incendiées et des tags peints sur le parking de la maison d'arrêt de Nîmes, dans la nuit du 3 au 4 mai.",
    '2025-05-05',
  );
  assert.deepEqual(cars[0].draft.target_kinds, ['staff_vehicle']);
  const shots = incidents(
    "Deux voitures ont été incendiées et des tirs ont visé la maison d'arrêt de Nîmes, dans la nuit du 3 au 4 mai.",
    '2025-05-05',
  );
  assert.deepEqual([...shots[0].draft.target_kinds!].sort(), ['facility', 'staff_vehicle']);
});

test('words of fire, shots and escape read in their other forms', () => {
  assert.deepEqual(eventsOf('Trois de ses véhicules sont partis en fumée.'), ['vehicle_arson']);
  assert.deepEqual(eventsOf('Des impacts de tirs ont été relevés sur la façade.'), ['gunfire']);
  assert.deepEqual(eventsOf("La porte d'entrée de la maison a été incendiée."), ['arson']);
  assert.deepEqual(eventsOf('The gunmen fled, freeing the inmate.'), ['escape', 'gunfire']);
  // "attempted murder after shots were fired" is no attempted arson.
  assert.deepEqual(eventsOf('An inquiry for attempted murder was opened after shots were fired at the gate.'), [
    'gunfire',
  ]);
});

test('the legal name of an act ("une enquête pour évasion") is not a new act', () => {
  assert.deepEqual(eventsOf('Le parquet a ouvert une enquête pour évasion en bande organisée.'), []);
  assert.deepEqual(eventsOf('He was charged with arson and threats.'), []);
  assert.deepEqual(eventsOf("Un détenu s'est évadé."), ['escape']);
});

test('"a-t-on appris mercredi" dates when it was learnt, not the act', () => {
  const text = "Un détenu s'est évadé mardi soir, a-t-on appris mercredi.";
  const dates = findDates(foldSameLength(text), '2025-05-08').map((d) => text.slice(d.start, d.end));
  assert.deepEqual(dates, ['mardi soir']);
});

test('a place an office is "based in" is never a site', () => {
  const text = 'The prosecutors, based in Paris, took the case.';
  const start = text.indexOf('Paris');
  assert.equal(namedInPassing(foldSameLength(text), { start, end: start + 5 }), true);
});

test('a town after a hospital, a toll or a street address is the town, not its prison', () => {
  const [candidate] = incidents(
    'A prisoner escaped from his escort yesterday morning at a hospital in Brest.',
    '2025-05-17',
  );
  assert.equal(siteOf(candidate), 'commune:Brest');
  const [street] = incidents(
    "La voiture d'un surveillant a brûlé dans la nuit de samedi à dimanche, rue de la Paix, à Agen.",
    '2025-05-05',
  );
  assert.equal(siteOf(street), 'commune:Agen');
});

test("where an inmate's past crime was committed is never a site", () => {
  const text =
    "Un détenu s'est évadé mardi soir aux urgences de Pontoise. Le fugitif, écroué pour un assassinat commis fin septembre à Valenton, a pris la fuite en voiture.";
  assert.deepEqual(incidents(text, '2025-05-08').map(siteOf), ['commune:Pontoise']);
});

test('an act recalled "deux mois après", "in 2013", "fin mars" is background, not news', () => {
  assert.deepEqual(eventsOf("Deux mois après l'attaque mortelle d'un fourgon au péage, la colère monte."), []);
  assert.deepEqual(
    incidents('He had already escaped from the Lille-Sequedin prison in 2013 using explosives.', '2025-07-01'),
    [],
  );
  assert.deepEqual(
    incidents("Des voitures ont brûlé fin mars sur le parking de la maison d'arrêt de Nîmes.", '2025-05-05'),
    [],
  );
  assert.equal(
    incidents("Des voitures ont brûlé fin avril sur le parking de la maison d'arrêt de Nîmes.", '2025-05-05').length,
    1,
  );
});

test('a drone that guards a convoy, or one a man was preparing when arrested, is no drone drop', () => {
  assert.deepEqual(eventsOf('The inmates were moved under escort from elite units, drones and helicopters.'), []);
  assert.deepEqual(
    eventsOf("Les policiers l'ont surpris alors qu'il préparait un drone équipé d'un système de largage."),
    [],
  );
  assert.deepEqual(eventsOf('Un drone a largué un colis dans la cour.'), ['drone_drop']);
});

test('cars doused with fuel that did not catch are an attempted arson aimed at the cars', () => {
  const text =
    "Dans la nuit de dimanche à lundi, des véhicules du personnel de la maison d'arrêt de Nîmes ont été aspergés d'un liquide inflammable, mais le feu n'a pas pris.";
  const [candidate] = incidents(text, '2025-04-15');
  assert.deepEqual(candidate.draft.event_types, ['attempted_arson']);
  assert.deepEqual(candidate.draft.target_kinds, ['staff_vehicle']);
  assert.equal(nightOf(candidate.draft.occurred), '2025-04-13');
});

test('"on Wednesday, a day after two officers were stabbed": the act was on Tuesday', () => {
  const text =
    'Guards blocked the gates of the Nîmes prison on Wednesday, a day after two officers were stabbed by an inmate there.';
  const [candidate] = incidents(text, '2019-03-06');
  assert.equal(nightOf(candidate.draft.occurred), '2019-03-05');
  const [, after] = findDates(foldSameLength("Mardi, au lendemain de l'embuscade, la colère monte."), '2019-03-06');
  assert.deepEqual(after.occurred, { date: '2019-03-04' });
});

test('a summary of acts ("plusieurs incendies et tentatives d\'agressions") is not one act', () => {
  assert.deepEqual(
    eventsOf("Depuis avril, plusieurs incendies et tentatives d'agressions ont visé des agents à Essey-lès-Nancy."),
    [],
  );
  assert.deepEqual(eventsOf('Plusieurs voitures ont été incendiées.'), ['vehicle_arson']);
});

test('"a jail near Lyon" is the prison of that town, never the town', () => {
  const [candidate, ...others] = incidents(
    'A prisoner escaped on Friday from a jail near Lyon by hiding in a bag.',
    '2025-07-14',
  );
  assert.equal(others.length, 0);
  assert.equal(siteOf(candidate), 'fr-lyon-corbas-ma');
});

test('the town of a trial is never the site, and what the accused answers for is no new act', () => {
  assert.deepEqual(
    incidents('Menaces de mort contre un surveillant : le détenu jugé ce jeudi à Nancy.', '2017-02-16'),
    [],
  );
  assert.deepEqual(
    eventsOf(
      'Un détenu comparaît ce jeudi devant le tribunal correctionnel pour menaces de mort contre un surveillant.',
    ),
    [],
  );
});

test("a bare town in an article that names the prison school standing in it is that school, not the town's prison", () => {
  const text =
    "Agen : sept voitures incendiées\n\nSept voitures ont été incendiées dans la nuit de dimanche à lundi sur le parking de l'École nationale d'administration pénitentiaire. À Agen, la colère des surveillants monte après ces voitures incendiées.";
  const sites = [...new Set(incidents(text, '2025-04-14').map(siteOf))];
  assert.deepEqual(sites, ['fr-enap-agen']);
});

test('the same act told again a day later is one incident; a new kind of act the next night is another', () => {
  const again =
    'Lundi, un surveillant du centre pénitentiaire de Nîmes a été poignardé par un détenu. Mardi, le syndicat a dénoncé cette agression au centre pénitentiaire de Nîmes.';
  assert.deepEqual(
    incidents(again, '2025-05-07').map((c) => `${siteOf(c)} ${nightOf(c.draft.occurred)}`),
    ['fr-nimes-ma 2025-05-05'],
  );
  const twice =
    "Dans la nuit de dimanche à lundi, des véhicules du personnel de la maison d'arrêt de Nîmes ont été aspergés d'essence. Le lendemain soir, une voiture a été incendiée sur le parking de la maison d'arrêt de Nîmes.";
  assert.equal(incidents(twice, '2025-05-07').length, 2);
});

test("cars burnt in front of a prison's walls stood on its car park, and the fire's explosion adds no target", () => {
  const text =
    "Quatre voitures de surveillants ont brûlé devant les murs de la maison d'arrêt de Nîmes dans la nuit du 3 au 4 mai. On a entendu une explosion.";
  const [candidate] = incidents(text, '2025-05-05');
  assert.equal(candidate.spot, 'staff_car_park');
  assert.deepEqual(candidate.draft.event_types, ['vehicle_arson']);
  assert.deepEqual(candidate.draft.target_kinds, ['staff_vehicle']);
});
