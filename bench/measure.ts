/** What the benchmarks measure besides wall time: memory, CPU of Node and of the PostgreSQL server. */
import { readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { sql } from 'kysely';
import type { VigieContext } from '../src/context.ts';

const CLOCK_TICKS = 100; // USER_HZ of Linux /proc figures (`getconf CLK_TCK`)

// A full collection between measurements, without asking for `node --expose-gc`.
setFlagsFromString('--expose-gc');
/** Runs a full garbage collection, so a measurement does not pay for the previous one's garbage. */
export const collectGarbage = runInNewContext('gc') as () => void;

/** Samples the process RSS every 100 ms, so a measurement can report its peak. */
export class RssSampler {
  private peak = 0;
  private timer?: NodeJS.Timeout;
  start(): number {
    this.peak = process.memoryUsage.rss();
    this.timer = setInterval(() => {
      this.peak = Math.max(this.peak, process.memoryUsage.rss());
    }, 100);
    return this.peak;
  }
  stop(): number {
    clearInterval(this.timer);
    return Math.max(this.peak, process.memoryUsage.rss());
  }
}

/** Wall and CPU time of the timed segments only (the raw baseline pauses while it prepares rows). */
export class Stopwatch {
  seconds = 0;
  /** CPU seconds of this Node process (user + system; PGlite runs inside it, PostgreSQL does not) */
  cpuSeconds = 0;
  private since = 0;
  private cpuSince?: NodeJS.CpuUsage;
  resume(): void {
    this.since = performance.now();
    this.cpuSince = process.cpuUsage();
  }
  pause(): void {
    const cpu = process.cpuUsage(this.cpuSince);
    this.seconds += (performance.now() - this.since) / 1000;
    this.cpuSeconds += (cpu.user + cpu.system) / 1e6;
  }
}

/**
 * CPU seconds used so far by each server backend (by pid) of the store's database, read from /proc
 * (a local server on Linux). Null for PGlite, whose work is already in the Node process, or when unreadable.
 */
export async function backendCpu(context: VigieContext): Promise<Map<number, number> | null> {
  if (context.store.kind !== 'postgres') return null;
  const { rows } = await sql<{
    pid: number;
  }>`SELECT pid FROM pg_stat_activity WHERE datname = current_database()`.execute(context.store.db);
  const now = new Map<number, number>();
  try {
    for (const { pid } of rows) {
      // utime and stime are the 14th and 15th fields; the 2nd, the command, may hold spaces.
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      now.set(pid, (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS);
    }
  } catch {
    return null;
  }
  return now;
}

/** CPU seconds the backends used between two readings; a backend born in between counts from zero. */
export function cpuBetween(before: Map<number, number> | null, after: Map<number, number> | null): number | null {
  if (!before || !after) return null;
  let used = 0;
  for (const [pid, seconds] of after) used += seconds - (before.get(pid) ?? 0);
  return used;
}
