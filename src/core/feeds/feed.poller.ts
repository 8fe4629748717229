import type { WorkQueue } from '../work/work-queue.ts';
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

  /**
   * With a shared work queue, each instance's tick queues the feeds due under a key naming the feed
   * and the poll it is due for: instances ticking at once queue it once, and one instance polls it.
   */
  constructor(
    private readonly deps: FeedDeps,
    private readonly tickMs = TICK_MS,
    private readonly work?: WorkQueue,
  ) {}

  start(): void {
    if (this.timer) return;
    void this.work?.serve('feed', async (payload) => {
      await this.pollIfDue(String(payload.id));
    });
    this.timer = setInterval(() => {
      void this.tick();
    }, this.tickMs);
    this.timer.unref();
    void this.tick();
  }

  /** Polls every feed that is due now; a tick while one runs waits for it instead of overlapping. */
  tick(now = new Date()): Promise<PollReport[]> {
    this.running ??= (async () => {
      const reports: PollReport[] = [];
      try {
        for (const feed of await this.deps.feeds.due(now)) {
          if (this.work)
            await this.work.submit(
              'feed',
              { id: feed.id },
              { key: `${feed.id}@${feed.last_polled_at?.toISOString() ?? 'never'}` },
            );
          else reports.push(await pollFeed(this.deps, feed));
        }
      } catch (error) {
        console.error('vigie: feed poll failed', error);
      } finally {
        this.running = undefined;
      }
      return reports;
    })();
    return this.running;
  }

  /** Polls a queued feed unless another instance polled it since it was queued. */
  private async pollIfDue(id: string): Promise<void> {
    const feed = (await this.deps.feeds.due(new Date())).find((row) => row.id === id);
    if (feed) await pollFeed(this.deps, feed);
  }

  /** Stops the schedule and waits for a poll in progress. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }
}
