import { test } from 'node:test';
import assert from 'node:assert/strict';
import { departmentCodeAt } from './department-outlines.ts';

test('finds the department of a point from the outlines, and none at sea', () => {
  assert.equal(departmentCodeAt(48.6921, 6.1844), '54'); // Nancy
  assert.equal(departmentCodeAt(45.6136, 5.1494), '38'); // Villefontaine
  assert.equal(departmentCodeAt(43.3417, 5.4306), '13'); // Marseille
  assert.equal(departmentCodeAt(48.8566, 2.3522), '75'); // Paris
  assert.equal(departmentCodeAt(45.0, -3.0), undefined); // Bay of Biscay
});
