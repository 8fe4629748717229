import type { VigieContext } from '../context.ts';
import { SYSTEM_PRINCIPAL } from '../core/shared/principal.ts';
import { addOrganisation, addUser, setSharing } from '../core/identity/admin.service.ts';
import { importIncidents } from '../core/incident/incident.service.ts';
import type { Caller } from '../core/shared/caller.ts';
import type { ImportResult } from '../core/shared/import-result.ts';
import { importSeizures } from '../core/seizure/seizure.service.ts';
import { DEFAULT_BACKGROUND, generateBackground } from './background.ts';
import { DEMO_ORGANISATIONS, DEMO_SHARES, DEMO_STAFF_DETAILS, DEMO_USERS } from './demo-accounts.ts';
import { SEED_INCIDENTS } from './seed-events.ts';
import { SEED_SEIZURES } from './seizures.ts';
import { loadDemoEscorts } from './demo-escorts.ts';
import { loadDemoActors } from './demo-actors.ts';
import { demoShiftDays, parisToday, shiftDemoRecord } from './demo-clock.ts';

export interface DemoLoadOptions {
  /**
   * The morning after the wave, `YYYY-MM-DD` (default: today in Paris): the scenario is moved so the
   * wave falls on the three nights before it. `2025-04-16` keeps the historical dates.
   */
  asOf?: string;
}

export interface DemoLoadResult {
  /** the day the scenario was placed on, and by how many days it moved from April 2025 */
  asOf: string;
  shiftDays: number;
  seed: ImportResult;
  background: ImportResult;
  seizures: ImportResult;
  /** entities of the actor graph made by this load (demo-actors.ts) */
  actors: { created: number };
  /** accounts made by this load, with their passwords (shown once); accounts already there are not listed */
  accounts: Array<{ username: string; role: string; organisation: string; password: string }>;
}

const asRows = <T>(values: T[]) => values.map((value, index) => ({ row: index + 1, value }));

/** Makes the demo organisations, their sharing and one account per role, if missing. */
async function ensureAccounts(
  context: VigieContext,
): Promise<{ national: string; accounts: DemoLoadResult['accounts'] }> {
  const system: Caller = { principal: SYSTEM_PRINCIPAL, address: 'demo' };
  const ids = new Map<string, string>();
  for (const organisation of DEMO_ORGANISATIONS) {
    const existing = await context.identity.findOrganisation(organisation.name);
    ids.set(
      organisation.key,
      (existing ?? (await addOrganisation(context.admin, system, { name: organisation.name, kind: organisation.kind })))
        .id,
    );
  }
  for (const [owner, partner] of DEMO_SHARES)
    await setSharing(context.admin, system, ids.get(owner)!, ids.get(partner)!, true);
  const accounts: DemoLoadResult['accounts'] = [];
  for (const user of DEMO_USERS) {
    if (await context.identity.findUserByName(user.username)) continue;
    const organisation = DEMO_ORGANISATIONS.find((o) => o.key === user.organisation)!;
    const { password } = await addUser(context.admin, system, { ...user, organisation: ids.get(user.organisation)! });
    accounts.push({ username: user.username, role: user.role, organisation: organisation.name, password: password! });
  }
  return { national: ids.get('national')!, accounts };
}

/** Adds invented STAFF details to the seed's attacks on officers' homes (sealed at rest). */
function withStaffDetails(drafts: typeof SEED_INCIDENTS) {
  return drafts.map((draft) => {
    const key = Object.keys(DEMO_STAFF_DETAILS).find(
      (name) => draft.external_id?.includes(name) && draft.target_kinds?.includes('staff_home'),
    );
    return key ? { ...draft, staff: DEMO_STAFF_DETAILS[key] } : draft;
  });
}

/**
 * Loads the seed scenario (the April 2025 wave, moved to end on `asOf`: demo-clock.ts), the synthetic background, the seizures and the demo
 * accounts through the ordinary paths. Every record has an external_id and accounts are made only
 * when missing, so loading twice adds nothing twice and keeps accounts made beforehand.
 */
export async function loadDemo(context: VigieContext, options: DemoLoadOptions = {}): Promise<DemoLoadResult> {
  const asOf = options.asOf ?? parisToday();
  const shiftDays = demoShiftDays(asOf);
  const shift = <T>(value: T): T => shiftDemoRecord(value, shiftDays);
  const { national, accounts } = await ensureAccounts(context);
  const caller: Caller = { principal: { ...SYSTEM_PRINCIPAL, organisationId: national }, address: 'demo' };
  const facilities = context.gazetteer.facilities.map((f) => ({
    id: f.id,
    kind: f.kind,
    department: f.department_code,
  }));
  const seed = await importIncidents(context.incidents, caller, asRows(shift(withStaffDetails(SEED_INCIDENTS))));
  // The background is ordinary, non-sensitive activity: GREEN, readable by every account.
  const backgroundRows = generateBackground({ ...DEFAULT_BACKGROUND, facilities }).map((draft) => ({
    ...draft,
    marking: 'GREEN' as const,
  }));
  const background = await importIncidents(context.incidents, caller, asRows(shift(backgroundRows)));
  // A planned high-risk escort and the wanted-list record of the Incarville ambush (demo-escorts.ts).
  await loadDemoEscorts(context, caller, shiftDays);
  const seizures = await importSeizures(
    context.seizures,
    caller,
    asRows(shift(SEED_SEIZURES.map((draft) => ({ ...draft, marking: 'GREEN' as const })))),
  );
  const actors = await loadDemoActors(context, caller, shiftDays);
  return { asOf, shiftDays, seed, background, seizures, actors, accounts };
}
