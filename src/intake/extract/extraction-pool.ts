/**
 * Extraction off the event loop: texts are read by worker threads, each run under a time budget. A
 * text longer than the size budget is refused before any work (413), a run past the time budget ends
 * its thread (422); either way the server keeps answering. The API, review submissions and feed
 * items all go through one pool (see docs/extraction.md, "Speed and safety").
 */
import { Worker } from 'node:worker_threads';
import type { Department, Directorate, Facility, Gazetteer } from '../../core/shared/gazetteer.ts';
import { VigieError } from '../../core/shared/errors.ts';
import { workerEntry } from '../../core/shared/worker-entry.ts';
import type { ExtractionOptions, ExtractionResult } from './extraction.types.ts';
import type { DocumentFormat } from './plain-text.ts';

/** Longest text read, characters (a 1 MB article is read in well under 2 s). */
export const MAX_EXTRACTION_CHARS = 1_000_000;
/** Time one text may take, milliseconds (VIGIE_EXTRACT_BUDGET_MS). */
export const DEFAULT_EXTRACTION_BUDGET_MS = 10_000;
/** Texts waiting for a thread beyond which new ones are refused (503). */
const MAX_WAITING = 64;

export type ExtractOptions = ExtractionOptions & { format?: DocumentFormat };

/** What a worker is started with: the gazetteer as plain data. */
export interface ExtractionWorkerData {
  facilities: Facility[];
  departments: Department[];
  directorates: Directorate[];
}
/** A text sent to a worker. */
export interface ExtractionRequest {
  id: number;
  input: string;
  options: ExtractOptions;
}
/** A worker's answer. */
export type ExtractionWorkerReply =
  | { id: number; result: ExtractionResult; error?: undefined }
  | { id: number; error: string; result?: undefined };

export interface ExtractionPoolOptions {
  /** threads (default 1: the machine is shared with the store and the API) */
  size?: number;
  /** time budget of one text, ms */
  budgetMs?: number;
  /** size budget of one text, characters */
  maxChars?: number;
}

/** Which request field a refusal names ("text" for /api/extract, "content" for /api/articles). */
export interface ExtractCall {
  field?: string;
}

interface Task {
  request: ExtractionRequest;
  field: string;
  resolve: (result: ExtractionResult) => void;
  reject: (error: Error) => void;
}

/** A thread is given texts once it has loaded (its start-up does not count against a text's budget). */
interface PoolThread {
  worker: Worker;
  ready: boolean;
  task: Task | null;
  timer?: NodeJS.Timeout;
}

/** Reads texts on worker threads, in the order asked, each under the time budget. */
export class ExtractionPool {
  readonly size: number;
  readonly budgetMs: number;
  readonly maxChars: number;
  private readonly threads: Array<PoolThread | null>;
  private readonly queue: Task[] = [];
  private readonly data: ExtractionWorkerData;
  private nextId = 1;
  private closed = false;

  constructor(gazetteer: Gazetteer, options: ExtractionPoolOptions = {}) {
    this.size = Math.max(1, options.size ?? 1);
    this.budgetMs = options.budgetMs ?? DEFAULT_EXTRACTION_BUDGET_MS;
    this.maxChars = options.maxChars ?? MAX_EXTRACTION_CHARS;
    this.data = {
      facilities: gazetteer.facilities,
      departments: gazetteer.departments,
      directorates: gazetteer.directorates,
    };
    this.threads = Array.from({ length: this.size }, () => null);
  }

  /** The extraction of `input`; refuses a text past the size budget (413) or the time budget (422), naming `call.field`. */
  extract(input: string, options: ExtractOptions = {}, call: ExtractCall = {}): Promise<ExtractionResult> {
    const field = call.field ?? 'text';
    if (this.closed)
      return Promise.reject(
        new VigieError('extraction_unavailable', 'the extraction service is shutting down', 503, [
          { path: field, message: 'try again later' },
        ]),
      );
    if (input.length > this.maxChars) {
      return Promise.reject(
        new VigieError(
          'text_too_large',
          `the text has ${input.length} characters; at most ${this.maxChars} are read`,
          413,
          [{ path: field, message: `at most ${this.maxChars} characters` }],
        ),
      );
    }
    if (this.queue.length >= MAX_WAITING) {
      return Promise.reject(
        new VigieError('extraction_busy', 'too many texts are waiting to be read; try again shortly', 503, [
          { path: field, message: 'busy' },
        ]),
      );
    }
    return new Promise((resolve, reject) => {
      this.queue.push({ request: { id: this.nextId++, input, options }, field, resolve, reject });
      this.dispatch();
    });
  }

  /** Ends every thread; waiting texts are refused. */
  async close(): Promise<void> {
    this.closed = true;
    for (const task of this.queue.splice(0))
      task.reject(
        new VigieError('extraction_unavailable', 'the extraction service is shutting down', 503, [
          { path: task.field, message: 'try again later' },
        ]),
      );
    await Promise.all(
      this.threads.map(async (thread, index) => {
        if (!thread) return;
        this.threads[index] = null;
        clearTimeout(thread.timer);
        thread.task?.reject(
          new VigieError('extraction_unavailable', 'the extraction service is shutting down', 503, [
            { path: thread.task.field, message: 'try again later' },
          ]),
        );
        await thread.worker.terminate();
      }),
    );
  }

  private dispatch(): void {
    for (let index = 0; index < this.threads.length && this.queue.length > 0; index += 1) {
      const thread = this.threads[index] ?? this.start(index);
      if (thread.ready && !thread.task) this.assign(thread, this.queue.shift()!);
    }
  }

  private start(index: number): PoolThread {
    const entry = workerEntry(
      'extraction.worker',
      import.meta.url,
      new URL('./extraction-worker-entry.mjs', import.meta.url),
    );
    const worker = new Worker(entry, { workerData: this.data });
    const thread: PoolThread = { worker, ready: false, task: null };
    this.threads[index] = thread;
    // Starting for a waiting text: held open until it is read.
    worker.ref();
    worker.on('message', (reply: ExtractionWorkerReply | 'ready') => {
      if (reply === 'ready') {
        thread.ready = true;
        worker.unref();
        this.dispatch();
        return;
      }
      const task = thread.task;
      if (!task || task.request.id !== reply.id) return;
      this.finish(thread);
      if (reply.error !== undefined)
        task.reject(
          new VigieError('extraction_failed', `the text could not be read: ${reply.error}`, 422, [
            { path: task.field, message: 'could not be read' },
          ]),
        );
      else task.resolve(reply.result);
      this.dispatch();
    });
    worker.on('error', (error) => {
      if (!thread.ready) {
        this.failToStart(thread, error);
        return;
      }
      this.replace(
        thread,
        new VigieError('extraction_failed', `the text could not be read: ${error.message}`, 422, [
          { path: thread.task?.field ?? 'text', message: 'could not be read' },
        ]),
      );
    });
    return thread;
  }

  private assign(thread: PoolThread, task: Task): void {
    thread.task = task;
    // A busy thread holds the process open: its caller awaits the answer.
    thread.worker.ref();
    thread.timer = setTimeout(() => {
      this.replace(
        thread,
        new VigieError(
          'extraction_budget_exceeded',
          `reading the text took more than ${this.budgetMs} ms; send a shorter text`,
          422,
          [{ path: task.field, message: `not read within ${this.budgetMs} ms` }],
        ),
      );
    }, this.budgetMs);
    thread.worker.postMessage(task.request);
  }

  private finish(thread: PoolThread): void {
    clearTimeout(thread.timer);
    thread.task = null;
    thread.worker.unref();
  }

  /** A thread that cannot start refuses the waiting texts (503) rather than restarting in a loop; the next text tries again. */
  private failToStart(thread: PoolThread, error: Error): void {
    const index = this.threads.indexOf(thread);
    if (index >= 0) this.threads[index] = null;
    void thread.worker.terminate();
    for (const task of this.queue.splice(0))
      task.reject(
        new VigieError('extraction_unavailable', `the extraction thread did not start: ${error.message}`, 503, [
          { path: task.field, message: 'try again later' },
        ]),
      );
  }

  /** A thread past its budget or crashed fails its text and is ended; the next text starts a new one. */
  private replace(thread: PoolThread, error: Error): void {
    const task = thread.task;
    this.finish(thread);
    const index = this.threads.indexOf(thread);
    if (index >= 0) this.threads[index] = null;
    void thread.worker.terminate();
    task?.reject(error);
    if (!this.closed) this.dispatch();
  }
}

/** Pool settings from the environment: VIGIE_EXTRACT_WORKERS, VIGIE_EXTRACT_BUDGET_MS (positive integers; others ignored). */
export function extractionPoolOptions(env: NodeJS.ProcessEnv = process.env): ExtractionPoolOptions {
  const number = (raw: string | undefined) => {
    const value = Number(raw);
    return raw && Number.isInteger(value) && value > 0 ? value : undefined;
  };
  return { size: number(env.VIGIE_EXTRACT_WORKERS), budgetMs: number(env.VIGIE_EXTRACT_BUDGET_MS) };
}
