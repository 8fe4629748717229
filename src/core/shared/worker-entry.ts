/**
 * Where a worker thread's code is. A worker does not inherit its parent's TypeScript loader, so each
 * worker has three forms: compiled beside the code that starts it (dist/, what `vigie` and `npm start`
 * run: scripts/build-cli.mjs), compiled into the folder named by VIGIE_WORKERS_DIR (the test runner's
 * build, scripts/build-tests.mjs), or its TypeScript source loaded through tsx by a small `.mjs` entry
 * (development). The compiled forms start in a fraction of the time: tsx compiles every module the
 * worker imports before its first task.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * The URL a Worker should load for worker `name` (e.g. `extraction.worker`): `here` is the starting
 * module's `import.meta.url`, `sourceEntry` the tsx entry used when no compiled form exists.
 */
export function workerEntry(name: string, here: string | URL, sourceEntry: URL): URL {
  const beside = new URL(`./${name}.js`, here);
  if (existsSync(beside)) return beside;
  const dir = process.env.VIGIE_WORKERS_DIR;
  if (dir && existsSync(join(dir, `${name}.mjs`))) return pathToFileURL(join(dir, `${name}.mjs`));
  return sourceEntry;
}
