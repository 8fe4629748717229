import { test } from 'node:test';
import assert from 'node:assert/strict';
import { events, incidents, siteOf, sitesOf } from './test-extraction.ts';

// Seventeenth round (issue 14): the role a place or an act plays in its sentence, not its wording. Every sentence here
// was written for these tests (invented people, real facilities).

test('the prison an inmate comes from, named as "the X prison in Town", is not the scene of an act at a hospital', () => {
  const found = incidents(
    'An inmate of the Val-d’Oise remand prison in Osny escaped on Tuesday evening from the car park of the hospital in Pontoise, where a man fired at his escort.',
  );
  assert.deepEqual(found.map(siteOf), ['commune:Pontoise']);
  assert.equal(found[0].employer, 'fr-osny-ma');
});

test('a court that judges is neither the scene nor the target of the act it judges', () => {
  const found = incidents(
    'Le tribunal correctionnel de Saint-Omer a condamné mardi à deux ans de prison un détenu du centre pénitentiaire de Longuenesse. Samedi soir, il avait frappé un surveillant avec une chaise.',
  );
  assert.deepEqual(found.map(siteOf), ['fr-longuenesse-cp']);
  assert.ok(!found[0].draft.target_kinds?.includes('court'));
  assert.notEqual(found[0].spot, 'court');
  // A court where an inmate was to be judged is still where his escort was.
  assert.equal(
    incidents(
      "Mardi, un détenu de la maison d'arrêt de Grenoble-Varces a faussé compagnie à son escorte devant le tribunal de Vienne, où il devait être jugé.",
    )[0]?.spot,
    'court',
  );
});

test('"ce matin-là" is the morning of the date told before it, not the day of publication', () => {
  const found = incidents(
    "Le procès s'est ouvert lundi. Les faits remontent au 3 février 2021. Ce matin-là, un détenu avait frappé deux surveillants à la maison centrale de Saint-Maur.",
    '2025-06-03',
  );
  assert.ok(found.every((c) => !JSON.stringify(c.draft.occurred).includes('2025-06')));
  // Told the next day, the act is dated by the date before "ce matin-là".
  const fresh = incidents(
    'Les faits remontent au 3 février 2021. Ce matin-là, un détenu a frappé deux surveillants à la maison centrale de Saint-Maur.',
    '2021-02-04',
  );
  assert.deepEqual(
    fresh.map((c) => c.draft.occurred),
    [{ date: '2021-02-03' }],
  );
});

test('an act in the infinitive after a verb of speech is what was said, not done', () => {
  assert.deepEqual(events('He had often talked of escaping from the jail, his cellmates said.'), []);
  assert.deepEqual(events("Le directeur a parlé de l'agression de lundi."), ['assault_on_staff']);
});

test('a clause of time after an act, with its own subject, does not make the act hypothetical', () => {
  assert.deepEqual(events('An inmate slipped away from his escort just as he was about to climb into the van.'), [
    'escape',
  ]);
  assert.deepEqual(events('He could have escaped just as he was leaving the hospital.'), []);
});

test('a workplace is the scene when the article places the act nowhere else', () => {
  assert.deepEqual(
    sitesOf('Two officers walking to work at Fresnes prison were deliberately run down by a car early on Sunday.'),
    ['fr-fresnes-cp'],
  );
  // An act at home stays at the home's town.
  assert.deepEqual(
    sitesOf('The car of an officer who works at Fresnes prison was set on fire outside his home in Antony on Sunday.'),
    ['commune:Antony'],
  );
});

test("a home whose town is not named is in its victim's prison's commune, not in the town of another act", () => {
  assert.deepEqual(
    sitesOf(
      'Overnight, an officer who works at Fresnes prison found his car burned outside his home, a union said. In Villenoy, someone sprayed tags on the walls of a building where another officer lives.',
    ),
    ['commune:Fresnes', 'commune:Villenoy'],
  );
  // A next sentence that tells no other act places the home.
  assert.deepEqual(
    sitesOf(
      'The car of an officer who works at Fresnes prison was burned outside his home overnight. The attack took place in Antony, a union said.',
    ),
    ['commune:Antony'],
  );
});

// Eighteenth round (issue 14): a town read as its prison because a prison is spoken of nearby is so read only when the
// town is not named for a person's origin or a trial's seat (sentences written for these tests).
test("a suspect's home town or a trial's seat is not the prison of that town, even in an article about a prison", () => {
  assert.deepEqual(
    sitesOf(
      'A drone carrying cannabis crashed on Tuesday in a prison yard. Its pilot, a 24-year-old Brest resident, was arrested.',
    ),
    [],
  );
  assert.deepEqual(
    sitesOf(
      'A drone carrying cannabis crashed on Tuesday in a prison yard. Its pilot, a 24-year-old from Brest, was arrested.',
    ),
    [],
  );
  assert.deepEqual(
    sitesOf('An inmate attacked an officer on Tuesday in a prison. He will stand trial in Brest in June.'),
    [],
  );
  // The town where the act was stays its prison.
  assert.deepEqual(
    sitesOf('In Brest, two cars of prison officers were set on fire outside the jail on Tuesday night.'),
    ['fr-brest-ma'],
  );
});

test("a town heading its sentence whose prison the sentence names apart as the inmate's is the town of the act", () => {
  assert.deepEqual(
    sitesOf("Toulouse : un détenu de Seysses a faussé compagnie à son escorte lundi soir devant l'hôpital Rangueil."),
    ['commune:Toulouse'],
  );
  // After "à", with no other place, the town still names its prison.
  assert.deepEqual(sitesOf('Un détenu de Seysses a agressé un surveillant lundi à Toulouse.'), [
    'fr-toulouse-seysses-cp',
  ]);
});
