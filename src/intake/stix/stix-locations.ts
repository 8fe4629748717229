/**
 * Places a foreign STIX `location` as Vigie places incidents: a facility when the location names one
 * (its name, an alias, or a city that is a facility's alias) or lies within 1.5 km of exactly one
 * facility whose position is known to the site (the reference holds commune centres today, which say
 * nothing of a point in a city with a prison), else a place at its coordinates, else the commune it names. A location nothing places is undefined.
 */
import type { Facility, Gazetteer } from '../../core/shared/gazetteer.ts';
import type { PlaceInput } from '../../core/shared/common.schema.ts';
import type { StixObject } from '../../export/stix/stix-vocabulary.ts';
import { communePlace, communesByName, nameKey } from '../extract/communes.ts';

export type LocationResolution =
  | { facility: string; by: 'name' | 'city' | 'coordinates' }
  | { place: PlaceInput; by: 'coordinates' | 'city' };

/** How near (km) coordinates must be to a facility's to be taken as that facility. */
const NEAR_SITE_KM = 1.5;

function kilometres(aLat: number, aLon: number, bLat: number, bLon: number): number {
  const rad = Math.PI / 180;
  const dLat = (bLat - aLat) * rad,
    dLon = (bLon - aLon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(aLat * rad) * Math.cos(bLat * rad) * Math.sin(dLon / 2) ** 2;
  return 12_742 * Math.asin(Math.min(1, Math.sqrt(h)));
}

const text = (value: unknown) => (typeof value === 'string' && value.trim().length > 0 ? value.trim() : undefined);
const resolved = (gazetteer: Gazetteer, name: string | undefined): Facility | undefined => {
  if (!name) return undefined;
  const found = gazetteer.resolveFacility(name);
  return found.ok ? found.facility : undefined;
};

/** The facility or place of a STIX location, or undefined when nothing in it places an incident. */
export function resolveLocation(location: StixObject, gazetteer: Gazetteer): LocationResolution | undefined {
  const byName = resolved(gazetteer, text(location.name));
  if (byName) return { facility: byName.id, by: 'name' };
  const lat = typeof location.latitude === 'number' ? location.latitude : undefined;
  const lon = typeof location.longitude === 'number' ? location.longitude : undefined;
  const city = text(location.city);
  const country =
    typeof location.country === 'string' && location.country.length === 2 ? location.country.toUpperCase() : undefined;
  if (lat !== undefined && lon !== undefined) {
    const near = gazetteer.facilities.filter(
      (facility) =>
        facility.coord_precision === 'site' && kilometres(lat, lon, facility.lat, facility.lon) <= NEAR_SITE_KM,
    );
    if (near.length === 1) return { facility: near[0].id, by: 'coordinates' };
    return {
      place: { lat, lon, precision: 'commune', ...(city ? { commune: city } : {}), ...(country ? { country } : {}) },
      by: 'coordinates',
    };
  }
  if (!city || (country && country !== 'FR')) return undefined;
  const byCity = resolved(gazetteer, city);
  if (byCity) return { facility: byCity.id, by: 'city' };
  const commune = communesByName().get(nameKey(city))?.[0];
  return commune ? { place: communePlace(commune), by: 'city' } : undefined;
}
