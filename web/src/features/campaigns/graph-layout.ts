/**
 * A force-directed layout (Fruchterman & Reingold 1991) for the small link graphs of a campaign:
 * linked incidents attract in proportion to the link's score, all repel. Deterministic (the nodes
 * start on a circle in the given order), so the same campaign is always drawn the same way.
 */

export interface Point {
  x: number;
  y: number;
}
export interface WeightedEdge {
  a: string;
  b: string;
  weight: number;
}

/** Positions inside [margin, width − margin] × [margin, height − margin]. */
export function forceLayout(
  ids: string[],
  edges: WeightedEdge[],
  width: number,
  height: number,
  margin = 40,
): Map<string, Point> {
  const n = ids.length;
  const positions = new Map<string, Point>();
  if (n === 0) return positions;
  if (n === 1) return positions.set(ids[0], { x: width / 2, y: height / 2 });
  const index = new Map(ids.map((id, i) => [id, i]));
  const xs = ids.map((_, i) => (Math.cos((2 * Math.PI * i) / n - Math.PI / 2) * width) / 3);
  const ys = ids.map((_, i) => (Math.sin((2 * Math.PI * i) / n - Math.PI / 2) * height) / 3);
  const k = Math.sqrt((width * height) / n) * 0.75;
  const iterations = 300;
  for (let step = 0; step < iterations; step++) {
    const temperature = (width / 8) * (1 - step / iterations) + 0.5;
    const dx = new Array<number>(n).fill(0);
    const dy = new Array<number>(n).fill(0);
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const ex = xs[i] - xs[j] || 0.01;
        const ey = ys[i] - ys[j] || 0.01;
        const distance = Math.max(Math.hypot(ex, ey), 0.01);
        const force = (k * k) / distance;
        dx[i] += (ex / distance) * force;
        dy[i] += (ey / distance) * force;
        dx[j] -= (ex / distance) * force;
        dy[j] -= (ey / distance) * force;
      }
    }
    for (const edge of edges) {
      const i = index.get(edge.a);
      const j = index.get(edge.b);
      if (i === undefined || j === undefined || i === j) continue;
      const ex = xs[i] - xs[j];
      const ey = ys[i] - ys[j];
      const distance = Math.max(Math.hypot(ex, ey), 0.01);
      const force = ((distance * distance) / k) * (0.3 + edge.weight);
      dx[i] -= (ex / distance) * force;
      dy[i] -= (ey / distance) * force;
      dx[j] += (ex / distance) * force;
      dy[j] += (ey / distance) * force;
    }
    for (let i = 0; i < n; i++) {
      // a little gravity keeps unlinked nodes from drifting away
      dx[i] -= (xs[i] * 0.05 * k) / 100;
      dy[i] -= (ys[i] * 0.05 * k) / 100;
      const length = Math.max(Math.hypot(dx[i], dy[i]), 0.01);
      xs[i] += (dx[i] / length) * Math.min(length, temperature);
      ys[i] += (dy[i] / length) * Math.min(length, temperature);
    }
  }
  // Fit into the frame, keeping the proportions.
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const scale = Math.min(
    (width - 2 * margin) / Math.max(maxX - minX, 1),
    (height - 2 * margin) / Math.max(maxY - minY, 1),
  );
  const offsetX = (width - (maxX - minX) * scale) / 2;
  const offsetY = (height - (maxY - minY) * scale) / 2;
  ids.forEach((id, i) =>
    positions.set(id, { x: offsetX + (xs[i] - minX) * scale, y: offsetY + (ys[i] - minY) * scale }),
  );
  return positions;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * Which labels to draw so that none overlaps another or an obstacle (the nodes): the strongest
 * first; those left out stay reachable in the edge's tooltip and in the table of links.
 */
export function placeLabels<T extends { box: Box; priority: number }>(labels: T[], obstacles: Box[]): Set<T> {
  const kept = new Set<T>();
  const taken = [...obstacles];
  for (const label of [...labels].sort((a, b) => b.priority - a.priority)) {
    if (taken.some((box) => overlaps(box, label.box))) continue;
    kept.add(label);
    taken.push(label.box);
  }
  return kept;
}
