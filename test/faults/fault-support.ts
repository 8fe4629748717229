// What the fault tests share: an import file, counts of what a store holds, and its audit chain.
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openVigie } from '../../src/context.ts';
import { verifyAudit } from '../../src/core/audit/audit.service.ts';
import { incidentInput } from '../support/factories.ts';
import type { TestStore } from '../support/test-store.ts';

const FACILITIES: string[] = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', '..', 'reference', 'facilities-fr.json'), 'utf8'),
).facilities.map((facility: { id: string }) => facility.id);

/** An NDJSON file of `count` valid incidents spread over the facilities, each with its own external_id. */
export function incidentFile(count: number, prefix: string): { path: string; lines: string[] } {
  const lines = Array.from({ length: count }, (_, index) =>
    JSON.stringify(
      incidentInput({
        external_id: `${prefix}-${index}`,
        facility: FACILITIES[index % FACILITIES.length],
        occurred: {
          night_of: `2025-${String(1 + (index % 12)).padStart(2, '0')}-${String(1 + (index % 28)).padStart(2, '0')}`,
        },
      }),
    ),
  );
  const path = join(mkdtempSync(join(tmpdir(), 'vigie-faults-')), `${prefix}.ndjson`);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return { path, lines };
}

export interface StoreState {
  incidents: number;
  distinctExternalIds: number;
  auditEvents: number;
  auditIntact: boolean;
}

/**
 * Opens the store as a new process would after a crash and reads what it holds: the incidents, how
 * many distinct external_ids they carry, and whether the audit chain is intact.
 */
export async function storeState(store: TestStore): Promise<StoreState> {
  const context = await openVigie({ dataDir: store.dataDir, databaseUrl: store.databaseUrl });
  try {
    const counts = await context.store.db
      .selectFrom('incidents')
      .select((eb) => [
        eb.fn.countAll<string>().as('rows'),
        eb.fn.count<string>('external_id').distinct().as('distinct'),
      ])
      .executeTakeFirstOrThrow();
    const audit = await verifyAudit(context.audit);
    return {
      incidents: Number(counts.rows),
      distinctExternalIds: Number(counts.distinct),
      auditEvents: audit.count,
      auditIntact: audit.ok,
    };
  } finally {
    await context.close();
  }
}

const PG_BIN = '/usr/lib/postgresql/15/bin';

/** Can this machine run a PostgreSQL cluster of the test's own (the binaries, and root to run them as postgres)? */
export function canRunOwnPostgres(): string | false {
  if (!existsSync(join(PG_BIN, 'initdb'))) return `no PostgreSQL binaries in ${PG_BIN}`;
  if (process.getuid?.() === 0 && spawnSync('id', ['postgres']).status !== 0)
    return 'no postgres user to run a cluster as';
  return false;
}

/** A port nobody listens on now. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export interface OwnPostgres {
  url: string;
  stop(): void;
  start(): void;
  destroy(): void;
}

/**
 * A throwaway PostgreSQL cluster in a temporary folder on a free port, which the test may stop and
 * start at will (the machine's own server is shared by other tests and never touched). Run as the
 * postgres user when the test runs as root.
 */
export async function ownPostgres(): Promise<OwnPostgres> {
  const folder = mkdtempSync(join(tmpdir(), 'vigie-own-pg-'));
  const asPostgres = process.getuid?.() === 0;
  if (asPostgres)
    chownSync(
      folder,
      Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' })),
      Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' })),
    );
  const run = (tool: string, ...args: string[]) => {
    const [command, argv] = asPostgres
      ? ['runuser', ['-u', 'postgres', '--', join(PG_BIN, tool), ...args]]
      : [join(PG_BIN, tool), args];
    execFileSync(command, argv, { stdio: 'pipe', timeout: 60_000 });
  };
  const port = await freePort();
  const data = join(folder, 'data');
  run('initdb', '-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--no-sync');
  const start = () =>
    run(
      'pg_ctl',
      '-D',
      data,
      '-l',
      join(folder, 'log'),
      '-w',
      '-o',
      `-p ${port} -k ${folder} -c listen_addresses=127.0.0.1 -c fsync=off`,
      'start',
    );
  start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop: () => run('pg_ctl', '-D', data, '-m', 'fast', '-w', 'stop'),
    start,
    destroy: () => {
      try {
        run('pg_ctl', '-D', data, '-m', 'immediate', '-w', 'stop');
      } catch {
        /* already stopped */
      }
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

export interface Answer {
  kind: 'read' | 'write';
  status: number | 'timeout' | 'error';
  retryAfter: string | null;
  code?: string;
  message?: string;
  id?: string;
  externalId?: string;
}

/**
 * Requests without pause from `workers` clients, each alternating a read (the incident list) and a
 * write (a new incident), every one with a client deadline of `timeoutMs`: an answer not given in
 * time is recorded as 'timeout' (a hang), a cut connection as 'error'.
 */
export function steadyLoad(url: string, token: string, options: { workers?: number; timeoutMs?: number } = {}) {
  const answers: Answer[] = [];
  let running = true;
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const once = async (kind: Answer['kind']): Promise<Answer> => {
    const input = kind === 'write' ? incidentInput() : undefined;
    try {
      const response = await fetch(`${url}/api/incidents${kind === 'read' ? '?limit=5' : ''}`, {
        method: kind === 'read' ? 'GET' : 'POST',
        headers,
        body: input && JSON.stringify(input),
        signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
      });
      const body = (await response.json().catch(() => undefined)) as
        | { id?: string; error?: { code: string; message: string } }
        | undefined;
      return {
        kind,
        status: response.status,
        retryAfter: response.headers.get('retry-after'),
        code: body?.error?.code,
        message: body?.error?.message,
        id: body?.id,
        externalId: input?.external_id as string | undefined,
      };
    } catch (error) {
      return {
        kind,
        status: (error as Error).name === 'TimeoutError' ? 'timeout' : 'error',
        retryAfter: null,
        message: String((error as Error).cause ?? error),
      };
    }
  };
  const worker = async () => {
    for (let turn = 0; running; turn += 1) {
      answers.push(await once(turn % 2 === 0 ? 'read' : 'write'));
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };
  const workers = Array.from({ length: options.workers ?? 2 }, worker);
  return {
    answers,
    /** resolves once `test` holds of the answers so far; rejects after `ms` */
    until: async (test: (answers: Answer[]) => boolean, ms: number, what: string) => {
      for (const deadline = Date.now() + ms; !test(answers); ) {
        if (Date.now() > deadline)
          throw new Error(`${what}: not seen in ${ms} ms; last answers ${JSON.stringify(answers.slice(-5))}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    stop: async () => {
      running = false;
      await Promise.all(workers);
    },
  };
}
