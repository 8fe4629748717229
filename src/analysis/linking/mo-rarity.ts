/**
 * How much a shared modus operandi says, from how common it is among the attacks seen so far.
 *
 * Two staff cars burned on the same night say more than two graffiti: in France staff-car arsons
 * are tens a year, graffiti on a prison wall half of all attacks (docs/detection.md, "What the
 * bench plants"). The MO link was a Jaccard of event and target kinds, so two unrelated graffiti
 * near each other were "identical MO" and tied ordinary campaigns as strongly as a wave's arsons.
 * A shared class (event type × target kind) is weighed by its information, −ln(its share of the
 * attacks): full weight from FULL_INFORMATION (a class of 1 attack in 20 or rarer), less below it.
 * Until MIN_ATTACKS attacks are known (a fresh deployment), every class weighs fully, as before:
 * a store that has seen nothing cannot tell rare from common.
 */
import { classOf } from '../event-class.ts';
import type { AnalysisIncident } from '../types.ts';

/** Information (nats) from which a shared class counts fully: a share of 1/20 or less. */
export const FULL_INFORMATION = Math.log(20);
/** Attacks known before the counts are trusted. */
export const MIN_ATTACKS = 200;

type Mo = Pick<AnalysisIncident, 'eventTypes' | 'targetKinds'>;

/** The classes of an act: each event type × each target kind, or each event type alone (`targets` false or none named). */
function classKeys(incident: Mo, targets = true): string[] {
  if (!targets || incident.targetKinds.length === 0) return [...new Set(incident.eventTypes)];
  return [...new Set(incident.eventTypes.flatMap((type) => incident.targetKinds.map((target) => `${type}:${target}`)))];
}

/** Counts of the attacks by class, kept up to date as incidents come and go. */
export class MoRarity {
  private readonly counts = new Map<string, number>();
  private attacks = 0;

  /** Counts an incident (only attacks count), or takes it back (`sign` −1). */
  count(incident: Pick<AnalysisIncident, 'eventTypes' | 'targetKinds'>, sign: 1 | -1 = 1): void {
    if (classOf(incident) !== 'attack') return;
    this.attacks += sign;
    for (const key of new Set([...classKeys(incident, false), ...classKeys(incident)])) {
      const next = (this.counts.get(key) ?? 0) + sign;
      if (next > 0) this.counts.set(key, next);
      else this.counts.delete(key);
    }
  }

  /** The share of the attacks showing a class (a known class at least half an attack). */
  share(classKey: string): number {
    return Math.max(0.5, this.counts.get(classKey) ?? 0) / Math.max(1, this.attacks);
  }

  /**
   * The weight in [0, 1] of what two incidents share: the information of their rarest shared class
   * over FULL_INFORMATION; by event type alone when either names no target kind (as moSimilarity
   * leaves that dimension out). 1 while fewer than MIN_ATTACKS attacks are known, or when they share
   * no class (their MO similarity is then 0).
   */
  weight(a: Mo, b: Mo): number {
    if (this.attacks < MIN_ATTACKS) return 1;
    const targets = a.targetKinds.length > 0 && b.targetKinds.length > 0;
    const theirs = new Set(classKeys(b, targets));
    const shared = classKeys(a, targets).filter((key) => theirs.has(key));
    if (shared.length === 0) return 1;
    const information = Math.max(...shared.map((key) => -Math.log(this.share(key))));
    return Math.min(1, information / FULL_INFORMATION);
  }
}
