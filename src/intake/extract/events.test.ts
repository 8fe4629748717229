import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findCasualties, findEvents, findTargetedVehicles, findWeapons, mergeConsequences } from './events.ts';
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

// Issue 14, acts (sentences written for these tests, not taken from any corpus).
test('reads acts said with nouns and other verbs: bursts of fire, bullet-riddled doors, bomb alerts', () => {
  assert.deepEqual(events('A man stepped out and emptied a magazine, firing about twenty rounds at the gatehouse.'), [
    'gunfire',
  ]);
  assert.deepEqual(events('Le portail du centre de détention a été criblé de balles.'), ['gunfire']);
  // Firework mortars are `other` (corpus v2 guidelines; this line said `explosive` before the convention was settled).
  assert.deepEqual(events('Plusieurs tirs de mortiers d’artifice ont visé le mirador.'), ['other']);
  assert.deepEqual(events('Une alerte à la bombe a entraîné l’évacuation du parloir.'), ['threat']);
  assert.deepEqual(events('A bomb scare emptied the visitors’ centre on Friday.'), ['threat']);
  assert.deepEqual(events('The raiders let off smoke bombs in the corridor.'), []);
});

test('escapes said in other words: slipping out, a helicopter in the yard, a tunnel, a man caught by guards', () => {
  assert.deepEqual(events('The inmate slipped out hidden in a delivery lorry.'), ['escape']);
  assert.deepEqual(events('Un hélicoptère s’est posé dans la cour de promenade et un détenu est monté à bord.'), [
    'escape',
    'intrusion',
  ]);
  assert.deepEqual(events('Les surveillants ont trouvé un tunnel creusé sous le lavabo de la cellule.'), [
    'escape_attempt',
  ]);
  assert.deepEqual(events('Parvenu sur le toit, le prisonnier a été rattrapé par deux surveillants.'), [
    'escape_attempt',
  ]);
  assert.deepEqual(events('Il a voulu fausser compagnie à son escorte devant le cabinet médical.'), ['escape_attempt']);
  assert.deepEqual(events('A fire broke out in the laundry.'), ['arson']);
  assert.deepEqual(events('Unrest broke out on the second floor at 4pm.'), []);
});

test('any vehicle burns, whatever its make; a gunfire "fire" on a vehicle gate is no car fire', () => {
  assert.deepEqual(events('Une Twingo et un utilitaire ont été incendiés devant la prison.'), ['vehicle_arson']);
  assert.deepEqual(events('Trois véhicules du personnel ont été entièrement détruits sur le parking.'), [
    'vehicle_arson',
  ]);
  assert.deepEqual(events('Gunmen opened fire on the vehicle entrance of the jail.'), ['gunfire']);
});

test('graffiti when a tag is painted, sprayed or drawn; not a wall sprayed with bullets nor letters in passing', () => {
  assert.deepEqual(events('Le sigle a été tracé au feutre sur la porte du local syndical.'), ['graffiti']);
  assert.deepEqual(events('Attackers sprayed the guardhouse with automatic fire.'), ['gunfire']);
  assert.deepEqual(events('La direction a reçu les mêmes trois lettres par courrier.'), []);
});

test('no act from fear, denial, habit, or a threat word inside a quotation', () => {
  assert.deepEqual(events('Les agents ont craint une tentative d’évasion pendant la panne.'), []);
  assert.deepEqual(events('Les deux suspects nient avoir voulu s’évader.'), []);
  assert.deepEqual(events('Sur ce site, les projections sont quotidiennes.'), []);
  assert.deepEqual(events('Le délégué estime : « c’est une menace pour tous les collègues ».'), []);
  assert.deepEqual(events('Un détenu a menacé de mort une surveillante.'), ['threat']);
  assert.deepEqual(events('The wound was not life-threatening.'), []);
});

test('a blow is an assault on staff only when a member of staff is named; a person thrown is no projection', () => {
  assert.deepEqual(events('Un détenu a frappé son codétenu à la tête.'), []);
  assert.deepEqual(events('Un détenu a frappé une surveillante à la tête.'), ['assault_on_staff']);
  assert.deepEqual(events('Deux agents ont été percutés volontairement par une camionnette sur le parking.'), [
    'assault_on_staff',
  ]);
  assert.deepEqual(events('Un surveillant a été projeté au sol par le conducteur.'), []);
  assert.deepEqual(events('Un détenu a bousculé un agent et lui a pris ses clés.'), ['assault_on_staff']);
});

test('a commando is an ambush only beside a transport; an escort vehicle attacked is one', () => {
  assert.deepEqual(events('Un commando a incendié des voitures sur le parking.'), ['vehicle_arson']);
  assert.deepEqual(events('Un commando a bloqué le fourgon cellulaire à la sortie du tunnel.'), ['transport_ambush']);
  assert.deepEqual(events('The escort vehicle carrying the prisoner was attacked near the hospital.'), [
    'transport_ambush',
  ]);
});

test('contraband intercepted or found is a find; a drone seized in a search of the pilot’s home is no drop', () => {
  assert.deepEqual(events('Les agents ont intercepté un paquet contenant trois téléphones.'), ['contraband_found']);
  assert.deepEqual(events('Arrested at home on Thursday, the suspect had a drone in his garage.'), []);
});

test('the legal name of an act stays no act however long the sentence before it', () => {
  assert.deepEqual(
    events(
      'Le tribunal a condamné jeudi un homme de 24 ans, déjà connu des services, à deux ans de prison dont un ferme, pour avoir livré par drone des colis',
    ),
    [],
  );
});

test('tags lose the punctuation around them, and what a tag stands for is no slogan', () => {
  const text = 'On pouvait lire « XRZ, » sur le mur, les trois lettres, pour « Ensemble contre les matons ».';
  assert.deepEqual(
    findSignatures(text, foldSameLength(text), whole(text)).map((f) => f.value.text),
    ['XRZ'],
  );
  const capitals = 'The wall was tagged KLM.';
  assert.deepEqual(
    findSignatures(capitals, foldSameLength(capitals), whole(capitals)).map((f) => f.value.text),
    ['KLM'],
  );
});

test('shots fired near a car are no car fire; parcels drones replaced are no projection', () => {
  assert.deepEqual(events('He walked back to the car, took a rifle and fired a burst at the gate.'), ['gunfire']);
  assert.deepEqual(events('Drones have now replaced the parcels thrown over the wall.'), ['drone_drop']);
});

test('acts said in other verbs: fires set, walls sprayed with bullets, parcels lobbed over, a wing taken over', () => {
  assert.deepEqual(events('Prisoners set fires in the laundry.'), ['arson']);
  assert.deepEqual(events('Someone peppered the visitors’ entrance with bullets.'), ['gunfire']);
  assert.deepEqual(events('Deux sacs ont été balancés de nuit par-dessus le grillage.'), ['projection']);
  assert.deepEqual(events('A bag of phones was tossed back over the fence.'), ['projection']);
  assert.deepEqual(events('Une vingtaine de détenus ont saccagé le réfectoire.'), ['riot']);
  assert.deepEqual(events('Inmates seized control of a landing for three hours.'), ['riot']);
});

test('an assault on staff in the passive, a hostage taken, spitting at a guard', () => {
  assert.deepEqual(events('Two officers were set upon in the visiting room.'), ['assault_on_staff']);
  assert.deepEqual(events('An officer was beaten by a prisoner in the showers.'), ['assault_on_staff']);
  assert.deepEqual(events('Une surveillante a été prise en otage pendant deux heures.'), ['assault_on_staff']);
  assert.deepEqual(events('Le détenu a craché au visage de l’agent.'), ['assault_on_staff']);
  assert.deepEqual(events('Le détenu a craché par terre.'), []);
});

test('getting in or forcing a gate is an intrusion; an escalation of violence is no climb', () => {
  assert.deepEqual(events('Un homme a tenté de s’introduire dans la cour en pleine nuit.'), ['intrusion']);
  assert.deepEqual(events('Trois individus ont fracturé la porte du local technique.'), ['intrusion']);
  assert.deepEqual(events('Ils ont escaladé le mur avant d’être repérés.'), ['intrusion']);
  assert.deepEqual(events('Le syndicat dénonce une escalade des violences.'), []);
});

test('a long noun phrase between a vehicle and its fire is still a car fire; "se faire la belle" is an escape', () => {
  assert.deepEqual(
    events(
      'Quatre véhicules garés en rang le long de la clôture, côté parking des agents, de la prison ont été la proie des flammes.',
    ),
    ['vehicle_arson'],
  );
  assert.deepEqual(events('Le prévenu s’est fait la belle pendant la promenade.'), ['escape']);
});

test('acts told as repeated are a grievance, not one act', () => {
  assert.deepEqual(events('Les agents ont débrayé pour protester contre les agressions répétées.'), []);
  assert.deepEqual(events('Staff walked out over repeated assaults by inmates.'), []);
});

test('"plusieurs tirs", "trois tirs" are gunfire; warning shots are not', () => {
  assert.deepEqual(events('Plusieurs tirs ont visé le portail dans la nuit.'), ['gunfire']);
  assert.deepEqual(events('Trois tirs ont été entendus vers minuit.'), ['gunfire']);
  assert.deepEqual(events('Les gendarmes ont procédé à deux tirs de sommation.'), []);
});

test('graffiti told by what was written on a wall; shots told by the weapon fired', () => {
  assert.deepEqual(events('Le sigle a été retrouvé en lettres rouges sur le portail de service.'), ['graffiti']);
  assert.deepEqual(events('Insults were written in white paint, the union said.'), ['graffiti']);
  assert.deepEqual(events('Des affiches ont été apposées sur la grille.'), ['graffiti']);
  assert.deepEqual(events('A man fired a rifle at the guard tower.'), ['gunfire']);
  assert.deepEqual(events('Le tireur a vidé son chargeur contre la façade.'), ['gunfire']);
  assert.deepEqual(events('Il a reçu une lettre de menaces.'), ['threat']);
});

test('phones found in cells "since January" are a running total, not a find', () => {
  assert.deepEqual(events('Les agents ont trouvé 60 téléphones en cellule depuis janvier.'), []);
});

test("phones seized in a suspect's car or home, or the suspects' own phones, are no contraband found in prison", () => {
  assert.deepEqual(events('Deux téléphones ont été saisis dans sa voiture lors de son interpellation.'), []);
  assert.deepEqual(
    events("Investigators recovered the suspects' phones... the phones of the suspects were seized."),
    [],
  );
  assert.deepEqual(events('Police found three phones during a search of his flat.'), []);
  assert.deepEqual(events('Guards found three phones hidden in a mattress.'), ['contraband_found']);
});

test('an assault on staff by a car, and attacks on several officers at once', () => {
  assert.deepEqual(events('Two warders were deliberately struck by a car as they left the jail.'), [
    'assault_on_staff',
  ]);
  assert.deepEqual(events('Deux agents ont été volontairement renversés par une voiture devant la prison.'), [
    'assault_on_staff',
  ]);
  assert.deepEqual(events('An inmate attacked four officers with a table leg.'), ['assault_on_staff']);
  assert.deepEqual(events('The car then drove straight at them, the guards said.'), ['assault_on_staff']);
});

test('an escape told by running off, a jailbreak or a helicopter landed in the yard; fleeing attackers are no escape', () => {
  assert.deepEqual(events('Menotté, le détenu a pris la fuite en sautant du fourgon.'), ['escape']);
  assert.deepEqual(events('The prisoner got away from his escort in the hospital car park.'), ['escape']);
  assert.deepEqual(events('Police are still hunting the men behind the jailbreak.'), ['escape']);
  assert.deepEqual(events('Armed men landed a stolen helicopter in the yard of the prison.'), ['escape', 'intrusion']);
  assert.deepEqual(events('Les agresseurs ont pris la fuite à pied après avoir frappé un détenu.'), []);
  assert.deepEqual(events('As the two throwers tried to flee, police stopped them.'), []);
  assert.deepEqual(events('The inmate tried to run off during the transfer.'), ['escape_attempt']);
});

test('parcels thrown over the walls or into the yard, and throwers stopped before they could throw, are told apart', () => {
  assert.deepEqual(events('Un homme a été surpris à lancer des colis au-dessus du mur.'), ['projection']);
  assert.deepEqual(events('A teenager lobbed three bundles over the walls on Friday.'), ['projection']);
  assert.deepEqual(events('Somebody flung a sock full of pills into the exercise yard.'), ['projection']);
  assert.deepEqual(events('Les jets de colis se sont multipliés samedi.'), ['projection']);
  assert.deepEqual(events('Police caught two men before they could throw the bags over the fence.'), []);
  assert.deepEqual(events('Until now, relatives mostly threw packages over the fence.'), []);
});

test('an intruder who crawled under a fence or cut through a door, even to leave a parcel; inmates climbing out are escaping', () => {
  assert.deepEqual(events("Un individu s'est faufilé sous la clôture du domaine pénitentiaire."), ['intrusion']);
  assert.deepEqual(events('The gang cut through the door of the workshop with a grinder.'), ['intrusion']);
  assert.deepEqual(events('A man climbed over the fence at night.'), ['intrusion']);
  assert.deepEqual(events('Deux hommes se sont glissés sous le grillage pour déposer un sac.'), ['intrusion']);
  assert.deepEqual(events('Two inmates crawled under the fence and escaped.'), ['escape']);
});

test('fires set in every tense, a blaze started, a petrol bomb; firework mortars and "these explosives" are no new device', () => {
  assert.deepEqual(events('Des détenus mettent le feu à une poubelle.'), ['arson']);
  assert.deepEqual(events('Ils ont enflammé des draps dans la coursive.'), ['arson']);
  assert.deepEqual(events('Rioters were setting small fires across the wing.'), ['arson']);
  assert.deepEqual(events('Burning paper thrown from a window started a blaze in the store.'), ['arson']);
  assert.deepEqual(events('A petrol bomb was thrown at the guardhouse.'), ['arson']);
  assert.deepEqual(events('Des explosifs ont été trouvés dans une cellule.'), ['contraband_found', 'explosive']);
  assert.deepEqual(events('On ignore comment ces explosifs sont arrivés là.'), []);
});

test('drugs and knives found inside a prison are contraband; at a port or never found they are not', () => {
  assert.deepEqual(events('Les surveillants ont récupéré 80 grammes de résine dans une cellule.'), [
    'contraband_found',
  ]);
  assert.deepEqual(events('A search of the wing turned up two knives, which were confiscated.'), ['contraband_found']);
  assert.deepEqual(events('Les douaniers ont saisi 300 kilos de cocaïne dans un conteneur.'), []);
  assert.deepEqual(events('Guards searched every inmate, but the parcel was never found.'), []);
  assert.deepEqual(events('Le détenu lui a arraché son gilet pare-lame et l’a saisie au cou.'), []);
});

test('hostile posters and a warning to an officer are threats; an open question and a past act are not acts', () => {
  assert.deepEqual(events('Des affiches hostiles aux agents ont été collées près de la gare.'), ['threat']);
  assert.deepEqual(events('Before leaving, the man warned him not to come back to work.'), ['threat']);
  assert.deepEqual(events("L'enquête devra déterminer si les agents ont été menacés."), []);
  assert.deepEqual(events('Phones had recently been seized in the cells of that wing.'), []);
  assert.deepEqual(events('Two officers were shot dead on the motorway.'), ['gunfire']);
  assert.deepEqual(events('Le drone a été abattu au-dessus de la cour.'), ['drone_drop']);
});

test('an inmate who turns on his escort or throws himself on an officer assaults staff; the threat of force and a planned escape are no acts', () => {
  assert.deepEqual(events("À l'audience, le prévenu s'en prend à ses deux surveillants d'escorte."), [
    'assault_on_staff',
  ]);
  assert.deepEqual(events("Le détenu s'est jeté sur un agent lors de la fouille."), ['assault_on_staff']);
  assert.deepEqual(events("Sous la menace d'un recours à la force, le mutin est descendu du toit."), []);
  assert.deepEqual(events('Des draps noués destinés à une évasion ont été découverts.'), []);
  assert.deepEqual(events('Au total, douze voitures ont brûlé en une semaine dans le département.'), []);
  assert.deepEqual(events('Les agents ont saisi 40 grammes de résine au total dans deux cellules.'), [
    'contraband_found',
  ]);
});

test('more wordings of each act: bullets that hit, cars reduced to ashes, cells set on fire, bites, absconding, sawn bars', () => {
  const cases: Array<[string, string[]]> = [
    ['Des balles ont touché la façade du centre pénitentiaire.', ['gunfire']],
    ['The prison gate was hit by several bullets overnight.', ['gunfire']],
    ["Le véhicule personnel d'un agent a été réduit en cendres.", ['vehicle_arson']],
    ["Un feu de voiture s'est déclaré sur le parking.", ['vehicle_arson']],
    ['An inmate set his cell on fire.', ['arson']],
    ['Le feu a été mis à la porte du domicile.', ['arson']],
    ['Un surveillant a été mordu par un détenu.', ['assault_on_staff']],
    ['A prison officer was bitten by an inmate.', ['assault_on_staff']],
    ['Un détenu a porté des coups à un surveillant.', ['assault_on_staff']],
    ['Un surveillant a été pris à partie par plusieurs détenus.', ['assault_on_staff']],
    ["Des individus ont promis de s'en prendre aux surveillants.", ['threat']],
    ['« On sait où tu habites », a lancé l’homme au surveillant.', ['threat']],
    ['A prisoner absconded during a hospital visit.', ['escape']],
    ["Un détenu n'a pas réintégré la prison après sa permission.", ['escape']],
    ['Le détenu a été exfiltré par un commando.', ['escape']],
    ['Un détenu a essayé de scier les barreaux de sa cellule.', ['escape_attempt']],
    ['Des paquets ont été lancés dans la cour de promenade.', ['projection']],
    ['Packages were thrown over the prison wall.', ['projection']],
    ["Deux individus se sont introduits dans l'enceinte de la prison.", ['intrusion']],
    ['Des détenus se sont mutinés.', ['riot']],
    ['Prisoners barricaded themselves in the wing.', ['riot']],
    ['Les noms et adresses de surveillants ont été publiés sur les réseaux sociaux.', ['doxxing']],
    ['The identities of several officers were posted online.', ['doxxing']],
    ['Le convoi a été pris pour cible par des hommes armés.', ['transport_ambush']],
    ['A search uncovered phones and drugs in a cell.', ['contraband_found']],
  ];
  for (const [sentence, expected] of cases) assert.deepEqual(events(sentence), expected, sentence);
});

test('near misses of those wordings are no acts: a violent brawl between inmates, a trial about an escape, smoke', () => {
  const cases = [
    'Une rixe violente a opposé deux détenus, les surveillants sont intervenus.',
    'The officers choked on smoke while evacuating the wing.',
    "Le procès de l'évasion s'ouvre lundi devant la cour d'assises.",
    'The union said staff feared their addresses could be published.',
    'Le ministre a promis de renforcer la sécurité des surveillants.',
    'Officers found nothing during the search of the cells.',
  ];
  for (const sentence of cases) assert.deepEqual(events(sentence), [], sentence);
});

test('acts named but not reported: sentences, statistics, prevention, plans, fears, drills, tributes, a denied escape', () => {
  const cases = [
    'The man was jailed for eight years for firing shots at the gate.',
    'Since January, 40 guards have been assaulted at the jail.',
    'Les agressions contre les surveillants ont augmenté de 10 % en un an.',
    'The union wants guards armed to deter escapes and attacks on convoys.',
    "En cas d'évasion, les agents doivent alerter la gendarmerie.",
    'Guards fear another shooting.',
    'Un exercice simulant une évasion a été organisé.',
    "Il risque dix ans de prison pour tentative d'évasion.",
    'The gang planned to free the inmate with explosives.',
    'Le commando projetait de faire évader le détenu.',
    "Il n'y a pas eu d'évasion, assure la direction.",
    "A minute's silence was held for the officers shot dead in May.",
  ];
  for (const sentence of cases) assert.deepEqual(events(sentence), [], sentence);
  assert.deepEqual(events('Deux voitures ont brûlé simultanément sur le parking.'), ['vehicle_arson']);
  assert.deepEqual(events("C'est la troisième agression d'un surveillant depuis janvier."), ['assault_on_staff']);
});

test('still more wordings: a headbutt, boiling water, stitches, a bullet in the post, a coffin, a tag "bombé", a stash found', () => {
  const cases: Array<[string, string[]]> = [
    ["Une agente a reçu un coup de tête d'un détenu.", ['assault_on_staff']],
    ["Un détenu a jeté de l'huile bouillante sur un surveillant.", ['assault_on_staff']],
    ['The guard needed stitches after being hit with a chair.', ['assault_on_staff']],
    ['Le surveillant a été gravement blessé au visage.', ['assault_on_staff']],
    ['Two guards were hurt in the attack.', ['assault_on_staff']],
    ['The governor received a bullet in the post.', ['threat']],
    ['Un cercueil a été dessiné sur la porte de son domicile.', ['threat']],
    ['Le sigle a été bombé sur le mur.', ['graffiti']],
    ["La voiture d'un surveillant a flambé devant chez lui.", ['vehicle_arson']],
    ['Someone took a shot at the watchtower.', ['gunfire']],
    ['Staff discovered a stash of drugs in the laundry.', ['contraband_found']],
    ['A visitor was caught smuggling drugs into the prison.', ['contraband_found']],
    ['Lors d’une fouille, les agents ont mis au jour des téléphones.', ['contraband_found']],
  ];
  for (const [sentence, expected] of cases) assert.deepEqual(events(sentence), expected, sentence);
  assert.deepEqual(events('La flambée des prix inquiète les familles de détenus.'), []);
});

test('an opening cut in the fence and a fence climbed are intrusions; police grenades are no explosive', () => {
  assert.deepEqual(events('Les enquêteurs ont relevé une brèche découpée dans le grillage du parking.'), ['intrusion']);
  assert.deepEqual(events('Somebody had cut a hole in the perimeter fence.'), ['intrusion']);
  assert.deepEqual(events('Two men climbed the fence into the staff car park.'), ['intrusion']);
  assert.deepEqual(events('Two inmates climbed the wall and escaped.'), ['escape']);
  assert.deepEqual(events('Gendarmes fired tear gas grenades into the yard.'), []);
  assert.deepEqual(events('Les gendarmes ont lancé des grenades lacrymogènes.'), []);
});

test('a prison retaken by intervention teams had a riot; resumed visits are no riot', () => {
  assert.deepEqual(events('Intervention teams retook the detention centre in the evening.'), ['riot']);
  assert.deepEqual(events('Les Eris ont repris le contrôle du bâtiment vers minuit.'), ['riot']);
  assert.deepEqual(events('La direction a repris les visites au parloir.'), []);
});

// Issue 14, seventh round (sentences written for these tests, not taken from any corpus).
test('firework mortars and rockets aimed at a prison are `other`, in any wording; their bangs are no explosive device', () => {
  for (const sentence of [
    'Une salve de mortiers a été tirée vers le chemin de ronde.',
    'Des mortiers ont été lancés depuis le talus en direction des bâtiments.',
    'Des feux d’artifice ont été tirés contre la façade de la maison d’arrêt.',
    'Youths fired fireworks at the prison walls for half an hour.',
    'Firework mortars were launched towards the watchtower.',
    'Mortars were fired over the perimeter fence around midnight.',
    'Des engins pyrotechniques ont été lancés sur le parking.',
  ])
    assert.deepEqual(events(sentence), ['other'], sentence);
  assert.deepEqual(events('Un feu d’artifice a été tiré pour le 14 juillet sur la place.'), []);
});

test('an act named to compare is no act: gunshots it sounded like, fire it could not be told from', () => {
  assert.deepEqual(events('Le surveillant n’a pas su distinguer ces détonations de coups de feu.'), []);
  assert.deepEqual(events('Neighbours said the bangs sounded like gunshots.'), []);
  assert.deepEqual(events('The noise was mistaken for gunfire by residents.'), []);
  assert.deepEqual(events('Trois coups de feu ont été tirés contre le portail.'), ['gunfire']);
});

test('assaults on staff in other words: a slap, a punch received, blows dealt, set upon, a guard taken hostage', () => {
  for (const sentence of [
    'Une surveillante a été giflée par une détenue pendant la promenade.',
    'Le premier surveillant a reçu un coup de poing en pleine figure.',
    'Le prisonnier a asséné plusieurs coups à l’agent avant d’être maîtrisé.',
    'Two officers were set upon by a prisoner on the landing.',
    'Deux détenus ont pris une surveillante en otage dans l’infirmerie.',
    'An inmate held a female officer hostage for two hours.',
    'The union condemned the attack on two officers on Monday.',
  ])
    assert.deepEqual(events(sentence), ['assault_on_staff'], sentence);
});

test('acts in general are no act: a protest against assaults, a trend, a plan, a denial, "ni ... ni"', () => {
  for (const sentence of [
    'Les agents ont débrayé devant la prison contre les agressions à répétition.',
    'Unions are protesting against the threats made to their members.',
    'Les feux de véhicules se multiplient aux abords des établissements.',
    'Le prisonnier avait prévu de s’évader pendant la promenade.',
    'The inmate hoped to escape during the transfer.',
    'L’administration dément toute évasion.',
    'Il n’y a eu ni blessé ni incendie.',
    'Une pierre a été lancée dans la cour.',
  ])
    assert.deepEqual(events(sentence), [], sentence);
  // a grenade thrown into a yard is an explosive, not a delivery over the wall
  assert.deepEqual(events('Une grenade a été lancée dans la cour.'), ['explosive']);
});

test("a drone's load tied to it is contraband found; a drone that never took off is no drop", () => {
  assert.deepEqual(events('Un sachet de cannabis était fixé au drone par du ruban adhésif.'), [
    'contraband_found',
    'drone_drop',
  ]);
  assert.deepEqual(events('A drone loaded with cannabis crashed on the roof of the wing.'), [
    'contraband_found',
    'drone_drop',
  ]);
  assert.deepEqual(events('Le drone du télépilote, chargé de cannabis, a été saisi dans sa voiture.'), ['drone_drop']);
  assert.deepEqual(events('The drone never took off: police were waiting.'), []);
});

test('a delivery thrown over a wall with a list of what it held; drugs on a car seat are no find inside', () => {
  assert.deepEqual(
    events('A youth was seen flinging two bags holding phones, chargers and tobacco over the perimeter wall.'),
    ['projection'],
  );
  assert.deepEqual(
    events('Police stopped the car and found cannabis and phones on the back seat, near the prison.'),
    [],
  );
});

test('on the run: an inmate is escaping, the attackers are not; a threat told as what would happen to him', () => {
  assert.deepEqual(events('Le prisonnier est toujours en cavale, trois jours après.'), ['escape']);
  assert.deepEqual(events('Les malfaiteurs sont toujours en fuite.'), []);
  assert.deepEqual(events('The attackers are still on the run, police said.'), []);
  assert.deepEqual(events('A caller told her that her children would be hurt.'), ['threat']);
  assert.deepEqual(events('Un inconnu lui a dit qu’il allait le payer.'), ['threat']);
  assert.deepEqual(events('Officers trained at the shooting range on Monday.'), []);
});

test('a word of the past or of habit in a relative clause after the act does not undo the act', () => {
  assert.deepEqual(
    events(
      'On leaving, the man threatened the guard over the search of the wing, where knives had recently been found.',
    ),
    ['threat'],
  );
  assert.deepEqual(events('Des tirs ont visé le portail, où un agent avait été agressé il y a deux ans.'), ['gunfire']);
  // before the act, the same words still make it a recalled one
  assert.deepEqual(events('Il y a deux ans, un agent avait été agressé dans la cour.'), []);
});

// The eighth round (issue 14): sentences written for these tests, in forms the rules did not read.
test('shots told from the target or the weapon: "la cible de tirs", "came under fire", "was shot at", "balles tirées"', () => {
  assert.deepEqual(events('La façade a été la cible de tirs dans la nuit.'), ['gunfire']);
  assert.deepEqual(events('The jail came under fire shortly after midnight.'), ['gunfire']);
  assert.deepEqual(events('The watchtower was shot at twice.'), ['gunfire']);
  assert.deepEqual(events('The main gate was fired upon from a passing car.'), ['gunfire']);
  assert.deepEqual(events('Une dizaine de balles ont été tirées contre le portail.'), ['gunfire']);
  assert.deepEqual(events("Deux hommes ont fait usage d'une arme à feu contre l'entrée."), ['gunfire']);
  // A minister "under fire" over his policy, firework mortars aimed at a post: no shots.
  assert.deepEqual(events('The minister came under fire from unions over staffing.'), []);
  assert.deepEqual(events("Le mirador a été la cible de tirs de mortiers d'artifice."), ['other']);
});

test('a blast, incendiary bottles, a fire-bombing, fuel poured that never caught', () => {
  assert.deepEqual(events('A powerful blast damaged the visitors’ entrance.'), ['explosive']);
  assert.deepEqual(events("Une bonbonne de gaz reliée à une mèche a été posée devant l'entrée."), ['explosive']);
  assert.deepEqual(events('Des bouteilles incendiaires ont été jetées contre la porte.'), ['arson']);
  assert.deepEqual(events('Masked men fire-bombed the gatehouse.'), ['arson']);
  assert.deepEqual(events('Petrol was poured on the gate but it did not catch fire.'), ['attempted_arson']);
  assert.deepEqual(events("De l'essence a été versée sur la voiture de l'agent, mais le feu n'a pas pris."), [
    'attempted_arson',
  ]);
});

test('violence on staff in nouns, and things thrown at a guard, are assaults', () => {
  assert.deepEqual(events('Une surveillante a été victime de violences de la part d’un détenu.'), ['assault_on_staff']);
  assert.deepEqual(events('Lors de la fouille, il a commis des violences sur un agent.'), ['assault_on_staff']);
  // Prosecuted for it: the legal name of an act told elsewhere.
  assert.deepEqual(events('Il est poursuivi pour des violences sur un agent.'), []);
  assert.deepEqual(events('An inmate threw a chair at a guard during the meal.'), ['assault_on_staff']);
  assert.deepEqual(events('Officers have been the target of intimidation by a group of inmates.'), ['threat']);
  // "Intimidation ou représailles ?": a motive asked about, not a threat.
  assert.deepEqual(events('Intimidation ou représailles ?'), []);
});

test('escapes in other words: slipping an escort, "s’est soustrait", not back from leave, sprung, "réussi à s’échapper"', () => {
  assert.deepEqual(events('The inmate slipped his escort in the hospital lobby.'), ['escape']);
  assert.deepEqual(events('Le détenu s’est soustrait à la surveillance de son escorte.'), ['escape']);
  assert.deepEqual(events("Le détenu n'est pas rentré de permission de sortir."), ['escape']);
  assert.deepEqual(events('Two prisoners were sprung from the jail by armed men.'), ['escape']);
  assert.deepEqual(events("Un détenu a réussi à s'échapper de la cour."), ['escape']);
  // The attackers getting away are not escaping.
  assert.deepEqual(events("Les agresseurs ont réussi à s'échapper."), []);
});

test('personal details of staff put online are doxxing, however long the phrase between', () => {
  assert.deepEqual(
    events('Les noms et adresses de trois surveillants de la maison d’arrêt ont été diffusés sur un réseau social.'),
    ['doxxing'],
  );
  assert.deepEqual(events('The personal details of several guards were posted online.'), ['doxxing']);
});

test('no act: one named again ("ces menaces"), one feared, a past season or year, what an inmate is held for', () => {
  assert.deepEqual(
    events('Le ministre a promis des sanctions contre les auteurs de ces menaces et de ces violences.'),
    [],
  );
  assert.deepEqual(events('« On vit avec la peur d’être agressés par un détenu », confie un surveillant.'), []);
  assert.deepEqual(events("Des tirs avaient touché sa façade l'été dernier."), []);
  assert.deepEqual(events('The prison was targeted by gunfire in 2023.'), []);
  assert.deepEqual(events('Staff have received threats in recent months.'), []);
  assert.deepEqual(events('He was serving eight years for armed robbery and an arson attack.'), []);
  assert.deepEqual(events('Le détenu, incarcéré pour des violences et des menaces de mort, a frappé un surveillant.'), [
    'assault_on_staff',
  ]);
  assert.deepEqual(events('Si un drone venait à survoler la cour, il serait neutralisé.'), []);
});

test('fireworks "fired at" a prison are no shots; a car rammed into a gate and stones thrown at it are `other`', () => {
  assert.deepEqual(events('Fireworks were fired at the prison from a nearby field.'), ['other']);
  assert.deepEqual(events("Des tirs de feux d'artifice ont visé la façade."), ['other']);
  // A firearm named beside the fireworks is shots as well.
  assert.deepEqual(events('Fireworks and several bullets were fired at the prison.'), ['gunfire', 'other']);
  assert.deepEqual(events('A stolen car rammed the gate shortly after midnight.'), ['other']);
  assert.deepEqual(events('Une voiture a foncé dans le portail vers minuit.'), ['other']);
  assert.deepEqual(events("Des pierres ont été lancées contre la porte de l'établissement."), ['other']);
  // Stones at the police making an arrest are no attack on the prison.
  assert.deepEqual(events("Lors de l'interpellation, les policiers ont été la cible de jets de pierres."), []);
});

test('assaults told as "attaqué un surveillant", "attacked by", "prise à la gorge", "head-butted"', () => {
  assert.deepEqual(events('Un détenu a attaqué un surveillant avec une fourchette.'), ['assault_on_staff']);
  assert.deepEqual(events('Two guards were hospitalised after being attacked by an inmate.'), ['assault_on_staff']);
  assert.deepEqual(events('Une agente a été prise à la gorge par un détenu.'), ['assault_on_staff']);
  assert.deepEqual(events('An inmate head-butted a guard in the corridor.'), ['assault_on_staff']);
  // An inmate attacked by another is no assault on staff.
  assert.deepEqual(events('An inmate was attacked by two others in the yard.'), []);
});

test('a threat told to a guard, and contraband handed over in a visiting room or found as USB keys', () => {
  assert.deepEqual(events('An inmate told a guard he would kill him.'), ['threat']);
  assert.deepEqual(events('He warned a guard he would "find" his family.'), ['threat']);
  assert.deepEqual(events('Au parloir, une visiteuse a été surprise en train de remettre de la drogue à un détenu.'), [
    'contraband_found',
  ]);
  assert.deepEqual(events('Une clé USB et des puces téléphoniques ont été saisies lors de la fouille.'), [
    'contraband_found',
  ]);
});

test('words of an act used otherwise: a situation "explosive", an "explosion" of assaults, escaping unhurt, warning shots', () => {
  assert.deepEqual(events('La situation est explosive dans cette prison, dit le syndicat.'), []);
  assert.deepEqual(events("Le syndicat dénonce l'explosion des agressions."), []);
  assert.deepEqual(events("L'explosion d'une bonbonne a endommagé la porte."), ['explosive']);
  assert.deepEqual(events('The guard escaped unhurt.'), []);
  assert.deepEqual(events('A guard narrowly escaped serious injury.'), []);
  assert.deepEqual(events('The inmate escaped with his accomplices.'), ['escape']);
  assert.deepEqual(events('Warning shots were fired.'), []);
  assert.deepEqual(events('Un surveillant a tiré un coup de semonce.'), []);
});

test('no act: a protest "pour dénoncer les agressions", an act threatened, an escape drill, a denial, a charge list', () => {
  assert.deepEqual(
    events("Les surveillants ont bloqué l'entrée pour dénoncer les agressions dont ils sont victimes."),
    [],
  );
  assert.deepEqual(events('Le détenu a menacé de mettre le feu à sa cellule.'), ['threat']);
  assert.deepEqual(events('The inmate threatened to set fire to his cell.'), ['threat']);
  assert.deepEqual(events("Lundi, un exercice d'évasion a été organisé dans l'établissement."), []);
  assert.deepEqual(events('Police denied on Monday that shots had been fired at the prison.'), []);
  assert.deepEqual(events('Une enquête pour dégradation par incendie et menaces a été ouverte.'), []);
});

test('English wire verbs: arsonists, gutted, riddled with bullets, fired into, walked out, rampaged, breached the fence', () => {
  assert.deepEqual(events('Arsonists targeted cars parked outside the jail.'), ['vehicle_arson']);
  assert.deepEqual(events('Three cars were gutted in a blaze in the staff car park.'), ['vehicle_arson']);
  assert.deepEqual(events('Gunmen riddled the gate with bullets.'), ['gunfire']);
  assert.deepEqual(events('Someone fired into the gatehouse.'), ['gunfire']);
  assert.deepEqual(events('An inmate walked out of the prison by posing as a visitor.'), ['escape']);
  assert.deepEqual(events('An inmate was caught trying to cut through the bars of his cell.'), ['escape_attempt']);
  assert.deepEqual(events('About 50 inmates rampaged through a wing.'), ['riot']);
  assert.deepEqual(events('A guard suffered a broken jaw after an inmate attacked him.'), ['assault_on_staff']);
  assert.deepEqual(events('Two men breached the perimeter fence overnight.'), ['intrusion']);
});

test("the forces' own rounds, a bomb squad and a fugitive evading the police are no shots, device or escape", () => {
  assert.deepEqual(
    events('Les Eris ont fait usage de grenades lacrymogènes et des tirs de LBD ont été effectués.'),
    [],
  );
  assert.deepEqual(events('The bomb squad was called but the package was harmless.'), []);
  assert.deepEqual(events('He evaded police for two weeks.'), []);
  assert.deepEqual(events("Un détenu s'est évadé dans la nuit."), ['escape']);
});

test('doxxing as a noun ("après la diffusion de leurs données personnelles") or as what a posted video showed', () => {
  assert.deepEqual(events('Deux surveillants ont porté plainte après la diffusion de leurs données personnelles.'), [
    'doxxing',
  ]);
  assert.deepEqual(events('The leaking of their home addresses has shaken the guards.'), ['doxxing']);
  assert.deepEqual(
    events('A video posted on Telegram showed a prison guard in uniform and zoomed in on his name on the door.'),
    ['doxxing'],
  );
  // Not of staff, or a count: no doxxing, no act.
  assert.deepEqual(events('A video posted online showed inmates dancing in their cells.'), []);
  assert.deepEqual(events('Le syndicat réclame la publication du nombre de surveillants agressés.'), []);
});

test('an act named as a risk or a danger, or made more likely, is no act; one that happened beside it still is', () => {
  assert.deepEqual(events("Le délégué syndical redoute un risque d'évasion lié au manque de personnel."), []);
  assert.deepEqual(events('Short staffing has made escapes and riots more likely, the union warned.'), []);
  assert.deepEqual(events('Union warns of escape risk at overcrowded jail'), []);
  assert.deepEqual(events("Les agents évoquent les risques d'agression lors des fouilles."), []);
  assert.deepEqual(events('There is a real risk of a riot in the wing, a governor said.'), []);
  // The act itself, next to the risk it was said to carry.
  assert.deepEqual(events("Un détenu s'est évadé samedi, alors que la direction avait signalé un risque d'évasion."), [
    'escape',
  ]);
  assert.deepEqual(events('An inmate punched a guard, raising fears of more assaults.'), ['assault_on_staff']);
  assert.deepEqual(events('Une surveillante a été frappée mardi, faisant craindre de nouvelles violences.'), [
    'assault_on_staff',
  ]);
  assert.deepEqual(events('Les agents craignent de nouvelles agressions.'), []);
});

test('acts in other words: blows in any count, a thing thrown in the face, fires lit, drugs intercepted', () => {
  assert.deepEqual(events('Un détenu a porté plusieurs coups à une surveillante.'), ['assault_on_staff']);
  assert.deepEqual(events("Un prisonnier a lancé son plateau-repas au visage d'un surveillant."), ['assault_on_staff']);
  assert.deepEqual(events("An inmate threw a cup of coffee into a guard's face."), ['assault_on_staff']);
  assert.deepEqual(events('Des détenus ont allumé plusieurs feux dans la cour.'), ['arson']);
  assert.deepEqual(events('Un feu de poubelle a été allumé devant la prison.'), ['arson']);
  assert.deepEqual(events('Les mutins menaçaient d’incendier la cuisine.'), ['threat']);
  assert.deepEqual(events('Des détenus sont montés sur le toit avant d’incendier des poubelles.'), ['arson']);
  assert.deepEqual(events('De la résine de cannabis a été interceptée au parloir lors de la fouille d’un détenu.'), [
    'contraband_found',
  ]);
  // A blockade's fire of tyres and pallets is the protest's, no arson.
  assert.deepEqual(events('Devant la prison, les grévistes ont allumé un feu de pneus.'), []);
});

test("a prison's cameras, fences or gate damaged from outside are `other`; in a riot, an escape or at a hospital they are not", () => {
  assert.deepEqual(events('Dans la nuit, des inconnus ont saboté les caméras de vidéosurveillance de la prison.'), [
    'other',
  ]);
  assert.deepEqual(events('The perimeter fence of the jail was damaged overnight.'), ['other']);
  assert.deepEqual(events('Le portail de la maison d’arrêt a été dégradé à coups de masse.'), ['other']);
  const riot = findEvents(
    foldSameLength('Des détenus ont refusé de regagner leurs cellules et ont détruit les caméras.'),
    whole('Des détenus ont refusé de regagner leurs cellules et ont détruit les caméras.'),
  );
  assert.deepEqual(
    mergeConsequences('', riot).map((f) => f.value),
    ['riot'],
  );
  assert.deepEqual(events('The getaway car smashed through the closed hospital gates.'), []);
});

test("someone watching a staff member's home, or an object left at its door, is a threat; a car left there is not", () => {
  assert.deepEqual(events("Deux hommes ont photographié la maison d'un surveillant pendant une heure."), []);
  assert.deepEqual(events("Deux hommes ont stationné devant le domicile d'un surveillant toute la soirée."), [
    'threat',
  ]);
  assert.deepEqual(events('A man was seen filming outside the house of a prison officer.'), ['threat']);
  assert.deepEqual(events("Un cercueil en carton a été déposé devant la porte d'une surveillante."), ['threat']);
  assert.deepEqual(events('Une tête de mouton a été laissée devant le domicile de la directrice.'), ['threat']);
  assert.deepEqual(events("La voiture d'un surveillant, laissée devant son domicile, a été incendiée."), [
    'vehicle_arson',
  ]);
  assert.deepEqual(events('Le surveillant avait laissé ses enfants devant la maison de sa mère.'), []);
});

test('the escapee named as a person, or an inmate fleeing to his cell, is no escape; shots at a van are an ambush', () => {
  assert.deepEqual(events("L'évadé de la maison d'arrêt a été interpellé lundi chez un cousin."), []);
  assert.deepEqual(events('Après avoir frappé un surveillant, le détenu s’est enfui vers sa cellule.'), [
    'assault_on_staff',
  ]);
  assert.deepEqual(events('The prisoner then fled to the exercise yard, where he was restrained.'), []);
  assert.deepEqual(events("Un détenu s'est évadé de la maison d'arrêt dans la nuit."), ['escape']);
  assert.deepEqual(events('Gunmen opened fire on the prison van carrying the inmate.'), [
    'gunfire',
    'transport_ambush',
  ]);
  assert.deepEqual(events('Le fourgon cellulaire a été visé par des tirs sur la rocade.'), [
    'gunfire',
    'transport_ambush',
  ]);
  assert.deepEqual(events('Les policiers ont fait feu sur la voiture des fuyards.'), ['gunfire']);
  assert.deepEqual(events("Un détenu s'est évadé après avoir ligoté un surveillant."), ['assault_on_staff', 'escape']);
});

test('an accidental fire, a verb denied and "ni ... ni" are no act; "ne ... que" and a ruled-out accident are', () => {
  assert.deepEqual(
    events("L'incendie qui a détruit la voiture d'un surveillant serait accidentel, selon les enquêteurs."),
    [],
  );
  assert.deepEqual(events("The blaze that gutted a guard's car was an accident, investigators said."), []);
  assert.deepEqual(events("La piste accidentelle a été écartée : la voiture d'un surveillant a été incendiée."), [
    'vehicle_arson',
  ]);
  assert.deepEqual(events("Lors d'une fouille, les agents n'ont trouvé ni téléphone ni drogue dans la cellule."), []);
  assert.deepEqual(events('Les agents n’ont trouvé que deux téléphones dans la cellule.'), ['contraband_found']);
  assert.deepEqual(events("Le surveillant n'a pas été frappé, mais il a été insulté."), []);
  assert.deepEqual(events("Le détenu, qui n'a pas été blessé, a frappé un surveillant."), ['assault_on_staff']);
});

test('posters naming staff put up in the street are doxxing; posters with a demand are not', () => {
  assert.deepEqual(events('Overnight, posters bearing the names of two prison officers were stuck on bus shelters.'), [
    'doxxing',
  ]);
  assert.deepEqual(events('Des affiches portant les photos de trois surveillants ont été collées dans le quartier.'), [
    'doxxing',
  ]);
  assert.deepEqual(events('Des affiches réclamant des renforts pour les surveillants ont été collées.'), []);
});

test('threats and graffiti in other words: a death message, an officer shadowed home, a symbol drawn on a wall (a coffin drawn stays a threat, test above)', () => {
  assert.deepEqual(events("Un message de mort a été glissé sous l'essuie-glace de la voiture d'une surveillante."), [
    'threat',
  ]);
  assert.deepEqual(events('Une surveillante a été suivie jusqu’à son domicile par deux hommes.'), ['threat']);
  assert.deepEqual(events('A prison officer was followed home from the car park by two men.'), ['threat']);
  assert.deepEqual(events('A guard received texts promising reprisals against his family.'), ['threat']);
  assert.deepEqual(events("Swastikas were drawn on the prison's outer wall overnight."), ['graffiti']);
  // Not a threat nor a tag: an inmate escorted to his cell, a plan drawn on paper.
  assert.deepEqual(events("Le détenu a été suivi jusqu'à sa cellule par un surveillant."), []);
  assert.deepEqual(events('Le plan du quartier avait été dessiné sur une feuille.'), []);
});

test('a recapture is not the escape: "un détenu évadé a été repris"', () => {
  assert.deepEqual(events("Un détenu évadé de la maison d'arrêt a été repris jeudi."), []);
  assert.deepEqual(events("Le détenu, qui s'était évadé du centre de détention, a été rattrapé jeudi soir."), []);
  assert.deepEqual(events('Deux évadés ont été retrouvés dimanche dans un hôtel.'), []);
  assert.deepEqual(events('An escaped inmate was recaptured on Thursday.'), []);
  // The escape told as news in the same clause stays an escape.
  assert.deepEqual(events("Un détenu s'est évadé mardi et a été repris jeudi."), ['escape']);
  assert.deepEqual(events("Un détenu s'est évadé de la maison d'arrêt dans la nuit."), ['escape']);
});

test('a foiled escape is an attempt; not returning from leave is an escape', () => {
  assert.deepEqual(events('Officers foiled an escape on Monday night.'), ['escape_attempt']);
  assert.deepEqual(events('Une évasion a été déjouée lundi soir.'), ['escape_attempt']);
  assert.deepEqual(events('Les surveillants ont déjoué mardi une évasion.'), ['escape_attempt']);
  assert.deepEqual(events("Mardi, un détenu ne s'est pas présenté à l'issue de sa permission de sortir."), ['escape']);
  assert.deepEqual(events("Un détenu s'est évadé lundi soir."), ['escape']);
});

test('an officer hurt in a scuffle with an inmate is assaulted; inmates hurt in a fight are not staff', () => {
  assert.deepEqual(events('Un surveillant a été hospitalisé après une altercation avec un détenu.'), [
    'assault_on_staff',
  ]);
  assert.deepEqual(events('Two officers were injured in a scuffle with an inmate.'), ['assault_on_staff']);
  assert.deepEqual(events('Deux détenus ont été blessés lors d’une bagarre dans la cour.'), []);
});

test('drugs hidden on a visitor, a phone held by an inmate, drugs a dog detects in a cell are contraband found', () => {
  assert.deepEqual(
    events('Une visiteuse a été interpellée au parloir avec du cannabis dissimulé dans ses vêtements.'),
    ['contraband_found'],
  );
  assert.deepEqual(events('Un détenu a été surpris en possession d’un téléphone.'), ['contraband_found']);
  assert.deepEqual(events('Le chien a détecté de la résine de cannabis dans une cellule.'), ['contraband_found']);
  // Drugs hidden in a car stopped on the road are no find in a prison.
  assert.deepEqual(events('Les gendarmes ont trouvé du cannabis caché dans la voiture d’un détenu en permission.'), []);
});

test('"shot at" a named prison is gunfire', () => {
  assert.deepEqual(events('The attacker shot at Fresnes prison on Monday night.'), ['gunfire']);
});

test('a fence cut, projectiles thrown at a watchtower are attacks of no other kind', () => {
  assert.deepEqual(events('Lundi soir, des individus ont coupé le grillage du centre pénitentiaire.'), ['other']);
  assert.deepEqual(events('Des jeunes ont lancé des projectiles sur le mirador lundi soir.'), ['other']);
  // Cutting what is no prison equipment is nothing.
  assert.deepEqual(events('Un détenu a coupé la lumière de sa cellule.'), []);
});

test('an escape dated by its own words stays an escape in a recapture sentence', () => {
  assert.deepEqual(events("Un détenu, évadé samedi de la maison d'arrêt, a été repris lundi à Lyon."), ['escape']);
  assert.deepEqual(events('Évadé dimanche du centre pénitentiaire, un détenu a été rattrapé lundi.'), ['escape']);
});

test('shots with an adjective are shots: "de nouveaux tirs", "de violents tirs", "les nouveaux tirs"; "ces tirs" are not new', () => {
  assert.deepEqual(events('De nouveaux tirs ont visé la prison dans la nuit.'), ['gunfire']);
  assert.deepEqual(events('De violents tirs ont visé la porte de la prison.'), ['gunfire']);
  assert.deepEqual(events('Les nouveaux tirs ont visé le mirador.'), ['gunfire']);
  assert.deepEqual(events('Ces tirs ont visé la prison.'), []);
  assert.deepEqual(events("De nouveaux tirs de mortiers d'artifice ont visé la prison."), ['other']);
});

test('a trial names its act even with words between ("went on trial on Monday over the May 2024 ambush"); a conjunction ends the frame', () => {
  assert.deepEqual(events('Five men went on trial on Monday over the May 2024 ambush of a prison van.'), []);
  assert.deepEqual(events('Trial opens over 2024 prison van ambush'), []);
  assert.deepEqual(
    events("Le procès s'ouvre alors que de nouveaux tirs ont visé la prison dans la nuit de dimanche à lundi."),
    ['gunfire'],
  );
  assert.deepEqual(events('Quatre hommes sont jugés depuis lundi pour des tirs contre la prison.'), []);
});

test('staff hurt told by a participle or a noun are assaulted: "trois surveillants blessés", "left two guards injured"', () => {
  assert.deepEqual(events('Trois surveillants blessés jeudi par un détenu armé d’un pied de chaise.'), [
    'assault_on_staff',
  ]);
  assert.deepEqual(events('The brawl on Thursday left two guards injured and one inmate in hospital.'), [
    'assault_on_staff',
  ]);
  assert.deepEqual(events('Une bagarre a fait deux blessés légers parmi les surveillants jeudi.'), [
    'assault_on_staff',
  ]);
  // Inmates hurt are no staff assaulted.
  assert.deepEqual(events('Deux détenus blessés jeudi lors d’une bagarre en cour de promenade.'), []);
});

test('a guard "prise à partie" or hit in the face by something thrown is assaulted', () => {
  assert.deepEqual(events('Jeudi, une surveillante a été violemment prise à partie par un détenu.'), [
    'assault_on_staff',
  ]);
  assert.deepEqual(events('Jeudi, un agent a reçu une chaise en plein visage.'), ['assault_on_staff']);
  assert.deepEqual(events('An officer took a metal tray in the face on Thursday.'), ['assault_on_staff']);
});

test('bars sawn through in an escape tell how he got out; sawn bars alone are an attempt', () => {
  assert.deepEqual(events('Jeudi, un détenu s’est évadé en sciant les barreaux de sa fenêtre.'), ['escape']);
  assert.deepEqual(events('Jeudi, un détenu a été surpris après avoir scié les barreaux de sa cellule.'), [
    'escape_attempt',
  ]);
});

test('a detainee who flees in the infinitive, or does not come back from leave, has escaped', () => {
  assert.deepEqual(events('Un détenu a profité d’une consultation pour prendre la fuite.'), ['escape']);
  assert.deepEqual(events('Un détenu a tenté de prendre la fuite lors de son transfert.'), ['escape_attempt']);
  assert.deepEqual(events('Un détenu en permission n’a pas regagné la prison jeudi soir.'), ['escape']);
  assert.deepEqual(events('A prisoner on home leave failed to return on Thursday.'), ['escape']);
  // A visitor who did not come back is no escape.
  assert.deepEqual(events('The inmate’s brother did not return for the afternoon visit.'), []);
});

test('an inmate trying to climb a wall is an escape attempt; someone climbing to throw parcels is not', () => {
  assert.deepEqual(events('Guards stopped a prisoner who was trying to scale the inner fence.'), ['escape_attempt']);
  assert.deepEqual(events('Un détenu a tenté de franchir le grillage de la cour jeudi.'), ['escape_attempt']);
  assert.deepEqual(
    events('Un homme a tenté d’escalader le grillage pour lancer des colis aux détenus.').includes('escape_attempt'),
    false,
  );
});

test('guns, synthetic drugs and finds on a visitor or in a workshop are contraband found', () => {
  assert.deepEqual(events('Jeudi, un revolver a été découvert dans une cellule.'), ['contraband_found']);
  assert.deepEqual(events('Officers found a handgun wrapped in cloth in a cell on Thursday.'), ['contraband_found']);
  assert.deepEqual(events('Des comprimés d’ecstasy ont été trouvés en cellule jeudi.'), ['contraband_found']);
  assert.deepEqual(events('A dog sniffed out heroin in a visitor’s coat on Thursday.'), ['contraband_found']);
  assert.deepEqual(events('Cannabis was found hidden behind a machine in the prison workshop.'), ['contraband_found']);
  assert.deepEqual(events('Un agent faisait entrer du cannabis en détention.'), ['contraband_found']);
  // A gun found in a suspect's car is evidence, not a find in a prison.
  assert.deepEqual(events('Police found a handgun in the car of an inmate’s visitor.'), []);
});

test('a name or a face revealed by a verb before it is doxxing; a riot on a roof ends with "refusé de descendre"', () => {
  assert.deepEqual(events('Un compte anonyme a dévoilé le nom et l’adresse d’une surveillante.'), ['doxxing']);
  assert.deepEqual(events('The channel has revealed the full names of two officers.'), ['doxxing']);
  assert.deepEqual(events('Un compte a publié le nom du restaurant préféré des détenus.'), []);
  assert.deepEqual(events('Six détenus ont refusé de descendre du toit du gymnase jeudi.'), ['riot']);
});

test('fireworks in other words at a prison are `other`: "en direction des miradors", "par-dessus le mur", "targeted with fireworks"', () => {
  assert.deepEqual(events("Jeudi soir, des feux d'artifice ont été tirés en direction des miradors."), ['other']);
  assert.deepEqual(events('Jeudi soir, des pétards ont été lancés par-dessus le mur d’enceinte.'), ['other']);
  assert.deepEqual(events("Des jeunes ont lancé des fusées d'artifice sur la prison jeudi soir."), ['other']);
  assert.deepEqual(events('The jail was targeted with fireworks on Thursday night.'), ['other']);
  assert.deepEqual(events('Youths set off fireworks outside the prison, aiming rockets at a watchtower.'), ['other']);
  // Fireworks for a celebration, aimed at nothing, are no attack.
  assert.deepEqual(events('Fireworks lit up the sky over the town for Bastille Day.'), []);
  // Locks glued shut are damage to the prison.
  assert.deepEqual(events('Jeudi, les serrures du portail ont été sabotées avec de la colle.'), ['other']);
});

test('a guard struck, elbowed, knocked out, thrown to the ground or scalded is assaulted; staff restraining an inmate are not', () => {
  assert.deepEqual(events('A guard was struck with a metal bar by an inmate on Thursday.'), ['assault_on_staff']);
  assert.deepEqual(events('An officer was elbowed in the throat during a cell search.'), ['assault_on_staff']);
  assert.deepEqual(events('An inmate knocked a female guard unconscious.'), ['assault_on_staff']);
  assert.deepEqual(events('An inmate broke an officer’s nose with a headlock.'), ['assault_on_staff']);
  assert.deepEqual(events('Jeudi, une surveillante a été projetée au sol par un détenu.'), ['assault_on_staff']);
  assert.deepEqual(events('Un détenu a ébouillanté un agent avec sa bouilloire.'), ['assault_on_staff']);
  assert.deepEqual(events('Un agent a été tailladé à la joue par un détenu.'), ['assault_on_staff']);
  assert.deepEqual(events('Un détenu a cassé la mâchoire d’un surveillant.'), ['assault_on_staff']);
  assert.deepEqual(events('Un surveillant a été pris pour cible par deux détenus dans la coursive.'), [
    'assault_on_staff',
  ]);
  assert.deepEqual(events('Les surveillants ont mis à terre le détenu avant de le menotter.'), []);
});

test('phones hidden, spotted or passed in a visiting room, forbidden objects, a detainee caught red-handed: contraband found', () => {
  assert.deepEqual(events('Un smartphone caché dans une boîte de céréales a été repéré jeudi lors de la fouille.'), [
    'contraband_found',
  ]);
  assert.deepEqual(events('Des objets illicites ont été confisqués en cellule jeudi.'), ['contraband_found']);
  assert.deepEqual(events('A visitor was caught passing a SIM card to an inmate in the visiting room.'), [
    'contraband_found',
  ]);
  assert.deepEqual(events('Un détenu a été pris en flagrant délit avec un téléphone jeudi.'), ['contraband_found']);
  // A victim's phone handed to the police is no find in a prison.
  assert.deepEqual(events('Le téléphone de la victime a été remis aux enquêteurs.'), []);
});

test('a former escapee, an escape route: no new escape', () => {
  assert.deepEqual(events('Un ancien évadé a comparu jeudi devant le tribunal.'), []);
  assert.deepEqual(events('Officers led the inmates out through the fire escape route.'), []);
  assert.deepEqual(events('Un détenu s’est évadé jeudi et reste en fuite.'), ['escape']);
});

test('a death threat said in words, "mort aux matons", a call to murder, a guard harassed: threats', () => {
  assert.deepEqual(events('« Je vais te crever », a lancé le détenu au surveillant.'), ['threat']);
  assert.deepEqual(events('"We will kill you and your kids," the inmate told the officer.'), ['threat']);
  assert.deepEqual(events('Une publication appelant au meurtre de surveillants a été signalée.'), ['threat']);
  assert.deepEqual(events('Des inscriptions « mort aux matons » ont été peintes sur le mur.'), ['graffiti', 'threat']);
  assert.deepEqual(events('Une surveillante est harcelée au téléphone par la famille d’un détenu.'), ['threat']);
  // Moral harassment at work is a grievance, not a threat.
  assert.deepEqual(events('Les syndicats dénoncent le harcèlement moral des surveillants par leur hiérarchie.'), []);
});

test('an escape a detainee could make, one he made before, escapes grown more frequent: no act', () => {
  assert.deepEqual(events('Faute de personnel, un détenu peut s’évader à tout moment, prévient FO.'), []);
  assert.deepEqual(events('Prisoners could easily escape over the damaged fence, the union said.'), []);
  assert.deepEqual(events('The inmate had escaped three times before.'), []);
  assert.deepEqual(events('Escapes have become more common since the cuts.'), []);
  // An act done as news beside an earlier one of another kind is read.
  assert.deepEqual(events('Un détenu qui avait déjà été agressé en cellule a frappé un surveillant jeudi.'), [
    'assault_on_staff',
  ]);
  assert.deepEqual(events('Un détenu a profité de la promenade pour s’évader jeudi.'), ['escape']);
});

test('what is said of acts in general is no act; an act placed in a series by an apposition is one', () => {
  assert.deepEqual(
    events('Le cannabis entre d’ordinaire par les parloirs ou par des colis projetés au-dessus du mur.'),
    [],
  );
  assert.deepEqual(events('Une évasion reste rarement sans complicité extérieure, note le syndicat.'), []);
  assert.deepEqual(
    events('Drones remain one of the main routes for phones into jails, beside packages thrown over fences.'),
    [],
  );
  assert.deepEqual(events('Prosecutors now lead the inquiry into the wave of arson that hit prisons.'), []);
  assert.deepEqual(
    events('Two cars were set alight at Nîmes prison on Friday, the latest in a string of attacks on staff.'),
    ['vehicle_arson'],
  );
  assert.deepEqual(
    events('Une voiture a brûlé devant la prison, la dernière de plusieurs attaques visant les agents.'),
    ['vehicle_arson'],
  );
});

test('an adverb inside a passive, every form of "mettre le feu", shots counted before "balles": the act', () => {
  assert.deepEqual(events('Trois agents ont été sciemment fauchés par un fourgon à la sortie du service.'), [
    'assault_on_staff',
  ]);
  assert.deepEqual(events('Un surveillant volontairement percuté par une moto devant la prison.'), [
    'assault_on_staff',
  ]);
  assert.deepEqual(events('Two officers were intentionally run down outside the jail.'), ['assault_on_staff']);
  assert.deepEqual(events('La caméra a filmé un homme mettant le feu à une camionnette.'), ['vehicle_arson']);
  assert.deepEqual(events('Ils mettaient le feu aux voitures du personnel quand la patrouille est arrivée.'), [
    'vehicle_arson',
  ]);
  assert.deepEqual(events('Le portail a été criblé d’une vingtaine de balles.'), ['gunfire']);
  assert.deepEqual(events('La guérite a été criblée de plusieurs dizaines d’impacts.'), ['gunfire']);
});

test('vehicles "targeted" with no word of how are set on fire when the words around them tell of fire', () => {
  const targeted = (text: string, clauseText: string) => {
    const folded = foldSameLength(text);
    const start = text.indexOf(clauseText);
    return findTargetedVehicles(folded, { start, end: start + clauseText.length }, whole(text))?.value;
  };
  const fire = 'Quatre voitures ont brûlé devant la prison. Plus tard, deux utilitaires ont été visés sur le parking.';
  assert.equal(targeted(fire, 'Plus tard, deux utilitaires ont été visés sur le parking.'), 'vehicle_arson');
  const english = 'Three staff cars were targeted in the car park; one of them was completely burnt out.';
  assert.equal(targeted(english, 'Three staff cars were targeted in the car park'), 'vehicle_arson');
  // No fire told around them: no act said.
  const noFire = 'Un homme a été arrêté. Deux voitures ont été visées sur le parking.';
  assert.equal(targeted(noFire, 'Deux voitures ont été visées sur le parking.'), undefined);
});

test('a clitic between "se" and the verb ("s\'y introduire"), a fence "franchi": an intrusion', () => {
  // The fence cut is also read as damage, which `mergeConsequences` folds into the intrusion.
  assert.deepEqual(events('Deux inconnus ont cisaillé la clôture pour s’y introduire dans la nuit.'), [
    'intrusion',
    'other',
  ]);
  assert.deepEqual(events('Un jeune homme a franchi la clôture de la maison d’arrêt vers minuit.'), ['intrusion']);
});

test('"n\'a pas pris feu", "sans prendre feu": a fire that never started is an attempt', () => {
  assert.deepEqual(events('La camionnette du surveillant, aspergée, n’a finalement pas pris feu.'), [
    'attempted_arson',
  ]);
  assert.deepEqual(events('Le cocktail Molotov a rebondi sur le portail sans prendre feu.'), ['attempted_arson']);
});

test('a summary sums up the acts told after it, not one told before it; a doxxing noun with an insert', () => {
  assert.deepEqual(
    events('Their addresses were posted online, as officers endure a week of arson and shootings at their jails.'),
    ['doxxing'],
  );
  assert.deepEqual(events('Deux nuits d’incendies et de tirs ont visé des prisons.'), []);
  assert.deepEqual(events('Un agent a porté plainte après la publication, sur Instagram, de son adresse.'), [
    'doxxing',
  ]);
});
