import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { foldWords } from '../core/shared/fold-text.ts';
import type { ReadScope } from '../core/shared/principal.ts';
import { readableBy } from './read-scope.ts';
import type {
  ActorKind,
  ActorRelationshipRow,
  ActorRow,
  DB,
  DetaineeProfileRow,
  IncidentActorRole,
  IncidentActorRow,
  RelationshipKind,
  StoredSource,
} from './schema.ts';

export interface ActorSearch {
  q?: string;
  kind?: ActorKind[];
}

/** An entity to store; the service has validated and labelled it. */
export interface NewActor {
  kind: ActorKind;
  subkind: string | null;
  name: string;
  aliases: string[];
  description: string | null;
  attributes: Record<string, unknown>;
  facility_id: string | null;
  owner_org_id: string;
  marking: string;
  compartments: string[];
  created_by: string | null;
}
export type ActorChange = Partial<
  Pick<NewActor, 'subkind' | 'name' | 'aliases' | 'description' | 'attributes' | 'marking' | 'compartments'>
>;

export interface NewRelationship {
  source_id: string;
  target_id: string;
  kind: RelationshipKind;
  confidence: number;
  sources: StoredSource[];
  valid_from: string | null;
  valid_until: string | null;
  description: string | null;
  owner_org_id: string;
  marking: string;
  created_by: string | null;
}

export type DetaineeProfileValues = Omit<DetaineeProfileRow, 'assessed_at' | 'version'>;

/** The SQL of the actor graph: entities, relationships, incident roles, detainee profiles. */
export class ActorRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /** The organisation with this name or alias, created with `subkind` when there is none (seizures use it). */
  async findOrCreateOrganisation(name: string, subkind: string): Promise<ActorRow> {
    const key = foldWords(name);
    const existing = await this.db
      .selectFrom('actors')
      .selectAll()
      .where('kind', '=', 'organisation')
      .where((eb) => eb.or([eb('name_key', '=', key), sql<boolean>`${name} = ANY(aliases)`]))
      .executeTakeFirst();
    if (existing) return existing;
    return this.db
      .insertInto('actors')
      .values({ id: randomUUID(), kind: 'organisation', subkind, name, name_key: key, description: null })
      .onConflict((oc) => oc.columns(['kind', 'name_key']).doUpdateSet({ updated_at: new Date() }))
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  findById(id: string): Promise<ActorRow | undefined> {
    return this.db.selectFrom('actors').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /** The entities among `ids` that `scope` may read, in one query (the batched access check). */
  async readableByIds(scope: ReadScope, ids: readonly string[]): Promise<ActorRow[]> {
    if (ids.length === 0) return [];
    return this.db
      .selectFrom('actors')
      .selectAll()
      .where('id', 'in', [...new Set(ids)])
      .where(readableBy<'actors'>(scope))
      .execute();
  }

  async byIds(ids: readonly string[]): Promise<ActorRow[]> {
    if (ids.length === 0) return [];
    return this.db
      .selectFrom('actors')
      .selectAll()
      .where('id', 'in', [...ids])
      .execute();
  }

  /** The entity of the same kind with this name (folded), if any. */
  /** The entity imported with this STIX id (attributes.stix_id). */
  findByStixId(stixId: string): Promise<ActorRow | undefined> {
    return this.db
      .selectFrom('actors')
      .selectAll()
      .where(sql<boolean>`attributes->>'stix_id' = ${stixId}`)
      .executeTakeFirst();
  }

  findByName(kind: ActorKind, name: string): Promise<ActorRow | undefined> {
    return this.db
      .selectFrom('actors')
      .selectAll()
      .where('kind', '=', kind)
      .where('name_key', '=', foldWords(name))
      .executeTakeFirst();
  }

  findByFacility(facilityId: string): Promise<ActorRow | undefined> {
    return this.db.selectFrom('actors').selectAll().where('facility_id', '=', facilityId).executeTakeFirst();
  }

  list(kind?: 'organisation' | 'person'): Promise<ActorRow[]> {
    let query = this.db.selectFrom('actors').selectAll().orderBy('name');
    if (kind) query = query.where('kind', '=', kind);
    return query.execute();
  }

  /** A page of the entities the scope reads, matching a name or alias, by name. */
  search(scope: ReadScope, search: ActorSearch, limit: number, offset: number): Promise<ActorRow[]> {
    return this.searched(scope, search).selectAll().orderBy('name').orderBy('id').limit(limit).offset(offset).execute();
  }

  async count(scope: ReadScope, search: ActorSearch): Promise<number> {
    const row = await this.searched(scope, search)
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  private searched(scope: ReadScope, search: ActorSearch) {
    let query = this.db.selectFrom('actors').where(readableBy<'actors'>(scope));
    if (search.kind?.length) query = query.where('kind', 'in', search.kind);
    const q = search.q ? foldWords(search.q) : '';
    if (q) {
      const pattern = `%${q.replace(/[%_\\]/g, '\\$&')}%`;
      query = query.where((eb) =>
        eb.or([
          eb('name_key', 'like', pattern),
          sql<boolean>`EXISTS (SELECT 1 FROM unnest(aliases) AS alias WHERE lower(alias) LIKE ${`%${search.q!.toLowerCase().replace(/[%_\\]/g, '\\$&')}%`})`,
        ]),
      );
    }
    return query;
  }

  insert(actor: NewActor): Promise<ActorRow> {
    return this.db
      .insertInto('actors')
      .values({
        id: randomUUID(),
        ...actor,
        name_key: foldWords(actor.name),
        attributes: JSON.stringify(actor.attributes),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  /** Applies a change if the entity is still at `version`; undefined when it moved on. */
  update(id: string, version: number, change: ActorChange): Promise<ActorRow | undefined> {
    const { attributes, ...rest } = change;
    return this.db
      .updateTable('actors')
      .set({
        ...rest,
        ...(rest.name !== undefined ? { name_key: foldWords(rest.name) } : {}),
        ...(attributes !== undefined ? { attributes: JSON.stringify(attributes) } : {}),
        updated_at: new Date(),
        version: sql<number>`version + 1`,
      })
      .where('id', '=', id)
      .where('version', '=', version)
      .returningAll()
      .executeTakeFirst();
  }

  /** Relationships touching any of these entities, at most `limit` (a guard against a hub of thousands). */
  async relationshipsTouching(ids: readonly string[], limit = 20_000): Promise<ActorRelationshipRow[]> {
    if (ids.length === 0) return [];
    const list = [...ids];
    return this.db
      .selectFrom('actor_relationships')
      .selectAll()
      .where((eb) => eb.or([eb('source_id', 'in', list), eb('target_id', 'in', list)]))
      .orderBy('created_at')
      .limit(limit)
      .execute();
  }

  findRelationship(id: string): Promise<ActorRelationshipRow | undefined> {
    return this.db.selectFrom('actor_relationships').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /** Stores a relationship, or returns undefined when the same (source, target, kind) exists. */
  insertRelationship(relationship: NewRelationship): Promise<ActorRelationshipRow | undefined> {
    return this.db
      .insertInto('actor_relationships')
      .values({ id: randomUUID(), ...relationship, sources: JSON.stringify(relationship.sources) })
      .onConflict((oc) => oc.columns(['source_id', 'target_id', 'kind']).doNothing())
      .returningAll()
      .executeTakeFirst();
  }

  async deleteRelationship(id: string): Promise<boolean> {
    const result = await this.db.deleteFrom('actor_relationships').where('id', '=', id).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  /** The incident roles of these entities. */
  async incidentRolesOf(actorIds: readonly string[]): Promise<IncidentActorRow[]> {
    if (actorIds.length === 0) return [];
    return this.db
      .selectFrom('incident_actors')
      .selectAll()
      .where('actor_id', 'in', [...actorIds])
      .orderBy('created_at')
      .execute();
  }

  /** The entities involved in these incidents. */
  async actorsOfIncidents(incidentIds: readonly string[]): Promise<IncidentActorRow[]> {
    if (incidentIds.length === 0) return [];
    return this.db
      .selectFrom('incident_actors')
      .selectAll()
      .where('incident_id', 'in', [...incidentIds])
      .execute();
  }

  /** Attaches an entity to an incident with a role; false when it already was. */
  async attach(
    incidentId: string,
    actorId: string,
    role: IncidentActorRole,
    createdBy: string | null,
  ): Promise<boolean> {
    const inserted = await this.db
      .insertInto('incident_actors')
      .values({ incident_id: incidentId, actor_id: actorId, role, created_by: createdBy })
      .onConflict((oc) => oc.columns(['incident_id', 'actor_id', 'role']).doNothing())
      .returning('actor_id')
      .executeTakeFirst();
    return inserted !== undefined;
  }

  async detach(incidentId: string, actorId: string, role: IncidentActorRole): Promise<boolean> {
    const result = await this.db
      .deleteFrom('incident_actors')
      .where('incident_id', '=', incidentId)
      .where('actor_id', '=', actorId)
      .where('role', '=', role)
      .executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  /** The incidents carrying a signature (its normalised form): the demo ties the DDPF group to its tag. */
  async incidentIdsWithSignature(normalized: string): Promise<string[]> {
    const rows = await this.db
      .selectFrom('incidents')
      .select('id')
      .where(sql<boolean>`signature_keys && ${sql.val([normalized])}::text[]`)
      .orderBy('occurred_start')
      .execute();
    return rows.map((row) => row.id);
  }

  findProfile(actorId: string): Promise<DetaineeProfileRow | undefined> {
    return this.db.selectFrom('detainee_profiles').selectAll().where('actor_id', '=', actorId).executeTakeFirst();
  }

  /** Creates or replaces a profile (a new assessment: its date and version move on). */
  saveProfile(profile: DetaineeProfileValues): Promise<DetaineeProfileRow> {
    return this.db
      .insertInto('detainee_profiles')
      .values(profile)
      .onConflict((oc) =>
        oc.column('actor_id').doUpdateSet({
          ...profile,
          assessed_at: new Date(),
          version: sql<number>`detainee_profiles.version + 1`,
        }),
      )
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  /** Every profile (of a facility), with its person; a few hundred at most, filtered by the service. */
  async profiles(facilityId?: string): Promise<Array<{ profile: DetaineeProfileRow; person: ActorRow }>> {
    let query = this.db.selectFrom('detainee_profiles').selectAll();
    if (facilityId) query = query.where('facility_id', '=', facilityId);
    const profiles = await query.execute();
    const persons = new Map((await this.byIds(profiles.map((p) => p.actor_id))).map((row) => [row.id, row]));
    return profiles.flatMap((profile) => {
      const person = persons.get(profile.actor_id);
      return person ? [{ profile, person }] : [];
    });
  }

  /**
   * For each profiled detainee, its strongest tie (leads over member_of) to an organisation involved
   * in an incident of a campaign still open (active or confirmed) that ended after `since`.
   */
  async activeOrganisationTies(since: Date): Promise<Map<string, 'leads' | 'member_of'>> {
    const rows = await this.db
      .selectFrom('detainee_profiles as p')
      .innerJoin('actor_relationships as r', 'r.source_id', 'p.actor_id')
      .innerJoin('incident_actors as ia', 'ia.actor_id', 'r.target_id')
      .innerJoin('campaign_members as m', 'm.incident_id', 'ia.incident_id')
      .innerJoin('campaigns as c', 'c.id', 'm.campaign_id')
      .where('r.kind', 'in', ['leads', 'member_of'])
      .where('c.state', 'in', ['active', 'confirmed'])
      .where('c.end_at', '>=', since)
      .select(['p.actor_id', 'r.kind'])
      .distinct()
      .execute();
    const ties = new Map<string, 'leads' | 'member_of'>();
    for (const row of rows)
      if (row.kind === 'leads' || !ties.has(row.actor_id)) ties.set(row.actor_id, row.kind as 'leads' | 'member_of');
    return ties;
  }
}
