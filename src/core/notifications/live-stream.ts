import type { BusGaps } from './live-bus.ts';
import type { VigieEvent } from './vigie-event.ts';

export type LiveListener = (event: VigieEvent) => void;

/** The live listeners of this process (SSE connections); each filters what its reader may see. */
export class LiveStream {
  private readonly listeners = new Set<LiveListener>();
  private readonly gapListeners = new Set<Partial<BusGaps>>();

  subscribe(listener: LiveListener, gaps: Partial<BusGaps> = {}): () => void {
    this.listeners.add(listener);
    this.gapListeners.add(gaps);
    return () => {
      this.listeners.delete(listener);
      this.gapListeners.delete(gaps);
    };
  }

  /** The bus lost its link: each connection notes where it was. */
  gap(): void {
    for (const gaps of this.gapListeners) gaps.gap?.();
  }

  /** The link is back: each connection sends what was stored since its gap. */
  resync(): void {
    for (const gaps of this.gapListeners) gaps.resync?.();
  }

  push(event: VigieEvent): void {
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch (error) {
        console.error('vigie: a live listener failed', error);
      }
    }
  }

  get size(): number {
    return this.listeners.size;
  }
}
