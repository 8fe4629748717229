/**
 * The commune gazetteer (reference/communes-fr.json: every current commune, official names from the
 * INSEE list, centres from GeoNames or, where GeoNames has none, the department's centre) and a few
 * countries, for places that are not facilities.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PlaceInput } from '../../core/shared/common.schema.ts';
import { foldSameLength } from './folded-text.ts';
import { PACKAGE_ROOT } from '../../package-root.ts';

export interface Commune {
  name: string;
  insee: string;
  department: string;
  lat: number;
  lon: number;
  population: number;
  /** 'department' when the point is only the department's centre (a small commune GeoNames lacks) */
  precision: 'commune' | 'department';
}

const FILE = join(PACKAGE_ROOT, 'reference', 'communes-fr.json');
let loaded: Map<string, Commune[]> | undefined;

/** The folded key of a name: words of letters and digits joined by one space. */
export function nameKey(name: string): string {
  return foldSameLength(name)
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .join(' ');
}

/** Communes by folded name, most populous first; read once. */
export function communesByName(): Map<string, Commune[]> {
  if (loaded) return loaded;
  const file = JSON.parse(readFileSync(FILE, 'utf8')) as {
    communes: Array<[string, string, number, number, number, 'department'?]>;
  };
  loaded = new Map();
  for (const [name, insee, lat, lon, population, precision] of file.communes) {
    const department = insee.startsWith('97') ? insee.slice(0, 3) : insee.slice(0, 2);
    const key = nameKey(name);
    const list = loaded.get(key) ?? [];
    list.push({ name, insee, department, lat, lon, population, precision: precision ?? 'commune' });
    loaded.set(key, list);
  }
  for (const list of loaded.values()) list.sort((a, b) => b.population - a.population);
  return loaded;
}

/** A commune as an incident or seizure place. */
export function communePlace(commune: Commune): PlaceInput {
  return {
    lat: commune.lat,
    lon: commune.lon,
    precision: commune.precision,
    commune: commune.name,
    department: commune.department,
    country: 'FR',
  };
}

/** Countries named in seizure reports (folded, French and English), with their English name and a rough centre. */
export const COUNTRIES: Record<string, { code: string; name: string; lat: number; lon: number }> = Object.fromEntries(
  (
    [
      ['FR', 'France', 46.6, 2.4, ['france']],
      ['PE', 'Peru', -9.2, -75, ['peru', 'perou']],
      ['EC', 'Ecuador', -1.5, -78.5, ['ecuador', 'equateur']],
      ['CO', 'Colombia', 4.6, -74.1, ['colombia', 'colombie']],
      ['BR', 'Brazil', -10.8, -52.9, ['brazil', 'bresil']],
      ['ES', 'Spain', 40.4, -3.7, ['spain', 'espagne']],
      ['MA', 'Morocco', 31.8, -7.1, ['morocco', 'maroc']],
      ['BE', 'Belgium', 50.6, 4.6, ['belgium', 'belgique']],
      ['NL', 'Netherlands', 52.2, 5.3, ['netherlands', 'pays-bas', 'pays bas', 'holland', 'hollande']],
      ['MX', 'Mexico', 23.6, -102.5, ['mexico', 'mexique']],
      ['VE', 'Venezuela', 7.1, -66.2, ['venezuela']],
      ['PA', 'Panama', 8.5, -80.1, ['panama']],
      ['US', 'United States', 39.8, -98.6, ['united states', 'etats-unis', 'etats unis']],
      ['SR', 'Suriname', 4, -56, ['suriname', 'surinam']],
      ['GY', 'Guyana', 5, -58.9, ['guyana']],
      ['GF', 'French Guiana', 4, -53, ['guyane', 'french guiana']],
      ['DO', 'Dominican Republic', 18.7, -70.2, ['dominican republic', 'republique dominicaine']],
      ['CR', 'Costa Rica', 9.7, -84, ['costa rica']],
      ['BO', 'Bolivia', -16.3, -63.6, ['bolivia', 'bolivie']],
      ['PY', 'Paraguay', -23.4, -58.4, ['paraguay']],
      ['CI', "Côte d'Ivoire", 7.5, -5.5, ["cote d'ivoire", 'ivory coast']],
      ['SN', 'Senegal', 14.5, -14.5, ['senegal']],
      ['DZ', 'Algeria', 28, 1.7, ['algeria', 'algerie']],
      ['GT', 'Guatemala', 15.8, -90.2, ['guatemala']],
      ['JM', 'Jamaica', 18.1, -77.3, ['jamaica', 'jamaique']],
      ['GP', 'Guadeloupe', 16.2, -61.5, ['guadeloupe']],
      ['MQ', 'Martinique', 14.6, -61, ['martinique']],
      ['AR', 'Argentina', -38.4, -63.6, ['argentina', 'argentine']],
      ['CL', 'Chile', -35.7, -71.5, ['chile', 'chili']],
    ] as Array<[string, string, number, number, string[]]>
  ).flatMap(([code, name, lat, lon, words]) => words.map((word) => [word, { code, name, lat, lon }])),
);
