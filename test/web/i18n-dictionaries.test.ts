import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fr } from '../../web/src/i18n/fr.ts';
import { en } from '../../web/src/i18n/en.ts';

const DIR = join(import.meta.dirname, '..', '..', 'web', 'src', 'i18n');
const KEY_LINE = /^\s*'([^']+)':\s/gm;

/** Every key written in the dictionary files of a language, with the files that define it. */
function definitions(lang: 'fr' | 'en'): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const file of readdirSync(DIR).filter(
    (name) => name === `${lang}.ts` || (name.startsWith(`${lang}-`) && name.endsWith('.ts')),
  )) {
    for (const [, key] of readFileSync(join(DIR, file), 'utf8').matchAll(KEY_LINE))
      found.set(key, [...(found.get(key) ?? []), file]);
  }
  return found;
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

for (const lang of ['fr', 'en'] as const) {
  test(`one key, one meaning: no ${lang} key is defined twice (a later spread would silently replace the first text)`, () => {
    const twice = [...definitions(lang)]
      .filter(([, files]) => files.length > 1)
      .map(([key, files]) => `${key} in ${files.join(' and ')}`);
    assert.deepEqual(twice, []);
  });
}

test('French and English define the same keys, each with a text and the same placeholders', () => {
  const frKeys = Object.keys(fr).sort();
  const enKeys = Object.keys(en).sort();
  assert.deepEqual(
    frKeys.filter((key) => !(key in en)),
    [],
    'keys missing in English',
  );
  assert.deepEqual(
    enKeys.filter((key) => !(key in fr)),
    [],
    'keys missing in French',
  );
  const frTexts = fr as Record<string, string>;
  const enTexts = en as Record<string, string>;
  for (const key of frKeys) {
    assert.ok(frTexts[key].trim() && enTexts[key].trim(), `${key} has a text in both languages`);
    assert.deepEqual(
      placeholders(enTexts[key]),
      placeholders(frTexts[key]),
      `${key}: the same {placeholders} in both languages`,
    );
  }
});

test('every dictionary file of one language has its twin in the other, key for key', () => {
  const fr = definitions('fr');
  const en = definitions('en');
  const twin = (file: string) => file.replace(/^fr/, 'en');
  const misplaced = [...fr]
    .filter(([key, files]) => !(en.get(key) ?? []).includes(twin(files[0])))
    .map(([key, files]) => `${key} (${files[0]})`);
  assert.deepEqual(misplaced, []);
});
