/**
 * A worker thread of the Monte Carlo pool: keeps the prepared state of each job it was sent and
 * runs chunks of replications on request. Loaded through worker-entry.mjs (which registers tsx).
 */
import { parentPort } from 'node:worker_threads';
import { kernels, type KernelName } from './kernels.ts';
import { Rng } from './rng.ts';

/** A message from the pool. */
export type WorkerRequest =
  | { type: 'load'; job: number; kernel: KernelName; input: unknown }
  | { type: 'run'; job: number; seed: number; count: number }
  | { type: 'drop'; job: number };

/** A reply to a 'run'. */
export type WorkerReply = { type: 'result'; statistics: Float64Array } | { type: 'error'; message: string };

const jobs = new Map<number, { kernel: KernelName; state: unknown }>();

parentPort?.on('message', (request: WorkerRequest) => {
  if (request.type === 'load') {
    const kernel = kernels[request.kernel];
    jobs.set(request.job, { kernel: request.kernel, state: kernel.prepare(request.input as never) });
    return;
  }
  if (request.type === 'drop') {
    jobs.delete(request.job);
    return;
  }
  const job = jobs.get(request.job);
  if (!job) {
    parentPort?.postMessage({ type: 'error', message: `job ${request.job} was not loaded` } satisfies WorkerReply);
    return;
  }
  try {
    const statistics = new Float64Array(request.count);
    kernels[job.kernel].replicate(job.state, new Rng(request.seed), statistics);
    parentPort?.postMessage({ type: 'result', statistics } satisfies WorkerReply, [statistics.buffer]);
  } catch (error) {
    parentPort?.postMessage({ type: 'error', message: String((error as Error)?.stack ?? error) } satisfies WorkerReply);
  }
});
