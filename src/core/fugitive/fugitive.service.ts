import { randomUUID } from 'node:crypto';
import { authorize, readScope } from '../access/access.ts';
import type { Gazetteer } from '../shared/gazetteer.ts';
import type { Caller } from '../shared/caller.ts';
import { check } from '../review/review.service.ts';
import { actorOf } from '../shared/caller.ts';
import { invalidInput, notFound, VigieError } from '../shared/errors.ts';
import { resolveOccurred } from '../shared/occurred.ts';
import type { FugitiveInput, RecaptureInput, SightingInput } from './fugitive.schema.ts';
import type { AuditRepository } from '../../store/audit.repository.ts';
import type { FugitiveRepository, GraphLink } from '../../store/fugitive.repository.ts';
import type { FugitiveHistoryRow, FugitiveRow, FugitiveSightingRow } from '../../store/schema.ts';

/** What the wanted-list use cases need, passed explicitly. */
export interface FugitiveDeps {
  fugitives: FugitiveRepository;
  audit: AuditRepository;
  gazetteer: Gazetteer;
  now: () => Date;
  transaction<T>(
    work: (repositories: { fugitives: FugitiveRepository; audit: AuditRepository }) => Promise<T>,
  ): Promise<T>;
}

const DEFAULT_ZONE = 'Europe/Paris';

/** A fugitive record as its reader sees it: the person's name only if the person may be read. */
export interface FugitiveReading {
  row: FugitiveRow;
  person: { id: string; name: string | null };
}

export interface FugitiveDetail extends FugitiveReading {
  sightings: FugitiveSightingRow[];
  history: FugitiveHistoryRow[];
  links: GraphLink[];
  hiddenLinks: number;
  /** the incident of the escape: `label` in English for scripts, the facts for a reader's words */
  escapeIncident: {
    id: string;
    label: string;
    occurredStart: Date;
    eventTypes: string[];
    place: string;
    killed: number;
  } | null;
}

async function readable(deps: FugitiveDeps, caller: Caller, id: string): Promise<FugitiveRow> {
  const row = await deps.fugitives.findById(id);
  if (!row || !authorize(caller.principal, { kind: 'read', record: row }).allowed) throw notFound('fugitive', id);
  return row;
}

async function withPerson(deps: FugitiveDeps, caller: Caller, row: FugitiveRow): Promise<FugitiveReading> {
  const person = await deps.fugitives.person(row.person_id);
  const visible = person && authorize(caller.principal, { kind: 'read', record: person }).allowed;
  return { row, person: { id: row.person_id, name: visible ? person.name : null } };
}

function facilityFor(deps: FugitiveDeps, reference: string | undefined) {
  if (!reference) return undefined;
  const found = deps.gazetteer.resolveFacility(reference);
  if (!found.ok) {
    throw invalidInput([
      found.reason === 'ambiguous'
        ? {
            path: 'escape_facility',
            message: `ambiguous facility "${reference}": ${found.candidates.map((c) => c.id).join(', ')}`,
            code: 'ambiguous_facility',
            params: { value: reference, candidates: found.candidates.map((c) => c.name) },
          }
        : {
            path: 'escape_facility',
            message: `unknown facility "${reference}"`,
            code: 'unknown_facility',
            params: { value: reference },
          },
    ]);
  }
  return found.facility;
}

/** Puts a person on the wanted list (analysts and above); one open record per person. */
export async function createFugitive(
  deps: FugitiveDeps,
  caller: Caller,
  input: FugitiveInput,
): Promise<FugitiveReading> {
  check(authorize(caller.principal, { kind: 'track-detainees' }));
  check(authorize(caller.principal, { kind: 'create', marking: input.marking, compartments: input.compartments }));
  const person = await deps.fugitives.person(input.person_id);
  if (!person || !authorize(caller.principal, { kind: 'read', record: person }).allowed)
    throw invalidInput([{ path: 'person_id', message: 'no person actor with this id that you may read' }]);
  if (input.escape_incident_id) {
    const incident = await deps.fugitives.incident(input.escape_incident_id);
    if (!incident || !authorize(caller.principal, { kind: 'read', record: incident }).allowed)
      throw invalidInput([{ path: 'escape_incident_id', message: 'no incident with this id that you may read' }]);
  }
  const facility = facilityFor(deps, input.escape_facility);
  const escaped = resolveOccurred(input.escaped, facility?.timezone ?? DEFAULT_ZONE);
  if (await deps.fugitives.wantedRecordOf(person.id))
    throw new VigieError('already_wanted', `${person.name} is already on the wanted list`, 409, [
      { path: 'person_id', message: 'already wanted' },
    ]);
  const who = actorOf(caller);
  const row = await deps.transaction(async ({ fugitives, audit }) => {
    const inserted = await fugitives.insert({
      id: randomUUID(),
      person_id: person.id,
      escaped_start: escaped.start,
      escaped_end: escaped.end,
      escaped_precision: escaped.precision,
      escape_facility_id: facility?.id ?? null,
      escape_place: input.escape_place ?? null,
      escape_incident_id: input.escape_incident_id ?? null,
      circumstances: input.circumstances ?? null,
      owner_org_id: caller.principal.organisationId,
      marking: input.marking,
      compartments: input.compartments,
      created_by: who.actor_id,
    });
    await fugitives.appendHistory({
      id: randomUUID(),
      fugitive_id: inserted.id,
      at: deps.now(),
      actor_id: who.actor_id,
      actor: who.actor,
      action: 'listed',
      details: {
        escaped: input.escaped,
        escape_facility_id: inserted.escape_facility_id,
        escape_incident_id: inserted.escape_incident_id,
      },
    });
    await audit.append({
      ...who,
      action: 'fugitive.create',
      object_type: 'fugitive',
      object_id: inserted.id,
      details: { person_id: person.id, marking: input.marking },
    });
    return inserted;
  });
  return withPerson(deps, caller, row);
}

/** One page of the wanted list (the wanted first, then the recaptured). */
export async function listFugitives(
  deps: FugitiveDeps,
  caller: Caller,
  state: string | undefined,
  limit: number,
  offset: number,
) {
  const scope = readScope(caller.principal);
  const [rows, total] = await Promise.all([
    deps.fugitives.list(scope, state, limit, offset),
    deps.fugitives.count(scope, state),
  ]);
  return { items: await Promise.all(rows.map((row) => withPerson(deps, caller, row))), total };
}

/** A record with its sightings, history, links in the actor graph and escape incident, as far as the reader may see them. */
export async function getFugitive(deps: FugitiveDeps, caller: Caller, id: string): Promise<FugitiveDetail> {
  const row = await readable(deps, caller, id);
  const links = await deps.fugitives.links(row.person_id);
  const visible = links.filter(
    (l) =>
      authorize(caller.principal, { kind: 'read', record: { ...l, compartments: [] } }).allowed &&
      authorize(caller.principal, {
        kind: 'read',
        record: {
          owner_org_id: l.other_owner_org_id,
          marking: l.other_marking,
          compartments: l.other_compartments,
          created_by: l.other_created_by,
        },
      }).allowed,
  );
  const incident = row.escape_incident_id ? await deps.fugitives.incident(row.escape_incident_id) : undefined;
  const escapeIncident =
    incident && authorize(caller.principal, { kind: 'read', record: incident }).allowed
      ? escapeFacts(incident, deps.gazetteer.placeName(incident) ?? '')
      : null;
  return {
    ...(await withPerson(deps, caller, row)),
    sightings: await deps.fugitives.sightings(id),
    history: await deps.fugitives.history(id),
    links: visible,
    hiddenLinks: links.length - visible.length,
    escapeIncident,
  };
}

/** The escape's incident as facts (the web words them) and as an English line (scripts, the CLI). */
function escapeFacts(
  incident: { id: string; occurred_start: Date; event_types: string[]; killed: number | null },
  place: string,
): NonNullable<FugitiveDetail['escapeIncident']> {
  const killed = incident.killed ?? 0;
  return {
    id: incident.id,
    label: `${incident.occurred_start.toISOString().slice(0, 10)} ${incident.event_types.join(', ')} — ${place}${killed ? ` (${killed} killed)` : ''}`,
    occurredStart: incident.occurred_start,
    eventTypes: incident.event_types,
    place,
    killed,
  };
}

async function writable(deps: FugitiveDeps, caller: Caller, id: string): Promise<FugitiveRow> {
  const row = await readable(deps, caller, id);
  check(authorize(caller.principal, { kind: 'track-detainees' }));
  check(
    authorize(caller.principal, { kind: 'update', record: row, marking: row.marking, compartments: row.compartments }),
  );
  return row;
}

/** Adds a reported sighting to a wanted record. */
export async function addSighting(
  deps: FugitiveDeps,
  caller: Caller,
  id: string,
  input: SightingInput,
): Promise<FugitiveSightingRow> {
  const row = await writable(deps, caller, id);
  if (row.state !== 'wanted')
    throw new VigieError('invalid_transition', `fugitive ${id} was recaptured: the record is closed`, 409, [
      { path: 'state', message: 'is recaptured' },
    ]);
  const seen = resolveOccurred(input.seen, DEFAULT_ZONE);
  const who = actorOf(caller);
  return deps.transaction(async ({ fugitives, audit }) => {
    const sighting = await fugitives.addSighting({
      id: randomUUID(),
      fugitive_id: id,
      seen_start: seen.start,
      seen_end: seen.end,
      seen_precision: seen.precision,
      place: input.place.name,
      lat: input.place.lat ?? null,
      lon: input.place.lon ?? null,
      radius_km: input.place.radius_km ?? null,
      source: input.source,
      note: input.note ?? null,
      created_by: who.actor_id,
    });
    await fugitives.touch(id);
    await fugitives.appendHistory({
      id: randomUUID(),
      fugitive_id: id,
      at: deps.now(),
      actor_id: who.actor_id,
      actor: who.actor,
      action: 'sighting',
      details: {
        sighting_id: sighting.id,
        seen: input.seen,
        place: input.place.name,
        grade: `${input.source.reliability}${input.source.credibility}`,
      },
    });
    await audit.append({
      ...who,
      action: 'fugitive.sighting',
      object_type: 'fugitive',
      object_id: id,
      details: { sighting_id: sighting.id, grade: `${input.source.reliability}${input.source.credibility}` },
    });
    return sighting;
  });
}

/** Closes a wanted record with the recapture's date, place and source; its whole history stays. */
export async function recaptureFugitive(
  deps: FugitiveDeps,
  caller: Caller,
  id: string,
  input: RecaptureInput,
): Promise<FugitiveReading> {
  const row = await writable(deps, caller, id);
  if (row.state !== 'wanted')
    throw new VigieError('invalid_transition', `fugitive ${id} is already recaptured`, 409, [
      { path: 'state', message: 'is recaptured' },
    ]);
  if (input.version !== undefined && input.version !== row.version)
    throw new VigieError(
      'version_conflict',
      `fugitive ${id} is at version ${row.version}, not ${input.version}: reload it`,
      409,
      [{ path: 'version', message: `current version is ${row.version}` }],
    );
  const at = resolveOccurred(/T/.test(input.at) ? { at: input.at } : { date: input.at }, DEFAULT_ZONE).start;
  if (at < row.escaped_start) throw invalidInput([{ path: 'at', message: 'before the escape' }]);
  const who = actorOf(caller);
  const updated = await deps.transaction(async ({ fugitives, audit }) => {
    const closed = await fugitives.recapture(id, row.version, {
      recaptured_at: at,
      recapture_place: input.place.name,
      recapture_lat: input.place.lat ?? null,
      recapture_lon: input.place.lon ?? null,
      recapture_source: input.source,
    });
    if (!closed)
      throw new VigieError('version_conflict', `fugitive ${id} changed while you read it: reload it`, 409, [
        { path: 'version', message: 'moved on' },
      ]);
    await fugitives.appendHistory({
      id: randomUUID(),
      fugitive_id: id,
      at: deps.now(),
      actor_id: who.actor_id,
      actor: who.actor,
      action: 'recaptured',
      details: {
        at: input.at,
        place: input.place.name,
        grade: `${input.source.reliability}${input.source.credibility}`,
        ...(input.note ? { note: input.note } : {}),
      },
    });
    await audit.append({
      ...who,
      action: 'fugitive.recapture',
      object_type: 'fugitive',
      object_id: id,
      details: { at: input.at, place: input.place.name },
    });
    return closed;
  });
  return withPerson(deps, caller, updated);
}
