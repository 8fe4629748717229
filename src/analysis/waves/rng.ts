/**
 * Seeded randomness for the Monte Carlo tests of wave detection. Every p-value Vigie shows must be
 * reproducible: the same seed gives the same draws on every machine and in every worker, so the
 * generator is written here (xoshiro128**) rather than taken from Math.random.
 */

const TWO_POW_32 = 4294967296;

/** murmur3's 32-bit finaliser: spreads every input bit over the whole word. */
function mix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * A child seed for one numbered stream of a seed (a chunk of replications, the observed tie-breaker...).
 * Chunks get their own streams so the result does not depend on which worker ran which chunk.
 */
export function deriveSeed(seed: number, ...path: number[]): number {
  let h = mix32((seed >>> 0) ^ 0x9e3779b9);
  for (const step of path) h = mix32(h ^ mix32((step >>> 0) + 0x7f4a7c15));
  return h;
}

/** Natural logarithm of k! (exact table below 256, Stirling series above). */
export function logFactorial(k: number): number {
  if (k < LOG_FACTORIALS.length) return LOG_FACTORIALS[k];
  const n = k + 1;
  return (n - 0.5) * Math.log(n) - n + 0.5 * Math.log(2 * Math.PI) + 1 / (12 * n) - 1 / (360 * n * n * n);
}

const LOG_FACTORIALS = (() => {
  const table = new Float64Array(256);
  for (let k = 1; k < table.length; k++) table[k] = table[k - 1] + Math.log(k);
  return table;
})();

/** A seeded xoshiro128** generator with the draws the scans need. */
export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    // splitmix32 fills the state, so nearby seeds (1, 2, 3...) give unrelated streams
    let s = seed >>> 0;
    const next = () => {
      s = (s + 0x9e3779b9) >>> 0;
      return mix32(s);
    };
    this.a = next();
    this.b = next();
    this.c = next();
    this.d = next() || 1;
  }

  /** A uniform 32-bit unsigned integer. */
  nextUint32(): number {
    const result = Math.imul(rotl(Math.imul(this.b, 5), 7), 9) >>> 0;
    const t = this.b << 9;
    this.c ^= this.a;
    this.d ^= this.b;
    this.b ^= this.c;
    this.a ^= this.d;
    this.c ^= t;
    this.d = rotl(this.d, 11);
    return result;
  }

  /** A uniform number in the open interval (0, 1): never 0, so its logarithm is always finite. */
  float(): number {
    return (this.nextUint32() + 0.5) / TWO_POW_32;
  }

  /** A uniform integer in [0, n), n ≤ 2^32 (multiply-shift; the bias is below 2^-32 · n). */
  int(n: number): number {
    return Math.floor(this.float() * n);
  }

  /** An exponential delay with the given rate (mean 1 / rate). */
  exponential(rate: number): number {
    return -Math.log(this.float()) / rate;
  }

  /**
   * A Poisson count with mean λ: inversion by sequential search below λ = 10 (a handful of
   * multiplications), Hörmann's PTRS transformed rejection above (constant time whatever λ).
   */
  poisson(lambda: number): number {
    if (!(lambda > 0)) return 0;
    if (lambda < 10) return this.poissonInversion(lambda);
    return this.poissonPtrs(lambda);
  }

  private poissonInversion(lambda: number): number {
    const u = this.float();
    let p = Math.exp(-lambda);
    let cumulative = p;
    let k = 0;
    // the bound only guards against rounding at the far tail
    while (u > cumulative && k < 200) {
      k++;
      p *= lambda / k;
      cumulative += p;
    }
    return k;
  }

  /** W. Hörmann (1993), "The transformed rejection method for generating Poisson random variables". */
  private poissonPtrs(lambda: number): number {
    const sqrtLambda = Math.sqrt(lambda);
    const logLambda = Math.log(lambda);
    const b = 0.931 + 2.53 * sqrtLambda;
    const a = -0.059 + 0.02483 * b;
    const invAlpha = 1.1239 + 1.1328 / (b - 3.4);
    const vr = 0.9277 - 3.6224 / (b - 2);
    for (;;) {
      const u = this.float() - 0.5;
      const v = this.float();
      const us = 0.5 - Math.abs(u);
      const k = Math.floor(((2 * a) / us + b) * u + lambda + 0.43);
      if (us >= 0.07 && v <= vr) return k;
      if (k < 0 || (us < 0.013 && v > us)) continue;
      const left = Math.log(v) + Math.log(invAlpha) - Math.log(a / (us * us) + b);
      if (left <= -lambda + k * logLambda - logFactorial(k)) return k;
    }
  }
}

function rotl(x: number, k: number): number {
  return ((x << k) | (x >>> (32 - k))) >>> 0;
}
