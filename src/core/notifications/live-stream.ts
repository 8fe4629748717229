import type { VigieEvent } from './vigie-event.ts';

export type LiveListener = (event: VigieEvent) => void;

/** The live listeners of this process (SSE connections); each filters what its reader may see. */
export class LiveStream {
  private readonly listeners = new Set<LiveListener>();

  subscribe(listener: LiveListener): () => void {
    this.listeners.add(listener);
    return () => { this.listeners.delete(listener); };
  }

  push(event: VigieEvent): void {
    for (const listener of this.listeners) {
      try { listener(event); } catch (error) { console.error('vigie: a live listener failed', error); }
    }
  }

  get size(): number {
    return this.listeners.size;
  }
}
