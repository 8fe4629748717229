import { requeueStalledImportJobs, runImportJob, type ImportJobDeps } from './import-job.service.ts';

/**
 * The server's side of import jobs: takes `import` work from the queue (shared by all instances on
 * JetStream) and, every minute, queues again the jobs whose message was lost or whose instance died.
 */
export class ImportJobRuntime {
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly deps: ImportJobDeps) {}

  async start(): Promise<void> {
    if (this.timer) return;
    await this.deps.work.serve('import', (payload) => runImportJob(this.deps, String(payload.id)));
    this.timer = setInterval(() => {
      void this.sweep();
    }, this.deps.sweepMs);
    this.timer.unref();
    void this.sweep({ allQueued: true });
  }

  sweep(options: { allQueued?: boolean } = {}): Promise<number> {
    return requeueStalledImportJobs(this.deps, options).catch((error) => {
      console.error('vigie: import job sweep failed', error);
      return 0;
    });
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.deps.work.unserve('import');
  }
}
