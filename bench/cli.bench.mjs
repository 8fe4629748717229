#!/usr/bin/env node
// `npm run bench:cli`: how long a `vigie` command takes, set against its baseline measured in the same
// run, alternating, so the machine's load weighs on both alike (issue 19.1):
//   vigie --help                      vs  node -e ''                        goal <= 0.3 s wall
//   vigie alerts list on PGlite       vs  a bare PGlite open + SELECT 1    goal <= 1.3x (CPU)
//   vigie alerts list on PostgreSQL   vs  a bare pg connect + SELECT 1     goal <= 3x
// Each figure is the median of RUNS runs, wall and CPU (user + system, of the whole process).
// PostgreSQL: VIGIE_BENCH_DATABASE_URL (default the local server; skipped when it cannot be reached).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = join(import.meta.dirname, '..');
const RUNS = Number(process.env.RUNS ?? 7);
const BIN = join(root, 'bin', 'vigie.mjs');
const CPU_REPORT = pathToFileURL(join(import.meta.dirname, 'cpu-report.mjs')).href;
const work = mkdtempSync(join(tmpdir(), 'vigie-bench-cli-'));
const pglite = pathToFileURL(join(root, 'node_modules', '@electric-sql', 'pglite', 'dist', 'index.js')).href;
const pgModule = pathToFileURL(join(root, 'node_modules', 'pg', 'esm', 'index.mjs')).href;
const adminUrl = process.env.VIGIE_BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const benchUrl = (() => {
  const url = new URL(adminUrl);
  url.pathname = '/vigie_bench_cli';
  return url.toString();
})();

/** One run of `args` under node: wall seconds and CPU seconds of the process. */
function once(args, env = {}) {
  const report = join(work, `cpu-${process.pid}.json`);
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['--import', CPU_REPORT, ...args], {
    env: { ...process.env, ...env, VIGIE_BENCH_CPU: report },
    encoding: 'utf8',
  });
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  const cpu = JSON.parse(readFileSync(report, 'utf8'));
  return { wall, cpu: (cpu.user + cpu.system) / 1e6 };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Runs the command and its baseline alternately RUNS times; returns their medians. */
function compare(command, baseline) {
  once(command.args, command.env);
  once(baseline.args, baseline.env); // warm the file cache
  const a = [],
    b = [];
  for (let run = 0; run < RUNS; run += 1) {
    a.push(once(command.args, command.env));
    b.push(once(baseline.args, baseline.env));
  }
  const of = (runs) => ({ wall: median(runs.map((r) => r.wall)), cpu: median(runs.map((r) => r.cpu)) });
  return { command: of(a), baseline: of(b) };
}

const rows = [];
const load = loadavg()
  .map((value) => value.toFixed(1))
  .join(' ');

// --help
{
  const { command, baseline } = compare({ args: [BIN, '--help'] }, { args: ['-e', ''] });
  rows.push([
    '`vigie --help`',
    command,
    "`node -e ''`",
    baseline,
    `${command.wall.toFixed(2)} s wall`,
    '<= 0.3 s wall',
    command.wall <= 0.3,
  ]);
}

// PGlite: a migrated store, then alerts list against a bare open of the same folder.
{
  const dataDir = join(work, 'pglite');
  execFileSync(process.execPath, [BIN, 'alerts', 'list', '--data', dataDir], {
    env: { ...process.env, DATABASE_URL: '' },
  });
  const bare = `import { PGlite } from '${pglite}'; const db = new PGlite(${JSON.stringify(dataDir)}); await db.query('SELECT 1'); await db.close();`;
  const { command, baseline } = compare(
    { args: [BIN, 'alerts', 'list', '--data', dataDir], env: { DATABASE_URL: '' } },
    { args: ['--input-type=module', '-e', bare] },
  );
  const ratio = command.cpu / baseline.cpu;
  rows.push([
    '`vigie alerts list`, PGlite',
    command,
    'bare PGlite open + `SELECT 1`',
    baseline,
    `${ratio.toFixed(2)}x (CPU)`,
    '<= 1.3x (CPU)',
    ratio <= 1.3,
  ]);
}

// PostgreSQL, when the server answers.
try {
  execFileSync(
    'psql',
    [adminUrl, '-qc', 'DROP DATABASE IF EXISTS vigie_bench_cli WITH (FORCE)', '-c', 'CREATE DATABASE vigie_bench_cli'],
    { stdio: 'ignore' },
  );
  execFileSync(process.execPath, [BIN, 'alerts', 'list'], { env: { ...process.env, DATABASE_URL: benchUrl } });
  const bare = `import pg from '${pgModule}'; const client = new pg.Client({ connectionString: ${JSON.stringify(benchUrl)} }); await client.connect(); await client.query('SELECT 1'); await client.end();`;
  const { command, baseline } = compare(
    { args: [BIN, 'alerts', 'list'], env: { DATABASE_URL: benchUrl } },
    { args: ['--input-type=module', '-e', bare] },
  );
  const ratio = command.wall / baseline.wall;
  rows.push([
    '`vigie alerts list`, PostgreSQL',
    command,
    'bare `pg` connect + `SELECT 1`',
    baseline,
    `${ratio.toFixed(2)}x (wall; CPU ${(command.cpu / baseline.cpu).toFixed(2)}x)`,
    '<= 3x',
    ratio <= 3,
  ]);
  execFileSync('psql', [adminUrl, '-qc', 'DROP DATABASE IF EXISTS vigie_bench_cli WITH (FORCE)'], { stdio: 'ignore' });
} catch (error) {
  console.error(`PostgreSQL skipped: ${error.message.split('\n')[0]}`);
}

const fmt = ({ wall, cpu }) => `${wall.toFixed(2)} s / ${cpu.toFixed(2)} s`;
console.log(
  `\nvigie CLI, median of ${RUNS} alternating runs, wall / CPU; load average ${load} (1, 5, 15 min) at the start\n`,
);
console.log('| command | wall / CPU | baseline (same run) | wall / CPU | figure | goal | met |');
console.log('|---|---|---|---|---|---|---|');
for (const [name, command, baseName, baseline, figure, goal, met] of rows)
  console.log(
    `| ${name} | ${fmt(command)} | ${baseName} | ${fmt(baseline)} | ${figure} | ${goal} | ${met ? 'yes' : 'no'} |`,
  );
rmSync(work, { recursive: true, force: true });
