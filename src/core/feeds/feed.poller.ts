import { pollFeed, type FeedDeps, type PollReport } from './feed.service.ts';

/** How often the poller looks for feeds whose interval has passed. */
const TICK_MS = 30_000;

/**
 * Polls the enabled feeds on their schedule, one at a time, in the background of `vigie serve`
 * (like the detection runtime). A feed's failure is recorded on the feed and does not stop the others.
 */
export class FeedPoller {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<PollReport[]> | undefined;

  constructor(private readonly deps: FeedDeps, private readonly tickMs = TICK_MS) {}

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => { void this.tick(); }, this.tickMs);
    this.timer.unref();
    void this.tick();
  }

  /** Polls every feed that is due now; a tick while one runs waits for it instead of overlapping. */
  tick(now = new Date()): Promise<PollReport[]> {
    this.running ??= (async () => {
      const reports: PollReport[] = [];
      try {
        for (const feed of await this.deps.feeds.due(now)) reports.push(await pollFeed(this.deps, feed));
      } catch (error) {
        console.error('vigie: feed poll failed', error);
      } finally {
        this.running = undefined;
      }
      return reports;
    })();
    return this.running;
  }

  /** Stops the schedule and waits for a poll in progress. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }
}
