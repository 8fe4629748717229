import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';
import type { SourceInput } from '../core/shared/common.schema.ts';

/** Kysely's view of the tables created by store/migrations. Keep in step with the SQL. */
type Timestamp = ColumnType<Date, Date | string, Date | string>;
type Json<T> = ColumnType<T, string, string>;
type WithDefault<T> = ColumnType<T, T | undefined, T>;

export interface MetaTable { key: string; value: string }

export interface DirectorateTable { code: string; name: string; seat: string | null; departments: string[] }

export interface DepartmentTable { code: string; name: string; directorate_code: string | null; timezone: string }

export interface FacilityTable {
  id: string; name: string; kind: string; aliases: string[]; search_keys: string[];
  commune: string | null; department_code: string; directorate_code: string | null;
  lat: number; lon: number; coord_precision: string; timezone: string;
}

export interface ActorTable {
  id: string; kind: 'organisation' | 'person'; subkind: string | null; name: string; name_key: string;
  aliases: WithDefault<string[]>; description: string | null;
  created_at: Generated<Date>; updated_at: Generated<Date>;
}

export interface StoredSignature { kind: string; text: string; normalized: string }
export type StoredSource = SourceInput;

export interface IncidentTable {
  id: string; external_id: string | null;
  occurred_start: Timestamp; occurred_end: Timestamp; occurred_precision: string; timezone: string;
  reported_at: Timestamp | null;
  facility_id: string | null; lat: number; lon: number; place_precision: string;
  commune: string | null; department_code: string | null; directorate_code: string | null; country: string;
  event_types: string[]; target_kinds: string[]; weapons: string[];
  signatures: Json<StoredSignature[]>; signature_keys: string[];
  killed: number; injured: number; damage: string | null; description: string | null;
  status: string; sources: Json<StoredSource[]>;
  version: Generated<number>; created_at: Generated<Date>; updated_at: Generated<Date>;
}

export interface SeizureTable {
  id: string; external_id: string | null;
  occurred_start: Timestamp; occurred_end: Timestamp; occurred_precision: string; timezone: string;
  lat: number | null; lon: number | null; place_precision: string | null;
  commune: string | null; department_code: string | null; directorate_code: string | null; country: string;
  agency: string | null; drug: string; quantity_kg: number; quantity_value: number; quantity_unit: string;
  value_amount: number | null; value_currency: string | null; vessel: string | null; route: string | null;
  organisation_id: string | null; description: string | null; sources: Json<StoredSource[]>;
  version: Generated<number>; created_at: Generated<Date>; updated_at: Generated<Date>;
}

export interface DB {
  meta: MetaTable;
  directorates: DirectorateTable;
  departments: DepartmentTable;
  facilities: FacilityTable;
  actors: ActorTable;
  incidents: IncidentTable;
  seizures: SeizureTable;
}

export type IncidentRow = Selectable<IncidentTable>;
export type NewIncidentRow = Insertable<IncidentTable>;
export type SeizureRow = Selectable<SeizureTable>;
export type NewSeizureRow = Insertable<SeizureTable>;
export type FacilityRow = Selectable<FacilityTable>;
export type ActorRow = Selectable<ActorTable>;
