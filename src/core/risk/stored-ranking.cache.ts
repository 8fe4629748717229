/**
 * The stored site risk rankings as a request reads them. Decoding a ranking (a row per site, each
 * with its reasons and their evidence as JSON) cost more than the rest of a request, so each
 * horizon's whole ranking is kept decoded in memory, and a request only asks the store which ranking
 * is current (one primary-key read): any instance sees the holder's new ranking at its next request.
 * `warm` reads them once at start, so the first request after start pays nothing more.
 */
import { evidenceIds } from '../../analysis/risk/risk-reason.ts';
import type { EvidenceAccess, SiteRiskRepository, StoredRanking } from '../../store/site-risk.repository.ts';
import { authorize, readScope } from '../access/access.ts';
import type { Principal } from '../shared/principal.ts';

/** Every site: a ranking is kept whole, pages are cut from it. */
/** How long the evidence's access fields are used at most without being read again. */
export const ACCESS_MAX_AGE_MS = 2_000;
const WHOLE_RANKING = 100_000;

export class StoredRankingCache {
  private readonly held = new Map<number, StoredRanking>();
  /** the incident revision the last version read saw */
  private revision: string | undefined;
  /** who may read each evidence id, as the incidents stood at `access.revision` */
  private access: { revision: string; at: number; records: Map<string, EvidenceAccess> } | undefined;

  constructor(
    private readonly rankings: Pick<SiteRiskRepository, 'version' | 'ranking' | 'readableIncidentIds' | 'accessOf'>,
    private readonly now: () => number = Date.now,
  ) {}

  /** The first `limit` sites of the current ranking of a horizon, or undefined when none is stored. */
  async ranking(horizonHours: number, limit: number): Promise<StoredRanking | undefined> {
    const version = await this.rankings.version(horizonHours);
    this.revision = version?.incidentRevision;
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

  /** The reasons' evidence check in SQL, for a ranking computed at the request (not stored). */
  readableIncidentIds: SiteRiskRepository['readableIncidentIds'] = (scope, ids) =>
    this.rankings.readableIncidentIds(scope, ids);

  /**
   * Of `ids` (evidence of the ranking just read), those `principal` may read, decided by the access
   * policy itself on each incident's marking, owner, author and compartments. Those fields are read from
   * the store once per incident revision (read with the ranking's version, in the same query), for the
   * evidence of every held ranking: while no incident changes, a request's check costs no query, and
   * any write to incidents, on any instance, makes the next request read them again. A write's statement
   * moves the revision before it commits, so what was read in between is kept no longer than
   * `ACCESS_MAX_AGE_MS` (as the incident read cache does).
   */
  async readableEvidence(principal: Principal, ids: readonly string[]): Promise<Set<string>> {
    const revision = this.revision;
    if (revision === undefined) return this.rankings.readableIncidentIds(readScope(principal), ids);
    let access = this.access;
    const now = this.now();
    if (
      !access ||
      access.revision !== revision ||
      now - access.at > ACCESS_MAX_AGE_MS ||
      ids.some((id) => !access!.records.has(id))
    ) {
      const wanted = new Set(ids);
      for (const ranking of this.held.values())
        for (const id of evidenceIds(ranking.items.map((item) => item.reasons))) wanted.add(id);
      access = { revision, at: now, records: await this.rankings.accessOf([...wanted]) };
      // An id not found (an incident deleted) is kept as unreadable for this revision.
      for (const id of wanted) if (!access.records.has(id)) access.records.set(id, NOBODY);
      this.access = access;
    }
    const records = access.records;
    return new Set(
      ids.filter((id) => {
        const record = records.get(id);
        return record !== undefined && record !== NOBODY && authorize(principal, { kind: 'read', record }).allowed;
      }),
    );
  }

  /** Reads the stored rankings of `horizons` now (server start), so that no request decodes them first. */
  async warm(horizons: readonly number[]): Promise<void> {
    for (const hours of horizons) await this.ranking(hours, 0);
  }
}

/** An evidence id with no incident behind it: nobody reads it. */
const NOBODY: EvidenceAccess = { owner_org_id: '', marking: 'none', compartments: [], created_by: null };
