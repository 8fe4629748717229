// Vigie in child processes, for the tests that kill them: servers, command-line runs, and their end.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TestStore } from './test-store.ts';

/**
 * How to run one of the scripts in test/support as a child process: compiled by the test runner
 * when it ran the tests (VIGIE_TEST_CHILDREN_DIR), else its source through tsx.
 */
export function childScript(name: string): string[] {
  const dir = process.env.VIGIE_TEST_CHILDREN_DIR;
  if (dir && existsSync(join(dir, `${name}.mjs`))) return [join(dir, `${name}.mjs`)];
  return ['--import', 'tsx', join(import.meta.dirname, `${name}.ts`)];
}
const BIN = join(import.meta.dirname, '..', '..', 'bin', 'vigie.mjs');

/**
 * The test runner's V8 flag, for the Node processes a test starts (a spawned Node does not inherit it):
 * PGlite's WebAssembly compiled by Liftoff alone (scripts/run-tests.mjs says why). The server children
 * of the fault files took a fifth less CPU (docs/benchmarks.md, "The test suites").
 */
export const CHILD_NODE_FLAGS = process.execArgv.filter((flag) => flag === '--liftoff-only');

/** The environment that points a child at a test store, plus `extra`. */
export function storeEnv(
  store: Pick<TestStore, 'dataDir' | 'databaseUrl'>,
  extra: Record<string, string> = {},
): NodeJS.ProcessEnv {
  return { ...process.env, VIGIE_DATA_DIR: store.dataDir, DATABASE_URL: store.databaseUrl ?? '', ...extra };
}

export interface ServerChild {
  child: ChildProcess;
  url: string;
  output: () => string;
}

/**
 * A Vigie server (the API, the outbox dispatcher and the live bus; no detection, feeds or alert
 * timers) in a child process; resolves once it listens.
 */
export function spawnServer(env: NodeJS.ProcessEnv): Promise<ServerChild> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...CHILD_NODE_FLAGS, ...childScript('serve-child')], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const collect = (chunk: Buffer) => {
      output += String(chunk);
      const listening = /listening (\S+)/.exec(output);
      if (listening) resolve({ child, url: listening[1], output: () => output });
    };
    child.stdout!.on('data', collect);
    child.stderr!.on('data', collect);
    child.once('exit', (code, signal) =>
      reject(new Error(`the server exited with ${code ?? signal} before listening:\n${output}`)),
    );
  });
}

/** `vigie <args>` in a child process (not awaited: the test decides when it ends). */
export function spawnVigie(env: NodeJS.ProcessEnv, ...args: string[]): ChildProcess {
  return spawn(process.execPath, [...CHILD_NODE_FLAGS, BIN, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Resolves with the text read so far once `pattern` appears in the stream; rejects at its end or after `ms`. */
export function waitForOutput(stream: NodeJS.ReadableStream, pattern: RegExp, ms = 60_000): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    const timer = setTimeout(() => {
      stream.off('data', onData);
      reject(new Error(`${pattern} not seen in ${ms} ms; got: ${text.slice(-500)}`));
    }, ms);
    const onData = (chunk: Buffer) => {
      text += String(chunk);
      if (pattern.test(text)) {
        clearTimeout(timer);
        stream.off('data', onData);
        resolve(text);
      }
    };
    stream.on('data', onData);
    stream.once('end', () => {
      clearTimeout(timer);
      if (!pattern.test(text)) reject(new Error(`the stream ended without ${pattern}: ${text.slice(-500)}`));
    });
  });
}

/** Resolves with the exit code (or signal) once the child has exited; already exited resolves at once. */
export function exited(child: ChildProcess): Promise<number | NodeJS.Signals> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode ?? child.signalCode!);
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal!)));
}

/** Sends `signal` (SIGKILL unless told) and waits until the child is gone. */
export async function kill(child: ChildProcess, signal: NodeJS.Signals = 'SIGKILL'): Promise<number | NodeJS.Signals> {
  if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  return exited(child);
}
