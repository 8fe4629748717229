import type { Principal } from './principal.ts';

/** Who asks, and from where (for the audit trail). */
export interface Caller {
  principal: Principal;
  address?: string;
}

/** The audit trail's actor fields for a caller: who (none for the system principal), and from where. */
export const actorOf = (caller: Caller) => ({
  actor_id: caller.principal.system ? null : caller.principal.userId,
  actor: caller.principal.username,
  address: caller.address ?? null,
});
