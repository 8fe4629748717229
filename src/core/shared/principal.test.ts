import assert from 'node:assert/strict';
import { test } from 'node:test';
import { asMarking, MARKINGS } from './principal.ts';

test('a stored marking reads back as one of the five, and anything else is refused with what it was', () => {
  for (const marking of MARKINGS) assert.equal(asMarking(marking), marking);
  assert.throws(() => asMarking('amber'), /not one of CLEAR, GREEN, AMBER, AMBER\+STRICT, RED: "amber"/);
  assert.throws(() => asMarking('TLP:RED'), /"TLP:RED"/);
});
