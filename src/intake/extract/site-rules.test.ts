import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractText } from './extract.ts';
import { headlineEnd } from './folded-text.ts';
import { referenceGazetteer } from './test-gazetteer.ts';
import type { IncidentCandidate } from './extraction.types.ts';

// Sentences written for these tests: where an act took place, not every place an article names.
const incidents = (text: string, published = '2025-04-16') =>
  extractText(text, referenceGazetteer(), { published }).items[0].candidates.filter(
    (c): c is IncidentCandidate => c.kind === 'incident',
  );
const siteOf = (c: IncidentCandidate) => c.draft.facility ?? `commune:${c.draft.place?.commune}`;
const sitesOf = (text: string, published?: string) => incidents(text, published).map(siteOf).sort();

test('a police station or a gendarmerie company is a seat, never the site', () => {
  assert.deepEqual(
    sitesOf(
      "Mardi soir, un colis a été projeté par-dessus le mur de la maison d'arrêt de Nîmes. Les policiers du commissariat d'Alès ont interpellé deux hommes.",
    ),
    ['fr-nimes-ma'],
  );
  assert.deepEqual(
    sitesOf(
      'La voiture d’un surveillant a été incendiée lundi soir devant son domicile à Cugnaux. Les gendarmes de la compagnie de Muret enquêtent.',
    ),
    ['commune:Cugnaux'],
  );
});

test('a town the scene is "near" is not the scene when the article names another place', () => {
  assert.deepEqual(
    sitesOf(
      "Voiture d'une agente brûlée près d'Évreux\n\nLa voiture d'une agente pénitentiaire a été incendiée lundi soir devant son pavillon à Gravigny.",
    ),
    ['commune:Gravigny'],
  );
});

test('on a road "between X and Y, near Z", Z is where the act was: the ends of the route are no other scene', () => {
  const [ambush] = incidents(
    "Un fourgon de l'administration pénitentiaire a été la cible de tirs dans la nuit de lundi à mardi sur l'A9, entre Nîmes et Montpellier, près de Lunel. Les agents transportaient un détenu de la maison d'arrêt de Nîmes vers le tribunal.",
  );
  assert.equal(siteOf(ambush), 'commune:Lunel');
  assert.equal(ambush.employer, 'fr-nimes-ma', 'where the transport left from');
  assert.deepEqual(
    sitesOf(
      'Shots were fired at a prison van on the A7 motorway between Lyon and Vienne, near Chasse-sur-Rhône, on Tuesday night.',
    ),
    ['commune:Chasse-sur-Rhône'],
  );
  // "near" a town that is not on a route stays what it was: the scene's surroundings, not the scene.
  assert.deepEqual(
    sitesOf(
      "Voiture d'une agente brûlée près d'Évreux\n\nLa voiture d'une agente pénitentiaire a été incendiée lundi soir devant son pavillon à Gravigny.",
    ),
    ['commune:Gravigny'],
  );
});

test('the ends of a range "de X à Y" name the extent of a wave, not scenes', () => {
  assert.deepEqual(
    sitesOf(
      "Dans la nuit de lundi à mardi, un tag a été peint sur le portail de la maison d'arrêt de Rouen. La prison s'ajoute à celles déjà visées ces derniers jours, de Marseille à Lille.",
    ),
    ['fr-rouen-ma'],
  );
});

test('a comparison with other scenes ("comme à X") does not make them sites', () => {
  assert.deepEqual(
    sitesOf(
      "Lundi soir, deux voitures ont brûlé sur le parking de la maison d'arrêt de Rouen, comme à Villepinte la semaine précédente.",
    ),
    ['fr-rouen-ma'],
  );
});

test('an act in a town with no word of prison, staff, inmate or escort is out of scope', () => {
  assert.deepEqual(
    sitesOf('Une camionnette a été incendiée dans la nuit de lundi à mardi, avenue Foch, à Colmar.'),
    [],
  );
  assert.deepEqual(
    sitesOf(
      "Dans la nuit de lundi à mardi, la voiture d'un retraité a été incendiée à Colmar.\n\nLe propriétaire n'a aucun lien avec la prison voisine, précise la police.",
    ),
    [],
  );
  // The same act with the victim's trade is one.
  assert.deepEqual(
    sitesOf('La camionnette d’un surveillant a été incendiée dans la nuit de lundi à mardi, avenue Foch, à Colmar.'),
    ['commune:Colmar'],
  );
});

test('"the Lyon prison" is the prison the article names with the town in it, never the town', () => {
  assert.deepEqual(
    sitesOf(
      'Cars torched at Lyon prison\n\nTwo cars were set alight overnight on Monday on the staff car park of the Lyon-Corbas remand prison.',
    ),
    ['fr-lyon-corbas-ma'],
  );
});

test('"the X suburb of Y" names Y', () => {
  assert.deepEqual(
    sitesOf('On Monday night a car was torched outside the prison in the Paris suburb of Nanterre, police said.'),
    ['fr-nanterre-cp'],
  );
});

test('the prison a member of staff belongs to is the employer when the act happened in another town', () => {
  const [found, ...rest] = incidents(
    'A van belonging to a guard at Toulon prison was set on fire on Monday night in Hyères.',
  );
  assert.equal(rest.length, 0);
  assert.equal(siteOf(found), 'commune:Hyères');
  assert.equal(found.employer, 'fr-toulon-la-farlede-cp');
  const [threat, ...others] = incidents(
    'Un surveillant de Fleury-Mérogis a été menacé de mort lundi soir devant chez lui, à Corbeil-Essonnes.',
  );
  assert.equal(others.length, 0);
  assert.equal(siteOf(threat), 'commune:Corbeil-Essonnes');
  assert.equal(threat.employer, 'fr-fleury-merogis-ma');
  assert.equal(threat.spot, 'staff_home');
});

test('a common-word commune goes on a list of places after a comma or "et"', () => {
  assert.deepEqual(
    sitesOf("Lundi soir, des voitures d'agents ont brûlé devant les prisons à Grasse, Draguignan et Nice."),
    ['fr-draguignan-ma', 'fr-grasse-ma', 'fr-nice-ma'],
  );
  // Not a list: the word after an ordinary word stays a word.
  assert.deepEqual(sitesOf('Lundi soir, une voiture a brûlé à Grasse devant la prison, une nice surprise.'), [
    'fr-grasse-ma',
  ]);
});

test('half of a name joined by "-d\'" is no commune', () => {
  assert.deepEqual(
    sitesOf(
      'Une bouteille de gaz a explosé samedi soir près de la gendarmerie de Villeneuve-d’Ascq, sans lien avec la prison.',
    ),
    [],
  );
});

test('the spot is the word nearest to the act: shots at the door, seen from the car park', () => {
  const [found] = incidents(
    "Mercredi vers 15 heures, une voiture s'est arrêtée sur le parking de la maison d'arrêt de Rouen. Un homme a tiré à plusieurs reprises sur la porte d'entrée.",
  );
  assert.equal(found.spot, 'gate');
  const [inside] = incidents(
    "Dimanche, un drone a lâché un colis à l'intérieur de l'enceinte de la maison d'arrêt de Rouen.",
  );
  assert.equal(inside.spot, 'inside');
});

test("a union's seat is never the site, and the guard's prison stays the scene of an assault there", () => {
  assert.deepEqual(
    sitesOf('An officer at the Nîmes prison was punched by an inmate on Monday, said the FO union in Perpignan.'),
    ['fr-nimes-ma'],
  );
});

test('a bare town named as where the victim works is the employer, not his home town', () => {
  const [found, ...rest] = incidents(
    'Une surveillante qui travaille à Fleury-Mérogis a été menacée de mort lundi soir devant chez elle, à Ris-Orangis.',
  );
  assert.equal(rest.length, 0);
  assert.equal(siteOf(found), 'commune:Ris-Orangis');
  assert.equal(found.employer, 'fr-fleury-merogis-ma');
});

test('an act at a home in a town aims at the home, and at the car the tag was sprayed on', () => {
  const [found] = incidents(
    'Lundi soir, à Gravigny, une agente pénitentiaire a découvert le sigle XYZ peint sur sa voiture, garée devant son pavillon.',
  );
  assert.equal(siteOf(found), 'commune:Gravigny');
  assert.deepEqual([...(found.draft.target_kinds ?? [])].sort(), ['staff_home', 'staff_vehicle']);
  assert.equal(found.spot, 'staff_home');
});

test("an escort's incident in a town takes as employer the one prison the article names elsewhere", () => {
  const [found] = incidents(
    "Un détenu s'est évadé lundi matin lors d'une consultation à l'hôpital de Quimper. Il purgeait une peine à la maison d'arrêt de Brest.",
  );
  assert.equal(siteOf(found), 'commune:Quimper');
  assert.equal(found.employer, 'fr-brest-ma');
});

test("a union's demand for several prisons names no scene, nor do the other items of its list", () => {
  assert.deepEqual(
    sitesOf(
      "Après l'agression d'une surveillante mardi soir à la maison d'arrêt de Rouen, la CGT réclame des effectifs à Caen, Évreux et Alençon.",
    ),
    ['fr-rouen-ma'],
  );
  assert.deepEqual(
    sitesOf(
      'The union is calling for more staff at Fresnes and at Villepinte after a guard was punched by an inmate at Nanterre prison on Tuesday.',
    ),
    ['fr-nanterre-cp'],
  );
});

test("a minister's visit to a town is not the scene", () => {
  const found = incidents(
    'La garde des Sceaux se rendra jeudi à Perpignan, deux jours après les tirs contre le portail du centre pénitentiaire de Perpignan dans la nuit de lundi à mardi.',
  );
  assert.deepEqual(found.map(siteOf), ['fr-perpignan-cp']);
});

test('a dateline "Ville, le 16 avril 2025 -" in mixed case is where the text was filed', () => {
  assert.deepEqual(
    sitesOf(
      "Grasse, le 16 avril 2025 - Deux voitures d'agents ont brûlé lundi soir sur le parking du centre pénitentiaire de Draguignan.",
    ),
    ['fr-draguignan-ma'],
  );
});

test('where a suspect was arrested, where a wounded officer was taken, a union section: never the site', () => {
  assert.deepEqual(
    sitesOf(
      "Le jeune homme qui avait incendié deux voitures du personnel de la maison d'arrêt de Rouen a été interpellé jeudi à Elbeuf.",
    ),
    ['fr-rouen-ma'],
  );
  assert.deepEqual(sitesOf('A man who set fire to officers’ cars at Osny prison was detained on Thursday in Cergy.'), [
    'fr-osny-ma',
  ]);
  assert.deepEqual(
    sitesOf(
      "Un agent a été frappé par un détenu lundi à la maison d'arrêt de Nîmes, puis transporté à l'hôpital de Montpellier.",
    ),
    ['fr-nimes-ma'],
  );
  assert.deepEqual(
    sitesOf('Deux voitures brûlées à la prison de Grasse : la CGT pénitentiaire de Nice parle de provocation.'),
    ['fr-grasse-ma'],
  );
});

test('an earlier act the news is set against ("days after a similar attack in X") is not a scene', () => {
  assert.deepEqual(
    sitesOf('A car was set alight outside Osny prison on Friday night, a week after a similar attack at Fresnes.'),
    ['fr-osny-ma'],
  );
  assert.deepEqual(
    sitesOf(
      "Des tags ont été peints lundi sur le mur de la prison de Grasse, trois jours après l'attaque de la prison de Nice.",
    ),
    ['fr-grasse-ma'],
  );
});

test('a list of places after a place named in passing goes on with ", de X"', () => {
  assert.deepEqual(
    sitesOf(
      "Des tirs ont visé lundi soir le portail de la maison d'arrêt de Rouen ; les syndicats de Lisieux, de Caen et d'Alençon dénoncent ces tirs.",
    ),
    ['fr-rouen-ma'],
  );
});

test("a bare town that is also a prison's alias is the town when the victim works at another prison", () => {
  const list = incidents(
    "Voiture brûlée à Arles\n\nLa voiture d'une surveillante, qui travaille au centre de détention de Tarascon, a été incendiée dans la nuit de lundi à mardi.",
  );
  assert.deepEqual(list.map(siteOf), ['commune:Arles']);
  assert.equal(list[0].employer, 'fr-tarascon-cd');
  // A prison word in the town's own sentence keeps the prison.
  assert.deepEqual(
    sitesOf(
      'Three cars burnt at the prison in the town of Arles early on Tuesday; the car of a guard who works at Tarascon prison was torched outside his home in Beaucaire.',
    ),
    ['commune:Beaucaire', 'fr-arles-mc'],
  );
});

test('"où il réside" places a staff car fire at home', () => {
  const [candidate] = incidents(
    "La voiture d'un agent de la maison d'arrêt de Nîmes a brûlé dans la nuit de lundi à mardi à Uzès, où il réside.",
  );
  assert.equal(siteOf(candidate), 'commune:Uzès');
  assert.equal(candidate.spot, 'staff_home');
});

test('a ranked officer\'s home "aux Clayes-sous-Bois" is the scene, his prison the employer', () => {
  const [candidate, ...others] = incidents(
    "La maison d'un gradé de la maison d'arrêt de Bois-d'Arcy a été visée par des tirs dans la nuit de samedi à dimanche aux Clayes-sous-Bois.",
  );
  assert.equal(others.length, 0);
  assert.equal(siteOf(candidate), 'commune:Les Clayes-sous-Bois');
  assert.equal(candidate.employer, 'fr-bois-d-arcy-ma');
});

test('an act against an officer in a town, away from home, aims at the officer', () => {
  const [candidate] = incidents(
    "Des coups de feu ont été tirés lundi soir en direction d'un agent de la maison d'arrêt de Nîmes, dans une rue d'Alès.",
  );
  assert.equal(siteOf(candidate), 'commune:Alès');
  assert.deepEqual(candidate.draft.target_kinds, ['staff_person']);
});

test("a headline naming the victim's prison over a body that tells the act at home is one act, at home", () => {
  const list = incidents(
    "Agent de la prison d'Osny agressé\n\nUn agent a été frappé par deux hommes mercredi soir devant son domicile de Pontoise.",
  );
  assert.deepEqual(list.map(siteOf), ['commune:Pontoise']);
  assert.equal(list[0].employer, 'fr-osny-ma');
  const english = incidents(
    "Grasse prison officer's home shot at\n\nShots were fired at the house of a prison officer in Mouans-Sartoux overnight on Monday.",
  );
  assert.deepEqual(english.map(siteOf), ['commune:Mouans-Sartoux']);
  assert.equal(english[0].employer, 'fr-grasse-ma');
});

test('the town a prison just named stands in ("an officer at La Santé prison in Paris") is no scene of its own', () => {
  const sites = sitesOf(
    'An officer at La Santé prison in Paris was attacked on Monday night by two men who had followed him.',
  );
  assert.ok(!sites.includes('commune:Paris'), sites.join(', '));
});

// Sixth round (issue 14, branch wt-rules14b): sentences written for these tests.
test('a town at some kilometres from the prison, or where the authors drove off to, is never the site', () => {
  assert.deepEqual(
    sitesOf(
      'Samedi soir, des tirs ont visé le portail du centre pénitentiaire de Saint-Quentin-Fallavier, établissement situé à une quarantaine de kilomètres de Lyon.',
    ),
    ['fr-saint-quentin-fallavier-cp'],
  );
  assert.deepEqual(
    sitesOf(
      "Lundi soir, des tirs ont visé le mur d'enceinte de la maison d'arrêt de Nîmes. Les deux tireurs sont repartis à moto en direction de Montpellier.",
    ),
    ['fr-nimes-ma'],
  );
  assert.deepEqual(
    sitesOf(
      'Shots were fired at the gate of Nîmes prison on Monday night; the gunmen then sped off towards Montpellier.',
    ),
    ['fr-nimes-ma'],
  );
});

test('where a fugitive is caught again, or where an inmate was held before, is not the scene', () => {
  assert.deepEqual(
    sitesOf(
      "Un détenu s'est évadé lundi de l'hôpital de Montpellier lors d'une consultation. Il a été repris mercredi à Nîmes par les policiers.",
      '2025-04-17',
    ),
    ['commune:Montpellier'],
  );
  assert.deepEqual(
    sitesOf(
      "Mardi, un détenu a tenté de s'évader du centre pénitentiaire de Mont-de-Marsan. À Toulouse, où il était auparavant détenu, il avait déjà tenté une évasion.",
      '2025-04-17',
    ),
    ['fr-mont-de-marsan-cp'],
  );
});

test('the commune a prison stands in, and the prison an escorted inmate was being taken to, are not scenes', () => {
  assert.deepEqual(
    sitesOf(
      "Dans la nuit de lundi à mardi, trois voitures ont été incendiées sur le parking du personnel de la maison d'arrêt de Grenoble-Varces, située sur la commune de Varces-Allières-et-Risset.",
    ),
    ['fr-grenoble-varces-cp'],
  );
  assert.deepEqual(
    sitesOf(
      'On Monday a prison van was ambushed at the Incarville toll. The inmate, who was being driven back from a hearing to Evreux prison, escaped.',
      '2025-04-16',
    ),
    ['commune:Incarville'],
  );
});

test('"a prison near Lyon" is the one prison the article names near that town', () => {
  assert.deepEqual(
    sitesOf(
      'A drone dropped a parcel into a prison near Lyon on Monday. The parcel landed in the yard of the Saint-Quentin-Fallavier prison.',
    ),
    ['fr-saint-quentin-fallavier-cp'],
  );
});

test('an act told in a prison yard is at the prison named before, not at the town named beside it', () => {
  assert.deepEqual(
    sitesOf(
      'On Monday, armed men who had hijacked a helicopter at an airfield in Fontenay-Trésigny forced its pilot to land at the Réau prison. The helicopter touched down at 10.30 a.m. in the exercise yard.',
    ),
    ['fr-sud-francilien-cp'],
  );
});

test("a date right after the act word dates it; a headline over a body that dates no act takes the lead's date", () => {
  const [escaped] = incidents(
    "Jeudi matin, un détenu évadé lundi de l'hôpital de Rennes lors d'une consultation a été interpellé par la police.",
    '2025-04-18',
  );
  assert.deepEqual(escaped.draft.occurred, { date: '2025-04-14' });
  const [riot] = incidents(
    "Caen : 60 détenus refusent de réintégrer leurs cellules\n\nTension ce vendredi au centre pénitentiaire de Caen, où la promenade s'est mal terminée.\nLes équipes d'intervention ont rétabli le calme dans la soirée.",
    '2025-04-18',
  );
  assert.deepEqual(riot?.draft.occurred, { date: '2025-04-18' });
});

test('the "midi" of "après-midi" is no time; "minuit dix" is 00:10', () => {
  const [afternoon] = incidents(
    "Jeudi en fin d'après-midi, un détenu a tenté de s'évader du centre pénitentiaire de Caen.",
    '2025-04-18',
  );
  assert.equal(afternoon.at, undefined);
  const [night] = incidents(
    "Dans la nuit de mercredi à jeudi, vers minuit dix, des tirs ont visé le portail de la maison d'arrêt de Nîmes.",
    '2025-04-18',
  );
  assert.equal(night.at, '00:10');
});

test('"the prison in X" is the prison even in a clause about a home; "the officers\' school in Agen" is the school', () => {
  assert.deepEqual(
    sitesOf(
      'Early on Thursday, two cars burned outside the prison in Tarascon, and a guard found his house daubed with slogans.',
      '2025-04-18',
    ),
    ['fr-tarascon-cd'],
  );
  assert.deepEqual(
    sitesOf("On Monday night, four cars were set on fire in the car park of the prison officers' school in Agen."),
    ['fr-enap-agen'],
  );
});

test('an officer named by his prison and attacked at home is attacked in the town the next sentence names', () => {
  assert.deepEqual(
    sitesOf(
      'An officer at Fresnes prison was assaulted in his own home on Monday night by two masked men. The attack took place in Antony, where he lives with his family.',
    ),
    ['commune:Antony'],
  );
});

test('the town of the institution a burnt vehicle belongs to is not a scene', () => {
  assert.deepEqual(
    sitesOf(
      "Dans la nuit de lundi à mardi, deux voitures d'agents et un véhicule de la clinique du Parc de Lyon ont brûlé sur le parking du personnel du centre pénitentiaire de Saint-Quentin-Fallavier.",
    ),
    ['fr-saint-quentin-fallavier-cp'],
  );
});

// Seventh round: sentences written for these tests.
test('gendarmes, police officers, investigators and an interregional directorate name a seat, never the site', () => {
  assert.deepEqual(
    sitesOf(
      'Les enquêteurs de Draguignan cherchent les auteurs des inscriptions « DDPF » peintes dimanche sur le portail de la maison d’arrêt de Grasse.',
    ),
    ['fr-grasse-ma'],
  );
  assert.deepEqual(
    sitesOf(
      "La directrice interrégionale des services pénitentiaires de Lyon s'est rendue jeudi au centre pénitentiaire de Valence, où un surveillant a été frappé mercredi par un détenu.",
    ),
    ['fr-valence-cp'],
  );
  assert.deepEqual(
    sitesOf(
      'Police in Marseille are investigating after shots were fired at the gate of Tarascon prison on Sunday night.',
    ),
    ['fr-tarascon-cd'],
  );
});

test("a suspect's home town or birthplace is not a scene", () => {
  assert.deepEqual(
    sitesOf(
      "Un individu de 30 ans, domicilié à Toulon, a été interpellé après avoir lancé deux colis dans la cour de la maison d'arrêt de Draguignan mardi.",
    ),
    ['fr-draguignan-ma'],
  );
  assert.deepEqual(
    sitesOf('A 22-year-old man, a native of Nancy, threw a parcel over the fence of Metz prison on Monday.'),
    ['fr-metz-cp'],
  );
  // A member of staff's town is his home, which may be the scene.
  assert.deepEqual(
    sitesOf('Un jeune surveillant, domicilié à Lunel, a retrouvé sa voiture incendiée devant chez lui dimanche matin.'),
    ['commune:Lunel'],
  );
});

test("a guard's car burnt in a town that is also a prison's alias is in that town; his prison is the employer", () => {
  const [candidate] = incidents(
    'Samedi soir, le véhicule d’un agent de la maison d’arrêt de Nîmes a été incendié à Tarascon, sur un parking du centre-ville.',
  );
  assert.equal(siteOf(candidate), 'commune:Tarascon');
  assert.equal(candidate.employer, 'fr-nimes-ma');
});

test('a village followed by "où" (a relative of place) is read as the place', () => {
  assert.deepEqual(
    sitesOf(
      "Les agents de la maison d'arrêt d'Évreux ont débrayé lundi, en soutien à leurs collègues de Villenoy, où une surveillante a été menacée de mort devant chez elle samedi soir.",
    ),
    ['commune:Villenoy'],
  );
});

test('the town of the police who came is no scene when another place is named, and is the scene when none is', () => {
  assert.deepEqual(
    sitesOf(
      'Les policiers de Nanterre ont ouvert une enquête après des tirs contre le portail de la prison de Bois-d’Arcy mardi soir.',
    ),
    ['fr-bois-d-arcy-ma'],
  );
  assert.deepEqual(
    sitesOf(
      "Police in Valence arrested two men on Sunday night as they prepared to throw parcels over the wall. Both parcels landed in the town's prison yard before the arrest.",
    ),
    ['fr-valence-cp'],
  );
});

test('where the authors came from is no scene; the town of the police stays the scene beside the victim’s prison', () => {
  assert.deepEqual(
    sitesOf('Deux jeunes venus de Nîmes ont projeté des colis par-dessus le mur de la prison de Béziers samedi soir.'),
    ['fr-beziers-cp'],
  );
  assert.deepEqual(
    sitesOf(
      "Police in Chelles are investigating after a Meaux prison guard's car was set on fire outside his home on Sunday night.",
    ),
    ['commune:Chelles'],
  );
});

test('the prison an inmate was transferred from is no scene, nor does it make the guard’s prison his employer', () => {
  assert.deepEqual(
    sitesOf(
      'Une surveillante de Fresnes a été frappée jeudi par un détenu arrivé la veille, transféré de Fleury-Mérogis.',
    ),
    ['fr-fresnes-cp'],
  );
  assert.deepEqual(
    sitesOf('An officer at Meaux prison was punched on Friday by an inmate recently transferred from Fresnes.'),
    ['fr-meaux-cp'],
  );
});

test('an officer attacked off his prison (in the metro, at a court exit, on his way home) is not placed at the prison', () => {
  assert.deepEqual(sitesOf('Un surveillant de la prison de Fresnes a été agressé dans le métro lundi soir.'), [
    'commune:Fresnes',
  ]);
  assert.deepEqual(sitesOf('A guard at Nîmes prison was assaulted in the metro on Monday evening.'), ['commune:Nîmes']);
  assert.deepEqual(
    sitesOf('Un surveillant du centre pénitentiaire de Fresnes a été frappé lundi à la sortie du tribunal de Créteil.'),
    ['commune:Fresnes'],
  );
  // A town named beside him stays the scene.
  assert.deepEqual(
    sitesOf("Un surveillant de la maison d'arrêt de Nîmes a été agressé mardi soir dans le métro à Marseille."),
    ['commune:Marseille'],
  );
  // Inside, the prison stays the site.
  assert.deepEqual(sitesOf('Un surveillant de la prison de Fresnes a été agressé lundi soir par un détenu.'), [
    'fr-fresnes-cp',
  ]);
});

test('one act on the road "entre X et Y" is one incident', () => {
  assert.deepEqual(sitesOf('Un fourgon pénitentiaire a été attaqué mardi soir entre Nîmes et Alès.'), [
    'commune:Nîmes',
  ]);
  assert.deepEqual(
    sitesOf(
      "Un fourgon pénitentiaire a été attaqué lundi soir sur l'A71 entre Moulins et Clermont-Ferrand, près de Montmarault.",
    ).length,
    1,
  );
  // Two towns joined by "et" without "entre" are two scenes.
  assert.deepEqual(
    sitesOf('Lundi soir, des voitures ont brûlé à Nîmes et à Alès devant les domiciles de deux surveillants.').length,
    2,
  );
});

test('a village the road passes "à hauteur de", "non loin de" is the place of an ambush', () => {
  for (const text of [
    "Un fourgon pénitentiaire a été attaqué sur l'A71 à hauteur de Montmarault lundi soir.",
    "Un fourgon pénitentiaire a été attaqué lundi soir sur l'autoroute A71, non loin de Montmarault (Allier).",
    'A prison convoy was ambushed on Monday night on the A71 near Montmarault, in the Allier.',
  ])
    assert.deepEqual(sitesOf(text), ['commune:Montmarault'], text);
});

test('a town a suspect was sentenced in, a prison he was released from, colleagues elsewhere are no scenes', () => {
  assert.deepEqual(
    sitesOf("Déjà condamné à Toulouse, l'homme a agressé lundi un surveillant du centre pénitentiaire de Fresnes."),
    ['fr-fresnes-cp'],
  );
  assert.deepEqual(
    sitesOf(
      "L'homme, sorti de la maison d'arrêt de Nîmes en mars, a tiré lundi soir sur le centre pénitentiaire de Fresnes.",
    ),
    ['fr-fresnes-cp'],
  );
  assert.deepEqual(
    sitesOf('The attacker, who had been released from Nîmes prison in March, shot at Fresnes prison on Monday night.'),
    ['fr-fresnes-cp'],
  );
  assert.deepEqual(
    sitesOf("Les surveillants de Fresnes ont reçu le soutien de leurs collègues de Nîmes après l'agression de lundi."),
    ['fr-fresnes-cp'],
  );
  // The exit of a prison is at the prison.
  assert.deepEqual(sitesOf('À la sortie de la prison de Fresnes, un surveillant a été agressé lundi soir.'), [
    'fr-fresnes-cp',
  ]);
});

test('a prison fireworks or shots are fired "en direction de" is their target; where attackers flee is not', () => {
  assert.deepEqual(
    sitesOf("Des feux d'artifice ont été tirés lundi soir en direction du centre pénitentiaire de Fresnes."),
    ['fr-fresnes-cp'],
  );
  assert.deepEqual(
    sitesOf(
      "Après avoir incendié la voiture d'un surveillant à Alès lundi soir, les auteurs ont pris la fuite en direction de Nîmes.",
    ),
    ['commune:Alès'],
  );
});

test('"en rentrant" is off duty only on the way home, not back to a cell', () => {
  assert.deepEqual(
    sitesOf(
      'Un surveillant du centre pénitentiaire de Fresnes a été agressé par un détenu en rentrant dans sa cellule lundi.',
    ),
    ['fr-fresnes-cp'],
  );
});

test("an inmate's escape during a hospital escort, in an article naming no other place, is in his prison's commune", () => {
  for (const text of [
    "Un détenu de la maison d'arrêt de Strasbourg s'est évadé mercredi lors d'une extraction médicale à l'hôpital de Hautepierre, à Strasbourg.",
    "Un détenu de la maison d'arrêt de Strasbourg s'est évadé mercredi de l'hôpital de Hautepierre.",
  ]) {
    const [escaped, ...others] = incidents(text, '2025-04-23');
    assert.deepEqual(others, [], text);
    assert.equal(siteOf(escaped), 'commune:Strasbourg', text);
    assert.equal(escaped.employer, 'fr-strasbourg-ma', text);
    assert.deepEqual(escaped.draft.event_types, ['escape'], text);
  }
  // A place the article names elsewhere is where the escort was, not the prison's commune.
  assert.deepEqual(
    sitesOf(
      "Un détenu de la maison d'arrêt d'Évreux s'est évadé mardi lors d'une extraction médicale.\n\nL'évasion a eu lieu à l'hôpital de Bernay.",
      '2025-04-23',
    ),
    ['commune:Bernay'],
  );
});

test('a headline pasted above its article with a single line break is a headline: its town merges into the body’s act', () => {
  const body =
    "La voiture personnelle d'un agent du centre pénitentiaire de Valence a été incendiée dans la nuit de samedi à dimanche devant son domicile, à Bourg-lès-Valence.";
  for (const text of [
    `Valence : la voiture d'un surveillant incendiée devant chez lui\n${body}`,
    `Valence : la voiture d'un surveillant incendiée devant chez lui\n\n${body}`,
  ])
    assert.deepEqual(sitesOf(text, '2025-04-23'), ['commune:Bourg-lès-Valence'], text);
  assert.equal(headlineEnd('Tirs contre la prison de Toulon\nDes tirs ont visé la porte.'), 31);
  // A first line that ends with a stop is a sentence of the article, not its headline.
  assert.equal(headlineEnd('Des tirs ont visé la porte.\nLa police enquête.'), -1);
  assert.equal(headlineEnd('Tirs contre la prison\n\nDes tirs.'), 21);
});

test('a home posted online is what was posted, not where: the act is at the prison whose officer it targets', () => {
  const [posted, ...others] = incidents(
    'Jeudi, un agent du centre pénitentiaire de Fresnes a appris que son nom et une photo de son pavillon étaient diffusés sur un compte Telegram.',
    '2025-05-10',
  );
  assert.equal(others.length, 0);
  assert.equal(siteOf(posted), 'fr-fresnes-cp');
  assert.deepEqual(posted.draft.target_kinds, ['staff_person']);
  // An act at the home itself, filmed and posted, stays at the home.
  const [burnt] = incidents(
    "Jeudi soir, la voiture d'un agent du centre pénitentiaire de Fresnes a été incendiée devant son pavillon à Thiais ; une vidéo a été publiée sur Telegram.",
    '2025-05-10',
  );
  assert.equal(siteOf(burnt), 'commune:Thiais');
});

test('the date a thing was put in place ("installé l’an dernier") dates no act nor find told beside or after it', () => {
  const read = (text: string) =>
    extractText(text, referenceGazetteer(), { published: '2025-05-10' }).items[0].candidates;
  const [incident] = read(
    "Un drone a été abattu dans la nuit de mercredi à jeudi au-dessus du centre pénitentiaire de Fresnes. Il a été neutralisé par le brouilleur installé l'an dernier.\nLes agents ont ensuite récupéré son colis.",
  ).filter((c): c is IncidentCandidate => c.kind === 'incident');
  assert.deepEqual(incident.draft.event_types.slice().sort(), ['contraband_found', 'drone_drop']);
  const seizures = read(
    "Jeudi, les agents du centre pénitentiaire de Fresnes ont récupéré un colis de 80 grammes de résine, largué par un drone malgré le brouilleur installé l'an dernier.",
  ).filter((c) => c.kind === 'seizure');
  assert.deepEqual(
    seizures.map((c) => c.draft.quantity),
    [{ value: 80, unit: 'g' }],
  );
});

test('prisons listed as where a rally is called are no scenes, in the plural too; "si un drone pouvait" is no act', () => {
  assert.deepEqual(
    sitesOf(
      "Après l'agression d'une collègue à Draguignan samedi, l'Ufap appelle à un rassemblement lundi devant les centres pénitentiaires de Toulon et de Grasse.",
      '2025-05-07',
    ),
    [],
  );
  assert.deepEqual(
    sitesOf(
      "« Si un drone pouvait larguer une arme dans la cour de la maison d'arrêt de Nîmes, ce serait un drame », dit un agent.",
      '2025-05-07',
    ),
    [],
  );
});

test('a prison name without a prison word is read only with its capital ("la santé des agents" is no La Santé)', () => {
  assert.deepEqual(
    sitesOf('Mardi, un détenu a mis le feu à sa cellule, a indiqué un syndicat inquiet pour la santé des agents.'),
    [],
  );
});

test('a court or investigators named in the plural or with an adjective are seats ("juridiction spécialisée de", "sections de recherches de")', () => {
  assert.deepEqual(
    sitesOf(
      "Lundi, un détenu s'est évadé de la maison d'arrêt de Nîmes. Écroué dans un dossier instruit par une juridiction spécialisée de Marseille, il est recherché. Dans la nuit de lundi à mardi, un individu a tenté d'incendier la porte de la prison avec un cocktail Molotov.",
    ).filter((site) => site !== 'fr-nimes-ma'),
    [],
  );
  assert.deepEqual(
    sitesOf(
      "Un engin explosif a été découvert mardi dans une cellule du centre de détention de Muret. Mercredi, les sections de recherches de Toulouse et d'Agen ont retrouvé des pièces destinées à assembler une bombe.",
    ),
    ['fr-muret-cd'],
  );
});

test('where a suspect comes from ("the woman, who comes from Lyon") is no scene', () => {
  assert.ok(
    !sitesOf(
      'A woman was stopped with 50 grams of cannabis at the Nîmes prison on Tuesday. Police arrested the woman, who comes from Lyon, and a second search turned up cash. Parcels are also thrown over the walls.',
    ).includes('commune:Lyon'),
  );
  assert.ok(
    !sitesOf(
      "Mardi, un colis a été projeté dans la cour de la maison d'arrêt de Nîmes. Le lanceur, qui vient de Montpellier, a été interpellé; des colis sont aussi projetés côté parking.",
    ).includes('commune:Montpellier'),
  );
});

test('an undated act told as a habit is no incident ("depuis des mois", "chaque week-end")', () => {
  assert.deepEqual(
    sitesOf(
      "Depuis des mois, des colis sont projetés chaque week-end par-dessus le mur de la maison d'arrêt de Nîmes, dénonce un syndicat qui réclame des filets.",
    ),
    [],
  );
  assert.deepEqual(sitesOf('Parcels are thrown over the wall of the Nîmes prison every weekend, a union says.'), []);
  // A dated act in the same words stays.
  assert.deepEqual(
    sitesOf(
      "Samedi soir, des colis ont été projetés par-dessus le mur de la maison d'arrêt de Nîmes, un phénomène qui se répète.",
    ),
    ['fr-nimes-ma'],
  );
});

test('a penalty ("faces ten years in prison", "encourt dix ans de prison") makes no article about prisons', () => {
  assert.deepEqual(
    sitesOf(
      'A lorry was set on fire on Thursday night at Le Havre, police said. The arsonist faces up to ten years in prison.',
    ),
    [],
  );
  assert.deepEqual(
    sitesOf('Un camion a été incendié jeudi soir à Lorient, selon la police. L’incendiaire encourt dix ans de prison.'),
    [],
  );
});

test('a home whose town is not told is in the commune of the prison the victim "works at"', () => {
  assert.deepEqual(
    sitesOf(
      "La voiture d'un agent qui travaille au centre pénitentiaire de Toulon-La Farlède a été incendiée lundi soir devant son domicile.",
    ),
    ['commune:La Farlède'],
  );
  assert.deepEqual(
    sitesOf(
      'On Monday night, the van of an officer who works at Nîmes prison was burnt outside his house, the union said.',
    ),
    ['commune:Nîmes'],
  );
});

test('a prison named as a scene before a staff home in the same clause keeps its own act', () => {
  assert.deepEqual(
    sitesOf(
      'Early on Monday, two cars burned in the car park of the prison in Tarascon, and the car of an officer who works at Nîmes prison was set alight outside his home in Beaucaire.',
    ),
    ['commune:Beaucaire', 'fr-tarascon-cd'],
  );
  const [home] = incidents(
    "Lundi, deux voitures ont brûlé devant la maison d'arrêt de Nîmes, et la voiture d'une surveillante a été incendiée devant son domicile à Beaucaire.",
  ).filter((c) => c.draft.place);
  assert.deepEqual(home?.draft.event_types, ['vehicle_arson']);
});

test('"notre établissement" in a union section\'s statement is the prison of its letterhead', () => {
  assert.deepEqual(
    sitesOf(
      "UFAP-UNSA JUSTICE – SECTION LOCALE DE LA MAISON D'ARRÊT DE NÎMES\n\nCOMMUNIQUÉ\n\nHier soir, vers 22 heures, notre établissement a été la cible de tirs. Deux impacts ont été relevés sur le portail.\n\nLe bureau local",
    ),
    ['fr-nimes-ma'],
  );
  // No letterhead: "notre établissement" names no prison.
  assert.deepEqual(
    sitesOf('Hier soir, vers 22 heures, notre établissement a été la cible de tirs, écrit un syndicat.'),
    [],
  );
});
