import { stringify } from 'csv-stringify/sync';
import type { Gazetteer } from '../core/shared/gazetteer.ts';
import { toInterchange } from '../core/incident/incident.interchange.ts';
import { INCIDENT_CSV_COLUMNS, interchangeToCsvRecord } from '../intake/csv-row.ts';
import type { IncidentRow } from '../store/schema.ts';
import type { IncidentReading } from '../core/incident/incident.service.ts';
import { incidentFeature } from './incident-feature.ts';

export const EXPORT_FORMATS = ['json', 'ndjson', 'csv', 'geojson'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_CONTENT_TYPES: Record<ExportFormat, string> = {
  json: 'application/json; charset=utf-8',
  ndjson: 'application/x-ndjson; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  geojson: 'application/geo+json; charset=utf-8',
};

/**
 * The interchange form of a stored incident. One without an external_id gets `vigie-<id>`, so that
 * importing the export elsewhere, twice, still adds nothing twice.
 */
function exportable({ row, staff }: IncidentReading) {
  return { ...toInterchange(row, staff), external_id: row.external_id ?? `vigie-${row.id}` };
}

/**
 * Writes incidents as text chunks, one row at a time. JSON, NDJSON and CSV are in the interchange
 * format, so an export can be imported again as it is; GeoJSON is for GIS tools.
 */
export async function* exportIncidents(
  readings: AsyncIterable<IncidentReading>,
  format: ExportFormat,
  gazetteer: Gazetteer,
): AsyncGenerator<string> {
  let first = true;
  const separator = () => {
    const text = first ? '' : ',';
    first = false;
    return text;
  };
  if (format === 'json') yield '[';
  if (format === 'geojson') yield '{"type":"FeatureCollection","features":[';
  if (format === 'csv') yield stringify([INCIDENT_CSV_COLUMNS]);
  for await (const reading of readings) {
    const row: IncidentRow = reading.row;
    if (format === 'json') yield `${separator()}\n${JSON.stringify(exportable(reading))}`;
    else if (format === 'ndjson') yield `${JSON.stringify(exportable(reading))}\n`;
    else if (format === 'geojson') yield `${separator()}\n${JSON.stringify(incidentFeature(gazetteer, row))}`;
    else {
      const record = interchangeToCsvRecord(exportable(reading));
      yield stringify([INCIDENT_CSV_COLUMNS.map((column) => record[column] ?? '')]);
    }
  }
  if (format === 'json') yield '\n]\n';
  if (format === 'geojson') yield '\n]}\n';
}
