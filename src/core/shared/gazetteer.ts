import { foldWords } from './fold-text.ts';

export interface Department {
  code: string;
  name: string;
  directorate_code: string | null;
  timezone: string;
}
export interface Directorate {
  code: string;
  name: string;
  seat: string | null;
  departments: string[];
}

export interface Facility {
  id: string;
  name: string;
  kind: string;
  aliases: string[];
  commune: string | null;
  department_code: string;
  directorate_code: string | null;
  lat: number;
  lon: number;
  coord_precision: string;
  timezone: string;
}

export type FacilityResolution =
  | { ok: true; facility: Facility }
  | { ok: false; reason: 'unknown' | 'ambiguous'; candidates: Facility[] };

/**
 * The reference geography held in memory: 202 facilities, ~100 departments, 10 directorates.
 * Small enough to resolve every row of a million-row import without a query.
 */
export class Gazetteer {
  private readonly byId = new Map<string, Facility>();
  /** the folded names and aliases, indexed at the first lookup by name (most commands make none) */
  private byKeyIndex?: Map<string, Facility[]>;
  private readonly departmentsByKey = new Map<string, Department>();

  constructor(
    readonly facilities: Facility[],
    readonly departments: Department[],
    readonly directorates: Directorate[],
  ) {
    for (const facility of facilities) this.byId.set(facility.id, facility);
    for (const department of departments) {
      this.departmentsByKey.set(department.code.toLowerCase(), department);
      this.departmentsByKey.set(foldWords(department.name), department);
    }
  }

  private get byKey(): Map<string, Facility[]> {
    if (this.byKeyIndex) return this.byKeyIndex;
    const index = new Map<string, Facility[]>();
    for (const facility of this.facilities) {
      for (const key of facilitySearchKeys(facility)) {
        const list = index.get(key) ?? [];
        if (!list.includes(facility)) list.push(facility);
        index.set(key, list);
      }
    }
    this.byKeyIndex = index;
    return index;
  }

  facility(id: string): Facility | undefined {
    return this.byId.get(id);
  }

  /**
   * Where a record stands, for a reader: its facility's name, else its commune; undefined when it has
   * neither (each caller says what it shows then: a department, coordinates...).
   */
  placeName(row: { facility_id: string | null; commune: string | null }): string | undefined {
    return (row.facility_id && this.facility(row.facility_id)?.name) || row.commune || undefined;
  }

  /** Resolves a facility given by id, name or alias; an alias shared by several sites is ambiguous. */
  resolveFacility(reference: string): FacilityResolution {
    const byId = this.byId.get(reference.trim());
    if (byId) return { ok: true, facility: byId };
    const matches = this.byKey.get(foldWords(reference)) ?? [];
    if (matches.length === 1) return { ok: true, facility: matches[0] };
    // A site's own full name wins over other sites that merely carry it as an alias.
    const exactName = matches.filter((facility) => foldWords(facility.name) === foldWords(reference));
    if (exactName.length === 1) return { ok: true, facility: exactName[0] };
    return { ok: false, reason: matches.length === 0 ? 'unknown' : 'ambiguous', candidates: matches };
  }

  /** A department by INSEE code ("54", "2A") or by name ("Meurthe-et-Moselle"). */
  department(reference: string): Department | undefined {
    return this.departmentsByKey.get(reference.trim().toLowerCase()) ?? this.departmentsByKey.get(foldWords(reference));
  }
}

/** The folded name and aliases a facility answers to. */
export function facilitySearchKeys(facility: Pick<Facility, 'name' | 'aliases'>): string[] {
  return [...new Set([facility.name, ...facility.aliases].map(foldWords))];
}
