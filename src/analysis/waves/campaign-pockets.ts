/**
 * Where a campaign's next act lies by distance from its own places: campaigns strike in pockets
 * (April 2025: 9 of its 14 facilities after the first within 100 km of one struck before, median 94
 * km), and a campaign whose places lie far apart says little about distance. The probable-member
 * likelihood weighs an act's place by this density beside the campaign's directorates.
 */
import { distanceKm } from './permutation-scan.ts';

type Point = { lat: number; lon: number };

/** Places closer than this are the same place (a re-strike, weighed apart). */
const SAME_PLACE_KM = 1;

/** The campaign's pocket size: the median distance from each of its places to the nearest other one, 25 km at least (100 with one place). */
export function pocketSizeKm(places: readonly Point[]): number {
  if (places.length < 2) return 100;
  const nearest = places
    .map((place) => Math.min(...places.filter((other) => other !== place).map((other) => distanceKm(place, other))))
    .sort((a, b) => a - b);
  return Math.max(25, nearest[nearest.length >> 1]);
}

/**
 * The share of the campaign's acts expected at a point by distance: each of its places spreads one
 * act over the facilities around it (not itself) by e^(−d / s), s the campaign's pocket size (capped
 * at `maxScaleKm`), and the places' shares are averaged. A campaign in pockets puts most of it within
 * tens of km of its places; one spread across the country almost evenly over its wide surroundings.
 */
export function pocketDensity(
  places: readonly Point[],
  facilities: readonly Point[],
  maxScaleKm = 200,
): (point: Point) => number {
  if (places.length === 0 || facilities.length === 0) return () => 0;
  const scale = Math.min(maxScaleKm, pocketSizeKm(places));
  const kernel = (from: Point, to: Point) => {
    const km = distanceKm(from, to);
    return km < SAME_PLACE_KM ? 0 : Math.exp(-km / scale);
  };
  const norms = places.map((place) => facilities.reduce((sum, facility) => sum + kernel(place, facility), 0));
  return (point) =>
    places.reduce((sum, place, i) => (norms[i] > 0 ? sum + kernel(place, point) / norms[i] : sum), 0) / places.length;
}
