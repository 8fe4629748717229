import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates } from './dates.ts';
import { foldSameLength, sentences } from './folded-text.ts';

const first = (text: string, published: string) => findDates(foldSameLength(text), published)[0];

test('reads "dans la nuit du 14 au 15 avril" as the night of the 14th, and "the night of 14 to 15 April" too', () => {
  assert.deepEqual(first('dans la nuit du 14 au 15 avril, deux voitures', '2025-04-16').occurred, {
    night_of: '2025-04-14',
  });
  assert.deepEqual(first('On the night of 14 to 15 April, shots', '2025-04-16').occurred, { night_of: '2025-04-14' });
});

test('resolves weekday nights against the publication date: "dans la nuit de lundi à mardi", "Monday night"', () => {
  // 2025-04-16 is a Wednesday: the last Monday is the 14th.
  assert.deepEqual(first('dans la nuit de lundi à mardi', '2025-04-16').occurred, { night_of: '2025-04-14' });
  assert.deepEqual(first('late on Monday night', '2025-04-16').occurred, { night_of: '2025-04-14' });
});

test('keeps "mardi matin" a day and "early on Wednesday" the night before it', () => {
  assert.deepEqual(first('mardi matin, un fourgon', '2025-04-16').occurred, { date: '2025-04-15' });
  assert.deepEqual(first('early on Wednesday morning', '2025-04-16').occurred, { night_of: '2025-04-15' });
});

test('resolves "overnight", "le 14 avril" and a date after publication in the previous year', () => {
  assert.deepEqual(first('cars were torched overnight', '2025-04-15').occurred, { night_of: '2025-04-14' });
  assert.deepEqual(first('le 14 avril', '2025-04-16').occurred, { date: '2025-04-14' });
  assert.deepEqual(first('le 20 décembre', '2025-01-05').occurred, { date: '2024-12-20' });
});

test('keeps vague spans approximate: "in recent days" the three nights before, "last week" a week', () => {
  const recent = first('In recent days, several prisons', '2025-04-16');
  assert.deepEqual(recent.occurred, {
    start: '2025-04-13T18:00:00+02:00',
    end: '2025-04-16T08:00:00+02:00',
    precision: 'approx',
  });
  assert.equal(recent.night, null);
  assert.deepEqual(first('Last week, the minister', '2025-04-16').occurred, { week_of: '2025-04-09' });
});

test('"woke on Tuesday to find" and "on Tuesday ... in the middle of the night" are the night before that Tuesday', () => {
  // 2025-04-16 is a Wednesday: the last Tuesday is the 15th, its night before the 14th.
  assert.deepEqual(first('Residents woke on Tuesday to find two vans burnt out.', '2025-04-16').occurred, {
    night_of: '2025-04-14',
  });
  assert.deepEqual(
    first('Les habitants se sont réveillés mardi devant trois voitures brûlées.', '2025-04-16').occurred,
    { night_of: '2025-04-14' },
  );
  assert.deepEqual(
    first('Staff were shaken on Tuesday after shots hit the gate in the middle of the night.', '2025-04-16').occurred,
    { night_of: '2025-04-14' },
  );
  // without a word of the night, a weekday stays a day
  assert.deepEqual(first('Staff were shaken on Tuesday after shots hit the gate.', '2025-04-16').occurred, {
    date: '2025-04-15',
  });
});

// Issue 14, nights (sentences written for these tests). 2025-06-11 is a Wednesday.
const all = (text: string, published: string) =>
  findDates(foldSameLength(text), published).map((d) => JSON.stringify(d.occurred));

test('a night between two dates, "overnight Monday", and the small hours of a day are nights', () => {
  assert.deepEqual(first('entre 22 heures le 7 juin et 3 heures le 8 juin, des tirs', '2025-06-11').occurred, {
    night_of: '2025-06-07',
  });
  assert.deepEqual(first('The cars burned overnight Monday outside the jail.', '2025-06-11').occurred, {
    night_of: '2025-06-09',
  });
  assert.deepEqual(first('in the small hours of Tuesday, a van', '2025-06-11').occurred, { night_of: '2025-06-09' });
});

test('"this morning" is the day; a find on a morning dates the night before it', () => {
  assert.deepEqual(first('Ce matin, vers 10 heures, un colis a été lancé.', '2025-06-11').occurred, {
    date: '2025-06-11',
  });
  assert.deepEqual(first('Staff discovered the slogans on Tuesday morning.', '2025-06-11').occurred, {
    night_of: '2025-06-09',
  });
  assert.deepEqual(first('Tuesday morning, the director met the unions.', '2025-06-11').occurred, {
    date: '2025-06-10',
  });
});

test('a day named beside the night that ends on it is that night; a bare "overnight" follows the act before', () => {
  assert.deepEqual(all('Relevés mardi, les tags avaient été peints dans la nuit de lundi à mardi.', '2025-06-11'), [
    '{"night_of":"2025-06-09"}',
    '{"night_of":"2025-06-09"}',
  ]);
  assert.deepEqual(
    all('On the night of 2 to 3 June a car burned. A parcel was also dropped overnight.', '2025-06-11'),
    ['{"night_of":"2025-06-02"}', '{"night_of":"2025-06-02"}'],
  );
});

test('a dateline date is neither kept nor used to resolve "the following night"', () => {
  const text = 'LILLE, June 10 - Shots hit the gate. The following night, a car burned.';
  const folded = foldSameLength(text);
  const dateline = { start: 0, end: 13 };
  const found = findDates(folded, '2025-06-11', (span) => span.start < dateline.end && span.end > dateline.start);
  assert.equal(
    found.some((d) => d.start < dateline.end),
    false,
  );
});

test('"overnight from Friday March 7th to Saturday March 8th" is the night of the 7th; "la veille" with nothing before it dates nothing', () => {
  assert.deepEqual(first('a van burned overnight from Friday March 7th to Saturday March 8th', '2025-03-12').occurred, {
    night_of: '2025-03-07',
  });
  assert.deepEqual(first('the night of May 3 to May 4, shots', '2025-05-06').occurred, { night_of: '2025-05-03' });
  assert.equal(first('un agent blessé, le directeur alerté la veille', '2025-05-06'), undefined);
});

test('a hearing\'s date is not an act\'s: "will appear in court on Friday", "comparaîtront lundi"', () => {
  const dates = (text: string) => findDates(foldSameLength(text), '2025-04-16').map((d) => d.rule);
  assert.deepEqual(dates('The three suspects will appear in court on Friday.'), []);
  assert.deepEqual(dates('Les deux hommes comparaîtront lundi devant le tribunal.'), []);
  assert.deepEqual(dates('The cars were torched on Friday.'), ['date.weekday']);
});

test('a lasting state\'s date is not the act\'s: "restait introuvable ce jeudi", "were still on the run on Friday"', () => {
  const dates = (text: string) => findDates(foldSameLength(text), '2025-04-18').map((d) => d.rule);
  assert.deepEqual(dates("L'évadé restait introuvable ce jeudi matin."), []);
  assert.deepEqual(dates('The two fugitives were still on the run on Friday.'), []);
  assert.deepEqual(dates("L'évadé a été repris ce jeudi matin."), ['date.weekday-morning']);
});

// Seventh round: sentences written for these tests.
test('"overnight into Thursday", "au petit matin jeudi", "vendredi, à l\'aube" are the night before that day', () => {
  // 2025-04-19 is a Saturday.
  assert.deepEqual(first('a fire broke out overnight into Thursday', '2025-04-19').occurred, {
    night_of: '2025-04-16',
  });
  assert.deepEqual(first('les tags ont été peints au petit matin jeudi', '2025-04-19').occurred, {
    night_of: '2025-04-16',
  });
  assert.deepEqual(first("vendredi, à l'aube, des tirs", '2025-04-19').occurred, { night_of: '2025-04-17' });
  // "deux jours plus tôt, mardi": no dawn there, the day itself.
  assert.deepEqual(first('Deux jours plus tôt, mardi 15 avril, un colis', '2025-04-19').occurred, {
    date: '2025-04-15',
  });
});

test('"avant-hier soir" is two days before publication, not "hier soir"', () => {
  assert.deepEqual(first('avant-hier soir, vers 23 heures', '2025-04-19').occurred, { night_of: '2025-04-17' });
  assert.deepEqual(first("avant-hier, un détenu s'est évadé", '2025-04-19').occurred, { date: '2025-04-17' });
});

test("an arrest's or a visit's day is not the act's when the sentence dates the act", () => {
  const dates = findDates(
    foldSameLength(
      'Trois hommes ont été arrêtés vendredi à Nice après les tirs contre la prison de Grasse dans la nuit de mardi à mercredi.',
    ),
    '2025-04-19',
  );
  assert.deepEqual(
    dates.map((d) => d.occurred),
    [{ night_of: '2025-04-15' }],
  );
  // Alone in its sentence, the day stays (caught in the act).
  assert.deepEqual(first('Un homme a été interpellé vendredi alors qu’il lançait un colis', '2025-04-19').occurred, {
    date: '2025-04-18',
  });
});

test('a weekday after "a.m." or "p.m." is in the same sentence as the time', () => {
  const text = 'Shots were fired at the gate at 2:15 a.m. Friday. Nobody was hurt.';
  assert.equal(sentences(text).length, 2);
  assert.deepEqual(first(text, '2025-04-19').occurred, { date: '2025-04-18' });
});

test('"il y a un an", "three weeks ago", "l\'an dernier" date an act that long before publication', () => {
  assert.deepEqual(first('Il y a un an, la prison était visée', '2025-09-10').occurred, {
    start: '2024-06-11',
    end: '2024-12-10',
    precision: 'approx',
  });
  // A count of weeks is told to the week: within half a week of it (nineteenth round; it was a quarter of the span).
  assert.deepEqual(first('three weeks ago, a drone', '2025-04-16').occurred, {
    start: '2025-03-23',
    end: '2025-03-29',
    precision: 'approx',
  });
  assert.deepEqual(first('il y a deux jours, un colis', '2025-04-16').occurred, { date: '2025-04-14' });
  assert.deepEqual(first("l'an dernier, un surveillant", '2025-04-16').occurred, {
    start: '2024-01-01',
    end: '2024-12-31',
    precision: 'year',
  });
});

test('"deux jours plus tard", "three days later" count from the act told before; "two days after the fire" does not', () => {
  const dates = findDates(
    foldSameLength(
      'Le 14 avril au soir, des voitures ont brûlé. Deux jours plus tard, des tirs. Three days later, a drone.',
    ),
    '2025-04-20',
  );
  assert.deepEqual(
    dates.map((d) => d.occurred),
    [{ night_of: '2025-04-14' }, { date: '2025-04-16' }, { date: '2025-04-19' }],
  );
  assert.equal(findDates(foldSameLength('deux jours après l’incendie, le ministre'), '2025-04-20').length, 0);
});

test('"une semaine plus tôt", "three days earlier" count back from the act told before; with none they date nothing', () => {
  const dates = (text: string) => findDates(foldSameLength(text), '2025-04-23').map((d) => d.occurred);
  assert.deepEqual(
    dates(
      'Dans la nuit du 20 au 21 avril, des véhicules ont brûlé. Une semaine plus tôt, des tirs avaient visé la prison. Three days earlier, a drone.',
    ),
    [{ night_of: '2025-04-20' }, { date: '2025-04-13' }, { date: '2025-04-10' }],
  );
  assert.deepEqual(dates('Deux jours auparavant, un surveillant avait été menacé.'), []);
  // "two days before the trial" names another date, not the act's.
  assert.deepEqual(dates('Le 20 avril, des tirs. Two days before the trial, a threat.'), [{ date: '2025-04-20' }]);
});

test('"depuis dimanche", "since Sunday" bound a span: no act is dated by them', () => {
  const dates = (text: string) => findDates(foldSameLength(text), '2025-04-16').map((d) => d.occurred);
  assert.deepEqual(dates('douze prisons visées depuis dimanche ; lundi soir, des tirs'), [{ night_of: '2025-04-14' }]);
  assert.deepEqual(dates('the third attack since Sunday'), []);
  assert.deepEqual(dates('dimanche, des tirs'), [{ date: '2025-04-13' }]);
  assert.deepEqual(dates('la prison est équipée de filets depuis mars'), []);
  assert.deepEqual(dates('en mars, des tirs'), [{ month: '2025-03' }]);
});

test('"une semaine après l\'agression", "three days after shots were fired": the act that long before the date read before', () => {
  const dates = (text: string) => findDates(foldSameLength(text), '2025-05-14').map((d) => d.occurred);
  // 2025-05-14 is a Wednesday.
  assert.deepEqual(
    dates("Mercredi, trois jours après l'incendie de la voiture d'un surveillant, les agents ont bloqué la prison."),
    [{ date: '2025-05-14' }, { date: '2025-05-11' }],
  );
  assert.deepEqual(dates('On Wednesday, three days after shots were fired at the prison, guards staged a protest.'), [
    { date: '2025-05-14' },
    { date: '2025-05-11' },
  ]);
  // "une semaine plus tard" still counts forward from the act told before it.
  assert.deepEqual(dates('Le 2 mai, une voiture a brûlé. Une semaine plus tard, une autre a été incendiée.'), [
    { date: '2025-05-02' },
    { date: '2025-05-09' },
  ]);
});
