import type { Department, Facility, Gazetteer } from '../shared/gazetteer.ts';
import { DEFAULT_TIMEZONE } from '../shared/departments.ts';
import { departmentCodeAt } from './department-outlines.ts';
import type { FieldIssue } from '../shared/errors.ts';
import type { PlaceInput } from '../shared/common.schema.ts';

/** Where a record happened, resolved against the gazetteer. */
export interface Location {
  facility_id: string | null;
  lat: number;
  lon: number;
  place_precision: string;
  commune: string | null;
  department_code: string | null;
  directorate_code: string | null;
  country: string;
  timezone: string;
}

/**
 * Resolves a facility reference and/or a place. With both, the place gives the point (a car burned
 * in a staff car park a little away from the gate) and the facility the rest.
 */
export function locate(
  gazetteer: Gazetteer,
  facilityRef: string | undefined,
  place: PlaceInput | undefined,
): { location?: Location; issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  let facility: Facility | undefined;
  if (facilityRef !== undefined) {
    const resolved = gazetteer.resolveFacility(facilityRef);
    if (resolved.ok) facility = resolved.facility;
    else if (resolved.reason === 'unknown')
      issues.push({
        path: 'facility',
        message: `unknown facility "${facilityRef}": give an id, a name or an alias (see /api/facilities?q=)`,
        code: 'unknown_facility',
        params: { value: facilityRef },
      });
    else
      issues.push({
        path: 'facility',
        message: `"${facilityRef}" is ambiguous: ${resolved.candidates.map((c) => `${c.id} (${c.name})`).join(', ')}`,
        code: 'ambiguous_facility',
        params: { value: facilityRef, candidates: resolved.candidates.map((c) => c.name) },
      });
  }
  let department: Department | undefined;
  if (place?.department !== undefined) {
    department = gazetteer.department(place.department);
    if (!department)
      issues.push({
        path: 'place.department',
        message: `unknown department "${place.department}": give an INSEE code such as "54" or a name`,
        code: 'unknown_department',
        params: { value: place.department },
      });
  }
  if (issues.length > 0) return { issues };
  if (facility) {
    return {
      issues,
      location: {
        facility_id: facility.id,
        lat: place?.lat ?? facility.lat,
        lon: place?.lon ?? facility.lon,
        place_precision: place?.precision ?? 'site',
        commune: place?.commune ?? facility.commune,
        department_code: facility.department_code,
        directorate_code: facility.directorate_code,
        country: 'FR',
        timezone: facility.timezone,
      },
    };
  }
  if (!place)
    return { issues: [{ path: 'facility', message: 'give a facility or a place', code: 'facility_or_place' }] };
  const country = place.country ?? 'FR';
  // placed by coordinates alone: the department outlines say where, so directorate rules and risk count it
  if (!department && country === 'FR') {
    const code = departmentCodeAt(place.lat, place.lon);
    department = code ? gazetteer.department(code) : undefined;
  }
  return {
    issues,
    location: {
      facility_id: null,
      lat: place.lat,
      lon: place.lon,
      place_precision: place.precision,
      commune: place.commune ?? null,
      department_code: department?.code ?? null,
      directorate_code: department?.directorate_code ?? null,
      country,
      timezone: department?.timezone ?? (country === 'FR' ? DEFAULT_TIMEZONE : 'UTC'),
    },
  };
}
