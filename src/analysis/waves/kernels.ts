/**
 * The Monte Carlo kernels by name. Workers receive a kernel's name and its input (plain typed
 * arrays), never a function, so both threads must find the same code here.
 */
import { permutationScanKernel, type PermutationScanInput } from './permutation-scan.kernel.ts';
import { poissonScanKernel, type PoissonScanInput } from './poisson-scan.kernel.ts';
import type { Rng } from './rng.ts';

/** Simulates replications of a null hypothesis and computes the scan statistic of each. */
export interface ReplicationKernel<Input, State> {
  /** work done once per job and thread (cumulative sums, buffers) */
  prepare(input: Input): State;
  /** fills every slot of `out` with the statistic of one simulated data set */
  replicate(state: State, rng: Rng, out: Float64Array): void;
  /** rough operations per replication, to decide whether threads are worth starting */
  cost(input: Input): number;
}

/** Inputs by kernel name. */
export interface KernelInputs {
  'poisson-scan': PoissonScanInput;
  'permutation-scan': PermutationScanInput;
}

/** The name of a kernel. */
export type KernelName = keyof KernelInputs;

/**
 * Every kernel by name. The state types are private to each kernel: callers only ever pass an input
 * and get numbers back.
 */
export const kernels: { [Name in KernelName]: ReplicationKernel<KernelInputs[Name], unknown> } = {
  'poisson-scan': poissonScanKernel as ReplicationKernel<PoissonScanInput, unknown>,
  'permutation-scan': permutationScanKernel as ReplicationKernel<PermutationScanInput, unknown>,
};
