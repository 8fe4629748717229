import { sql, type Kysely } from 'kysely';
import type { ReadScope } from '../core/shared/principal.ts';
import { readableBy } from './read-scope.ts';
import type { DB, EscortAssessmentRow, EscortRow } from './schema.ts';

export type NewEscort = Omit<
  EscortRow,
  'version' | 'created_at' | 'updated_at' | 'state' | 'risk_score' | 'recommended_level' | 'assessed_at' | 'waypoints'
> & { waypoints: Array<{ name?: string; lat: number; lon: number }> };
export type EscortChanges = Partial<
  Pick<EscortRow, 'escort_level' | 'state' | 'planned_start' | 'planned_end' | 'notes' | 'marking' | 'compartments'>
> & { waypoints?: Array<{ name?: string; lat: number; lon: number }> };
export interface EscortFilter {
  state?: string[];
  from?: Date;
  to?: Date;
}

/** The few facts of a person the escort risk reads: the actor, its access fields and its risk profile. */
export interface PersonFacts {
  id: string;
  kind: string;
  name: string;
  owner_org_id: string;
  marking: string;
  compartments: string[];
  created_by: string | null;
  profile: {
    organised_crime_leadership: number;
    escape_history: number;
    outside_communications: number;
    violence: number;
    placement: string;
  } | null;
}

/** An incident as the risk reads it. */
export interface RiskIncident {
  id: string;
  occurred_start: Date;
  lat: number;
  lon: number;
  facility_id: string | null;
  commune: string | null;
  event_types: string[];
}

const INCIDENT_COLUMNS = [
  'i.id',
  'i.occurred_start',
  'i.lat',
  'i.lon',
  'i.facility_id',
  'i.commune',
  'i.event_types',
] as const;

/** The SQL of escorts, their assessments, and the graph and incident facts their risk is made of. */
export class EscortRepository {
  constructor(private readonly db: Kysely<DB>) {}

  insert(escort: NewEscort): Promise<EscortRow> {
    return this.db
      .insertInto('escorts')
      .values({ ...escort, waypoints: JSON.stringify(escort.waypoints) })
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  findById(id: string): Promise<EscortRow | undefined> {
    return this.db.selectFrom('escorts').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /** Applies the change if the escort is still at `version`; undefined when it moved on. */
  updateIfVersion(id: string, version: number, changes: EscortChanges): Promise<EscortRow | undefined> {
    const { waypoints, ...rest } = changes;
    return this.db
      .updateTable('escorts')
      .set({
        ...rest,
        ...(waypoints ? { waypoints: JSON.stringify(waypoints) } : {}),
        version: version + 1,
        updated_at: new Date(),
      })
      .where('id', '=', id)
      .where('version', '=', version)
      .returningAll()
      .executeTakeFirst();
  }

  /** Escorts the scope may read, soonest first. */
  list(scope: ReadScope, filter: EscortFilter, limit: number, offset: number): Promise<EscortRow[]> {
    return this.filtered(scope, filter)
      .selectAll()
      .orderBy('planned_start')
      .orderBy('id')
      .limit(limit)
      .offset(offset)
      .execute();
  }

  async count(scope: ReadScope, filter: EscortFilter): Promise<number> {
    const row = await this.filtered(scope, filter)
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  private filtered(scope: ReadScope, filter: EscortFilter) {
    let query = this.db.selectFrom('escorts').where(readableBy<'escorts'>(scope));
    if (filter.state?.length) query = query.where('state', 'in', filter.state);
    if (filter.from) query = query.where('planned_start', '>=', filter.from);
    if (filter.to) query = query.where('planned_start', '<', filter.to);
    return query;
  }

  /** Every planned escort, for re-assessment after an incident or a campaign change. */
  planned(limit: number): Promise<EscortRow[]> {
    return this.db
      .selectFrom('escorts')
      .selectAll()
      .where('state', '=', 'planned')
      .orderBy('planned_start')
      .limit(limit)
      .execute();
  }

  /** Stores an assessment and repeats its result on the escort. */
  async addAssessment(row: EscortAssessmentRow): Promise<void> {
    await this.db
      .insertInto('escort_assessments')
      .values({ ...row, factors: JSON.stringify(row.factors) })
      .execute();
    await this.db
      .updateTable('escorts')
      .set({ risk_score: row.score, recommended_level: row.recommended_level, assessed_at: row.assessed_at })
      .where('id', '=', row.escort_id)
      .execute();
  }

  assessments(escortId: string, limit: number, offset: number): Promise<EscortAssessmentRow[]> {
    return this.db
      .selectFrom('escort_assessments')
      .selectAll()
      .where('escort_id', '=', escortId)
      .orderBy('assessed_at', 'desc')
      .orderBy('id', 'desc')
      .limit(limit)
      .offset(offset)
      .execute();
  }

  latestAssessment(escortId: string): Promise<EscortAssessmentRow | undefined> {
    return this.db
      .selectFrom('escort_assessments')
      .selectAll()
      .where('escort_id', '=', escortId)
      .orderBy('assessed_at', 'desc')
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst();
  }

  /** A person actor with its risk profile; undefined when it is not a person. */
  async person(id: string): Promise<PersonFacts | undefined> {
    const row = await this.db
      .selectFrom('actors as a')
      .leftJoin('detainee_profiles as p', 'p.actor_id', 'a.id')
      .select([
        'a.id',
        'a.kind',
        'a.name',
        'a.owner_org_id',
        'a.marking',
        'a.compartments',
        'a.created_by',
        'p.actor_id as profile_id',
        'p.organised_crime_leadership',
        'p.escape_history',
        'p.outside_communications',
        'p.violence',
        'p.placement',
      ])
      .where('a.id', '=', id)
      .where('a.kind', '=', 'person')
      .executeTakeFirst();
    if (!row) return undefined;
    const profile = row.profile_id
      ? {
          organised_crime_leadership: row.organised_crime_leadership ?? 0,
          escape_history: row.escape_history ?? 0,
          outside_communications: row.outside_communications ?? 0,
          violence: row.violence ?? 0,
          placement: row.placement ?? 'ordinary',
        }
      : null;
    return {
      id: row.id,
      kind: row.kind,
      name: row.name,
      owner_org_id: row.owner_org_id,
      marking: row.marking,
      compartments: row.compartments,
      created_by: row.created_by,
      profile,
    };
  }

  /** The organisations a person is a member or leader of (actor_relationships). */
  organisationsOf(personId: string): Promise<Array<{ id: string; name: string }>> {
    return this.db
      .selectFrom('actor_relationships as r')
      .innerJoin('actors as a', 'a.id', 'r.target_id')
      .select(['a.id', 'a.name'])
      .distinct()
      .where('r.source_id', '=', personId)
      .where('r.kind', 'in', ['member_of', 'leads'])
      .where('a.kind', '=', 'organisation')
      .orderBy('a.name')
      .execute();
  }

  /** Incidents naming one of the actors (incident_actors) in [from, to], with the actor named. */
  linkedIncidents(
    actorIds: string[],
    from: Date,
    to: Date,
    eventType?: string,
  ): Promise<Array<RiskIncident & { actor_id: string }>> {
    if (actorIds.length === 0) return Promise.resolve([]);
    let query = this.db
      .selectFrom('incident_actors as ia')
      .innerJoin('incidents as i', 'i.id', 'ia.incident_id')
      .select([...INCIDENT_COLUMNS, 'ia.actor_id'])
      .distinctOn(['i.id', 'ia.actor_id'])
      .where('ia.actor_id', 'in', actorIds)
      .where('i.occurred_start', '>=', from)
      .where('i.occurred_start', '<=', to)
      .where('i.status', 'not in', ['refuted', 'duplicate']);
    if (eventType) query = query.where(sql<boolean>`${eventType} = ANY(i.event_types)`);
    return query.orderBy('i.id').orderBy('ia.actor_id').execute();
  }

  /** Campaigns not dismissed that hold one of these incidents, with which. */
  campaignsHolding(
    incidentIds: string[],
  ): Promise<Array<{ id: string; explanation: string; start_at: Date; end_at: Date; incident_id: string }>> {
    if (incidentIds.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom('campaign_members as m')
      .innerJoin('campaigns as c', 'c.id', 'm.campaign_id')
      .select(['c.id', 'c.explanation', 'c.start_at', 'c.end_at', 'm.incident_id'])
      .where('m.incident_id', 'in', incidentIds)
      .where('c.state', '<>', 'dismissed')
      .orderBy('c.id')
      .execute();
  }

  /** Incidents inside a box and a time range (optionally of one event type); distances are checked by the caller. */
  incidentsInBox(
    box: { minLat: number; maxLat: number; minLon: number; maxLon: number },
    from: Date,
    to: Date,
    eventType?: string,
  ): Promise<RiskIncident[]> {
    let query = this.db
      .selectFrom('incidents as i')
      .select(INCIDENT_COLUMNS)
      .where('i.lat', '>=', box.minLat)
      .where('i.lat', '<=', box.maxLat)
      .where('i.lon', '>=', box.minLon)
      .where('i.lon', '<=', box.maxLon)
      .where('i.occurred_start', '>=', from)
      .where('i.occurred_start', '<=', to)
      .where('i.status', 'not in', ['refuted', 'duplicate']);
    if (eventType) query = query.where(sql<boolean>`${eventType} = ANY(i.event_types)`);
    return query.orderBy('i.occurred_start', 'desc').limit(1000).execute();
  }

  /** The access fields of incidents, to hide from a reader the records they may not read. */
  incidentAccess(
    ids: string[],
  ): Promise<
    Array<{ id: string; owner_org_id: string; marking: string; compartments: string[]; created_by: string | null }>
  > {
    if (ids.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom('incidents')
      .select(['id', 'owner_org_id', 'marking', 'compartments', 'created_by'])
      .where('id', 'in', ids)
      .execute();
  }
}
