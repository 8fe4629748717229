import { randomUUID } from 'node:crypto';
import { authorize } from '../access/access.ts';
import { DEFAULT_ORGANISATION_ID } from '../shared/principal.ts';
import type { Gazetteer } from '../shared/gazetteer.ts';
import type { Caller } from '../shared/caller.ts';
import type { EventPublisher } from '../notifications/vigie-event.ts';
import { check } from '../review/review.service.ts';
import { invalidInput, notFound, VigieError } from '../shared/errors.ts';
import { levelRank, PROPOSAL_DAYS, type PostureLevel } from './posture.ts';
import type { PostureInput } from './posture.schema.ts';
import type { PostureRepository } from '../../store/posture.repository.ts';
import type { PostureRow } from '../../store/schema.ts';

/** What the posture use cases need, passed explicitly. */
export interface PostureDeps {
  postures: PostureRepository;
  events: EventPublisher;
  gazetteer: Gazetteer;
  now: () => Date;
}

import { directorateLabel } from '../alerts/alert-words.ts';

const DAY_MS = 86_400_000;
/** The French words of levels and states in the French titles of posture events (issue 17). */
const LEVEL_FR: Record<string, string> = {
  normal: 'normal',
  reinforced: 'renforcé',
  high: 'élevé',
  maximal: 'maximal',
};
const STATE_FR: Record<string, string> = {
  proposed: 'proposé',
  active: 'en vigueur',
  superseded: 'remplacé',
  expired: 'expiré',
  rejected: 'rejeté',
};
/** Posture is operational information every account reads: its events are GREEN. */
const accessOf = (row: PostureRow) => ({
  owner_org_id: row.owner_org_id,
  marking: 'GREEN',
  compartments: [],
  created_by: row.set_by,
});

/** "Toulon-La Farlède", "DISP de Marseille", "national" */
export function scopeName(deps: Pick<PostureDeps, 'gazetteer'>, scope: string, scopeId: string): string {
  if (scope === 'site') return deps.gazetteer.facilities.find((f) => f.id === scopeId)?.name ?? scopeId;
  if (scope === 'directorate')
    return directorateLabel(scopeId, deps.gazetteer.directorates.find((d) => d.code === scopeId)?.seat);
  return 'national';
}

function presentEvent(row: PostureRow) {
  return {
    id: row.id,
    scope: row.scope,
    scope_id: row.scope_id,
    level: row.level,
    state: row.state,
    reason: row.reason,
    expires_at: row.expires_at?.toISOString() ?? null,
    alert_id: row.alert_id,
  };
}

async function publish(deps: PostureDeps, type: 'posture.proposed' | 'posture.changed', row: PostureRow) {
  const where = scopeName(deps, row.scope, row.scope_id);
  await deps.events.publish({
    type,
    subjectId: row.id,
    access: accessOf(row),
    severity: levelRank(row.level) >= 2 ? 'high' : 'medium',
    title:
      type === 'posture.proposed'
        ? `Posture proposée : ${LEVEL_FR[row.level] ?? row.level} (${where})`
        : `Posture ${row.state === 'active' ? (LEVEL_FR[row.level] ?? row.level) : (STATE_FR[row.state] ?? row.state)} (${where})`,
    titleEn:
      type === 'posture.proposed'
        ? `Posture proposed: ${row.level} (${where})`
        : `Posture ${row.state === 'active' ? row.level : row.state} (${where})`,
    payload: presentEvent(row),
  });
}

function checkScope(deps: PostureDeps, input: Pick<PostureInput, 'scope' | 'scope_id'>) {
  const known =
    input.scope === 'national'
      ? input.scope_id === ''
      : input.scope === 'site'
        ? deps.gazetteer.facilities.some((f) => f.id === input.scope_id)
        : deps.gazetteer.facilities.some((f) => f.directorate_code === input.scope_id);
  if (!known)
    throw invalidInput([
      {
        path: 'scope_id',
        message:
          input.scope === 'national'
            ? 'must be empty for the national scope'
            : `unknown ${input.scope} "${input.scope_id}"`,
      },
    ]);
}

/** Makes `row` the active level of its scope: the previous active one is superseded. */
async function activate(deps: PostureDeps, row: PostureRow, by: string): Promise<void> {
  for (const other of await deps.postures.liveOf(row.scope, row.scope_id)) {
    if (other.id !== row.id && other.state === 'active')
      await deps.postures.decide(other.id, 'active', {
        state: 'superseded',
        decided_at: deps.now(),
        decided_by: by,
        decision_reason: `replaced by ${row.level}`,
      });
  }
}

/** Sets a scope's level now (supervisors and administrators), with its reason and expiry. */
export async function setPosture(deps: PostureDeps, caller: Caller, input: PostureInput): Promise<PostureRow> {
  check(authorize(caller.principal, { kind: 'set-posture' }));
  checkScope(deps, input);
  const now = deps.now();
  const expires = input.expires_at ? new Date(input.expires_at) : null;
  if (expires && expires <= now) throw invalidInput([{ path: 'expires_at', message: 'must be in the future' }]);
  const row = await deps.postures.insert({
    id: randomUUID(),
    scope: input.scope,
    scope_id: input.scope_id,
    level: input.level,
    reason: input.reason,
    state: 'active',
    set_by: caller.principal.system ? null : caller.principal.userId,
    set_by_name: caller.principal.username,
    owner_org_id: caller.principal.organisationId,
    alert_id: null,
    expires_at: expires,
    created_at: now,
  });
  await activate(deps, row, caller.principal.username);
  await publish(deps, 'posture.changed', row);
  return row;
}

/**
 * Proposes a level for a site on behalf of a rule (a wave proposes `reinforced` for the sites at
 * risk). Nothing is proposed where the active level is already as high or a proposal is pending.
 */
export async function proposePosture(
  deps: PostureDeps,
  proposal: {
    scope: 'site' | 'directorate';
    scopeId: string;
    level: PostureLevel;
    reason: string;
    alertId: string;
    ownerOrg?: string;
    words?: object;
  },
): Promise<PostureRow | null> {
  const live = await deps.postures.liveOf(proposal.scope, proposal.scopeId);
  if (live.some((row) => row.state === 'proposed' || levelRank(row.level) >= levelRank(proposal.level))) return null;
  const now = deps.now();
  const row = await deps.postures.insert({
    id: randomUUID(),
    scope: proposal.scope,
    scope_id: proposal.scopeId,
    level: proposal.level,
    reason: proposal.reason,
    state: 'proposed',
    set_by: null,
    set_by_name: 'vigie',
    owner_org_id: proposal.ownerOrg ?? DEFAULT_ORGANISATION_ID,
    alert_id: proposal.alertId,
    expires_at: new Date(now.getTime() + PROPOSAL_DAYS * DAY_MS),
    created_at: now,
    words: proposal.words ?? null,
  });
  await publish(deps, 'posture.proposed', row);
  return row;
}

/** Accepts or rejects a proposal; deciding one already decided is a conflict. */
export async function decideProposal(
  deps: PostureDeps,
  caller: Caller,
  id: string,
  accept: boolean,
  reason?: string,
): Promise<PostureRow> {
  check(authorize(caller.principal, { kind: 'set-posture' }));
  const current = await deps.postures.findById(id);
  if (!current) throw notFound('posture', id);
  const decided = await deps.postures.decide(id, 'proposed', {
    state: accept ? 'active' : 'rejected',
    decided_at: deps.now(),
    decided_by: caller.principal.username,
    decision_reason: reason ?? null,
  });
  if (!decided)
    throw new VigieError('invalid_transition', `posture ${id} is ${current.state}, not proposed`, 409, [
      { path: 'state', message: `is ${current.state}` },
    ]);
  if (accept) await activate(deps, decided, caller.principal.username);
  await publish(deps, 'posture.changed', decided);
  return decided;
}

/** The active level and pending proposals of every scope that has one (every account reads posture). */
export async function currentPosture(deps: PostureDeps): Promise<{ active: PostureRow[]; proposed: PostureRow[] }> {
  const live = await deps.postures.live();
  return {
    active: live.filter((row) => row.state === 'active'),
    proposed: live.filter((row) => row.state === 'proposed'),
  };
}

export function postureHistory(
  deps: PostureDeps,
  filter: { scope?: string; scope_id?: string },
  limit: number,
  offset: number,
): Promise<PostureRow[]> {
  return deps.postures.history({ scope: filter.scope, scopeId: filter.scope_id }, limit, offset);
}

/** Levels and proposals past their expiry lapse: the scope is back to what remains (normal if nothing). */
export async function expirePostures(deps: PostureDeps): Promise<number> {
  let count = 0;
  for (const row of await deps.postures.expiring(deps.now())) {
    const expired = await deps.postures.decide(row.id, row.state, {
      state: 'expired',
      decided_at: deps.now(),
      decided_by: 'vigie',
      decision_reason: 'expiry reached',
    });
    if (!expired) continue;
    count += 1;
    await publish(deps, 'posture.changed', expired);
  }
  return count;
}
