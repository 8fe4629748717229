#!/usr/bin/env node
// The test command of the README (`npm test`) and of CI's PostgreSQL suite (`npm run test:pg`).
// It builds the web app when its sources are newer than the build, compiles every *.test.ts file
// under src/ and test/ with what it imports (scripts/build-tests.mjs: a test process then loads a few
// compiled modules instead of ~300 TypeScript ones through tsx), and runs them with Node's own runner.
//   --pg   run the store-backed suites against PostgreSQL (VIGIE_TEST_DATABASE_URL, default the
//          local server); each test file gets a fresh database.
//          Only the files that open a test store run there (test/support/test-store.ts is what picks
//          the store): the others do the same work on either store and already ran in `npm test`;
//   --all  with --pg, run every file anyway.
//   --tsx  run the TypeScript sources through tsx instead of compiling them (slower; the way to
//          debug with the sources' own line numbers without VIGIE_TEST_SOURCE_MAPS=1).
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { ensureWebBuild } from './ensure-web-build.mjs';
import { buildCli, isCurrent } from './build-cli.mjs';
import { buildTests, sourcesOf, testBuildDir } from './build-tests.mjs';
import { prepareTestChromium } from './test-chromium.mjs';
import { processGroup, writeBatches } from './test-batches.mjs';
import { join, relative } from 'node:path';
import { availableParallelism, tmpdir } from 'node:os';

const root = join(import.meta.dirname, '..');
const pg = process.argv.includes('--pg');
const viaTsx = process.argv.includes('--tsx');
const all = process.argv.includes('--all');
const filters = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));

function findTests(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : findTests(path);
    return entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** Deletes the templates whose names match: folders, and databases of the PostgreSQL suite's server. */
async function removeRunTemplates(matches) {
  for (const name of readdirSync(templatesDir))
    if (matches(name)) rmSync(join(templatesDir, name), { recursive: true, force: true });
  if (!pg) return;
  const { default: postgres } = await import('pg');
  const client = new postgres.Client({ connectionString: env.VIGIE_TEST_DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query("SELECT datname FROM pg_database WHERE datname LIKE 'vigie\\_run\\_%'");
    for (const { datname } of rows)
      if (matches(datname)) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

let files = [...findTests(join(root, 'src')), ...findTests(join(root, 'test'))];
if (pg) files = files.filter((file) => !file.includes(`${join('test', 'browser')}`));
// Filters match the path inside the project, not the checkout's own folder name.
if (filters.length) files = files.filter((file) => filters.some((filter) => relative(root, file).includes(filter)));
if (files.length === 0) {
  console.error(`no test file matches ${filters.join(', ')}`);
  process.exit(2);
}
if (!pg && files.some((file) => file.includes(join('test', 'browser')))) ensureWebBuild();
// The tests that run bin/vigie.mjs run the compiled CLI: build it once here, not in each of them.
if (!isCurrent()) await buildCli();

const env = { ...process.env };
// The browser files drive Chromium's headless shell when it is installed, unpacked here once rather
// than by each test process (scripts/test-chromium.mjs says why).
if (!pg && files.some((file) => file.includes(join('test', 'browser'))))
  env.CHROMIUM_PATH = await prepareTestChromium();
// Test stores are copies of a 42 MB PGlite template (1,300 files), made and deleted by the hundred:
// on a memory file system that costs a fifth of the CPU it costs on a disk's (measured with
// cpSync/rmSync: 0.11 + 0.03 s against 0.60 + 0.14 s per store).
// PostgreSQL's 128 MB buffer cache is zeroed at every PGlite open, half of an open's CPU; the tests'
// stores are small (src/store/db.ts: pgliteStartParams).
env.VIGIE_PGLITE_SHARED_BUFFERS ??= '32MB';
if (!env.TMPDIR && existsSync('/dev/shm') && statSync('/dev/shm').isDirectory()) env.TMPDIR = '/dev/shm';
// Stores that take seconds to fill (the demo) are filled once per run into templates named with
// this prefix and copied by each test file (test/support/test-store.ts); they go when the run ends.
env.VIGIE_TEST_RUN_TEMPLATES = `vigie_run_${randomBytes(5).toString('hex')}_`;
const templatesDir = env.TMPDIR || tmpdir();
for (const name of readdirSync(templatesDir)) {
  const path = join(templatesDir, name);
  if (name.startsWith('vigie_run_') && Date.now() - statSync(path).mtimeMs > 6 * 3600_000)
    rmSync(path, { recursive: true, force: true });
}
if (pg) {
  env.VIGIE_TEST_STORE = 'postgres';
  env.VIGIE_TEST_DATABASE_URL ??= 'postgres://postgres@127.0.0.1:5432/postgres';
  // A request waits up to 5 s for a pool connection before answering 503 (src/store/db.ts), the right
  // choice for a server under overload. This suite runs beside `npm test` on the same cores, where a
  // connection can wait longer for CPU alone: its tests wait a minute instead (the 503 itself is tested by
  // test/faults/postgres-restart.test.ts, which sets its own 2 s).
  env.VIGIE_PG_CONNECT_TIMEOUT_MS ??= '60000';
  console.log(`# PostgreSQL suite against ${env.VIGIE_TEST_DATABASE_URL.replace(/:[^:@/]*@/, ':***@')}`);
}
// The longest files start first, so that the last minutes are not one long file running alone: the
// fault files and the real-process CLI file (they wait on killed processes and timeouts for minutes,
// using little CPU), the browser files (Chromium and a server each), the files that open a store, the rest.
const LONGEST = [join('test', 'faults'), join('test', 'cli', 'process.test'), join('test', 'api', 'webhooks')];
const weight = (file) =>
  LONGEST.some((part) => file.includes(part))
    ? 0
    : file.includes(join('test', 'browser'))
      ? 1
      : relative(root, file).startsWith('src')
        ? 3
        : 2;
files.sort((a, b) => weight(a) - weight(b));
const outdir = testBuildDir(pg ? 'postgres' : 'pglite');
let runnable = viaTsx ? files : await buildTests(files, { outdir });
/** The TypeScript source of each compiled file (buildTests keeps the order). */
const sourceOf = new Map(runnable.map((compiled, index) => [compiled, files[index]]));
if (!viaTsx) {
  // Worker threads and the tests' child scripts run compiled too (src/core/shared/worker-entry.ts,
  // test/support/child-processes.ts), not through tsx.
  env.VIGIE_WORKERS_DIR = join(outdir, 'workers');
  env.VIGIE_TEST_CHILDREN_DIR = join(outdir, 'children');
}
if (pg && !all && !viaTsx) {
  const opensStore = (compiled) => sourcesOf(compiled, outdir)?.includes('test/support/test-store.ts') ?? true;
  const storeBacked = runnable.filter(opensStore);
  console.log(
    `# ${storeBacked.length} of ${runnable.length} files open a test store; the other ${runnable.length - storeBacked.length} ` +
      'do the same work on either store and ran in `npm test` (--all runs them here too)',
  );
  runnable = storeBacked;
}
// Files that may share a process run in batches (scripts/test-batches.mjs says why and which);
// VIGIE_TEST_BATCH=0 runs each alone, or =N sets the batch size.
// Twelve, not six, since 2026-12-08: the whole `npm test` took 403-417 s of CPU against 422-424 s with six
// (alternated twice, docs/benchmarks.md, "The test suites", sixteenth pass).
const batchSize = env.VIGIE_TEST_BATCH === undefined ? 12 : Number(env.VIGIE_TEST_BATCH);
let units = runnable;
if (!viaTsx && batchSize > 1) {
  const tests = runnable.map((compiled) => ({
    compiled,
    group: weight(sourceOf.get(compiled)) === 0 ? null : processGroup(sourceOf.get(compiled)),
  }));
  units = writeBatches(tests, { outdir, size: batchSize });
}
console.log(
  `# ${runnable.length} test files` +
    (units.length < runnable.length ? `, in ${units.length} processes (batches of up to ${batchSize})` : ''),
);
// Compiled tests need no TypeScript loader (workers and child processes bring their own); their
// source maps are read only when asked, as reading them costs each process more than the tests.
const loader = viaTsx ? ['--import', 'tsx'] : env.VIGIE_TEST_SOURCE_MAPS === '1' ? ['--enable-source-maps'] : [];
// PGlite's 9 MB of WebAssembly is compiled by Liftoff alone: a test process is too short-lived to
// earn back TurboFan's optimising compile (a test file's CPU fell by about a quarter).
const v8 = ['--liftoff-only'];
// Test files spend much of their time waiting (a server's answer, Chromium, PostgreSQL, a timer):
// one more file than cores keeps the cores busy (VIGIE_TEST_CONCURRENCY overrides; docs/benchmarks.md).
const concurrency = Number(env.VIGIE_TEST_CONCURRENCY) || availableParallelism() + 1;
// Ten minutes a process; a batch holds several files.
const timeout = units.length < runnable.length ? 900_000 : 600_000;
const result = spawnSync(
  process.execPath,
  [...loader, ...v8, join(root, 'scripts', 'run-test-files.mjs'), String(concurrency), String(timeout), ...units],
  { cwd: root, env, stdio: 'inherit' },
);
await removeRunTemplates((name) => name.startsWith(env.VIGIE_TEST_RUN_TEMPLATES));
process.exit(result.status ?? 1);
