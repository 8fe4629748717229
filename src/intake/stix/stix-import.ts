import { z } from 'zod';
import type { Gazetteer } from '../../core/shared/gazetteer.ts';
import { EVENT_TYPES } from '../../core/shared/taxonomy.ts';
import { importIncidents, prepareIncident, type IncidentDeps } from '../../core/incident/incident.service.ts';
import type { Caller } from '../../core/shared/caller.ts';
import { fromZodIssues, invalidInput, VigieError, type FieldIssue } from '../../core/shared/errors.ts';
import type { ImportResult } from '../../core/shared/import-result.ts';
import type { RawRow } from '../../core/shared/import-runner.ts';
import { bundleEntities, importStixGraph, type GraphImportDeps, type GraphImportResult } from './stix-graph-import.ts';
import {
  markingOfRefs,
  VIGIE_EXTENSION_ID,
  type StixBundle,
  type StixObject,
} from '../../export/stix/stix-vocabulary.ts';
import {
  hasVigieExtension,
  placingRelationships,
  planObjects,
  reportFates,
  type FateReport,
  type ForeignPlan,
} from './stix-foreign.ts';
import { resolveLocation } from './stix-locations.ts';

const stixIdSchema = z
  .string()
  .regex(
    /^[a-z0-9-]+--[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/,
    'expected a STIX id, <type>--<uuid>',
  );

/** The envelope of a bundle; each object's own fields are checked where they are mapped. */
export const stixBundleSchema = z
  .object({
    type: z.literal('bundle'),
    id: stixIdSchema,
    objects: z.array(z.looseObject({ type: z.string().min(1), id: stixIdSchema })).max(100_000),
  })
  .meta({ id: 'StixBundle' });

/** Reads a bundle's envelope, or refuses it naming the field. */
export function parseBundle(value: unknown): StixBundle {
  const parsed = stixBundleSchema.safeParse(value);
  if (!parsed.success) throw invalidInput(fromZodIssues(parsed.error.issues));
  return parsed.data as StixBundle;
}

const text = (value: unknown) => (typeof value === 'string' && value.trim().length > 0 ? value.trim() : undefined);
const instant = (value: unknown) => (typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? value : undefined);

/** Where a foreign incident took place: the facility or place its location resolves to. */
function whereOf(location: StixObject | undefined, gazetteer: Gazetteer | undefined): Record<string, unknown> {
  if (!location) return {};
  if (gazetteer) {
    const resolved = resolveLocation(location, gazetteer);
    if (!resolved) return {};
    return 'facility' in resolved ? { facility: resolved.facility } : { place: resolved.place };
  }
  if (typeof location.latitude !== 'number' || typeof location.longitude !== 'number') return {};
  return {
    place: {
      lat: location.latitude,
      lon: location.longitude,
      precision: 'commune',
      ...(text(location.city) ? { commune: text(location.city) } : {}),
    },
  };
}

/**
 * A foreign incident (no Vigie extension): its time from first_seen and last_seen (else created), its
 * place from its location, its event types from labels that are Vigie event types (else "other"),
 * its description, and its external references that have an http(s) URL as sources. Its name,
 * labels, confidence, author, times and other references are kept with its origin object.
 */
function foreignIncident(
  object: StixObject,
  location: StixObject | undefined,
  gazetteer: Gazetteer | undefined,
): Record<string, unknown> {
  const first = instant(object.first_seen) ?? instant(object.created);
  const last = instant(object.last_seen);
  const labels = Array.isArray(object.labels)
    ? object.labels.filter((label): label is string => typeof label === 'string')
    : [];
  const eventTypes = labels
    .map((label) => label.toLowerCase().replace(/[\s-]+/g, '_'))
    .filter((label) => (EVENT_TYPES as readonly string[]).includes(label));
  // Only objects: a bundle may hold anything where a reference should be (null, a string...).
  const references = Array.isArray(object.external_references)
    ? (object.external_references as unknown[]).filter(
        (r): r is Record<string, unknown> => typeof r === 'object' && r !== null,
      )
    : [];
  const description = text(object.description) ?? text(object.name);
  return {
    external_id: object.id,
    ...(first ? { occurred: last && last > first ? { start: first, end: last } : { at: first } } : {}),
    ...whereOf(location, gazetteer),
    event_types: eventTypes.length ? [...new Set(eventTypes)] : ['other'],
    ...(description ? { description } : {}),
    sources: references
      .filter((r) => typeof r.url === 'string' && /^https?:/.test(r.url))
      .slice(0, 50)
      .map((r) => ({ kind: 'other', title: String(r.source_name ?? r.url).slice(0, 500), url: r.url })),
  };
}

/**
 * The incidents of a bundle as interchange rows, one per `incident` object (row = its index in
 * `objects`). Vigie's extension gives back every field; a foreign incident maps as `foreignIncident`
 * says, placed through the facility names, aliases and communes when a gazetteer is given.
 */
export function bundleIncidentRows(bundle: StixBundle, gazetteer?: Gazetteer): RawRow[] {
  const placing = placingRelationships(bundle.objects);
  const rows: RawRow[] = [];
  bundle.objects.forEach((object, index) => {
    if (object.type !== 'incident') return;
    const extension = (object.extensions as Record<string, Record<string, unknown>> | undefined)?.[VIGIE_EXTENSION_ID];
    const marking = markingOfRefs(object.object_marking_refs);
    if (extension) {
      const { extension_type: _type, ...fields } = extension;
      rows.push({
        row: index,
        value: {
          ...fields,
          ...(typeof object.description === 'string' ? { description: object.description } : {}),
          ...(marking ? { marking } : {}),
        },
      });
    } else {
      rows.push({
        row: index,
        value: {
          ...foreignIncident(object, placing.get(object.id)?.location, gazetteer),
          ...(marking ? { marking } : {}),
        },
      });
    }
  });
  return rows;
}

/** Says which object and field a refusal is about: `objects[3] incident--…: occurred`. */
function objectIssues(issues: FieldIssue[], bundle: StixBundle): FieldIssue[] {
  return issues.map((issue) => {
    const object = issue.row !== undefined ? bundle.objects[issue.row] : undefined;
    return object ? { path: `objects[${issue.row}] ${object.id}: ${issue.path}`, message: issue.message } : issue;
  });
}

function nameObjects(error: VigieError, bundle: StixBundle): VigieError {
  const details = objectIssues(error.details, bundle);
  const first = details[0];
  return new VigieError(
    'invalid_bundle',
    `bundle refused, nothing was written: ${details.length} problem${details.length === 1 ? '' : 's'} (first: ${first?.path}: ${first?.message})`,
    error.status,
    details,
  );
}

/** Where the foreign objects of an import are kept (core/exchange/stix-exchange.service.ts). */
export interface StixKeeper {
  keep(caller: Caller, bundle: StixBundle, plan: ForeignPlan, incidentIds: Map<string, string>): Promise<void>;
}

export interface StixImportOptions {
  /** store what is valid and report each refused incident, instead of refusing the whole bundle */
  partial?: boolean;
  /** keeps foreign incidents' origin objects and what is attached to them */
  keeper?: StixKeeper;
  gazetteer?: Gazetteer;
}

/** A refused object of a partial import: its index, id and the problems found. */
export interface RefusedObject {
  index: number;
  id: string;
  issues: FieldIssue[];
}

export type StixImportResult = ImportResult & {
  graph?: GraphImportResult;
  objects: FateReport;
  refused: RefusedObject[];
  plan: ForeignPlan;
};

/**
 * Imports the incidents of a STIX bundle through the incident import: validated and audited like a
 * file, in one transaction, idempotent (an incident's external id comes from the bundle). With
 * `graph`, its entities, their relationships and the incidents' roles follow (stix-graph-import.ts):
 * the entities are checked before anything is written, so a bad one refuses the whole bundle. With
 * `partial`, incidents that cannot be stored are reported and the others stored.
 */
export async function importStixBundle(
  deps: IncidentDeps,
  caller: Caller,
  value: unknown,
  graph?: GraphImportDeps,
  options: StixImportOptions = {},
): Promise<StixImportResult> {
  const bundle = parseBundle(value);
  if (graph) bundleEntities(bundle);
  let rows = bundleIncidentRows(bundle, options.gazetteer ?? deps.gazetteer);
  const refused: RefusedObject[] = [];
  if (options.partial) {
    rows = rows.filter((row) => {
      if (!('value' in row)) return false;
      const { issues } = prepareIncident(row.value, deps.gazetteer, caller.principal);
      if (issues.length === 0) return true;
      refused.push({ index: row.row, id: bundle.objects[row.row].id, issues });
      return false;
    });
  }
  let result: ImportResult;
  try {
    result = await importIncidents(deps, caller, rows);
  } catch (error) {
    if (error instanceof VigieError && error.code === 'import_refused') throw nameObjects(error, bundle);
    throw error;
  }
  const refusedIds = new Set(refused.map((object) => object.id));
  const imported = new Set(
    bundle.objects
      .filter((object) => object.type === 'incident' && !refusedIds.has(object.id))
      .map((object) => object.id),
  );
  const plan = planObjects(bundle.objects, imported);
  if (options.keeper) {
    const incidentIds = new Map<string, string>();
    for (const object of bundle.objects) {
      if (object.type !== 'incident' || !imported.has(object.id) || hasVigieExtension(object)) continue;
      const stored = await deps.incidents.findByExternalId(object.id);
      if (stored) incidentIds.set(object.id, stored.id);
    }
    await options.keeper.keep(caller, bundle, plan, incidentIds);
  }
  const objects = reportFates(bundle.objects, plan.fates);
  return {
    ...result,
    objects,
    refused,
    plan,
    ...(graph ? { graph: await importStixGraph(graph, caller, bundle) } : {}),
  };
}

/** The problems of a partial import, each naming its object: `objects[3] incident--…: facility`. */
export const refusedIssues = (refused: RefusedObject[]): FieldIssue[] =>
  refused.flatMap((object) =>
    object.issues.map((issue) => ({
      path: `objects[${object.index}] ${object.id}: ${issue.path}`,
      message: issue.message,
    })),
  );
