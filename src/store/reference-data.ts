import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_TIMEZONE, OVERSEAS_DEPARTMENT_NAMES, timezoneOfDepartment } from '../core/shared/departments.ts';
import type { Department, Directorate, Facility } from '../core/shared/gazetteer.ts';
import { PACKAGE_ROOT } from '../package-root.ts';

export const REFERENCE_DIR = join(PACKAGE_ROOT, 'reference');

interface ReferenceFile {
  generated: string;
  disp: Array<{ code: string; name: string; seat?: string; departments: string[] }>;
  facilities: Array<{
    id: string;
    name: string;
    kind: string;
    aliases: string[];
    commune: string;
    department: string;
    region_disp: string | null;
    lat: number;
    lon: number;
    coord_precision: string;
  }>;
}

export interface ReferenceData {
  /** A digest of the files, so a store re-syncs only when the reference changed. */
  digest: string;
  directorates: Directorate[];
  departments: Department[];
  facilities: Facility[];
}

const FILES = [
  join(REFERENCE_DIR, 'facilities-fr.json'),
  join(REFERENCE_DIR, 'geo', 'departements-version-simplifiee.geojson'),
];
const digestOf = (texts: string[]) =>
  texts
    .reduce((hash, text) => hash.update(text), createHash('sha256'))
    .digest('hex')
    .slice(0, 16);
// The digest of the files as they were last hashed, keyed by their size and time of change.
const DIGEST_CACHE = join(tmpdir(), 'vigie-reference-digest.json');

/**
 * The digest of the reference files, without reading them while they are unchanged: every open of
 * the store compares it with the one stored, and hashing 660 KB on each command was a visible cost.
 */
export function referenceDigest(): string {
  const key = FILES.map((file) => {
    const stat = statSync(file);
    return `${file}:${stat.size}:${stat.mtimeMs}`;
  }).join('|');
  try {
    const cached = JSON.parse(readFileSync(DIGEST_CACHE, 'utf8')) as { key?: string; digest?: string };
    if (cached.key === key && cached.digest) return cached.digest;
  } catch {
    /* no cache yet */
  }
  const digest = digestOf(FILES.map((file) => readFileSync(file, 'utf8')));
  try {
    writeFileSync(DIGEST_CACHE, JSON.stringify({ key, digest }));
  } catch {
    /* a read-only tmp: hash next time */
  }
  return digest;
}

/** Reads the bundled reference files (see reference/PROVENANCE.md) into plain records. */
export function loadReferenceData(): ReferenceData {
  const [facilitiesText, departmentsText] = FILES.map((file) => readFileSync(file, 'utf8'));
  const file = JSON.parse(facilitiesText) as ReferenceFile;
  const outlines = JSON.parse(departmentsText) as { features: Array<{ properties: { code: string; nom: string } }> };

  const directorateOf = new Map<string, string>();
  for (const disp of file.disp) for (const code of disp.departments) directorateOf.set(code, disp.code);

  const names = new Map<string, string>(Object.entries(OVERSEAS_DEPARTMENT_NAMES));
  for (const feature of outlines.features) names.set(feature.properties.code, feature.properties.nom);
  const departments: Department[] = [...names]
    .map(([code, name]) => ({
      code,
      name,
      directorate_code: directorateOf.get(code) ?? null,
      timezone: timezoneOfDepartment(code),
    }))
    .sort((a, b) => a.code.localeCompare(b.code));

  const facilities: Facility[] = file.facilities.map((entry) => ({
    id: entry.id,
    name: entry.name,
    kind: entry.kind,
    aliases: entry.aliases,
    commune: entry.commune ?? null,
    department_code: entry.department,
    directorate_code: entry.region_disp ?? null,
    lat: entry.lat,
    lon: entry.lon,
    coord_precision: entry.coord_precision,
    timezone: timezoneOfDepartment(entry.department) ?? DEFAULT_TIMEZONE,
  }));
  const directorates: Directorate[] = file.disp.map((disp) => ({
    code: disp.code,
    name: disp.name,
    seat: disp.seat ?? null,
    departments: disp.departments,
  }));
  const digest = digestOf([facilitiesText, departmentsText]);
  return { digest, directorates, departments, facilities };
}
