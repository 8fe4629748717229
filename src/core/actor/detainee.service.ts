import {
  detaineeSiteFactors,
  profileReasons,
  profileScore,
  type SiteFactor,
} from '../../analysis/graph/detainee-risk.ts';
import { authorize } from '../access/access.ts';
import type { Caller } from '../shared/caller.ts';
import { check } from '../review/review.service.ts';
import { actorOf } from '../shared/caller.ts';
import { fromZodIssues, invalidInput, notFound, VigieError } from '../shared/errors.ts';
import { profileAccess, profileSite } from './actor.ts';
import { detaineeProfileSchema } from './actor.schema.ts';
import { canRead, readableActor, type ActorDeps } from './actor.service.ts';
import type { ActorRepository } from '../../store/actor.repository.ts';
import type { ActorRow, DetaineeProfileRow } from '../../store/schema.ts';

/** A profile with its score and the reasons behind it. */
export interface ScoredProfile {
  person: ActorRow;
  profile: DetaineeProfileRow;
  score: number;
  reasons: string[];
}

const scored = (person: ActorRow, profile: DetaineeProfileRow): ScoredProfile => ({
  person,
  profile,
  score: profileScore(profile),
  reasons: profileReasons(profile),
});

/** A person's risk profile; "not found" when there is none or the caller may not read it. */
export async function getDetaineeProfile(deps: ActorDeps, caller: Caller, actorId: string): Promise<ScoredProfile> {
  const person = await readableActor(deps, caller.principal, actorId);
  const profile = await deps.actors.findProfile(actorId);
  if (!profile || !canRead(caller.principal, profileAccess(profile))) throw notFound('detainee profile of', actorId);
  return scored(person, profile);
}

/** Records a new assessment of a person held at a facility (replacing the previous one). */
export async function saveDetaineeProfile(
  deps: ActorDeps,
  caller: Caller,
  actorId: string,
  value: unknown,
): Promise<ScoredProfile> {
  check(authorize(caller.principal, { kind: 'edit-graph' }));
  const parsed = detaineeProfileSchema.safeParse(value);
  if (!parsed.success) throw invalidInput(fromZodIssues(parsed.error.issues));
  const input = parsed.data;
  const person = await readableActor(deps, caller.principal, actorId);
  if (person.kind !== 'person')
    throw new VigieError('not_a_person', `a risk profile is for a person; this entity is a ${person.kind}`, 422, [
      { path: 'id', message: 'not a person' },
    ]);
  const resolved = profileSite(deps.gazetteer, input);
  if ('issue' in resolved) throw invalidInput([resolved.issue]);
  const existing = await deps.actors.findProfile(actorId);
  if (existing)
    check(
      authorize(caller.principal, {
        kind: 'update',
        record: profileAccess(existing),
        marking: input.marking,
        compartments: [],
      }),
    );
  return deps.transaction(async (repositories) => {
    const profile = await repositories.actors.saveProfile({
      actor_id: actorId,
      facility_id: resolved.site.id,
      placement: input.placement,
      notes: input.notes ?? null,
      organised_crime_leadership: input.organised_crime_leadership,
      escape_history: input.escape_history,
      outside_communications: input.outside_communications,
      violence: input.violence,
      assessed_by: actorOf(caller).actor_id,
      owner_org_id: existing?.owner_org_id ?? caller.principal.organisationId,
      marking: input.marking,
    });
    await repositories.audit.append({
      ...actorOf(caller),
      action: 'detainee_profile.save',
      object_type: 'actor',
      object_id: actorId,
      details: { facility_id: profile.facility_id, score: profileScore(profile) },
    });
    return scored(person, profile);
  });
}

/** The profiled detainees the caller may read (of a facility), highest score first, paged. */
export async function listDetainees(
  deps: ActorDeps,
  caller: Caller,
  filter: { facility?: string; minScore?: number },
  limit: number,
  offset: number,
) {
  let facilityId: string | undefined;
  if (filter.facility) {
    const resolution = deps.gazetteer.resolveFacility(filter.facility);
    if (!resolution.ok)
      throw invalidInput([{ path: 'facility', message: `unknown or ambiguous facility "${filter.facility}"` }]);
    facilityId = resolution.facility.id;
  }
  const readable = (await deps.actors.profiles(facilityId))
    .filter(
      ({ person, profile }) => canRead(caller.principal, person) && canRead(caller.principal, profileAccess(profile)),
    )
    .map(({ person, profile }) => scored(person, profile))
    .filter((entry) => entry.score >= (filter.minScore ?? 0))
    .sort((a, b) => b.score - a.score || a.person.name.localeCompare(b.person.name));
  const items = readable.slice(offset, offset + limit);
  return {
    items,
    total: readable.length,
    next_offset: offset + items.length < readable.length ? offset + items.length : null,
  };
}

/**
 * The site factors of the engine's risk (analysis/graph/detainee-risk.ts) from every profile: the
 * detection reads all records, like the rest of site risk; the reasons name no person.
 */
export async function detaineeRiskFactors(actors: ActorRepository, at: number): Promise<Map<string, SiteFactor>> {
  const [profiles, ties] = await Promise.all([
    actors.profiles(),
    actors.activeOrganisationTies(new Date(at - 30 * 24 * 3_600_000)),
  ]);
  return detaineeSiteFactors(
    profiles.flatMap(({ profile }) =>
      profile.facility_id
        ? [
            {
              ...profile,
              actorId: profile.actor_id,
              facilityId: profile.facility_id,
              activeOrganisationTie: ties.get(profile.actor_id),
            },
          ]
        : [],
    ),
  );
}
