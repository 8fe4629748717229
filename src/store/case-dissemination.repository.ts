import type { Kysely } from 'kysely';
import type { DB, DisseminationRow } from './schema.ts';

export type NewDissemination = Omit<DisseminationRow, 'at' | 'objects'> & {
  objects: Array<{ type: string; id: string }>;
};
export interface DisseminationFilter {
  caseId?: string;
  /** an organisation, user or token id, or a name */
  recipient?: string;
  /** only releases by this user or to this user or organisation (readers without the audit right) */
  involving?: { userId: string; orgId: string };
}

/** The SQL of the dissemination log: every release of information outside its owner. */
export class DisseminationRepository {
  constructor(private readonly db: Kysely<DB>) {}

  insert(row: NewDissemination): Promise<DisseminationRow> {
    return this.db
      .insertInto('disseminations')
      .values({ ...row, objects: JSON.stringify(row.objects) })
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  list(filter: DisseminationFilter, limit: number, offset: number): Promise<DisseminationRow[]> {
    return this.filtered(filter).selectAll().orderBy('at', 'desc').orderBy('id').limit(limit).offset(offset).execute();
  }

  async count(filter: DisseminationFilter): Promise<number> {
    const row = await this.filtered(filter)
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  private filtered(filter: DisseminationFilter) {
    let query = this.db.selectFrom('disseminations');
    if (filter.caseId) query = query.where('case_id', '=', filter.caseId);
    if (filter.recipient) {
      const recipient = filter.recipient;
      query = query.where((eb) =>
        eb.or([
          eb('recipient_id', '=', recipient),
          eb('recipient_name', '=', recipient),
          eb(eb.cast('recipient_org_id', 'text'), '=', recipient),
        ]),
      );
    }
    if (filter.involving) {
      const { userId, orgId } = filter.involving;
      query = query.where((eb) =>
        eb.or([
          eb('released_by', '=', userId),
          eb('recipient_id', '=', userId),
          eb('recipient_org_id', '=', orgId),
          eb('recipient_id', '=', orgId),
        ]),
      );
    }
    return query;
  }
}
