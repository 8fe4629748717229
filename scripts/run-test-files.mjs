// Runs test files in the order given, with Node's own runner (`node --test` sorts its files by path,
// which would start the longest files last): node scripts/run-test-files.mjs CONCURRENCY TIMEOUT_MS FILE...
// The runner passes its own flags (--liftoff-only) on to each file's process.
import { run } from 'node:test';
import { spec, tap } from 'node:test/reporters';

const [concurrency, timeout, ...files] = process.argv.slice(2);
let failed = false;
const stream = run({ files, concurrency: Number(concurrency), timeout: Number(timeout) });
stream.on('test:fail', (event) => {
  if (!event.todo && !event.details?.todo) failed = true;
});
stream.compose(process.stdout.isTTY ? new spec() : tap).pipe(process.stdout);
process.on('exit', () => {
  if (failed) process.exitCode = 1;
});
