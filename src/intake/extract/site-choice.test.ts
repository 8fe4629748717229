import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractText } from './extract.ts';
import { sentences } from './folded-text.ts';
import { referenceGazetteer } from './test-gazetteer.ts';
import type { IncidentCandidate } from './extraction.types.ts';

// Sentences written for these tests: which of the places a clause names is where its act happened.
const incidents = (text: string, published = '2025-04-16') =>
  extractText(text, referenceGazetteer(), { published }).items[0].candidates.filter(
    (c): c is IncidentCandidate => c.kind === 'incident',
  );
const siteOf = (c: IncidentCandidate) => c.draft.facility ?? `commune:${c.draft.place?.commune}`;
const sitesOf = (text: string, published?: string) => incidents(text, published).map(siteOf).sort();

test('an act goes to the place nearest to it in its clause: where a statement was made is no scene', () => {
  assert.deepEqual(
    sitesOf(
      'Masked men fired shots at the gate of a prison in Nîmes late on Monday, the justice minister told journalists in Paris on Tuesday.',
    ),
    ['fr-nimes-ma'],
  );
  assert.deepEqual(
    sitesOf(
      "Des tirs ont visé lundi soir la porte de la maison d'arrêt de Nîmes, a déclaré mardi le ministre lors d'un déplacement à Marseille.",
    ),
    ['fr-nimes-ma'],
  );
});

test('the items of one list of prisons, with their departments, stay scenes of the act of their clause', () => {
  assert.deepEqual(
    sitesOf(
      'Cars were burnt overnight on Monday outside the Nîmes remand prison (Gard), the Valence penitentiary centre (Drôme) and the Villepinte remand prison (Seine-Saint-Denis).',
    ),
    ['fr-nimes-ma', 'fr-valence-cp', 'fr-villepinte-ma'],
  );
  assert.deepEqual(
    sitesOf(
      "Lundi soir, des voitures ont brûlé devant la maison d'arrêt de Nîmes, puis devant le centre pénitentiaire de Valence.",
    ),
    ['fr-nimes-ma', 'fr-valence-cp'],
  );
});

test('a quotation opened by « and a space starts a new sentence: the places it lists take no act', () => {
  assert.equal(sentences('Un agent a été frappé. « Je suis choqué », dit-il.').length, 2);
  assert.deepEqual(
    sitesOf(
      "Mardi soir, un colis a été projeté par-dessus le mur de la maison d'arrêt de Grasse. « Grasse, Nice, Draguignan : c'est partout pareil », soupire un agent.",
    ),
    ['fr-grasse-ma'],
  );
});

test('a clause that names a place but opens on other words does not take the act of the clause before', () => {
  assert.deepEqual(
    sitesOf(
      'Des tirs ont visé lundi soir la porte du centre pénitentiaire de Valence ; le suspect, qui avait purgé une peine au centre de détention de Tarascon, reste introuvable.',
    ),
    ['fr-valence-cp'],
  );
  // A clause that only goes on with the places of the act keeps it.
  assert.deepEqual(
    sitesOf("Lundi soir, des voitures ont brûlé devant la maison d'arrêt de Nîmes ; puis devant celle de Béziers."),
    ['fr-beziers-cp', 'fr-nimes-ma'],
  );
});

test('an act at home that names no place waits for the town its paragraph names, not the prison of the victim', () => {
  const [found, ...others] = incidents(
    "Un agent de la maison d'arrêt d'Angers menacé\n\nMardi soir, un agent a été menacé de mort devant son pavillon par deux hommes. Il rentrait de son service à la maison d'arrêt d'Angers. L'agression a eu lieu à Avrillé.",
  );
  assert.equal(others.length, 0);
  assert.equal(siteOf(found), 'commune:Avrillé');
  assert.equal(found.employer, 'fr-angers-ma');
});

test('a town that is also the employer prison’s alias, after "à", is the town', () => {
  const [found, ...others] = incidents(
    'La voiture d’une surveillante du centre pénitentiaire de Seysses a été incendiée dans la nuit de lundi à mardi dans le quartier Saint-Cyprien, à Toulouse.',
  );
  assert.equal(others.length, 0);
  assert.equal(siteOf(found), 'commune:Toulouse');
  assert.equal(found.employer, 'fr-toulouse-seysses-cp');
  // "la prison de Toulouse" is still the prison.
  assert.deepEqual(sitesOf('Lundi soir, des tirs ont visé la porte de la prison de Toulouse.'), [
    'fr-toulouse-seysses-cp',
  ]);
});

test('an act recalled "il y a un an" or "last year" is background; a minister who "a visité" a prison names no scene', () => {
  assert.deepEqual(
    sitesOf(
      "Il y a un an, la maison d'arrêt de Nîmes était la cible de tirs. Depuis, un mur a été rehaussé.",
      '2025-09-10',
    ),
    [],
  );
  assert.deepEqual(sitesOf('Two months ago, shots were fired at the gate of the Valence prison.', '2025-06-20'), []);
  assert.deepEqual(
    sitesOf(
      'Mardi, la ministre a visité le centre pénitentiaire de Valence, quelques jours après des tirs contre la prison de Tarascon.',
    ),
    [],
  );
});

test("an inmate's former prison, a governor's former post, where a suspect served time are not scenes", () => {
  assert.deepEqual(
    sitesOf(
      "Lundi soir, un surveillant du centre pénitentiaire de Riom a été frappé par un détenu. Celui-ci avait agressé un agent lors de son passage à la maison d'arrêt de Moulins.",
    ),
    ['fr-riom-cp'],
  );
  assert.deepEqual(
    sitesOf(
      'A parcel was thrown over the wall of Laon prison on Tuesday night. The thrower, who had served time at Château-Thierry, threw a second parcel an hour later.',
    ),
    ['fr-laon-cp'],
  );
  assert.deepEqual(
    sitesOf(
      "Mardi, des détenus ont agressé un surveillant à la maison d'arrêt de Rouen. Le directeur, qui dirigeait auparavant la prison d'Évreux, dénonce une agression d'une rare violence.",
    ),
    ['fr-rouen-ma'],
  );
});

test('an act without a date of its own takes the date of the act told before, not a date named for something else', () => {
  const nights = (text: string) =>
    incidents(text, '2025-05-20').map((c) => ('night_of' in c.draft.occurred ? c.draft.occurred.night_of : null));
  // "installées le 2 mai" dates the cameras: the tag told next was painted on Sunday night with the fire.
  assert.deepEqual(
    nights(
      "Dimanche soir, deux voitures ont été incendiées sur le parking de la maison d'arrêt de Nancy-Maxéville, où des caméras ont été installées le 2 mai. Un tag a aussi été peint sur le portail.",
    ),
    ['2025-05-18'],
  );
  // "depuis mars" starts a state: it dates no act.
  assert.deepEqual(
    nights(
      "Dimanche soir, un drone a survolé la maison d'arrêt de Nancy-Maxéville. La prison est équipée de filets depuis mars. Son colis a été récupéré dans la cour.",
    ).length,
    1,
  );
});

test('a bare town that is also a prison’s alias, after "à", beside that prison named by its own name, is the town', () => {
  const [found, ...others] = incidents(
    "Lundi soir à Toulouse, des inconnus ont incendié la voiture d'un homme qui venait de sortir du parloir de la prison de Seysses.",
  );
  assert.equal(others.length, 0);
  assert.equal(siteOf(found), 'commune:Toulouse');
});
