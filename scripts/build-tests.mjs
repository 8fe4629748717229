#!/usr/bin/env node
// Compiles the test files (and everything they import from src/ and test/) into .test-build/ with
// esbuild, one ES module per test file plus shared chunks, so that each test process loads a few
// compiled files instead of ~300 TypeScript modules through tsx's loader: that loading was most of
// the CPU of a short test file. The compiled files behave as if they were where their sources are:
// `import.meta.url`, `dirname` and `filename` are replaced by the source file's own, so fixtures,
// migrations, worker entries and child scripts are found as before (and those still run through tsx).
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { EXTERNAL as CLI_EXTERNAL } from './build-cli.mjs';

const root = join(import.meta.dirname, '..');
/**
 * Where a run's compiled files go: one folder per store, so that `npm test` and `npm run test:pg` can
 * run at the same time (CI does) without one deleting the other's build.
 */
export const testBuildDir = (store = 'pglite') => join(root, '.test-build', store);

// Kept out of the bundles: what the CLI's build keeps out (native addons, PGlite, pdfkit, zod and its
// OpenAPI extension; build-cli.mjs says why), and the tools the tests drive.
// @sparticuz/chromium finds its packed browser beside its own module.
const EXTERNAL = [...CLI_EXTERNAL, '@biomejs/biome', 'typescript', '@sparticuz/chromium'];

/** Rewrites `import.meta.*` of a source file to its own location before esbuild bundles it. */
const sourceLocation = {
  name: 'source-location',
  setup(build) {
    // The scripts' own .mjs modules too (scripts/ensure-web-build.mjs, scripts/test-chromium.mjs find the
    // project's root from their location).
    build.onLoad({ filter: /\.(ts|mts|mjs)$/ }, (args) => {
      if (args.path.includes('node_modules')) return undefined;
      const text = readFileSync(args.path, 'utf8');
      const loader = args.path.endsWith('.mjs') ? 'js' : 'ts';
      if (!text.includes('import.meta')) return { contents: text, loader };
      const contents = text
        .replaceAll('import.meta.dirname', JSON.stringify(dirname(args.path)))
        .replaceAll('import.meta.filename', JSON.stringify(args.path))
        .replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href));
      return { contents, loader };
    });
  },
};

/**
 * Compiled beside the test files: worker threads (found through VIGIE_WORKERS_DIR, see
 * src/core/shared/worker-entry.ts) and the scripts tests run in child processes (`compiledChild`).
 */
const COMPILED_EXTRAS = {
  'workers/extraction.worker': 'src/intake/extract/extraction.worker.ts',
  'workers/monte-carlo.worker': 'src/analysis/waves/monte-carlo.worker.ts',
  'children/serve-child': 'test/support/serve-child.ts',
  'children/work-crash-child': 'test/support/work-crash-child.ts',
};

/** Each compiled test file's sources, with those of the chunks it loads (`sourcesOf` reads it). */
const SOURCES_FILE = 'sources.json';

/** Maps each compiled entry (relative to the project) to every source file it runs, through its chunks. */
function sourcesOfEntries(metafile) {
  const outputs = metafile.outputs;
  const collect = (output, seen) => {
    if (seen.has(output) || !outputs[output]) return;
    seen.add(output);
    for (const imported of outputs[output].imports) if (!imported.external) collect(imported.path, seen);
  };
  const entries = {};
  for (const [output, meta] of Object.entries(outputs)) {
    if (!meta.entryPoint) continue;
    const seen = new Set();
    collect(output, seen);
    entries[join(root, output)] = [...new Set([...seen].flatMap((file) => Object.keys(outputs[file].inputs)))].sort();
  }
  return entries;
}

/**
 * The source files (relative to the project, as esbuild names them) that a compiled test file of the
 * last build runs, chunks included; undefined for a file that build did not make.
 */
export function sourcesOf(compiled, outdir = testBuildDir()) {
  const path = join(outdir, SOURCES_FILE);
  if (!existsSync(path)) return undefined;
  sourcesRead[path] ??= JSON.parse(readFileSync(path, 'utf8'));
  return sourcesRead[path][compiled];
}
const sourcesRead = {};

/**
 * Builds the given test files (absolute paths) into `outdir` (.test-build/pglite by default), keeping
 * their paths under the project; returns the compiled path of each, in the same order.
 */
export async function buildTests(files, { quiet = false, outdir = testBuildDir() } = {}) {
  const { build } = await import('esbuild');
  const started = Date.now();
  rmSync(outdir, { recursive: true, force: true });
  const { metafile } = await build({
    entryPoints: [
      ...files,
      // Worker threads and the child scripts tests spawn, compiled too: from their sources each one
      // registered tsx and compiled its modules again (a worker ~1-2 s of CPU, a server child more).
      ...Object.entries(COMPILED_EXTRAS).map(([out, source]) => ({ in: join(root, source), out })),
    ],
    metafile: true,
    absWorkingDir: root,
    outbase: root,
    outdir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external: EXTERNAL,
    chunkNames: 'chunks/[name]-[hash]',
    sourcemap: 'linked',
    logLevel: 'warning',
    plugins: [sourceLocation],
    banner: {
      js: "import { createRequire as __vigieRequire } from 'node:module'; const require = __vigieRequire(import.meta.url);",
    },
  });
  writeFileSync(join(outdir, 'package.json'), '{ "type": "module" }\n');
  writeFileSync(join(outdir, SOURCES_FILE), JSON.stringify(sourcesOfEntries(metafile)));
  if (!quiet)
    console.log(`# compiled ${files.length} test files into ${relative(root, outdir)}/ (${Date.now() - started} ms)`);
  return files.map((file) => join(outdir, relative(root, file).replace(/\.ts$/, '.mjs')));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const files = process.argv.slice(2).map((file) => join(process.cwd(), file));
  for (const out of await buildTests(files)) console.log(existsSync(out) ? out : `missing ${out}`);
}
