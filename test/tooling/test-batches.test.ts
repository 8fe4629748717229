// The test runner's batching (scripts/test-batches.mjs): which files may share a process, and how they
// are grouped. A wrong answer here would let one file's environment or hooks reach another's tests.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { processGroup, writeBatches } from '../../scripts/test-batches.mjs';

/** The folders `source` made, deleted when the file's tests end. */
const made: string[] = [];
after(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function source(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'vigie-batches-'));
  made.push(dir);
  const path = join(dir, 'x.test.ts');
  writeFileSync(path, text);
  return path;
}

test('a file with environment changes, mocks or exits runs alone; constant settings at the top make a group', () => {
  const plain = "import { test } from 'node:test';\ntest('a', () => {});\n";
  assert.equal(processGroup(source(plain)), '');
  // Root hooks belong to the file's suite in a batch (next test): they do not make it run alone.
  assert.equal(processGroup(source(`before(() => {});\n${plain}`)), '');
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

test("in a batch, each file's top-level hooks run around its own tests only, and a file that fails to load fails", () => {
  const outdir = mkdtempSync(join(tmpdir(), 'vigie-batches-run-'));
  const log = join(outdir, 'order.log');
  mkdirSync(join(outdir, 'test', 'x'), { recursive: true });
  const file = (name: string, body: string) => {
    const path = join(outdir, 'test', 'x', `${name}.test.mjs`);
    writeFileSync(path, body);
    return { compiled: path, group: '' };
  };
  const logged = (name: string) => `
import { appendFileSync } from 'node:fs';
import { after, before, beforeEach, test } from 'node:test';
const note = (what) => appendFileSync(${JSON.stringify(log)}, what + '\\n');
await new Promise((resolve) => setTimeout(resolve, 5)); // a top-level await does not leave the file's suite
before(() => note('${name} before'));
beforeEach(() => note('${name} each'));
after(() => note('${name} after'));
test('${name}1', () => note('${name}1'));
test('${name}2', () => note('${name}2'));
`;
  const units = writeBatches(
    [file('a', logged('a')), file('broken', 'throw new Error("cannot load");'), file('b', logged('b'))],
    { outdir, size: 6 },
  );
  assert.equal(units.length, 1);
  // The child is a runner of its own, not a file of this run (NODE_TEST_CONTEXT would make it one).
  const { NODE_TEST_CONTEXT: _, ...env } = process.env;
  const run = spawnSync(process.execPath, ['--test', '--test-reporter=tap', units[0]], { encoding: 'utf8', env });
  assert.deepEqual(readFileSync(log, 'utf8').trim().split('\n'), [
    'a before',
    'a each',
    'a1',
    'a each',
    'a2',
    'a after',
    'b before',
    'b each',
    'b1',
    'b each',
    'b2',
    'b after',
  ]);
  assert.notEqual(run.status, 0, 'the file that cannot load fails the batch');
  assert.match(run.stdout, /not ok \d+ - loads[\s\S]*cannot load/);
  assert.match(run.stdout, /# pass 4\b/);
  rmSync(outdir, { recursive: true, force: true });
});
