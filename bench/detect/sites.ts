/**
 * The sites of the detection bench: the metropolitan facilities of reference/facilities-fr.json
 * (the ENAP school left out), as AnalysisSites whose directorate is the DISP.
 */
import { readFileSync } from 'node:fs';
import type { AnalysisSite } from '../../src/analysis/types.ts';

interface FacilityRow {
  id: string;
  kind: string;
  department: string;
  region_disp: string;
  lat: number;
  lon: number;
}

const REFERENCE = new URL('../../reference/facilities-fr.json', import.meta.url);

/** Metropolitan facilities (DSPOM overseas sites and the ENAP school excluded), in file order. */
export function benchSites(): AnalysisSite[] {
  const { facilities } = JSON.parse(readFileSync(REFERENCE, 'utf8')) as { facilities: FacilityRow[] };
  return facilities
    .filter((row) => row.region_disp !== 'DSPOM' && row.kind !== 'ecole')
    .map((row) => ({
      id: row.id,
      lat: row.lat,
      lon: row.lon,
      department: row.department,
      directorate: row.region_disp,
      kind: row.kind,
    }));
}

/** Great-circle distance in kilometres. */
export function kmBetween(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const radians = Math.PI / 180;
  const dLat = (b.lat - a.lat) * radians;
  const dLon = (b.lon - a.lon) * radians;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * radians) * Math.cos(b.lat * radians) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}
