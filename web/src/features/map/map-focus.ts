/**
 * Where the map page opens when the address names a place (`#/map?center=lon,lat&zoom=9`, the incident
 * page's "Voir sur la carte"). A value that is not a place on Earth or a zoom the map draws is ignored:
 * the page opens on the whole of France, as without it.
 */
export interface MapFocus {
  center: [number, number];
  zoom: number;
}

/** The zoom the incident page opens the map at: the first at which the map shows points, not clusters. */
export const INCIDENT_ZOOM = 9;
const MIN_ZOOM = 1;
const MAX_ZOOM = 16;

/** The focus the address asks for, or undefined for the default view. */
export function focusFromAddress(query: URLSearchParams): MapFocus | undefined {
  const parts = (query.get('center') ?? '').split(',');
  if (parts.length !== 2 || parts.some((part) => part.trim() === '')) return undefined;
  const [lon, lat] = parts.map(Number);
  if (!Number.isFinite(lon) || !Number.isFinite(lat) || Math.abs(lon) > 180 || Math.abs(lat) > 90) return undefined;
  const asked = Number(query.get('zoom') ?? INCIDENT_ZOOM);
  const zoom = Number.isFinite(asked) && asked >= MIN_ZOOM && asked <= MAX_ZOOM ? asked : INCIDENT_ZOOM;
  return { center: [lon, lat], zoom };
}

/** The address of the map centred on a point. */
export const focusToAddress = (lon: number, lat: number, zoom = INCIDENT_ZOOM) => ({
  center: `${lon},${lat}`,
  zoom: String(zoom),
});
