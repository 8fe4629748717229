#!/usr/bin/env node
// Builds the web app (web/ -> web/dist) when it was never built or its sources are newer than the
// build. Used by `npm start` (prestart), `vigie serve`, `vigie demo` and the test runner, so a
// fresh clone needs nothing but `npm install && npm start`.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = join(import.meta.dirname, '..');

function newestMtime(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestMtime(join(path, name))), 0);
}

/** Returns true when it built. Sources: web/src, web/index.html, web/vite.config.ts. */
export function ensureWebBuild({ quiet = false } = {}) {
  const index = join(root, 'web', 'dist', 'index.html');
  const sources = ['src', 'index.html', 'vite.config.ts'].map((name) => join(root, 'web', name)).filter(existsSync);
  if (sources.length === 0) return false;
  if (existsSync(index) && statSync(index).mtimeMs >= Math.max(...sources.map(newestMtime))) return false;
  if (!existsSync(join(root, 'node_modules', 'vite'))) {
    console.error('vigie: the web app is not built and vite is not installed (run npm install); serving the API only');
    return false;
  }
  if (!quiet) console.error('vigie: building the web app (once, about 10 s)');
  execFileSync(
    process.execPath,
    [
      join(root, 'node_modules', 'vite', 'bin', 'vite.js'),
      'build',
      '--config',
      'web/vite.config.ts',
      '--logLevel',
      'warn',
    ],
    { cwd: root, stdio: 'inherit' },
  );
  return true;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) ensureWebBuild();
