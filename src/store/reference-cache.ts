/**
 * The reference geography as the store holds it, kept in a file of the data folder under the
 * reference digest (issue 19.1): a command that opens the store builds its gazetteer without the
 * three queries (facilities, departments, directorates) that every open paid. The store's reference
 * tables are written only from the bundled files, under the digest `meta` records, so while the store's
 * digest is the files' one, the rows kept here are the store's.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Department, Directorate, Facility } from '../core/shared/gazetteer.ts';

export interface ReferenceRows {
  facilities: Facility[];
  departments: Department[];
  directorates: Directorate[];
}

const CACHE_FILE = 'reference-cache.json';

/** The rows kept under `digest` in `dataDir`, or undefined when none are (or the file is unreadable). */
export function readReferenceCache(dataDir: string, digest: string): ReferenceRows | undefined {
  try {
    const kept = JSON.parse(readFileSync(join(dataDir, CACHE_FILE), 'utf8')) as Partial<ReferenceRows> & {
      digest?: string;
    };
    if (kept.digest !== digest || !kept.facilities || !kept.departments || !kept.directorates) return undefined;
    return { facilities: kept.facilities, departments: kept.departments, directorates: kept.directorates };
  } catch {
    return undefined;
  }
}

/** Keeps the rows under `digest`; written beside and moved into place, so a reader never sees half. */
export function writeReferenceCache(dataDir: string, digest: string, rows: ReferenceRows): void {
  const file = join(dataDir, CACHE_FILE);
  const building = `${file}.${process.pid}`;
  try {
    writeFileSync(building, JSON.stringify({ digest, ...rows }));
    renameSync(building, file);
  } catch {
    /* a read-only folder: the rows are read from the store next time */
  }
}
