/**
 * The two drawings of a case report, as inline SVG (no tile server, no script): a map of its
 * incidents over the outline of metropolitan France, and the graph of its actors on a circle.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../package-root.ts';

export const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

type Ring = Array<[number, number]>;
let outline: Ring[] | undefined;

/** The outline of metropolitan France (reference/geo), read once. */
export function franceOutline(): Ring[] {
  if (!outline) {
    const file = join(PACKAGE_ROOT, 'reference', 'geo', 'metropole-version-simplifiee.geojson');
    const feature = JSON.parse(readFileSync(file, 'utf8')) as { geometry: { type: string; coordinates: unknown } };
    const polygons = (
      feature.geometry.type === 'MultiPolygon' ? feature.geometry.coordinates : [feature.geometry.coordinates]
    ) as Ring[][];
    outline = polygons.map((polygon) => polygon[0]);
  }
  return outline;
}

const BOUNDS = { west: -5.3, east: 9.7, south: 41.2, north: 51.2 };
const LAT_SCALE = Math.cos((46.5 * Math.PI) / 180);

/** Equirectangular projection into a box `width` wide, scaled for the latitude of France. */
export function project(lon: number, lat: number, width: number): [number, number] {
  const scale = width / ((BOUNDS.east - BOUNDS.west) * LAT_SCALE);
  return [(lon - BOUNDS.west) * LAT_SCALE * scale, (BOUNDS.north - lat) * scale];
}

export interface MapPoint {
  lat: number;
  lon: number;
  label: string;
}

/** The incidents as numbered dots over the outline; points outside metropolitan France are counted, not drawn. */
export function mapSvg(points: MapPoint[], rings: Ring[], width = 520): string {
  const [, height] = project(BOUNDS.east, BOUNDS.south, width);
  const path = rings
    .map(
      (ring) =>
        `M${ring
          .map(([lon, lat]) =>
            project(lon, lat, width)
              .map((v) => v.toFixed(1))
              .join(','),
          )
          .join('L')}Z`,
    )
    .join('');
  const inside = points.filter(
    (p) => p.lon >= BOUNDS.west && p.lon <= BOUNDS.east && p.lat >= BOUNDS.south && p.lat <= BOUNDS.north,
  );
  const dots = inside
    .map((p, index) => {
      const [x, y] = project(p.lon, p.lat, width);
      return `<g><circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="6" class="dot"/><text x="${(x + 8).toFixed(1)}" y="${(y + 4).toFixed(1)}">${index + 1}</text><title>${escapeHtml(p.label)}</title></g>`;
    })
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height.toFixed(0)}" width="${width}" height="${height.toFixed(0)}" role="img" aria-label="map">` +
    `<path d="${path}" class="land"/>${dots}</svg>`
  );
}

export interface GraphNode {
  id: string;
  label: string;
  kind: string;
}
export interface GraphEdge {
  source: string;
  target: string;
  label: string;
}

/** The actors on a circle, their relationships as labelled lines. */
export function graphSvg(nodes: GraphNode[], edges: GraphEdge[], size = 520): string {
  const centre = size / 2;
  const radius = nodes.length > 1 ? size / 2 - 90 : 0;
  const at = new Map(
    nodes.map((node, index) => {
      const angle = (2 * Math.PI * index) / Math.max(1, nodes.length) - Math.PI / 2;
      return [node.id, [centre + radius * Math.cos(angle), centre + radius * Math.sin(angle)] as const];
    }),
  );
  const lines = edges
    .filter((edge) => at.has(edge.source) && at.has(edge.target))
    .map((edge) => {
      const [x1, y1] = at.get(edge.source)!;
      const [x2, y2] = at.get(edge.target)!;
      return (
        `<line x1="${x1.toFixed(1)}" y1="${y1.toFixed(1)}" x2="${x2.toFixed(1)}" y2="${y2.toFixed(1)}" class="edge"/>` +
        `<text x="${((x1 + x2) / 2).toFixed(1)}" y="${((y1 + y2) / 2 - 3).toFixed(1)}" class="edge-label">${escapeHtml(edge.label)}</text>`
      );
    })
    .join('');
  const circles = nodes
    .map((node) => {
      const [x, y] = at.get(node.id)!;
      return (
        `<g><circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="14" class="node node-${escapeHtml(node.kind)}"/>` +
        `<text x="${x.toFixed(1)}" y="${(y + 28).toFixed(1)}" text-anchor="middle">${escapeHtml(node.label)}</text></g>`
      );
    })
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" width="${size}" height="${size}" role="img" aria-label="graph">${lines}${circles}</svg>`;
}
