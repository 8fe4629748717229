/**
 * Keeps campaigns up to date as incidents arrive, change, are refuted, or analysts decide, by
 * re-clustering only the region a change can reach: the incidents linked to it (transitively)
 * within the campaign span, plus every member of a campaign that region touches. The result is
 * what `clusterCampaigns` gives on the whole history, except where a region edge cuts a chain of
 * links longer than the span limit allows anyway.
 *
 * It holds the incidents and links of the active period (plain objects); `forgetBefore` lets the
 * lead drop what is older than any campaign still moving.
 */
import type { AnalysisIncident, Link } from '../types.ts';
import type { Campaign, CampaignDecision, CampaignOptions } from './campaign-types.ts';
import { clusterCampaigns } from './campaigns.ts';
import { DAY_MS } from './geo-time.ts';

/** What a change did to the campaigns: the ones created or changed, and the keys that disappeared. */
export interface CampaignChange {
  updated: Campaign[];
  removed: string[];
}

export type CampaignTrackerOptions = Omit<CampaignOptions, 'previous'>;

const live = (incident: AnalysisIncident) => incident.status !== 'refuted' && incident.status !== 'duplicate';

/** Campaigns maintained incrementally from incidents, their links and analyst decisions. */
export class CampaignTracker {
  private readonly incidents = new Map<string, AnalysisIncident>();
  private readonly links = new Map<string, Map<string, Link>>();
  private readonly byKey = new Map<string, Campaign>();
  private readonly keyOf = new Map<string, string>();
  private decisions: CampaignDecision[];
  private readonly reachDays: number;
  /** incidents re-clustered by the last change, for tests and benchmarks */
  lastRegionSize = 0;

  /** `options.decisions` are the persisted decisions, in the order they were taken. */
  constructor(private readonly options: CampaignTrackerOptions = {}) {
    this.decisions = [...(options.decisions ?? [])];
    this.reachDays = (options.maxSpanDays ?? 31) + (options.windowDays ?? 10);
  }

  /** Current campaigns, earliest first. */
  campaigns(): Campaign[] {
    return [...this.byKey.values()].sort((x, y) => x.start - y.start || (x.key < y.key ? -1 : 1));
  }

  campaign(key: string): Campaign | undefined {
    return this.byKey.get(key);
  }

  /** The campaign an incident belongs to, if any. */
  campaignOf(id: string): Campaign | undefined {
    const key = this.keyOf.get(id);
    return key === undefined ? undefined : this.byKey.get(key);
  }

  get incidentCount(): number {
    return this.incidents.size;
  }

  /**
   * Adds or replaces an incident with its current links (as LinkEngine.add or update return them);
   * links to incidents the tracker does not hold are ignored. A refuted or duplicate incident is removed.
   */
  upsert(incident: AnalysisIncident, links: readonly Link[]): CampaignChange {
    if (!live(incident)) return this.remove(incident.id);
    const touched = new Set([incident.id, ...this.detach(incident.id)]);
    this.incidents.set(incident.id, incident);
    for (const link of links) {
      const other = link.a === incident.id ? link.b : link.a;
      if (other === incident.id || !this.incidents.has(other) || (link.a !== incident.id && link.b !== incident.id))
        continue;
      this.neighbours(incident.id).set(other, link);
      this.neighbours(other).set(incident.id, link);
      touched.add(other);
    }
    return this.recompute(touched);
  }

  /** Forgets an incident (deleted, refuted); its campaign is re-clustered without it. */
  remove(id: string): CampaignChange {
    if (!this.incidents.has(id)) return { updated: [], removed: [] };
    const touched = new Set([id, ...this.detach(id)]);
    this.incidents.delete(id);
    return this.recompute(touched);
  }

  /** Records an analyst's decision and applies it to the campaigns it concerns. */
  decide(decision: CampaignDecision): CampaignChange {
    this.decisions.push(decision);
    const touched = new Set<string>();
    const addCampaign = (key: string) => this.byKey.get(key)?.members.forEach((id) => touched.add(id));
    switch (decision.kind) {
      case 'confirm':
        decision.members.forEach((id) => touched.add(id));
        addCampaign(decision.campaign);
        break;
      case 'dismiss':
        decision.members?.forEach((id) => touched.add(id));
        addCampaign(decision.campaign);
        break;
      case 'split':
        decision.groups.flat().forEach((id) => touched.add(id));
        addCampaign(decision.campaign);
        break;
      case 'merge':
        decision.members?.forEach((id) => touched.add(id));
        decision.campaigns.forEach(addCampaign);
        break;
      case 'exclude':
        touched.add(decision.incident);
        addCampaign(decision.campaign);
        break;
    }
    return this.recompute(touched);
  }

  /** The decisions in force, to persist. */
  decisionLog(): CampaignDecision[] {
    return [...this.decisions];
  }

  /**
   * Drops incidents that ended before `time`, with their links, and the campaigns all of whose
   * members are gone (the lead keeps them in its store). Returns the keys dropped.
   */
  forgetBefore(time: number): string[] {
    for (const [id, incident] of this.incidents) {
      if (incident.end >= time) continue;
      this.detach(id);
      this.incidents.delete(id);
    }
    const dropped: string[] = [];
    for (const [key, campaign] of this.byKey) {
      if (campaign.members.some((id) => this.incidents.has(id))) continue;
      this.byKey.delete(key);
      campaign.members.forEach((id) => this.keyOf.delete(id));
      dropped.push(key);
    }
    return dropped;
  }

  private neighbours(id: string): Map<string, Link> {
    let map = this.links.get(id);
    if (!map) this.links.set(id, (map = new Map()));
    return map;
  }

  /** Removes an incident's links both ways; returns its former neighbours. */
  private detach(id: string): string[] {
    const map = this.links.get(id);
    if (!map) return [];
    for (const other of map.keys()) this.links.get(other)?.delete(id);
    this.links.delete(id);
    return [...map.keys()];
  }

  private recompute(touched: Set<string>): CampaignChange {
    const seeds = new Set<string>();
    const oldKeys = new Set<string>();
    const addCampaignOf = (id: string) => {
      const key = this.keyOf.get(id);
      if (key === undefined || oldKeys.has(key)) return;
      oldKeys.add(key);
      for (const member of this.byKey.get(key)!.members) if (this.incidents.has(member)) seeds.add(member);
    };
    for (const id of touched) {
      if (this.incidents.has(id)) seeds.add(id);
      addCampaignOf(id);
    }
    const region = this.reach(seeds);
    for (const id of [...region]) addCampaignOf(id);
    for (const id of seeds) region.add(id);
    this.lastRegionSize = region.size;

    const incidents = [...region].map((id) => this.incidents.get(id)!);
    const links: Link[] = [];
    for (const id of region) {
      for (const [other, link] of this.links.get(id) ?? []) if (id < other && region.has(other)) links.push(link);
    }
    const previous = [...oldKeys].map((key) => ({ key, members: this.byKey.get(key)!.members }));
    const fresh = clusterCampaigns(incidents, links, { ...this.options, decisions: this.decisions, previous });

    const before = new Map([...oldKeys].map((key) => [key, this.byKey.get(key)!]));
    for (const campaign of before.values()) {
      this.byKey.delete(campaign.key);
      for (const id of campaign.members) if (this.keyOf.get(id) === campaign.key) this.keyOf.delete(id);
    }
    const updated: Campaign[] = [];
    for (const campaign of fresh) {
      this.byKey.set(campaign.key, campaign);
      for (const id of campaign.members) this.keyOf.set(id, campaign.key);
      const old = before.get(campaign.key);
      if (!old || JSON.stringify(old) !== JSON.stringify(campaign)) updated.push(campaign);
    }
    const removed = [...before.keys()].filter((key) => !this.byKey.has(key));
    return { updated, removed };
  }

  /** Incidents linked to the seeds, transitively, within reach in time of them. */
  private reach(seeds: Set<string>): Set<string> {
    const region = new Set<string>();
    if (seeds.size === 0) return region;
    let from = Infinity;
    let to = -Infinity;
    for (const id of seeds) {
      const start = this.incidents.get(id)!.start;
      from = Math.min(from, start);
      to = Math.max(to, start);
    }
    from -= this.reachDays * DAY_MS;
    to += this.reachDays * DAY_MS;
    const minScore = this.options.minScore ?? 0.2;
    const queue = [...seeds];
    for (const id of queue) region.add(id);
    while (queue.length > 0) {
      const id = queue.pop()!;
      for (const [other, link] of this.links.get(id) ?? []) {
        if (region.has(other) || link.score < minScore) continue;
        const start = this.incidents.get(other)!.start;
        if (start < from || start > to) continue;
        region.add(other);
        queue.push(other);
      }
    }
    return region;
  }
}
