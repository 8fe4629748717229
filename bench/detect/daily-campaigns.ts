/**
 * Campaigns for the bench: once a simulated day, clusterCampaigns (default options) over the last
 * 60 days of the incidents that can belong to a campaign: the signed ones and those with a link to
 * a signed one (a core only forms on same-signature links, and a weak member only attaches through
 * a link to a core member, so leaving the others out changes nothing). A campaign is recorded once
 * it starts 20 days or more after the window's start (it spans 31 days at most and links across
 * 10, so it is then whole).
 *
 * Prospective candidates: for each member that arrived that day, the campaign as it stood at its
 * arrival, i.e. the members arrived by then, when they are 3 or more (the campaign minimum) at 2
 * sites or more. That is what an incremental tracker holds at that moment, up to a weak member
 * attached before its core formed (counted from the core's arrival here too).
 *
 * The final campaigns, scored against the truth, are clusterCampaigns over the whole history's
 * relevant incidents and links at the end (what the tracker converges to). The incremental
 * CampaignTracker itself is timed on a sample (evaluate-linking.ts): run over a whole history of a
 * million incidents it took minutes, more than the bench's budget.
 */
import type { CampaignOptions } from '../../src/analysis/linking/campaign-types.ts';
import { clusterCampaigns } from '../../src/analysis/linking/campaigns.ts';
import type { AnalysisIncident, Link } from '../../src/analysis/types.ts';

const DAY_MS = 86_400_000;
const WINDOW_DAYS = 60;
const WHOLE_AFTER_DAYS = 20;
const MIN_MEMBERS = 3;

/** A wave candidate as it stood when a member arrived. */
export interface CandidateEvent {
  /** the evaluation time: just after the new member's start */
  now: number;
  key: string;
  /** the member whose arrival triggered the evaluation */
  incident: string;
  members: string[];
  sites: string[];
}

/** A campaign as finally clustered (members only). */
export interface FoundCampaign {
  key: string;
  members: string[];
  sites: string[];
  start: number;
}

export class DailyCampaigns {
  private readonly held = new Map<string, AnalysisIncident>();
  private links: Array<{ link: Link; oldest: number }> = [];
  private readonly everything = new Map<string, AnalysisIncident>();
  private readonly allLinks: Link[] = [];
  readonly events: CandidateEvent[] = [];
  /** seconds spent clustering, and the largest input */
  seconds = 0;
  largestWindow = 0;

  /** `options` are the clustering options (the defaults unless a what-if run asks otherwise). */
  constructor(private readonly options: CampaignOptions = {}) {}

  /** Takes an incident as it arrives with its links to signed incidents; `lookup` finds a linked older incident. */
  add(incident: AnalysisIncident, links: readonly Link[], lookup: (id: string) => AnalysisIncident | undefined): void {
    if (incident.signatures.length === 0 && links.length === 0) return;
    this.held.set(incident.id, incident);
    this.everything.set(incident.id, incident);
    for (const link of links) {
      const other = link.a === incident.id ? link.b : link.a;
      let older = this.held.get(other) ?? this.everything.get(other);
      if (!older) {
        older = lookup(other);
        if (!older) continue;
        this.everything.set(other, older);
      }
      this.held.set(other, older);
      this.links.push({ link, oldest: Math.min(incident.start, older.start) });
      this.allLinks.push(link);
    }
  }

  /** Clusters the window ending at `dayEnd` and records the day's candidates. */
  closeDay(dayEnd: number): void {
    const from = dayEnd - WINDOW_DAYS * DAY_MS;
    for (const [id, incident] of this.held) if (incident.start < from) this.held.delete(id);
    this.links = this.links.filter((entry) => entry.oldest >= from);
    const started = performance.now();
    const campaigns = clusterCampaigns(
      [...this.held.values()],
      this.links.map((entry) => entry.link),
      this.options,
    );
    this.seconds += (performance.now() - started) / 1000;
    this.largestWindow = Math.max(this.largestWindow, this.held.size);
    for (const campaign of campaigns) {
      if (campaign.start < from + WHOLE_AFTER_DAYS * DAY_MS) continue;
      const members = campaign.members
        .map((id) => this.held.get(id)!)
        .sort((x, y) => x.start - y.start || (x.id < y.id ? -1 : 1));
      members.forEach((member, k) => {
        if (member.start < dayEnd - DAY_MS || member.start >= dayEnd || k + 1 < MIN_MEMBERS) return;
        const prefix = members.slice(0, k + 1);
        const sites = [
          ...new Set(prefix.map((incident) => incident.siteId).filter((site): site is string => site !== null)),
        ].sort();
        if (sites.length < 2) return;
        this.events.push({
          now: member.start + 1,
          key: campaign.key,
          incident: member.id,
          members: prefix.map((incident) => incident.id),
          sites,
        });
      });
    }
  }

  /** The final campaigns: clusterCampaigns over every relevant incident and link of the history. */
  campaigns(options: CampaignOptions = this.options): FoundCampaign[] {
    const started = performance.now();
    const campaigns = clusterCampaigns([...this.everything.values()], this.allLinks, options);
    this.seconds += (performance.now() - started) / 1000;
    return campaigns.map((campaign) => ({
      key: campaign.key,
      members: campaign.members,
      sites: campaign.sites,
      start: campaign.start,
    }));
  }
}
