import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findSignatures } from './signatures.ts';
import { foldSameLength } from './folded-text.ts';

// Sentences written for these tests.
const signatures = (text: string) =>
  findSignatures(text, foldSameLength(text), { start: 0, end: text.length }).map((s) => s.value);

test("single quotes, as English press writes them, hold tags and slogans ('ACAB', 'free them all')", () => {
  assert.deepEqual(signatures("Graffiti reading 'ACAB' and 'free them all' was sprayed on the gate overnight."), [
    { kind: 'tag', text: 'ACAB' },
    { kind: 'slogan', text: 'free them all' },
  ]);
});

test("an apostrophe is no quotation: the prisoners' wing, l'entrée", () => {
  assert.deepEqual(signatures("Tags were painted on the prisoners' wing and near the governor's office."), []);
  assert.deepEqual(signatures("Des inscriptions ont été peintes sur l'entrée et l'enceinte."), []);
});
