import type { VigieContext } from '../context.ts';
import { readScope } from '../core/access/access.ts';
import { SYSTEM_PRINCIPAL } from '../core/shared/principal.ts';
import { addItem, addNote, createCase, setMember } from '../core/case/case.service.ts';
import { handOver } from '../core/case/case-handover.service.ts';
import type { Caller } from '../core/shared/caller.ts';
import { DEMO_ORGANISATIONS } from './demo-accounts.ts';
import { SEED_INCIDENTS } from './seed-events.ts';

export const DEMO_WAVE_CASE = "Vague d'attaques DDPF, avril 2025";
export const DEMO_PROTECTION_CASE = "Protection de l'agent menacé à Nancy";

/** The ids of the seed incidents whose external id matches. */
async function seedIds(context: VigieContext, match: (externalId: string) => boolean): Promise<string[]> {
  const ids: string[] = [];
  for (const draft of SEED_INCIDENTS) {
    if (!draft.external_id || !match(draft.external_id)) continue;
    const row = await context.incidents.incidents.findByExternalId(draft.external_id);
    if (row) ids.push(row.id);
  }
  return ids;
}

/**
 * Two demo cases: the April 2025 wave (its incidents and, once detected, its campaign) handed over to
 * the anti-terrorism prosecutor's office, and the protection of the officer threatened at home near
 * Nancy, in the STAFF compartment, both led first by the national intelligence service. Run after the
 * detection has clustered the seed (the wave's campaign exists then). Made once: a second load finds them by title.
 */
export async function loadDemoCases(context: VigieContext): Promise<{ created: number }> {
  const national = await context.identity.findOrganisation(DEMO_ORGANISATIONS[0].name);
  if (!national) return { created: 0 };
  const caller: Caller = { principal: { ...SYSTEM_PRINCIPAL, organisationId: national.id }, address: 'demo' };
  const existing = await context.cases.cases.list(readScope(caller.principal), { q: 'avril 2025' }, 10, 0);
  if (existing.some((row) => row.title === DEMO_WAVE_CASE)) return { created: 0 };
  const wave = await createCase(context.cases, caller, {
    title: DEMO_WAVE_CASE,
    marking: 'AMBER',
    compartments: [],
    summary: 'Incendies de véhicules de personnels et tirs contre des établissements, tag « DDPF », 13-15 avril 2025.',
  });
  const waveIncidents = await seedIds(context, (id) => id.startsWith('seed-2025-04') && !id.includes('staff-home'));
  for (const id of waveIncidents) await addItem(context.cases, caller, wave.id, { type: 'incident', id });
  const campaigns = new Set((await Promise.all(waveIncidents.map((id) => context.campaigns.ofIncident(id)))).flat());
  for (const id of campaigns) await addItem(context.cases, caller, wave.id, { type: 'campaign', id });
  // The actors of the graph seen in its incidents (the group that claimed them, its car...), and the group's leader.
  const actorIds = new Set(await context.cases.cases.actorIdsOfIncidents(waveIncidents));
  const leader = await context.cases.cases.relationshipsTo([...actorIds], 'leads');
  for (const id of [...actorIds, ...leader]) await addItem(context.cases, caller, wave.id, { type: 'actor', id });
  await addNote(context.cases, caller, wave.id, {
    text: 'Revendications « DDPF » relayées sur les réseaux ; coordination nationale probable.',
    compartments: [],
  });
  await handOver(context.cases, caller, wave.id, {
    to: 'Parquet national antiterroriste',
    reason: 'Saisine du parquet national antiterroriste (qualification terroriste retenue).',
    keep_access: true,
  });

  const protection = await createCase(context.cases, caller, {
    title: DEMO_PROTECTION_CASE,
    marking: 'AMBER+STRICT',
    compartments: ['STAFF'],
    summary: "Suivi de la protection de l'agent menacé devant son domicile (personne fictive).",
  });
  for (const id of await seedIds(context, (id) => id.includes('nancy-staff-home')))
    await addItem(context.cases, caller, protection.id, { type: 'incident', id });
  await addNote(context.cases, caller, protection.id, {
    text: 'Relogement temporaire proposé ; rondes de police devant le domicile.',
    compartments: ['STAFF'],
  });
  const protector = await context.identity.findUserByName('protection');
  if (protector) await setMember(context.cases, caller, protection.id, { user: protector.id, role: 'lead' });
  return { created: 2 };
}
