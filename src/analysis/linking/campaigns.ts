/**
 * Campaigns: incidents that links tie together within a time window.
 *
 * Why two kinds of ties: equality is transitive and similarity is not. Strong links resting on an
 * equality (same signature or alias, shared phone, plate, handle or actor) unite incidents into a
 * core, transitively. A weakly linked incident (or one tied only by a similar signature) joins a
 * core only through that core's own signature or its characteristic MO, and never extends the
 * campaign further: "ddfm" joins a DDPF campaign by resembling DDPF, but "kdfm", which only resembles
 * "ddfm", does not follow it in. Analyst decisions (campaign-types.ts) are constraints on all of it.
 */
import { classOf } from '../event-class.ts';
import type { AnalysisIncident, Link } from '../types.ts';
import { ConstrainedUnionFind, resolveDecisions, type Constraints } from './campaign-constraints.ts';
import { describeCampaign } from './campaign-summary.ts';
import type { Campaign, CampaignOptions } from './campaign-types.ts';
import { DAY_MS, gapHours } from './geo-time.ts';
import { evidenceStrength, isTransitiveLink, moSimilarity } from './link-scorer.ts';

interface Settings {
  windowDays: number;
  maxSpanDays: number;
  minScore: number;
  strongThreshold: number;
  minMembers: number;
  nearIdenticalMo: number;
}

/** One core of linked incidents, growing weak members. */
interface Group {
  core: number[];
  attached: number[];
  /** scores of the links that made the group: uniting links, then attaching ones */
  scores: number[];
  /** canonical signatures carried by at least two core members */
  signatures: Set<string>;
  medoid: number;
  first: number;
  last: number;
  alive: boolean;
}

const live = (incident: AnalysisIncident) => incident.status !== 'refuted' && incident.status !== 'duplicate';
const SIGNATURE_EVIDENCE = new Set(['same_signature', 'similar_signature', 'shared_actor']);

/** Everything one clustering run works on. */
interface Run {
  active: AnalysisIncident[];
  indexOf: Map<string, number>;
  /** usable links (above the minimum, within the window) by incident index */
  adjacency: Link[][];
  usable: Link[];
  constraints: Constraints;
  sets: ConstrainedUnionFind;
  settings: Settings;
  canonical: (normalized: string) => string;
  /** the links that united two sets */
  uniting: Map<Link, true>;
}

/**
 * Clusters incidents into campaigns from their links, respecting analyst decisions. Refuted and
 * duplicate incidents drop out; links below `minScore`, or between incidents more than `windowDays`
 * apart, are ignored. Deterministic for the same input, whatever its order.
 */
export function clusterCampaigns(
  incidents: readonly AnalysisIncident[],
  links: readonly Link[],
  options: CampaignOptions = {},
): Campaign[] {
  const run = prepare(incidents, links, options);
  unite(run);
  const { groups, loose } = formGroups(run);
  const groupOfCore = new Int32Array(run.active.length).fill(-1);
  groups.forEach((group, g) => group.core.forEach((index) => (groupOfCore[index] = g)));
  const context: AttachContext = { ...run, groups, groupOfCore };
  for (const index of loose) attach(index, context);
  // cores left too small dissolve; their incidents may still join a surviving campaign weakly
  const dissolved: number[] = [];
  for (const group of groups) {
    if (
      group.core.length + group.attached.length >= run.settings.minMembers ||
      group.core.some((i) => run.constraints.kept.has(i))
    )
      continue;
    group.alive = false;
    dissolved.push(...group.core, ...group.attached);
  }
  for (const index of dissolved.sort((x, y) => x - y)) attach(index, context);
  return buildCampaigns(
    groups.filter((group) => group.alive),
    run.active,
    run.constraints,
    run.settings,
    options,
  );
}

/** Live incidents in a fixed order, the usable links, and the decisions as constraints. */
function prepare(incidents: readonly AnalysisIncident[], links: readonly Link[], options: CampaignOptions): Run {
  const settings: Settings = {
    windowDays: options.windowDays ?? 10,
    maxSpanDays: options.maxSpanDays ?? 31,
    minScore: options.minScore ?? 0.2,
    strongThreshold: options.strongThreshold ?? 0.7,
    minMembers: options.minMembers ?? 3,
    nearIdenticalMo: options.nearIdenticalMo ?? 0.8,
  };
  const active = [...new Map(incidents.filter(live).map((incident) => [incident.id, incident])).values()].sort(
    (x, y) => x.start - y.start || (x.id < y.id ? -1 : 1),
  );
  const indexOf = new Map(active.map((incident, index) => [incident.id, index]));
  const constraints = resolveDecisions(options.decisions ?? [], options.previous ?? [], indexOf);
  const adjacency: Link[][] = active.map(() => []);
  const usable: Link[] = [];
  // a fixed link order makes sums and ties, hence medoids and attachments, independent of the input order
  const ordered = [...links].sort((x, y) => (x.a !== y.a ? (x.a < y.a ? -1 : 1) : x.b < y.b ? -1 : x.b > y.b ? 1 : 0));
  for (const link of ordered) {
    const [x, y] = [indexOf.get(link.a), indexOf.get(link.b)];
    if (x === undefined || y === undefined || x === y || link.score < settings.minScore) continue;
    const [a, b] = [active[x], active[y]];
    if (gapHours(a.start, a.end, b.start, b.end) > linkReachDays(link, settings.windowDays) * 24) continue;
    usable.push(link);
    adjacency[x].push(link);
    adjacency[y].push(link);
  }
  return {
    active,
    indexOf,
    adjacency,
    usable,
    constraints,
    settings,
    uniting: new Map(),
    sets: new ConstrainedUnionFind(
      active.map((incident) => incident.start),
      constraints.cannot,
    ),
    canonical: (normalized) => options.aliases?.canonical(normalized) ?? normalized,
  };
}

/** A tag this rare or rarer (IDF over the IDF of a tag seen once) reaches across RARE_TAG_REACH_DAYS. */
const RARE_TAG_RARITY = 0.6;
/** A tag this common or commoner reaches no further than the window. */
const COMMON_TAG_RARITY = 0.3;
/** How far in time a never-seen tag ties two incidents: three weeks. */
export const RARE_TAG_REACH_DAYS = 21;

/**
 * How many days apart a link may tie two incidents: the window, or longer when they share a rare tag.
 * A tag's time reach grows with its rarity, from the window for a tag on N^0.7 of N incidents or more
 * to three weeks for one on N^0.4 or fewer (30 in 5,000: a tag unseen before its wave). A group that
 * writes its own name on a car in April and again eleven days later is still the same group; a tag
 * painted everywhere is not.
 */
export function linkReachDays(link: Link, windowDays: number): number {
  let rarity = 0;
  for (const evidence of link.evidence) {
    if (evidence.kind !== 'same_signature' && evidence.kind !== 'shared_actor') continue;
    const idf = Number(evidence.details.idf);
    const df = Number(evidence.details.documentFrequency);
    // IDF over the IDF of a tag seen once, log(N) = log(df) + idf
    if (Number.isFinite(idf) && Number.isFinite(df) && df >= 1 && idf > 0)
      rarity = Math.max(rarity, idf / (Math.log(df) + idf));
    else if (evidence.kind === 'shared_actor' && evidence.details.actor) rarity = 1;
  }
  const share = Math.min(1, Math.max(0, (rarity - COMMON_TAG_RARITY) / (RARE_TAG_RARITY - COMMON_TAG_RARITY)));
  return Math.max(windowDays, windowDays + (RARE_TAG_REACH_DAYS - windowDays) * share);
}

/**
 * Analysts' must-links first, then strong transitive links (by the strength of their evidence,
 * whatever the sources' grades), best-scored first, within the span limit.
 */
function unite(run: Run): void {
  const { sets, settings, indexOf } = run;
  for (const { members, order } of run.constraints.must) {
    for (const member of members.slice(1)) if (!sets.blocked(members[0], member, order)) sets.union(members[0], member);
  }
  // the evidence decides a tie, the sources' grades its weight: see evidenceStrength
  const strong = run.usable
    .filter((link) => isTransitiveLink(link) && evidenceStrength(link) >= settings.strongThreshold)
    .sort((x, y) => y.score - x.score || (x.a + x.b < y.a + y.b ? -1 : 1));
  for (const link of strong) {
    const [x, y] = [indexOf.get(link.a)!, indexOf.get(link.b)!];
    if (sets.find(x) === sets.find(y) || sets.blocked(x, y)) continue;
    if (sets.spanDaysIfUnited(x, y) > settings.maxSpanDays) continue;
    sets.union(x, y);
    run.uniting.set(link, true);
  }
}

/** Sets of two or more (or confirmed by an analyst) become groups; single incidents stay loose. */
function formGroups(run: Run): { groups: Group[]; loose: number[] } {
  const byRoot = new Map<number, number[]>();
  run.active.forEach((_, index) => {
    const root = run.sets.find(index);
    const members = byRoot.get(root);
    if (members) members.push(index);
    else byRoot.set(root, [index]);
  });
  const groups: Group[] = [];
  const loose: number[] = [];
  for (const members of byRoot.values()) {
    if (members.length < 2 && !members.some((index) => run.constraints.kept.has(index))) loose.push(...members);
    else groups.push(makeGroup(members, run));
  }
  return { groups, loose };
}

/** A group from its core: the medoid, the uniting links' scores, the signatures two members share. */
function makeGroup(core: number[], { active, adjacency, indexOf, uniting, canonical }: Run): Group {
  const inCore = new Set(core);
  const scores: number[] = [];
  let medoid = core[0];
  let best = -1;
  for (const index of core) {
    let sum = 0;
    for (const link of adjacency[index]) {
      const other = indexOf.get(link.a === active[index].id ? link.b : link.a)!;
      if (!inCore.has(other)) continue;
      sum += link.score;
      if (uniting.has(link) && link.a === active[index].id) scores.push(link.score);
    }
    if (sum > best) [best, medoid] = [sum, index];
  }
  const counts = new Map<string, number>();
  for (const index of core) {
    for (const key of new Set(active[index].signatures.map((s) => canonical(s.normalized))))
      counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  let [first, last] = [Infinity, -Infinity];
  for (const index of core) [first, last] = [Math.min(first, active[index].start), Math.max(last, active[index].start)];
  return {
    core,
    attached: [],
    scores,
    signatures: new Set([...counts].filter(([, count]) => count >= 2).map(([key]) => key)),
    medoid,
    first,
    last,
    alive: true,
  };
}

interface AttachContext extends Run {
  groups: Group[];
  /** core member index → its group, −1 for incidents in no core */
  groupOfCore: Int32Array;
}

/**
 * True when the link reaches the group through its core signature, or the incident is an attack
 * close to a core member with the medoid's MO.
 */
function reachesCore(link: Link, incident: number, member: number, group: Group, context: AttachContext): boolean {
  const side = link.a === context.active[member].id ? 'a' : 'b';
  for (const evidence of link.evidence) {
    const memberSignature = evidence.details[side];
    if (
      SIGNATURE_EVIDENCE.has(evidence.kind) &&
      typeof memberSignature === 'string' &&
      group.signatures.has(context.canonical(memberSignature))
    ) {
      return true;
    }
  }
  // Without the core's signature, only an attack close in space and time with the medoid's MO joins:
  // far away, or a drone drop, it is the background of its own prison.
  const joining = context.active[incident];
  const medoid = context.active[group.medoid];
  // a common MO (graffiti near a core member) is no campaign's way: the link's MO evidence says how
  // rare the shared MO is (mo-rarity.ts; links scored without the counts weigh it fully)
  const rarity = link.evidence.find((evidence) => evidence.kind === 'same_mo')?.details.rarity;
  return (
    classOf(joining) === 'attack' &&
    classOf(medoid) === 'attack' &&
    moSimilarity(joining, medoid) * (typeof rarity === 'number' ? rarity : 1) >= context.settings.nearIdenticalMo &&
    link.evidence.some((evidence) => evidence.kind === 'space_time')
  );
}

/** Joins the incident to the best group its links reach through the core (never through weak members). */
function attach(incident: number, context: AttachContext): void {
  const options: Array<{ group: Group; score: number }> = [];
  for (const link of context.adjacency[incident]) {
    const member = context.indexOf.get(link.a === context.active[incident].id ? link.b : link.a)!;
    const groupIndex = context.groupOfCore[member];
    if (groupIndex < 0) continue;
    const group = context.groups[groupIndex];
    if (!group.alive || group.core.includes(incident) || group.attached.includes(incident)) continue;
    if (reachesCore(link, incident, member, group, context)) options.push({ group, score: link.score });
  }
  options.sort((x, y) => y.score - x.score || x.group.core[0] - y.group.core[0]);
  const start = context.active[incident].start;
  for (const { group, score } of options) {
    const span = (Math.max(group.last, start) - Math.min(group.first, start)) / DAY_MS;
    if (span > context.settings.maxSpanDays || !context.sets.mayJoin(incident, [...group.core, ...group.attached]))
      continue;
    group.attached.push(incident);
    group.scores.push(score);
    group.first = Math.min(group.first, start);
    group.last = Math.max(group.last, start);
    return;
  }
}

/** Gives each group its key (decisions, then previous runs, then derived), status and description. */
function buildCampaigns(
  groups: Group[],
  active: readonly AnalysisIncident[],
  constraints: Constraints,
  settings: Settings,
  options: CampaignOptions,
): Campaign[] {
  const memberIds = groups.map((group) =>
    [...group.core, ...group.attached].sort((x, y) => x - y).map((i) => active[i].id),
  );
  const keys: Array<string | undefined> = groups.map(() => undefined);
  const used = new Set<string>();
  const pairs: Array<{ group: number; key: string; priority: number; overlap: number }> = [];
  constraints.hints.forEach((hint) =>
    memberIds.forEach((ids, group) => {
      const overlap = ids.filter((id) => hint.members.has(id)).length;
      if (overlap > 0) pairs.push({ group, key: hint.key, priority: hint.priority, overlap });
    }),
  );
  pairs.sort(
    (x, y) =>
      x.priority - y.priority || y.overlap - x.overlap || (x.key < y.key ? -1 : x.key > y.key ? 1 : x.group - y.group),
  );
  for (const pair of pairs) {
    if (keys[pair.group] !== undefined || used.has(pair.key)) continue;
    keys[pair.group] = pair.key;
    used.add(pair.key);
  }
  const campaigns: Campaign[] = [];
  groups.forEach((group, g) => {
    let key = keys[g];
    if (key === undefined) {
      // derived from the earliest member: the same core found again gets the same key
      const base = `campaign-${memberIds[g][0]}`;
      key = base;
      for (let n = 2; used.has(key) || constraints.retiredKeys.has(key); n++) key = `${base}-${n}`;
      used.add(key);
    }
    const excluded = constraints.excluded.get(key);
    const keep = (index: number) => !excluded?.has(active[index].id);
    const core = group.core.filter(keep);
    const members = [...core, ...group.attached.filter(keep)].sort((x, y) => x - y);
    if (members.length === 0) return;
    const medoid = core.includes(group.medoid) ? group.medoid : (core[0] ?? members[0]);
    const description = describeCampaign(
      members.map((i) => active[i]),
      active[medoid],
      group.scores,
      {
        aliases: options.aliases,
        nearIdenticalMo: settings.nearIdenticalMo,
      },
    );
    campaigns.push({
      key,
      status: constraints.statuses.get(key) ?? 'candidate',
      members: members.map((i) => active[i].id),
      core: core.map((i) => active[i].id),
      medoid: active[medoid].id,
      ...description,
    });
  });
  return campaigns.sort((x, y) => x.start - y.start || (x.key < y.key ? -1 : 1));
}
