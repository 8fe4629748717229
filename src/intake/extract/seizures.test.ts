import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractText } from './extract.ts';
import { parseNumberWords } from './seizures.ts';
import { referenceGazetteer } from './test-gazetteer.ts';
import type { SeizureCandidate } from './extraction.types.ts';

const seizures = (text: string, published = '2025-04-16') =>
  extractText(text, referenceGazetteer(), { published }).items[0].candidates.filter(
    (c): c is SeizureCandidate => c.kind === 'seizure',
  );

test('a national total over months is a statistic, not a seizure (corpus v2 guidelines)', () => {
  assert.deepEqual(
    seizures('Retailleau revealed that 47 tons of cocaine had been seized in just the first 11 months of 2024.'),
    [],
  );
});

test('reads a French decimal tonnage, its value in euros, the agency and the port', () => {
  const [found] = seizures(
    "Les douaniers ont saisi 1,2 tonne de cocaïne au port du Havre, d'une valeur de 40 millions d'euros.",
  );
  assert.deepEqual(found.draft.quantity, { value: 1.2, unit: 't' });
  assert.deepEqual(found.draft.value, { amount: 40_000_000, currency: 'EUR' });
  assert.equal(found.draft.agency, 'Douane');
});

test('reads a dollar value and the cartel beside a quantity', () => {
  const [found] = seizures(
    'The Coast Guard seized 20 tons of cocaine worth $510 million from vessels near Ecuador, linked to the Sinaloa cartel.',
  );
  assert.deepEqual(found.draft.value, { amount: 510_000_000, currency: 'USD' });
  assert.equal(found.draft.place?.country, 'EC');
  assert.deepEqual(found.draft.organisation, { name: 'Sinaloa', kind: 'cartel' });
});

const massOf = (found: SeizureCandidate[]) =>
  found.map((s) => `${s.draft.drug} ${s.draft.quantity.value} ${s.draft.quantity.unit}`);

test('a rounded headline figure and the precise one of the body are one seizure, the precise one', () => {
  const text =
    'More than a tonne of cocaine seized at Le Havre\n\nCustoms officers seized more than a tonne of cocaine in a cargo of bananas at the port of Le Havre. In total the bales held 1,066.5 kilos of cocaine.';
  assert.deepEqual(massOf(seizures(text)), ['cocaine 1066.5 kg']);
  // A French figure with thousands and decimals reads the same.
  assert.deepEqual(massOf(seizures('Les douaniers ont saisi 1 066,5 kilos de cocaïne au Havre.')), [
    'cocaine 1066.5 kg',
  ]);
});

test('a rounded figure alone is the seizure; a find without a seizing verb reads from its sentence or the one before', () => {
  assert.deepEqual(
    massOf(
      seizures(
        "Les surveillants ont récupéré trois colis. À l'intérieur : environ un kilo de cannabis et des téléphones.",
      ),
    ),
    ['cannabis 1 kg'],
  );
  assert.deepEqual(
    massOf(
      seizures(
        'Chaque carton cachait des pains de cocaïne. Au total, 300 pains ont été extraits, pour un poids de 350 kilos.',
      ),
    ),
    ['cocaine 350 kg'],
  );
  assert.deepEqual(massOf(seizures('Guards found a 100-gram bar of cannabis resin attached to the drone.')), [
    'cannabis 100 g',
  ]);
  // "packed in 50-kilo parcels" is how, not what.
  assert.deepEqual(massOf(seizures('The drugs were hidden in 50-kilo parcels.')), []);
});

test("a part of a total named later is not a seizure of its own; a month's or a quarter's total is a statistic", () => {
  assert.deepEqual(
    massOf(
      seizures(
        "Les enquêteurs ont découvert 200 grammes d'herbe dans une caravane. Au total, quarante kilos de cannabis ont été saisis.",
      ),
    ),
    ['cannabis 40 kg'],
  );
  assert.deepEqual(
    massOf(seizures('Pour le seul mois de janvier, plus de 2,2 tonnes de cocaïne ont été interceptées au Havre.')),
    [],
  );
  assert.deepEqual(
    massOf(seizures('Au premier trimestre, 8 kilos de stupéfiants ont été saisis dans cette prison.')),
    [],
  );
});

test('the place named after the find is where it was made', () => {
  const [found] = seizures(
    'Customs officers at the port of Dunkirk seized 1,357 kilos of cocaine during a check at the Loon-Plage terminal on Monday.',
  );
  assert.equal(found.draft.place?.commune, 'Loon-Plage');
});

// Issue 14, seizures (sentences written for these tests).
test('two drugs in one sentence are two seizures, each with the drug named after its own figure', () => {
  assert.deepEqual(
    massOf(
      seizures('Dans un garage de Nîmes, les policiers ont découvert 22 kg d’herbe et 3 kg de cocaïne.', '2025-06-11'),
    ).sort(),
    ['cannabis 22 kg', 'cocaine 3 kg'],
  );
});

test('a figure in words with hundreds, a find "containing" a drug, a drug named before its figure', () => {
  assert.deepEqual(massOf(seizures('Quatre cents kilos de résine ont été retrouvés dans un entrepôt.')), [
    'cannabis 400 kg',
  ]);
  assert.deepEqual(massOf(seizures('Un sachet contenant 45 grammes de cocaïne a été jeté par-dessus le mur.')), [
    'cocaine 45 g',
  ]);
  assert.deepEqual(massOf(seizures('L’héroïne, en tout 7 kilos, était cachée dans une roue de secours.')), [
    'heroin 7 kg',
  ]);
});

test('a headline figure rounded from the body’s is one seizure, and a part of a later total is no seizure of its own', () => {
  assert.deepEqual(
    massOf(
      seizures(
        'Port officers seize 2.1 tonnes of cocaine\n\nCustoms officers seized 2,084 kilos of cocaine in a container of mangoes on Monday.',
        '2025-06-11',
      ),
    ),
    ['cocaine 2084 kg'],
  );
  assert.deepEqual(
    massOf(
      seizures(
        'Dans la cave, les gendarmes ont trouvé 800 grammes de cannabis. Au total, quinze kilos de plants ont été saisis.',
      ),
    ),
    ['cannabis 15 kg'],
  );
});

test('the one origin the article names and a value stated in the next sentence go to its seizure', () => {
  const [found] = seizures(
    'Customs seized 640 kilos of cocaine at the port on Monday.\n\nThe container had been shipped from Peru. Its resale value is put at €24 million.',
    '2025-06-11',
  );
  assert.equal(found.origin, 'Peru');
  assert.deepEqual(found.draft.value, { amount: 24_000_000, currency: 'EUR' });
});

test('a record seizure is a seizure; a record year is a statistic', () => {
  assert.deepEqual(massOf(seizures('Les douaniers ont réalisé mardi une saisie record de 3 tonnes de cocaïne.')), [
    'cocaine 3 t',
  ]);
  assert.deepEqual(massOf(seizures('Avec 12 tonnes de cocaïne saisies, ce fut une année record pour le port.')), []);
});

test('a seizure told by its value alone has no mass: "at" is not one tonne', () => {
  assert.deepEqual(seizures('Border officers at Calais seized heroin valued at 4 million euros on Friday.'), []);
  const [found, ...others] = seizures('Officers at Calais seized 35 kg of heroin at the ferry terminal on Friday.');
  assert.equal(others.length, 0);
  assert.deepEqual(found.draft.quantity, { value: 35, unit: 'kg' });
});

test('the next sentence that says where the find was made gives its place; "venait de" gives its origin', () => {
  const [found] = seizures(
    'Près de 900 kilos de cocaïne étaient cachés sous des palettes de fruits. La prise a été réalisée sur le port de Sète mardi. La cargaison venait du Pérou.',
  );
  assert.equal(found.draft.place?.commune, 'Sète');
  assert.equal(found.origin, 'Peru');
});

// Sixth round (issue 14, branch wt-rules14b): sentences written for these tests.
const finds = (text: string, published = '2025-04-16') =>
  seizures(text, published).map((s) => `${s.draft.drug} ${s.draft.quantity.value}${s.draft.quantity.unit}`);

test('two finds of one drug told by two words are two seizures; "un kilo et demi" and "cinq kilos" are read', () => {
  assert.deepEqual(
    finds("Dans le garage, les gendarmes ont saisi 18 kilos d'herbe et 7 kilos de résine de cannabis."),
    ['cannabis 18kg', 'cannabis 7kg'],
  );
  assert.deepEqual(
    finds("Les douaniers ont saisi cinq kilos d'héroïne et un kilo et demi de MDMA à la gare de Lille."),
    ['heroin 5kg', 'synthetic 1.5kg'],
  );
});

test('a figure in other units in brackets is the same find; a total of drugs in general over named drugs is no extra seizure', () => {
  assert.deepEqual(finds('Customs seized 300 kilograms (661 pounds) of cocaine at the port of Marseille.'), [
    'cocaine 300kg',
  ]);
  assert.deepEqual(
    finds(
      "Près de 30 kilos de drogue ont été saisis à l'aéroport de Nice. Au total, 12 kilos de cocaïne et 17 kilos de résine ont été découverts dans les valises.",
    ),
    ['cocaine 12kg', 'cannabis 17kg'],
  );
});

test('a find dated months before publication is recalled, not news; a find in a car near a prison is in the town', () => {
  assert.deepEqual(
    finds('Mi-janvier, une opération avait déjà permis de saisir 40 kilos de cannabis dans le quartier.', '2025-06-20'),
    [],
  );
  const [roadside] = seizures(
    "Lundi soir, près de la maison d'arrêt de Nîmes, les policiers ont contrôlé une voiture et découvert dans le coffre 300 grammes de résine.",
  );
  assert.equal(roadside.facility, undefined);
  assert.equal(roadside.draft.place?.commune, 'Nîmes');
});

test('"début 2019" dates a find recalled in a later year', () => {
  assert.deepEqual(
    finds('Début 2019, les policiers avaient saisi 25 kilos de résine dans la même cité.', '2020-06-01'),
    [],
  );
});

test("a destination or a prosecutor's seat is never where the drugs were found", () => {
  const [onTheMotorway] = seizures(
    'Quarante kilos de résine à destination de Lyon ont été saisis lundi par les douaniers au péage du Boulou.',
  );
  assert.equal(onTheMotorway.draft.place?.commune, 'Le Boulou');
  const [announced] = seizures('Le parquet de Montpellier a annoncé mardi la saisie de 12 kilos de cocaïne.');
  assert.equal(announced.draft.place, undefined);
});

// Seventh round: sentences written for these tests.
test('"une demi-tonne", "half a tonne" are 500 kg', () => {
  const [found] = seizures('Une demi-tonne de résine de cannabis a été découverte dans un camion frigorifique.');
  assert.deepEqual(found.draft.quantity, { value: 0.5, unit: 't' });
  assert.equal(found.draft.drug, 'cannabis');
  const [english] = seizures('Border officers found half a tonne of cocaine in a lorry at the port.');
  assert.deepEqual(english.draft.quantity, { value: 0.5, unit: 't' });
});

test('a port town that is also a prison alias, with no word of prison, is the town where drugs were seized', () => {
  const [found] = seizures(
    'Customs officers at Le Havre seized 900 kilos of cocaine hidden among frozen fish from Brazil on Friday.',
  );
  assert.equal(found.facility, undefined);
  assert.equal(found.draft.place?.commune, 'Le Havre');
  // A prison word keeps the prison.
  const [inPrison] = seizures(
    'Lors d’une fouille de cellule à la maison d’arrêt du Havre, les agents ont trouvé 60 grammes de résine.',
  );
  assert.equal(inPrison.facility, 'fr-le-havre-cp');
});

test('a quantity seized every week or every month is a rate, not a seizure', () => {
  assert.deepEqual(seizures('The minister said 120 kg of cocaine were seized in French ports every week.'), []);
  assert.deepEqual(seizures('Chaque semaine, 100 kilos de cannabis sont saisis dans le port.'), []);
  // "A day after" is a date, not a rate.
  assert.equal(seizures('A day after the raid, police seized 20 kg of cocaine in Lille.').length, 1);
});

test('the prison drugs were meant to supply is not where they were seized; a bare town beside that prison is the town', () => {
  const placeOf = (text: string) => {
    const [found] = seizures(text);
    return found.facility ?? found.draft.place?.commune;
  };
  assert.equal(
    placeOf(
      "Trois kilos d'herbe ont été saisis mardi à Roubaix chez un homme soupçonné d'approvisionner la prison de Sequedin.",
    ),
    'Roubaix',
  );
  assert.equal(
    placeOf('Police seized 4 kilos of cannabis in Creil from a man who supplied Liancourt prison, prosecutors said.'),
    'Creil',
  );
  // "Toulouse" is also the Seysses prison's alias: named apart from the prison in its sentence, it is the town.
  assert.equal(
    placeOf(
      'Deux kilos de résine ont été saisis lundi à Toulouse chez un homme qui voulait ravitailler la prison de Seysses.',
    ),
    'Toulouse',
  );
});

test('a compound figure in words is read whole: tens after a hundred, "quatre-vingt-dix", "et un", "hundred and"', () => {
  const mass = (text: string) => seizures(text).map((found) => found.draft.quantity);
  assert.deepEqual(mass('Cent vingt kilos de résine de cannabis ont été saisis mardi au péage de Saint-Arnoult.'), [
    { value: 120, unit: 'kg' },
  ]);
  assert.deepEqual(mass('Les gendarmes ont saisi deux cent cinquante kilos de cannabis dans un camion à Perpignan.'), [
    { value: 250, unit: 'kg' },
  ]);
  assert.deepEqual(mass('Quatre-vingt-dix kilos de cocaïne ont été découverts dans un conteneur au Havre.'), [
    { value: 90, unit: 'kg' },
  ]);
  assert.deepEqual(mass('Les douaniers ont saisi soixante et onze kilos de résine à Bayonne.'), [
    { value: 71, unit: 'kg' },
  ]);
  assert.deepEqual(mass('Officers seized two hundred and fifty kilograms of cocaine from a lorry in Dover.'), [
    { value: 250, unit: 'kg' },
  ]);
  assert.deepEqual(mass('Police found forty-five kilos of cannabis in a flat in Lyon.'), [{ value: 45, unit: 'kg' }]);
  // The joins stay narrow: "et demi" is a half, not a number word.
  assert.deepEqual(mass('Les douaniers ont saisi un kilo et demi de MDMA à la gare de Lille.'), [
    { value: 1.5, unit: 'kg' },
  ]);
});

test('numbers in words: multipliers, tens and units, and what is not a number', () => {
  assert.equal(parseNumberWords('cent vingt'), 120);
  assert.equal(parseNumberWords('deux cents'), 200);
  assert.equal(parseNumberWords('trois mille deux cents'), 3200);
  assert.equal(parseNumberWords('quatre-vingt-dix-sept'), 97);
  assert.equal(parseNumberWords('vingt et un'), 21);
  assert.equal(parseNumberWords('a hundred'), 100);
  assert.equal(parseNumberWords('two thousand and five'), 2005);
  assert.ok(Number.isNaN(parseNumberWords('cent kilos')));
});

test('a count of pieces and the mass of each is their product, unless the total is stated', () => {
  const mass = (text: string) => seizures(text).map((s) => [s.draft.drug, s.draft.quantity]);
  assert.deepEqual(
    mass('Les douaniers ont découvert 40 pains de 250 grammes de résine de cannabis mardi au port de Sète.'),
    [['cannabis', { value: 10, unit: 'kg' }]],
  );
  assert.deepEqual(mass('Customs at Calais found twelve bales of 30 kg of cocaine in a lorry on Monday.'), [
    ['cocaine', { value: 360, unit: 'kg' }],
  ]);
  assert.deepEqual(
    mass('Au péage du Boulou, 120 plaquettes de 100 g de haschich, soit 12 kilos, ont été découvertes lundi.'),
    [['cannabis', { value: 12, unit: 'kg' }]],
  );
  assert.deepEqual(mass('Les douaniers ont saisi 355 pains de résine pour un poids de 416 kilos au port de Sète.'), [
    ['cannabis', { value: 416, unit: 'kg' }],
  ]);
  // A mass with no count of pieces before it stays as written.
  assert.deepEqual(mass('Les gendarmes ont saisi 3 kg de cocaïne et 12 kg de résine de cannabis à Nîmes.'), [
    ['cocaine', { value: 3, unit: 'kg' }],
    ['cannabis', { value: 12, unit: 'kg' }],
  ]);
});

test('a village is the seizure place after "au", a border post or a port', () => {
  for (const text of [
    'La douane a intercepté 25 kg de cocaïne au poste frontière du Perthus.',
    'La douane a intercepté 25 kg de cocaïne au Perthus.',
    'La douane a intercepté 25 kg de cocaïne au péage du Perthus.',
  ])
    assert.equal(seizures(text)[0]?.draft.place?.commune, 'Le Perthus', text);
});

test('where a load came from or was to be collected is not where it was seized; a check at a toll is a seizure', () => {
  const placeOf = (text: string) => seizures(text).map((s) => s.draft.place?.commune ?? null);
  assert.deepEqual(
    placeOf(
      'Saisie de 1,5 tonne de cocaïne au Havre\n\nLa marchandise, chargée à Santos (Brésil), devait être récupérée à Rouen. Les douaniers ont découvert 1,5 tonne de cocaïne mardi.',
    ),
    ['Le Havre'],
  );
  assert.deepEqual(
    placeOf('Les gendarmes ont intercepté à Narbonne un véhicule parti de Perpignan avec 50 kg de cannabis.'),
    ['Narbonne'],
  );
  assert.deepEqual(
    placeOf('Un go-fast intercepté sur l’A9 : 400 kg de résine saisis, le conducteur venait de Marseille.'),
    [null],
  );
  assert.deepEqual(
    placeOf(
      "Un camion venant d'Espagne et se rendant à Lyon a été contrôlé au péage du Boulou : 700 kg de résine de cannabis.",
    ),
    ['Le Boulou'],
  );
});

test('a round count of a unit is that figure ("une vingtaine de grammes"); a parcel "récupéré" is a find', () => {
  assert.deepEqual(
    finds(
      "Jeudi, une trentaine de grammes d'héroïne et une quinzaine de grammes de cocaïne ont été trouvés en cellule.",
    ),
    ['heroin 30g', 'cocaine 15g'],
  );
  // "des dizaines de kilos" names no figure.
  assert.deepEqual(finds('Des dizaines de kilos de cannabis ont été saisis jeudi au port de Sète.'), []);
  assert.deepEqual(
    finds('Un colis de 120 grammes de résine, lancé par-dessus le mur, a été récupéré jeudi par les agents.'),
    ['cannabis 120g'],
  );
});

test('a total over the last months is a statistic: "ces douze derniers mois", "over the past six months"', () => {
  assert.deepEqual(
    finds('Ces douze derniers mois, 140 kilos de résine ont été saisis au centre pénitentiaire de Fresnes.'),
    [],
  );
  assert.deepEqual(finds('Over the past six months, customs at Le Havre seized 9 tonnes of cocaine.'), []);
  assert.deepEqual(finds('Jeudi, 140 kilos de résine ont été saisis au port de Sète.'), ['cannabis 140kg']);
});

test('finds told one by one after a headline total: each find (the next one without its verb), not the total', () => {
  const found = seizures(
    'Brest : 80 kilos de cocaïne dans des cargaisons de bananes venues du Brésil\n\nEn deux semaines, les douaniers du port de Brest ont découvert des pains de cocaïne dans des conteneurs de bananes en provenance du Brésil.\nLa première prise, le 3 avril, a porté sur 30 kilos. La seconde, le 9 avril, sur 50 kilos, a précisé le parquet.',
  );
  assert.deepEqual(
    found.map((s) => [s.draft.drug, s.draft.quantity.value, s.draft.place?.commune, s.origin]),
    [
      ['cocaine', 30, 'Brest', 'Brazil'],
      ['cocaine', 50, 'Brest', 'Brazil'],
    ],
  );
});

test('one find told in the headline and the body, neither dated: the one that says where', () => {
  const found = seizures(
    "Arrêté pour un excès de vitesse, il transportait 200 kilos de résine de cannabis\n\nLes gendarmes ont arrêté une camionnette à une sortie d'autoroute, à Lançon-Provence.\nLa fouille du véhicule met au jour 200 kg de résine, répartis dans des sacs.",
  );
  assert.deepEqual(
    found.map((s) => [s.draft.drug, s.draft.quantity.value, s.draft.place?.commune]),
    [['cannabis', 200, 'Lançon-Provence']],
  );
});

test('a find told after the scene of a car stopped in town is in the town, even when the parcels were meant for the prison', () => {
  // Written for this test (fifteenth round): the car is in the sentences before the find, not in the find's own.
  const [found] = seizures(
    "Mardi soir, des policiers ont contrôlé une voiture qui roulait trop vite dans le centre de Valence. Sur la banquette arrière : six paquets destinés à la maison d'arrêt. Ils contenaient 240 grammes de cocaïne.",
  );
  assert.equal(found.draft.place?.commune, 'Valence');
  assert.equal(found.facility, undefined);
});
