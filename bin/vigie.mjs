#!/usr/bin/env node
// Runs the CLI compiled into dist/ (scripts/build-cli.mjs, made by `npm install` and again here when
// src/ is newer): a command starts in a fraction of the time tsx takes to load the TypeScript. Without
// esbuild, or with VIGIE_TSX=1, it runs the sources through tsx as before.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = join(import.meta.dirname, '..');

async function compiledEntry() {
  if (process.env.VIGIE_TSX === '1' || !existsSync(join(root, 'scripts', 'build-cli.mjs'))) return undefined;
  const { DIST, buildCli, isCurrent } = await import('../scripts/build-cli.mjs');
  try {
    return isCurrent() ? join(DIST, 'main.js') : await buildCli();
  } catch (error) {
    console.error(`vigie: cannot compile the CLI (${error.message.split('\n')[0]}); running the sources through tsx`);
    return undefined;
  }
}

const entry = await compiledEntry();
let main;
if (entry) {
  ({ main } = await import(pathToFileURL(entry).href));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/cli/main.ts'));
}
const code = await main(process.argv);
// Exit as soon as the command is done: its store is closed, and a timer or socket left behind by a
// library must not keep the process up (it idled 0.2-0.4 s after close).
process.exit(code);
