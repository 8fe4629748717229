import type { AnalysisIncident } from './types.ts';

type Grade = NonNullable<AnalysisIncident['grade']>;

const RELIABILITY = { A: 1, B: 0.9, C: 0.75, D: 0.6, E: 0.45, F: 0.45 } as const;
const CREDIBILITY = { 1: 1, 2: 0.9, 3: 0.75, 4: 0.6, 5: 0.45, 6: 0.65 } as const;

/**
 * How much evidence resting on a source counts, from its Admiralty grade: A1 = 1, F6 ≈ 0.3.
 * F ("cannot be judged") and 6 ("cannot be judged") are not the worst grades: E (unreliable) and
 * 5 (improbable) are, but an ungraded rumour still counts for little.
 */
export function gradeWeight(grade: AnalysisIncident['grade']): number {
  if (!grade) return gradeWeight({ reliability: 'F', credibility: 6 });
  return Math.max(0.2, RELIABILITY[grade.reliability] * CREDIBILITY[grade.credibility]);
}

/** The best-graded of an incident's sources (the one whose weight is highest), or null. */
export function bestGrade(sources: Array<{ reliability?: string; credibility?: number }>): Grade | null {
  let best: Grade | null = null;
  for (const source of sources) {
    if (!source.reliability || !source.credibility) continue;
    const grade = { reliability: source.reliability, credibility: source.credibility } as Grade;
    if (!(grade.reliability in RELIABILITY) || !(grade.credibility in CREDIBILITY)) continue;
    if (!best || gradeWeight(grade) > gradeWeight(best)) best = grade;
  }
  return best;
}

export const formatGrade = (grade: AnalysisIncident['grade']) =>
  grade ? `${grade.reliability}${grade.credibility}` : 'ungraded';
