import { reassessPlanned, type AssessmentTrigger, type EscortDeps } from './escort.service.ts';

/**
 * Re-assesses the planned escorts after the writes that may change their risk: an incident written,
 * a campaign changed, raised or dismissed by the detection. One run at a time; a request made while
 * one waits is folded into it.
 */
export class EscortWatch {
  private queue: Promise<unknown> = Promise.resolve();
  private waiting = false;

  constructor(readonly deps: EscortDeps) {}

  /** Asks for a re-assessment of every planned escort (not awaited by the writers that call it). */
  reassess(trigger: AssessmentTrigger): Promise<void> {
    if (this.waiting) return this.idle();
    this.waiting = true;
    const next = this.queue.then(async () => {
      this.waiting = false;
      await reassessPlanned(this.deps, trigger);
    });
    this.queue = next.catch((error) => {
      console.error('vigie: escort re-assessment failed', error);
    });
    return next.then(
      () => undefined,
      () => undefined,
    );
  }

  /** Resolves when everything asked so far is done (tests, the CLI, shutdown). */
  idle(): Promise<void> {
    return this.queue.then(() => undefined);
  }
}
