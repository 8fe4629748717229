import type { Facility, Gazetteer } from '../../core/shared/gazetteer.ts';

export const codeAndName = (gazetteer: Gazetteer, kind: 'department' | 'directorate', code: string | null) => {
  if (!code) return null;
  const found =
    kind === 'department'
      ? gazetteer.departments.find((d) => d.code === code)
      : gazetteer.directorates.find((d) => d.code === code);
  return { code, name: found?.name ?? code };
};

/** The public shape of a facility. */
export function presentFacility(gazetteer: Gazetteer, facility: Facility) {
  return {
    id: facility.id,
    name: facility.name,
    kind: facility.kind,
    aliases: facility.aliases,
    commune: facility.commune,
    department: codeAndName(gazetteer, 'department', facility.department_code),
    directorate: codeAndName(gazetteer, 'directorate', facility.directorate_code),
    lat: facility.lat,
    lon: facility.lon,
    coord_precision: facility.coord_precision,
    timezone: facility.timezone,
  };
}
