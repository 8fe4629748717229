/**
 * What the rules must get right (issue 14, section 2), on sentences written for these tests: the
 * site of an act rather than every place named, nights and times, the details of an act (spot,
 * employer, time) each with its evidence.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractText } from './extract.ts';
import type { IncidentCandidate } from './extraction.types.ts';
import { nightOf } from '../../../bench/extract/gold.ts';
import { referenceGazetteer } from './test-gazetteer.ts';

function incidents(text: string, published: string): IncidentCandidate[] {
  const [item] = extractText(text, referenceGazetteer(), { published }).items;
  return item.candidates.filter((c): c is IncidentCandidate => c.kind === 'incident');
}
const siteOf = (c: IncidentCandidate) => c.draft.facility ?? `commune:${c.draft.place?.commune}`;
const summary = (list: IncidentCandidate[]) => list.map((c) => `${siteOf(c)} ${nightOf(c.draft.occurred)}`).sort();

test("an officer's car burnt at his home is an act at the home's commune, the prison he works at its employer", () => {
  const text =
    'Un agent du centre de détention de Tarascon a retrouvé sa voiture calcinée devant son domicile à Beaucaire, dans la nuit du jeudi 8 au vendredi 9 mai.';
  const [candidate, ...others] = incidents(text, '2025-05-10');
  assert.equal(others.length, 0);
  assert.equal(siteOf(candidate), 'commune:Beaucaire');
  assert.equal(nightOf(candidate.draft.occurred), '2025-05-08');
  assert.equal(candidate.employer, 'fr-tarascon-cd');
  assert.equal(candidate.spot, 'staff_home');
  assert.deepEqual([...candidate.draft.target_kinds!].sort(), ['staff_home', 'staff_vehicle']);
  const employer = candidate.evidence.find((e) => e.field === 'employer')!;
  assert.match(text.slice(employer.start, employer.end), /Tarascon/);
});

test('a prosecutor\'s seat is never the site; "dans la nuit de samedi à dimanche" resolves from the publication date', () => {
  const text =
    "Le parquet de Draguignan s'est saisi après l'incendie de deux voitures sur le parking du personnel de la maison d'arrêt de Grasse, dans la nuit de samedi à dimanche.";
  const list = incidents(text, '2025-05-12');
  assert.deepEqual(summary(list), ['fr-grasse-ma 2025-05-10']);
  assert.deepEqual(list[0].draft.event_types, ['vehicle_arson']);
  assert.equal(list[0].spot, 'staff_car_park');
  assert.equal(list[0].evidence.find((e) => e.field === 'spot')?.rule, 'spot.staff_car_park');
});

test('a dateline gives neither the place nor the date of the act', () => {
  const text =
    "NÎMES, 12 mai (AFP) - Des tirs ont visé le portail de la maison d'arrêt de Grasse la nuit dernière, sans faire de blessé.";
  const list = incidents(text, '2025-05-12');
  assert.deepEqual(summary(list), ['fr-grasse-ma 2025-05-11']);
  assert.equal(list[0].spot, 'gate');
});

test('"the following night" follows the act before it; a stated time is kept as `at`', () => {
  const text =
    'MARSEILLE, May 6 (Reuters) - Shots were fired at the gate of Arles prison around 11.30pm on Sunday. ' +
    'The following night, a van belonging to a guard was torched in the staff car park of Tarascon prison.';
  const list = incidents(text, '2025-05-06');
  assert.deepEqual(summary(list), ['fr-arles-mc 2025-05-04', 'fr-tarascon-cd 2025-05-05']);
  const arles = list.find((c) => c.draft.facility === 'fr-arles-mc')!;
  assert.equal(arles.at, '23:30');
  assert.equal(arles.evidence.find((e) => e.field === 'at')?.quote, '11.30pm');
  assert.deepEqual(list.find((c) => c.draft.facility === 'fr-tarascon-cd')!.draft.event_types, ['vehicle_arson']);
});

test('a town that only situates the site is not a site', () => {
  const list = incidents(
    'Shots were fired at the prison of Brest, west of Rennes, overnight on Tuesday.',
    '2025-05-07',
  );
  assert.deepEqual(
    summary(list).map((s) => s.split(' ')[0]),
    ['fr-brest-ma'],
  );
  const french = incidents(
    "Une voiture de surveillant a brûlé devant la maison d'arrêt de Grasse, au nord de Cannes, dans la nuit de lundi à mardi.",
    '2025-05-07',
  );
  assert.deepEqual(summary(french), ['fr-grasse-ma 2025-05-05']);
});

test('French times: "vers 2 heures" and "vers minuit et demi"; "le lendemain" is the day after the act before', () => {
  const [first] = incidents(
    "Des tirs ont visé la maison d'arrêt de Brest vers 2 heures, dans la nuit du 3 au 4 mai.",
    '2025-05-05',
  );
  assert.equal(first.at, '02:00');
  const list = incidents(
    "Vers minuit et demi, le 3 mai, une voiture de surveillant a brûlé devant la maison d'arrêt de Nîmes. Le lendemain, un tag a été peint sur le mur de la maison d'arrêt de Grasse.",
    '2025-05-06',
  );
  assert.equal(list.find((c) => c.draft.facility === 'fr-nimes-ma')?.at, '00:30');
  assert.equal(nightOf(list.find((c) => c.draft.facility === 'fr-grasse-ma')!.draft.occurred), '2025-05-04');
});

test('seizures: a prison find without a seizing verb, a port named "du Havre", the origin country and a mass in words', () => {
  const seizuresOf = (text: string, published: string) =>
    extractText(text, referenceGazetteer(), { published }).items[0].candidates.filter((c) => c.kind === 'seizure');
  const [cell] = seizuresOf(
    "Lors d'une fouille de cellule à la maison d'arrêt de Brest, 85 grammes de résine ont été découverts sous un lavabo.",
    '2025-05-07',
  );
  assert.equal(cell.kind === 'seizure' && cell.facility, 'fr-brest-ma');
  assert.deepEqual(cell.draft.quantity, { value: 85, unit: 'g' });
  const [port] = seizuresOf(
    'Les douaniers du Havre ont intercepté 640 kg de cocaïne en provenance du Brésil, cachés dans des sacs de café.',
    '2025-05-07',
  );
  assert.equal(port.draft.place?.commune, 'Le Havre');
  assert.equal(port.kind === 'seizure' && port.origin, 'Brazil');
  assert.equal(port.evidence.find((e) => e.field === 'origin')?.quote, 'Brésil');
  const [words] = seizuresOf(
    "Soixante kilos de cannabis ont été trouvés dans le coffre d'une voiture contrôlée à Pau.",
    '2025-05-07',
  );
  assert.deepEqual(words.draft.quantity, { value: 60, unit: 'kg' });
  assert.deepEqual(
    seizuresOf('En 2024, les douanes ont saisi 53 tonnes de cocaïne dans les ports français, un record.', '2025-05-07'),
    [],
  );
});

test('a prison named as where the victim works is the employer, and a staff residence beside a prison is in its commune', () => {
  const text =
    "Dans la nuit de dimanche à lundi, des faits ont été commis à Beaucaire (Gard). Dans l'entrée de l'immeuble où habite un agent affecté au centre de détention de Tarascon, un incendie a été allumé.";
  const list = incidents(text, '2025-05-06');
  assert.deepEqual(summary(list), ['commune:Beaucaire 2025-05-04']);
  assert.equal(list[0].employer, 'fr-tarascon-cd');
  const beside = incidents(
    'Two cars were set on fire on Sunday night in the car park of a residence next to the Grasse remand prison, home to many guards.',
    '2025-05-06',
  );
  assert.deepEqual(summary(beside), ['commune:Grasse 2025-05-04']);
});

test('a negated or hypothetical act is no act', () => {
  assert.deepEqual(
    incidents("Jusqu'ici, aucune menace n'avait été signalée contre la maison d'arrêt de Grasse.", '2025-05-06'),
    [],
  );
  assert.deepEqual(
    incidents(
      'The governor of Arles prison said the staff cars could have been set on fire had the patrol come later.',
      '2025-05-06',
    ),
    [],
  );
  assert.deepEqual(
    incidents(
      "Si des tirs avaient visé la porte de la maison d'arrêt de Nîmes, le bilan aurait été lourd.",
      '2025-05-06',
    ),
    [],
  );
});

test('a commune named like a common word is a place only after a preposition of place, with its capital', () => {
  const trap = incidents(
    "Vue de la route, la façade de la maison d'arrêt de Grasse porte des tags peints dans la nuit de lundi à mardi. Eu égard aux faits, une enquête est ouverte.",
    '2025-05-07',
  );
  assert.deepEqual(summary(trap), ['fr-grasse-ma 2025-05-05']);
  assert.deepEqual(incidents("Minister Tours Guard's Home After Car Torched", '2025-05-07'), []);
  const place = incidents(
    "Dans la nuit de lundi à mardi, la voiture d'un surveillant a été incendiée devant son domicile à Eu (Seine-Maritime).",
    '2025-05-07',
  );
  assert.deepEqual(summary(place), ['commune:Eu 2025-05-05']);
});

test('a clause about other scenes does not give its acts to the site named before it', () => {
  const text =
    'Shots were fired at the gate of the Toulon-La Farlède prison on the night of 14 to 15 April, while cars were torched outside several other jails.';
  const [candidate, ...others] = incidents(text, '2025-04-16');
  assert.equal(others.length, 0);
  assert.equal(siteOf(candidate), 'fr-toulon-la-farlede-cp');
  assert.deepEqual(candidate.draft.event_types, ['gunfire']);
});

test('a home act of "an officer of the X prison" is at the town named, else in the commune of X; X is the employer', () => {
  const named = incidents(
    'In Villenoy, someone sprayed tags in the lobby of a block of flats where an officer of the Meaux-Chauconin prison lives, on the night of 14 to 15 April.',
    '2025-04-16',
  );
  assert.deepEqual(named.map(siteOf), ['commune:Villenoy']);
  assert.equal(named[0].employer, 'fr-meaux-cp');
  const unnamed = incidents(
    "Dans la nuit du 5 au 6 mai, un incendie a visé le domicile d'un agent du centre pénitentiaire de Liancourt, dans une commune de l'Oise.",
    '2025-05-07',
  );
  assert.deepEqual(unnamed.map(siteOf), ['commune:Liancourt']);
  assert.equal(unnamed[0].employer, 'fr-liancourt-cp');
});

test('a tag goes to the acts of its sentence or paragraph, never from a clause about other sites', () => {
  const text =
    'Dans la nuit de lundi à mardi, deux voitures de surveillants ont brûlé sur le parking de la maison d’arrêt de Nîmes. Les enquêteurs ont relevé le sigle « QRV » sur un mur voisin.\n\nÀ Tarascon, une voiture a aussi brûlé devant le centre de détention la même nuit.';
  const list = incidents(text, '2025-06-11');
  const tags = (site: string) => list.find((c) => siteOf(c) === site)?.draft.signatures?.map((s) => s.text) ?? [];
  assert.deepEqual(tags('fr-nimes-ma'), ['QRV']);
  assert.deepEqual(tags('fr-tarascon-cd'), []);
  const single = incidents(
    'Une voiture de surveillant a brûlé lundi soir devant le centre de détention de Tarascon. Aucune inscription n’a été relevée, mais le sigle « QRV » a été peint sur d’autres sites la même nuit.',
    '2025-06-11',
  );
  assert.deepEqual(single[0].draft.signatures, []);
});

test('"9:10 p.m." is 21:10 and puts the act in that evening\'s night', () => {
  const [candidate] = incidents(
    'Shots hit the gate of Grasse prison at 9:10 p.m. on Sunday, police said.',
    '2025-05-06',
  );
  assert.equal(candidate.at, '21:10');
  assert.equal(nightOf(candidate.draft.occurred), '2025-05-04');
});

test('an evening or the early hours of a dated day, and "shortly before midnight", date the right night', () => {
  const night = (text: string) => incidents(text, '2025-05-06').map((c) => nightOf(c.draft.occurred));
  assert.deepEqual(night('Le 3 mai au soir, un tag a été peint sur le portail de la prison de Grasse.'), [
    '2025-05-03',
  ]);
  assert.deepEqual(night('Shots were fired at Grasse prison in the early hours of May 4.'), ['2025-05-03']);
  assert.deepEqual(night('Shots were fired at Grasse prison on the night of Friday May 2.'), ['2025-05-02']);
  assert.deepEqual(night('Peu avant minuit samedi, une voiture a brûlé devant la prison de Grasse.'), ['2025-05-03']);
});

test('"the attack took place at" places the act told in the sentence before, with that sentence\'s date', () => {
  const text =
    'Prison officers hurt\n\nAn inmate serving life wounded two guards with a razor blade on Tuesday. The attack took place at the Saint-Maur prison, in connection with the anniversary of the 13 November attacks, a union said.';
  const list = incidents(text, '2025-03-06');
  assert.deepEqual(summary(list), ['fr-saint-maur-mc 2025-03-04']);
  assert.deepEqual(list[0].draft.event_types, ['assault_on_staff']);
  const french =
    "Un surveillant frappé\n\nUn détenu a frappé un surveillant au visage mercredi. Les faits se sont déroulés à la maison d'arrêt de Nîmes, selon le syndicat.";
  assert.deepEqual(summary(incidents(french, '2025-03-07')), ['fr-nimes-ma 2025-03-05']);
});

test('a second act told as "un autre détenu" two days later is a new incident, not the first one told again', () => {
  const text =
    "Menaces à la prison de Nîmes\n\nLundi, un détenu a menacé de mort un surveillant de la maison d'arrêt de Nîmes. Mercredi, un autre détenu a menacé une surveillante pendant la distribution des repas.";
  assert.deepEqual(summary(incidents(text, '2025-03-07')), ['fr-nimes-ma 2025-03-03', 'fr-nimes-ma 2025-03-05']);
});

test('a town that only situates a prison ("south of Paris") does not make the inmates there prisoners of an escort', () => {
  const text =
    'Inmates refuse to go back\n\nSome 90 inmates at the Fresnes prison south of Paris refused to return to their cells on Monday, the administration said.';
  const list = incidents(text, '2025-03-04');
  assert.deepEqual(summary(list), ['fr-fresnes-cp 2025-03-03']);
});

test('a wall climbed by the inmate trying to escape is the escape attempt, not an intrusion', () => {
  const text =
    "Tentative d'évasion à Nîmes\n\nUn détenu de la maison d'arrêt de Nîmes a tenté de s'évader mardi après-midi. Il a escaladé un mur d'enceinte avant d'être bloqué sur un toit.";
  const list = incidents(text, '2025-03-06');
  assert.deepEqual(summary(list), ['fr-nimes-ma 2025-03-04']);
  assert.deepEqual(list[0].draft.event_types, ['escape_attempt']);
});

test('targets: a bomb alert aims at the building, a beating near the home at the person, a blow at a court at the escort', () => {
  const bomb = incidents(
    "Alerte à la bombe\n\nUne alerte à la bombe a visé mardi soir la maison d'arrêt de Nîmes.",
    '2025-03-06',
  );
  assert.deepEqual(bomb[0].draft.target_kinds, ['facility']);
  const street = incidents(
    'Une surveillante frappée\n\nUne surveillante du centre de détention de Tarascon a été rouée de coups mardi à quelques mètres de son domicile à Beaucaire.',
    '2025-03-06',
  );
  assert.deepEqual(street.map(siteOf), ['commune:Beaucaire']);
  assert.deepEqual(street[0].draft.target_kinds, ['staff_person']);
  const court = incidents(
    "Agression au tribunal\n\nMardi, à la sortie de l'audience, à Beaucaire, un détenu de la maison d'arrêt de Nîmes s'en est pris à deux agents de son escorte, en blessant un et en frappant deux autres.",
    '2025-03-06',
  );
  assert.deepEqual([...(court[0]?.draft.target_kinds ?? [])].sort(), ['staff_person', 'transport']);
});
