/**
 * Analyst decisions turned into clustering constraints (must-link, cannot-link, key hints,
 * statuses), and the union-find that respects them.
 */
import type { CampaignDecision, CampaignStatus, KnownCampaign } from './campaign-types.ts';
import { DAY_MS } from './geo-time.ts';

/** pair index → the order of the decision that forbade it (later decisions win) */
export type CannotLinks = Map<number, Map<number, number>>;

export interface Constraints {
  /** groups to cluster together, each with the order of its decision */
  must: Array<{ members: number[]; order: number }>;
  cannot: CannotLinks;
  /** keys to carry over: decision keys first (priority 0), then previous campaigns (priority 1) */
  hints: Array<{ key: string; members: Set<string>; priority: number }>;
  statuses: Map<string, CampaignStatus>;
  excluded: Map<string, Set<string>>;
  /** keys of campaigns merged into another: never given again */
  retiredKeys: Set<string>;
  /** incidents in confirmed or merged groups: their campaign is kept below the minimum size */
  kept: Set<number>;
}

/** The key of group `index` (from 0) of a split campaign. */
export function splitKey(campaign: string, index: number): string {
  return index === 0 ? campaign : `${campaign}/${index + 1}`;
}

/** Reads the decisions in order, against the previous campaigns, into constraints over incident indexes. */
export function resolveDecisions(
  decisions: readonly CampaignDecision[],
  previous: readonly KnownCampaign[],
  indexOf: ReadonlyMap<string, number>,
): Constraints {
  const keyMembers = new Map<string, string[]>(previous.map((campaign) => [campaign.key, campaign.members]));
  const decided = new Set<string>();
  const result: Constraints = {
    must: [],
    cannot: new Map(),
    hints: [],
    statuses: new Map(),
    excluded: new Map(),
    retiredKeys: new Set(),
    kept: new Set(),
  };
  const indexes = (ids: readonly string[]) =>
    ids.map((id) => indexOf.get(id)).filter((i): i is number => i !== undefined);
  const name = (key: string, members: string[]) => {
    keyMembers.set(key, members);
    decided.add(key);
    result.retiredKeys.delete(key);
  };
  const forbid = (x: number, y: number, order: number) => {
    for (const [p, q] of [
      [x, y],
      [y, x],
    ]) {
      let map = result.cannot.get(p);
      if (!map) result.cannot.set(p, (map = new Map()));
      map.set(q, order);
    }
  };
  const together = (members: string[], order: number) => {
    const present = indexes(members);
    result.must.push({ members: present, order });
    for (const index of present) result.kept.add(index);
  };
  decisions.forEach((decision, order) => {
    switch (decision.kind) {
      case 'confirm':
        name(decision.campaign, decision.members);
        together(decision.members, order);
        result.statuses.set(decision.campaign, 'confirmed');
        break;
      case 'dismiss': {
        const members = decision.members ?? keyMembers.get(decision.campaign) ?? [];
        name(decision.campaign, members);
        result.statuses.set(decision.campaign, 'dismissed');
        break;
      }
      case 'split': {
        const groups = decision.groups.map(indexes);
        decision.groups.forEach((group, i) => name(splitKey(decision.campaign, i), group));
        for (let i = 0; i < groups.length; i++) {
          for (let j = i + 1; j < groups.length; j++)
            for (const x of groups[i]) for (const y of groups[j]) forbid(x, y, order);
        }
        break;
      }
      case 'merge': {
        const [target, ...others] = decision.campaigns;
        if (target === undefined) break;
        const members = decision.members ?? [
          ...new Set(decision.campaigns.flatMap((key) => keyMembers.get(key) ?? [])),
        ];
        for (const key of others) {
          keyMembers.delete(key);
          decided.delete(key);
          result.retiredKeys.add(key);
        }
        name(target, members);
        together(members, order);
        result.statuses.set(target, 'confirmed');
        break;
      }
      case 'exclude': {
        const incident = indexOf.get(decision.incident);
        const members = indexes((keyMembers.get(decision.campaign) ?? []).filter((id) => id !== decision.incident));
        if (incident !== undefined) {
          for (const member of members) forbid(incident, member, order);
          // an incident confirmed earlier and now excluded no longer keeps a campaign alive on its own
          result.kept.delete(incident);
        }
        let set = result.excluded.get(decision.campaign);
        if (!set) result.excluded.set(decision.campaign, (set = new Set()));
        set.add(decision.incident);
        break;
      }
      case 'confirm_probable': {
        // the confirmed act joins the campaign's members (must-link), which keep their key
        const members = [
          ...new Set([...(decision.members ?? keyMembers.get(decision.campaign) ?? []), decision.incident]),
        ];
        name(decision.campaign, members);
        together(members, order);
        result.excluded.get(decision.campaign)?.delete(decision.incident);
        break;
      }
      case 'dismiss_probable':
        break; // read by the detection: never proposed again for this campaign
    }
  });
  for (const key of decided) result.hints.push({ key, members: new Set(keyMembers.get(key)), priority: 0 });
  for (const campaign of previous) {
    if (!decided.has(campaign.key) && keyMembers.has(campaign.key)) {
      result.hints.push({ key: campaign.key, members: new Set(campaign.members), priority: 1 });
    }
  }
  return result;
}

/**
 * Union-find over incident indexes that refuses unions crossing a cannot-link pair and tracks each
 * set's first and last start (for the campaign span limit).
 */
export class ConstrainedUnionFind {
  private readonly parent: Int32Array;
  private readonly first: Float64Array;
  private readonly last: Float64Array;
  /** root → members of its set that carry cannot-links (usually none) */
  private readonly bearers = new Map<number, number[]>();

  constructor(
    starts: readonly number[],
    private readonly cannot: CannotLinks,
  ) {
    this.parent = Int32Array.from(starts, (_, i) => i);
    this.first = Float64Array.from(starts);
    this.last = Float64Array.from(starts);
    for (const index of cannot.keys()) this.bearers.set(index, [index]);
  }

  find(x: number): number {
    let root = x;
    while (this.parent[root] !== root) root = this.parent[root];
    while (this.parent[x] !== root) [x, this.parent[x]] = [this.parent[x], root];
    return root;
  }

  /** Days from the first to the last start if the sets of x and y were one. */
  spanDaysIfUnited(x: number, y: number): number {
    const [rx, ry] = [this.find(x), this.find(y)];
    return (Math.max(this.last[rx], this.last[ry]) - Math.min(this.first[rx], this.first[ry])) / DAY_MS;
  }

  /**
   * True when uniting x and y would join a cannot-link pair. A forced union (an analyst's
   * must-link, decision number `order`) is only blocked by later decisions.
   */
  blocked(x: number, y: number, order = -1): boolean {
    const [rx, ry] = [this.find(x), this.find(y)];
    if (rx === ry) return false;
    const bx = this.bearers.get(rx);
    const by = this.bearers.get(ry);
    if (!bx || !by) return false;
    const [list, other] = bx.length <= by.length ? [bx, ry] : [by, rx];
    for (const p of list) {
      for (const [q, decidedAt] of this.cannot.get(p)!) if (decidedAt > order && this.find(q) === other) return true;
    }
    return false;
  }

  /** True when x may join the set of y: no cannot-link between x and any member of that set. */
  mayJoin(x: number, members: Iterable<number>): boolean {
    const forbidden = this.cannot.get(x);
    if (!forbidden) return true;
    for (const member of members) if (forbidden.has(member)) return false;
    return true;
  }

  union(x: number, y: number): number {
    const [rx, ry] = [this.find(x), this.find(y)];
    if (rx === ry) return rx;
    const [root, child] = rx < ry ? [rx, ry] : [ry, rx];
    this.parent[child] = root;
    this.first[root] = Math.min(this.first[root], this.first[child]);
    this.last[root] = Math.max(this.last[root], this.last[child]);
    const childBearers = this.bearers.get(child);
    if (childBearers) {
      const rootBearers = this.bearers.get(root);
      if (rootBearers) rootBearers.push(...childBearers);
      else this.bearers.set(root, childBearers);
      this.bearers.delete(child);
    }
    return root;
  }
}
