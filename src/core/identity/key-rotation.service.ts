import type { Sealer } from '../../security/sealer.ts';
import type { AuditRepository } from '../../store/audit.repository.ts';
import type { IncidentRepository } from '../../store/incident.repository.ts';

export interface RotationDeps {
  sealer: Sealer;
  transaction<T>(
    work: (repositories: { incidents: IncidentRepository; audit: AuditRepository }) => Promise<T>,
  ): Promise<T>;
}

/**
 * Seals again, with the current key, every STAFF value sealed with an older one, in one
 * transaction: after it, the old key can be thrown away. Returns how many values changed.
 */
export async function resealStaffDetails(deps: RotationDeps, actor: string): Promise<number> {
  return deps.transaction(async ({ incidents, audit }) => {
    let changed = 0;
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const page = await incidents.listSealed(after, 500);
      for (const { id, staff_sealed } of page) {
        if (deps.sealer.isStale(staff_sealed)) {
          await incidents.replaceSealed(id, deps.sealer.seal(deps.sealer.open(staff_sealed)));
          changed += 1;
        }
      }
      if (page.length < 500) break;
      after = page[page.length - 1].id;
    }
    await audit.append({
      actor_id: null,
      actor,
      action: 'keys.rotate',
      details: { key_id: deps.sealer.currentKeyId, resealed: changed },
    });
    return changed;
  });
}
