import type { Evidence } from '../../api/review-types.ts';

interface Piece {
  start: number;
  end: number;
  evidence: number[];
}

/** Cuts the text at every evidence boundary; each piece knows which evidence covers it. */
export function pieces(length: number, evidence: Evidence[]): Piece[] {
  const cuts = new Set([0, length]);
  for (const e of evidence) {
    cuts.add(Math.max(0, Math.min(length, e.start)));
    cuts.add(Math.max(0, Math.min(length, e.end)));
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const result: Piece[] = [];
  for (let i = 0; i + 1 < sorted.length; i += 1) {
    const [start, end] = [sorted[i], sorted[i + 1]];
    result.push({
      start,
      end,
      evidence: evidence.flatMap((e, index) => (e.start <= start && e.end >= end ? [index] : [])),
    });
  }
  return result;
}

/**
 * The article text with each piece of evidence highlighted; the first piece of evidence `n` carries
 * the id `evidence-n`, which the field list scrolls to.
 */
export function ArticleText({ text, evidence, active }: { text: string; evidence: Evidence[]; active?: number }) {
  const seen = new Set<number>();
  return (
    <div class="article-text" data-testid="article-text" lang="">
      {pieces(text.length, evidence).map((piece) => {
        const slice = text.slice(piece.start, piece.end);
        if (piece.evidence.length === 0) return slice;
        const first = piece.evidence.find((index) => !seen.has(index));
        if (first !== undefined) seen.add(first);
        const fields = piece.evidence.map((index) => evidence[index].field).join(' ');
        return (
          <mark
            key={piece.start}
            id={first !== undefined ? `evidence-${first}` : undefined}
            data-field={fields}
            class={`evidence${active !== undefined && piece.evidence.includes(active) ? ' evidence--active' : ''}`}
          >
            {slice}
          </mark>
        );
      })}
    </div>
  );
}
