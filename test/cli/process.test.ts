// What only a real process shows: bin/vigie.mjs, exit codes, what `vigie --help` loads, signals, and a
// store held by a running server. Every other CLI test calls `run` in process.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COMMANDS } from '../../src/cli/main.ts';
import { CHILD_NODE_FLAGS, exited, spawnVigie, storeEnv, waitForOutput } from '../support/child-processes.ts';
import { runCli, runVigieProcess } from '../support/cli-runner.ts';
import { incidentInput } from '../support/factories.ts';
import { freshStore, TEST_STORE, type TestStore } from '../support/test-store.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const TRACE = join(ROOT, 'test', 'support', 'trace-imports.mjs');
// Packages `vigie --help` has no use for (issue 19: it loaded every one of them up front).
const HEAVY = [
  'kysely',
  '@hono/zod-openapi',
  '@nats-io',
  '@node-rs/argon2',
  'nodemailer',
  'htmlparser2',
  '@electric-sql/pglite',
  'pg',
  'hono',
];

describe(`bin/vigie.mjs in a process on ${TEST_STORE}`, () => {
  let store: TestStore;
  before(async () => {
    store = await freshStore();
  });
  after(async () => {
    await store.drop();
  });

  test('vigie --help lists every command, exits 0 and loads none of the store, API or messaging packages', async (t) => {
    const traceDir = mkdtempSync(join(tmpdir(), 'vigie-trace-'));
    t.after(() => rmSync(traceDir, { recursive: true, force: true }));
    const trace = join(traceDir, 'modules.txt');
    const { stdout } = await new Promise<{ stdout: string }>((resolve, reject) => {
      execFile(
        process.execPath,
        [...CHILD_NODE_FLAGS, '--import', TRACE, join(ROOT, 'bin', 'vigie.mjs'), '--help'],
        { env: { ...process.env, VIGIE_TRACE_IMPORTS: trace } },
        (error, out) => (error ? reject(error) : resolve({ stdout: out })),
      );
    });
    for (const name of Object.keys(COMMANDS)) assert.match(stdout, new RegExp(`^  ${name} `, 'm'), name);
    // Loaded from node_modules, or bundled into a compiled file of dist/ (esbuild marks each package's code with its path).
    const urls = readFileSync(trace, 'utf8')
      .split('\n')
      .filter((url) => url.startsWith('file:'));
    const loaded = urls.flatMap((url) => {
      if (url.includes('/node_modules/')) return [url];
      if (!url.includes('/dist/')) return [];
      return [...readFileSync(new URL(url), 'utf8').matchAll(/^\/\/ (\S*node_modules\/\S+)/gm)].map(
        (match) => `/${match[1]}`,
      );
    });
    for (const name of HEAVY) {
      const found = loaded.filter((url) => url.includes(`/node_modules/${name}/`));
      assert.equal(found.length, 0, `--help loaded ${name}: ${found.slice(0, 2).join(', ')}`);
    }
  });

  test('vigie alerts list opens the store and loads neither password hashing nor messaging nor mail', async (t) => {
    const traceDir = mkdtempSync(join(tmpdir(), 'vigie-trace-'));
    t.after(() => rmSync(traceDir, { recursive: true, force: true }));
    const trace = join(traceDir, 'modules.txt');
    await new Promise<void>((resolve, reject) => {
      execFile(
        process.execPath,
        [
          ...CHILD_NODE_FLAGS,
          '--import',
          TRACE,
          join(ROOT, 'bin', 'vigie.mjs'),
          'alerts',
          'list',
          '--data',
          store.dataDir,
        ],
        { env: { ...process.env, ...storeEnv(store), VIGIE_TRACE_IMPORTS: trace } },
        (error) => (error ? reject(error) : resolve()),
      );
    });
    const urls = readFileSync(trace, 'utf8').split('\n');
    assert.ok(
      urls.some((url) =>
        url.includes(TEST_STORE === 'postgres' ? '/node_modules/pg' : '/node_modules/@electric-sql/pglite/'),
      ),
    );
    // Issue 19.1: the argon2 addon loaded with every command that opened the store; it loads with the first password.
    for (const name of ['@node-rs/argon2', '@nats-io', 'nodemailer', 'htmlparser2']) {
      const found = urls.filter((url) => url.includes(`/node_modules/${name}/`));
      assert.equal(found.length, 0, `alerts list loaded ${name}: ${found.slice(0, 2).join(', ')}`);
    }
  });

  test('exit codes: 0 done, 2 for bad arguments and bad flags, with a message on stderr', async () => {
    const listed = await runVigieProcess(store, 'alerts', 'list');
    assert.equal(listed.code, 0, listed.stderr);
    assert.match(listed.stdout, /no alerts/);
    for (const args of [
      ['nonsense'],
      ['export', '--format', 'xml'],
      ['alerts', 'list', '--limit', '0'],
      ['alerts', 'list', '--limit', 'ten'],
    ]) {
      const refused = await runVigieProcess(store, ...args);
      assert.equal(refused.code, 2, `${args.join(' ')}: ${refused.stderr}`);
      assert.ok(refused.stderr.trim().length > 0, `${args.join(' ')} says why`);
    }
  });

  test('vigie serve stops cleanly on SIGTERM; while it holds a PGlite store another vigie says so in one line and offers --api', async (t) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'vigie-held-'));
    // a PGlite store of 40 MB in a memory file system: gone with the test, whatever happens
    t.after(() => rmSync(dataDir, { recursive: true, force: true }));
    const env = storeEnv(TEST_STORE === 'pglite' ? { dataDir } : store, { VIGIE_PORT: '0' });
    // An analyst's token, made before the server takes the store.
    assert.equal(
      (await runCli(['users', 'add', 'analyste', '--role', 'analyst', '--org', 'Renseignement pénitentiaire'], { env }))
        .code,
      0,
    );
    const token = (await runCli(['tokens', 'create', 'analyste'], { env })).stdout.trim();
    const server = spawnVigie(env, 'serve', '--no-detection', '--no-feeds', '--no-imports');
    try {
      const banner = await waitForOutput(server.stdout!, /Vigie is running at (http:\S+)/, 120_000);
      const url = /Vigie is running at (http:\S+)/.exec(banner)![1];
      if (TEST_STORE === 'pglite') {
        const held = await runVigieProcess({ dataDir }, 'alerts', 'list');
        assert.equal(held.code, 2, held.stderr);
        assert.equal(held.stderr.trim().split('\n').length, 1, held.stderr);
        assert.match(
          held.stderr,
          new RegExp(`held by a running Vigie .*--api ${url.replace(/[.:/]/g, '\\$&')} --token`),
        );
      }
      const exported = await runVigieProcess({ dataDir }, 'export', '--format', 'csv', '--api', url, '--token', token);
      assert.equal(exported.code, 0, exported.stderr);
      assert.match(exported.stdout, /^external_id,/);
      // The server's store holds no incident: the brief says so loudly instead of printing an empty one (issue 17).
      const brief = await runVigieProcess({ dataDir }, 'brief', '--date', '2025-04-16', '--api', url, '--token', token);
      assert.equal(brief.code, 2, brief.stderr);
      assert.match(brief.stderr, /holds no incident/);
      const refused = await runVigieProcess({ dataDir }, 'brief', '--api', url, '--token', 'vgt_wrong');
      assert.equal(refused.code, 2);
      assert.match(refused.stderr, /401/);
      // The served server reads texts on a worker thread compiled into dist/ (its source entry is
      // not there: from dist/, every extraction once answered 503 "the extraction thread did not start").
      const extracted = await fetch(`${url}/api/extract`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          text: "Dans la nuit du 3 au 4 mars 2025, deux voitures d'agents ont été incendiées sur le parking de la prison de Villepinte.",
          published: '2025-03-04',
        }),
      });
      const reading = (await extracted.json()) as { items: Array<{ candidates: Array<{ key: string }> }> };
      assert.equal(extracted.status, 200, JSON.stringify(reading));
      assert.deepEqual(
        reading.items[0].candidates.map((candidate) => candidate.key),
        ['fr-villepinte-ma|2025-03-03'],
      );
    } finally {
      server.kill('SIGTERM');
    }
    assert.equal(await exited(server), 0);
  });
  test('the compiled CLI draws the brief as PDF: pdfkit finds its fonts from dist/ as from src/', async (t) => {
    const folder = mkdtempSync(join(tmpdir(), 'vigie-pdf-'));
    t.after(() => rmSync(folder, { recursive: true, force: true }));
    const target = TEST_STORE === 'pglite' ? { dataDir: folder } : store;
    const incidents = join(folder, 'incidents.json');
    writeFileSync(incidents, JSON.stringify([incidentInput({ occurred: { night_of: '2025-04-15' } })]));
    const imported = await runCli(['import', incidents], { env: storeEnv(target) });
    assert.equal(imported.code, 0, imported.stderr);
    const pdf = join(folder, 'brief.pdf');
    const brief = await runVigieProcess(target, 'brief', '--date', '2025-04-16', '--format', 'pdf', '--out', pdf);
    assert.equal(brief.code, 0, brief.stderr);
    assert.equal(readFileSync(pdf).subarray(0, 5).toString(), '%PDF-');
  });
});
