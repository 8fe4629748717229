/**
 * The numbers of the report: percentiles, clustering scores against the ground truth (pairwise
 * and B-cubed), and the Kolmogorov-Smirnov distance of p-values from the uniform law.
 */

/** The q-quantile (0..1) of values, nearest rank; NaN for none. */
export function percentile(values: ArrayLike<number>, q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = Float64Array.from(values).sort();
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

export const median = (values: ArrayLike<number>) => percentile(values, 0.5);

export interface ClusterScores {
  pairwise: { precision: number; recall: number; f1: number; truePairs: number; predictedPairs: number };
  bcubed: { precision: number; recall: number; f1: number; incidents: number };
}

const f1 = (precision: number, recall: number) =>
  precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
const pairs = (n: number) => (n * (n - 1)) / 2;

/**
 * Pairwise and B-cubed scores of predicted clusters against true ones; an incident in no cluster
 * is a singleton. B-cubed is averaged over the incidents in a true or a predicted cluster (those
 * singleton on both sides would all score 1 and drown the rest).
 */
export function clusterScores(
  predicted: readonly (readonly string[])[],
  truth: readonly (readonly string[])[],
): ClusterScores {
  const trueOf = new Map<string, number>();
  truth.forEach((members, t) => members.forEach((id) => trueOf.set(id, t)));
  const predictedOf = new Map<string, number>();
  predicted.forEach((members, p) => members.forEach((id) => predictedOf.set(id, p)));
  let shared = 0;
  // overlap[p] = counts of each true cluster inside predicted cluster p
  const overlaps = predicted.map((members) => {
    const counts = new Map<number, number>();
    for (const id of members) {
      const t = trueOf.get(id);
      if (t !== undefined) counts.set(t, (counts.get(t) ?? 0) + 1);
    }
    for (const count of counts.values()) shared += pairs(count);
    return counts;
  });
  const predictedPairs = predicted.reduce((sum, members) => sum + pairs(members.length), 0);
  const truePairs = truth.reduce((sum, members) => sum + pairs(members.length), 0);
  const precision = predictedPairs ? shared / predictedPairs : 1;
  const recall = truePairs ? shared / truePairs : 1;

  const ids = new Set<string>([...trueOf.keys(), ...predictedOf.keys()]);
  let bPrecision = 0;
  let bRecall = 0;
  for (const id of ids) {
    const t = trueOf.get(id);
    const p = predictedOf.get(id);
    const predictedSize = p === undefined ? 1 : predicted[p].length;
    const trueSize = t === undefined ? 1 : truth[t].length;
    const both = p === undefined || t === undefined ? 1 : overlaps[p].get(t)!;
    bPrecision += both / predictedSize;
    bRecall += both / trueSize;
  }
  const n = Math.max(ids.size, 1);
  return {
    pairwise: { precision, recall, f1: f1(precision, recall), truePairs, predictedPairs },
    bcubed: {
      precision: bPrecision / n,
      recall: bRecall / n,
      f1: f1(bPrecision / n, bRecall / n),
      incidents: ids.size,
    },
  };
}

/** Kolmogorov-Smirnov distance of a sample from U(0, 1), and its asymptotic p-value. */
export function uniformityTest(values: readonly number[]): { n: number; distance: number; pValue: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  let distance = 0;
  sorted.forEach((value, i) => {
    distance = Math.max(distance, (i + 1) / n - value, value - i / n);
  });
  return {
    n,
    distance,
    pValue: n ? kolmogorovTail((Math.sqrt(n) + 0.12 + 0.11 / Math.sqrt(n)) * distance) : Number.NaN,
  };
}

/** P(K > x) for the Kolmogorov distribution. */
function kolmogorovTail(x: number): number {
  if (x < 0.2) return 1;
  let sum = 0;
  for (let k = 1; k <= 100; k++) sum += 2 * (k % 2 ? 1 : -1) * Math.exp(-2 * k * k * x * x);
  return Math.min(1, Math.max(0, sum));
}

/** Share, guarded against an empty denominator. */
export const share = (part: number, whole: number) => (whole > 0 ? part / whole : Number.NaN);
