import { test } from 'node:test';
import assert from 'node:assert/strict';
import { corroborate, gradeFromRegister, outletKey, SourceRegister } from './source-register.ts';
import type { SourceInput } from '../shared/common.schema.ts';

const register = new SourceRegister([
  { name: 'Le Monde', aliases: ['lemonde.fr'], kind: 'press', category: 'national', reliability: 'B', credibility: 3 },
  {
    name: 'Var-Matin',
    aliases: ['varmatin.com'],
    kind: 'press',
    category: 'regional',
    reliability: 'C',
    credibility: 3,
  },
  { name: 'UFAP-UNSa Justice', aliases: ['ufap'], kind: 'other', category: 'union', reliability: 'C', credibility: 3 },
]);

test('finds an outlet by its name with case, accents and punctuation folded, by an alias, or by an address on its domain', () => {
  assert.equal(outletKey('Var-Matin'), 'var matin');
  assert.equal(register.find('VAR MATIN')?.name, 'Var-Matin');
  assert.equal(register.find('ufap')?.name, 'UFAP-UNSa Justice');
  assert.equal(register.find(undefined, 'https://www.lemonde.fr/societe/article.html')?.name, 'Le Monde');
  assert.equal(register.find(undefined, 'https://abonnes.lemonde.fr/x')?.name, 'Le Monde', 'a subdomain');
  assert.equal(register.find(undefined, 'https://notlemonde.fr/x'), undefined, 'not a suffix of another name');
  assert.equal(register.find('Feuille de chou'), undefined);
});

test("grades only the sources without a reliability, with the register's outlet name and kind", () => {
  const graded = gradeFromRegister(
    { sources: [{ outlet: 'ufap' }, { outlet: 'Le Monde', reliability: 'A', credibility: 1 }, { title: 'x' }] },
    register,
  ) as { sources: unknown[] };
  assert.deepEqual(graded.sources, [
    { outlet: 'UFAP-UNSa Justice', kind: 'other', reliability: 'C', credibility: 3, graded_by: 'register' },
    { outlet: 'Le Monde', reliability: 'A', credibility: 1 },
    { title: 'x' },
  ]);
});

const source = (
  outlet: string | undefined,
  reliability: SourceInput['reliability'],
  credibility: number,
  url?: string,
): SourceInput => ({ kind: 'press', ...(outlet ? { outlet } : {}), ...(url ? { url } : {}), reliability, credibility });

test('corroboration counts independent outlets graded A-D: two bring credibility to 2, three to 1, never lower it, and a recount starts again', () => {
  assert.deepEqual(
    corroborate([source('Var-Matin', 'C', 3)]).map((s) => s.credibility),
    [3],
  );
  const two = corroborate([source('Var-Matin', 'C', 3), source('le monde', 'B', 4), source('Le Monde', 'B', 3)]);
  assert.deepEqual(
    two.map((s) => [s.credibility, s.reported_credibility, s.corroborating_outlets]),
    [
      [2, 3, 2],
      [2, 4, 2],
      [2, 3, 2],
    ],
  );
  assert.deepEqual(
    corroborate([source('Var-Matin', 'C', 3), source('Inconnu', 'F', 6), source('Rumeur', 'E', 5)]).map(
      (s) => s.credibility,
    ),
    [3, 6, 5],
    'E and F do not corroborate',
  );
  const three = corroborate([...two, source(undefined, 'B', 3, 'https://www.afp.com/x')]);
  assert.deepEqual(
    three.map((s) => s.credibility),
    [1, 1, 1, 1],
  );
  assert.deepEqual(
    corroborate([source('Var-Matin', 'C', 1), source('Le Monde', 'B', 3)]).map((s) => s.credibility),
    [1, 2],
    'never lowered',
  );
  assert.deepEqual(
    corroborate(three.slice(0, 1)),
    [source('Var-Matin', 'C', 3)],
    'alone again: its own credibility, no trace of the count',
  );
});
