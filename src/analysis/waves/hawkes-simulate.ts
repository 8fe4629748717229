/**
 * Simulation of the multivariate Hawkes process by its branching structure (Hawkes & Oakes 1974):
 * background incidents arrive as an inhomogeneous Poisson process, and every incident, background or
 * not, has Poisson(α_self) children at its own site and Poisson(α_cross × w) at each site it shares
 * something with, after exponential delays of mean 1 / β days. Exact, and far simpler than thinning.
 * Used for the parametric bootstrap of the Hawkes test and to plant cascades in tests.
 */
import { DAY_MS, parisDay, parisDayStart } from './paris-day.ts';
import type { Rng } from './rng.ts';

/** An incident of the simulation: when, and at which site row. */
export interface SimulatedEvent {
  time: number;
  site: number;
}

/** What to simulate. */
export interface HawkesSimulation {
  /** the site rows simulated */
  sites: readonly number[];
  /** [from, to), epoch milliseconds */
  from: number;
  to: number;
  /** expected background incidents at a site during [fromMs, toMs), constant within a Paris local day */
  background: (site: number, fromMs: number, toMs: number) => number;
  /** decay per day: delays have mean 1 / beta days */
  beta: number;
  alphaSelf: number;
  alphaCross: number;
  /** the sites a site's incidents excite, with weights in [0, 1] (only simulated sites) */
  links: (site: number) => ReadonlyArray<{ site: number; weight: number }>;
  /** incidents before `from` whose children may fall in the window */
  history?: readonly SimulatedEvent[];
  /** a bound on the number of events, against explosive parameters (default 100,000) */
  maxEvents?: number;
}

/** Simulates incidents in [from, to), sorted by time. */
export function simulateHawkes(simulation: HawkesSimulation, rng: Rng): SimulatedEvent[] {
  const { from, to } = simulation;
  const maxEvents = simulation.maxEvents ?? 100_000;
  const events: SimulatedEvent[] = [];
  for (const site of simulation.sites) {
    for (let day = parisDay(from); day <= parisDay(to - 1); day++) {
      const start = Math.max(parisDayStart(day), from);
      const end = Math.min(parisDayStart(day + 1), to);
      const count = rng.poisson(simulation.background(site, start, end));
      for (let i = 0; i < count; i++) events.push({ time: start + rng.float() * (end - start), site });
    }
  }
  // every parent, past or simulated, gets its children in the window; children are parents in turn
  const parents: SimulatedEvent[] = [...(simulation.history ?? []), ...events];
  for (let next = 0; next < parents.length && events.length < maxEvents; next++) {
    const parent = parents[next];
    for (const child of children(simulation, parent, rng)) {
      events.push(child);
      parents.push(child);
    }
  }
  return events.sort((a, b) => a.time - b.time);
}

function children(simulation: HawkesSimulation, parent: SimulatedEvent, rng: Rng): SimulatedEvent[] {
  const { beta, from, to } = simulation;
  // delays in days that land in the window: [lo, hi)
  const lo = Math.max(0, from - parent.time) / DAY_MS;
  const hi = (to - parent.time) / DAY_MS;
  if (hi <= lo) return [];
  const upper = Math.exp(-beta * lo);
  const lower = Math.exp(-beta * hi);
  const mass = upper - lower;
  const result: SimulatedEvent[] = [];
  const spawn = (site: number, alpha: number) => {
    const count = rng.poisson(alpha * mass);
    for (let i = 0; i < count; i++) {
      // inverse of the exponential distribution truncated to [lo, hi)
      const delay = -Math.log(upper - rng.float() * mass) / beta;
      result.push({ time: parent.time + delay * DAY_MS, site });
    }
  };
  if (simulation.alphaSelf > 0) spawn(parent.site, simulation.alphaSelf);
  if (simulation.alphaCross > 0) {
    for (const link of simulation.links(parent.site)) spawn(link.site, simulation.alphaCross * link.weight);
  }
  return result;
}
