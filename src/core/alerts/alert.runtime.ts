import { expirePostures } from '../posture/posture.service.ts';
import { announceOverdue } from '../tasks/task.service.ts';
import { escalateDue, evaluatePendingIncidents, onWaveAlarm, type AlertDeps } from './alert-engine.ts';
import type { WaveAlarmRow } from '../../store/schema.ts';

/**
 * Runs the alert rules one batch at a time after the writes that caused them, and the periodic
 * check (escalations, expired postures, overdue tasks) while the server runs.
 */
export class AlertRuntime {
  private queue: Promise<unknown> = Promise.resolve();
  private timer: NodeJS.Timeout | undefined;

  constructor(readonly deps: AlertDeps) {}

  /** Told after every committed incident write. */
  incidentsWritten(): Promise<void> {
    return this.serial(async () => {
      await evaluatePendingIncidents(this.deps);
    });
  }

  /** Told by the detection when a campaign test raises or updates a wave alarm. */
  waveAlarm(alarm: WaveAlarmRow): Promise<void> {
    return this.serial(() => onWaveAlarm(this.deps, alarm));
  }

  /** Escalates, expires and announces what is due now; returns what it did. */
  tick(): Promise<{ escalated: number; expired: number; overdue: number }> {
    return this.serial(async () => ({
      escalated: await escalateDue(this.deps),
      expired: await expirePostures(this.deps.posture),
      overdue: await announceOverdue(this.deps.tasks),
    }));
  }

  /** Runs `tick` every `intervalMs` (the server; default one minute). */
  start(intervalMs = 60_000): void {
    if (this.timer) return;
    this.timer = setInterval(() => {
      void this.tick().catch((error) => console.error('vigie: alert check failed', error));
    }, intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.idle();
  }

  /** Resolves when everything queued so far is done (tests, the CLI, shutdown). */
  idle(): Promise<void> {
    return this.serial(async () => undefined);
  }

  private serial<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch((error) => {
      console.error('vigie: alerts failed', error);
    });
    return next;
  }
}
