// One run of the CLI: where it prints, what it reads, and the one store it opens. `run()` starts an
// invocation; the commands reach it through `withContext` and `output()`. Importing this module loads
// no store code: `vigie --help` stays light.
import { AsyncLocalStorage } from 'node:async_hooks';
import { format } from 'node:util';
import type { VigieContext } from '../context.ts';
import type { StoreConfig } from '../store/db.ts';
import { readConfig } from '../config.ts';

/** The `--data` option every command that opens the store takes. */
export const dataOption = [
  '-d, --data <dir>',
  'data folder of the embedded store (env VIGIE_DATA_DIR, default ./data); ignored when DATABASE_URL is set',
] as const;
export const portOption = ['-p, --port <port>', 'port to listen on (env VIGIE_PORT, default 4800)'] as const;

/** Where a command writes: a stream of the process, or a test's collector. */
export type OutputStream = NodeJS.WritableStream;
export type InputStream = NodeJS.ReadableStream & { isTTY?: boolean };

export interface RunOptions {
  /**
   * Opens the store of this invocation (once, when a command first needs it); `run` closes it at the
   * end. Default: `openVigie` on --data, VIGIE_DATA_DIR or DATABASE_URL. Tests pass `borrow(context)`.
   */
  open?: (store: StoreConfig) => Promise<VigieContext>;
  stdout?: OutputStream;
  stderr?: OutputStream;
  stdin?: InputStream;
  env?: NodeJS.ProcessEnv;
}

class Invocation {
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
  readonly stdin: InputStream;
  readonly env: NodeJS.ProcessEnv;
  private opened?: Promise<VigieContext>;

  constructor(private readonly options: RunOptions) {
    this.stdout = options.stdout ?? process.stdout;
    this.stderr = options.stderr ?? process.stderr;
    this.stdin = options.stdin ?? process.stdin;
    this.env = options.env ?? process.env;
  }

  /** The one context of this invocation, opened on first use with the command's --data. */
  context(flags: { data?: string }): Promise<VigieContext> {
    this.opened ??= (async () => {
      const config = readConfig(flags, this.env);
      const store = { dataDir: config.dataDir, databaseUrl: config.databaseUrl };
      if (this.options.open) return this.options.open(store);
      const { openVigie } = await import('../context.ts');
      return openVigie(store);
    })();
    return this.opened;
  }

  async close(): Promise<void> {
    const opened = this.opened;
    this.opened = undefined;
    if (!opened) return;
    const context = await opened.catch(() => undefined);
    await context?.close();
  }
}

const current = new AsyncLocalStorage<Invocation>();

/** The invocation a command runs in (a default one on the process's streams outside `run`). */
function invocation(): Invocation {
  return current.getStore() ?? new Invocation({});
}

/** Runs `work` as one invocation; closes the store it opened, whatever happens. */
export async function invoke<T>(options: RunOptions, work: () => Promise<T>): Promise<T> {
  routeConsole();
  const running = new Invocation(options);
  try {
    return await current.run(running, work);
  } finally {
    await running.close();
  }
}

/** Runs `work` with the invocation's store, opened once per invocation and closed by `run`. */
export async function withContext<T>(
  flags: { data?: string },
  work: (context: VigieContext) => Promise<T>,
): Promise<T> {
  return work(await invocation().context(flags));
}

/** The streams of the running invocation. */
export function output(): { stdout: OutputStream; stderr: OutputStream; stdin: InputStream; env: NodeJS.ProcessEnv } {
  const { stdout, stderr, stdin, env } = invocation();
  return { stdout, stderr, stdin, env };
}

/** An open context lent to invocations: they use it and leave it open (tests share one per file). */
export function borrow(context: VigieContext): (store: StoreConfig) => Promise<VigieContext> {
  const lent: VigieContext = { ...context, close: async () => undefined };
  return async () => lent;
}

let routed = false;

/**
 * Commands print with console.log and console.error; inside an invocation these go to its stdout and
 * stderr (so `run` can be called in process with its own streams), outside it to the process's.
 */
function routeConsole(): void {
  if (routed) return;
  routed = true;
  for (const [method, stream] of [
    ['log', 'stdout'],
    ['info', 'stdout'],
    ['error', 'stderr'],
    ['warn', 'stderr'],
  ] as const) {
    const original = console[method].bind(console);
    console[method] = (...args: unknown[]) => {
      const running = current.getStore();
      if (!running) {
        original(...args);
        return;
      }
      running[stream].write(`${format(...args)}\n`);
    };
  }
}
