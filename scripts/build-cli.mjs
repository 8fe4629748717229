#!/usr/bin/env node
// Compiles the CLI and the server (src/ -> dist/) with esbuild: one ES module per command and per
// shared part (code splitting), so `vigie` loads a few compiled files instead of ~270 TypeScript
// modules through tsx, and each command only what it runs. npm packages stay external (node_modules).
// Run by `npm install` / `npm ci` (prepare) and by bin/vigie.mjs when src/ is newer than the build.
import { existsSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = join(import.meta.dirname, '..');
export const DIST = join(root, 'dist');
export const STAMP = join(DIST, 'build-stamp.json');
// What the build is made of: a change to any of these makes it stale.
const SOURCES = [
  join(root, 'src'),
  join(root, 'scripts', 'ensure-web-build.mjs'),
  join(root, 'scripts', 'build-cli.mjs'),
];

// Kept out of the bundle: native addons, PGlite (its WebAssembly files sit beside it), pg (optional
// native bindings), and what only development or PDF printing needs.
export const EXTERNAL = [
  '@electric-sql/pglite',
  '@node-rs/argon2',
  'pg',
  'pg-native',
  // pdfkit finds its standard fonts through its own package imports (#standard-fonts/*), which
  // resolve only from its own folder: bundled, every PDF failed with "Cannot find module".
  'pdfkit',
  // @hono/zod-openapi adds .openapi() to zod's schemas when its module runs, and re-exports zod's z:
  // bundled, a module importing only z was bound to zod directly and could run before the extension
  // ("openapi is not a function"). As packages, the import runs the extension first, as in Node.
  '@hono/zod-openapi',
  '@asteasolutions/zod-to-openapi',
  'zod',
  'playwright-core',
  'esbuild',
  'tsx',
  'vite',
];

/** The newest modification time under `path` (test files excluded: they are not built). */
function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return path.endsWith('.test.ts') ? 0 : stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const name of readdirSync(path)) latest = Math.max(latest, newest(join(path, name)));
  return latest;
}

/** The sources' newest time; the build is current when its stamp records it. */
export function sourcesTime() {
  return Math.max(...SOURCES.filter(existsSync).map(newest));
}

/** Is dist/ built from the sources as they are now? */
export function isCurrent() {
  try {
    return existsSync(join(DIST, 'main.js')) && JSON.parse(readFileSync(STAMP, 'utf8')).sources >= sourcesTime();
  } catch {
    return false;
  }
}

/**
 * Builds dist/ from src/; returns the entry module's path. The build is written beside dist/ and
 * moved into place, so processes starting together never see half of one.
 */
export async function buildCli({ quiet = false } = {}) {
  const { build } = await import('esbuild');
  const started = Date.now();
  const time = sourcesTime();
  const building = `${DIST}.build-${process.pid}`;
  rmSync(building, { recursive: true, force: true });
  await build({
    entryPoints: {
      main: join(root, 'src', 'cli', 'main.ts'),
      // Worker threads, found beside the code that starts them (src/core/shared/worker-entry.ts).
      'monte-carlo.worker': join(root, 'src', 'analysis', 'waves', 'monte-carlo.worker.ts'),
      'extraction.worker': join(root, 'src', 'intake', 'extract', 'extraction.worker.ts'),
    },
    outdir: building,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // Pure-JavaScript packages are bundled too: kysely alone is ~1,000 files, zod ~230, and loading
    // each costs more than the code in it. Native, WebAssembly and tool packages stay in node_modules.
    external: EXTERNAL,
    chunkNames: '[name]-[hash]',
    sourcemap: 'linked',
    logLevel: 'warning',
    // CommonJS packages bundled into ES modules still call require() for Node's own modules.
    banner: {
      js: "import { createRequire as __vigieRequire } from 'node:module'; const require = __vigieRequire(import.meta.url);",
    },
  });
  writeFileSync(join(building, 'build-stamp.json'), JSON.stringify({ sources: time }));
  const retired = `${DIST}.old-${process.pid}`;
  try {
    renameSync(DIST, retired);
  } catch {
    /* no build yet */
  }
  try {
    renameSync(building, DIST);
  } catch {
    /* another process put its build in place first */
  }
  rmSync(building, { recursive: true, force: true });
  rmSync(retired, { recursive: true, force: true });
  if (!quiet) console.error(`vigie: compiled the CLI and the server into dist/ (${Date.now() - started} ms)`);
  return join(DIST, 'main.js');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await buildCli();
