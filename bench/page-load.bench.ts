/**
 * What one page load costs the browser (issue 18.5): Chromium's CPU and the scripts it fetched, per
 * page, for one or more builds of the web app measured in turn in the same minutes.
 *   npm run bench:page-load -- [--rounds 10] [--pages /account,/incidents,/map] [--web-dir DIR ...]
 * Each build is served by a server of its own on a fresh store (the browser tests' harness, with their
 * Chromium and its switches); each load is a fresh browser context signed in as an analyst, as a test
 * opens one. CPU is the utime + stime of Chromium's processes (from /proc), summed over the processes
 * alive when the page is ready, less what they had before the context opened: the context's own
 * renderer, and the browser, GPU and network processes' share. Rounds alternate the order of the builds.
 * A build defaults to web/dist; compare with another by building it elsewhere, e.g. from a checkout of
 * main: `npx vite build --config web/vite.config.ts --outDir /tmp/before`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ensureWebBuild } from '../scripts/ensure-web-build.mjs';
import { startHarness, type Harness } from '../test/browser/browser-harness.ts';

const args = process.argv.slice(2);
const arg = (name: string, fallback: string) =>
  args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : fallback;
const ROUNDS = Number(arg('rounds', '10'));
const PAGES = arg('pages', '/account,/incidents,/map').split(',');
const WEB_DIRS = args.flatMap((value, index) => (args[index - 1] === '--web-dir' ? [value] : []));
if (WEB_DIRS.length === 0) {
  ensureWebBuild({ quiet: true });
  WEB_DIRS.push(join(import.meta.dirname, '..', 'web', 'dist'));
}

/** When a page is ready: its map drawn, or its title shown and nothing loading. */
const READY: Record<string, string> = {
  '/map': '[data-testid="map"][data-loaded="true"]',
};
const LOADING = '[aria-busy="true"], .loading';

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

function statOf(pid: number): { ppid: number; ticks: number; comm: string } | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const close = text.lastIndexOf(')');
    const fields = text.slice(close + 2).split(' ');
    // after the comm: state (0), ppid (1), ... utime (11), stime (12)
    return {
      ppid: Number(fields[1]),
      ticks: Number(fields[11]) + Number(fields[12]),
      comm: text.slice(text.indexOf('(') + 1, close),
    };
  } catch {
    return undefined; // the process ended meanwhile
  }
}

/** CPU ticks of every Chromium process under this one (not tsx's esbuild), by pid. */
function chromiumTicks(): Map<number, number> {
  const stats = new Map<number, { ppid: number; ticks: number; comm: string }>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = statOf(Number(name));
    if (stat) stats.set(Number(name), stat);
  }
  const descends = (pid: number): boolean => {
    for (let at = stats.get(pid)?.ppid; at; at = stats.get(at)?.ppid) if (at === process.pid) return true;
    return false;
  };
  const ticks = new Map<number, number>();
  for (const [pid, stat] of stats) if (/chrom/i.test(stat.comm) && descends(pid)) ticks.set(pid, stat.ticks);
  return ticks;
}

interface Load {
  cpu: number;
  scripts: number;
  bytes: number;
  gzip: number;
}

async function loadOnce(harness: Harness, path: string): Promise<Load> {
  const before = chromiumTicks();
  const page = await harness.newPage();
  const bodies: Array<Promise<Buffer>> = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') bodies.push(response.body().catch(() => Buffer.alloc(0)));
  });
  await page.goto(`${harness.url}/#${path}`);
  await page
    .locator(READY[path] ?? 'main h1')
    .first()
    .waitFor({ timeout: 60_000 });
  await page.locator(LOADING).first().waitFor({ state: 'detached', timeout: 60_000 });
  const after = chromiumTicks();
  let ticks = 0;
  for (const [pid, value] of after) ticks += value - (before.get(pid) ?? 0);
  const scripts = await Promise.all(bodies);
  if (page.errors.length > 0) throw new Error(`${path}: ${page.errors.join('; ')}`);
  await page.context().close();
  return {
    cpu: ticks / TICKS_PER_SECOND,
    scripts: scripts.length,
    bytes: scripts.reduce((sum, body) => sum + body.length, 0),
    gzip: scripts.reduce((sum, body) => sum + gzipSync(body).length, 0),
  };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const started = new Date();
const loadAtStart = loadavg()[0];
const harnesses: Harness[] = [];
for (const webDir of WEB_DIRS) harnesses.push(await startHarness({ webDir, detection: false }));
const results = WEB_DIRS.map(() => new Map<string, Load[]>(PAGES.map((path) => [path, []])));
try {
  // one load of each, not counted: the server's first answers and Chromium's first context
  for (const harness of harnesses) for (const path of PAGES) await loadOnce(harness, path);
  for (let round = 0; round < ROUNDS; round++) {
    const order = WEB_DIRS.map((_, index) => index);
    if (round % 2) order.reverse();
    for (const build of order)
      for (const path of PAGES) results[build].get(path)!.push(await loadOnce(harnesses[build], path));
  }
} finally {
  for (const harness of harnesses) await harness.close();
}

console.log(
  `# ${ROUNDS} rounds, ${started.toISOString()} to ${new Date().toISOString()}, ${cpus().length} cores, load ${loadAtStart.toFixed(1)} at start, ${loadavg()[0].toFixed(1)} at end`,
);
console.log('build\tpage\tChromium CPU s (median; min-max)\tscripts\tJS bytes\tJS gzip');
WEB_DIRS.forEach((webDir, build) => {
  for (const [path, loads] of results[build]) {
    const cpu = loads.map((load) => load.cpu);
    console.log(
      [
        webDir,
        path,
        `${median(cpu).toFixed(2)} (${Math.min(...cpu).toFixed(2)}-${Math.max(...cpu).toFixed(2)})`,
        median(loads.map((load) => load.scripts)),
        median(loads.map((load) => load.bytes)),
        median(loads.map((load) => load.gzip)),
      ].join('\t'),
    );
  }
});
