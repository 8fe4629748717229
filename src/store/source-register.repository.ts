import type { Kysely } from 'kysely';
import type { DB, SourceRegisterRow } from './schema.ts';

/** What is written for one outlet of the register. */
export interface OutletToStore {
  name: string;
  key: string;
  aliases: string[];
  kind: string;
  category: string;
  reliability: string;
  credibility: number;
  notes: string | null;
  updated_by: string | null;
}

/** The only place that holds the SQL of the source register. */
export class SourceRegisterRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /** Every outlet, by name. */
  list(): Promise<SourceRegisterRow[]> {
    return this.db.selectFrom('source_register').selectAll().orderBy('name').execute();
  }

  findByKey(key: string): Promise<SourceRegisterRow | undefined> {
    return this.db.selectFrom('source_register').selectAll().where('key', '=', key).executeTakeFirst();
  }

  findById(id: string): Promise<SourceRegisterRow | undefined> {
    return this.db.selectFrom('source_register').selectAll().where('id', '=', id).executeTakeFirst();
  }

  insert(id: string, outlet: OutletToStore): Promise<SourceRegisterRow | undefined> {
    return this.db
      .insertInto('source_register')
      .values({ id, ...outlet })
      .onConflict((oc) => oc.column('key').doNothing())
      .returningAll()
      .executeTakeFirst();
  }

  /** Changes an outlet if it is still at `version`; undefined when someone changed it meanwhile. */
  updateIfVersion(id: string, version: number, outlet: OutletToStore): Promise<SourceRegisterRow | undefined> {
    return this.db
      .updateTable('source_register')
      .set((eb) => ({ ...outlet, version: eb('version', '+', 1), updated_at: new Date() }))
      .where('id', '=', id)
      .where('version', '=', version)
      .returningAll()
      .executeTakeFirst();
  }

  async remove(id: string): Promise<boolean> {
    const result = await this.db.deleteFrom('source_register').where('id', '=', id).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }
}
