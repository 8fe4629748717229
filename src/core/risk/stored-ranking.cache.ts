/**
 * The stored site risk rankings as a request reads them. Decoding a ranking (a row per site, each
 * with its reasons and their evidence as JSON) cost more than the rest of a request, so each
 * horizon's whole ranking is kept decoded in memory, and a request only asks the store which ranking
 * is current (one primary-key read): any instance sees the holder's new ranking at its next request.
 * `warm` reads them once at start, so the first request after start pays nothing more.
 */
import type { SiteRiskRepository, StoredRanking } from '../../store/site-risk.repository.ts';

/** Every site: a ranking is kept whole, pages are cut from it. */
const WHOLE_RANKING = 100_000;

export class StoredRankingCache {
  private readonly held = new Map<number, StoredRanking>();

  constructor(private readonly rankings: Pick<SiteRiskRepository, 'version' | 'ranking' | 'readableIncidentIds'>) {}

  /** The first `limit` sites of the current ranking of a horizon, or undefined when none is stored. */
  async ranking(horizonHours: number, limit: number): Promise<StoredRanking | undefined> {
    const version = await this.rankings.version(horizonHours);
    if (!version) {
      this.held.delete(horizonHours);
      return undefined;
    }
    let ranking = this.held.get(horizonHours);
    if (
      !ranking ||
      ranking.computedAt.getTime() !== version.computedAt.getTime() ||
      ranking.computedFor.getTime() !== version.computedFor.getTime()
    ) {
      ranking = await this.rankings.ranking(horizonHours, WHOLE_RANKING);
      if (!ranking) return undefined;
      this.held.set(horizonHours, ranking);
    }
    return { ...ranking, items: ranking.items.slice(0, limit) };
  }

  /** The reasons' evidence check goes to the store every time: it depends on the reader. */
  readableIncidentIds: SiteRiskRepository['readableIncidentIds'] = (scope, ids) =>
    this.rankings.readableIncidentIds(scope, ids);

  /** Reads the stored rankings of `horizons` now (server start), so that no request decodes them first. */
  async warm(horizons: readonly number[]): Promise<void> {
    for (const hours of horizons) await this.ranking(hours, 0);
  }
}
