import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DateTime } from 'luxon';
import { BRIEF_ZONE } from './brief.ts';
import { outlineFromGeoJson, type Outline } from './brief-figures.ts';
import { parisToday, publishDailyBriefs, type BriefDeps } from './brief.service.ts';
import { PACKAGE_ROOT } from '../../package-root.ts';

let mainland: Outline | undefined;

/** Mainland France from the reference geography, read once. */
export function mainlandOutline(): Outline {
  mainland ??= outlineFromGeoJson(
    JSON.parse(readFileSync(join(PACKAGE_ROOT, 'reference', 'geo', 'metropole-version-simplifiee.geojson'), 'utf8')),
  );
  return mainland;
}

/**
 * Generates each day's briefs once the brief time (Paris) has passed, on the server's minute tick.
 * A restart later in the day catches up; several instances on one database store each brief once.
 */
export class BriefScheduler {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> = Promise.resolve();
  private doneFor: string | undefined;

  constructor(private readonly deps: BriefDeps) {}

  /** Generates today's briefs if it is time and this instance has not yet; returns how many it stored. */
  tick(now = this.deps.now()): Promise<number> {
    const next = this.running.then(async () => {
      const today = parisToday(now);
      if (this.doneFor === today) return 0;
      const [hour, minute] = this.deps.briefTime.split(':').map(Number);
      const local = DateTime.fromJSDate(now, { zone: BRIEF_ZONE });
      if (local.hour * 60 + local.minute < hour * 60 + minute) return 0;
      const stored = await publishDailyBriefs({ ...this.deps, now: () => now }, today);
      this.doneFor = today;
      return stored.length;
    });
    this.running = next.catch((error) => {
      console.error('vigie: daily brief failed', error);
    });
    return next;
  }

  start(intervalMs = 60_000): void {
    if (this.timer) return;
    this.timer = setInterval(() => {
      void this.tick().catch(() => undefined);
    }, intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }
}
