/**
 * Why a site is at risk, as codes with parameters (the web app and the brief word them in French or
 * English). A reason that counts incidents keeps them as its evidence, so that a reader is told only
 * what it may read: `reasonsForReader` recounts each reason from the readable evidence, and a reason
 * resting only on records the reader may not open becomes "recent activity", without a count.
 */

export type RiskReasonCode =
  | 'site_incidents'
  | 'directorate_incidents'
  | 'kind_incidents'
  | 'signature_region'
  | 'campaign'
  | 'campaign_cover'
  | 'usual_rates'
  | 'detainee_profiles'
  | 'recent_activity';

/** An incident a reason counts: its id (for the reader's check), its site and when it happened. */
export interface RiskEvidence {
  id: string;
  siteId: string | null;
  time: number;
}

export interface RiskReason {
  code: RiskReasonCode;
  params: Record<string, string | number | string[]>;
  /** the incidents the reason counts; never sent to a reader (presenters drop it) */
  evidence?: RiskEvidence[];
}

/** A reason as a reader receives it: no evidence. */
export type ReaderRiskReason = Omit<RiskReason, 'evidence'>;

/** "in the last 24 h / 48 h / 72 h", then whole days, as a number of hours the app words. */
export function withinHours(ageMs: number): number {
  const hours = ageMs / 3_600_000;
  if (hours <= 72) return Math.max(24, Math.ceil(hours / 24) * 24);
  return Math.ceil(hours / 24) * 24;
}

/**
 * The reasons a reader may be given: counts, sites and spans recomputed from the evidence it may
 * read; a reason with no readable evidence is replaced by one `recent_activity` (said once).
 */
export function reasonsForReader(
  reasons: readonly RiskReason[],
  mayRead: (id: string) => boolean,
  at: number,
): ReaderRiskReason[] {
  const out: ReaderRiskReason[] = [];
  let hidden = false;
  for (const reason of reasons) {
    if (!reason.evidence) {
      out.push({ code: reason.code, params: reason.params });
      continue;
    }
    const readable = reason.evidence.filter((item) => mayRead(item.id));
    if (readable.length === 0) {
      if (!hidden) out.push({ code: 'recent_activity', params: {} });
      hidden = true;
      continue;
    }
    const params = { ...reason.params };
    if ('incidents' in params) params.incidents = readable.length;
    if ('sites' in params) params.sites = new Set(readable.map((item) => item.siteId).filter((id) => id !== null)).size;
    if ('within_hours' in params)
      params.within_hours = withinHours(at - Math.min(...readable.map((item) => item.time)));
    out.push({ code: reason.code, params });
    // what the unreadable part added is still said, without a count
    if (readable.length < reason.evidence.length && !hidden) {
      out.push({ code: 'recent_activity', params: {} });
      hidden = true;
    }
  }
  return out;
}

/** Every incident id the reasons rest on (one access check for a whole ranking). */
export function evidenceIds(reasons: Iterable<readonly RiskReason[]>): string[] {
  const ids = new Set<string>();
  for (const list of reasons) for (const reason of list) for (const item of reason.evidence ?? []) ids.add(item.id);
  return [...ids];
}
