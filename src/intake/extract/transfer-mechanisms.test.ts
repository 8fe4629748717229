import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractText } from './extract.ts';
import { events, incidents, siteOf, sitesOf } from './test-extraction.ts';
import { referenceGazetteer } from './test-gazetteer.ts';

// Twentieth round (issue 14): rules stated on a general mechanism (the role of a clause, a list, a date's shape, a word
// family), each tested on sentences written for it (invented people, real facilities), none copied from the corpus.

test('an act named in an indirect question is asked about, not reported', () => {
  assert.deepEqual(events("Les agents se sont demandé un instant si c'était une tentative d'évasion."), []);
  assert.deepEqual(events('The night staff wondered whether it was an escape.'), []);
  assert.deepEqual(events('Officers asked themselves if the inmates were rioting.'), []);
  assert.deepEqual(events('It is not yet known whether shots were fired.'), []);
  // A question word with no "si"/"whether" after it leaves the act.
  assert.deepEqual(events("Le détenu a demandé un médecin puis s'est évadé de l'hôpital."), ['escape']);
});

test('a threat to an abstraction (safety, order, the running of a prison) is a figure, not a threat to someone', () => {
  assert.deepEqual(events('Ces trafics menacent directement la sécurité des agents, estime le syndicat.'), []);
  assert.deepEqual(events("Le surpeuplement menace l'équilibre de la détention."), []);
  assert.deepEqual(events('Overcrowding threatens the security of every jail, the union said.'), []);
  assert.deepEqual(events('The shortage is a threat to the safety of officers.'), []);
  // A person threatened stays a threat.
  assert.deepEqual(events('Un détenu a menacé la surveillante avec une fourchette.'), ['threat']);
  assert.deepEqual(events('An inmate threatened the officer on duty.'), ['threat']);
});

test('the items of a list end the sentence that introduces them with a colon', () => {
  const text =
    "Mercredi après-midi, lors d'une fouille de cellule au centre pénitentiaire de Rennes-Vezin, les agents ont trouvé :\n- six téléphones et leurs chargeurs ;\n- 80 grammes de résine de cannabis.";
  assert.deepEqual(
    incidents(text, '2025-03-14').map((c) => [siteOf(c), c.draft.event_types]),
    [['fr-rennes-vezin-cp', ['contraband_found']]],
  );
  const drugs = extractText(text, referenceGazetteer(), { published: '2025-03-14' }).items[0].candidates.filter(
    (c) => c.kind === 'seizure',
  );
  assert.deepEqual(
    drugs.map((c) => [c.draft.drug, c.draft.quantity]),
    [['cannabis', { value: 80, unit: 'g' }]],
  );
});

test('what a list of demands holds is asked for, not reported', () => {
  const text =
    'Le syndicat réclame :\n- des renforts au centre pénitentiaire de Lannemezan ;\n- la protection des agents agressés et menacés ;\n- des caméras sur le parking.';
  assert.deepEqual(incidents(text), []);
  // An act told before the list is still read.
  assert.deepEqual(
    incidents(
      'Lundi soir, un surveillant a été agressé au centre pénitentiaire de Lannemezan. Le syndicat réclame :\n- des renforts ;\n- des caméras.',
    ).map((c) => c.draft.event_types),
    [['assault_on_staff']],
  );
});

test('a time told in a sentence between two sentences of one incident is its time', () => {
  const found = incidents(
    "Des tirs ont visé la maison d'arrêt de Nîmes dans la nuit de lundi à mardi. Vers 1 h 15, un véhicule a ralenti devant la porte. Plusieurs impacts de balles ont été relevés sur la façade.",
    '2025-04-16',
  );
  assert.deepEqual(
    found.map((c) => [siteOf(c), c.at]),
    [['fr-nimes-ma', '01:15']],
  );
  // A time in a sentence after the incident that leads to no more of it tells nothing of the act.
  const after = incidents(
    "Des tirs ont visé la maison d'arrêt de Nîmes dans la nuit de lundi à mardi. Vers 9 heures, le directeur a reçu les syndicats.",
    '2025-04-16',
  );
  assert.equal(after[0]?.at, undefined);
});

test('an act told as a span is dated by its start, not by the date after "until"', () => {
  const found = incidents(
    "Les jets de projectiles ont commencé le 24 décembre vers 22 heures et ont duré jusqu'à l'aube, le 25 décembre. Des mortiers d'artifice ont visé le mirador du centre pénitentiaire de Valence.",
    '2025-12-27',
  );
  assert.deepEqual(
    found.map((c) => [siteOf(c), c.draft.occurred]),
    [['fr-valence-cp', { date: '2025-12-24' }]],
  );
  const english = incidents(
    'The disturbance began on Friday evening and went on until Sunday, when officers from the regional team retook the wing of Fleury-Mérogis prison where inmates had rioted.',
    '2025-04-15',
  );
  assert.deepEqual(
    english.map((c) => c.draft.occurred),
    [{ night_of: '2025-04-11' }],
  );
});

test('"the drugs" after a named drug is that drug, not an unknown one', () => {
  const seized = (text: string) =>
    extractText(text, referenceGazetteer(), { published: '2025-03-14' })
      .items[0].candidates.filter((c) => c.kind === 'seizure')
      .map((c) => [c.draft.drug, c.draft.quantity]);
  assert.deepEqual(
    seized(
      'Les douaniers du Havre ont saisi de la cocaïne dans un conteneur de fruits le 10 mars.\nLa drogue, découverte dans 40 sacs, pesait 215 kilos.',
    ),
    [['cocaine', { value: 215, unit: 'kg' }]],
  );
  assert.deepEqual(
    seized(
      'Customs officers in Marseille seized heroin hidden in a lorry on March 10. The drugs weighed 38 kg in all.',
    ),
    [['heroin', { value: 38, unit: 'kg' }]],
  );
  // Without an article, "drugs" is no anaphora.
  assert.deepEqual(seized('Customs officers in Marseille seized 38 kg of drugs hidden in a lorry on March 10.'), [
    ['other', { value: 38, unit: 'kg' }],
  ]);
});

test("a vehicle found burnt after an escape or an attack is the attackers', not a target", () => {
  assert.deepEqual(events("L'utilitaire a été retrouvé incendié dans un bois à Lardy."), []);
  assert.deepEqual(events('The van was found burnt out on a farm track.'), []);
  // A member of staff's car found burnt is an arson at his car.
  assert.deepEqual(events("La voiture d'une surveillante a été retrouvée incendiée au pied de son immeuble."), [
    'vehicle_arson',
  ]);
  assert.deepEqual(
    sitesOf(
      "Un détenu s'est évadé dimanche du centre pénitentiaire de Fresnes à bord d'un hélicoptère. L'appareil a été retrouvé incendié à Lardy (Essonne).",
      '2025-04-14',
    ),
    ['fr-fresnes-cp'],
  );
});

test('an inmate who runs off and is caught on the spot made an escape attempt; caught after time at large, he escaped', () => {
  const typesOf = (text: string) => incidents(text, '2025-03-04').map((c) => c.draft.event_types);
  assert.deepEqual(
    typesOf(
      "Lundi, un détenu du centre pénitentiaire de Laon, conduit au centre hospitalier de Laon, a pris la fuite dans le parking. Les deux agents de l'escorte l'ont rattrapé cent mètres plus loin.",
    ),
    [['escape_attempt']],
  );
  assert.deepEqual(
    typesOf(
      'On Monday an inmate of Laon prison being treated at the town hospital ran off through the car park. He was tackled by his escort at the gate.',
    ),
    [['escape_attempt']],
  );
  assert.deepEqual(
    typesOf(
      'Lundi, un détenu du centre pénitentiaire de Laon, conduit au centre hospitalier de Laon, a pris la fuite dans le parking. Il a été rattrapé trois jours plus tard à Reims.',
    ),
    [['escape']],
  );
});

test('the wall or the net a drone passed over is its path, not the spot of its drop', () => {
  const spotOf = (text: string) => incidents(text, '2025-03-04').map((c) => c.spot);
  assert.deepEqual(
    spotOf(
      'Lundi après-midi, un drone chargé de deux téléphones est passé par-dessus le mur du centre pénitentiaire de Meaux-Chauconin et a largué son paquet.',
    ),
    ['inside'],
  );
  assert.deepEqual(spotOf('On Monday a drone flew over the fence of Meaux prison and dropped a package of phones.'), [
    'inside',
  ]);
  // A throw over the wall is made from the wall's surroundings: the perimeter.
  assert.deepEqual(
    spotOf(
      'Lundi soir, deux individus ont lancé des colis par-dessus le mur du centre pénitentiaire de Meaux-Chauconin.',
    ),
    ['perimeter'],
  );
});

test('officers and agents of the police or of a hospital are no prison staff: an act among them alone is out of scope', () => {
  assert.deepEqual(
    sitesOf(
      'A man fired a shotgun from his balcony in Saint-Denis on Sunday evening. Officers of the anti-crime brigade arrested him an hour later.',
      '2025-04-14',
    ),
    [],
  );
  assert.deepEqual(
    sitesOf(
      'Un homme a tiré plusieurs coups de feu depuis sa fenêtre à Saint-Denis dimanche soir. Des agents de police l’ont interpellé.',
      '2025-04-14',
    ),
    [],
  );
  // Prison officers still link the act to a prison.
  assert.deepEqual(
    sitesOf(
      'A man fired a shotgun at two prison officers outside their home in Saint-Denis on Sunday evening.',
      '2025-04-14',
    ),
    ['commune:Saint-Denis'],
  );
});

test('what the police find on suspects outside is no contraband found in a prison', () => {
  assert.deepEqual(
    events('Près de la voie ferrée, les policiers ont retrouvé deux téléphones et un sachet de résine.'),
    [],
  );
  assert.deepEqual(events('Inside her rucksack, they found three phones and chargers.'), []);
  // A find in a search, or by staff in a cell, is one.
  assert.deepEqual(events('Lors de la fouille de la cellule, les gendarmes ont trouvé deux téléphones.'), [
    'contraband_found',
  ]);
  assert.deepEqual(events('Les surveillants ont trouvé deux téléphones dans une cellule.'), ['contraband_found']);
});

test('letters or a sign written, drawn or traced by someone, on any surface, are graffiti', () => {
  assert.deepEqual(events('Un inconnu a tracé trois lettres à la peinture sur le sol du parking.'), ['graffiti']);
  assert.deepEqual(events('Un homme a dessiné le même symbole sur la chaussée devant la prison.'), ['graffiti']);
  assert.deepEqual(events('A man wrote insulting words on the road outside the jail.'), ['graffiti']);
  // A letter written to the director is no graffiti.
  assert.deepEqual(events('Un détenu a écrit une lettre au directeur.'), []);
});

test('a building or its door as the subject of a passive fire verb is an arson beside the cars burnt with it', () => {
  assert.deepEqual(
    events('Trois voitures ont brûlé et la porte du bâtiment administratif de la prison a été incendiée.'),
    ['arson', 'vehicle_arson'],
  );
  assert.deepEqual(events('Two cars burnt and the door of the visitors’ centre was set on fire.'), [
    'arson',
    'vehicle_arson',
  ]);
  // A car parked by a door is the car that burnt, not the door.
  assert.deepEqual(events("Une voiture garée devant la porte d'entrée a été incendiée."), ['vehicle_arson']);
});

test('officers named as the ones aimed at, in the passive or a participle, are a target of firework mortars', () => {
  const targetsOf = (text: string) => incidents(text, '2025-01-03').map((c) => c.draft.target_kinds?.slice().sort());
  assert.deepEqual(
    targetsOf(
      "Jeudi soir, au centre pénitentiaire de Valence, deux agents en ronde ont été pris pour cible par des mortiers d'artifice.",
    ),
    [['facility', 'staff_person']],
  );
  assert.deepEqual(
    targetsOf('On Thursday night fireworks were fired at Valence prison; officers on patrol were targeted.'),
    [['facility', 'staff_person']],
  );
  assert.deepEqual(
    targetsOf("Jeudi soir, des mortiers d'artifice ont été tirés contre le centre pénitentiaire de Valence."),
    [['facility']],
  );
});

test('a town where an escort was, named as "X hospital" or in a clause about the outing, is the scene, not its prison', () => {
  assert.deepEqual(
    sitesOf(
      'On Tuesday an inmate of Laon prison slipped away from his escort at Laon hospital. The next day, a prisoner escaped from Lyon prison.',
      '2025-03-14',
    ),
    ['commune:Laon', 'fr-lyon-corbas-ma'],
  );
  assert.deepEqual(
    sitesOf(
      "Mardi, à Valence, un détenu a échappé à ses gardiens à la sortie de l'hôpital, avant de remonter dans le fourgon.",
      '2025-03-14',
    ),
    ['commune:Valence'],
  );
  // Without an outing, the bare town in an article about prisons is still its prison.
  assert.deepEqual(sitesOf('Mardi, à Valence, un détenu a frappé un surveillant en détention.', '2025-03-14'), [
    'fr-valence-cp',
  ]);
});

test("the prison of one incident's inmate is not the employer of another incident in another town", () => {
  const found = incidents(
    "Lundi, à Valence, un détenu a échappé à ses gardiens à la sortie de l'hôpital. Mardi, à Montpellier, un détenu de Villeneuve-lès-Maguelone hospitalisé s'est évadé de l'hôpital.",
    '2025-03-14',
  );
  const byTown = Object.fromEntries(found.map((c) => [siteOf(c), c.employer]));
  assert.equal(byTown['commune:Montpellier'], 'fr-villeneuve-les-maguelone-cp');
  assert.equal(byTown['commune:Valence'], undefined);
});

test("an escape at a prison's door on the way to an outing aims at the transport, not the building", () => {
  const targetsOf = (text: string) => incidents(text, '2025-03-14').map((c) => c.draft.target_kinds);
  assert.deepEqual(
    targetsOf(
      "Mardi, au départ du centre pénitentiaire de Laon pour une consultation, un détenu s'est évadé avant de monter dans le fourgon.",
    ),
    [['transport']],
  );
  assert.deepEqual(targetsOf("Mardi, un détenu s'est évadé du centre pénitentiaire de Laon en escaladant le mur."), [
    ['facility'],
  ]);
});

test('the court an inmate appears before is no spot of the act judged; a mattress set on fire burns inside', () => {
  const spotOf = (text: string) => incidents(text, '2025-03-14').map((c) => c.spot);
  assert.deepEqual(
    spotOf(
      'Le détenu qui avait frappé un surveillant mardi au centre pénitentiaire de Laon a comparu jeudi devant le tribunal correctionnel.',
    ),
    ['inside'],
  );
  assert.deepEqual(spotOf('Mardi soir, au centre pénitentiaire de Laon, un détenu a mis le feu à son matelas.'), [
    'inside',
  ]);
  // An escort that got away before a court is still at the court.
  assert.deepEqual(
    spotOf(
      'Mardi, un détenu de Laon a faussé compagnie à son escorte devant le tribunal de Soissons, où il devait être jugé.',
    ),
    ['court'],
  );
});

test('an act told as done on the networks or from accounts has no spot on the site', () => {
  const spotOf = (text: string) => incidents(text, '2025-03-14').map((c) => c.spot ?? null);
  assert.deepEqual(
    spotOf(
      'Mardi, les noms de deux agents du centre pénitentiaire de Laon circulaient sur des comptes anonymes, accompagnés de menaces.',
    ),
    [null],
  );
  assert.deepEqual(spotOf('Laon : les noms de deux surveillants diffusés sur les réseaux avec des menaces de mort'), [
    null,
  ]);
});
