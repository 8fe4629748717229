/**
 * Graph queries over plain data: the neighbourhood of an entity, the shortest paths between two, and
 * the entities two campaigns share. The store loads a bounded neighbourhood (only what the reader may
 * read); these functions never touch it, so they are tested on small hand-made graphs.
 */

/** One relationship, as the queries need it. Direction is kept for display; the queries ignore it. */
export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  kind: string;
}

/** The deepest neighbourhood answered, and the most entities in one answer. */
export const MAX_DEPTH = 4;
export const MAX_NODES = 500;

/** Undirected adjacency: for each entity, the edges that touch it. */
export function adjacencyOf(edges: readonly GraphEdge[]): Map<string, GraphEdge[]> {
  const adjacency = new Map<string, GraphEdge[]>();
  for (const edge of edges) {
    for (const end of [edge.source, edge.target]) {
      const list = adjacency.get(end) ?? [];
      list.push(edge);
      adjacency.set(end, list);
    }
  }
  return adjacency;
}

const otherEnd = (edge: GraphEdge, from: string) => (edge.source === from ? edge.target : edge.source);

export interface Neighbourhood {
  /** entity id -> hops from the start (the start at 0) */
  depths: Map<string, number>;
  /** the edges between the entities returned */
  edges: GraphEdge[];
  /** the depth actually explored */
  depth: number;
  /** sentences saying what was cut, empty when nothing was */
  capped: string[];
}

/**
 * Entities within `depth` hops of `start` (breadth first), depth capped at MAX_DEPTH and the answer at
 * `maxNodes` entities; the answer says when either cap applied.
 */
export function neighbours(
  start: string,
  edges: readonly GraphEdge[],
  depth: number,
  maxNodes = MAX_NODES,
): Neighbourhood {
  const capped: string[] = [];
  const wanted = Math.max(0, Math.floor(depth));
  const limit = Math.min(wanted, MAX_DEPTH);
  if (wanted > MAX_DEPTH) capped.push(`depth capped at ${MAX_DEPTH} (asked ${wanted})`);
  const adjacency = adjacencyOf(edges);
  const depths = new Map<string, number>([[start, 0]]);
  let frontier = [start];
  for (let level = 1; level <= limit && frontier.length > 0; level++) {
    const next: string[] = [];
    for (const node of frontier) {
      for (const edge of adjacency.get(node) ?? []) {
        const other = otherEnd(edge, node);
        if (depths.has(other)) continue;
        if (depths.size >= maxNodes) {
          if (capped.length === 0 || !capped.at(-1)!.startsWith('stopped'))
            capped.push(`stopped at ${maxNodes} entities: ask a smaller depth or start from a narrower entity`);
          break;
        }
        depths.set(other, level);
        next.push(other);
      }
    }
    frontier = next;
  }
  const inside = edges.filter((edge) => depths.has(edge.source) && depths.has(edge.target));
  return { depths, edges: inside, depth: limit, capped };
}

/** One path: its entities from `from` to `to`, and the edges between consecutive ones. */
export interface GraphPath {
  nodes: string[];
  edges: GraphEdge[];
}

/**
 * All shortest paths from `from` to `to` (breadth first, edges undirected), at most `maxPaths`
 * of them; an empty list when they are not connected.
 */
export function shortestPaths(from: string, to: string, edges: readonly GraphEdge[], maxPaths = 10): GraphPath[] {
  if (from === to) return [{ nodes: [from], edges: [] }];
  const adjacency = adjacencyOf(edges);
  const distance = new Map<string, number>([[from, 0]]);
  // for each entity reached, the edges arriving from the previous level
  const parents = new Map<string, GraphEdge[]>();
  let frontier = [from];
  while (frontier.length > 0 && !distance.has(to)) {
    const next: string[] = [];
    for (const node of frontier) {
      const level = distance.get(node)! + 1;
      for (const edge of adjacency.get(node) ?? []) {
        const other = otherEnd(edge, node);
        const known = distance.get(other);
        if (known === undefined) {
          distance.set(other, level);
          parents.set(other, [edge]);
          next.push(other);
        } else if (known === level) {
          parents.get(other)!.push(edge);
        }
      }
    }
    frontier = next;
  }
  if (!distance.has(to)) return [];
  // walk back from `to`, branching on each parent edge, until enough paths are found
  const paths: GraphPath[] = [];
  const walk = (node: string, nodes: string[], via: GraphEdge[]) => {
    if (paths.length >= maxPaths) return;
    if (node === from) {
      paths.push({ nodes: [from, ...nodes], edges: [...via] });
      return;
    }
    for (const edge of parents.get(node) ?? []) walk(otherEnd(edge, node), [node, ...nodes], [edge, ...via]);
  };
  walk(to, [], []);
  return paths;
}

/** An entity two campaigns share, and why. */
export interface SharedEntity {
  id: string;
  reason: string;
}

/**
 * Entities shared by two campaigns: those involved in incidents of both (directly, through
 * incident_actors), then the direct neighbours of one side's entities that are also direct
 * neighbours of the other's. `names` only makes the reasons readable.
 */
export function sharedEntities(
  involvedA: ReadonlySet<string>,
  involvedB: ReadonlySet<string>,
  edges: readonly GraphEdge[],
  names: ReadonlyMap<string, string> = new Map(),
): SharedEntity[] {
  const name = (id: string) => names.get(id) ?? id;
  const shared: SharedEntity[] = [];
  const seen = new Set<string>();
  for (const id of involvedA) {
    if (involvedB.has(id)) {
      shared.push({ id, reason: 'involved in incidents of both campaigns' });
      seen.add(id);
    }
  }
  const adjacency = adjacencyOf(edges);
  const touching = (involved: ReadonlySet<string>) => {
    const result = new Map<string, string[]>();
    for (const id of involved) {
      for (const edge of adjacency.get(id) ?? []) {
        const other = otherEnd(edge, id);
        result.set(other, [...(result.get(other) ?? []), `${name(id)} (${edge.kind})`]);
      }
    }
    return result;
  };
  const nearA = touching(involvedA);
  const nearB = touching(involvedB);
  for (const [id, viaA] of nearA) {
    const viaB = nearB.get(id);
    if (!viaB || seen.has(id)) continue;
    seen.add(id);
    shared.push({
      id,
      reason: `neighbour of ${unique(viaA).join(', ')} in the first campaign and of ${unique(viaB).join(', ')} in the second`,
    });
  }
  return shared;
}

const unique = (values: string[]) => [...new Set(values)];
