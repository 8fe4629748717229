/**
 * The synthetic history of bench:load, written by PostgreSQL itself (`INSERT .. SELECT` over
 * `generate_series`): a million rows in a minute or two, where the API's import takes minutes.
 * Realistic enough for the planner: facilities weighted unevenly, contraband far more common than
 * attacks, two years with a mild growth, a share of AMBER, AMBER+STRICT and RED records of another
 * organisation and a share in the STAFF compartment.
 */
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../src/store/schema.ts';

/** Event types in 100 slots (their share in percent) with the target each usually has. */
const EVENT_SHARES: Array<[string, number, string]> = [
  ['drone_drop', 28, 'facility'],
  ['projection', 26, 'facility'],
  ['contraband_found', 18, 'facility'],
  ['graffiti', 5, 'staff_home'],
  ['threat', 4, 'staff_person'],
  ['assault_on_staff', 4, 'staff_person'],
  ['vehicle_arson', 3, 'staff_vehicle'],
  ['intrusion', 2, 'facility'],
  ['arson', 2, 'facility'],
  ['attempted_arson', 1, 'staff_vehicle'],
  ['gunfire', 1, 'facility'],
  ['riot', 1, 'facility'],
  ['escape_attempt', 1, 'facility'],
  ['doxxing', 1, 'staff_person'],
  ['transport_ambush', 1, 'transport'],
  ['other', 2, 'other'],
];

export interface HistoryOwners {
  readerOrg: string;
  readerUser: string;
  otherOrg: string;
  otherUser: string;
}

/** Builds the helper tables the generator draws from (facility weights, event slots). */
export async function prepareHistory(db: Kysely<DB>): Promise<void> {
  await sql`DROP TABLE IF EXISTS bench_facility, bench_facility_slot, bench_event_slot`.execute(db);
  await sql`CREATE TABLE bench_facility AS
    SELECT (row_number() OVER (ORDER BY id))::int AS n, id, lat, lon, commune, department_code, directorate_code, timezone FROM facilities`.execute(
    db,
  );
  // Busy and quiet sites: each facility gets 1 to ~40 slots (exponential weights, fixed seed).
  await sql`SELECT setseed(0.19)`.execute(db);
  await sql`CREATE TABLE bench_facility_slot AS
    SELECT (row_number() OVER (ORDER BY f.n, k) - 1)::int AS slot, f.n
    FROM bench_facility f, LATERAL generate_series(1, 1 + floor(-ln(1 - random()) * 8)::int) k`.execute(db);
  const slots = EVENT_SHARES.flatMap(([type, share, target]) => Array.from({ length: share }, () => [type, target]));
  if (slots.length !== 100) throw new Error(`event shares add up to ${slots.length}, not 100`);
  await sql`CREATE TABLE bench_event_slot AS
    SELECT (ordinality - 1)::int AS slot, pair[1] AS event_type, pair[2] AS target_kind
    FROM unnest(${sql.val(slots.map(([type, target]) => `${type}|${target}`))}::text[]) WITH ORDINALITY AS s(joined),
    LATERAL (SELECT string_to_array(joined, '|') AS pair) p`.execute(db);
  await sql`CREATE UNIQUE INDEX ON bench_facility_slot (slot)`.execute(db);
  await sql`ANALYZE bench_facility; ANALYZE bench_facility_slot; ANALYZE bench_event_slot`.execute(db);
}

/**
 * Writes incidents numbered `first` to `last` (external ids `bench-load-N`), spread over the two
 * years before `now`. Several calls fill the same two years more densely, so a 30-day window holds
 * ten times more at a million than at 100,000.
 */
export async function writeHistory(
  db: Kysely<DB>,
  first: number,
  last: number,
  now: Date,
  owners: HistoryOwners,
): Promise<void> {
  await sql`INSERT INTO incidents (id, external_id, occurred_start, occurred_end, occurred_precision, timezone,
      facility_id, lat, lon, place_precision, commune, department_code, directorate_code,
      event_types, target_kinds, status, description, owner_org_id, marking, compartments, created_by,
      analysed_version, alerted_version)
    SELECT gen_random_uuid(), 'bench-load-' || r.g, t.start_at,
      t.start_at + CASE WHEN r.u_prec < 0.7 THEN interval '1 minute' WHEN r.u_prec < 0.9 THEN interval '14 hours' ELSE interval '1 day' END,
      CASE WHEN r.u_prec < 0.7 THEN 'exact' WHEN r.u_prec < 0.9 THEN 'night' ELSE 'day' END, f.timezone,
      CASE WHEN r.u_site < 0.9 THEN f.id END,
      f.lat + CASE WHEN r.u_site < 0.9 THEN 0 ELSE (r.j1 - 0.5) * 0.2 END,
      f.lon + CASE WHEN r.u_site < 0.9 THEN 0 ELSE (r.j2 - 0.5) * 0.3 END,
      CASE WHEN r.u_site < 0.9 THEN 'site' ELSE 'commune' END, f.commune, f.department_code, f.directorate_code,
      ARRAY[e.event_type], ARRAY[e.target_kind],
      CASE WHEN r.u_status < 0.8 THEN 'reported' WHEN r.u_status < 0.95 THEN 'verified' WHEN r.u_status < 0.98 THEN 'refuted' ELSE 'duplicate' END,
      'Synthetic incident ' || r.g || ' for the load benchmark: ' || repeat(md5(r.g::text), 3),
      CASE WHEN r.u_owner < 0.6 THEN ${owners.readerOrg}::uuid ELSE ${owners.otherOrg}::uuid END,
      CASE WHEN r.u_mark < 0.02 THEN 'CLEAR' WHEN r.u_mark < 0.62 THEN 'GREEN' WHEN r.u_mark < 0.87 THEN 'AMBER'
        WHEN r.u_mark < 0.93 THEN 'AMBER+STRICT' ELSE 'RED' END,
      CASE WHEN r.u_comp < 0.05 THEN ARRAY['STAFF'] ELSE '{}'::text[] END,
      CASE WHEN r.u_owner < 0.3 THEN ${owners.readerUser}::uuid WHEN r.u_owner >= 0.6 THEN ${owners.otherUser}::uuid END,
      1, 1
    FROM (SELECT g, random() AS u_fac, random() AS u_type, random() AS u_age, random() AS u_prec, random() AS u_mark,
            random() AS u_comp, random() AS u_site, random() AS u_owner, random() AS u_status, random() AS j1, random() AS j2
          FROM generate_series(${first}::int, ${last}::int) AS g) r
    JOIN bench_facility_slot s ON s.slot = floor(r.u_fac * (SELECT count(*) FROM bench_facility_slot))::int
    JOIN bench_facility f ON f.n = s.n
    JOIN bench_event_slot e ON e.slot = floor(r.u_type * 100)::int
    -- a mild growth: newer days hold somewhat more incidents than older ones
    CROSS JOIN LATERAL (SELECT ${now}::timestamptz - make_interval(secs => 730 * 86400 * power(r.u_age, 1.15)) AS start_at) t`.execute(
    db,
  );
}

/** The incidents table's secondary indexes (not the primary key nor unique constraints), as statements that make them again. */
export async function secondaryIndexes(db: Kysely<DB>): Promise<Array<{ name: string; definition: string }>> {
  const { rows } = await sql<{ name: string; definition: string }>`
    SELECT i.indexname AS name, i.indexdef AS definition FROM pg_indexes i
    WHERE i.tablename = 'incidents' AND i.schemaname = current_schema()
      AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`.execute(db);
  return rows;
}

/**
 * Writes a large batch the way a bulk load should: secondary indexes dropped and built again after,
 * foreign keys not checked row by row (the rows are valid by construction). Statements run on one
 * connection, so the session setting holds.
 */
export async function writeHistoryInBulk(
  db: Kysely<DB>,
  first: number,
  last: number,
  now: Date,
  owners: HistoryOwners,
): Promise<void> {
  const indexes = await secondaryIndexes(db);
  await db.connection().execute(async (connection) => {
    await sql`SET session_replication_role = replica`.execute(connection);
    try {
      for (const { name } of indexes) await sql`DROP INDEX ${sql.id(name)}`.execute(connection);
      await writeHistory(connection, first, last, now, owners);
      await sql`SET maintenance_work_mem = '256MB'`.execute(connection);
      for (const { definition } of indexes) await sql.raw(definition).execute(connection);
    } finally {
      await sql`SET session_replication_role = DEFAULT`.execute(connection);
    }
    // The revision trigger (migration 0027) was off with the other triggers: move it as a write does,
    // and say that the change log (migration 0031) lacks these rows: a map counted before them is
    // counted again in full.
    await sql`SELECT nextval('incident_revision')`.execute(connection);
    await sql`INSERT INTO incident_log.rewrites DEFAULT VALUES`.execute(connection);
  });
}
