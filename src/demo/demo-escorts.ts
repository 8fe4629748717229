import type { VigieContext } from '../context.ts';
import { createActor, createRelationship } from '../core/actor/actor.service.ts';
import { saveDetaineeProfile } from '../core/actor/detainee.service.ts';
import { createEscort, listEscorts } from '../core/escort/escort.service.ts';
import { createFugitive, listFugitives, recaptureFugitive } from '../core/fugitive/fugitive.service.ts';
import type { Caller } from '../core/shared/caller.ts';
import { shiftDateText } from './demo-clock.ts';

/** The invented people of the escort and wanted-list demo (real facilities and places). */
export const DEMO_DETAINEE = 'Yanis Morcel';
export const DEMO_FUGITIVE = 'Malik Ardane';
const DEMO_GROUP = 'Réseau Morcel';
/** Tribunal judiciaire de Marseille, 6 rue Joseph Autran. */
export const MARSEILLE_COURTHOUSE = { name: 'Tribunal judiciaire de Marseille', lat: 43.2906, lon: 5.3838 };

/**
 * A high-risk detainee with a profile and his group, a planned judicial extraction from Toulon-La
 * Farlède to the Marseille courthouse, and the wanted-list record of the Incarville ambush: escaped
 * when his transport was attacked (two officers killed), recaptured nine months later. Skipped when
 * already loaded. Dates move by `shiftDays` with the rest of the demo (demo-clock.ts).
 */
export async function loadDemoEscorts(
  context: VigieContext,
  caller: Caller,
  shiftDays = 0,
): Promise<{ escorts: number; fugitives: number }> {
  if (await context.actors.findByName('person', DEMO_DETAINEE)) return { escorts: 0, fugitives: 0 };
  const on = (text: string) => shiftDateText(text, shiftDays);
  const graph = context.actorGraph;
  const detainee = await createActor(graph, caller, {
    kind: 'person',
    name: DEMO_DETAINEE,
    description: 'Invented: a drug-network leader held in high security (demo).',
    marking: 'AMBER',
  });
  const group = await createActor(graph, caller, {
    kind: 'organisation',
    subkind: 'gang',
    name: DEMO_GROUP,
    description: 'Invented drug-trafficking network (demo).',
    marking: 'AMBER',
  });
  await createRelationship(graph, caller, {
    source_id: detainee.id,
    target_id: group.id,
    kind: 'leads',
    confidence: 80,
    sources: [{ kind: 'field_report', reliability: 'B', credibility: 2 }],
  });
  await saveDetaineeProfile(graph, caller, detainee.id, {
    facility: 'fr-toulon-la-farlede-cp',
    organised_crime_leadership: 3,
    escape_history: 2,
    outside_communications: 2,
    violence: 2,
    placement: 'high_security',
    notes: 'Demo profile: phones seized twice in his cell; one escape attempt in 2021.',
  });
  await createEscort(context.escorts, caller, {
    kind: 'judicial_extraction',
    detainee_id: detainee.id,
    origin: { facility: 'fr-toulon-la-farlede-cp' },
    destination: MARSEILLE_COURTHOUSE,
    waypoints: [{ name: 'A50, Aubagne', lat: 43.2927, lon: 5.5708 }],
    planned_start: on('2025-04-17T07:00:00+02:00'),
    planned_end: on('2025-04-17T13:00:00+02:00'),
    escort_level: 'reinforced',
    notes: 'Hearing at 9:30; return the same day.',
    marking: 'AMBER',
    compartments: [],
  });

  const fugitive = await createActor(graph, caller, {
    kind: 'person',
    name: DEMO_FUGITIVE,
    description: 'Invented: escaped during the Incarville transport ambush (demo).',
    marking: 'AMBER',
  });
  await createRelationship(graph, caller, {
    source_id: fugitive.id,
    target_id: group.id,
    kind: 'member_of',
    confidence: 60,
    sources: [{ kind: 'press', reliability: 'C', credibility: 3 }],
  });
  const ambush = await context.incidents.incidents.findByExternalId('seed-2024-05-14-incarville');
  const record = await createFugitive(context.fugitives, caller, {
    person_id: fugitive.id,
    escaped: { at: on('2024-05-14T11:00:00+02:00') },
    escape_facility: 'fr-evreux-ma',
    escape_place: "Péage d'Incarville (Eure)",
    escape_incident_id: ambush?.id,
    circumstances:
      'Freed by an armed commando that rammed his transport at the toll; two prison officers killed, three injured.',
    marking: 'AMBER',
    compartments: [],
  });
  await recaptureFugitive(context.fugitives, caller, record.row.id, {
    at: on('2025-02-22T10:00:00+01:00'),
    place: { name: 'Bucarest, Roumanie', lat: 44.4268, lon: 26.1025 },
    source: { kind: 'official', title: 'Ministère de la Justice', reliability: 'A', credibility: 1 },
  });
  const [escorts, fugitives] = await Promise.all([
    listEscorts(context.escorts, caller, {}, 1, 0),
    listFugitives(context.fugitives, caller, undefined, 1, 0),
  ]);
  return { escorts: escorts.total, fugitives: fugitives.total };
}
