import { invalidInput, VigieError } from '../shared/errors.ts';
import type { IncidentBulkStatus } from './incident.schema.ts';
import { updateIncident, type IncidentDeps } from './incident.service.ts';
import type { Caller } from '../shared/caller.ts';

/** What happened to one incident of a bulk change: changed (with its new version) or why not. */
export interface BulkOutcome {
  id: string;
  outcome: 'updated' | 'unchanged' | 'refused';
  version?: number;
  code?: string;
  message?: string;
}

/**
 * Sets one status on each selected incident at the version the caller read, each as its own change
 * (history, audit, detection), and says per incident what happened: one stale or unreadable
 * incident does not stop the others, and nothing is changed without the caller having read it.
 */
export async function bulkSetStatus(
  deps: IncidentDeps,
  caller: Caller,
  input: IncidentBulkStatus,
): Promise<BulkOutcome[]> {
  if (input.status === 'refuted' && !input.reason)
    throw invalidInput([{ path: 'reason', message: 'give a reason to mark incidents refuted' }]);
  const outcomes: BulkOutcome[] = [];
  for (const item of input.items) {
    try {
      const current = await deps.incidents.findById(item.id);
      if (current && current.status === input.status && current.version === item.version) {
        outcomes.push({ id: item.id, outcome: 'unchanged', version: current.version });
        continue;
      }
      const updated = await updateIncident(deps, caller, item.id, {
        version: item.version,
        status: input.status,
        ...(input.reason ? { reason: input.reason } : {}),
      });
      outcomes.push({ id: item.id, outcome: 'updated', version: updated.row.version });
    } catch (error) {
      if (!(error instanceof VigieError)) throw error;
      outcomes.push({
        id: item.id,
        outcome: 'refused',
        code: error.code,
        message: error.details?.[0]?.message ?? error.message,
      });
    }
  }
  return outcomes;
}
