/**
 * A stored site-risk ranking for bench:load (issue 19.4): the detection's holder would index the whole
 * million-incident history to compute one, which is not what the bench measures. This ranks the sites
 * by their incidents of the horizon and keeps up to three of them as each reason's evidence (of every
 * marking, so the reader's check of the evidence does its real work), and stores it as the holder does.
 */
import { sql, type Kysely } from 'kysely';
import type { SiteRisk } from '../../src/analysis/waves/site-risk.ts';
import type { DB } from '../../src/store/schema.ts';
import { SiteRiskRepository } from '../../src/store/site-risk.repository.ts';

/** Stores a ranking of every facility for each horizon, computed for `now`. */
export async function storeBenchRanking(db: Kysely<DB>, now: Date, horizons: readonly number[]): Promise<void> {
  const repository = new SiteRiskRepository(db);
  for (const hours of horizons) {
    const since = new Date(now.getTime() - hours * 3_600_000);
    const { rows } = await sql<{ site: string; n: number; ids: string[]; times: Date[] }>`
      SELECT f.id AS site, count(i.id)::int AS n,
        coalesce((array_agg(i.id::text ORDER BY i.occurred_start DESC) FILTER (WHERE i.id IS NOT NULL))[1:3], '{}') AS ids,
        coalesce((array_agg(i.occurred_start ORDER BY i.occurred_start DESC) FILTER (WHERE i.id IS NOT NULL))[1:3], '{}') AS times
      FROM facilities f LEFT JOIN incidents i ON i.facility_id = f.id AND i.occurred_start > ${since}
      GROUP BY f.id ORDER BY n DESC, f.id`.execute(db);
    const items: SiteRisk[] = rows.map((row) => {
      const background = 0.05 * (hours / 24);
      const expected = background + row.n * 0.1;
      return {
        siteId: row.site,
        horizonHours: hours,
        expected,
        background,
        excitation: expected - background,
        probability: 1 - Math.exp(-expected),
        relativeRisk: expected / background,
        reasons:
          row.n > 0
            ? [
                {
                  code: 'site_incidents',
                  params: { incidents: row.n, within_hours: hours },
                  evidence: row.ids.map((id, index) => ({
                    id,
                    siteId: row.site,
                    time: new Date(row.times[index]).getTime(),
                  })),
                },
              ]
            : [{ code: 'usual_rates', params: {} }],
      };
    });
    await repository.replace(hours, now, items);
  }
}
