import type { Gazetteer } from '../shared/gazetteer.ts';
import type { FieldIssue } from '../shared/errors.ts';
import { locate } from '../facility/locate.ts';
import { resolveOccurred } from '../shared/occurred.ts';
import { MASS_UNITS, type SeizureInput } from './seizure.schema.ts';
import type { StoredSeizure } from '../../store/seizure.repository.ts';

/**
 * A seizure's stored fields, derived from validated input; the organisation is resolved by the service
 * (it may be created).
 */
export type SeizureRecord = Omit<StoredSeizure, 'id' | 'organisation_id' | 'owner_org_id' | 'created_by'> & {
  organisation: SeizureInput['organisation'] | null;
};

/** Converts a quantity to kilograms, the unit every total is computed in. */
export function toKilograms(value: number, unit: keyof typeof MASS_UNITS): number {
  return value * MASS_UNITS[unit];
}

/** Derives the stored seizure from validated input; a seizure may have no place (a national total). */
export function toSeizureRecord(
  input: SeizureInput,
  gazetteer: Gazetteer,
): { record?: SeizureRecord; issues: FieldIssue[] } {
  let place: Omit<
    SeizureRecord,
    | 'external_id'
    | 'occurred_start'
    | 'occurred_end'
    | 'occurred_precision'
    | 'agency'
    | 'drug'
    | 'quantity_kg'
    | 'quantity_value'
    | 'quantity_unit'
    | 'value_amount'
    | 'value_currency'
    | 'vessel'
    | 'route'
    | 'organisation'
    | 'description'
    | 'sources'
    | 'marking'
    | 'compartments'
  > = {
    timezone: 'Europe/Paris',
    lat: null,
    lon: null,
    place_precision: null,
    commune: null,
    department_code: null,
    directorate_code: null,
    country: 'FR',
  };
  if (input.place) {
    const { location, issues } = locate(gazetteer, undefined, input.place);
    if (!location) return { issues };
    const { facility_id: _facility, ...rest } = location;
    place = rest;
  }
  const when = resolveOccurred(input.occurred, place.timezone);
  if (when.end <= when.start)
    return { issues: [{ path: 'occurred.end', message: 'the end must come after the start' }] };
  return {
    issues: [],
    record: {
      external_id: input.external_id ?? null,
      occurred_start: when.start,
      occurred_end: when.end,
      occurred_precision: when.precision,
      ...place,
      agency: input.agency ?? null,
      drug: input.drug,
      quantity_kg: toKilograms(input.quantity.value, input.quantity.unit),
      quantity_value: input.quantity.value,
      quantity_unit: input.quantity.unit,
      value_amount: input.value?.amount ?? null,
      value_currency: input.value?.currency ?? null,
      vessel: input.vessel ?? null,
      route: input.route ?? null,
      organisation: input.organisation ?? null,
      description: input.description ?? null,
      sources: input.sources,
      marking: input.marking,
      compartments: [...new Set(input.compartments)],
    },
  };
}
