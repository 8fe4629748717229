// Groups compiled test files into batches that run in one process each (scripts/run-tests.mjs).
// A test process pays a fixed price before its first test: loading the compiled modules, compiling
// PGlite's WebAssembly, generating the OpenAPI contract, building zxcvbn's dictionaries. For an API
// test file that is a third of its CPU: five API files took 26.7 s of CPU one process each and 16.4 s
// in one (docs/benchmarks.md, "The test suites"). Node 20's runner has no in-process mode (Node 22's
// --experimental-test-isolation=none), so a batch is a small module importing its files in turn: each
// file's top-level tests join the process's root test and run one after another, as in its own process.
//
// A file shares a process only when nothing in it reaches beyond its own tests: files with hooks at the
// top level (they would wrap the other files' tests), that change process.env or globals, mock timers or
// methods, or exit the process run alone, as do the files the runner starts first (faults, real
// processes, Chromium). VIGIE_TEST_BATCH=0 runs every file alone.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

/** What makes a file run alone, read from its TypeScript source. */
const REACHES_OUT = [
  /^(before|after|beforeEach|afterEach)\(/m, // hooks of the root test: they would run around other files' tests
  /process\.env(\.\w+|\[[^\]]+\])\s*=[^=]/, // the environment the next files would inherit
  /delete process\.env/,
  /\bmock\.(timers|method|getter|setter)\b/, // a mocked clock or global
  /process\.exit\b/,
  /globalThis\.\w+\s*=[^=]/,
];

/** True when the source of a test file may share its process with others. */
export function canShareProcess(source) {
  const text = readFileSync(source, 'utf8');
  return !REACHES_OUT.some((pattern) => pattern.test(text));
}

/**
 * Splits `tests` ({ source, compiled, alone }) in their order into units: a file that runs alone is
 * its own unit; consecutive files that may share a process, from the same area, form batches of at
 * most `size`. Returns the units' paths to run (a compiled test file, or a batch module written into
 * `outdir`/batches).
 */
export function writeBatches(tests, { outdir, size }) {
  const dir = join(outdir, 'batches');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const units = [];
  let batch = [];
  // Files of one area (src/core, test/api...) are batched together: alike in what they load.
  const folderOf = (test) => relative(outdir, test.compiled).split(sep).slice(0, 2).join('/');
  const close = () => {
    if (batch.length === 1) units.push(batch[0].compiled);
    else if (batch.length > 1) {
      const path = join(dir, `${String(units.length).padStart(3, '0')}-${folderOf(batch[0]).replaceAll('/', '-')}.mjs`);
      writeFileSync(path, batchModule(batch.map((test) => test.compiled)));
      units.push(path);
    }
    batch = [];
  };
  for (const test of tests) {
    if (test.alone) {
      close();
      units.push(test.compiled);
      continue;
    }
    if (batch.length >= size || (batch.length > 0 && folderOf(batch[0]) !== folderOf(test))) close();
    batch.push(test);
  }
  close();
  return units;
}

/**
 * A module that imports the files in turn. A file that fails to load becomes a failing test named after
 * it (the files after it still run), so that no file is skipped in silence.
 */
function batchModule(files) {
  const imports = files.map((file) => `  ${JSON.stringify(pathToFileURL(file).href)},`).join('\n');
  return `// Written by scripts/test-batches.mjs: these test files run in this one process, in turn.
import { test } from 'node:test';
for (const file of [
${imports}
]) {
  try {
    await import(file);
  } catch (error) {
    test(\`\${file} loads\`, () => {
      throw error;
    });
  }
}
`;
}
