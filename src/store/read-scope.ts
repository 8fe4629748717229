import { sql, type ExpressionBuilder, type Expression, type SqlBool } from 'kysely';
import type { ReadScope } from '../core/access/access.ts';
import type { DB } from './schema.ts';

type Owned = 'incidents' | 'seizures' | 'articles' | 'alerts' | 'tasks' | 'notification_events' | 'cases' | 'case_notes' | 'case_evidence' | 'escorts' | 'fugitives' | 'actors' | 'stix_objects';

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
      sql<boolean>`compartments <@ ${sql.val(scope.compartments)}::text[]`,
      e.or([
        e('marking', 'in', ['CLEAR', 'GREEN']),
        e.and([e('marking', '=', 'AMBER'), e('owner_org_id', 'in', scope.amberOwners)]),
        e.and([e('marking', '=', 'AMBER+STRICT'), e('owner_org_id', '=', scope.organisationId)]),
        e.and([
          e('marking', '=', 'RED'), e('owner_org_id', '=', scope.organisationId),
          scope.redOfOrganisation ? sql<boolean>`true` : e('created_by', '=', scope.userId),
        ]),
      ]),
    ]);
  };
}
