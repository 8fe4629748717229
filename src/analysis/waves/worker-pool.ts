/**
 * A small pool of worker threads for Monte Carlo chunks. Threads cost ~200 ms to start (tsx compiles
 * the kernels), so the pool is kept between scans; idle threads are unref'd so they never keep the
 * process alive, and closeWorkerPool() ends them for a clean shutdown.
 */
import { Worker } from 'node:worker_threads';
import { workerEntry } from '../../core/shared/worker-entry.ts';
import type { KernelName } from './kernels.ts';
import type { WorkerReply, WorkerRequest } from './monte-carlo.worker.ts';

// Compiled (dist/, or the test runner's build), or from the sources through tsx (worker-entry.mjs).
const WORKER_ENTRY = workerEntry('monte-carlo.worker', import.meta.url, new URL('./worker-entry.mjs', import.meta.url));

interface Task {
  job: number;
  seed: number;
  count: number;
  resolve: (statistics: Float64Array) => void;
  reject: (error: Error) => void;
}

interface PoolThread {
  worker: Worker;
  loaded: Set<number>;
  task: Task | null;
}

/** Runs chunks of replications on a fixed number of threads, in the order they were asked. */
export class WorkerPool {
  private readonly threads: PoolThread[] = [];
  private readonly queue: Task[] = [];
  private readonly jobs = new Map<number, { kernel: KernelName; input: unknown }>();
  private nextJob = 1;

  constructor(readonly size: number) {
    for (let i = 0; i < size; i++) this.threads.push(this.startThread());
  }

  /** Makes a job's input known to the pool; threads receive it when they first run one of its chunks. */
  load(kernel: KernelName, input: unknown): number {
    const job = this.nextJob++;
    this.jobs.set(job, { kernel, input });
    return job;
  }

  /** Runs `count` replications of a job with a chunk seed; resolves with their statistics. */
  run(job: number, seed: number, count: number): Promise<Float64Array> {
    return new Promise((resolve, reject) => {
      this.queue.push({ job, seed, count, resolve, reject });
      this.dispatch();
    });
  }

  /** Forgets a job: queued chunks are dropped and threads free its state. */
  release(job: number): void {
    this.jobs.delete(job);
    for (let i = this.queue.length - 1; i >= 0; i--) if (this.queue[i].job === job) this.queue.splice(i, 1);
    for (const thread of this.threads) {
      if (thread.loaded.delete(job)) thread.worker.postMessage({ type: 'drop', job } satisfies WorkerRequest);
    }
  }

  /** Ends every thread. */
  async close(): Promise<void> {
    for (const task of this.queue.splice(0)) task.reject(new Error('worker pool closed'));
    // Idle threads are unref'd, and a terminating thread does not hold the event loop open by itself: a
    // timer does until every thread has ended, or a test runner's `after(closeWorkerPool)` is cancelled
    // as "still pending" when the loop drains first (seen under load, one run in three).
    const keepAlive = setInterval(() => {}, 1000);
    try {
      await Promise.all(this.threads.map((thread) => thread.worker.terminate()));
    } finally {
      clearInterval(keepAlive);
    }
  }

  private startThread(): PoolThread {
    const worker = new Worker(WORKER_ENTRY);
    const thread: PoolThread = { worker, loaded: new Set(), task: null };
    worker.unref();
    worker.on('message', (reply: WorkerReply) => {
      const task = thread.task;
      thread.task = null;
      worker.unref();
      if (task) {
        if (reply.type === 'result') task.resolve(reply.statistics);
        else task.reject(new Error(reply.message));
      }
      this.dispatch();
    });
    worker.on('error', (error) => this.replace(thread, error));
    return thread;
  }

  /** A thread that crashed fails its chunk and is replaced, so one bad job does not stop the pool. */
  private replace(thread: PoolThread, error: Error): void {
    thread.task?.reject(error);
    const index = this.threads.indexOf(thread);
    if (index >= 0) this.threads[index] = this.startThread();
    this.dispatch();
  }

  private dispatch(): void {
    for (const thread of this.threads) {
      while (!thread.task && this.queue.length > 0) this.assign(thread, this.queue.shift()!);
    }
  }

  private assign(thread: PoolThread, task: Task): void {
    const job = this.jobs.get(task.job);
    if (!job) {
      task.reject(new Error(`job ${task.job} was released`));
      return;
    }
    if (!thread.loaded.has(task.job)) {
      thread.worker.postMessage({
        type: 'load',
        job: task.job,
        kernel: job.kernel,
        input: job.input,
      } satisfies WorkerRequest);
      thread.loaded.add(task.job);
    }
    thread.task = task;
    // a busy thread holds the process open: the caller is awaiting its answer
    thread.worker.ref();
    thread.worker.postMessage({
      type: 'run',
      job: task.job,
      seed: task.seed,
      count: task.count,
    } satisfies WorkerRequest);
  }
}

// one pool per size, so a scan asking for 2 threads never closes the pool another scan is using
const shared = new Map<number, WorkerPool>();

/** The process-wide pool with the requested number of threads, started on first use. */
export function workerPool(size: number): WorkerPool {
  let pool = shared.get(size);
  if (!pool) {
    pool = new WorkerPool(size);
    shared.set(size, pool);
  }
  return pool;
}

/** Ends the shared pools' threads (tests, shutdown). */
export async function closeWorkerPool(): Promise<void> {
  const pools = [...shared.values()];
  shared.clear();
  await Promise.all(pools.map((pool) => pool.close()));
}
