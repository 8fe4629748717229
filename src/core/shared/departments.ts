/**
 * Departments that are not in the metropolitan outline file (overseas departments and
 * collectivities holding penitentiary sites), with their names. Metropolitan names come from
 * reference/geo/departements-version-simplifiee.geojson.
 */
export const OVERSEAS_DEPARTMENT_NAMES: Record<string, string> = {
  '971': 'Guadeloupe',
  '972': 'Martinique',
  '973': 'Guyane',
  '974': 'La Réunion',
  '975': 'Saint-Pierre-et-Miquelon',
  '976': 'Mayotte',
  '977': 'Saint-Barthélemy',
  '978': 'Saint-Martin',
  '986': 'Wallis-et-Futuna',
  '987': 'Polynésie française',
  '988': 'Nouvelle-Calédonie',
};

/** IANA time zones of the overseas departments; every other department is on Europe/Paris. */
const OVERSEAS_TIMEZONES: Record<string, string> = {
  '971': 'America/Guadeloupe',
  '972': 'America/Martinique',
  '973': 'America/Cayenne',
  '974': 'Indian/Reunion',
  '975': 'America/Miquelon',
  '976': 'Indian/Mayotte',
  '977': 'America/St_Barthelemy',
  '978': 'America/Marigot',
  '986': 'Pacific/Wallis',
  '987': 'Pacific/Tahiti',
  '988': 'Pacific/Noumea',
};

export const DEFAULT_TIMEZONE = 'Europe/Paris';

/** The local time zone of a department code. */
export function timezoneOfDepartment(code: string | null | undefined): string {
  return (code && OVERSEAS_TIMEZONES[code]) || DEFAULT_TIMEZONE;
}
