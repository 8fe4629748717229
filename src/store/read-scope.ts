import { sql, type ExpressionBuilder, type Expression, type SqlBool } from 'kysely';
import { COMPARTMENTS, type ReadScope } from '../core/shared/principal.ts';
import type { DB } from './schema.ts';

type Owned =
  | 'incidents'
  | 'seizures'
  | 'articles'
  | 'alerts'
  | 'tasks'
  | 'notification_events'
  | 'cases'
  | 'case_notes'
  | 'case_evidence'
  | 'escorts'
  | 'fugitives'
  | 'actors'
  | 'stix_objects'
  | 'briefs';

/**
 * "The record's compartments are all held by the reader", written so the planner can estimate it:
 * `<@` on an array gets a fixed guess (it expected 5 rows where 1,245 came, and combined three bitmap
 * indexes), while an equality to the empty array is estimated from the column's statistics and a
 * reader holding every compartment needs no condition at all.
 */
export function compartmentsWithin(held: string[], column = 'compartments'): Expression<SqlBool> {
  const ref = sql.ref(column);
  if (held.length === 0) return sql<boolean>`${ref} = '{}'::text[]`;
  if (COMPARTMENTS.every((compartment) => held.includes(compartment))) return sql<boolean>`true`;
  return sql<boolean>`${ref} <@ ${sql.val(held)}::text[]`;
}

/**
 * The SQL form of `authorize(principal, { kind: 'read' })` (core/access/access.ts): every list,
 * count, map and export of owned records is filtered by it, so no total counts a record the reader
 * cannot open.
 */
export function readableBy<T extends Owned>(scope: ReadScope) {
  return (eb: ExpressionBuilder<DB, T>): Expression<SqlBool> => {
    const e = eb as unknown as ExpressionBuilder<DB, 'incidents'>;
    if (scope.all) return sql<boolean>`true`;
    return e.and([
      compartmentsWithin(scope.compartments),
      e.or([
        e('marking', 'in', ['CLEAR', 'GREEN']),
        e.and([e('marking', '=', 'AMBER'), e('owner_org_id', 'in', scope.amberOwners)]),
        e.and([e('marking', '=', 'AMBER+STRICT'), e('owner_org_id', '=', scope.organisationId)]),
        e.and([
          e('marking', '=', 'RED'),
          e('owner_org_id', '=', scope.organisationId),
          scope.redOfOrganisation ? sql<boolean>`true` : e('created_by', '=', scope.userId),
        ]),
      ]),
    ]);
  };
}

/**
 * `readableBy` for incidents as disjoint branches, one per marking rule, for a reader holding no
 * compartment: each branch is a range of a partial index of migration 0032, so a count with no other
 * condition reads those ranges (the list as it opens) instead of testing the OR on every row. The rows
 * of the branches together are exactly those `readableBy` admits. Undefined for a reader holding
 * compartments or reading everything: their count has no such index.
 */
export function readableBranches(
  scope: ReadScope,
): Array<(eb: ExpressionBuilder<DB, 'incidents'>) => Expression<SqlBool>> | undefined {
  if (scope.all || scope.compartments.length > 0) return undefined;
  const none = () => compartmentsWithin([]);
  return [
    (e) => e.and([none(), e('marking', 'in', ['CLEAR', 'GREEN'])]),
    (e) => e.and([none(), e('marking', '=', 'AMBER'), e('owner_org_id', 'in', scope.amberOwners)]),
    (e) => e.and([none(), e('marking', '=', 'AMBER+STRICT'), e('owner_org_id', '=', scope.organisationId)]),
    (e) =>
      e.and([
        none(),
        e('marking', '=', 'RED'),
        e('owner_org_id', '=', scope.organisationId),
        scope.redOfOrganisation ? sql<boolean>`true` : e('created_by', '=', scope.userId),
      ]),
  ];
}

/**
 * Who reads a case: as its lead organisation's records are read (`readableBy`), or, for an organisation
 * in its access list (a former lead, a partner it was shared with), as if that organisation led it:
 * the marking and compartments still apply, RED only to its author and the supervisors. The case's
 * items keep their own markings (the `see-in-case` action of core/access/access.ts).
 */
export function caseReadableBy(scope: ReadScope) {
  return (eb: ExpressionBuilder<DB, 'cases'>): Expression<SqlBool> =>
    eb.or([
      readableBy<'cases'>(scope)(eb),
      eb.and([
        eb.exists(
          eb
            .selectFrom('case_access')
            .select('case_access.case_id')
            .whereRef('case_access.case_id', '=', 'cases.id')
            .where('case_access.org_id', '=', scope.organisationId),
        ),
        compartmentsWithin(scope.compartments, 'cases.compartments'),
        scope.redOfOrganisation
          ? sql<boolean>`true`
          : eb.or([eb('cases.marking', '<>', 'RED'), eb('cases.created_by', '=', scope.userId)]),
      ]),
    ]);
}
