import type { Marking } from '../../core/shared/principal.ts';
import type { Gazetteer } from '../../core/shared/gazetteer.ts';
import { toInterchange } from '../../core/incident/incident.interchange.ts';
import type { ActorRow, CampaignRow, IncidentRow } from '../../store/schema.ts';
import {
  markingOfRefs,
  stixId,
  tlpMarkingDefinition,
  TLP_MARKING_IDS,
  uuidV5,
  VIGIE_EXTENSION,
  VIGIE_EXTENSION_ID,
  VIGIE_IDENTITY,
  type StixBundle,
  type StixObject,
} from './stix-vocabulary.ts';
import { graphObjects, type GraphSelection } from './stix-graph.ts';
import { referencesOf } from './stix-references.ts';

/** An organisation named by seizures the reader may read: the narrowest marking and the span of those seizures. */
export interface OrganisationEntry {
  actor: ActorRow;
  marking: Marking;
  first: Date;
  last: Date;
}

/** What a bundle holds: incidents the reader may read, campaigns with the ids of their members, organisations. */
export interface StixSelection {
  incidents: IncidentRow[];
  campaigns: Array<{ campaign: CampaignRow; members: string[] }>;
  organisations?: OrganisationEntry[];
  /** the entities involved in the incidents, their neighbours and relationships (stix-graph.ts) */
  graph?: GraphSelection;
  /** what foreign tools sent with the incidents, by Vigie incident id: kept and exported again unchanged */
  foreign?: Map<string, ForeignObjects>;
  /** objects kept apart from any incident (TAXII posts), exported when everything they refer to is */
  standalone?: StixObject[];
  /** when each standalone object was received (TAXII `date_added`) */
  standaloneAdded?: Map<string, Date>;
}

/** The origin object of an incident imported from another tool, and the objects attached to it. */
export interface ForeignObjects {
  origin?: StixObject;
  attached: StixObject[];
}

/** The open-vocabulary facts STIX's interop mode asks of an intrusion set, as they hold for the gangs Vigie records. */
const ORGANISED_CRIME = { resource_level: 'organization', primary_motivation: 'personal-gain' } as const;

/** Options of a bundle: `interop` leaves out the OASIS marking definitions (well-known ids, no author), as sharing communities' interop mode asks. */
export interface BundleOptions {
  interop?: boolean;
}

/** The region (STIX region-ov) of a French department: overseas ones are not in western Europe. */
export function regionOfDepartment(code: string | null | undefined): string {
  if (code === '971' || code === '972' || code === '977' || code === '978') return 'caribbean';
  if (code === '973') return 'south-america';
  if (code === '974' || code === '976') return 'eastern-africa';
  if (code === '975') return 'northern-america';
  if (code === '986' || code === '987' || code === '988') return 'polynesia';
  return 'western-europe';
}

const BY_VIGIE = { created_by_ref: VIGIE_IDENTITY.id };

const iso = (date: Date) => date.toISOString();

/** A property extension without its empty lists: STIX forbids empty lists (import defaults them to []). */
function vigieExtension(fields: Record<string, unknown>) {
  const kept = Object.entries(fields).filter(([, value]) => !(Array.isArray(value) && value.length === 0));
  return { [VIGIE_EXTENSION_ID]: { extension_type: 'property-extension', ...Object.fromEntries(kept) } };
}

/** The key an incident is known by outside: its external id, or `vigie-<id>` (as the JSON export). */
export const incidentKey = (row: IncidentRow) => row.external_id ?? `vigie-${row.id}`;

/** An incident imported from a foreign bundle keeps its STIX id as external id, and gets it back. */
export function incidentStixId(row: IncidentRow): string {
  const key = incidentKey(row);
  return /^incident--[0-9a-f-]{36}$/.test(key) ? key : stixId('incident', 'incident', key);
}

function relationship(source: string, type: string, target: string, created: string, markings: string[]): StixObject {
  return {
    type: 'relationship',
    spec_version: '2.1',
    id: stixId('relationship', 'relationship', `${source}|${type}|${target}`),
    ...BY_VIGIE,
    created,
    modified: created,
    relationship_type: type,
    source_ref: source,
    target_ref: target,
    object_marking_refs: markings,
  };
}

/** The location of an incident: its facility's (shared by every incident there) or its own place. */
function locationOf(row: IncidentRow, gazetteer: Gazetteer, created: string, markings: string[]): StixObject {
  const facility = row.facility_id ? gazetteer.facility(row.facility_id) : undefined;
  if (facility && row.place_precision === 'site') {
    return {
      type: 'location',
      spec_version: '2.1',
      id: stixId('location', 'facility', facility.id),
      ...BY_VIGIE,
      created: '2025-01-01T00:00:00.000Z',
      modified: '2025-01-01T00:00:00.000Z',
      name: facility.name,
      latitude: facility.lat,
      longitude: facility.lon,
      country: 'FR',
      region: regionOfDepartment(facility.department_code),
      administrative_area: facility.department_code,
      ...(facility.commune ? { city: facility.commune } : {}),
      object_marking_refs: [TLP_MARKING_IDS.CLEAR],
    };
  }
  return {
    type: 'location',
    spec_version: '2.1',
    id: stixId('location', 'place', incidentKey(row)),
    ...BY_VIGIE,
    created,
    modified: created,
    latitude: row.lat,
    longitude: row.lon,
    country: row.country,
    ...(row.country === 'FR' ? { region: regionOfDepartment(row.department_code) } : {}),
    ...(row.department_code ? { administrative_area: row.department_code } : {}),
    ...(row.commune ? { city: row.commune } : {}),
    object_marking_refs: markings,
  };
}

function incidentName(row: IncidentRow, gazetteer: Gazetteer): string {
  const where =
    (row.facility_id ? gazetteer.facility(row.facility_id)?.name : undefined) ??
    row.commune ??
    `${row.lat.toFixed(3)}, ${row.lon.toFixed(3)}`;
  return `${row.event_types.join(', ')} — ${where} — ${iso(row.occurred_start).slice(0, 10)}`;
}

/**
 * The version of an incident that came from another tool: the source's `modified` while Vigie has
 * not changed the record (version 1), else the time of Vigie's change, always later than the source's.
 */
function foreignVersion(row: IncidentRow, origin: StixObject): { created: string; modified: string } {
  const sourceCreated = typeof origin.created === 'string' ? origin.created : iso(row.created_at);
  const sourceModified = typeof origin.modified === 'string' ? origin.modified : sourceCreated;
  if (row.version <= 1) return { created: sourceCreated, modified: sourceModified };
  const local = Math.max(row.updated_at.getTime(), Date.parse(sourceModified) + 1);
  return { created: sourceCreated, modified: new Date(local).toISOString() };
}

/**
 * The STIX objects of one incident: the incident with Vigie's extension, its location and the
 * relationship between them. `created` is the start of the incident, so re-exporting the same
 * record anywhere gives the same objects. An incident imported from another tool is exported as the
 * source sent it (its id, name, labels, confidence, author, language, times, references and other
 * properties), with Vigie's extension and, once Vigie changed it, a new `modified`. STAFF details and
 * compartments never leave.
 */
export function incidentObjects(row: IncidentRow, gazetteer: Gazetteer, origin?: StixObject): StixObject[] {
  const { staff: _staff, compartments: _compartments, description, marking, sources, ...fields } = toInterchange(row);
  const created = iso(row.occurred_start);
  const markings = [TLP_MARKING_IDS[marking]];
  const references = sources.map((source) => ({
    source_name: source.title ?? source.kind,
    ...(source.url ? { url: source.url } : {}),
    description: `${source.kind}, graded ${source.reliability}${source.credibility}`,
  }));
  const extensions = vigieExtension({ ...fields, external_id: incidentKey(row), sources });
  let incident: StixObject = {
    type: 'incident',
    spec_version: '2.1',
    id: incidentStixId(row),
    ...BY_VIGIE,
    created,
    modified: created,
    name: incidentName(row, gazetteer),
    ...(description ? { description } : {}),
    ...(references.length ? { external_references: references } : {}),
    object_marking_refs: markings,
    extensions,
  };
  if (origin) {
    // The source's statement markings stay; its TLP is replaced by the record's (an analyst may have changed it).
    const statements = ((origin.object_marking_refs as string[] | undefined) ?? []).filter(
      (ref) => !markingOfRefs([ref]),
    );
    const kept = Array.isArray(origin.external_references)
      ? (origin.external_references as Array<Record<string, unknown>>)
      : [];
    const keptUrls = new Set(kept.map((reference) => reference.url));
    const added =
      row.version > 1 ? references.filter((reference) => !('url' in reference) || !keptUrls.has(reference.url)) : [];
    incident = {
      ...origin,
      ...foreignVersion(row, origin),
      ...(description ? { description } : {}),
      ...(kept.length + added.length ? { external_references: [...kept, ...added] } : {}),
      object_marking_refs: [...markings, ...statements],
      extensions: { ...(origin.extensions as Record<string, unknown> | undefined), ...extensions },
    };
  }
  const location = locationOf(row, gazetteer, created, markings);
  return [incident, location, relationship(incident.id, 'located-at', location.id, created, markings)];
}

/** The exported incident of a Vigie id and the id of its location. */
type Exported = Map<string, { incident: StixObject; location: string }>;

/**
 * A campaign, its members' `related-to` relationships and one `sighting` of it at the locations of
 * the members exported with it (count = those members).
 */
function campaignObjects({ campaign, members }: StixSelection['campaigns'][number], exported: Exported): StixObject[] {
  const found = members.map((id) => exported.get(id)).filter((entry) => entry !== undefined);
  const included = found.map((entry) => entry.incident);
  // A campaign is as sensitive as the narrowest of the members it is shown with.
  const marking = markingOfRefs(included.flatMap((object) => object.object_marking_refs as string[])) ?? 'CLEAR';
  const markings = [TLP_MARKING_IDS[marking as Marking]];
  const created = iso(campaign.start_at);
  const object: StixObject = {
    type: 'campaign',
    spec_version: '2.1',
    id: stixId('campaign', 'campaign', campaign.key),
    ...BY_VIGIE,
    created,
    modified: created,
    name: campaign.key,
    description: campaign.explanation,
    first_seen: created,
    last_seen: iso(campaign.end_at),
    confidence: Math.round(Math.min(1, Math.max(0, campaign.confidence)) * 100),
    object_marking_refs: markings,
    extensions: vigieExtension({
      state: campaign.state,
      sites: campaign.sites,
      shared_signatures: campaign.shared_signatures.map((s) => s.text),
    }),
  };
  const related = included.map((incident) => relationship(incident.id, 'related-to', object.id, created, markings));
  if (found.length === 0) return [object];
  const sighting: StixObject = {
    type: 'sighting',
    spec_version: '2.1',
    id: stixId('sighting', 'campaign-sighting', campaign.key),
    ...BY_VIGIE,
    created,
    modified: created,
    sighting_of_ref: object.id,
    where_sighted_refs: [...new Set(found.map((entry) => entry.location))].sort(),
    first_seen: created,
    last_seen: iso(campaign.end_at),
    count: found.length,
    object_marking_refs: markings,
  };
  return [object, ...related, sighting];
}

/**
 * A gang, cartel or group as an `intrusion-set`; an agency or union as an `identity` (organization).
 * Keyed by its folded name, so the same organisation has the same id in every Vigie.
 */
function organisationObject({ actor, marking, first, last }: OrganisationEntry): StixObject {
  const adversary = !['agency', 'union'].includes(actor.subkind ?? '');
  const type = adversary ? 'intrusion-set' : 'identity';
  const created = iso(first);
  return {
    type,
    spec_version: '2.1',
    id: stixId(type, 'organisation', actor.name_key),
    ...BY_VIGIE,
    created,
    modified: created,
    name: actor.name,
    ...(actor.description ? { description: actor.description } : {}),
    ...(adversary
      ? {
          ...(actor.aliases.length ? { aliases: actor.aliases } : {}),
          first_seen: created,
          last_seen: iso(last),
          ...ORGANISED_CRIME,
        }
      : { identity_class: 'organization' }),
    object_marking_refs: [TLP_MARKING_IDS[marking]],
    ...(actor.subkind ? { extensions: vigieExtension({ subkind: actor.subkind }) } : {}),
  };
}

/** A STIX 2.1 bundle of a selection, with the identity, extension and marking definitions it uses. */
export function buildBundle(selection: StixSelection, gazetteer: Gazetteer, options: BundleOptions = {}): StixBundle {
  const byId = new Map<string, StixObject>();
  const exported: Exported = new Map();
  for (const row of selection.incidents) {
    if (row.compartments.length > 0) continue;
    const foreign = selection.foreign?.get(row.id);
    const [incident, location, ...rest] = incidentObjects(row, gazetteer, foreign?.origin);
    exported.set(row.id, { incident, location: location.id });
    for (const object of [incident, location, ...rest, ...(foreign?.attached ?? [])]) byId.set(object.id, object);
  }
  for (const entry of selection.campaigns)
    for (const object of campaignObjects(entry, exported)) byId.set(object.id, object);
  for (const entry of selection.organisations ?? []) {
    const object = organisationObject(entry);
    byId.set(object.id, object);
  }
  if (selection.graph) {
    const incidents = new Map([...exported].map(([id, entry]) => [id, entry.incident]));
    for (const object of graphObjects(selection.graph, incidents)) byId.set(object.id, object);
  }
  // A kept object goes out only with everything it refers to (a relationship with both its ends).
  for (const object of selection.standalone ?? []) {
    if (!byId.has(object.id) && referencesOf(object).every((ref) => byId.has(ref))) byId.set(object.id, object);
  }
  const used = new Set([...byId.values()].flatMap((object) => (object.object_marking_refs as string[]) ?? []));
  const markings = options.interop
    ? []
    : (Object.keys(TLP_MARKING_IDS) as Marking[])
        .filter((marking) => used.has(TLP_MARKING_IDS[marking]))
        .map(tlpMarkingDefinition);
  let kept = [...byId.values()].sort((a, b) => a.id.localeCompare(b.id));
  // Interop mode: an object a foreign tool sent without a producer goes out with Vigie as the one publishing it.
  if (options.interop)
    kept = kept.map((object) =>
      object.type === 'identity' || object.created_by_ref ? object : { ...object, ...BY_VIGIE },
    );
  const objects = [VIGIE_IDENTITY, VIGIE_EXTENSION, ...markings, ...kept];
  return { type: 'bundle', id: `bundle--${uuidV5(objects.map((object) => object.id).join(','))}`, objects };
}
