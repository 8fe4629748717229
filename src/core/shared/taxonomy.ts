/**
 * The closed vocabularies of an incident. Documented in docs/data-model.md; adding a value here
 * is the only change needed for the API, the importers and the UI to accept it.
 */
export const EVENT_TYPES = [
  'gunfire',
  'arson',
  'vehicle_arson',
  'attempted_arson',
  'explosive',
  'graffiti',
  'threat',
  'doxxing',
  'assault_on_staff',
  'drone_drop',
  'projection',
  'intrusion',
  'escape',
  'escape_attempt',
  'transport_ambush',
  'riot',
  'contraband_found',
  'other',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const TARGET_KINDS = [
  'facility',
  'staff_vehicle',
  'staff_home',
  'staff_person',
  'transport',
  'court',
  'training_school',
  'other',
] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

/** Where on or near its site an act took place ("where on the site"): used by the form and the extractor. */
export const SITE_SPOTS = [
  'gate',
  'perimeter',
  'staff_car_park',
  'visitor_car_park',
  'inside',
  'staff_home',
  'public_road',
  'hospital',
  'court',
  'other',
] as const;
export type SiteSpot = (typeof SITE_SPOTS)[number];

export const SIGNATURE_KINDS = [
  'tag',
  'slogan',
  'symbol',
  'vehicle_plate',
  'vehicle_description',
  'phone',
  'online_handle',
  'other',
] as const;
export type SignatureKind = (typeof SIGNATURE_KINDS)[number];

export const INCIDENT_STATUSES = ['reported', 'verified', 'refuted', 'duplicate'] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];

/** How precisely the time of an event is known; `night` is 18:00 to 08:00 local time. */
export const TIME_PRECISIONS = ['exact', 'hour', 'night', 'day', 'week', 'month', 'year', 'approx'] as const;
export type TimePrecision = (typeof TIME_PRECISIONS)[number];

export const PLACE_PRECISIONS = ['site', 'commune', 'department', 'country'] as const;
export type PlacePrecision = (typeof PLACE_PRECISIONS)[number];

export const SOURCE_KINDS = ['field_report', 'press', 'official', 'social', 'other'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** Admiralty code: reliability of the source (A best, F cannot be judged). */
export const RELIABILITY_GRADES = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
export type ReliabilityGrade = (typeof RELIABILITY_GRADES)[number];
