import type { FeatureCollection, Position } from 'geojson';

/** A window of France around a point: the outlines crossing it are drawn, the point at its centre. */
export interface OutlineWindow {
  lon: number;
  lat: number;
  /** Half its width, in degrees of longitude shrunk by the cosine of the latitude (see `project`). */
  halfWidth: number;
  /** Half its height, in degrees of latitude. */
  halfHeight: number;
}

/**
 * A point in the window's own units, the window's centre at 0,0, x east and y south: degrees of longitude
 * shrunk by the cosine of the centre's latitude, so that a degree east is drawn as long as it is on the
 * ground there (within a couple of degrees, as true as the incident map's Mercator at that zoom).
 */
export function project(window: OutlineWindow, [lon, lat]: Position): [number, number] {
  return [(lon - window.lon) * Math.cos((window.lat * Math.PI) / 180), window.lat - lat];
}

/** The SVG `viewBox` of a window. */
export function viewBoxOf(window: OutlineWindow): string {
  return `${-window.halfWidth} ${-window.halfHeight} ${2 * window.halfWidth} ${2 * window.halfHeight}`;
}

/**
 * One SVG path (`d`) per outline that crosses the window, every ring of its polygons in the window's units
 * (three decimals: a few metres). Outlines wholly outside it are left out: the departments near a site are
 * a handful of the hundred.
 */
export function outlinePaths(outlines: FeatureCollection, window: OutlineWindow): string[] {
  const paths: string[] = [];
  for (const feature of outlines.features) {
    const geometry = feature.geometry;
    const polygons =
      geometry?.type === 'Polygon'
        ? [geometry.coordinates]
        : geometry?.type === 'MultiPolygon'
          ? geometry.coordinates
          : [];
    const rings = polygons.flat().map((ring) => ring.map((position) => project(window, position)));
    if (!rings.some((ring) => crosses(ring, window))) continue;
    paths.push(rings.map((ring) => `M${ring.map(([x, y]) => `${x.toFixed(3)} ${y.toFixed(3)}`).join('L')}Z`).join(''));
  }
  return paths;
}

/** Whether a projected ring's bounding box meets the window. */
function crosses(ring: Array<[number, number]>, window: OutlineWindow): boolean {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of ring) {
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  return (
    maxX >= -window.halfWidth && minX <= window.halfWidth && maxY >= -window.halfHeight && minY <= window.halfHeight
  );
}
