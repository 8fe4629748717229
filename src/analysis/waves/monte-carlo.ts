/**
 * Monte Carlo p-values for the scans: R replications under the null hypothesis, seeded, stopped
 * early once the answer is clearly "not significant", and spread over worker threads.
 *
 * Reproducibility: replications are cut into fixed chunks, and chunk k draws from its own stream
 * deriveSeed(seed, 1, k). Chunks are read back in order whatever thread ran them, so the same seed
 * gives the same p-value with 0, 1 or 8 threads.
 *
 * Sequential stopping (Besag & Clifford 1991): stop at the l-th replication once h of them reached
 * the observed statistic, p = h / l; otherwise, after all R, p = (g + 1) / (R + 1) with g exceedances.
 * Both are valid p-values; stopping only saves time on the unremarkable candidates, which are most.
 *
 * Ties: the statistics are discrete (counts), and ties would make p-values conservative instead of
 * uniform. Each data set, observed or simulated, gets an independent seeded uniform that breaks ties
 * (the randomised p-value), so under the null the p-value is uniform and the false-alarm rate at
 * level α is α, not less.
 */
import { availableParallelism } from 'node:os';
import { kernels, type KernelInputs, type KernelName } from './kernels.ts';
import { deriveSeed, Rng } from './rng.ts';
import { workerPool } from './worker-pool.ts';

/** How to run the replications. */
export interface MonteCarloOptions {
  /** R, the number of replications (default 999) */
  replications?: number;
  /** default 1 */
  seed?: number;
  /** h, the exceedances after which to stop (default 10; Infinity never stops early) */
  stopAfter?: number;
  /** worker threads; 0 runs in this thread; 'auto' (default) uses threads when the work is large */
  workers?: number | 'auto';
  /** replications per chunk (default 64); changing it changes the random streams */
  chunkSize?: number;
}

/** A Monte Carlo p-value and what it was computed from. */
export interface MonteCarloResult {
  pValue: number;
  /** replications actually run (fewer than R when stopped early) */
  replications: number;
  exceedances: number;
  stoppedEarly: boolean;
  /** the simulated statistics in order, for tail approximations */
  statistics: Float64Array;
}

// below this many operations in total the replications take less time than starting a thread
const THREAD_WORTHWHILE_OPERATIONS = 3_000_000;

/** Whether a simulated statistic reaches the observed one, ties broken by the seeded uniforms. */
export function reaches(simulated: number, simulatedTie: number, observed: number, observedTie: number): boolean {
  const tolerance = 1e-9 * Math.max(1, Math.abs(observed));
  if (Math.abs(simulated - observed) <= tolerance) return simulatedTie >= observedTie;
  return simulated > observed;
}

/** Reads chunks back in order and decides when the sequential test is over. */
class SequentialTest {
  readonly statistics: Float64Array;
  private readonly observedTie: number;
  private used = 0;
  private exceedances = 0;
  done = false;

  constructor(
    private readonly observed: number,
    private readonly replications: number,
    private readonly stopAfter: number,
    private readonly seed: number,
  ) {
    this.statistics = new Float64Array(replications);
    this.observedTie = new Rng(deriveSeed(seed, 0)).float();
  }

  consume(chunk: number, statistics: Float64Array): void {
    const ties = new Rng(deriveSeed(this.seed, 2, chunk));
    for (let i = 0; i < statistics.length && !this.done; i++) {
      this.statistics[this.used++] = statistics[i];
      if (reaches(statistics[i], ties.float(), this.observed, this.observedTie)) this.exceedances++;
      if (this.exceedances >= this.stopAfter || this.used >= this.replications) this.done = true;
    }
  }

  result(): MonteCarloResult {
    const stoppedEarly = this.exceedances >= this.stopAfter;
    return {
      pValue: stoppedEarly ? this.exceedances / this.used : (this.exceedances + 1) / (this.replications + 1),
      replications: this.used,
      exceedances: this.exceedances,
      stoppedEarly,
      statistics: this.statistics.slice(0, this.used),
    };
  }
}

/** Runs replications of a kernel until the sequential test ends, in this thread or in the pool. */
export async function monteCarloPValue<Name extends KernelName>(
  name: Name,
  input: KernelInputs[Name],
  observed: number,
  options: MonteCarloOptions = {},
): Promise<MonteCarloResult> {
  const replications = options.replications ?? 999;
  const seed = options.seed ?? 1;
  const chunkSize = options.chunkSize ?? 64;
  const test = new SequentialTest(observed, replications, options.stopAfter ?? 10, seed);
  if (replications <= 0) return test.result();
  const chunks = Math.ceil(replications / chunkSize);
  const chunkLength = (chunk: number) => Math.min(chunkSize, replications - chunk * chunkSize);
  const threads = threadCount(options.workers ?? 'auto', kernels[name].cost(input) * replications);
  if (threads === 0) {
    const kernel = kernels[name];
    const state = kernel.prepare(input);
    for (let chunk = 0; chunk < chunks && !test.done; chunk++) {
      const statistics = new Float64Array(chunkLength(chunk));
      kernel.replicate(state, new Rng(deriveSeed(seed, 1, chunk)), statistics);
      test.consume(chunk, statistics);
    }
    return test.result();
  }
  return runInPool(threads, name, input, test, chunks, (chunk) => ({
    seed: deriveSeed(seed, 1, chunk),
    count: chunkLength(chunk),
  }));
}

function threadCount(workers: number | 'auto', operations: number): number {
  if (workers !== 'auto') return Math.max(0, Math.floor(workers));
  if (operations < THREAD_WORTHWHILE_OPERATIONS) return 0;
  return Math.min(4, availableParallelism());
}

/**
 * Keeps two chunks per thread in flight, consumes finished chunks in order, and stops sending new
 * ones as soon as the test is over (chunks still running are ignored: the answer cannot change).
 */
function runInPool(
  threads: number,
  name: KernelName,
  input: unknown,
  test: SequentialTest,
  chunks: number,
  chunkTask: (chunk: number) => { seed: number; count: number },
): Promise<MonteCarloResult> {
  const pool = workerPool(threads);
  const job = pool.load(name, input);
  const finished = new Map<number, Float64Array>();
  let nextToSend = 0;
  let nextToRead = 0;
  let inFlight = 0;
  return new Promise((resolve, reject) => {
    const settle = (error?: Error) => {
      pool.release(job);
      if (error) reject(error);
      else resolve(test.result());
    };
    const send = () => {
      while (!test.done && inFlight < threads * 2 && nextToSend < chunks) {
        const chunk = nextToSend++;
        const { seed, count } = chunkTask(chunk);
        inFlight++;
        pool.run(job, seed, count).then(
          (statistics) => {
            inFlight--;
            if (test.done) return;
            finished.set(chunk, statistics);
            while (finished.has(nextToRead) && !test.done) {
              test.consume(nextToRead, finished.get(nextToRead)!);
              finished.delete(nextToRead++);
            }
            if (test.done || nextToRead >= chunks) settle();
            else send();
          },
          (error: Error) => {
            if (!test.done) {
              test.done = true;
              settle(error);
            }
          },
        );
      }
    };
    send();
  });
}
