/**
 * The seventh round of general rules (issue 14): which acts an article's incident gets and what they aim at, on
 * articles written for these tests (invented people, real facilities), never taken from a corpus document.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractText } from './extract.ts';
import type { IncidentCandidate } from './extraction.types.ts';
import { referenceGazetteer } from './test-gazetteer.ts';

function incidents(text: string, published: string): IncidentCandidate[] {
  const [item] = extractText(text, referenceGazetteer(), { published }).items;
  return item.candidates.filter((c): c is IncidentCandidate => c.kind === 'incident');
}
const siteOf = (c: IncidentCandidate) => c.draft.facility ?? `commune:${c.draft.place?.commune}`;
const sorted = (values: readonly string[] = []) => [...values].sort();

test('firework mortars at a watchtower are `other`, aimed at the building and at the officers in the post', () => {
  const [candidate, ...others] = incidents(
    "Dans la nuit du 3 au 4 mai, une salve de mortiers a été tirée vers un mirador de la maison d'arrêt de Nîmes, où deux agents étaient en poste.",
    '2025-05-05',
  );
  assert.equal(others.length, 0);
  assert.deepEqual(candidate.draft.event_types, ['other']);
  assert.deepEqual(sorted(candidate.draft.target_kinds), ['facility', 'staff_person']);
  // Mortars at a wall with no post or officer named aim at the building only.
  const [wall] = incidents(
    "Dans la nuit du 3 au 4 mai, des mortiers d'artifice ont été lancés contre le mur d'enceinte de la maison d'arrêt de Nîmes.",
    '2025-05-05',
  );
  assert.deepEqual(wall.draft.target_kinds, ['facility']);
});

test('an escape away from a prison aims at the escort; its officers only when the inmate forced his way past them', () => {
  const [quiet] = incidents(
    "Un détenu de la maison d'arrêt de Nîmes s'est évadé lundi lors d'une consultation à l'hôpital d'Alès.",
    '2025-05-07',
  );
  assert.deepEqual(quiet.draft.target_kinds, ['transport']);
  const [forced] = incidents(
    "Un détenu de la maison d'arrêt de Nîmes s'est évadé lundi lors d'une consultation à l'hôpital d'Alès. Il a bousculé les deux agents de l'escorte avant de sauter dans une voiture.",
    '2025-05-07',
  );
  assert.deepEqual(sorted(forced.draft.target_kinds), ['staff_person', 'transport']);
});

test('an escape attempt through a guard aims at the guard, not the building; a threat left with shots is the building’s', () => {
  const [attempt] = incidents(
    "Mardi, à la maison d'arrêt de Nîmes, un détenu a frappé un surveillant pour tenter de s'évader.",
    '2025-05-07',
  );
  assert.deepEqual(sorted(attempt.draft.event_types), ['assault_on_staff', 'escape_attempt']);
  assert.deepEqual(attempt.draft.target_kinds, ['staff_person']);
  const [shots] = incidents(
    "Dans la nuit de lundi à mardi, des tirs ont visé la porte de la maison d'arrêt de Nîmes et un message de menace a été laissé devant l'entrée.",
    '2025-05-07',
  );
  assert.deepEqual(sorted(shots.draft.event_types), ['gunfire', 'threat']);
  assert.deepEqual(shots.draft.target_kinds, ['facility']);
});

test('a court a prisoner was being taken from is no target; a prison van burnt with staff cars is the facility’s', () => {
  const [ambush] = incidents(
    'Gunmen ambushed a prison van on Tuesday at the Incarville toll as it brought an inmate back from a court in Rouen. Two officers were wounded.',
    '2024-05-15',
  );
  assert.deepEqual(sorted(ambush.draft.target_kinds), ['staff_person', 'transport']);
  const [cars] = incidents(
    "Dans la nuit de lundi à mardi, deux voitures de surveillants et un fourgon de l'administration pénitentiaire ont brûlé sur le parking de la maison d'arrêt de Nîmes.",
    '2025-05-07',
  );
  assert.deepEqual(sorted(cars.draft.target_kinds), ['facility', 'staff_vehicle']);
  // The staff car park alone is no service vehicle.
  const [park] = incidents(
    'Two cars were set on fire overnight on Monday in the prison car park of the Nîmes jail.',
    '2025-05-07',
  );
  assert.deepEqual(park.draft.target_kinds, ['staff_vehicle']);
});

test('a staff car damaged without fire is `other` aimed at the car; with a fire attempt the damage is that attempt', () => {
  const [tyres] = incidents(
    "À Alès, une surveillante de la maison d'arrêt de Nîmes a retrouvé mardi les pneus de sa voiture crevés devant chez elle.",
    '2025-05-07',
  );
  assert.deepEqual(tyres.draft.event_types, ['other']);
  assert.ok((tyres.draft.target_kinds ?? []).includes('staff_vehicle'));
  const [attempt] = incidents(
    "À Alès, mardi soir, la vitre de la voiture d'une surveillante de la maison d'arrêt de Nîmes a été brisée et la voiture aspergée d'essence devant chez elle.",
    '2025-05-07',
  );
  assert.deepEqual(attempt.draft.event_types, ['attempted_arson']);
});

test('the acts of a lead that names no site go to the site the next sentence names; one it tells again keeps its own date', () => {
  const [riot, ...others] = incidents(
    'Inmates took over a wing of a prison in the south on Sunday afternoon, setting fires and ransacking the workshops.\nRiot officers retook the Nîmes prison in the evening.',
    '2025-05-07',
  );
  assert.equal(others.length, 0);
  assert.equal(siteOf(riot), 'fr-nimes-ma');
  assert.deepEqual(sorted(riot.draft.event_types), ['arson', 'riot']);
  const escapes = incidents(
    "Sa fuite aura duré trois jours : il s'est évadé, puis a été repris. Samedi, un détenu évadé mardi de la maison d'arrêt de Nîmes a été interpellé.",
    '2025-05-11',
  );
  assert.deepEqual(
    escapes.map((c) => c.draft.event_types),
    [['escape']],
  );
});

test("a headline's act goes to the article's one incident even when the article recalls an old act elsewhere", () => {
  const [candidate, ...others] = incidents(
    'Inmate escapes Nîmes prison in laundry van\n\nAn inmate got away from the Nîmes prison on Tuesday hidden in a laundry lorry, officials said.\n\nHe had already escaped from the Arles prison in 2013.',
    '2025-05-07',
  );
  assert.equal(others.length, 0);
  assert.equal(siteOf(candidate), 'fr-nimes-ma');
  assert.deepEqual(candidate.draft.event_types, ['escape']);
});

test("attackers who force their way into an officer's home commit the assault, not an intrusion", () => {
  const [candidate] = incidents(
    "À Alès, mardi soir, trois hommes ont forcé l'entrée du domicile d'un surveillant de la maison d'arrêt de Nîmes et l'ont frappé.",
    '2025-05-07',
  );
  assert.equal(siteOf(candidate), 'commune:Alès');
  assert.deepEqual(candidate.draft.event_types, ['assault_on_staff']);
});

test('an article’s background (a past season, recent months, an inmate’s record, a fear) adds no act to its incident', () => {
  const cases = [
    "Dans la nuit de lundi à mardi, trois voitures de surveillants ont été incendiées sur le parking de la maison d'arrêt de Nîmes.\n\nCe n'est pas la première fois que l'établissement est visé : des tirs avaient touché sa façade l'été dernier.",
    'Three cars belonging to guards were set on fire overnight Monday to Tuesday in the car park of Nîmes prison. Staff at the jail have received threats in recent months, a union said.',
    "Dans la nuit de lundi à mardi, trois voitures de surveillants ont été incendiées sur le parking de la maison d'arrêt de Nîmes. « On vit avec la peur d'être agressés », confie un agent.",
    "Dans la nuit de lundi à mardi, trois voitures de surveillants ont été incendiées sur le parking de la maison d'arrêt de Nîmes. Le ministre a promis des sanctions contre les auteurs de ces menaces et de ces violences.",
  ];
  for (const text of cases) {
    const [candidate, ...others] = incidents(text, '2025-05-07');
    assert.equal(others.length, 0, text);
    assert.deepEqual(candidate.draft.event_types, ['vehicle_arson'], text);
    assert.deepEqual(candidate.draft.target_kinds, ['staff_vehicle'], text);
  }
  const [escaped] = incidents(
    'An inmate escaped from Nîmes prison on Monday. He was serving eight years for armed robbery and an arson attack.',
    '2025-05-07',
  );
  assert.deepEqual(escaped.draft.event_types, ['escape']);
  assert.deepEqual(escaped.draft.target_kinds, ['facility']);
});

test('an act told in other words still makes the incident, with the target its words name', () => {
  const [shots] = incidents('The gate of Nîmes prison was shot at on Monday night.', '2025-05-07');
  assert.deepEqual(shots.draft.event_types, ['gunfire']);
  assert.deepEqual(shots.draft.target_kinds, ['facility']);
  const [escort] = incidents(
    "Lundi, un détenu de la maison d'arrêt de Nîmes s'est soustrait à la surveillance de son escorte à l'hôpital d'Alès.",
    '2025-05-07',
  );
  assert.equal(siteOf(escort), 'commune:Alès');
  assert.deepEqual(escort.draft.event_types, ['escape']);
  assert.deepEqual(escort.draft.target_kinds, ['transport']);
  const [tyres] = incidents(
    "Lundi soir, les pneus de la voiture d'un surveillant ont été crevés sur le parking de la maison d'arrêt de Nîmes.",
    '2025-05-07',
  );
  assert.deepEqual(tyres.draft.event_types, ['other']);
  assert.deepEqual(tyres.draft.target_kinds, ['staff_vehicle']);
});

test("visitors' or a lawyer's cars burnt are `other`, staff cars beside them keep the staff target", () => {
  const [visitors] = incidents(
    "Lundi soir, deux voitures de visiteurs ont été incendiées sur le parking des familles de la maison d'arrêt de Nîmes.",
    '2025-05-07',
  );
  assert.deepEqual(visitors.draft.event_types, ['vehicle_arson']);
  assert.deepEqual(visitors.draft.target_kinds, ['other']);
  const [lawyer] = incidents("On Monday night a lawyer's car was set on fire outside Nîmes prison.", '2025-05-07');
  assert.deepEqual(lawyer.draft.target_kinds, ['other']);
  const [both] = incidents(
    "Lundi soir, des voitures de surveillants et la voiture d'une visiteuse ont été incendiées devant la maison d'arrêt de Nîmes.",
    '2025-05-07',
  );
  assert.deepEqual(both.draft.target_kinds, ['staff_vehicle']);
});

test('a threat left in a letterbox is at the home; an escape from a hospital stay without escort aims at no transport', () => {
  const [letter] = incidents(
    "Lundi, un surveillant de la maison d'arrêt de Nîmes a trouvé une lettre de menaces dans sa boîte aux lettres, à Alès.",
    '2025-05-07',
  );
  assert.deepEqual(letter.draft.event_types, ['threat']);
  assert.deepEqual(letter.draft.target_kinds, ['staff_home']);
  const [stay] = incidents(
    "Un détenu de la maison d'arrêt de Nîmes, en hospitalisation d'office, s'est évadé lundi de l'hôpital psychiatrique d'Alès.",
    '2025-05-07',
  );
  assert.equal(siteOf(stay), 'commune:Alès');
  assert.deepEqual(stay.draft.target_kinds, ['other']);
});

test('what a parcel held is contraband found once it got in; not when its drone was brought down, nor in a container', () => {
  const [dropped] = incidents(
    "Lundi, un drone a largué un paquet dans la cour de promenade de la maison d'arrêt de Nîmes. À l'intérieur : 300 grammes de résine de cannabis.",
    '2025-05-07',
  );
  assert.deepEqual(sorted(dropped.draft.event_types), ['contraband_found', 'drone_drop']);
  assert.deepEqual(dropped.draft.target_kinds, ['facility']);
  const [downed] = incidents(
    "Lundi, un drone a été neutralisé au-dessus de la maison d'arrêt de Nîmes. Le colis contenait deux téléphones.",
    '2025-05-07',
  );
  assert.deepEqual(downed.draft.event_types, ['drone_drop']);
  // Drugs in a container at a port: a seizure, no incident in a town.
  assert.deepEqual(
    incidents(
      'Les douaniers ont inspecté un conteneur au port de Sète lundi. Des sacs contenaient 80 kilos de cocaïne.',
      '2025-05-07',
    ),
    [],
  );
});

test("a headline's town that is only the victim's prison town, or its prison, is the body's act at the home", () => {
  const label = incidents(
    "Nîmes : une surveillante agressée chez elle\n\nUne surveillante de la maison d'arrêt de Nîmes a été frappée mardi soir devant son domicile, à Beaucaire, par un homme encagoulé.",
    '2025-05-08',
  );
  assert.deepEqual(label.map(siteOf), ['commune:Beaucaire']);
  assert.equal(label[0].employer, 'fr-nimes-ma');
  // The body also recalls another act at the home, of another kind: the headline's act is the one of its kind.
  const recalled = incidents(
    "La voiture d'une surveillante de la prison de Nîmes incendiée\n\nLa voiture d'une surveillante de la maison d'arrêt de Nîmes a été incendiée dans la nuit de lundi à mardi devant son domicile, à Beaucaire. Elle avait déjà reçu des menaces fin avril.",
    '2025-05-08',
  );
  assert.deepEqual(recalled.filter((c) => c.draft.event_types.includes('vehicle_arson')).map(siteOf), [
    'commune:Beaucaire',
  ]);
  assert.equal(recalled.filter((c) => siteOf(c) === 'fr-nimes-ma').length, 0);
  // A headline town where the body tells nothing of the kind stays its own incident.
  const other = incidents(
    "Tirs contre la prison de Nîmes\n\nDans la nuit de lundi à mardi, des coups de feu ont été tirés contre la porte de la maison d'arrêt de Nîmes. Le même soir, la voiture d'un surveillant a brûlé devant son domicile à Beaucaire.",
    '2025-05-08',
  );
  assert.deepEqual(other.map(siteOf).sort(), ['commune:Beaucaire', 'fr-nimes-ma']);
});

test('the town where an escaped inmate was caught again is no site of the escape', () => {
  const found = incidents(
    "Nîmes : un détenu évadé repris à Melun\n\nLe détenu qui s'était évadé le 28 avril de la maison d'arrêt de Nîmes a été interpellé mardi à Melun, a annoncé le parquet.",
    '2025-05-08',
  );
  assert.deepEqual(found.map(siteOf), ['fr-nimes-ma']);
  assert.deepEqual(found[0].draft.event_types, ['escape']);
});

test("an officer's home in another town of his prison's department, named right after the prison, is the site", () => {
  const [home, ...others] = incidents(
    "Dans la nuit de lundi à mardi, la voiture garée devant le domicile d'un surveillant de la maison d'arrêt de Nîmes à Beaucaire a été incendiée.",
    '2025-05-08',
  );
  assert.equal(others.length, 0);
  assert.equal(siteOf(home), 'commune:Beaucaire');
  assert.deepEqual(sorted(home.draft.target_kinds), ['staff_home', 'staff_vehicle']);
  // Without a home in the sentence, the town a prison is named in is still no scene of its own.
  const [prison, ...more] = incidents(
    'Dans la nuit de lundi à mardi, des coups de feu ont visé la prison de La Santé à Paris.',
    '2025-05-08',
  );
  assert.equal(more.length, 0);
  assert.equal(prison.draft.facility, 'fr-paris-la-sante-ma');
});

test('a cell door and a blow dealt ("a porté un coup") are no gate', () => {
  const [cell] = incidents(
    "Mardi, à la maison d'arrêt de Nîmes, un détenu a porté un coup de poing à un surveillant qui ouvrait la porte de sa cellule.",
    '2025-05-08',
  );
  assert.equal(cell.spot, 'inside');
});

test('acts summed up over a span ("attacked twice over the weekend") are the ones the text dates, not one more', () => {
  const found = incidents(
    'Guards at Nîmes prison were assaulted twice over the weekend, a union said on Monday. On Saturday an inmate kicked an officer; on Sunday another spat at a guard.',
    '2025-05-12',
  );
  assert.deepEqual(
    found
      .map((c) => c.draft.occurred)
      .map((o) => ('date' in o ? o.date : JSON.stringify(o)))
      .sort(),
    ['2025-05-10', '2025-05-11'],
  );
  // A span alone, with no act dated inside it, stays the incident it tells.
  const alone = incidents("Des tirs ont visé la maison d'arrêt de Nîmes ce week-end, selon le syndicat.", '2025-05-12');
  assert.equal(alone.length, 1);
});

test('the act a trial is about is no new act; a court left by a witness is no target', () => {
  assert.deepEqual(
    incidents(
      "Nîmes : ouverture du procès des tirs contre la prison\n\nQuatre hommes sont jugés depuis lundi à Nîmes pour des tirs contre la maison d'arrêt.",
      '2025-05-12',
    ),
    [],
  );
  const [threat] = incidents(
    "Un surveillant de la maison d'arrêt de Nîmes a été menacé de mort lundi à la sortie du palais de justice, où il venait de témoigner.",
    '2025-05-13',
  );
  assert.deepEqual(threat.draft.target_kinds, ['staff_person']);
});

test("a headline's town written short ('à Aulnay' over 'à Aulnay-sous-Bois') is the body's town", () => {
  const found = incidents(
    "Un surveillant de Villepinte frappé à Aulnay\n\nUn surveillant de la maison d'arrêt de Villepinte a été frappé lundi soir à Aulnay-sous-Bois, près de la gare, par deux hommes qui l'avaient reconnu.",
    '2025-05-14',
  );
  assert.deepEqual(found.map(siteOf), ['commune:Aulnay-sous-Bois']);
});

test("a protest's place is no scene when the sentence names the act's own; 'survenue samedi' dates the act", () => {
  const [act, ...others] = incidents(
    "Une centaine de surveillants ont manifesté mardi devant le centre pénitentiaire de Toulon-La Farlède pour dénoncer l'agression d'une collègue, survenue samedi à la maison d'arrêt de Draguignan.",
    '2025-05-14',
  );
  assert.equal(others.length, 0);
  assert.equal(act.draft.facility, 'fr-draguignan-ma');
  assert.deepEqual(act.draft.occurred, { date: '2025-05-10' });
  const [english] = incidents(
    'Guards rallied on Tuesday outside Fresnes prison over the stabbing of an officer, which took place on Saturday at Villepinte prison.',
    '2025-05-14',
  );
  assert.equal(english.draft.facility, 'fr-villepinte-ma');
  // The protest's place alone in its sentence may still be the scene, told in the same breath.
  const [same] = incidents(
    "Les surveillants se sont rassemblés mardi devant la maison d'arrêt de Nîmes, où un collègue avait été frappé la veille.",
    '2025-05-14',
  );
  assert.equal(same.draft.facility, 'fr-nimes-ma');
});

test('a van that "came under fire" or "a essuyé des tirs" is a transport ambush with gunfire, never an arson', () => {
  for (const text of [
    'A prison van came under fire on Monday night near Lunel as it drove an inmate to court.',
    'Un fourgon pénitentiaire a essuyé des tirs dans la nuit de lundi à mardi près de Lunel.',
  ]) {
    const [ambush, ...others] = incidents(text, '2025-04-16');
    assert.deepEqual(others, [], text);
    assert.deepEqual(sorted(ambush.draft.event_types), ['gunfire', 'transport_ambush'], text);
  }
  // Fire that burns is still an arson: "caught fire", "set on fire".
  const [arson] = incidents(
    'Two cars belonging to prison officers were set on fire on Monday night outside Toulon prison. A van also caught fire.',
    '2025-04-16',
  );
  assert.deepEqual(arson.draft.event_types, ['vehicle_arson']);
});

test('an act noun\'s own relative clause dates it: "les tirs qui avaient visé samedi soir", not the day the case was taken', () => {
  for (const text of [
    "Le parquet, qui s'est saisi des faits lundi, enquête sur les tirs qui avaient visé samedi soir la porte du centre pénitentiaire de Toulon-La Farlède.",
    "Le parquet national antiterroriste, qui s'est saisi des faits dès lundi, enquête sur les tirs de kalachnikov qui avaient visé samedi soir la porte du centre pénitentiaire de Toulon-La Farlède.",
  ]) {
    const [shots, ...others] = incidents(text, '2025-04-16');
    assert.deepEqual(others, [], text);
    assert.deepEqual(shots.draft.occurred, { night_of: '2025-04-12' }, text);
  }
  // A date further on, after the relative's object, is not the act's by this rule.
  const [fire] = incidents(
    "Lundi, les enquêteurs ont saisi les images de l'incendie qui a détruit la voiture d'un surveillant devant la maison d'arrêt de Nîmes.",
    '2025-04-16',
  );
  assert.deepEqual(fire.draft.occurred, { date: '2025-04-14' });
});

test('shots or a device at a staff car on a prison car park aim at the car; with the gate hit too, at the building', () => {
  const [shots] = incidents(
    "Dans la nuit de jeudi à vendredi, la voiture d'une surveillante a été criblée de balles sur le parking du centre pénitentiaire de Fresnes.",
    '2025-05-10',
  );
  assert.deepEqual(shots.draft.event_types, ['gunfire']);
  assert.deepEqual(shots.draft.target_kinds, ['staff_vehicle']);
  const [device] = incidents(
    'On Thursday an explosive device was discovered under a guard’s car in the staff car park of Fresnes prison.',
    '2025-05-10',
  );
  assert.deepEqual(device.draft.event_types, ['explosive']);
  assert.deepEqual(device.draft.target_kinds, ['staff_vehicle']);
  const [gate] = incidents(
    "Dans la nuit de jeudi à vendredi, des tirs ont visé le portail du centre pénitentiaire de Fresnes et la voiture d'un agent garée devant.",
    '2025-05-10',
  );
  assert.deepEqual(gate.draft.target_kinds, ['facility']);
});

test('a threat to blow up a prison aims at the building; an inmate who strikes his escort "avant de s’enfuir" escaped', () => {
  const [call] = incidents(
    'Jeudi, un correspondant anonyme a menacé de faire sauter le centre pénitentiaire de Fresnes ; le parloir a été évacué.',
    '2025-05-10',
  );
  assert.deepEqual(call.draft.event_types, ['threat']);
  assert.deepEqual(call.draft.target_kinds, ['facility']);
  const [flight] = incidents(
    "Jeudi, un détenu du centre pénitentiaire de Fresnes a frappé un agent de l'escorte à l'hôpital de Créteil avant de s'enfuir.",
    '2025-05-10',
  );
  assert.deepEqual(sorted(flight.draft.event_types), ['assault_on_staff', 'escape']);
  assert.deepEqual(sorted(flight.draft.target_kinds), ['staff_person', 'transport']);
});

test('tags sprayed on staff cars on a prison car park aim at the cars; tags on its wall at the building', () => {
  const [cars] = incidents(
    'Dans la nuit de jeudi à vendredi, les voitures de trois agents ont été taguées sur le parking du centre pénitentiaire de Fresnes.',
    '2025-05-10',
  );
  assert.deepEqual(cars.draft.event_types, ['graffiti']);
  assert.deepEqual(cars.draft.target_kinds, ['staff_vehicle']);
  const [wall] = incidents(
    "Dans la nuit de jeudi à vendredi, des tags ont été peints sur le mur d'enceinte du centre pénitentiaire de Fresnes, près des voitures des agents.",
    '2025-05-10',
  );
  assert.deepEqual(wall.draft.target_kinds, ['facility']);
});
