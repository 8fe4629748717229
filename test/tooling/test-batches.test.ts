// The test runner's batching (scripts/test-batches.mjs): which files may share a process, and how they
// are grouped. A wrong answer here would let one file's environment or hooks reach another's tests.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { processGroup, writeBatches } from '../../scripts/test-batches.mjs';

function source(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'vigie-batches-'));
  const path = join(dir, 'x.test.ts');
  writeFileSync(path, text);
  return path;
}

test('a file with root hooks, environment changes, mocks or exits runs alone; constant settings at the top make a group', () => {
  const plain = "import { test } from 'node:test';\ntest('a', () => {});\n";
  assert.equal(processGroup(source(plain)), '');
  assert.equal(processGroup(source(`before(() => {});\n${plain}`)), null);
  assert.equal(processGroup(source(`${plain}test('b', () => { process.env.X = '1'; });\n`)), null);
  assert.equal(processGroup(source(`${plain}delete process.env.X;\n`)), null);
  assert.equal(processGroup(source(`${plain}t.mock.timers.enable();\n`)), null);
  assert.equal(processGroup(source(`${plain}process.exit(0);\n`)), null);
  const allow = "process.env.VIGIE_FETCH_ALLOW = '127.0.0.1/32';";
  assert.equal(processGroup(source(`${allow}\n${plain}`)), allow);
  // Inside a describe, a hook is the describe's: the file may share.
  assert.equal(processGroup(source("describe('d', () => {\n  before(() => {});\n});\n")), '');
});

test('batches keep to one area or one set of settings, at most `size`, each where its first file stood', () => {
  const outdir = mkdtempSync(join(tmpdir(), 'vigie-batches-out-'));
  const at = (path: string, group: string | null) => ({ compiled: join(outdir, path), group });
  const units = writeBatches(
    [
      at('test/faults/kill.test.mjs', null),
      at('test/api/a.test.mjs', ''),
      at('test/api/b.test.mjs', ''),
      at('test/cli/c.test.mjs', 'ENV'),
      at('test/api/d.test.mjs', ''),
      at('test/stix/e.test.mjs', 'ENV'),
      at('src/core/f.test.mjs', ''),
    ],
    { outdir, size: 2 },
  );
  const short = (unit: string) => unit.slice(outdir.length + 1);
  assert.deepEqual(units.map(short), [
    'test/faults/kill.test.mjs',
    'batches/001-test-api.mjs',
    'batches/002-settings-test-cli.mjs',
    'test/api/d.test.mjs',
    'src/core/f.test.mjs',
  ]);
  const imported = (unit: string) =>
    [...readFileSync(unit, 'utf8').matchAll(/"file:\/\/[^"]*\/([^/"]+)"/g)].map((m) => m[1]);
  assert.deepEqual(imported(units[1]), ['a.test.mjs', 'b.test.mjs']);
  assert.deepEqual(imported(units[2]), ['c.test.mjs', 'e.test.mjs']);
  rmSync(outdir, { recursive: true, force: true });
});
