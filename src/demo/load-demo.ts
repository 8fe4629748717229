import type { VigieContext } from '../context.ts';
import { importIncidents } from '../core/incident/incident.service.ts';
import type { ImportResult } from '../core/shared/import-result.ts';
import { importSeizures } from '../core/seizure/seizure.service.ts';
import { DEFAULT_BACKGROUND, generateBackground } from './background.ts';
import { SEED_INCIDENTS } from './seed-events.ts';
import { SEED_SEIZURES } from './seizures.ts';

export interface DemoLoadResult { seed: ImportResult; background: ImportResult; seizures: ImportResult }

const asRows = <T>(values: T[]) => values.map((value, index) => ({ row: index + 1, value }));

/**
 * Loads the seed scenario (April 2025 wave), the synthetic background and the seizures through
 * the ordinary import path. Every record has an external_id, so loading twice adds nothing twice.
 */
export async function loadDemo(context: VigieContext): Promise<DemoLoadResult> {
  const facilities = context.gazetteer.facilities.map((f) => ({ id: f.id, kind: f.kind, department: f.department_code }));
  const seed = await importIncidents(context.incidents, asRows(SEED_INCIDENTS));
  const background = await importIncidents(context.incidents, asRows(generateBackground({ ...DEFAULT_BACKGROUND, facilities })));
  const seizures = await importSeizures(context.seizures, asRows(SEED_SEIZURES));
  return { seed, background, seizures };
}
