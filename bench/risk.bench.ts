/**
 * Site risk bench (`npm run bench:risk`), issues 19.4 and 15.4. Three phases (`--phase serve,waves,replay`):
 *
 * - serve: a PGlite store (or `--database-url`) with `--rows` synthetic incidents over the two years
 *   up to today, indexed by the detection, whose holder stores the ranking. Then, interleaved in the
 *   same loop (`--requests` each): GET /api/health (baseline), a bare `select 1` (baseline), GET
 *   /api/risk (the stored ranking, 20 sites) and GET /api/risk?limit=300 (the map's page). Also the
 *   first /api/risk of a freshly opened instance that does not detect, against the first computation
 *   the route made before (fitting two years of baseline), and the per-request computation it made.
 * - waves: the detection bench's history (`--incidents`, `--waves`, `--seed`; quick sizes by default),
 *   72 h top-10 hit rate on wave mornings: campaign-aware against the Hawkes model alone and the
 *   naive rankings (bench/detect/evaluate-wave-risk.ts).
 * - replay: the real April-May 2025 wave (test/fixtures/replay/april-may-2025-wave.json) with two years
 *   of background going on through it, each incident entered when known, the live detection after each
 *   step; each morning the same four rankings are scored (bench/risk/replay.ts). Not tuned on.
 *
 *   node --import tsx bench/risk.bench.ts [--phase serve,waves,replay] [--rows 50000] [--requests 300]
 *     [--incidents 100000 --years 3 --waves 60 --seed 1] [--database-url postgres://...] [--out file.json]
 *     [--background-seed N] (the replay's synthetic background; default the demo's, 20250413: the naive
 *     rankings' hits on the replay come from which sites that draw makes busy)
 *     [--pressure JSON] (the replay's campaign term settings, e.g. '{"spreadAfter":4}', to score two rules in one minute)
 * Prints markdown; writes JSON only to --out (git status stays clean).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { openVigie, type VigieContext } from '../src/context.ts';
import { randomUUID } from 'node:crypto';
import { evidenceIds } from '../src/analysis/risk/risk-reason.ts';
import { RISK_HORIZONS } from '../src/core/risk/site-risk.service.ts';
import { DEFAULT_ORGANISATION_ID, SYSTEM_PRINCIPAL, type Principal } from '../src/core/shared/principal.ts';
import { importIncidents } from '../src/core/incident/incident.service.ts';
import type { Caller } from '../src/core/shared/caller.ts';
import { generateBackground, generateSyntheticIncidents, DEFAULT_BACKGROUND } from '../src/demo/background.ts';
import { apiClient } from '../test/support/api-client.ts';
import { account } from '../test/support/accounts.ts';
import { generateHistory } from './detect/generator.ts';
import { HistoryIndex } from './detect/history-index.ts';
import { historyOptions, parseOptions } from './detect/options.ts';
import { evaluateWaveRisk, renderWaveRisk } from './detect/evaluate-wave-risk.ts';
import { replayWave } from './risk/replay.ts';

const { values } = parseArgs({
  options: {
    phase: { type: 'string', default: 'serve,waves,replay' },
    rows: { type: 'string', default: '50000' },
    requests: { type: 'string', default: '300' },
    incidents: { type: 'string' },
    years: { type: 'string' },
    waves: { type: 'string' },
    seed: { type: 'string' },
    'database-url': { type: 'string' },
    out: { type: 'string' },
    'background-seed': { type: 'string' },
    pressure: { type: 'string' },
  },
});
const phases = new Set(values.phase.split(','));
const log = (line: string) => process.stderr.write(`[${new Date().toISOString().slice(11, 19)}] ${line}\n`);
const system: Caller = { principal: SYSTEM_PRINCIPAL, address: 'bench' };
const DAY_MS = 86_400_000;

function quantile(samples: number[], q: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}
const stats = (samples: number[]) => ({ p50: quantile(samples, 0.5), p95: quantile(samples, 0.95), n: samples.length });
const ms = (value: number) => value.toFixed(value < 10 ? 2 : 0);

async function timed<T>(work: () => Promise<T>): Promise<[number, T]> {
  const t = performance.now();
  const result = await work();
  return [performance.now() - t, result];
}

async function open(dataDir: string): Promise<VigieContext> {
  return openVigie(values['database-url'] ? { dataDir, databaseUrl: values['database-url'] } : { dataDir });
}

/** The serve phase: stored ranking against the health route and a bare query, in the same loop. */
async function serve() {
  const rows = Number(values.rows);
  const requests = Number(values.requests);
  const dataDir = mkdtempSync(join(tmpdir(), 'vigie-risk-bench-'));
  let context = await open(dataDir);
  const facilities = context.gazetteer.facilities.map((f) => ({
    id: f.id,
    kind: f.kind,
    department: f.department_code,
  }));
  const today = new Date().toISOString().slice(0, 10);
  const from = new Date(Date.now() - 730 * DAY_MS).toISOString().slice(0, 10);
  const drafts = [...generateSyntheticIncidents(rows, 19_4, facilities, { from, to: today })].map((draft, index) => ({
    row: index + 1,
    value: { ...draft, marking: 'GREEN' as const },
  }));
  const [importMs] = await timed(() => importIncidents(context.incidents, system, drafts));
  log(`serve: ${rows} incidents imported in ${(importMs / 1000).toFixed(0)} s`);
  const [startMs] = await timed(async () => {
    await context.detection.start();
    await context.riskRanking.start();
    await context.riskRanking.idle();
  });
  log(`serve: detection started and ranking stored in ${(startMs / 1000).toFixed(0)} s`);
  const [refreshMs] = await timed(() => context.riskRanking.refresh());
  const recent = (
    await sql<{
      n: number;
    }>`select count(*)::int as n from incidents where occurred_start > now() - interval '30 days'`.execute(
      context.store.db,
    )
  ).rows[0].n;
  await context.close();

  // A fresh instance that does not detect: it decodes the stored rankings at start (as startServer does),
  // then its first requests: health, a signed-in baseline, the risk.
  context = await open(dataDir);
  const token = (await account(context, { role: 'analyst' })).token;
  const client = apiClient(context, { token });
  const [warmMs] = await timed(() => context.risk.cache.warm(RISK_HORIZONS));
  const [firstHealthMs] = await timed(() => client.get('/api/health'));
  const [firstAliasesMs] = await timed(() => client.get('/api/signature-aliases'));
  const [firstStoredMs, first] = await timed(() => client.get('/api/risk?horizon=72&limit=20'));
  if (first.status !== 200) throw new Error(first.text);
  // What the route did before, on the same instance: compute at the request (the first one fits the baseline).
  const [firstComputeMs] = await timed(() => context.risk.compute(Date.now(), [72]));
  const computeSamples: number[] = [];
  for (let i = 0; i < 20; i++) computeSamples.push((await timed(() => context.risk.compute(Date.now(), [72])))[0]);

  const samples = {
    health: [] as number[],
    sql: [] as number[],
    aliases: [] as number[],
    risk20: [] as number[],
    risk300: [] as number[],
  };
  for (let i = 0; i < 20; i++) {
    await client.get('/api/health');
    await client.get('/api/risk?limit=20');
  }
  // where a stored read's time goes: the ranking's read, then the evidence check (20 sites)
  const principal: Principal = {
    userId: randomUUID(),
    username: 'bench',
    role: 'analyst',
    organisationId: DEFAULT_ORGANISATION_ID,
    compartments: [],
    sharedFrom: [],
  };
  const phaseRead: number[] = [],
    phaseCheck: number[] = [];
  let evidence = 0;
  for (let i = 0; i < 50; i++) {
    const [readMs, ranking] = await timed(() => context.risk.rankings.ranking(72, 20));
    const ids = evidenceIds(ranking!.items.map((item) => item.reasons));
    evidence = ids.length;
    phaseRead.push(readMs);
    phaseCheck.push((await timed(() => context.risk.rankings.readableEvidence(principal, ids)))[0]);
  }
  const cpuBefore = process.cpuUsage();
  for (let i = 0; i < requests; i++) {
    samples.health.push((await timed(() => client.get('/api/health')))[0]);
    samples.sql.push((await timed(() => sql`select 1`.execute(context.store.db)))[0]);
    samples.aliases.push((await timed(() => client.get('/api/signature-aliases')))[0]);
    const [riskMs, risk] = await timed(() => client.get('/api/risk?horizon=72&limit=20'));
    if (risk.status !== 200) throw new Error(risk.text);
    samples.risk20.push(riskMs);
    samples.risk300.push((await timed(() => client.get('/api/risk?horizon=168&limit=300')))[0]);
  }
  const cpu = process.cpuUsage(cpuBefore);
  await context.close();
  rmSync(dataDir, { recursive: true, force: true });
  const result = {
    rows,
    recent30Days: recent,
    requests,
    store: values['database-url'] ? 'postgres' : 'pglite',
    importMs,
    startMs,
    refreshMs,
    warmMs,
    firstHealthMs,
    firstAliasesMs,
    firstStoredMs,
    firstComputeMs,
    compute: stats(computeSamples),
    health: stats(samples.health),
    sql: stats(samples.sql),
    aliases: stats(samples.aliases),
    risk20: stats(samples.risk20),
    risk300: stats(samples.risk300),
    cpuMsPerLoop: (cpu.user + cpu.system) / 1000 / requests,
    phases: { read: stats(phaseRead), check: stats(phaseCheck), evidenceIds: evidence },
  };
  const markdown = [
    '### Site risk served from the stored ranking',
    '',
    `${rows.toLocaleString('en-GB')} incidents over two years (${recent} in the last 30 days), ${result.store}, ${requests} interleaved requests each, in process.`,
    '',
    '| request | p50 ms | p95 ms | p50 / authenticated p50 | p95 / health p95 |',
    '|---|---|---|---|---|',
    ...(
      [
        ['GET /api/health (baseline)', result.health],
        ['bare `select 1` (baseline)', result.sql],
        ['GET /api/signature-aliases (baseline: signed in, one small query)', result.aliases],
        ['GET /api/risk, 20 sites (stored)', result.risk20],
        ['GET /api/risk?limit=300 (stored, the map)', result.risk300],
        ['computed per request (before)', result.compute],
      ] as const
    ).map(
      ([name, s]) =>
        `| ${name} | ${ms(s.p50)} | ${ms(s.p95)} | ${(s.p50 / result.aliases.p50).toFixed(1)} | ${(s.p95 / result.health.p95).toFixed(1)} |`,
    ),
    '',
    `Inside a stored read of 20 sites: the ranking (version read + cached page) ${ms(result.phases.read.p50)} ms p50, the reader's check of their ${result.phases.evidenceIds} evidence ids ${ms(result.phases.check.p50)} ms p50.`,
    '',
    `A fresh instance that does not detect decodes the stored rankings at start in ${ms(warmMs)} ms; its first requests: /api/health ${ms(firstHealthMs)} ms, /api/signature-aliases ${ms(firstAliasesMs)} ms, /api/risk ${ms(firstStoredMs)} ms (stored ranking). The first computation the route made before: ${ms(firstComputeMs)} ms (fits two years of baseline). The holder's refresh (both horizons, stored): ${ms(refreshMs)} ms.`,
    '',
  ].join('\n');
  return { result, markdown };
}

async function waves() {
  const argv = [
    '--quick',
    ...(['incidents', 'years', 'waves', 'seed'] as const).flatMap((key) =>
      values[key] ? [`--${key}`, values[key]!] : [],
    ),
  ];
  const options = parseOptions(argv);
  const history = generateHistory(historyOptions(options, true));
  log(`waves: ${history.incidents.length} incidents, ${history.truth.waves.length} waves`);
  const index = new HistoryIndex(history.incidents, history.sites);
  const result = evaluateWaveRisk(index, history.sites, history.truth.waves);
  return {
    result,
    markdown: renderWaveRisk(
      result,
      `Site risk during the bench's waves (seed ${options.seed}, ${history.incidents.length.toLocaleString('en-GB')} incidents, ${options.years} years)`,
    ),
  };
}

async function replay() {
  const dataDir = mkdtempSync(join(tmpdir(), 'vigie-risk-replay-'));
  const context = await open(dataDir);
  try {
    const facilities = context.gazetteer.facilities.map((f) => ({
      id: f.id,
      kind: f.kind,
      department: f.department_code,
    }));
    // the usual rates of two years before the wave, going on through it (to 10 May 2025)
    const seed = values['background-seed'] ? Number(values['background-seed']) : DEFAULT_BACKGROUND.seed;
    const background = generateBackground({ ...DEFAULT_BACKGROUND, seed, to: '2025-05-10', facilities }).map(
      (draft) => ({
        ...draft,
        marking: 'GREEN' as const,
      }),
    );
    const pressure = values.pressure ? JSON.parse(values.pressure) : undefined;
    const result = await replayWave(context, system, background, log, pressure);
    return {
      result,
      markdown: renderWaveRisk(
        result,
        `Site risk during the real April-May 2025 wave (test/fixtures/replay), replayed morning by morning (not tuned on; background seed ${seed}${values.pressure ? `; campaign term ${values.pressure}` : ''})`,
      ),
    };
  } finally {
    await context.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const started = Date.now();
const load = loadavg();
const out: Record<string, unknown> = {
  date: new Date().toISOString(),
  machine: { nproc: cpus().length, loadBefore: load },
};
const sections: string[] = [`## bench:risk (${out.date}, load ${load.map((l) => l.toFixed(1)).join(' ')})`, ''];
if (phases.has('serve')) {
  const r = await serve();
  out.serve = r.result;
  sections.push(r.markdown);
}
if (phases.has('waves')) {
  const r = await waves();
  out.waves = r.result;
  sections.push(r.markdown);
}
if (phases.has('replay')) {
  const r = await replay();
  out.replay = r.result;
  sections.push(r.markdown);
}
out.machine = { ...(out.machine as object), loadAfter: loadavg() };
sections.push(
  `Load after: ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}; ${((Date.now() - started) / 1000).toFixed(0)} s.`,
);
process.stdout.write(`${sections.join('\n')}\n`);
if (values.out) writeFileSync(values.out, JSON.stringify(out, null, 2));
