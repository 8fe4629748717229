/**
 * How much an attack raises the risk at its site and the sites like it, by how rare its kind of act
 * is. The Hawkes model (analysis/waves/site-risk.ts) lets every attack excite alike, so a graffiti
 * on a prison wall, half of all attacks, counts as much as a shot at the gate or a staff car burned,
 * which France sees tens of times a year outside a wave (docs/detection.md, "What the bench
 * plants") and which, when they come, are mostly a campaign's. An attack of a share s of the recent
 * attacks excites in proportion to s^(−γ), scaled so the recent attacks excite as much in all as
 * they did alike: the fitted excitation's total is kept, only who carries it changes.
 */
import type { AnalysisIncident } from '../types.ts';

/**
 * γ, chosen on the detection bench's tuning seeds 1 and 2 (docs/detection.md, "Site risk"): wave
 * mornings with a target in the 72 h top 10, 133 / 158 at 0 (every attack alike, the model before
 * December 2026), 151 / 169 at 0.5, 161 / 182 at 1, 163 / 177 at 1.5. Held out (seeds 3-6, once):
 * 729 of 2,084 against 606, 1.52x the best naive ranking.
 */
export const RARITY_EXCITATION = 1;

/** The kind of act: its event types and target kinds ("gunfire:facility"). */
const kindOf = (incident: Pick<AnalysisIncident, 'eventTypes' | 'targetKinds'>) =>
  `${[...incident.eventTypes].sort().join('+')}:${[...incident.targetKinds].sort().join('+')}`;

/**
 * Each attack's excitation strength (mean 1 over `attacks`): (share of its kind)^(−γ), the shares
 * read from `attacks` with one more of each kind seen and one of a kind not seen (a kind seen once is
 * rare, never infinitely so). Incidents not among them get the strength of their kind all the same.
 */
export function rarityStrength(
  attacks: readonly Pick<AnalysisIncident, 'eventTypes' | 'targetKinds'>[],
  gamma = RARITY_EXCITATION,
): (incident: Pick<AnalysisIncident, 'eventTypes' | 'targetKinds'>) => number {
  if (gamma <= 0 || attacks.length === 0) return () => 1;
  const counts = new Map<string, number>();
  for (const attack of attacks) counts.set(kindOf(attack), (counts.get(kindOf(attack)) ?? 0) + 1);
  const total = attacks.length + counts.size + 1;
  const weight = (incident: Pick<AnalysisIncident, 'eventTypes' | 'targetKinds'>) =>
    (((counts.get(kindOf(incident)) ?? 0) + 1) / total) ** -gamma;
  const mean = attacks.reduce((sum, attack) => sum + weight(attack), 0) / attacks.length;
  return (incident) => weight(incident) / mean;
}
