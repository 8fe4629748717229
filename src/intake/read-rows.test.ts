import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readRows, type RawRow } from './read-rows.ts';
import type { ImportFormat } from './import-format.ts';

async function collect(input: Parameters<typeof readRows>[0], format: ImportFormat): Promise<RawRow[]> {
  const rows: RawRow[] = [];
  for await (const row of readRows(input, format)) rows.push(row);
  return rows;
}

/** The text as bytes cut every `size` bytes, through multi-byte characters too. */
async function* inChunks(text: string | Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  for (let start = 0; start < bytes.length; start += size) yield bytes.slice(start, start + size);
}

/** `count` lines made by `line(n)`, 1,000 to a chunk; `produced.chunks` tells how far it was read. */
function lazyLines(count: number, line: (n: number) => string, produced: { chunks: number }) {
  return (async function* () {
    for (let first = 1; first <= count; first += 1000) {
      produced.chunks += 1;
      let chunk = '';
      for (let n = first; n < first + 1000 && n <= count; n++) chunk += `${line(n)}\n`;
      yield Buffer.from(chunk);
    }
  })();
}

const errorRows = (rows: RawRow[]) => rows.filter((row) => 'error' in row).map((row) => row.row);

test('numbers JSON array rows by element', async () => {
  const rows = await collect('[{"external_id":"a"}, {"external_id":"b"}]', 'json');
  assert.deepEqual(rows, [
    { row: 1, value: { external_id: 'a' } },
    { row: 2, value: { external_id: 'b' } },
  ]);
});

test('reads a JSON array cut into chunks anywhere, even inside a character', async () => {
  const text = '\uFEFF[{"d":"Toulon-La Farlède, \\"quartier\\" [B]"},\n {"n":[1,{"m":"]}"}]}, "é€😀"]';
  const expected = (JSON.parse(text.slice(1)) as unknown[]).map((value, index) => ({ row: index + 1, value }));
  for (const size of [1, 2, 3, 7, 64]) assert.deepEqual(await collect(inChunks(text, size), 'json'), expected);
});

test('reports a top-level JSON value that is not an array as row 0', async () => {
  const rows = await collect('{"external_id":"a"}', 'json');
  assert.equal(rows.length, 1);
  assert.equal(rows[0].row, 0);
  assert.match((rows[0] as { error: { message: string } }).error.message, /JSON array/);
});

test('reports a malformed JSON element and keeps reading', async () => {
  const rows = await collect('[{"a":1}, {a:2}, {"a":3}]', 'json');
  assert.deepEqual(errorRows(rows), [2]);
  assert.deepEqual(rows[2], { row: 3, value: { a: 3 } });
});

test('reports a truncated JSON array on the unfinished element', async () => {
  const rows = await collect('[{"a":1}, {"a":', 'json');
  assert.deepEqual(errorRows(rows), [2]);
});

test('refuses a JSON record nested deeper than 32 levels', async () => {
  const deep = `${'{"a":'.repeat(40)}1${'}'.repeat(40)}`;
  const fine = `${'{"a":'.repeat(31)}1${'}'.repeat(31)}`;
  const rows = await collect(`[${deep}, ${fine}]`, 'json');
  assert.deepEqual(errorRows(rows), [1]);
  assert.match((rows[0] as { error: { message: string } }).error.message, /32 levels/);
  assert.equal(rows[1].row, 2);
  assert.ok('value' in rows[1]);
});

test('numbers NDJSON rows by physical line, skipping blank lines', async () => {
  const rows = await collect('{"a":1}\r\n\n   \n{"a":2}\n', 'ndjson');
  assert.deepEqual(rows, [
    { row: 1, value: { a: 1 } },
    { row: 4, value: { a: 2 } },
  ]);
});

test('reports a malformed NDJSON line and keeps reading', async () => {
  const rows = await collect('{"a":1}\n{"a":\n{"a":3}', 'ndjson');
  assert.deepEqual(errorRows(rows), [2]);
  assert.deepEqual(rows[2], { row: 3, value: { a: 3 } });
});

test('refuses an NDJSON line nested deeper than 32 levels', async () => {
  const rows = await collect(`${'['.repeat(33)}${']'.repeat(33)}\n{"a":"[[[["}`, 'ndjson');
  assert.deepEqual(errorRows(rows), [1]);
  assert.deepEqual(rows[1], { row: 2, value: { a: '[[[[' } });
});

test('refuses invalid UTF-8 on its NDJSON line and reads the others', async () => {
  const bytes = Buffer.concat([
    Buffer.from('{"a":"é"}\n{"a":"'),
    Buffer.from([0xc3, 0x28]),
    Buffer.from('"}\n{"a":3}\n'),
  ]);
  for (const size of [1, 5, bytes.length]) {
    const rows = await collect(inChunks(bytes, size), 'ndjson');
    assert.deepEqual(errorRows(rows), [2]);
    assert.deepEqual(
      rows.filter((row) => 'value' in row),
      [
        { row: 1, value: { a: 'é' } },
        { row: 3, value: { a: 3 } },
      ],
    );
  }
});

test('refuses invalid UTF-8 in a JSON array and stops there', async () => {
  const bytes = Buffer.concat([Buffer.from('[{"a":1},\n{"a":"'), Buffer.from([0xff]), Buffer.from('"}]')]);
  const rows = await collect(inChunks(bytes, 8), 'json');
  assert.deepEqual(rows[0], { row: 1, value: { a: 1 } });
  assert.equal(rows.length, 2);
  assert.equal(rows[1].row, 2);
  assert.match((rows[1] as { error: { message: string } }).error.message, /UTF-8/);
});

test('refuses invalid UTF-8 in a CSV file at its row', async () => {
  const bytes = Buffer.concat([
    Buffer.from('external_id,description\nA,ok\nB,'),
    Buffer.from([0xe9]),
    Buffer.from('t\u00e9\nC,x\n'),
  ]);
  const rows = await collect(inChunks(bytes, 4), 'csv');
  assert.deepEqual(rows[0], { row: 1, value: { external_id: 'A', description: 'ok' } });
  assert.deepEqual(errorRows(rows), [2]);
  assert.equal(rows.length, 2);
});

test('refuses invalid UTF-8 inside a multi-line CSV cell without blaming an open quote', async () => {
  const bytes = Buffer.concat([
    Buffer.from('external_id,description\nA,ok\nB,"first line\n'),
    Buffer.from([0xff]),
    Buffer.from('"\n'),
  ]);
  const rows = await collect(inChunks(bytes, 64), 'csv');
  assert.deepEqual(
    rows.map((row) => row.row),
    [1, 2],
  );
  assert.match((rows[1] as { error: { message: string } }).error.message, /UTF-8/);
});

test('numbers CSV rows from 1 after the header', async () => {
  const rows = await collect('\uFEFFexternal_id,occurred.date\nA,2025-04-14\n\nB,2025-04-15\n', 'csv');
  assert.deepEqual(rows, [
    { row: 1, value: { external_id: 'A', occurred: { date: '2025-04-14' } } },
    { row: 3, value: { external_id: 'B', occurred: { date: '2025-04-15' } } },
  ]);
});

test('reads quoted CSV cells holding commas, quotes and line breaks', async () => {
  const rows = await collect(
    'external_id,description\r\nA,"un tir, puis ""feu""\r\nsur le parking"\r\nB,simple\r\n',
    'csv',
  );
  assert.deepEqual(rows, [
    { row: 1, value: { external_id: 'A', description: 'un tir, puis "feu"\nsur le parking' } },
    { row: 2, value: { external_id: 'B', description: 'simple' } },
  ]);
});

test('reports a CSV row with the wrong number of cells and keeps reading', async () => {
  const rows = await collect('external_id,facility\nA,Fresnes,extra\nB\nC,Fleury,,\n', 'csv');
  assert.deepEqual(errorRows(rows), [1, 2]);
  assert.deepEqual(rows[2], { row: 3, value: { external_id: 'C', facility: 'Fleury' } });
});

test('reports a CSV quote left open at the end of the file', async () => {
  const rows = await collect('external_id,description\nA,fine\nB,"never closed\n', 'csv');
  assert.deepEqual(errorRows(rows), [2]);
});

test('refuses a CSV header that names a column twice', async () => {
  const rows = await collect('external_id,external_id\nA,B\n', 'csv');
  assert.deepEqual(rows, [
    { row: 0, error: { path: 'external_id', message: 'the column "external_id" appears twice in the header' } },
  ]);
});

test('reads CSV cells with the mapping of the kind asked for', async () => {
  const rows: RawRow[] = [];
  for await (const row of readRows('drug,quantity.value,organisation\ncocaine,12.5,DZ Mafia\n', 'csv', {
    kind: 'seizure',
  }))
    rows.push(row);
  assert.deepEqual(rows, [
    { row: 1, value: { drug: 'cocaine', quantity: { value: '12.5' }, organisation: 'DZ Mafia' } },
  ]);
});

test('streams a 200,000-line NDJSON input without holding it', async () => {
  const produced = { chunks: 0 };
  const rows = readRows(
    lazyLines(200_000, (n) => `{"external_id":"e${n}"}`, produced),
    'ndjson',
  );
  assert.deepEqual((await rows.next()).value, { row: 1, value: { external_id: 'e1' } });
  assert.ok(produced.chunks <= 2, `read ${produced.chunks} chunks to give the first row`);
  let last: RawRow | undefined;
  let count = 1;
  for await (const row of rows) {
    last = row;
    count += 1;
  }
  assert.equal(count, 200_000);
  assert.deepEqual(last, { row: 200_000, value: { external_id: 'e200000' } });
});

test('streams a 200,000-row CSV input without holding it', async () => {
  const produced = { chunks: 0 };
  const lines = lazyLines(200_001, (n) => (n === 1 ? 'external_id,description' : `e${n - 1},"row ${n - 1}"`), produced);
  const rows = readRows(lines, 'csv');
  assert.deepEqual((await rows.next()).value, { row: 1, value: { external_id: 'e1', description: 'row 1' } });
  assert.ok(produced.chunks <= 2, `read ${produced.chunks} chunks to give the first row`);
  let count = 1;
  for await (const row of rows) {
    assert.equal(row.row, ++count);
  }
  assert.equal(count, 200_000);
});

test('streams a large JSON array element by element', async () => {
  const produced = { chunks: 0 };
  const lines = lazyLines(100_001, (n) => (n === 1 ? '[' : `{"n":${n - 1}}${n === 100_001 ? ']' : ','}`), produced);
  const rows = readRows(lines, 'json');
  assert.deepEqual((await rows.next()).value, { row: 1, value: { n: 1 } });
  assert.ok(produced.chunks <= 2, `read ${produced.chunks} chunks to give the first row`);
  let count = 1;
  for await (const row of rows) assert.deepEqual(row, { row: ++count, value: { n: count } });
  assert.equal(count, 100_000);
});
