import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { stringify } from 'csv-stringify/sync';
import {
  INCIDENT_CSV_COLUMNS,
  csvRecordToInterchange,
  interchangeToCsvRecord,
  joinList,
  neutraliseFormula,
  restoreCell,
  splitList,
} from './csv-row.ts';
import { readRows } from './read-rows.ts';

// Seeded, so that a failure found on CI happens again on a workstation.
const SEED = 0x5eed;
const FORMULA = /^[=+\-@\t\r]/;
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
/** Text as people type it, with the characters CSV, lists and formulas give a meaning to. */
const cellText = fc.string({
  unit: fc.constantFrom(
    'a',
    'é',
    ' ',
    ',',
    ';',
    '\\',
    '"',
    "'",
    '=',
    '+',
    '-',
    '@',
    '\t',
    '\r',
    '\n',
    '1',
    '.',
    ':',
    '<',
    '€',
  ),
  maxLength: 24,
});
const anyText = fc.oneof(
  cellText,
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
);

test('a neutralised cell never starts a formula, and restoring it gives back the exact text', () => {
  fc.assert(
    fc.property(anyText, (text) => {
      const cell = neutraliseFormula(text);
      assert.ok(!FORMULA.test(cell) || NUMBER.test(cell), JSON.stringify(cell));
      assert.equal(restoreCell(cell), text);
    }),
    { seed: SEED, numRuns: 500 },
  );
});

test('a list cell splits back into its items, whatever separators and backslashes they hold', () => {
  const item = cellText.map((text) => text.trim()).filter((text) => text !== '');
  fc.assert(
    fc.property(fc.array(item, { maxLength: 6 }), (items) => {
      assert.deepEqual(splitList(joinList(items)), items);
    }),
    { seed: SEED, numRuns: 300 },
  );
});

test('any record of any cells becomes an object for the validator, without throwing', () => {
  const column = fc.oneof(
    fc.constantFrom(...INCIDENT_CSV_COLUMNS, 'organisation', 'organisation.kind', 'place', 'source'),
    fc.string({ maxLength: 12 }),
  );
  fc.assert(
    fc.property(
      fc.dictionary(column, anyText, { maxKeys: 12 }),
      fc.constantFrom('incident', 'seizure'),
      (record, kind) => {
        const value = csvRecordToInterchange(record, kind as 'incident' | 'seizure');
        assert.equal(typeof value, 'object');
      },
    ),
    { seed: SEED, numRuns: 300 },
  );
});

test('an incident written as a CSV row reads back as the same values, formulas and quotes included', async () => {
  const text = cellText.map((value) => value.trim()).filter((value) => value !== '' && !/[\r\n\t]/.test(value));
  const incident = fc.record({
    external_id: text,
    facility: text,
    description: text,
    damage: text,
    weapons: fc.array(text, { minLength: 1, maxLength: 3 }),
    occurred: fc.record({ night_of: fc.constant('2025-04-14') }),
    sources: fc.tuple(fc.record({ kind: fc.constant('press'), title: text })),
  });
  await fc.assert(
    fc.asyncProperty(fc.array(incident, { minLength: 1, maxLength: 4 }), async (incidents) => {
      const csv = stringify(incidents.map(interchangeToCsvRecord), {
        header: true,
        columns: [...INCIDENT_CSV_COLUMNS],
      });
      const rows = [];
      for await (const row of readRows(csv, 'csv')) rows.push(row);
      assert.deepEqual(
        rows.map((row) => ('value' in row ? row.value : row.error)),
        JSON.parse(JSON.stringify(incidents)),
      );
    }),
    { seed: SEED, numRuns: 80 },
  );
});

test('every exported cell that a spreadsheet would run is quoted with a leading apostrophe', () => {
  fc.assert(
    fc.property(
      fc.record({ description: anyText, damage: anyText, weapons: fc.array(anyText, { maxLength: 3 }) }),
      (value) => {
        for (const cell of Object.values(interchangeToCsvRecord(value)))
          assert.ok(!FORMULA.test(cell) || NUMBER.test(cell), JSON.stringify(cell));
      },
    ),
    { seed: SEED, numRuns: 300 },
  );
});
