import { sql, type Kysely } from 'kysely';
import type { ReadScope } from '../core/shared/principal.ts';
import { readableBy } from './read-scope.ts';
import type { DB, StixObjectRow, StixObjectTable } from './schema.ts';

/** A foreign STIX object to keep (migration 0023). */
export interface StixObjectToStore {
  stix_id: string;
  role: StixObjectTable['role'];
  type: string;
  incident_id: string | null;
  object: Record<string, unknown>;
  owner_org_id: string;
  marking: string;
  created_by: string | null;
  status_id?: string | null;
}

/** The SQL of kept foreign STIX objects and of TAXII status resources. */
export class StixRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /** Keeps objects; the same id in the same role is replaced by the newer copy (a new version of it). */
  async upsert(objects: StixObjectToStore[]): Promise<void> {
    for (let start = 0; start < objects.length; start += 500) {
      const batch = objects
        .slice(start, start + 500)
        .map((object) => ({ ...object, object: JSON.stringify(object.object), status_id: object.status_id ?? null }));
      await this.db
        .insertInto('stix_objects')
        .values(batch)
        .onConflict((oc) =>
          oc.columns(['stix_id', 'role']).doUpdateSet((eb) => ({
            object: eb.ref('excluded.object'),
            incident_id: eb.ref('excluded.incident_id'),
            marking: eb.ref('excluded.marking'),
            type: eb.ref('excluded.type'),
            status_id: eb.ref('excluded.status_id'),
          })),
        )
        .execute();
    }
  }

  /** The origin and attached objects of these incidents. */
  ofIncidents(incidentIds: string[]): Promise<StixObjectRow[]> {
    if (incidentIds.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom('stix_objects')
      .selectAll()
      .where('incident_id', 'in', incidentIds)
      .where('role', 'in', ['origin', 'attached'])
      .execute();
  }

  /** Objects no incident holds, of one organisation: what pending incidents may need. */
  loose(ownerOrgId: string): Promise<StixObjectRow[]> {
    return this.db
      .selectFrom('stix_objects')
      .selectAll()
      .where('owner_org_id', '=', ownerOrgId)
      .where('role', 'in', ['standalone', 'pending'])
      .limit(10_000)
      .execute();
  }

  /** Standalone objects the reader may read, of one marking for a TAXII collection. */
  readableStandalone(scope: ReadScope, marking?: string): Promise<StixObjectRow[]> {
    let query = this.db
      .selectFrom('stix_objects')
      .selectAll()
      .where(readableBy<'stix_objects'>(scope))
      .where('role', '=', 'standalone')
      .where(sql<boolean>`cardinality(compartments) = 0`);
    if (marking) query = query.where('marking', '=', marking);
    return query.orderBy('received_at').limit(100_000).execute();
  }

  /** Ends the pending or standalone state of objects now held by an incident. */
  async drop(stixIds: string[], roles: Array<StixObjectTable['role']>): Promise<void> {
    if (stixIds.length === 0) return;
    await this.db.deleteFrom('stix_objects').where('stix_id', 'in', stixIds).where('role', 'in', roles).execute();
  }

  async saveStatus(id: string, ownerId: string, body: Record<string, unknown>): Promise<void> {
    await this.db
      .insertInto('taxii_statuses')
      .values({ id, owner_id: ownerId, body: JSON.stringify(body) })
      .onConflict((oc) => oc.column('id').doUpdateSet({ body: JSON.stringify(body) }))
      .execute();
  }

  findStatus(id: string): Promise<{ owner_id: string; body: Record<string, unknown> } | undefined> {
    return this.db.selectFrom('taxii_statuses').select(['owner_id', 'body']).where('id', '=', id).executeTakeFirst();
  }

  /** Status resources older than `before` are forgotten (clients poll them for minutes, not months). */
  async pruneStatuses(before: Date): Promise<void> {
    await this.db.deleteFrom('taxii_statuses').where('created_at', '<', before).execute();
  }
}
