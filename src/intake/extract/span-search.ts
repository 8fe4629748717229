/**
 * Look-ups over spans sorted by start, by binary search: what lies inside a sentence, which clause
 * holds an offset. They keep extraction linear in the text (a filter per sentence is quadratic).
 */
import type { Span } from './folded-text.ts';

/** Index of the first item whose start is >= `offset` (items sorted by start). */
export function firstAtOrAfter(sorted: readonly Span[], offset: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle].start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The items lying wholly inside `span`, in order. */
export function within<T extends Span>(sorted: readonly T[], span: Span): T[] {
  const out: T[] = [];
  for (
    let index = firstAtOrAfter(sorted, span.start);
    index < sorted.length && sorted[index].start < span.end;
    index += 1
  ) {
    if (sorted[index].end <= span.end) out.push(sorted[index]);
  }
  return out;
}

/** The first item lying wholly inside `span`. */
export function firstWithin<T extends Span>(sorted: readonly T[], span: Span): T | undefined {
  for (
    let index = firstAtOrAfter(sorted, span.start);
    index < sorted.length && sorted[index].start < span.end;
    index += 1
  ) {
    if (sorted[index].end <= span.end) return sorted[index];
  }
  return undefined;
}

/** The span holding `offset` (non-overlapping spans sorted by start). */
export function holding<T extends Span>(sorted: readonly T[], offset: number): T | undefined {
  const index = firstAtOrAfter(sorted, offset + 1) - 1;
  return index >= 0 && sorted[index].start <= offset && offset < sorted[index].end ? sorted[index] : undefined;
}
