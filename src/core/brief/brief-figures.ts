/**
 * The brief's figures as inline SVG, so the HTML stands alone when mailed, archived or printed: a
 * map of mainland France with the week's incidents and the sites at risk, and a day-by-day timeline.
 */
import { DateTime } from 'luxon';
import { BRIEF_ZONE, type BriefModel } from './brief.ts';
import { BRIEF_TEXT } from './brief-text.ts';

/** Polygons as [lon, lat] rings. */
export type Outline = Array<Array<[number, number]>>;

const BOUNDS = { west: -5.3, east: 9.7, south: 41.2, north: 51.2 };
// biome-ignore lint/suspicious/noShadowRestrictedNames: the deprecated global escape() is never what is meant here
const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Reads the rings of a GeoJSON feature (collection), keeping one point in `step` (the brief's map is small). */
export function outlineFromGeoJson(geojson: unknown, step = 3): Outline {
  const rings: Outline = [];
  const visit = (geometry: { type: string; coordinates: unknown }) => {
    const polygons =
      geometry.type === 'Polygon'
        ? [geometry.coordinates]
        : geometry.type === 'MultiPolygon'
          ? (geometry.coordinates as unknown[])
          : [];
    for (const polygon of polygons as Array<Array<Array<[number, number]>>>) {
      const ring = polygon[0];
      if (!ring || ring.length < 12) continue;
      rings.push(ring.filter((_, i) => i % step === 0));
    }
  };
  const root = geojson as {
    type: string;
    features?: Array<{ geometry: { type: string; coordinates: unknown } }>;
    geometry?: { type: string; coordinates: unknown };
  };
  if (root.type === 'FeatureCollection') for (const feature of root.features ?? []) visit(feature.geometry);
  else if (root.geometry) visit(root.geometry);
  return rings;
}

/** The map figure: outline, incidents of the week (red in the last 24 hours), sites at risk ringed. */
export function mapFigure(model: BriefModel, outline: Outline, width = 520): { svg: string; outside: number } {
  const scaleX = Math.cos((46.5 * Math.PI) / 180);
  const spanX = (BOUNDS.east - BOUNDS.west) * scaleX;
  const spanY = BOUNDS.north - BOUNDS.south;
  const height = Math.round((width * spanY) / spanX);
  const x = (lon: number) => (((lon - BOUNDS.west) * scaleX) / spanX) * width;
  const y = (lat: number) => ((BOUNDS.north - lat) / spanY) * height;
  const inside = (lon: number, lat: number) =>
    lon >= BOUNDS.west && lon <= BOUNDS.east && lat >= BOUNDS.south && lat <= BOUNDS.north;
  const path = outline
    .map((ring) => `M${ring.map(([lon, lat]) => `${x(lon).toFixed(1)},${y(lat).toFixed(1)}`).join('L')}Z`)
    .join('');
  const shown = model.incidents.items.filter((i) => inside(i.lon, i.lat));
  const dots = shown
    .map(
      (i) =>
        `<circle cx="${x(i.lon).toFixed(1)}" cy="${y(i.lat).toFixed(1)}" r="4" fill="${i.in_last_24h ? '#c0392b' : '#e67e22'}" fill-opacity="0.8"><title>${escape(i.site)}</title></circle>`,
    )
    .join('');
  const rings = (model.risk ?? [])
    .filter((r) => inside(r.lon, r.lat))
    .map(
      (r) =>
        `<circle cx="${x(r.lon).toFixed(1)}" cy="${y(r.lat).toFixed(1)}" r="${(6 + Math.min(10, r.relative_risk)).toFixed(1)}" fill="none" stroke="#6c3483" stroke-width="2"><title>${escape(r.name)}</title></circle>`,
    )
    .join('');
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" data-figure="map">` +
    `<path d="${path}" fill="#f4f6f7" stroke="#7f8c8d" stroke-width="0.8"/>${dots}${rings}</svg>`;
  return { svg, outside: model.incidents.items.length - shown.length };
}

/** The timeline figure: incidents per Paris day over the seven days before the brief. */
export function timelineFigure(model: BriefModel, width = 520, height = 140): string {
  const end = DateTime.fromISO(model.as_of, { zone: BRIEF_ZONE });
  const days = Array.from({ length: 7 }, (_, i) => end.minus({ days: 6 - i }).toISODate()!);
  const counts = days.map(
    (day) =>
      model.incidents.items.filter((i) => DateTime.fromISO(i.start, { zone: BRIEF_ZONE }).toISODate() === day).length,
  );
  const max = Math.max(1, ...counts);
  const barWidth = width / days.length;
  const bars = days
    .map((day, i) => {
      // room above the tallest bar for its count (a label at y = 6 was cut)
      const h = ((height - 44) * counts[i]) / max;
      const left = i * barWidth + 6;
      return (
        `<rect x="${left.toFixed(1)}" y="${(height - 20 - h).toFixed(1)}" width="${(barWidth - 12).toFixed(1)}" height="${h.toFixed(1)}" fill="#2e4057"><title>${day}: ${counts[i]}</title></rect>` +
        `<text x="${(left + (barWidth - 12) / 2).toFixed(1)}" y="${height - 6}" font-size="10" text-anchor="middle">${day.slice(8, 10)}/${day.slice(5, 7)}</text>` +
        (counts[i] > 0
          ? `<text x="${(left + (barWidth - 12) / 2).toFixed(1)}" y="${(height - 24 - h).toFixed(1)}" font-size="10" text-anchor="middle">${counts[i]}</text>`
          : '')
      );
    })
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" data-figure="timeline" font-family="sans-serif">${bars}</svg>`;
}

export function figureCaptions(model: BriefModel, outside: number) {
  const t = BRIEF_TEXT[model.language];
  return { map: `${t.mapCaption}${outside > 0 ? ` ${t.outside(outside)}` : ''}`, timeline: t.timelineCaption };
}
