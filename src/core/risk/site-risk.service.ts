/**
 * Site risk as a reader receives it. The ranking is computed once by the detector's holder and stored
 * (RiskRankingHolder); a request reads it (through StoredRankingCache: one primary-key read when it
 * has not changed). "Now" is always answered from the stored ranking, whose instant the answer gives;
 * a ranking is computed at the request only for an instant asked explicitly that the stored one does
 * not cover (a past date), or when none was ever stored. Reasons are recounted from what the reader
 * may read (analysis/risk/risk-reason.ts): one batched access check for the whole page.
 */
import { evidenceIds, reasonsForReader, type ReaderRiskReason } from '../../analysis/risk/risk-reason.ts';
import type { SiteRisk } from '../../analysis/waves/site-risk.ts';
import type { SiteRiskRepository } from '../../store/site-risk.repository.ts';
import { authorize } from '../access/access.ts';
import type { Principal } from '../shared/principal.ts';
import { forbidden } from '../shared/errors.ts';

/** The horizons the holder keeps a ranking for (hours). */
export const RISK_HORIZONS = [72, 168] as const;
/** A stored ranking answers for instants this close to the one it was computed for. */
export const RANKING_FRESH_MS = 30 * 60_000;
/** Every site: the most a page asks for. */
const ALL_SITES = 1000;

export interface SiteRiskDeps {
  /** the stored rankings (a StoredRankingCache in the application) */
  rankings: Pick<SiteRiskRepository, 'ranking'> & {
    /** of the evidence ids, those the principal may read */
    readableEvidence(principal: Principal, ids: readonly string[]): Promise<Set<string>>;
  };
  /** computes the risk at an instant (the detection runtime's model) */
  compute: (at: number, horizons: readonly number[]) => Promise<SiteRisk[][]>;
  now: () => number;
}

/** One site's risk, its reasons worded for the reader (no evidence). */
export type ReaderSiteRisk = Omit<SiteRisk, 'reasons'> & { reasons: ReaderRiskReason[] };

/** May the principal read the site risk at all? (The model reads every record; its reasons do not.) */
export function mayReadRisk(principal: Principal): boolean {
  return authorize(principal, { kind: 'read-risk' }).allowed;
}

/**
 * The `limit` sites most at risk over `horizonHours` from `at` (now when undefined), with reasons
 * counted from what `principal` may read. `stored` says whether the stored ranking answered.
 */
export async function siteRiskFor(
  deps: SiteRiskDeps,
  principal: Principal,
  at: number | undefined,
  horizonHours: number,
  limit: number,
) {
  const decision = authorize(principal, { kind: 'read-risk' });
  if (!decision.allowed) throw forbidden(decision.reason);
  const now = deps.now();
  const wanted = at ?? now;
  const stored = await deps.rankings.ranking(horizonHours, limit);
  // "now" is the holder's latest ranking, however long ago it was computed (it says when): a request never
  // computes one for the present while a ranking is stored
  const fresh = stored && (at === undefined || Math.abs(stored.computedFor.getTime() - wanted) <= RANKING_FRESH_MS);
  const answer = fresh
    ? { at: stored.computedFor.getTime(), items: stored.items, stored: true }
    : {
        at: wanted,
        items: (await deps.compute(wanted, [horizonHours]))[0].slice(0, Math.min(limit, ALL_SITES)),
        stored: false,
      };
  const readable = await deps.rankings.readableEvidence(
    principal,
    evidenceIds(answer.items.map((item) => item.reasons)),
  );
  const items: ReaderSiteRisk[] = answer.items.map((item) => ({
    ...item,
    reasons: reasonsForReader(item.reasons, (id) => readable.has(id), answer.at),
  }));
  return { at: answer.at, items, stored: answer.stored };
}
