import type { Gazetteer } from '../../core/shared/gazetteer.ts';
import type { ActorRow, SeizureRow } from '../../store/schema.ts';
import { codeAndName } from './facility.presenter.ts';

/** The public shape of a seizure. */
export function presentSeizure(gazetteer: Gazetteer, row: SeizureRow, organisation?: ActorRow) {
  return {
    id: row.id,
    external_id: row.external_id,
    version: row.version,
    occurred: {
      start: row.occurred_start.toISOString(),
      end: row.occurred_end.toISOString(),
      precision: row.occurred_precision,
      timezone: row.timezone,
    },
    place:
      row.lat === null
        ? null
        : {
            lat: row.lat,
            lon: row.lon,
            precision: row.place_precision,
            commune: row.commune,
            department: codeAndName(gazetteer, 'department', row.department_code),
            country: row.country,
          },
    country: row.country,
    agency: row.agency,
    drug: row.drug,
    quantity: { kg: row.quantity_kg, value: row.quantity_value, unit: row.quantity_unit },
    value: row.value_amount === null ? null : { amount: row.value_amount, currency: row.value_currency },
    vessel: row.vessel,
    route: row.route,
    organisation: organisation ? { id: organisation.id, name: organisation.name, kind: organisation.subkind } : null,
    description: row.description,
    sources: row.sources,
    marking: row.marking,
    compartments: row.compartments,
    created_at: row.created_at.toISOString(),
    updated_at: row.updated_at.toISOString(),
  };
}
