// Groups compiled test files into batches that run in one process each (scripts/run-tests.mjs).
// A test process pays a fixed price before its first test: loading the compiled modules, compiling
// PGlite's WebAssembly, generating the OpenAPI contract, building zxcvbn's dictionaries. For an API
// test file that is a third of its CPU: five API files took 26.7 s of CPU one process each and 16.4 s
// in one (docs/benchmarks.md, "The test suites"). Node 20's runner has no in-process mode (Node 22's
// --experimental-test-isolation=none), so a batch is a small module importing its files in turn, each
// inside a `describe` named after the file: a file's top-level tests and hooks (`before`, `after`...)
// are evaluated in that suite's scope and belong to it, so they run around that file's tests only, as
// in its own process (test/tooling/test-batches.test.ts checks it).
//
// A file shares a process only when nothing in it reaches beyond its own tests: files that change
// process.env or globals, mock timers or methods, or exit the process run alone, as do the files the
// runner starts first (faults, real processes). Files that only set the same environment constants at
// their top share a process with each other. VIGIE_TEST_BATCH=0 runs every file alone.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

/** What makes a file run alone, read from its TypeScript source. */
const REACHES_OUT = [
  /process\.env(\.\w+|\[[^\]]+\])\s*=[^=]/, // the environment the next files would inherit
  /delete process\.env/,
  /\bmock\.(timers|method|getter|setter)\b/, // a mocked clock or global
  /process\.exit\b/,
  /globalThis\.\w+\s*=[^=]/,
];
/** A setting of the environment at the top of a file, to a constant: `process.env.X = '...';` */
const TOP_LEVEL_SETTING = /^process\.env\.\w+ = '[^'\n]*';$/gm;

/**
 * Which files `source` may share a process with: null when it must run alone; else a key, equal for
 * files that may run together. Files whose only reach beyond their tests is the same constant settings
 * of the environment at their top (`process.env.VIGIE_FETCH_ALLOW = '127.0.0.1/32';`) share a key.
 */
export function processGroup(source) {
  const text = readFileSync(source, 'utf8');
  const settings = [...text.matchAll(TOP_LEVEL_SETTING)].map((match) => match[0]);
  const rest = settings.reduce((remaining, setting) => remaining.replace(setting, ''), text);
  if (REACHES_OUT.some((pattern) => pattern.test(rest))) return null;
  return [...new Set(settings)].sort().join('\n');
}

/**
 * Splits `tests` ({ compiled, group }: group null to run alone) into units: a file that runs alone is
 * its own unit; files of one group and one area (src/core, test/api...: alike in what they load) form
 * batches of at most `size`, in the order they came. Files with environment settings are batched
 * across areas, with files of the same settings only. Returns each unit's path (a compiled test file,
 * or a batch module written into `outdir`/batches).
 */
export function writeBatches(tests, { outdir, size }) {
  const dir = join(outdir, 'batches');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const areaOf = (test) => relative(outdir, test.compiled).split(sep).slice(0, 2).join('-');
  const keyOf = (test) => (test.group === '' ? areaOf(test) : `settings:${test.group}`);
  const buckets = new Map();
  for (const test of tests) {
    if (test.group === null) continue;
    if (!buckets.has(keyOf(test))) buckets.set(keyOf(test), []);
    buckets.get(keyOf(test)).push(test);
  }
  // Each batch takes the place of its first file in the order given (the runner starts the longest first).
  const batchOf = new Map();
  // Batches of one bucket are as even as `size` allows (14 files by 6: 5, 5, 4, not 6, 6, 2), so that no
  // batch runs much longer than its neighbours.
  for (const [key, members] of buckets) {
    const per = Math.ceil(members.length / Math.ceil(members.length / size));
    for (let start = 0; start < members.length; start += per) {
      const batch = { key, members: members.slice(start, start + per) };
      for (const test of batch.members) batchOf.set(test, batch);
    }
  }
  const units = [];
  for (const test of tests) {
    const batch = batchOf.get(test);
    if (!batch || batch.members.length === 1) units.push(test.compiled);
    else if (batch.members[0] === test) {
      const name = batch.key.startsWith('settings:') ? `settings-${areaOf(test)}` : batch.key;
      const path = join(dir, `${String(units.length).padStart(3, '0')}-${name}.mjs`);
      writeFileSync(
        path,
        batchModule(
          batch.members.map((member) => member.compiled),
          outdir,
        ),
      );
      units.push(path);
    }
  }
  return units;
}

/**
 * A module that imports the files in turn, each inside a suite named after it (its hooks are that
 * suite's). A file that fails to load becomes a failing test of its suite (the files after it still
 * run), so that no file is skipped in silence.
 */
function batchModule(files, outdir) {
  const entries = files
    .map(
      (file) =>
        `  [${JSON.stringify(relative(outdir, file).split(sep).join('/'))}, ${JSON.stringify(pathToFileURL(file).href)}],`,
    )
    .join('\n');
  return `// Written by scripts/test-batches.mjs: these test files run in this one process, in turn.
import { describe, test } from 'node:test';
for (const [name, file] of [
${entries}
]) {
  describe(name, async () => {
    try {
      await import(file);
    } catch (error) {
      test('loads', () => {
        throw error;
      });
    }
  });
}
`;
}
