import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { foldWords } from '../analysis/fold-text.ts';
import type { ActorRow, DB } from './schema.ts';

/** SQL of the minimal actor table (organisations and persons); the full graph comes later. */
export class ActorRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /** The organisation with this name or alias, created with `subkind` when there is none. */
  async findOrCreateOrganisation(name: string, subkind: string): Promise<ActorRow> {
    const key = foldWords(name);
    const existing = await this.db.selectFrom('actors').selectAll()
      .where('kind', '=', 'organisation')
      .where((eb) => eb.or([eb('name_key', '=', key), sql<boolean>`${name} = ANY(aliases)`]))
      .executeTakeFirst();
    if (existing) return existing;
    return this.db.insertInto('actors')
      .values({ id: randomUUID(), kind: 'organisation', subkind, name, name_key: key, description: null })
      .onConflict((oc) => oc.columns(['kind', 'name_key']).doUpdateSet({ updated_at: new Date() }))
      .returningAll().executeTakeFirstOrThrow();
  }

  findById(id: string): Promise<ActorRow | undefined> {
    return this.db.selectFrom('actors').selectAll().where('id', '=', id).executeTakeFirst();
  }

  list(kind?: 'organisation' | 'person'): Promise<ActorRow[]> {
    let query = this.db.selectFrom('actors').selectAll().orderBy('name');
    if (kind) query = query.where('kind', '=', kind);
    return query.execute();
  }
}
