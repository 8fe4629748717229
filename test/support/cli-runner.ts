// The CLI in tests. `run` is the CLI, so tests call it in process: on a context the test file shares
// (`vigieOn`), or opening the store as the command would (`runVigie`). `runVigieProcess` is the real
// process, for what only a process shows: exit codes, signals, bin/vigie.mjs.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import type { VigieContext } from '../../src/context.ts';
import { borrow, type RunOptions } from '../../src/cli/invocation.ts';
import { run } from '../../src/cli/main.ts';
import { CHILD_NODE_FLAGS } from './child-processes.ts';
import type { TestStore } from './test-store.ts';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'vigie.mjs');

/** A stream that keeps what is written to it. */
function collector(): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (chunk) => {
    text += chunk;
  });
  return { stream, text: () => text };
}

/** `vigie <args>` in process; `input` is its standard input (empty unless given). Never throws. */
export async function runCli(
  args: string[],
  options: Omit<RunOptions, 'stdout' | 'stderr' | 'stdin'> & { input?: string } = {},
): Promise<CliResult> {
  const stdout = collector(),
    stderr = collector();
  const { input, ...rest } = options;
  const code = await run([process.execPath, 'vigie', ...args], {
    ...rest,
    stdout: stdout.stream,
    stderr: stderr.stream,
    stdin: Readable.from(input ? [input] : []),
  });
  // Let the collectors take the last chunks written.
  await new Promise<void>((resolve) => setImmediate(resolve));
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

/** The environment that points the CLI at a test store. */
export function storeEnv(store: Pick<TestStore, 'dataDir' | 'databaseUrl'>): NodeJS.ProcessEnv {
  return { ...process.env, VIGIE_DATA_DIR: store.dataDir, DATABASE_URL: store.databaseUrl ?? '' };
}

/**
 * `vigie` on an open context shared by a test file: each call is one invocation that borrows it
 * (nothing opened, nothing closed). `input` feeds standard input.
 */
export function vigieOn(context: VigieContext & { storeConfig?: TestStore }) {
  const open = borrow(context);
  // The environment as it is at each call (a test may set a variable between two commands).
  const env = () => (context.storeConfig ? storeEnv(context.storeConfig) : { ...process.env });
  const vigie = (...args: string[]) => runCli(args, { open, env: env() });
  return Object.assign(vigie, {
    withInput: (input: string, ...args: string[]) => runCli(args, { open, env: env(), input }),
  });
}

/** Runs the CLI in process against a test store, opening it for this run as `vigie` would; never throws. */
export async function runVigie(store: TestStore, ...args: string[]): Promise<CliResult> {
  return runCli(args, { env: storeEnv(store) });
}

/** The same with `input` on standard input (a password for `users add`); never throws. */
export function runVigieWithInput(store: TestStore, input: string, ...args: string[]): Promise<CliResult> {
  return runCli(args, { env: storeEnv(store), input });
}

const runFile = (file: string, args: string[], env: NodeJS.ProcessEnv, input?: string) =>
  new Promise<CliResult>((resolve) => {
    const child = execFile(
      process.execPath,
      [...CHILD_NODE_FLAGS, file, ...args],
      { env, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
      },
    );
    child.stdin?.end(input ?? '');
  });

/** `bin/vigie.mjs <args>` in a child process against a test store; resolves with its exit code and output. */
export function runVigieProcess(
  store: Pick<TestStore, 'dataDir' | 'databaseUrl'>,
  ...args: string[]
): Promise<CliResult> {
  return runFile(BIN, args, storeEnv(store));
}
