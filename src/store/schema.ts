import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';
import type { SourceInput } from '../core/shared/common.schema.ts';

/** Kysely's view of the tables created by store/migrations. Keep in step with the SQL. */
type Timestamp = ColumnType<Date, Date | string, Date | string>;
type Json<T> = ColumnType<T, string, string>;
type WithDefault<T> = ColumnType<T, T | undefined, T>;

export interface MetaTable {
  key: string;
  value: string;
}

export interface DirectorateTable {
  code: string;
  name: string;
  seat: string | null;
  departments: string[];
}

export interface DepartmentTable {
  code: string;
  name: string;
  directorate_code: string | null;
  timezone: string;
}

export interface FacilityTable {
  id: string;
  name: string;
  kind: string;
  aliases: string[];
  search_keys: string[];
  commune: string | null;
  department_code: string;
  directorate_code: string | null;
  lat: number;
  lon: number;
  coord_precision: string;
  timezone: string;
}

export type ActorKind =
  | 'person'
  | 'organisation'
  | 'vehicle'
  | 'vessel'
  | 'phone'
  | 'online_account'
  | 'place'
  | 'facility'
  | 'weapon';
export interface ActorTable {
  id: string;
  kind: ActorKind;
  subkind: string | null;
  name: string;
  name_key: string;
  aliases: WithDefault<string[]>;
  description: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
  // migration 0008: the actor graph
  attributes: ColumnType<Record<string, unknown>, string | undefined, string>;
  facility_id: WithDefault<string | null>;
  owner_org_id: WithDefault<string>;
  marking: WithDefault<string>;
  compartments: WithDefault<string[]>;
  created_by: WithDefault<string | null>;
  version: Generated<number>;
}
export type RelationshipKind = 'member_of' | 'leads' | 'uses' | 'owns' | 'seen_at' | 'held_at' | 'linked_to';
export interface ActorRelationshipTable {
  id: string;
  source_id: string;
  target_id: string;
  kind: RelationshipKind;
  confidence: number;
  sources: ColumnType<StoredSource[], string | undefined, string>;
  valid_from: Timestamp | null;
  valid_until: Timestamp | null;
  description: string | null;
  owner_org_id: string;
  marking: WithDefault<string>;
  created_by: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
  version: Generated<number>;
}
export type IncidentActorRole = 'suspect' | 'claimed' | 'target' | 'victim' | 'used' | 'seen';
export interface IncidentActorTable {
  incident_id: string;
  actor_id: string;
  role: IncidentActorRole;
  created_by: string | null;
  created_at: Generated<Date>;
}
export interface DetaineeProfileTable {
  actor_id: string;
  facility_id: string | null;
  organised_crime_leadership: WithDefault<number>;
  escape_history: WithDefault<number>;
  outside_communications: WithDefault<number>;
  violence: WithDefault<number>;
  placement: WithDefault<'ordinary' | 'isolation' | 'high_security'>;
  notes: string | null;
  assessed_at: Generated<Date>;
  assessed_by: string | null;
  owner_org_id: string;
  marking: WithDefault<string>;
  version: Generated<number>;
}

export interface StoredSignature {
  kind: string;
  text: string;
  normalized: string;
}
export type StoredSource = SourceInput;

export interface IncidentTable {
  id: string;
  external_id: string | null;
  occurred_start: Timestamp;
  occurred_end: Timestamp;
  occurred_precision: string;
  timezone: string;
  reported_at: Timestamp | null;
  facility_id: string | null;
  lat: number;
  lon: number;
  place_precision: string;
  commune: string | null;
  department_code: string | null;
  directorate_code: string | null;
  country: string;
  event_types: string[];
  target_kinds: string[];
  weapons: string[];
  signatures: Json<StoredSignature[]>;
  signature_keys: string[];
  killed: number;
  injured: number;
  damage: string | null;
  description: string | null;
  status: string;
  sources: Json<StoredSource[]>;
  /** where on its site (SITE_SPOTS), migration 0021 */
  spot: WithDefault<string | null>;
  /** the incident a duplicate was merged into, migration 0021 */
  duplicate_of: WithDefault<string | null>;
  version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

/** One change of an incident: the fields before and after, who, when and why (migration 0021). */
export interface IncidentChangeTable {
  id: string;
  incident_id: string;
  version: number;
  actor_id: string | null;
  actor: string;
  changed_at: Generated<Date>;
  reason: string | null;
  changes: Json<Array<{ field: string; before: unknown; after: unknown }>>;
}

export interface SeizureTable {
  id: string;
  external_id: string | null;
  occurred_start: Timestamp;
  occurred_end: Timestamp;
  occurred_precision: string;
  timezone: string;
  lat: number | null;
  lon: number | null;
  place_precision: string | null;
  commune: string | null;
  department_code: string | null;
  directorate_code: string | null;
  country: string;
  agency: string | null;
  drug: string;
  quantity_kg: number;
  quantity_value: number;
  quantity_unit: string;
  value_amount: number | null;
  value_currency: string | null;
  vessel: string | null;
  route: string | null;
  organisation_id: string | null;
  description: string | null;
  sources: Json<StoredSource[]>;
  version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

/** A daily brief archived for an audience organisation (migration 0010). */
export interface BriefTable {
  id: string;
  brief_date: string;
  audience_org_id: string;
  language: WithDefault<string>;
  title: string;
  content_md: string;
  content_html: string;
  facts: Json<Record<string, unknown>>;
  search_text: string;
  generated_at: Generated<Date>;
  generated_by: string;
}

/** The access fields every owned record carries (migration 0002). */
interface ProtectedColumns {
  owner_org_id: string;
  marking: string;
  compartments: string[];
  created_by: string | null;
}

export interface OrganisationTable {
  id: string;
  name: string;
  kind: string;
  created_at: Generated<Date>;
}
export interface OrganisationShareTable {
  owner_id: string;
  partner_id: string;
}

export interface UserTable {
  id: string;
  username: string;
  display_name: string | null;
  password_hash: string;
  role: string;
  organisation_id: string;
  compartments: string[];
  disabled: Generated<boolean>;
  failed_logins: Generated<number>;
  locked_until: Timestamp | null;
  created_at: Generated<Date>;
  last_login_at: Timestamp | null;
  /** explicit permissions beyond the role: `backup` (the full backup over the API) */
  permissions: Generated<string[]>;
}

export interface CompartmentGrantTable {
  id: string;
  user_id: string;
  compartment: string;
  status: Generated<string>;
  proposed_by: string | null;
  proposed_by_name: string;
  proposed_at: Generated<Date>;
  decided_by: string | null;
  decided_by_name: string | null;
  decided_at: Timestamp | null;
}
export type CompartmentGrantRow = Selectable<CompartmentGrantTable>;

export interface SessionTable {
  id: string;
  user_id: string;
  csrf_token: string;
  created_at: Generated<Date>;
  expires_at: Timestamp;
  address: string | null;
  user_agent: string | null;
}

export interface ApiTokenTable {
  id: string;
  user_id: string;
  name: string;
  token_hash: string;
  prefix: string;
  created_at: Generated<Date>;
  expires_at: Timestamp | null;
  revoked_at: Timestamp | null;
  last_used_at: Timestamp | null;
}

export interface LoginThrottleTable {
  key: string;
  failures: number;
  window_start: Timestamp;
  blocked_until: Timestamp | null;
}

export interface AuditEventTable {
  seq: ColumnType<number, number, never>;
  at: Timestamp;
  actor_id: string | null;
  actor: string;
  action: string;
  object_type: string | null;
  object_id: string | null;
  details: Json<unknown>;
  address: string | null;
  prev_hash: string;
  hash: string;
}

export interface SignatureAliasTable {
  alias: string;
  canonical: string;
  note: string | null;
  created_by: string | null;
  created_at: Generated<Date>;
}

export interface IncidentLinkTable {
  a: string;
  b: string;
  score: number;
  grade_weight: number;
  evidence: Json<unknown[]>;
  explanation: string;
  updated_at: Generated<Date>;
}

export interface CampaignTable {
  id: string;
  key: string;
  state: Generated<string>;
  start_at: Timestamp;
  end_at: Timestamp;
  sites: string[];
  shared_signatures: Json<Array<{ normalized: string; text: string; count: number }>>;
  confidence: number;
  explanation: string;
  facts: Json<Record<string, unknown>>;
  significance: Json<Record<string, unknown> | null> | null;
  dismissed_reason: string | null;
  version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface CampaignMemberTable {
  campaign_id: string;
  incident_id: string;
}

export interface CampaignDecisionTable {
  id: string;
  campaign_id: string | null;
  kind: string;
  payload: Json<Record<string, unknown>>;
  reason: string | null;
  decided_by: string | null;
  decided_at: Generated<Date>;
}

export interface WaveAlarmTable {
  id: string;
  campaign_id: string | null;
  method: string;
  statistic: number;
  p_value: number;
  recurrence_years: number | null;
  window_start: Timestamp;
  window_end: Timestamp;
  sites: string[];
  incident_ids: string[];
  details: Json<Record<string, unknown>>;
  explanation: string;
  raised_at: Generated<Date>;
  // migration 0018: the alarm's life
  state: WithDefault<'standing' | 'ended'>;
  campaign_key: string | null;
  updated_at: Generated<Date>;
  updates: ColumnType<AlarmUpdate[], string | undefined, string>;
  ended_at: Date | null;
  ended_by: string | null;
  end_reason: string | null;
}

/** One update of a standing alarm by later evidence. */
export interface AlarmUpdate {
  at: string;
  members: number;
  sites: number;
  p_value: number;
}

/** An untagged act proposed as a probable member of a campaign (migration 0018). */
export interface CampaignProbableMemberTable {
  campaign_id: string;
  incident_id: string;
  observed: number;
  expected: number;
  excess_probability: number;
  details: ColumnType<Record<string, unknown>, string | undefined, string>;
  explanation: string;
  found_at: Generated<Date>;
}

export interface FeedTable {
  id: string;
  url: string;
  title: string | null;
  poll_minutes: WithDefault<number>;
  trusted: WithDefault<boolean>;
  trust_threshold: WithDefault<number>;
  reliability: string | null;
  credibility: number | null;
  outlet: string | null;
  marking: WithDefault<string>;
  owner_org_id: string;
  created_by: string | null;
  enabled: WithDefault<boolean>;
  last_polled_at: Timestamp | null;
  last_status: string | null;
  last_error: string | null;
  items_seen: WithDefault<number>;
  items_new: WithDefault<number>;
  items_total: WithDefault<number>;
  created_at: Generated<Date>;
}

/** The source register (migration 0017): an outlet's default grade and kind. */
export interface SourceRegisterTable {
  id: string;
  name: string;
  key: string;
  aliases: WithDefault<string[]>;
  kind: string;
  category: WithDefault<string>;
  reliability: string;
  credibility: WithDefault<number>;
  notes: string | null;
  version: Generated<number>;
  updated_by: string | null;
  updated_at: Generated<Date>;
}
export type SourceRegisterRow = Selectable<SourceRegisterTable>;
/** One site's place in the stored risk ranking of a horizon (migration 0024). */
export interface SiteRiskRankingTable {
  horizon_hours: number;
  rank: number;
  site_id: string;
  computed_for: Timestamp;
  computed_at: Generated<Date>;
  expected: number;
  background: number;
  excitation: number;
  probability: number;
  relative_risk: number;
  factor: number | null;
  reasons: Json<unknown[]>;
}

/** One test of a campaign (once per campaign and size), for the counted evaluation rate. */
export interface WaveEvaluationTable {
  campaign_key: string;
  members: number;
  evaluated_at: Date;
  p_value: number;
}

export interface ArticleTable {
  id: string;
  url: string | null;
  content_hash: string;
  title: string | null;
  language: string;
  published: string;
  text: string;
  format: string;
  source_kind: WithDefault<string>;
  reliability: string | null;
  credibility: number | null;
  outlet: string | null;
  feed_id: string | null;
  created_at: Generated<Date>;
}

export interface ArticleCandidateTable {
  id: string;
  article_id: string;
  position: number;
  kind: 'incident' | 'seizure';
  key: string;
  draft: Json<Record<string, unknown>>;
  evidence: Json<unknown[]>;
  confidence: number;
  notes: Json<string[]>;
  status: WithDefault<'pending' | 'accepted' | 'merged' | 'rejected'>;
  decided_by: string | null;
  decided_at: Timestamp | null;
  decision_reason: string | null;
  result_id: string | null;
  version: Generated<number>;
  created_at: Generated<Date>;
}

/** Alerts, posture and tasks (migration 0006). */
export interface EscalationLevel {
  after_minutes: number;
  notify: string;
}
export interface AlertRuleTable {
  id: string;
  kind: string;
  name: string;
  params: Json<Record<string, unknown>>;
  severity: string;
  enabled: WithDefault<boolean>;
  escalation: Json<EscalationLevel[]>;
  ack_minutes: WithDefault<number>;
  playbook_id: string | null;
  version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface AlertTable {
  id: string;
  rule_id: string;
  kind: string;
  severity: string;
  state: WithDefault<string>;
  state_reason: string | null;
  title: string;
  explanation: string;
  assignee_id: string | null;
  campaign_id: string | null;
  incident_ids: string[];
  sites: string[];
  dedup_key: string;
  escalation_level: WithDefault<number>;
  ack_due_at: Timestamp | null;
  opened_at: Timestamp;
  updated_at: Timestamp;
  acknowledged_at: Timestamp | null;
  closed_at: Timestamp | null;
  version: Generated<number>;
  /** migration 0022: title and explanation as codes with parameters (null for alerts raised before) */
  words: ColumnType<Record<string, unknown> | null, string | null | undefined, string | null>;
}

export interface AlertHistoryTable {
  id: string;
  alert_id: string;
  at: Timestamp;
  actor_id: string | null;
  actor: string;
  action: string;
  details: Json<Record<string, unknown>>;
}

export interface WatchlistEntryTable {
  id: string;
  kind: string;
  value: string;
  normalized: string;
  note: string | null;
  created_by: string | null;
  created_at: Generated<Date>;
}

/** Escorts, their risk assessments and the fugitives wanted list (migration 0011). */
export interface EscortTable {
  id: string;
  kind: string;
  detainee_id: string;
  origin_facility_id: string | null;
  origin_name: string;
  origin_lat: number;
  origin_lon: number;
  destination_facility_id: string | null;
  destination_name: string;
  destination_lat: number;
  destination_lon: number;
  waypoints: Json<Array<{ name?: string; lat: number; lon: number }>>;
  planned_start: Timestamp;
  planned_end: Timestamp | null;
  escort_level: string;
  state: WithDefault<string>;
  notes: string | null;
  risk_score: number | null;
  recommended_level: string | null;
  assessed_at: Timestamp | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
  version: Generated<number>;
}
export interface EscortAssessmentTable {
  id: string;
  escort_id: string;
  assessed_at: Timestamp;
  score: number;
  recommended_level: string;
  planned_level: string;
  factors: Json<
    Array<{
      factor: string;
      points: number;
      sentence: string;
      params?: Record<string, string | number>;
      records: Array<{ type: string; id: string; label?: string }>;
      hidden_records?: number;
    }>
  >;
  trigger: string;
  assessed_by: string | null;
}
export interface FugitiveTable {
  id: string;
  person_id: string;
  state: WithDefault<string>;
  escaped_start: Timestamp;
  escaped_end: Timestamp;
  escaped_precision: string;
  escape_facility_id: string | null;
  escape_place: string | null;
  escape_incident_id: string | null;
  circumstances: string | null;
  recaptured_at: Timestamp | null;
  recapture_place: string | null;
  recapture_lat: number | null;
  recapture_lon: number | null;
  recapture_source: ColumnType<StoredSource | null, string | null, string | null>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
  version: Generated<number>;
}
export interface FugitiveSightingTable {
  id: string;
  fugitive_id: string;
  seen_start: Timestamp;
  seen_end: Timestamp;
  seen_precision: string;
  place: string;
  lat: number | null;
  lon: number | null;
  radius_km: number | null;
  source: Json<StoredSource>;
  note: string | null;
  created_by: string | null;
  created_at: Generated<Date>;
}
export interface FugitiveHistoryTable {
  id: string;
  fugitive_id: string;
  at: Timestamp;
  actor_id: string | null;
  actor: string;
  action: string;
  details: Json<Record<string, unknown>>;
}
export type EscortRow = Selectable<DB['escorts']>;
export type EscortAssessmentRow = Selectable<EscortAssessmentTable>;
export type FugitiveRow = Selectable<DB['fugitives']>;
export type FugitiveSightingRow = Selectable<FugitiveSightingTable>;
export type FugitiveHistoryRow = Selectable<FugitiveHistoryTable>;

export interface PostureTable {
  id: string;
  scope: string;
  scope_id: string;
  level: string;
  reason: string;
  state: string;
  set_by: string | null;
  set_by_name: string;
  owner_org_id: string;
  alert_id: string | null;
  expires_at: Timestamp | null;
  created_at: Timestamp;
  decided_at: Timestamp | null;
  decided_by: string | null;
  decision_reason: string | null;
  /** migration 0022: a proposal's reason as a code with parameters (its campaign, its site's exposure) */
  words: ColumnType<Record<string, unknown> | null, string | null | undefined, string | null>;
}

export interface PlaybookTaskTemplate {
  title: string;
  title_en: string;
  due_hours: number;
}
export interface PlaybookTable {
  id: string;
  name: string;
  name_en: string;
  trigger_kind: string;
  tasks: Json<PlaybookTaskTemplate[]>;
}

export interface TaskTable {
  id: string;
  playbook_id: string | null;
  alert_id: string | null;
  position: WithDefault<number>;
  title: string;
  title_en: string | null;
  assignee_id: string | null;
  due_at: Timestamp | null;
  state: WithDefault<string>;
  overdue_notified_at: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Generated<number>;
  /** migration 0009: the case a task belongs to */
  case_id: WithDefault<string | null>;
}

export interface TaskCommentTable {
  id: string;
  task_id: string;
  at: Timestamp;
  author_id: string | null;
  author: string;
  text: string;
}

/** Notifications (migration 0007): events, reads, webhook and e-mail subscriptions and their outboxes. */
type Serial = ColumnType<string | number, never, never>;
export interface NotificationEventTable {
  sequence: Serial;
  id: string;
  type: string;
  subject_id: string;
  severity: string;
  title: string;
  title_en: string | null;
  payload: Json<Record<string, unknown>>;
  user_ids: WithDefault<string[]>;
  occurred_at: Timestamp;
}
export interface NotificationCursorTable {
  user_id: string;
  read_through: ColumnType<string | number, number, number>;
}
export interface NotificationReadTable {
  user_id: string;
  event_id: string;
  read_at: Generated<Date>;
}
interface Subscribed {
  event_types: WithDefault<string[]>;
  min_severity: WithDefault<string>;
  enabled: WithDefault<boolean>;
  owner_org_id: string;
  created_by: string | null;
  created_at: Generated<Date>;
}
export interface WebhookSubscriptionTable extends Subscribed {
  id: string;
  name: string;
  url: string;
  secret_sealed: string;
  secret_prefix: string;
}
export interface MailSubscriptionTable extends Subscribed {
  id: string;
  user_id: string | null;
  address: string;
}
interface Outboxed {
  state: WithDefault<'pending' | 'delivered' | 'dead'>;
  attempts: WithDefault<number>;
  next_attempt_at: ColumnType<Date, Date | string | undefined, Date | string>;
  last_error: string | null;
  created_at: Generated<Date>;
}
export interface WebhookDeliveryTable extends Outboxed {
  id: string;
  subscription_id: string;
  event_id: string;
  last_status: number | null;
  delivered_at: Timestamp | null;
}
export interface WebhookDeliveryAttemptTable {
  id: Serial;
  delivery_id: string;
  attempt: number;
  at: Generated<Date>;
  status: number | null;
  error: string | null;
  duration_ms: number;
}
export interface MailOutboxTable extends Outboxed {
  id: string;
  subscription_id: string | null;
  event_id: string;
  recipient: string;
  subject: string;
  body: string;
  sent_at: Timestamp | null;
}

export type ImportJobState = 'queued' | 'running' | 'done' | 'failed' | 'cancelled';
export interface ImportJobProblem {
  row: number | undefined;
  path: string;
  message: string;
  code?: string;
  params?: Record<string, unknown>;
}
export interface ImportJobTable {
  id: string;
  kind: 'incident' | 'seizure';
  format: 'json' | 'ndjson' | 'csv';
  file_name: string;
  content: Uint8Array | null;
  size_bytes: number;
  sha256: string;
  state: WithDefault<ImportJobState>;
  rows_read: WithDefault<number>;
  stored: WithDefault<number>;
  already_there: WithDefault<number>;
  problem_count: WithDefault<number>;
  problems: ColumnType<ImportJobProblem[], string | undefined, string>;
  error: string | null;
  attempts: WithDefault<number>;
  lease_until: Timestamp | null;
  created_by: string | null;
  owner_org_id: string;
  created_at: Generated<Date>;
  started_at: Timestamp | null;
  finished_at: Timestamp | null;
}
export type ImportJobRow = Selectable<ImportJobTable>;

export interface DB {
  meta: MetaTable;
  // migration 0015
  import_jobs: ImportJobTable;
  directorates: DirectorateTable;
  departments: DepartmentTable;
  facilities: FacilityTable;
  actors: ActorTable;
  actor_relationships: ActorRelationshipTable;
  incident_actors: IncidentActorTable;
  detainee_profiles: DetaineeProfileTable;
  incidents: IncidentTable &
    ProtectedColumns & {
      staff_sealed: string | null;
      analysed_version: ColumnType<number | null, number | null | undefined, number | null>;
      alerted_version: ColumnType<number | null, number | null | undefined, number | null>;
    };
  incident_changes: IncidentChangeTable;
  seizures: SeizureTable & ProtectedColumns;
  briefs: BriefTable & ProtectedColumns;
  organisations: OrganisationTable;
  organisation_shares: OrganisationShareTable;
  users: UserTable;
  compartment_grants: CompartmentGrantTable;
  sessions: SessionTable;
  api_tokens: ApiTokenTable;
  login_throttle: LoginThrottleTable;
  audit_events: AuditEventTable;
  signature_aliases: SignatureAliasTable;
  incident_links: IncidentLinkTable;
  campaigns: CampaignTable;
  campaign_members: CampaignMemberTable;
  campaign_decisions: CampaignDecisionTable;
  wave_alarms: WaveAlarmTable;
  campaign_probable_members: CampaignProbableMemberTable;
  wave_evaluations: WaveEvaluationTable;
  site_risk_rankings: SiteRiskRankingTable;
  feeds: FeedTable;
  articles: ArticleTable & ProtectedColumns;
  source_register: SourceRegisterTable;
  article_candidates: ArticleCandidateTable;
  alert_rules: AlertRuleTable;
  alerts: AlertTable & ProtectedColumns;
  alert_history: AlertHistoryTable;
  // migration 0011: escorts and fugitives
  escorts: EscortTable & ProtectedColumns;
  escort_assessments: EscortAssessmentTable;
  fugitives: FugitiveTable & ProtectedColumns;
  fugitive_sightings: FugitiveSightingTable;
  fugitive_history: FugitiveHistoryTable;
  watchlist_entries: WatchlistEntryTable;
  postures: PostureTable;
  playbooks: PlaybookTable;
  tasks: TaskTable & ProtectedColumns;
  task_comments: TaskCommentTable;
  notification_events: NotificationEventTable & ProtectedColumns;
  notification_cursors: NotificationCursorTable;
  notification_reads: NotificationReadTable;
  webhook_subscriptions: WebhookSubscriptionTable;
  webhook_deliveries: WebhookDeliveryTable;
  webhook_delivery_attempts: WebhookDeliveryAttemptTable;
  mail_subscriptions: MailSubscriptionTable;
  mail_outbox: MailOutboxTable;
  // migration 0009: cases, handovers, the dissemination log
  case_counters: { year: number; last: number };
  cases: CaseTable & ProtectedColumns;
  case_access: CaseAccessTable;
  case_handovers: CaseHandoverTable;
  case_items: CaseItemTable;
  case_members: CaseMemberTable;
  case_notes: CaseNoteTable & ProtectedColumns;
  case_evidence: CaseEvidenceTable & ProtectedColumns;
  case_history: CaseHistoryTable;
  disseminations: DisseminationTable;
  // migration 0023: foreign STIX objects kept with their incidents, TAXII status resources
  stix_objects: StixObjectTable;
  taxii_statuses: TaxiiStatusTable;
}

export type IncidentRow = Selectable<DB['incidents']>;
export type NewIncidentRow = Insertable<DB['incidents']>;
export type IncidentChangeRow = Selectable<DB['incident_changes']>;
export type SeizureRow = Selectable<DB['seizures']>;
export type NewSeizureRow = Insertable<DB['seizures']>;
export type UserRow = Selectable<UserTable>;
export type OrganisationRow = Selectable<OrganisationTable>;
export type ApiTokenRow = Selectable<ApiTokenTable>;
export type AuditEventRow = Selectable<AuditEventTable>;
export type FacilityRow = Selectable<FacilityTable>;
export type ActorRow = Selectable<ActorTable>;
export type ActorRelationshipRow = Selectable<ActorRelationshipTable>;
export type IncidentActorRow = Selectable<IncidentActorTable>;
export type DetaineeProfileRow = Selectable<DetaineeProfileTable>;
export type CampaignRow = Selectable<CampaignTable>;
export type IncidentLinkRow = Selectable<IncidentLinkTable>;
export type WaveAlarmRow = Selectable<WaveAlarmTable>;
export type ProbableMemberRow = Selectable<CampaignProbableMemberTable>;
export type CampaignDecisionRow = Selectable<CampaignDecisionTable>;
export type FeedRow = Selectable<FeedTable>;
export type ArticleRow = Selectable<DB['articles']>;
export type ArticleCandidateRow = Selectable<ArticleCandidateTable>;
export type AlertRuleRow = Selectable<AlertRuleTable>;
export type AlertRow = Selectable<DB['alerts']>;
export type AlertHistoryRow = Selectable<AlertHistoryTable>;
export type WatchlistEntryRow = Selectable<WatchlistEntryTable>;
export type PostureRow = Selectable<PostureTable>;
export type PlaybookRow = Selectable<PlaybookTable>;
export type TaskRow = Selectable<DB['tasks']>;
export type TaskCommentRow = Selectable<TaskCommentTable>;
export type NotificationEventRow = Selectable<DB['notification_events']>;
export type WebhookSubscriptionRow = Selectable<WebhookSubscriptionTable>;
export type WebhookDeliveryRow = Selectable<WebhookDeliveryTable>;
export type WebhookDeliveryAttemptRow = Selectable<WebhookDeliveryAttemptTable>;
export type MailSubscriptionRow = Selectable<MailSubscriptionTable>;
export type MailOutboxRow = Selectable<MailOutboxTable>;

/** Cases and the dissemination log (migration 0009). */
export interface CaseTable {
  id: string;
  reference: string;
  title: string;
  summary: string | null;
  state: WithDefault<string>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
  version: Generated<number>;
}
export interface CaseAccessTable {
  case_id: string;
  org_id: string;
  reason: 'former_lead' | 'shared';
  granted_by: string | null;
  granted_at: Generated<Date>;
}
export interface CaseHandoverTable {
  id: string;
  case_id: string;
  from_org_id: string;
  to_org_id: string;
  reason: string;
  keep_access: boolean;
  by_user: string | null;
  by_name: string;
  at: Generated<Date>;
}
export interface CaseItemTable {
  case_id: string;
  item_type: 'incident' | 'campaign' | 'actor';
  item_id: string;
  added_by: string | null;
  added_at: Generated<Date>;
}
export interface CaseMemberTable {
  case_id: string;
  user_id: string;
  role: string;
  added_by: string | null;
  added_at: Generated<Date>;
}
export interface CaseNoteTable {
  id: string;
  case_id: string;
  text: string;
  author: string;
  created_at: Generated<Date>;
}
export interface CaseEvidenceTable {
  id: string;
  case_id: string;
  file_name: string;
  media_type: string;
  size_bytes: number;
  sha256: string;
  content: Uint8Array;
  description: string | null;
  added_by_name: string;
  created_at: Generated<Date>;
}
export interface CaseHistoryTable {
  id: string;
  case_id: string;
  at: Generated<Date>;
  actor_id: string | null;
  actor: string;
  action: string;
  details: Json<Record<string, unknown>>;
}
export interface DisseminationTable {
  id: string;
  at: Generated<Date>;
  channel: string;
  format: string | null;
  case_id: string | null;
  recipient_kind: 'organisation' | 'user' | 'token';
  recipient_id: string;
  recipient_name: string;
  recipient_org_id: string | null;
  marking: string;
  object_count: number;
  objects: Json<Array<{ type: string; id: string }>>;
  released_by: string | null;
  released_by_name: string;
}
export type CaseRow = Selectable<DB['cases']>;
export type CaseNoteRow = Selectable<DB['case_notes']>;
export type CaseEvidenceRow = Selectable<DB['case_evidence']>;
export type CaseHistoryRow = Selectable<CaseHistoryTable>;
export type CaseHandoverRow = Selectable<CaseHandoverTable>;
export type CaseItemRow = Selectable<CaseItemTable>;
export type CaseMemberRow = Selectable<CaseMemberTable>;
export type DisseminationRow = Selectable<DisseminationTable>;

/** A foreign STIX object kept by Vigie (migration 0023); see docs/stix-taxii.md. */
export interface StixObjectTable {
  stix_id: string;
  role: 'origin' | 'attached' | 'standalone' | 'pending';
  type: string;
  incident_id: string | null;
  object: Json<Record<string, unknown>>;
  owner_org_id: string;
  marking: string;
  compartments: WithDefault<string[]>;
  created_by: string | null;
  status_id: string | null;
  received_at: Generated<Date>;
}
export interface TaxiiStatusTable {
  id: string;
  owner_id: string;
  body: Json<Record<string, unknown>>;
  created_at: Generated<Date>;
}
export type StixObjectRow = Selectable<StixObjectTable>;
