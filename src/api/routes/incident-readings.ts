import type { VigieContext } from '../../context.ts';
import type { Caller, IncidentReading } from '../../core/incident/incident.service.ts';
import { getIncident } from '../../core/incident/incident.service.ts';
import type { IncidentRow } from '../../store/schema.ts';

/** Readings (STAFF details opened or not) of rows already known to be readable. */
export async function presentable(context: VigieContext, caller: Caller, rows: IncidentRow[]): Promise<IncidentReading[]> {
  return Promise.all(rows.map((row) => getIncident(context.incidents, caller, row.id)));
}
