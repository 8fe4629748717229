/**
 * The twelfth round of general rules (issue 14): classes of wording rather than single phrases. Members of staff
 * named by their trade, a blow told with a pronoun for the officer named just before, threats said in other
 * words, dazzling and cut cables, acts dated by a past year, a prison van burnt alone, a refusal by one inmate.
 * Every sentence was written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractText } from './extract.ts';
import type { IncidentCandidate } from './extraction.types.ts';
import { referenceGazetteer } from './test-gazetteer.ts';

function incidents(text: string, published = '2025-04-20'): IncidentCandidate[] {
  const [item] = extractText(text, referenceGazetteer(), { published }).items;
  return item.candidates.filter((c): c is IncidentCandidate => c.kind === 'incident');
}
const typesOf = (text: string) => incidents(text).map((c) => [...c.draft.event_types].sort().join('+'));
const targetsOf = (text: string) => incidents(text).map((c) => [...(c.draft.target_kinds ?? [])].sort().join('+'));
const siteOf = (c: IncidentCandidate) => c.draft.facility ?? `commune:${c.draft.place?.commune}`;

test('a member of staff named by his trade is staff: a blow to a CPIP, a gradé, a sports instructor, a teacher', () => {
  for (const text of [
    "Une CPIP du centre pénitentiaire de Valence a été agressée samedi par un détenu lors d'un entretien.",
    'Samedi, au centre pénitentiaire de Valence, un détenu a mordu un gradé à la main.',
    "Un moniteur de sport de la maison d'arrêt de Villepinte a été frappé samedi par deux détenus.",
    'Samedi, une enseignante du centre pénitentiaire de Valence a été giflée par un détenu pendant un cours.',
    'A chaplain at Fresnes prison was punched by an inmate on Saturday.',
  ]) {
    assert.deepEqual(typesOf(text), ['assault_on_staff'], text);
    assert.deepEqual(targetsOf(text), ['staff_person'], text);
  }
});

test('a blow told with a pronoun hits the officer named in the sentence before, not a cellmate', () => {
  for (const text of [
    "Samedi après-midi, à la maison d'arrêt de Nîmes, un surveillant a voulu ramener un détenu dans sa cellule. Ce dernier lui a asséné un violent coup de poing au visage.",
    "Samedi soir, à la maison d'arrêt de Nîmes, une surveillante faisait sa ronde. Un détenu l'a saisie par les cheveux.",
    'On Saturday morning a guard at Fresnes prison opened a cell door for a check. The inmate punched him in the face.',
  ])
    assert.deepEqual(typesOf(text), ['assault_on_staff'], text);
  // The pronoun is the cellmate's, or another paragraph named the officer: no assault on staff.
  for (const text of [
    "Samedi, à la maison d'arrêt de Nîmes, un surveillant a découvert un détenu blessé. Il avait été frappé par son codétenu.",
    "Un surveillant de la maison d'arrêt de Nîmes a témoigné samedi.\n\nSamedi, à la maison d'arrêt de Nîmes, un détenu l'a frappé.",
  ])
    assert.deepEqual(typesOf(text), [], text);
});

test('threats in other words: quoted words about his family or his home, "faire payer", an anonymous call, being followed', () => {
  for (const text of [
    "Un surveillant de la maison d'arrêt de Nîmes a reçu samedi un appel anonyme.",
    '« Je connais ta voiture et ton adresse », a lancé samedi un détenu à un agent du centre pénitentiaire de Valence.',
    'An inmate at Fresnes prison told an officer on Saturday: "I know where your kids go to school."',
    "Un détenu de la maison d'arrêt de Villepinte a promis samedi de « faire payer » un surveillant.",
    "Au centre pénitentiaire de Valence, un détenu a lancé samedi à une surveillante qu'il la retrouverait à sa sortie.",
    'An officer at Fresnes prison received a letter on Saturday warning him that his children would be hurt.',
    "Samedi, un surveillant de la maison d'arrêt de Nîmes a été suivi par une voiture jusqu'au péage de Gallargues.",
  ])
    assert.deepEqual(typesOf(text), ['threat'], text);
  // "Ta famille" outside quotation marks, or said to no member of staff, is no threat.
  assert.deepEqual(typesOf("Samedi, à la maison d'arrêt de Nîmes, un détenu a parlé de sa famille au parloir."), []);
});

test("a threatening note in a letterbox is at the officer's home", () => {
  const [candidate, ...others] = incidents(
    "Dans la nuit de vendredi à samedi, un message menaçant a été glissé dans la boîte aux lettres d'un surveillant de la maison d'arrêt de Nîmes, à Beaucaire.",
  );
  assert.equal(others.length, 0);
  assert.equal(siteOf(candidate), 'commune:Beaucaire');
  assert.deepEqual(candidate.draft.target_kinds, ['staff_home']);
  assert.equal(candidate.employer, 'fr-nimes-ma');
});

test('lasers aimed at a watchtower and power cables cut at a prison are other acts against it', () => {
  assert.deepEqual(
    typesOf("Des individus ont braqué des lasers sur les miradors de la maison d'arrêt de Nîmes samedi soir."),
    ['other'],
  );
  assert.deepEqual(
    typesOf(
      "Les câbles d'alimentation électrique du centre pénitentiaire de Fresnes ont été sectionnés dans la nuit de vendredi à samedi.",
    ),
    ['other'],
  );
});

test('an act named with a past year ("l\'évasion de 2018", "the 2019 riot") is recalled, not news', () => {
  for (const text of [
    "Le syndicat rappelle l'évasion spectaculaire de 2018 à la maison centrale de Réau et réclame des moyens, a-t-il indiqué samedi.",
    'The union recalled the 2019 riot at Fresnes prison on Saturday.',
  ])
    assert.deepEqual(typesOf(text), [], text);
});

test('a prison van burnt alone is a vehicle arson against the transport; beside staff cars, those too', () => {
  const text = "Samedi soir, un fourgon pénitentiaire a été incendié devant la maison d'arrêt de Nîmes.";
  assert.deepEqual(typesOf(text), ['vehicle_arson']);
  assert.deepEqual(targetsOf(text), ['transport']);
  assert.deepEqual(
    targetsOf(
      "Samedi soir, deux voitures de surveillants et un fourgon pénitentiaire ont été incendiés sur le parking de la maison d'arrêt de Nîmes.",
    ),
    ['staff_vehicle+transport'],
  );
});

test('one inmate refusing to go back to his cell is no riot; several are', () => {
  assert.deepEqual(
    typesOf(
      "Samedi, à la maison d'arrêt de Nîmes, un détenu a refusé de regagner sa cellule et a insulté un surveillant.",
    ),
    [],
  );
  assert.deepEqual(
    typesOf("Samedi, une trentaine de détenus ont refusé de regagner leurs cellules à la maison d'arrêt de Nîmes."),
    ['riot'],
  );
  assert.deepEqual(typesOf('On Saturday an inmate at Fresnes prison refused to return to his cell.'), []);
});

test('a prison written short ("au CP de Fresnes", "la MA de Nîmes") is that prison, for a find as for a blow', () => {
  for (const [text, site] of [
    ['Samedi, au CP de Fresnes, la fouille sectorielle a permis de saisir 12 téléphones portables.', 'fr-fresnes-cp'],
    ['Samedi, des agents de la MA de Nîmes ont découvert deux téléphones dans une cellule.', 'fr-nimes-ma'],
  ]) {
    const found = incidents(text);
    assert.deepEqual(found.map(siteOf), [site], text);
    assert.deepEqual(found[0].draft.event_types, ['contraband_found'], text);
  }
});

test('an escaped inmate arrested ("interpellé", "was arrested") is the arrest, unless the escape has a day of its own', () => {
  for (const text of [
    "Le détenu évadé de la maison d'arrêt de Nîmes a été interpellé samedi dans un squat de Montpellier.",
    'The prisoner who escaped from Fresnes prison was arrested on Saturday in a flat in Lyon.',
  ])
    assert.deepEqual(typesOf(text), [], text);
  const told = incidents('A prisoner escaped from Fresnes prison on Saturday and was arrested on Sunday in Lyon.');
  assert.deepEqual(
    told.map((c) => c.draft.event_types),
    [['escape']],
  );
});

test('a visitor carrying drugs in the visiting room is a find ("transportait", "was carrying", "en possession de")', () => {
  for (const text of [
    'Samedi, au parloir du centre pénitentiaire de Fresnes, un surveillant a intercepté une visiteuse qui transportait 40 grammes de cannabis dans son soutien-gorge.',
    'On Saturday a visitor at Fresnes prison was carrying cannabis and two phones in her bag, guards said.',
  ])
    assert.deepEqual(typesOf(text), ['contraband_found'], text);
});

test('"Lyon prison", "the prison in Montpellier", "le centre pénitentiaire de Poitiers" are the prisons "prison de X" names', () => {
  for (const [text, site] of [
    ['A drone dropped a parcel over Lyon prison on Saturday.', 'fr-lyon-corbas-ma'],
    ['On Saturday an inmate attacked a guard at the prison in Montpellier.', 'fr-villeneuve-les-maguelone-cp'],
    ['Samedi, un drone a survolé le centre pénitentiaire de Poitiers.', 'fr-poitiers-vivonne-cp'],
    ['An inmate at Aix-en-Provence prison punched a guard on Saturday.', 'fr-aix-luynes-cp'],
  ])
    assert.deepEqual(incidents(text).map(siteOf), [site], text);
});

test('"une semaine après l\'incendie ..., lundi": the act is a week before the date its sentence reads after it, at its place', () => {
  const [fire, ...others] = incidents(
    "Une semaine après l'incendie de deux voitures de surveillants sur le parking de la maison d'arrêt de Nîmes, les agents ont manifesté lundi devant l'établissement.",
    '2025-04-22',
  );
  assert.equal(others.length, 0);
  assert.equal(siteOf(fire), 'fr-nimes-ma');
  assert.deepEqual(fire.draft.occurred, { date: '2025-04-14' });
  const [assault] = incidents(
    "Mercredi, une semaine après l'agression d'un surveillant à la maison d'arrêt de Nîmes, les agents ont bloqué l'établissement.",
    '2025-04-23',
  );
  assert.equal(assault && siteOf(assault), 'fr-nimes-ma');
  assert.deepEqual(assault.draft.occurred, { date: '2025-04-16' });
});

test("a seizure at an airport is made in the airport's commune, named as the press names the airport", () => {
  for (const [text, commune] of [
    [
      "Samedi, les douaniers de l'aéroport de Roissy-Charles-de-Gaulle ont saisi 20 kg de cocaïne dans les bagages d'un passager.",
      'Roissy-en-France',
    ],
    ["Samedi, 8 kg de cocaïne ont été découverts à l'aéroport de Marseille-Provence dans une valise.", 'Marignane'],
    ['Customs at Charles de Gaulle airport seized 30 kg of cocaine on Saturday.', 'Roissy-en-France'],
  ]) {
    const [item] = extractText(text, referenceGazetteer(), { published: '2025-04-20' }).items;
    const seizures = item.candidates.filter((c) => c.kind === 'seizure');
    assert.deepEqual(
      seizures.map((s) => s.draft.place?.commune),
      [commune],
      text,
    );
  }
});

test('"un surveillant du centre pénitentiaire de Valence, à Crest" is his prison then his town, no route from one to the other', () => {
  for (const [text, commune] of [
    [
      "Dans la nuit de vendredi à samedi, plusieurs coups de feu ont été tirés contre le pavillon d'une agente du centre pénitentiaire de Valence, à Bourg-lès-Valence.",
      'commune:Bourg-lès-Valence',
    ],
    [
      "Samedi, des tirs ont visé le domicile d'un surveillant du centre pénitentiaire de Valence à Romans-sur-Isère.",
      'commune:Romans-sur-Isère',
    ],
  ]) {
    const found = incidents(text);
    assert.deepEqual(found.map(siteOf), [commune], text);
    assert.equal(found[0].employer, 'fr-valence-cp');
    assert.deepEqual(found[0].draft.target_kinds, ['staff_home']);
  }
});

test('an officer hit, then taken "aux urgences du CHU de Nîmes", is one assault at his prison, not a second in the town', () => {
  const found = incidents(
    "Samedi après-midi, un surveillant de la maison d'arrêt de Nîmes a été agressé par un détenu lors de l'ouverture d'une cellule. Il a reçu plusieurs coups au visage et a été transporté aux urgences du CHU de Nîmes.",
  );
  assert.deepEqual(found.map(siteOf), ['fr-nimes-ma']);
  assert.deepEqual(found[0].draft.event_types, ['assault_on_staff']);
});

test('prison vans that carry inmates, burnt at the prison, are the transport; a group that refuses to go back in is a riot', () => {
  const text =
    "Dans la nuit de vendredi à samedi, six fourgons cellulaires, qui servent aux extractions de détenus, ont été détruits par le feu sur le parking de la maison d'arrêt de Nîmes.";
  assert.deepEqual(typesOf(text), ['vehicle_arson']);
  assert.deepEqual(targetsOf(text), ['transport']);
  assert.deepEqual(
    typesOf('Samedi, un groupe de 20 détenus a refusé de rejoindre les cellules au centre pénitentiaire de Valence.'),
    ['riot'],
  );
});

test('a car fire told again ("l\'incendie", "y mettre le feu") beside a door it stood by, or a "secrétaire local", burnt no building', () => {
  for (const text of [
    "Samedi soir, une camionnette de service de la maison d'arrêt de Nîmes a été incendiée. L'homme a brisé une vitre avant d'y mettre le feu. Elle était garée face à la porte d'entrée.",
    "Samedi soir, la voiture d'un surveillant a été incendiée sur le parking de la maison d'arrêt de Nîmes. Pour le délégué local de FO, l'incendie est « un avertissement ».",
  ])
    assert.deepEqual(typesOf(text), ['vehicle_arson'], text);
});

test('a service vehicle of the prison burnt alone aims at the prison, though named again as "le véhicule"', () => {
  assert.deepEqual(
    targetsOf(
      "Samedi soir, un utilitaire de l'administration pénitentiaire a été incendié devant la maison d'arrêt de Nîmes. Le véhicule servait au transport du linge.",
    ),
    ['facility'],
  );
});
