/**
 * Which metropolitan department a point lies in, from the department outlines of reference/geo
 * (simplified IGN ADMIN-EXPRESS, see reference/geo/SOURCE.md). An incident placed by coordinates
 * alone gets its department, hence its directorate, so it counts in directorate rules and risk.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

type Ring = Array<[number, number]>;
interface Outline {
  code: string;
  box: [number, number, number, number];
  polygons: Ring[][];
}

let outlines: Outline[] | undefined;

function load(): Outline[] {
  const file = join(
    import.meta.dirname,
    '..',
    '..',
    '..',
    'reference',
    'geo',
    'departements-version-simplifiee.geojson',
  );
  const geojson = JSON.parse(readFileSync(file, 'utf8')) as {
    features: Array<{ properties: { code: string }; geometry: { type: string; coordinates: unknown } }>;
  };
  return geojson.features.map((feature) => {
    const polygons = (
      feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates
    ) as Ring[][];
    const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const polygon of polygons)
      for (const [lon, lat] of polygon[0]) {
        box[0] = Math.min(box[0], lon);
        box[1] = Math.min(box[1], lat);
        box[2] = Math.max(box[2], lon);
        box[3] = Math.max(box[3], lat);
      }
    return { code: feature.properties.code, box, polygons };
  });
}

/** Even-odd ray casting. */
function inRing(ring: Ring, lon: number, lat: number): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** The INSEE code of the metropolitan department holding the point, or undefined (at sea, abroad, overseas). */
export function departmentCodeAt(lat: number, lon: number): string | undefined {
  outlines ??= load();
  for (const outline of outlines) {
    const [west, south, east, north] = outline.box;
    if (lon < west || lon > east || lat < south || lat > north) continue;
    for (const [outer, ...holes] of outline.polygons) {
      if (inRing(outer, lon, lat) && !holes.some((hole) => inRing(hole, lon, lat))) return outline.code;
    }
  }
  return undefined;
}
