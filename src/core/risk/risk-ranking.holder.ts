/**
 * Keeps the stored site risk ranking current, in the instance holding the detector lease: after each
 * analysis run (incidents arrived, changed or were refuted; campaigns re-clustered) and on a timer,
 * since risk decays with time even when nothing arrives. Runs are coalesced: a refresh asked while
 * one runs makes one more run after it, never a queue of them.
 */
import type { SiteRisk } from '../../analysis/waves/site-risk.ts';
import type { SiteRiskRepository } from '../../store/site-risk.repository.ts';
import { RISK_HORIZONS } from './site-risk.service.ts';

export interface RiskRankingDeps {
  rankings: Pick<SiteRiskRepository, 'replace'>;
  compute: (at: number, horizons: readonly number[]) => Promise<SiteRisk[][]>;
  now: () => number;
}

/** By default the ranking is computed again every 10 minutes, well within RANKING_FRESH_MS. */
export const RANKING_PERIOD_MS = 10 * 60_000;

export class RiskRankingHolder {
  private running: Promise<void> | undefined;
  private again = false;
  private timer: NodeJS.Timeout | undefined;
  /** when the last ranking was stored (ISO), for the status */
  lastStored: string | null = null;

  constructor(private readonly deps: RiskRankingDeps) {}

  /** Computes and stores the ranking of every horizon now (coalesced with a run under way). */
  refresh(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      try {
        do {
          this.again = false;
          const at = this.deps.now();
          const rankings = await this.deps.compute(at, RISK_HORIZONS);
          for (const [index, hours] of RISK_HORIZONS.entries())
            await this.deps.rankings.replace(hours, new Date(at), rankings[index]);
          this.lastStored = new Date().toISOString();
        } while (this.again);
      } catch (error) {
        console.error('vigie: site risk ranking not stored', error);
      } finally {
        this.running = undefined;
      }
    })();
    return this.running;
  }

  /** Refreshes now and every `periodMs` (the detector's holder, once it has started). */
  start(periodMs = RANKING_PERIOD_MS): Promise<void> {
    if (!this.timer) {
      this.timer = setInterval(() => {
        void this.refresh();
      }, periodMs);
      this.timer.unref();
    }
    return this.refresh();
  }

  /** Stops the timer and waits for a run under way. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.idle();
  }

  /** Resolves when no run is under way (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }
}
