/**
 * What a site shares with the target of an incident: the same interregional directorate, the same
 * kind of facility, or a place in the region where the incident's signature is active. Attacks spread
 * along these lines (a directorate's transfers, a kind's regime, a group's territory), so they weight
 * how much an incident excites other sites in the Hawkes model and explain the risk it raises.
 *
 * Several shared traits combine as a noisy-or, 1 − Π(1 − w), which stays within [0, 1].
 */
import type { AnalysisIncident, AnalysisSite } from '../types.ts';

/** One thing two sites share. */
export type SharedTrait =
  | { kind: 'directorate'; value: string }
  | { kind: 'facility_kind'; value: string }
  | { kind: 'signature_region'; value: string };

/** A site an incident excites, with how strongly (0..1] and why. */
export interface AffinityLink {
  /** the site's row in the sites the affinity was built on */
  site: number;
  weight: number;
  shared: SharedTrait[];
}

/** How traits weigh, and where signatures are active. */
export interface SiteAffinityOptions {
  /** weight of each shared trait (defaults: directorate 0.5, kind 0.2, signature region 0.5) */
  weights?: { directorate?: number; kind?: number; signatureRegion?: number };
  /** the ids of the sites where a (normalised) signature is active: its region */
  signatureRegion?: (signature: string) => Iterable<string>;
}

/** The sites sharing something with a site or an incident, from small indexes built once. */
export class SiteAffinity {
  private readonly rows = new Map<string, number>();
  private readonly byDirectorate = new Map<string, number[]>();
  private readonly byKind = new Map<string, number[]>();
  private readonly weights: { directorate: number; kind: number; signatureRegion: number };
  // incidents repeat the same (site, signatures) pairs: a refit over a million incidents builds each list once
  private readonly cache = new Map<string, readonly AffinityLink[]>();

  constructor(
    readonly sites: readonly AnalysisSite[],
    private readonly options: SiteAffinityOptions = {},
  ) {
    this.weights = { directorate: 0.5, kind: 0.2, signatureRegion: 0.5, ...options.weights };
    sites.forEach((site, row) => {
      this.rows.set(site.id, row);
      if (site.directorate) push(this.byDirectorate, site.directorate, row);
      push(this.byKind, site.kind, row);
    });
  }

  /** The row of a site id, if known. */
  rowOf(siteId: string | null): number | undefined {
    return siteId === null ? undefined : this.rows.get(siteId);
  }

  /** The other sites an incident excites; an incident without a facility still excites its directorate. */
  forIncident(incident: AnalysisIncident): readonly AffinityLink[] {
    const row = this.rowOf(incident.siteId);
    const directorate = row === undefined ? incident.directorate : this.sites[row].directorate;
    return this.links(
      row ?? null,
      directorate,
      incident.signatures.map((signature) => signature.normalized),
    );
  }

  /**
   * The sites other than `row` sharing something with it, for incidents carrying `signatures`.
   * Costs the number of sites sharing a trait, never the number of sites or incidents overall.
   * The list is shared between calls: read it, do not change it.
   */
  links(row: number | null, directorate: string | null, signatures: readonly string[]): readonly AffinityLink[] {
    const key = `${row}|${directorate}|${[...new Set(signatures)].sort().join('|')}`;
    let links = this.cache.get(key);
    if (!links) {
      if (this.cache.size >= 10_000) this.cache.clear();
      links = this.computeLinks(row, directorate, signatures);
      this.cache.set(key, links);
    }
    return links;
  }

  private computeLinks(row: number | null, directorate: string | null, signatures: readonly string[]): AffinityLink[] {
    const shared = new Map<number, SharedTrait[]>();
    const add = (site: number, trait: SharedTrait) => {
      if (site === row) return;
      const list = shared.get(site);
      if (list) list.push(trait);
      else shared.set(site, [trait]);
    };
    if (directorate && this.weights.directorate > 0) {
      for (const site of this.byDirectorate.get(directorate) ?? [])
        add(site, { kind: 'directorate', value: directorate });
    }
    if (row !== null && this.weights.kind > 0) {
      const kind = this.sites[row].kind;
      for (const site of this.byKind.get(kind) ?? []) add(site, { kind: 'facility_kind', value: kind });
    }
    if (this.options.signatureRegion && this.weights.signatureRegion > 0) {
      for (const signature of new Set(signatures)) {
        for (const id of this.options.signatureRegion(signature)) {
          const site = this.rows.get(id);
          if (site !== undefined) add(site, { kind: 'signature_region', value: signature });
        }
      }
    }
    return [...shared].map(([site, traits]) => ({ site, weight: this.combine(traits), shared: dedupe(traits) }));
  }

  private combine(traits: SharedTrait[]): number {
    let missing = 1;
    const seen = new Set<string>();
    for (const trait of traits) {
      // one signature region counts once, however many signatures point to it
      if (seen.has(trait.kind)) continue;
      seen.add(trait.kind);
      missing *= 1 - this.traitWeight(trait);
    }
    return 1 - missing;
  }

  private traitWeight(trait: SharedTrait): number {
    if (trait.kind === 'directorate') return this.weights.directorate;
    if (trait.kind === 'facility_kind') return this.weights.kind;
    return this.weights.signatureRegion;
  }
}

/**
 * A signature region from history: the sites where each normalised signature has been seen. Pass it
 * as `signatureRegion` so a site in a group's territory is excited by that group's attacks elsewhere.
 */
export function signatureRegionsFrom(incidents: Iterable<AnalysisIncident>): (signature: string) => string[] {
  const regions = new Map<string, Set<string>>();
  for (const incident of incidents) {
    if (incident.siteId === null) continue;
    for (const signature of incident.signatures) {
      let sites = regions.get(signature.normalized);
      if (!sites) regions.set(signature.normalized, (sites = new Set()));
      sites.add(incident.siteId);
    }
  }
  const lists = new Map([...regions].map(([signature, sites]) => [signature, [...sites]]));
  return (signature) => lists.get(signature) ?? [];
}

function push(map: Map<string, number[]>, key: string, row: number): void {
  const list = map.get(key);
  if (list) list.push(row);
  else map.set(key, [row]);
}

function dedupe(traits: SharedTrait[]): SharedTrait[] {
  const seen = new Set<string>();
  return traits.filter((trait) => {
    const key = `${trait.kind}:${trait.value}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
