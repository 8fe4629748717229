/**
 * The demo's actor graph: the "DDPF" group whose tag was found at the scenes of the April 2025 wave,
 * a few invented persons (its leader held at Vendin-le-Vieil with a high risk profile, members), the
 * vehicle, phone and online account they use, and a real public cartel (Jalisco New Generation)
 * linked to an invented vessel. Persons, plates, numbers, handles and the vessel are invented.
 * Loading twice adds nothing twice: entities are found by name, relationships and roles by key.
 */
import { shiftDemoRecord } from './demo-clock.ts';
import { normalizeSignature } from '../core/shared/fold-text.ts';
import { createActor, createRelationship, setIncidentActor } from '../core/actor/actor.service.ts';
import { saveDetaineeProfile } from '../core/actor/detainee.service.ts';
import type { ActorInput, DetaineeProfileInput, RelationshipInput } from '../core/actor/actor.schema.ts';
import type { Caller } from '../core/shared/caller.ts';
import type { VigieContext } from '../context.ts';
import type { ActorKind } from '../store/schema.ts';

type Draft = Omit<ActorInput, 'aliases' | 'attributes' | 'compartments' | 'marking'> &
  Partial<Pick<ActorInput, 'aliases' | 'attributes' | 'marking'>> & { key: string };

const ENTITIES: Draft[] = [
  {
    key: 'ddpf',
    kind: 'organisation',
    subkind: 'group',
    name: 'DDPF',
    aliases: ['D.D.P.F', 'DDPF (Défense des droits des prisonniers français)'],
    marking: 'GREEN',
    description:
      'Groupe revendiquant les attaques d’avril 2025 contre des prisons et des agents ; son tag a été retrouvé sur les lieux.',
  },
  {
    key: 'leader',
    kind: 'person',
    name: 'Sofiane Darbel',
    attributes: { birth_year: 1987 },
    description: 'Personne fictive : chef présumé du DDPF, détenu à Vendin-le-Vieil.',
  },
  {
    key: 'member1',
    kind: 'person',
    name: 'Mehdi Larrouy',
    attributes: { birth_year: 1996 },
    description: 'Personne fictive : membre, vu près de deux des lieux.',
  },
  {
    key: 'member2',
    kind: 'person',
    name: 'Kevin Astruc',
    attributes: { birth_year: 1999 },
    description: 'Personne fictive : anime la chaîne du groupe.',
  },
  {
    key: 'car',
    kind: 'vehicle',
    name: 'Peugeot 308 noire',
    attributes: { plate: 'GH-417-TX', colour: 'black' },
    marking: 'GREEN',
  },
  { key: 'phone', kind: 'phone', name: '+33 7 00 00 41 17', attributes: { number: '+33700004117' } },
  {
    key: 'channel',
    kind: 'online_account',
    name: 'Telegram @ddpf_liberte',
    attributes: { platform: 'Telegram', handle: 'ddpf_liberte' },
    marking: 'GREEN',
  },
  {
    key: 'vendin',
    kind: 'facility',
    name: 'Centre pénitentiaire de Vendin-le-Vieil',
    facility: 'fr-vendin-le-vieil-cp',
    marking: 'GREEN',
  },
  {
    key: 'conde',
    kind: 'facility',
    name: "Centre pénitentiaire d'Alençon - Condé-sur-Sarthe",
    facility: 'fr-alencon-conde-sur-sarthe-cp',
    marking: 'GREEN',
  },
  {
    key: 'cjng',
    kind: 'organisation',
    subkind: 'cartel',
    name: 'Jalisco New Generation',
    aliases: ['CJNG', 'Cártel de Jalisco Nueva Generación'],
    marking: 'GREEN',
  },
  {
    key: 'vessel',
    kind: 'vessel',
    name: 'Marea Azul II',
    attributes: { flag: 'PA', type: 'bulk carrier' },
    description: 'Navire fictif.',
    marking: 'GREEN',
  },
];

const press = {
  kind: 'press' as const,
  title: 'Articles de presse, avril 2025',
  reliability: 'C' as const,
  credibility: 3,
};
const official = {
  kind: 'official' as const,
  title: 'Note de renseignement (fictive)',
  reliability: 'B' as const,
  credibility: 2,
};

const LINKS: Array<[string, RelationshipInput['kind'], string, number, Partial<RelationshipInput>?]> = [
  ['leader', 'leads', 'ddpf', 75, { sources: [official], valid_from: '2024-09-01' }],
  ['member1', 'member_of', 'ddpf', 70, { sources: [official] }],
  ['member2', 'member_of', 'ddpf', 60, { sources: [press] }],
  ['leader', 'held_at', 'vendin', 100, { sources: [official], valid_from: '2023-02-01' }],
  ['member1', 'held_at', 'conde', 100, { sources: [official], valid_from: '2024-11-15' }],
  ['member1', 'uses', 'car', 65, { sources: [official] }],
  ['member1', 'uses', 'phone', 80, { sources: [official] }],
  [
    'leader',
    'linked_to',
    'phone',
    55,
    { sources: [official], description: 'appels passés depuis la détention vers ce numéro' },
  ],
  ['member2', 'uses', 'channel', 70, { sources: [press] }],
  ['ddpf', 'linked_to', 'channel', 85, { sources: [press], description: 'les revendications y sont publiées' }],
  [
    'ddpf',
    'linked_to',
    'cjng',
    20,
    { sources: [press], description: 'lien d’approvisionnement non confirmé, rapporté par la presse' },
  ],
  ['cjng', 'uses', 'vessel', 60, { sources: [press] }],
];

const PROFILES: Array<
  [string, Omit<DetaineeProfileInput, 'marking' | 'placement'> & Partial<Pick<DetaineeProfileInput, 'placement'>>]
> = [
  [
    'leader',
    {
      facility: 'fr-vendin-le-vieil-cp',
      organised_crime_leadership: 3,
      escape_history: 2,
      outside_communications: 3,
      violence: 2,
      placement: 'high_security',
      notes: 'Profil fictif pour la démonstration.',
    },
  ],
  [
    'member1',
    {
      facility: 'fr-alencon-conde-sur-sarthe-cp',
      organised_crime_leadership: 1,
      escape_history: 0,
      outside_communications: 2,
      violence: 2,
      notes: 'Profil fictif pour la démonstration.',
    },
  ],
];

/** Builds the demo graph through the ordinary use cases; returns how many entities it made. */
export async function loadDemoActors(
  context: VigieContext,
  caller: Caller,
  shiftDays = 0,
): Promise<{ created: number }> {
  const deps = context.actorGraph;
  const ids = new Map<string, string>();
  let created = 0;
  for (const { key, ...draft } of ENTITIES) {
    const existing =
      draft.kind === 'facility'
        ? await deps.actors.findByFacility(draft.facility!)
        : await deps.actors.findByName(draft.kind as ActorKind, draft.name);
    if (existing) {
      ids.set(key, existing.id);
      continue;
    }
    ids.set(key, (await createActor(deps, caller, { marking: 'AMBER', ...draft })).id);
    created++;
  }
  const existing = new Set(
    (await deps.actors.relationshipsTouching([...ids.values()])).map(
      (row) => `${row.source_id}|${row.target_id}|${row.kind}`,
    ),
  );
  for (const [source, kind, target, confidence, extra] of LINKS) {
    const [sourceId, targetId] = [ids.get(source)!, ids.get(target)!];
    if (existing.has(`${sourceId}|${targetId}|${kind}`)) continue;
    await createRelationship(deps, caller, {
      source_id: sourceId,
      target_id: targetId,
      kind,
      confidence,
      marking: 'AMBER',
      ...shiftDemoRecord(extra, shiftDays),
    });
  }
  for (const [key, profile] of PROFILES) {
    if (!(await deps.actors.findProfile(ids.get(key)!)))
      await saveDetaineeProfile(deps, caller, ids.get(key)!, { marking: 'AMBER', ...profile });
  }
  // The group claimed every incident carrying its tag; its car was seen at the first one.
  const tagged = await deps.actors.incidentIdsWithSignature(normalizeSignature('DDPF'));
  for (const incidentId of tagged)
    await setIncidentActor(deps, caller, incidentId, { actor_id: ids.get('ddpf')!, role: 'claimed' }, true);
  if (tagged[0]) await setIncidentActor(deps, caller, tagged[0], { actor_id: ids.get('car')!, role: 'seen' }, true);
  return { created };
}
