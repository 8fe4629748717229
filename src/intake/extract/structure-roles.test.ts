import { test } from 'node:test';
import assert from 'node:assert/strict';
import { events, incidents, sitesOf } from './test-extraction.ts';

// Fifteenth round (issue 14): rules about the structure of a sentence, not its words. Every sentence here was written
// for these tests.

test('an act word that qualifies the noun after it, or after "anti-", names gear or a force, not an act', () => {
  assert.deepEqual(events('Riot police moved in at dawn to clear the picket of burning pallets outside the jail.'), []);
  assert.deepEqual(events('Officers in riot gear and a riot squad stood by the gate.'), []);
  assert.deepEqual(events("Une compagnie anti-émeute a été déployée devant l'établissement."), []);
  assert.deepEqual(events('The new anti-escape netting was installed over the yard.'), []);
  // The act itself is still read.
  assert.deepEqual(events('A riot broke out on the second landing.'), ['riot']);
});

test("the ends of an escort's route (where it was going, where the inmate was heard) are not the scene of its attack", () => {
  assert.deepEqual(
    sitesOf(
      "Un convoi pénitentiaire a été pris pour cible mercredi matin au rond-point de Remoulins. Le fourgon ramenait vers la maison d'arrêt de Nîmes un prévenu entendu par un juge à Alès ; des hommes cagoulés ont ouvert le feu sur l'escorte.",
    ),
    ['commune:Remoulins'],
  );
  assert.deepEqual(
    sitesOf(
      'Gunmen opened fire on a prison van at a roundabout in Remoulins on Wednesday. The van was taking an inmate who had been questioned by a judge in Alès back to Nîmes prison.',
    ),
    ['commune:Remoulins'],
  );
});

test('acts listed as the charges someone faces are their legal names, not new acts', () => {
  assert.deepEqual(events('He now faces charges including kidnapping and escape in an organised gang.'), []);
  assert.deepEqual(events('Il est poursuivi pour plusieurs chefs, dont évasion et association de malfaiteurs.'), []);
});

test('an act in an infinitive of purpose or readiness is meant, not done, unless the means were used', () => {
  assert.deepEqual(
    events('Dans le coffre, les policiers ont trouvé six paquets prêts à être lancés par-dessus le mur.'),
    [],
  );
  assert.deepEqual(events('Un message invitait des jeunes à se manifester pour projeter des colis dans la cour.'), []);
  assert.deepEqual(events('The bags were ready to be thrown over the fence of the jail.'), []);
  // The purpose met: "a profité de ... pour", "used ... to".
  assert.deepEqual(events("Il a profité d'une promenade pour s'évader par le toit."), ['escape']);
});

test('an act after "quand il y a", "whenever there is" is said in general, not reported', () => {
  assert.deepEqual(events('« Quand il y a une projection, tout le monde court vers la cour », dit un agent.'), []);
  assert.deepEqual(events('Whenever there is a riot, the wing is locked down.'), []);
});

test('a prison named as the landmark of a street or a building is not the scene', () => {
  assert.deepEqual(
    sitesOf(
      "Lundi soir, un homme a menacé de faire exploser une bouteille de gaz dans son appartement de la rue Carnot, à quelques mètres du tribunal et de la maison d'arrêt de Nîmes.",
    ),
    [],
  );
  // The landmark makes no article about prisons: a bare town stays a town.
  assert.equal(
    sitesOf(
      "Au 12 de la rue Sully, à deux pas de la maison d'arrêt, un homme retranché menace depuis mardi de faire sauter son immeuble. Le centre-ville de Valence est bouclé.",
    ).includes('fr-valence-cp'),
    false,
  );
  // Said of the act itself, nearness keeps the prison.
  assert.deepEqual(sitesOf("Lundi soir, deux voitures ont été incendiées près de la maison d'arrêt de Nîmes."), [
    'fr-nimes-ma',
  ]);
});

test("an act told in a pluperfect relative clause takes the date of that clause, not the main clause's", () => {
  // A verdict on Tuesday about an arson of 2021: the arson is background, no incident of this week.
  assert.deepEqual(
    sitesOf(
      "Après deux jours d'audience, la cour d'assises du Gard a rendu son verdict mardi soir : douze ans de réclusion pour l'homme qui avait incendié la porte de la maison d'arrêt de Nîmes à l'aide d'un bidon d'essence, le 3 mars 2021.",
    ),
    [],
  );
  assert.deepEqual(
    sitesOf(
      'The court delivered its verdict on Tuesday night: twelve years for the man who had set fire to the gate of Nîmes prison with a can of petrol on March 3, 2021.',
    ),
    [],
  );
});

test('after what an inmate is held for, a finite verb is the act; "pour avoir frappé" stays what he is held for', () => {
  assert.deepEqual(
    events('Last week an inmate serving a life term for murder stabbed two officers in the exercise yard.'),
    ['assault_on_staff'],
  );
  assert.deepEqual(events('Un détenu incarcéré pour escroquerie a frappé une surveillante au visage.'), [
    'assault_on_staff',
  ]);
  assert.deepEqual(events('Il est incarcéré pour avoir frappé une surveillante.'), []);
  assert.deepEqual(events('He is serving time for assaulting a guard.'), []);
});

test("a prison alias with no commune of that name in the prison's department is the prison, not a homonym town", () => {
  // A Luynes stands in Indre-et-Loire; the Aix-Luynes prison in the Bouches-du-Rhône.
  assert.deepEqual(
    sitesOf(
      "À Luynes, dans les Bouches-du-Rhône, des voitures de surveillants ont brûlé lundi soir sur le parking du personnel du centre pénitentiaire d'Aix-Luynes.",
    ),
    ['fr-aix-luynes-cp'],
  );
});

test('an earlier act told after a later one and called new ("la veille, un autre groupe") is not merged into it', () => {
  const found = incidents(
    "Samedi vers 17 heures, une trentaine de détenus de la maison d'arrêt de Nîmes ont refusé de regagner leurs cellules après la promenade. Le calme est revenu vers 20 heures.\nLa veille, un autre groupe de détenus avait déjà refusé de remonter de la cour pendant deux heures.",
    '2025-04-20',
  );
  assert.deepEqual(found.map((c) => JSON.stringify(c.draft.occurred)).sort(), [
    '{"date":"2025-04-18"}',
    '{"date":"2025-04-19"}',
  ]);
});

test('"un premier groupe", "pas les mêmes" call an earlier act a distinct one', () => {
  const found = incidents(
    "Samedi vers 17 heures, une trentaine de détenus de la maison d'arrêt de Nîmes ont refusé de regagner leurs cellules après la promenade. Le calme est revenu vers 20 heures.\nVendredi déjà, un premier groupe de détenus avait refusé de remonter de la cour pendant deux heures.",
    '2025-04-20',
  );
  assert.equal(found.length, 2);
  const again = incidents(
    "Samedi vers 17 heures, une trentaine de détenus de la maison d'arrêt de Nîmes ont refusé de regagner leurs cellules après la promenade.\nVendredi, vingt détenus, pas les mêmes, avaient refusé de remonter de la cour.",
    '2025-04-20',
  );
  assert.equal(again.length, 2);
});
