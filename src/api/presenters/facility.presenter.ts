import { z } from '@hono/zod-openapi';
import type { Facility, Gazetteer } from '../../core/shared/gazetteer.ts';

/** A department or directorate: its code and name. */
export const codeNameSchema = z.object({ code: z.string(), name: z.string() }).nullable();

export const facilitySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    kind: z.string(),
    aliases: z.array(z.string()),
    commune: z.string().nullable(),
    department: codeNameSchema,
    directorate: codeNameSchema,
    lat: z.number(),
    lon: z.number(),
    coord_precision: z.string(),
    timezone: z.string(),
  })
  .openapi('Facility');
export type FacilityView = z.infer<typeof facilitySchema>;

export const codeAndName = (gazetteer: Gazetteer, kind: 'department' | 'directorate', code: string | null) => {
  if (!code) return null;
  const found =
    kind === 'department'
      ? gazetteer.departments.find((d) => d.code === code)
      : gazetteer.directorates.find((d) => d.code === code);
  return { code, name: found?.name ?? code };
};

/** The public shape of a facility. */
export function presentFacility(gazetteer: Gazetteer, facility: Facility): FacilityView {
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
