import type { Kysely } from 'kysely';
import type { Link } from '../analysis/types.ts';
import type { DB, IncidentLinkRow } from './schema.ts';

export const toLink = (row: IncidentLinkRow): Link => ({
  a: row.a,
  b: row.b,
  score: row.score,
  gradeWeight: row.grade_weight,
  evidence: row.evidence as Link['evidence'],
  explanation: row.explanation,
});

/** SQL of incident links and signature aliases. */
export class LinkRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /** Stores links (replacing those of the same pairs). */
  async upsert(links: Link[]): Promise<void> {
    for (let i = 0; i < links.length; i += 500) {
      const rows = links.slice(i, i + 500).map((link) => ({
        a: link.a,
        b: link.b,
        score: link.score,
        grade_weight: link.gradeWeight,
        evidence: JSON.stringify(link.evidence),
        explanation: link.explanation,
        updated_at: new Date(),
      }));
      await this.db
        .insertInto('incident_links')
        .values(rows)
        .onConflict((oc) =>
          oc.columns(['a', 'b']).doUpdateSet((eb) => ({
            score: eb.ref('excluded.score'),
            grade_weight: eb.ref('excluded.grade_weight'),
            evidence: eb.ref('excluded.evidence'),
            explanation: eb.ref('excluded.explanation'),
            updated_at: eb.ref('excluded.updated_at'),
          })),
        )
        .execute();
    }
  }

  /** Whether any link is stored (a store from before linking existed has none: everything is linked once). */
  async any(): Promise<boolean> {
    return (await this.db.selectFrom('incident_links').select('a').limit(1).executeTakeFirst()) !== undefined;
  }

  /** Removes every link of an incident (before storing its new ones, or when it is refuted). */
  /** Removes every link of these incidents, a thousand at a time (a batch being linked again). */
  async deleteOfMany(ids: readonly string[]): Promise<void> {
    for (let i = 0; i < ids.length; i += 1000) {
      const chunk = ids.slice(i, i + 1000);
      await this.db
        .deleteFrom('incident_links')
        .where((eb) => eb.or([eb('a', 'in', chunk), eb('b', 'in', chunk)]))
        .execute();
    }
  }

  async deleteOf(id: string): Promise<void> {
    await this.db
      .deleteFrom('incident_links')
      .where((eb) => eb.or([eb('a', '=', id), eb('b', '=', id)]))
      .execute();
  }

  /** The links of one incident, strongest first. */
  of(id: string, limit = 200): Promise<IncidentLinkRow[]> {
    return this.db
      .selectFrom('incident_links')
      .selectAll()
      .where((eb) => eb.or([eb('a', '=', id), eb('b', '=', id)]))
      .orderBy('score', 'desc')
      .limit(limit)
      .execute();
  }

  /** Links among a set of incidents (a campaign's graph). */
  among(ids: string[]): Promise<IncidentLinkRow[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.db.selectFrom('incident_links').selectAll().where('a', 'in', ids).where('b', 'in', ids).execute();
  }

  /** Links between incidents that both start within [from, to): the input of one clustering window. */
  async inWindow(from: Date, to: Date): Promise<Link[]> {
    const rows = await this.db
      .selectFrom('incident_links as l')
      .innerJoin('incidents as ia', 'ia.id', 'l.a')
      .innerJoin('incidents as ib', 'ib.id', 'l.b')
      .selectAll('l')
      .where('ia.occurred_start', '>=', from)
      .where('ia.occurred_start', '<', to)
      .where('ib.occurred_start', '>=', from)
      .where('ib.occurred_start', '<', to)
      .execute();
    return rows.map(toLink);
  }

  aliases() {
    return this.db.selectFrom('signature_aliases').selectAll().orderBy('canonical').orderBy('alias').execute();
  }

  async setAlias(alias: string, canonical: string, note: string | null, createdBy: string | null): Promise<void> {
    await this.db
      .insertInto('signature_aliases')
      .values({ alias, canonical, note, created_by: createdBy })
      .onConflict((oc) => oc.column('alias').doUpdateSet({ canonical, note }))
      .execute();
  }

  async removeAlias(alias: string): Promise<boolean> {
    const result = await this.db.deleteFrom('signature_aliases').where('alias', '=', alias).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }
}
