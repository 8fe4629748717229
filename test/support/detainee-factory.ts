import { randomUUID } from 'node:crypto';
import type { VigieContext } from '../../src/context.ts';

/** A person actor with a risk profile, member of an organisation (the actor graph of migration 0008). */
export async function detaineeWithOrganisation(
  context: VigieContext,
  profile: { organised_crime_leadership?: number; escape_history?: number } = {},
) {
  const db = context.store.db;
  const [person, organisation] = [randomUUID(), randomUUID()];
  const owner = '00000000-0000-4000-8000-000000000001';
  await db
    .insertInto('actors')
    .values([
      {
        id: person,
        kind: 'person',
        subkind: null,
        name: `Karim Test ${person.slice(0, 4)}`,
        name_key: `karim test ${person}`,
        description: null,
        marking: 'GREEN',
      },
      {
        id: organisation,
        kind: 'organisation',
        subkind: 'group',
        name: `Groupe ${organisation.slice(0, 4)}`,
        name_key: `groupe ${organisation}`,
        description: null,
        marking: 'GREEN',
      },
    ])
    .execute();
  await db
    .insertInto('detainee_profiles')
    .values({
      actor_id: person,
      facility_id: 'fr-toulon-la-farlede-cp',
      ...profile,
      owner_org_id: owner,
      assessed_by: null,
      notes: null,
    })
    .execute();
  await db
    .insertInto('actor_relationships')
    .values({
      id: randomUUID(),
      source_id: person,
      target_id: organisation,
      kind: 'member_of',
      confidence: 80,
      owner_org_id: owner,
      marking: 'GREEN',
      created_by: null,
      valid_from: null,
      valid_until: null,
      description: null,
    })
    .execute();
  return { person, organisation };
}
