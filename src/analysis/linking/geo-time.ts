/** Distances in space and time between incidents, shared by the indexes, the scorer and campaigns. */

const EARTH_RADIUS_KM = 6371.0088;
const RADIANS = Math.PI / 180;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;

/** Great-circle distance in kilometres (haversine). */
export function haversineKm(latA: number, lonA: number, latB: number, lonB: number): number {
  const dLat = (latB - latA) * RADIANS;
  const dLon = (lonB - lonA) * RADIANS;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(latA * RADIANS) * Math.cos(latB * RADIANS) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Hours between two [start, end) intervals in epoch ms; 0 when they overlap. */
export function gapHours(startA: number, endA: number, startB: number, endB: number): number {
  return Math.max(0, Math.max(startA, startB) - Math.min(endA, endB)) / HOUR_MS;
}

/**
 * The "night" an instant belongs to, counted from noon to noon UTC. Attacks on prisons cluster at
 * night (18:00-08:00 in France, 16:00-07:00 UTC), so noon-to-noon puts a whole night in one count
 * whatever the daylight-saving offset; "3 nights" in an explanation means three of these.
 */
export function nightIndex(time: number): number {
  return Math.floor((time - 12 * HOUR_MS) / DAY_MS);
}
