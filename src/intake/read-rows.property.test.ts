import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { detectImportFormat, type ImportFormat } from './import-format.ts';
import { MAX_JSON_DEPTH, readRows, type RawRow } from './read-rows.ts';

const SEED = 0x5eed;

async function rowsOf(input: string | Uint8Array[], format: ImportFormat): Promise<RawRow[]> {
  const source =
    typeof input === 'string'
      ? input
      : (async function* () {
          yield* input;
        })();
  const rows: RawRow[] = [];
  for await (const row of readRows(source, format)) rows.push(row);
  return rows;
}

/** Bytes that are often not UTF-8, cut into chunks at arbitrary places (a multi-byte character may straddle two). */
const chunkedBytes = fc.array(fc.uint8Array({ maxLength: 40 }), { maxLength: 5 });
/** Text rich in what the readers give a meaning to. */
const syntaxText = fc.string({
  unit: fc.constantFrom('[', ']', '{', '}', '"', '\\', ',', ':', '\n', '\r', ' ', 'a', '1', 'é', '\uFEFF', ';'),
  maxLength: 60,
});

function assertWellFormed(rows: RawRow[]): void {
  for (const row of rows) {
    assert.ok(Number.isInteger(row.row) && row.row >= 0, JSON.stringify(row));
    if ('error' in row) assert.equal(typeof row.error.message, 'string');
  }
}

test('any bytes or text, in any chunks, read as rows or error rows in every format, never as a crash', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.oneof(chunkedBytes, syntaxText),
      fc.constantFrom<ImportFormat>('json', 'ndjson', 'csv'),
      async (input, format) => {
        assertWellFormed(await rowsOf(input, format));
      },
    ),
    { seed: SEED, numRuns: 300 },
  );
});

test('a JSON array of records reads back element by element, unchanged, whatever the chunking', async () => {
  const record = fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 4 }), { maxKeys: 5 });
  await fc.assert(
    fc.asyncProperty(fc.array(record, { maxLength: 6 }), fc.integer({ min: 1, max: 17 }), async (records, size) => {
      const bytes = new TextEncoder().encode(JSON.stringify(records, null, size % 3));
      const chunks: Uint8Array[] = [];
      for (let start = 0; start < bytes.length; start += size) chunks.push(bytes.slice(start, start + size));
      const rows = await rowsOf(chunks, 'json');
      assert.deepEqual(
        rows,
        records.map((value, index) => ({ row: index + 1, value: JSON.parse(JSON.stringify(value)) })),
      );
    }),
    { seed: SEED, numRuns: 150 },
  );
});

test('NDJSON reads line n as row n, with blank lines skipped but counted', async () => {
  const line = fc.option(fc.dictionary(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 4 }), {
    nil: undefined,
  });
  await fc.assert(
    fc.asyncProperty(fc.array(line, { maxLength: 8 }), async (lines) => {
      const text = lines.map((value) => (value === undefined ? '' : JSON.stringify(value))).join('\r\n');
      const rows = await rowsOf(text, 'ndjson');
      const expected = lines.flatMap((value, index) =>
        value === undefined ? [] : [{ row: index + 1, value: JSON.parse(JSON.stringify(value)) }],
      );
      assert.deepEqual(rows, expected);
    }),
    { seed: SEED, numRuns: 150 },
  );
});

test('nesting deeper than the limit is an error row, not a stack overflow, even 10,000 levels deep', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.integer({ min: MAX_JSON_DEPTH + 1, max: 10_000 }),
      fc.constantFrom<ImportFormat>('json', 'ndjson'),
      async (depth, format) => {
        const deep = `${'['.repeat(depth)}${']'.repeat(depth)}`;
        const rows = await rowsOf(format === 'json' ? `[${deep}]` : deep, format);
        assert.equal(rows.length, 1);
        assert.ok('error' in rows[0] && /levels deep/.test(rows[0].error.message), JSON.stringify(rows[0]));
      },
    ),
    { seed: SEED, numRuns: 20 },
  );
});

test('the format is guessed from any name, type and first bytes without throwing', () => {
  fc.assert(
    fc.property(
      fc.option(fc.string()),
      fc.option(fc.string()),
      fc.option(fc.oneof(fc.string(), fc.uint8Array())),
      (fileName, contentType, firstBytes) => {
        const format = detectImportFormat({
          fileName: fileName ?? undefined,
          contentType: contentType ?? undefined,
          firstBytes: firstBytes ?? undefined,
        });
        assert.ok(format === undefined || ['json', 'ndjson', 'csv'].includes(format));
      },
    ),
    { seed: SEED, numRuns: 300 },
  );
});
