import type { ExpressionSpecification } from 'maplibre-gl';
import { POSTURE_LEVELS, type Posture } from '../../api/alerts-types.ts';
import type { Facility } from '../../api/types.ts';

/** One colour per posture level, from normal (grey) to maximal (dark red), as on the badges. */
export const POSTURE_COLORS = ['#9aa3ad', '#e0a800', '#d0661c', '#7c0f12'] as const;

/** A match expression colouring a facility by its posture rank (1 reinforced … 3 maximal). */
export const postureExpression = [
  'match',
  ['get', 'posture'],
  1,
  POSTURE_COLORS[1],
  2,
  POSTURE_COLORS[2],
  3,
  POSTURE_COLORS[3],
  POSTURE_COLORS[0],
] as unknown as ExpressionSpecification;

const rank = (level: string) => Math.max(0, POSTURE_LEVELS.indexOf(level as (typeof POSTURE_LEVELS)[number]));

/**
 * The effective level rank of each facility under the levels in force: the highest of its own,
 * its directorate's and the national one.
 */
export function postureRanker(active: Posture[]): (facility: Facility) => number {
  const byScope = new Map<string, number>();
  for (const posture of active) {
    const key = `${posture.scope}:${posture.scope_id}`;
    byScope.set(key, Math.max(byScope.get(key) ?? 0, rank(posture.level)));
  }
  const national = byScope.get('national:') ?? 0;
  return (facility) =>
    Math.max(
      national,
      byScope.get(`site:${facility.id}`) ?? 0,
      facility.directorate ? (byScope.get(`directorate:${facility.directorate.code}`) ?? 0) : 0,
    );
}
