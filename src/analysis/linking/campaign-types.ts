/**
 * What a campaign is, how it is clustered, and the decisions analysts take on it. Types only.
 */
import type { AliasTable } from './signature-similarity.ts';

/** `candidate` until an analyst confirms or dismisses it. */
export type CampaignStatus = 'candidate' | 'confirmed' | 'dismissed';

/**
 * An analyst's decision about campaigns, persisted by the lead and passed to every later run, in the
 * order taken: where two decisions disagree about the same incidents, the later one wins (a merge
 * after a split joins the groups again). Decisions naming incidents that are gone are ignored.
 *
 * - `confirm`: these members are one campaign under this key. They are always clustered together
 *   (must-link), stay members while they exist, and the campaign keeps the key and the status
 *   `confirmed`. New incidents may still join it.
 * - `dismiss`: the campaign under this key is not one. When clustering finds it again (recognised by
 *   its members through `members` or the previous campaigns), it keeps the key and stays
 *   `dismissed`, even as it grows.
 * - `split`: no two incidents from different groups are ever clustered together (cannot-link),
 *   whatever later links say. The first group keeps the key, group i (from 1) gets `key/i+1`.
 * - `merge`: the members of these campaigns are one campaign (must-link), under the first key,
 *   `confirmed`. Members come from `members` when given, else from the previous campaigns.
 * - `exclude`: this incident never joins the campaign under this key (cannot-link with its members).
 * - `confirm_probable`: an analyst confirmed a probable member: it joins the campaign (must-link with
 *   its members), keeping the key.
 * - `dismiss_probable`: an analyst dismissed a probable member: it is never proposed again for this
 *   campaign (the detection reads it; clustering ignores it).
 */
export type CampaignDecision =
  | { kind: 'confirm'; campaign: string; members: string[] }
  | { kind: 'dismiss'; campaign: string; members?: string[] }
  | { kind: 'split'; campaign: string; groups: string[][] }
  | { kind: 'merge'; campaigns: string[]; members?: string[] }
  | { kind: 'exclude'; campaign: string; incident: string }
  | { kind: 'confirm_probable'; campaign: string; incident: string; members: string[] }
  | { kind: 'dismiss_probable'; campaign: string; incident: string };

/** A campaign from an earlier run: how keys carry over from run to run. */
export interface KnownCampaign {
  key: string;
  members: string[];
}

export interface CampaignOptions {
  /** two incidents are tied only when their intervals are at most this many days apart; default 10 */
  windowDays?: number;
  /**
   * a campaign never spans more than this many days (first start to last start); a union that would
   * stretch it further is refused, so a tag reused for a year does not make a year-long campaign;
   * default 31
   */
  maxSpanDays?: number;
  /** links below this score are ignored; default 0.2 */
  minScore?: number;
  /** links at or above this score, resting on an equality (same signature, identifier, actor), unite (by their evidence before grading); default 0.7 */
  strongThreshold?: number;
  /** fewer members than this make no campaign, unless an analyst confirmed it; default 3 */
  minMembers?: number;
  /** MO similarity from which two incidents count as the same MO; default 0.8 */
  nearIdenticalMo?: number;
  decisions?: readonly CampaignDecision[];
  /** the campaigns of the previous run, so keys stay stable */
  previous?: readonly KnownCampaign[];
  aliases?: AliasTable;
}

/** A signature several members share, grouped by canonical form (aliases merged). */
export interface SharedSignature {
  normalized: string;
  /** the most frequent original text */
  text: string;
  kind: string;
  /** members carrying it */
  count: number;
}

export const PLACE_KINDS = ['prison', 'school', 'staff_home', 'court', 'transport', 'other_place'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

/** The numbers of the explanation, for a UI that writes its own sentence (or translates). */
export interface CampaignNumbers {
  incidents: number;
  /** distinct facilities, places without a facility counted by position */
  sites: number;
  /** of those, facilities (prisons, schools) and other places (staff homes, offices); absent in campaigns stored before */
  facilities?: number;
  otherPlaces?: number;
  /**
   * The places by what they are, most first: `prison` (any penitentiary facility), `school`, and for
   * places without a facility what their members targeted there (`staff_home`, `court`, `transport`)
   * or `other_place`; absent in campaigns stored before. "5 prisons and 1 staff home".
   */
  places?: Array<{ kind: PlaceKind; count: number }>;
  /** nights from the first to the last (noon-to-noon UTC), inclusive */
  nights: number;
  sharedTag: { text: string; kind: string; count: number } | null;
  /** members whose MO is near-identical to the medoid's (the medoid included) */
  nearIdenticalMo: number;
  /** members resting only on weak sources (F6-like or ungraded) */
  weakSources: number;
}

/** Incidents that links tie together within a time window, with what ties them. */
export interface Campaign {
  /** stable: carried over from decisions and previous runs, else `campaign-<earliest member id>` */
  key: string;
  status: CampaignStatus;
  /** member ids, earliest first */
  members: string[];
  /** members tied by strong links or analyst decisions; the others joined weakly, on the core's signature or MO */
  core: string[];
  /** the core member most strongly linked to the rest of the core */
  medoid: string;
  /** facility ids, sorted */
  sites: string[];
  start: number;
  end: number;
  sharedSignatures: SharedSignature[];
  /** in [0, 1], from the link strengths, the member count and the source grades */
  confidence: number;
  /** "7 sites in 3 nights, 5 share the tag DDPF, 2 are near-identical MO" */
  explanation: string;
  numbers: CampaignNumbers;
}
