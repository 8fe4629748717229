import { isDeepStrictEqual } from 'node:util';
import type { Campaign } from '../../analysis/linking/campaign-types.ts';
import type { CampaignToStore } from '../../store/campaign.repository.ts';
import type { CampaignRow } from '../../store/schema.ts';

/** What the store keeps of a clustered campaign (a candidate is stored as active). */
export function campaignRecord(id: string, campaign: Campaign, dismissedReason: string | null): CampaignToStore {
  return {
    id,
    key: campaign.key,
    state: campaign.status === 'candidate' ? 'active' : campaign.status,
    start: new Date(campaign.start),
    end: new Date(campaign.end),
    sites: campaign.sites,
    sharedSignatures: campaign.sharedSignatures.map(({ normalized, text, count }) => ({ normalized, text, count })),
    confidence: campaign.confidence,
    explanation: campaign.explanation,
    facts: { ...campaign.numbers, core: campaign.core, medoid: campaign.medoid },
    members: campaign.members,
    dismissedReason: campaign.status === 'dismissed' ? dismissedReason : null,
  };
}

/**
 * Whether the stored row (with its members) already says all the record says. Re-clustering a
 * window finds most of its campaigns as they were; writing them again cost three statements each per
 * import batch and bumped their version for nothing. Facts are compared as values (jsonb reorders keys).
 */
export function storedAsIs(row: CampaignRow, members: readonly string[] | undefined, record: CampaignToStore): boolean {
  return (
    sameMembers(members, record.members) &&
    row.state === record.state &&
    (row.dismissed_reason ?? null) === (record.dismissedReason ?? null) &&
    new Date(row.start_at).getTime() === record.start.getTime() &&
    new Date(row.end_at).getTime() === record.end.getTime() &&
    row.confidence === record.confidence &&
    row.explanation === record.explanation &&
    isDeepStrictEqual(row.sites, record.sites) &&
    isDeepStrictEqual(row.shared_signatures, record.sharedSignatures) &&
    isDeepStrictEqual(row.facts, JSON.parse(JSON.stringify(record.facts)))
  );
}

/** The same incidents, in any order (undefined: not known, so not the same). */
export function sameMembers(stored: readonly string[] | undefined, members: readonly string[]): boolean {
  if (!stored || stored.length !== members.length) return false;
  const set = new Set(stored);
  return members.every((id) => set.has(id));
}
