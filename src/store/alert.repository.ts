import { randomUUID } from 'node:crypto';
import { sql, type Kysely, type Updateable } from 'kysely';
import type { ReadScope } from '../core/shared/principal.ts';
import { readableBy } from './read-scope.ts';
import type {
  AlertHistoryRow,
  AlertRow,
  AlertRuleRow,
  AlertRuleTable,
  DB,
  EscalationLevel,
  IncidentRow,
  WatchlistEntryRow,
} from './schema.ts';

export type NewAlert = Omit<
  AlertRow,
  'version' | 'acknowledged_at' | 'closed_at' | 'state' | 'state_reason' | 'escalation_level' | 'assignee_id' | 'words'
> & { words?: object | null };
export type AlertChanges = Partial<
  Pick<
    AlertRow,
    | 'state'
    | 'state_reason'
    | 'assignee_id'
    | 'severity'
    | 'title'
    | 'explanation'
    | 'incident_ids'
    | 'sites'
    | 'escalation_level'
    | 'ack_due_at'
    | 'acknowledged_at'
    | 'closed_at'
    | 'marking'
    | 'compartments'
    | 'updated_at'
  >
> & { words?: object | null };
const wordsColumn = (words: object | null | undefined) =>
  words === undefined ? undefined : words === null ? null : JSON.stringify(words);
export interface AlertFilter {
  state?: string[];
  severity?: string[];
  assignee?: string;
  ruleId?: string;
}
export interface NewHistory {
  alert_id: string;
  at: Date;
  actor_id: string | null;
  actor: string;
  action: string;
  details: Record<string, unknown>;
}
export interface RuleChanges {
  name?: string;
  params?: Record<string, unknown>;
  severity?: string;
  enabled?: boolean;
  escalation?: EscalationLevel[];
  ack_minutes?: number;
  playbook_id?: string | null;
}

/** What the rules look at in an incident: its place, kinds, signatures and access fields. */
export interface IncidentFacts {
  id: string;
  version: number;
  occurred_start: Date;
  facility_id: string | null;
  directorate_code: string | null;
  event_types: string[];
  target_kinds: string[];
  signature_keys: string[];
  status: string;
  owner_org_id: string;
  marking: string;
  compartments: string[];
}

let lastMs = 0;
let counter = 0;
/** A UUIDv7: time-ordered, so history entries written in the same millisecond keep their order. */
function timeOrderedId(): string {
  const ms = Date.now();
  counter = ms === lastMs ? counter + 1 : 0;
  lastMs = ms;
  const hex =
    ms.toString(16).padStart(12, '0') +
    '7' +
    counter.toString(16).padStart(3, '0').slice(-3) +
    randomUUID().replace(/-/g, '').slice(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** The SQL of alert rules, alerts, their history and the watchlist. */
export class AlertRepository {
  constructor(private readonly db: Kysely<DB>) {}

  rules(): Promise<AlertRuleRow[]> {
    return this.db.selectFrom('alert_rules').selectAll().orderBy('created_at').orderBy('id').execute();
  }

  findRule(id: string): Promise<AlertRuleRow | undefined> {
    return this.db.selectFrom('alert_rules').selectAll().where('id', '=', id).executeTakeFirst();
  }

  insertRule(rule: Omit<AlertRuleRow, 'version' | 'created_at' | 'updated_at'>): Promise<AlertRuleRow> {
    return this.db
      .insertInto('alert_rules')
      .values({ ...rule, params: JSON.stringify(rule.params), escalation: JSON.stringify(rule.escalation) })
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  /** Applies the change if the rule is at `version`; undefined when it moved on. */
  updateRule(id: string, version: number, changes: RuleChanges): Promise<AlertRuleRow | undefined> {
    const values: Updateable<AlertRuleTable> = {
      ...changes,
      params: changes.params && JSON.stringify(changes.params),
      escalation: changes.escalation && JSON.stringify(changes.escalation),
    };
    for (const key of Object.keys(values) as Array<keyof typeof values>)
      if (values[key] === undefined) delete values[key];
    return this.db
      .updateTable('alert_rules')
      .set({ ...values, version: version + 1, updated_at: new Date() })
      .where('id', '=', id)
      .where('version', '=', version)
      .returningAll()
      .executeTakeFirst();
  }

  findById(id: string): Promise<AlertRow | undefined> {
    return this.db.selectFrom('alerts').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /** The open or acknowledged alert with this dedup key, if any. */
  findLive(dedupKey: string): Promise<AlertRow | undefined> {
    return this.db
      .selectFrom('alerts')
      .selectAll()
      .where('dedup_key', '=', dedupKey)
      .where('state', 'in', ['open', 'acknowledged'])
      .executeTakeFirst();
  }

  /** Opens an alert; undefined when another instance opened the live alert of its dedup key first. */
  insert(alert: NewAlert): Promise<AlertRow | undefined> {
    return this.db
      .insertInto('alerts')
      .values({ ...alert, words: wordsColumn(alert.words) })
      .onConflict((oc) => oc.column('dedup_key').where('state', 'in', ['open', 'acknowledged']).doNothing())
      .returningAll()
      .executeTakeFirst();
  }

  /** Applies the change if the alert is still at `version` (and in one of `states` when given). */
  updateIfVersion(
    id: string,
    version: number,
    changes: AlertChanges,
    states?: string[],
  ): Promise<AlertRow | undefined> {
    let query = this.db
      .updateTable('alerts')
      .set({ ...changes, words: wordsColumn(changes.words), version: version + 1 })
      .where('id', '=', id)
      .where('version', '=', version);
    if (states) query = query.where('state', 'in', states);
    return query.returningAll().executeTakeFirst();
  }

  list(scope: ReadScope, filter: AlertFilter, limit: number, offset: number): Promise<AlertRow[]> {
    return this.filtered(scope, filter)
      .selectAll()
      .orderBy('opened_at', 'desc')
      .orderBy('id')
      .limit(limit)
      .offset(offset)
      .execute();
  }

  async count(scope: ReadScope, filter: AlertFilter): Promise<number> {
    const row = await this.filtered(scope, filter)
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  private filtered(scope: ReadScope, filter: AlertFilter) {
    let query = this.db.selectFrom('alerts').where(readableBy<'alerts'>(scope));
    if (filter.state?.length) query = query.where('state', 'in', filter.state);
    if (filter.severity?.length) query = query.where('severity', 'in', filter.severity);
    if (filter.assignee) query = query.where('assignee_id', '=', filter.assignee);
    if (filter.ruleId) query = query.where('rule_id', '=', filter.ruleId);
    return query;
  }

  /** Open alerts whose time to acknowledge has passed. */
  dueForEscalation(now: Date): Promise<AlertRow[]> {
    return this.db
      .selectFrom('alerts')
      .selectAll()
      .where('state', '=', 'open')
      .where('ack_due_at', '<=', now)
      .orderBy('ack_due_at')
      .limit(500)
      .execute();
  }

  async appendHistory(entry: NewHistory): Promise<void> {
    await this.db
      .insertInto('alert_history')
      .values({ id: timeOrderedId(), ...entry, details: JSON.stringify(entry.details) })
      .execute();
  }

  history(alertId: string): Promise<AlertHistoryRow[]> {
    return this.db
      .selectFrom('alert_history')
      .selectAll()
      .where('alert_id', '=', alertId)
      .orderBy('at')
      .orderBy('id')
      .execute();
  }

  watchlist(): Promise<WatchlistEntryRow[]> {
    return this.db.selectFrom('watchlist_entries').selectAll().orderBy('created_at').orderBy('id').execute();
  }

  findWatch(id: string): Promise<WatchlistEntryRow | undefined> {
    return this.db.selectFrom('watchlist_entries').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /** Adds an entry; undefined when the same kind and folded value is already watched. */
  insertWatch(entry: Omit<WatchlistEntryRow, 'created_at'>): Promise<WatchlistEntryRow | undefined> {
    return this.db
      .insertInto('watchlist_entries')
      .values(entry)
      .onConflict((oc) => oc.columns(['kind', 'normalized']).doNothing())
      .returningAll()
      .executeTakeFirst();
  }

  async removeWatch(id: string): Promise<boolean> {
    const result = await this.db.deleteFrom('watchlist_entries').where('id', '=', id).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  /** Incidents written or changed since the rules last looked at them (batches of `limit`). */
  pendingIncidents(limit: number): Promise<IncidentFacts[]> {
    return this.db
      .selectFrom('incidents')
      .select(FACT_COLUMNS)
      .where(sql<boolean>`alerted_version IS DISTINCT FROM version`)
      .orderBy('occurred_start')
      .limit(limit)
      .execute();
  }

  /**
   * Records that the rules saw these incidents at these versions, in one statement per thousand; an
   * incident changed since it was read keeps its newer version and stays pending. The rows are locked
   * in id order first, as the detection's markAnalysed does: two multi-row updates of the same
   * incidents taking their locks in different orders deadlocked on PostgreSQL. NO KEY UPDATE, the
   * update's own lock, still lets the links' foreign-key checks (KEY SHARE) through.
   */
  async markAlerted(incidents: Array<{ id: string; version: number }>): Promise<void> {
    for (let i = 0; i < incidents.length; i += 1000) {
      const slice = incidents.slice(i, i + 1000);
      const ids = slice.map((incident) => incident.id);
      await sql`WITH locked AS MATERIALIZED (SELECT id FROM incidents WHERE id = ANY(${sql.val(ids)}::uuid[]) ORDER BY id FOR NO KEY UPDATE)
        UPDATE incidents SET alerted_version = seen.version
        FROM unnest(${sql.val(ids)}::uuid[], ${sql.val(slice.map((incident) => incident.version))}::int[]) AS seen (id, version)
        WHERE incidents.id = seen.id AND incidents.id IN (SELECT id FROM locked)`.execute(this.db);
    }
  }

  /** The latest occurrence stored: the present of the data, against which "recent" is judged. */
  async latestOccurrence(): Promise<Date | null> {
    const row = await this.db
      .selectFrom('incidents')
      .select((eb) => eb.fn.max('occurred_start').as('latest'))
      .executeTakeFirst();
    return row?.latest ? new Date(row.latest as Date) : null;
  }

  /** Incidents at a site or in a directorate that started within [from, to], refuted and duplicates left out. */
  incidentsAround(
    place: { facilityId?: string; directorate?: string },
    from: Date,
    to: Date,
  ): Promise<IncidentFacts[]> {
    let query = this.db
      .selectFrom('incidents')
      .select(FACT_COLUMNS)
      .where('occurred_start', '>=', from)
      .where('occurred_start', '<=', to)
      .where('status', 'not in', ['refuted', 'duplicate']);
    if (place.facilityId) query = query.where('facility_id', '=', place.facilityId);
    if (place.directorate) query = query.where('directorate_code', '=', place.directorate);
    // Bounded against a runaway read; a batch's windows at one place hold far fewer.
    return query.orderBy('occurred_start').limit(50_000).execute();
  }

  /** The access fields of incidents, for an alert raised from them. */
  /** The incidents behind alerts as the response screens show them (issue 17). */
  async incidentSummaries(ids: string[]): Promise<IncidentSummaryRow[]> {
    const rows: IncidentSummaryRow[] = [];
    for (let i = 0; i < ids.length; i += 1000) {
      rows.push(
        ...(await this.db
          .selectFrom('incidents')
          .select([
            'id',
            'occurred_start',
            'facility_id',
            'commune',
            'department_code',
            'directorate_code',
            'event_types',
            'target_kinds',
            'signatures',
            'sources',
            'status',
            'owner_org_id',
            'marking',
            'compartments',
            'created_by',
            'staff_sealed',
          ])
          .where('id', 'in', ids.slice(i, i + 1000))
          .execute()),
      );
    }
    return rows;
  }

  /** The alerts among `ids` that `scope` may read, for the context of tasks. */
  readableByIds(scope: ReadScope, ids: readonly string[]): Promise<AlertRow[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom('alerts')
      .selectAll()
      .where('id', 'in', [...new Set(ids)])
      .where(readableBy<'alerts'>(scope))
      .execute();
  }

  /** Alerts by id, for the context of tasks. */
  byIds(ids: string[]): Promise<AlertRow[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.db.selectFrom('alerts').selectAll().where('id', 'in', ids).execute();
  }

  incidentFacts(ids: string[]): Promise<IncidentFacts[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.db.selectFrom('incidents').select(FACT_COLUMNS).where('id', 'in', ids).execute();
  }
}

const FACT_COLUMNS = [
  'id',
  'version',
  'occurred_start',
  'facility_id',
  'directorate_code',
  'event_types',
  'target_kinds',
  'signature_keys',
  'status',
  'owner_org_id',
  'marking',
  'compartments',
] as const;

/** What a response screen shows of an incident behind an alert or a task (issue 17). */
export type IncidentSummaryRow = Pick<
  IncidentRow,
  | 'id'
  | 'occurred_start'
  | 'facility_id'
  | 'commune'
  | 'department_code'
  | 'directorate_code'
  | 'event_types'
  | 'target_kinds'
  | 'signatures'
  | 'sources'
  | 'status'
  | 'owner_org_id'
  | 'marking'
  | 'compartments'
  | 'created_by'
  | 'staff_sealed'
>;
