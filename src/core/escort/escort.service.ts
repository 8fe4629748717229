import { randomUUID } from 'node:crypto';
import {
  assessEscortRisk,
  DISTANCES_KM,
  levelRank,
  WINDOWS,
  type EscortRiskFacts,
  type GeoPoint,
  type IncidentFact,
} from '../../analysis/escort-risk/escort-risk.ts';
import { classOf } from '../../analysis/event-class.ts';
import { authorize, readScope } from '../access/access.ts';
import { publishAlert, raise, type AlertDeps } from '../alerts/alert-engine.ts';
import { wordsText } from '../alerts/alert-words.ts';
import type { Gazetteer } from '../shared/gazetteer.ts';
import type { Caller } from '../shared/caller.ts';
import { check } from '../review/review.service.ts';
import { actorOf } from '../shared/caller.ts';
import { invalidInput, notFound, VigieError } from '../shared/errors.ts';
import type { EscortEndpointInput, EscortInput, EscortPatch } from './escort.schema.ts';
import type { AuditRepository } from '../../store/audit.repository.ts';
import type {
  EscortChanges,
  EscortFilter,
  EscortRepository,
  PersonFacts,
  RiskIncident,
} from '../../store/escort.repository.ts';
import type { EscortAssessmentRow, EscortRow } from '../../store/schema.ts';

/** What the escort use cases need, passed explicitly. */
export interface EscortDeps {
  escorts: EscortRepository;
  audit: AuditRepository;
  gazetteer: Gazetteer;
  now: () => Date;
  /** runs `work` in one transaction with repositories bound to it */
  transaction<T>(work: (repositories: { escorts: EscortRepository; audit: AuditRepository }) => Promise<T>): Promise<T>;
  /** per-site relative risk (the detection runtime's `risk`); undefined while the detection is not ready: the factor is left out */
  risk?: (at: number, horizonHours: number) => Promise<Array<{ siteId: string; relativeRisk: number }> | undefined>;
  /** where an escort_risk alert is raised; absent: no alert */
  alerts?: AlertDeps;
}

export type AssessmentTrigger = 'created' | 'changed' | 'manual' | 'incident' | 'campaign';

const DAY_MS = 86_400_000;
/** An escort completed or cancelled keeps its state. */
const FINAL_STATES = ['completed', 'cancelled'];
const SYSTEM_ACTOR = { actor_id: null, actor: 'vigie', address: null };

/** An escort with its detainee as the reader may see him. */
export interface EscortReading {
  row: EscortRow;
  detainee: { id: string; name: string | null };
}

async function readable(deps: EscortDeps, caller: Caller, id: string): Promise<EscortRow> {
  const row = await deps.escorts.findById(id);
  // An escort the caller may not read is "not found", so its existence does not leak.
  if (!row || !authorize(caller.principal, { kind: 'read', record: row }).allowed) throw notFound('escort', id);
  return row;
}

async function withDetainee(deps: EscortDeps, caller: Caller, row: EscortRow): Promise<EscortReading> {
  const person = await deps.escorts.person(row.detainee_id);
  const visible = person && authorize(caller.principal, { kind: 'read', record: person }).allowed;
  return { row, detainee: { id: row.detainee_id, name: visible ? person.name : null } };
}

/** A facility by id, name or alias, or a named point. */
function resolveEndpoint(gazetteer: Gazetteer, input: EscortEndpointInput, path: string) {
  if ('facility' in input) {
    const found = gazetteer.resolveFacility(input.facility);
    if (!found.ok) {
      throw invalidInput([
        found.reason === 'ambiguous'
          ? {
              path: `${path}.facility`,
              message: `ambiguous facility "${input.facility}": ${found.candidates.map((c) => c.id).join(', ')}`,
              code: 'ambiguous_facility',
              params: { value: input.facility, candidates: found.candidates.map((c) => c.name) },
            }
          : {
              path: `${path}.facility`,
              message: `unknown facility "${input.facility}"`,
              code: 'unknown_facility',
              params: { value: input.facility },
            },
      ]);
    }
    return {
      facility_id: found.facility.id,
      name: found.facility.name,
      lat: found.facility.lat,
      lon: found.facility.lon,
    };
  }
  return { facility_id: null, name: input.name, lat: input.lat, lon: input.lon };
}

async function detaineeFor(deps: EscortDeps, caller: Caller, id: string): Promise<PersonFacts> {
  const person = await deps.escorts.person(id);
  if (!person || !authorize(caller.principal, { kind: 'read', record: person }).allowed)
    throw invalidInput([{ path: 'detainee_id', message: 'no person actor with this id that you may read' }]);
  return person;
}

/** Plans an escort (analysts and above) and assesses its risk at once. */
export async function createEscort(deps: EscortDeps, caller: Caller, input: EscortInput): Promise<EscortReading> {
  check(authorize(caller.principal, { kind: 'track-detainees' }));
  check(authorize(caller.principal, { kind: 'create', marking: input.marking, compartments: input.compartments }));
  const person = await detaineeFor(deps, caller, input.detainee_id);
  const origin = resolveEndpoint(deps.gazetteer, input.origin, 'origin');
  const destination = resolveEndpoint(deps.gazetteer, input.destination, 'destination');
  if (input.planned_end && Date.parse(input.planned_end) < Date.parse(input.planned_start))
    throw invalidInput([{ path: 'planned_end', message: 'ends before it starts' }]);
  const { actor_id, actor, address } = actorOf(caller);
  const row = await deps.transaction(async ({ escorts, audit }) => {
    const inserted = await escorts.insert({
      id: randomUUID(),
      kind: input.kind,
      detainee_id: person.id,
      origin_facility_id: origin.facility_id,
      origin_name: origin.name,
      origin_lat: origin.lat,
      origin_lon: origin.lon,
      destination_facility_id: destination.facility_id,
      destination_name: destination.name,
      destination_lat: destination.lat,
      destination_lon: destination.lon,
      waypoints: input.waypoints,
      planned_start: new Date(input.planned_start),
      planned_end: input.planned_end ? new Date(input.planned_end) : null,
      escort_level: input.escort_level,
      notes: input.notes ?? null,
      owner_org_id: caller.principal.organisationId,
      marking: input.marking,
      compartments: input.compartments,
      created_by: actor_id,
    });
    await audit.append({
      actor_id,
      actor,
      address,
      action: 'escort.create',
      object_type: 'escort',
      object_id: inserted.id,
      details: {
        kind: input.kind,
        planned_start: input.planned_start,
        escort_level: input.escort_level,
        marking: input.marking,
      },
    });
    return inserted;
  });
  await assessAndStore(deps, row, 'created', caller);
  return withDetainee(deps, caller, (await deps.escorts.findById(row.id))!);
}

/** One page of the escorts the caller may read, soonest first. */
export async function listEscorts(
  deps: EscortDeps,
  caller: Caller,
  filter: EscortFilter,
  limit: number,
  offset: number,
) {
  const scope = readScope(caller.principal);
  const [rows, total] = await Promise.all([
    deps.escorts.list(scope, filter, limit, offset),
    deps.escorts.count(scope, filter),
  ]);
  return { items: await Promise.all(rows.map((row) => withDetainee(deps, caller, row))), total };
}

/** An escort with its latest assessment. */
export async function getEscort(
  deps: EscortDeps,
  caller: Caller,
  id: string,
): Promise<EscortReading & { latest: EscortAssessmentRow | null }> {
  const row = await readable(deps, caller, id);
  const latest = await deps.escorts.latestAssessment(id);
  return {
    ...(await withDetainee(deps, caller, row)),
    latest: latest ? await hideUnreadable(deps, caller, row, latest) : null,
  };
}

/** Changes an escort at the version read (level, state, times, route, notes) and assesses it again. */
export async function updateEscort(
  deps: EscortDeps,
  caller: Caller,
  id: string,
  patch: EscortPatch,
): Promise<EscortReading> {
  const current = await readable(deps, caller, id);
  check(authorize(caller.principal, { kind: 'track-detainees' }));
  if (patch.state && patch.state !== current.state && FINAL_STATES.includes(current.state)) {
    throw new VigieError('invalid_transition', `escort ${id} is ${current.state}: its state no longer changes`, 409, [
      { path: 'state', message: `is ${current.state}` },
    ]);
  }
  check(
    authorize(caller.principal, {
      kind: 'update',
      record: current,
      marking: patch.marking ?? current.marking,
      compartments: current.compartments,
    }),
  );
  const { version, planned_start, planned_end, ...rest } = patch;
  const changes: EscortChanges = { ...rest };
  if (planned_start) changes.planned_start = new Date(planned_start);
  if (planned_end !== undefined) changes.planned_end = planned_end ? new Date(planned_end) : null;
  const start = changes.planned_start ?? current.planned_start;
  const end = changes.planned_end !== undefined ? changes.planned_end : current.planned_end;
  if (end && end < start) throw invalidInput([{ path: 'planned_end', message: 'ends before it starts' }]);
  for (const key of Object.keys(changes) as Array<keyof EscortChanges>)
    if (changes[key] === undefined) delete changes[key];
  const { actor_id, actor, address } = actorOf(caller);
  const updated = await deps.transaction(async ({ escorts, audit }) => {
    const row = await escorts.updateIfVersion(id, version, changes);
    if (!row)
      throw new VigieError(
        'version_conflict',
        `escort ${id} is at version ${current.version}, not ${version}: reload it`,
        409,
        [{ path: 'version', message: `current version is ${current.version}` }],
      );
    await audit.append({
      actor_id,
      actor,
      address,
      action: 'escort.update',
      object_type: 'escort',
      object_id: id,
      details: { ...patch, version: undefined },
    });
    return row;
  });
  await assessAndStore(deps, updated, 'changed', caller);
  return withDetainee(deps, caller, (await deps.escorts.findById(id))!);
}

/** Assesses an escort now, on request (analysts and above); the assessment is kept whatever it says. */
export async function assessEscort(deps: EscortDeps, caller: Caller, id: string): Promise<EscortAssessmentRow> {
  const row = await readable(deps, caller, id);
  check(authorize(caller.principal, { kind: 'track-detainees' }));
  return hideUnreadable(deps, caller, row, await assessAndStore(deps, row, 'manual', caller));
}

/** The assessment history of an escort, newest first. */
export async function escortAssessments(
  deps: EscortDeps,
  caller: Caller,
  id: string,
  limit: number,
  offset: number,
): Promise<EscortAssessmentRow[]> {
  const escort = await readable(deps, caller, id);
  return Promise.all(
    (await deps.escorts.assessments(id, limit, offset)).map((row) => hideUnreadable(deps, caller, escort, row)),
  );
}

/**
 * The reasons of an assessment without the incidents (and the detainee) the reader may not read: the points stay (the
 * score drew on every record, as site risk does), the records are counted as hidden.
 */
async function hideUnreadable(
  deps: EscortDeps,
  caller: Caller,
  escort: EscortRow,
  row: EscortAssessmentRow,
): Promise<EscortAssessmentRow> {
  const ids = row.factors.flatMap((f) => f.records.filter((r) => r.type === 'incident').map((r) => r.id));
  const access = new Map((await deps.escorts.incidentAccess([...new Set(ids)])).map((a) => [a.id, a]));
  const may = (id: string) => {
    const record = access.get(id);
    return record !== undefined && authorize(caller.principal, { kind: 'read', record }).allowed;
  };
  const person = await deps.escorts.person(escort.detainee_id);
  const mayPerson = person !== undefined && authorize(caller.principal, { kind: 'read', record: person }).allowed;
  return {
    ...row,
    factors: row.factors.map((f) => {
      const records = f.records.filter((r) =>
        r.type === 'incident' ? may(r.id) : r.type === 'actor' ? mayPerson : true,
      );
      return records.length === f.records.length
        ? f
        : { ...f, records, hidden_records: f.records.length - records.length };
    }),
  };
}

/** Re-assesses every planned escort; stores (and alerts on) an assessment only when the score changed. */
export async function reassessPlanned(deps: EscortDeps, trigger: AssessmentTrigger): Promise<number> {
  let changed = 0;
  for (const row of await deps.escorts.planned(500)) {
    const before = row.risk_score;
    const stored = await assessAndStore(deps, row, trigger, null);
    if (stored.score !== before) changed += 1;
  }
  return changed;
}

/**
 * Gathers the facts, scores them, keeps the assessment (always when asked by a person, else only
 * when the score moved) and raises or resolves the escort's alert for a planned escort.
 */
async function assessAndStore(
  deps: EscortDeps,
  row: EscortRow,
  trigger: AssessmentTrigger,
  caller: Caller | null,
): Promise<EscortAssessmentRow> {
  const facts = await gatherFacts(deps, row);
  // Without the site risk (the detection not ready yet) an automatic run would drop that factor and
  // resolve, then raise again, the escort's alert: it waits for the detection instead.
  if (caller === null && facts.siteRiskUnknown)
    return (await deps.escorts.latestAssessment(row.id)) ?? emptyAssessment(row, trigger);
  const result = assessEscortRisk(facts);
  const now = deps.now();
  const assessment: EscortAssessmentRow = {
    id: randomUUID(),
    escort_id: row.id,
    assessed_at: now,
    score: result.score,
    recommended_level: result.recommended,
    planned_level: row.escort_level,
    factors: result.factors,
    trigger,
    assessed_by: caller && !caller.principal.system ? caller.principal.userId : null,
  };
  if (caller === null && row.risk_score === result.score && row.recommended_level === result.recommended)
    return (await deps.escorts.latestAssessment(row.id)) ?? assessment;
  const who = caller ? actorOf(caller) : SYSTEM_ACTOR;
  await deps.transaction(async ({ escorts, audit }) => {
    await escorts.addAssessment(assessment);
    await audit.append({
      ...who,
      action: 'escort.assess',
      object_type: 'escort',
      object_id: row.id,
      details: { trigger, score: result.score, recommended_level: result.recommended, planned_level: row.escort_level },
    });
  });
  await alertOnLevel(deps, row, assessment);
  return assessment;
}

/** Raises the alert of a planned escort whose recommended level passes the planned one; resolves it when it falls back or the escort is no longer planned. */
async function alertOnLevel(deps: EscortDeps, row: EscortRow, assessment: EscortAssessmentRow): Promise<void> {
  const alerts = deps.alerts;
  if (!alerts) return;
  const rule = (await alerts.alerts.rules()).find((r) => r.kind === 'escort_risk' && r.enabled);
  if (!rule) return;
  const dedupKey = `${rule.id}:escort:${row.id}`;
  if (row.state === 'planned' && levelRank(assessment.recommended_level) > levelRank(row.escort_level)) {
    const route = `${row.origin_name} → ${row.destination_name}`;
    // The planned start goes as the instant; the stored titles word it Paris time, as the escort units
    // read it (overseas sites would want their own zone), each in its language (alert-words.ts).
    const title = {
      code: 'alert.title.escort_risk',
      params: {
        kind: row.kind,
        date: row.planned_start.toISOString(),
        route,
        recommended: assessment.recommended_level,
        planned: row.escort_level,
      },
    };
    await raise(alerts, {
      rule,
      dedupKey,
      campaignId: assessment.factors.find((f) => f.factor === 'active_campaigns')?.records[0]?.id ?? null,
      incidentIds: assessment.factors.flatMap((f) => f.records.filter((r) => r.type === 'incident').map((r) => r.id)),
      sites: [row.origin_facility_id, row.destination_facility_id].filter((s): s is string => s !== null),
      title: wordsText(title, 'fr') ?? '',
      titleEn: wordsText(title, 'en') ?? '',
      words: {
        title,
        explanation: {
          code: 'alert.explanation.escort_risk',
          params: { score: assessment.score, factors: assessment.factors.map((f) => f.factor) },
        },
      },
      explanation: `Risk score ${assessment.score}/100 (escort ${row.id}): ${assessment.factors.map((f) => `${f.sentence} (+${f.points})`).join(' ')}`,
      access: { owner_org_id: row.owner_org_id, marking: row.marking, compartments: row.compartments },
    });
    return;
  }
  const live = await alerts.alerts.findLive(dedupKey);
  if (!live) return;
  const now = alerts.now();
  const reason =
    row.state !== 'planned'
      ? `the escort is ${row.state.replace('_', ' ')}`
      : `the risk fell back to ${assessment.recommended_level} (score ${assessment.score}), within the planned ${row.escort_level} level`;
  const resolved = await alerts.alerts.updateIfVersion(
    live.id,
    live.version,
    { state: 'resolved', state_reason: reason, closed_at: now, ack_due_at: null, updated_at: now },
    ['open', 'acknowledged'],
  );
  if (!resolved) return;
  await alerts.alerts.appendHistory({
    alert_id: live.id,
    at: now,
    actor_id: null,
    actor: 'vigie',
    action: 'resolved',
    details: { reason },
  });
  await publishAlert(alerts, 'alert.resolved', resolved);
}

const toFact =
  (deps: EscortDeps) =>
  (i: RiskIncident): IncidentFact => {
    const place = deps.gazetteer.placeName(i) || `${i.lat.toFixed(2)}, ${i.lon.toFixed(2)}`;
    return {
      id: i.id,
      start: i.occurred_start.getTime(),
      lat: i.lat,
      lon: i.lon,
      facilityId: i.facility_id,
      eventTypes: i.event_types,
      place,
      label: `${i.occurred_start.toISOString().slice(0, 10)} ${i.event_types.join(', ')} — ${place}`,
    };
  };

function boxAround(route: GeoPoint[], km: number) {
  const dLat = km / 110.57;
  const dLon = km / (111.32 * Math.cos((route[0].lat * Math.PI) / 180));
  return {
    minLat: Math.min(...route.map((p) => p.lat)) - dLat,
    maxLat: Math.max(...route.map((p) => p.lat)) + dLat,
    minLon: Math.min(...route.map((p) => p.lon)) - dLon,
    maxLon: Math.max(...route.map((p) => p.lon)) + dLon,
  };
}

const emptyAssessment = (row: EscortRow, trigger: AssessmentTrigger): EscortAssessmentRow => ({
  id: randomUUID(),
  escort_id: row.id,
  assessed_at: new Date(),
  score: row.risk_score ?? 0,
  recommended_level: row.recommended_level ?? row.escort_level,
  planned_level: row.escort_level,
  factors: [],
  trigger,
  assessed_by: null,
});

/** Everything the score reads about one escort, from the graph, the incidents, the campaigns and the site risk. */
export async function gatherFacts(
  deps: EscortDeps,
  row: EscortRow,
): Promise<EscortRiskFacts & { siteRiskUnknown: boolean }> {
  const at = row.planned_start.getTime();
  const route: GeoPoint[] = [
    { lat: row.origin_lat, lon: row.origin_lon },
    ...row.waypoints,
    { lat: row.destination_lat, lon: row.destination_lon },
  ];
  const person = await deps.escorts.person(row.detainee_id);
  const organisations = await deps.escorts.organisationsOf(row.detainee_id);
  const names = new Map([
    [row.detainee_id, person?.name ?? 'the detainee'],
    ...organisations.map((o) => [o.id, o.name] as [string, string]),
  ]);
  const fact = toFact(deps);
  const linked = await deps.escorts.linkedIncidents(
    [...names.keys()],
    new Date(at - WINDOWS.linkedDays * DAY_MS),
    new Date(at),
  );
  const viaOf = new Map<string, string[]>();
  for (const l of linked) viaOf.set(l.id, [...(viaOf.get(l.id) ?? []), names.get(l.actor_id)!]);
  const campaignRows = await deps.escorts.campaignsHolding([...viaOf.keys()]);
  const campaigns = new Map<string, EscortRiskFacts['campaigns'][number]>();
  for (const c of campaignRows) {
    const entry = campaigns.get(c.id) ?? {
      id: c.id,
      label: c.explanation.slice(0, 160),
      start: c.start_at.toISOString(),
      end: c.end_at.toISOString(),
      via: [],
    };
    entry.via = [...new Set([...entry.via, ...(viaOf.get(c.incident_id) ?? [])])];
    campaigns.set(c.id, entry);
  }
  const nearby = (
    await deps.escorts.incidentsInBox(
      boxAround(route, DISTANCES_KM.nearby),
      new Date(at - WINDOWS.nearbyDays * DAY_MS),
      new Date(at),
    )
  ).filter((i) => classOf({ eventTypes: i.event_types }) === 'attack');
  const ambushFrom = new Date(at - WINDOWS.ambushDays * DAY_MS);
  const againstOrg = await deps.escorts.linkedIncidents(
    organisations.map((o) => o.id),
    ambushFrom,
    new Date(at),
    'transport_ambush',
  );
  const orgOf = new Map(againstOrg.map((a) => [a.id, names.get(a.actor_id)!]));
  const nearAmbushes = await deps.escorts.incidentsInBox(
    boxAround(route, DISTANCES_KM.ambush),
    ambushFrom,
    new Date(at),
    'transport_ambush',
  );
  const ambushes = [...new Map([...nearAmbushes, ...againstOrg].map((a) => [a.id, a])).values()].map((a) => ({
    ...fact(a),
    againstOrganisation: orgOf.get(a.id) ?? null,
  }));
  const siteRisk = await siteRiskAt(deps, row, at);
  return {
    at,
    route,
    detainee: { id: row.detainee_id, name: person?.name ?? 'the detainee' },
    profile: person?.profile ?? null,
    organisations,
    linkedIncidents: [
      ...new Map(linked.map((l) => [l.id, { ...fact(l), via: viaOf.get(l.id)!.join(' and ') }])).values(),
    ],
    campaigns: [...campaigns.values()],
    nearbyIncidents: nearby.map(fact),
    ambushes,
    siteRisk: siteRisk ?? [],
    siteRiskUnknown: siteRisk === null,
  };
}

/** The relative risk of the facilities at the ends of the route; null when it cannot be known now. */
async function siteRiskAt(deps: EscortDeps, row: EscortRow, at: number): Promise<EscortRiskFacts['siteRisk'] | null> {
  const sites = [row.origin_facility_id, row.destination_facility_id].filter((s): s is string => s !== null);
  if (!deps.risk || sites.length === 0) return [];
  try {
    const risks = await deps.risk(at, 24);
    if (!risks) return null;
    return risks
      .filter((r) => sites.includes(r.siteId))
      .map((r) => ({
        siteId: r.siteId,
        name: deps.gazetteer.facility(r.siteId)?.name ?? r.siteId,
        relativeRisk: r.relativeRisk,
      }));
  } catch (error) {
    console.error('vigie: site risk unavailable for the escort assessment', error);
    return null;
  }
}
