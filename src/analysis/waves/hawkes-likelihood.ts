/**
 * The log-likelihood of the multivariate Hawkes process over sites, and its maximisation.
 *
 * Intensity at site s: λ_s(t) = η μ_s(t) + α_self Σ_{j at s} β e^{−β(t − t_j)}
 *                                        + α_cross Σ_{j elsewhere} w(s_j → s) β e^{−β(t − t_j)},
 * with μ_s the baseline rate (per day), w the site affinity, α the expected number of follow-on
 * incidents per incident. For fixed β the intensity is linear in θ = (η, α_self, α_cross):
 * λ_i = z_i · θ, and the log-likelihood over a window is Σ_i log(z_i · θ) − g · θ, concave in θ.
 * So a few projected Newton steps find the maximum on θ ≥ 0, and everything about the events is
 * summarised once in z (three numbers per incident) and g (three numbers).
 *
 * The exponential kernel makes z computable in one pass: each site keeps its excitation level,
 * decayed by e^{−βΔt} and raised at each incident it receives, so the pass costs the number of
 * incidents × the sites each one excites.
 */
import { DAY_MS } from './paris-day.ts';

/** An incident as the likelihood sees it: its time, its site row, and the sites it excites. */
export interface ExcitationEvent {
  time: number;
  site: number;
}

/** Everything the likelihood needs about a window's events. */
export interface LikelihoodTerms {
  /** events in the window, n × 3: background rate, self excitation, cross excitation (per day) */
  z: Float64Array;
  count: number;
  /** the integrals of the three components over the window (the compensator) */
  g: [number, number, number];
}

/** How to compute the terms. */
export interface TermsInput {
  /** sorted by time; those before `from` are history: they excite but are not explained */
  events: readonly ExcitationEvent[];
  from: number;
  to: number;
  /** number of site rows (state arrays' size) */
  sites: number;
  /** decay per day */
  beta: number;
  /** background rate (per day) at a site at an instant */
  backgroundRate: (site: number, time: number) => number;
  /** the background integral over the window, summed over the modelled sites */
  backgroundIntegral: number;
  /** the sites the i-th event excites, other than its own, with weights */
  links: (event: number) => ReadonlyArray<{ site: number; weight: number }>;
}

/** One pass over the events: the z vectors of the window's events and the compensator g. */
export function likelihoodTerms(input: TermsInput): LikelihoodTerms {
  const { events, from, to, beta } = input;
  const selfLevel = new Float64Array(input.sites);
  const crossLevel = new Float64Array(input.sites);
  const at = new Float64Array(input.sites).fill(-Infinity);
  const decay = (site: number, time: number) => {
    if (time <= at[site]) return;
    const factor = at[site] === -Infinity ? 0 : Math.exp((-beta * (time - at[site])) / DAY_MS);
    selfLevel[site] *= factor;
    crossLevel[site] *= factor;
    at[site] = time;
  };
  const z: number[] = [];
  let selfMass = 0;
  let crossMass = 0;
  for (let i = 0; i < events.length; i++) {
    const { time, site } = events[i];
    if (time >= to) break;
    decay(site, time);
    if (time >= from) z.push(input.backgroundRate(site, time), selfLevel[site], crossLevel[site]);
    // the share of this incident's kernel that falls in the window
    const kernelMass = Math.exp((-beta * Math.max(0, from - time)) / DAY_MS) - Math.exp((-beta * (to - time)) / DAY_MS);
    selfLevel[site] += beta;
    selfMass += kernelMass;
    for (const link of input.links(i)) {
      decay(link.site, time);
      crossLevel[link.site] += link.weight * beta;
      crossMass += kernelMass * link.weight;
    }
  }
  return { z: Float64Array.from(z), count: z.length / 3, g: [input.backgroundIntegral, selfMass, crossMass] };
}

/** The log-likelihood at θ (−Infinity where some intensity is not positive). */
export function logLikelihood(terms: LikelihoodTerms, theta: readonly number[]): number {
  let sum = -(terms.g[0] * theta[0] + terms.g[1] * theta[1] + terms.g[2] * theta[2]);
  for (let i = 0; i < terms.count; i++) {
    const lambda = terms.z[3 * i] * theta[0] + terms.z[3 * i + 1] * theta[1] + terms.z[3 * i + 2] * theta[2];
    if (!(lambda > 0)) return -Infinity;
    sum += Math.log(lambda);
  }
  return sum;
}

/** A maximum likelihood fit. */
export interface LikelihoodFit {
  theta: [number, number, number];
  logLikelihood: number;
}

/**
 * Maximises the log-likelihood over the free components of θ ≥ 0, the others held at `start`.
 * Projected Newton: components at 0 whose gradient points below 0 stay there; the step is halved
 * until the likelihood rises. Concavity makes the answer unique.
 */
export function maximiseLikelihood(
  terms: LikelihoodTerms,
  start: [number, number, number],
  free: [boolean, boolean, boolean],
): LikelihoodFit {
  // a component with no mass in the window cannot be estimated (and would run off): hold it
  const open = free.map((isFree, k) => isFree && terms.g[k] > 0);
  const theta: [number, number, number] = [...start];
  open.forEach((isOpen, k) => {
    if (isOpen && theta[k] <= 0) theta[k] = 0.1;
  });
  let current = logLikelihood(terms, theta);
  for (let iteration = 0; iteration < 100 && Number.isFinite(current); iteration++) {
    const { gradient, hessian } = derivatives(terms, theta);
    const active = [0, 1, 2].filter((k) => open[k] && (theta[k] > 0 || gradient[k] > 0));
    if (active.length === 0) break;
    const step = solveNewton(hessian, gradient, active);
    let improved = false;
    for (let t = 1, tries = 0; tries < 40; tries++, t /= 2) {
      const next: [number, number, number] = [...theta];
      for (const k of active) next[k] = Math.max(0, theta[k] + t * step[k]);
      const value = logLikelihood(terms, next);
      if (value > current) {
        const gain = value - current;
        theta.splice(0, 3, ...next);
        current = value;
        improved = gain > 1e-10 * (1 + Math.abs(current));
        break;
      }
    }
    if (!improved) break;
  }
  return { theta, logLikelihood: current };
}

function derivatives(terms: LikelihoodTerms, theta: readonly number[]) {
  const gradient = [-terms.g[0], -terms.g[1], -terms.g[2]];
  const hessian = [0, 0, 0, 0, 0, 0, 0, 0, 0];
  for (let i = 0; i < terms.count; i++) {
    const z0 = terms.z[3 * i];
    const z1 = terms.z[3 * i + 1];
    const z2 = terms.z[3 * i + 2];
    const lambda = z0 * theta[0] + z1 * theta[1] + z2 * theta[2];
    const inverse = 1 / lambda;
    const inverseSquare = inverse * inverse;
    const z = [z0, z1, z2];
    for (let a = 0; a < 3; a++) {
      gradient[a] += z[a] * inverse;
      for (let b = 0; b < 3; b++) hessian[3 * a + b] -= z[a] * z[b] * inverseSquare;
    }
  }
  return { gradient, hessian };
}

/** The Newton step on the active components (Gaussian elimination on at most 3 × 3), or the gradient. */
function solveNewton(hessian: number[], gradient: number[], active: number[]): number[] {
  const n = active.length;
  const matrix = active.map((a) => [...active.map((b) => -hessian[3 * a + b]), gradient[a]]);
  // a tiny ridge keeps the system solvable when a component has a single informative event
  const trace = active.reduce((sum, a) => sum - hessian[3 * a + a], 0);
  for (let i = 0; i < n; i++) matrix[i][i] += 1e-12 * trace + 1e-300;
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let row = col + 1; row < n; row++) if (Math.abs(matrix[row][col]) > Math.abs(matrix[pivot][col])) pivot = row;
    [matrix[col], matrix[pivot]] = [matrix[pivot], matrix[col]];
    if (!(Math.abs(matrix[col][col]) > 0)) return gradient.map((value, k) => (active.includes(k) ? value : 0));
    for (let row = 0; row < n; row++) {
      if (row === col) continue;
      const factor = matrix[row][col] / matrix[col][col];
      for (let c = col; c <= n; c++) matrix[row][c] -= factor * matrix[col][c];
    }
  }
  const step = [0, 0, 0];
  active.forEach((k, i) => (step[k] = matrix[i][n] / matrix[i][i]));
  return step;
}
