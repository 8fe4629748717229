import { z } from 'zod';
import { importIncidents, type Caller, type IncidentDeps } from '../../core/incident/incident.service.ts';
import { fromZodIssues, invalidInput, VigieError, type FieldIssue } from '../../core/shared/errors.ts';
import type { ImportResult } from '../../core/shared/import-result.ts';
import type { RawRow } from '../../core/shared/import-runner.ts';
import { bundleEntities, importStixGraph, type GraphImportDeps, type GraphImportResult } from './stix-graph-import.ts';
import { markingOfRefs, VIGIE_EXTENSION_ID, type StixBundle, type StixObject } from '../../export/stix/stix-vocabulary.ts';

const stixIdSchema = z.string().regex(/^[a-z0-9-]+--[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/, 'expected a STIX id, <type>--<uuid>');

/** The envelope of a bundle; each object's own fields are checked where they are mapped. */
export const stixBundleSchema = z.object({
  type: z.literal('bundle'),
  id: stixIdSchema,
  objects: z.array(z.looseObject({ type: z.string().min(1), id: stixIdSchema })).max(100_000),
}).meta({ id: 'StixBundle' });

/** Reads a bundle's envelope, or refuses it naming the field. */
export function parseBundle(value: unknown): StixBundle {
  const parsed = stixBundleSchema.safeParse(value);
  if (!parsed.success) throw invalidInput(fromZodIssues(parsed.error.issues));
  return parsed.data as StixBundle;
}

/** The interchange place of a STIX location with coordinates. */
function placeOf(location: StixObject | undefined) {
  if (!location || typeof location.latitude !== 'number' || typeof location.longitude !== 'number') return undefined;
  return {
    lat: location.latitude, lon: location.longitude, precision: 'commune',
    ...(typeof location.city === 'string' ? { commune: location.city } : {}),
    ...(typeof location.country === 'string' && location.country.length === 2 ? { country: location.country } : {}),
  };
}

/** A foreign incident (no Vigie extension): what maps, the rest left to the defaults and the analyst. */
function foreignIncident(object: StixObject, location: StixObject | undefined): Record<string, unknown> {
  const first = (object.first_seen ?? object.created) as string | undefined;
  const name = typeof object.name === 'string' ? object.name : undefined;
  const text = [name, typeof object.description === 'string' ? object.description : undefined].filter(Boolean).join('\n\n');
  // Only objects: a bundle may hold anything where a reference should be (null, a string...).
  const references = Array.isArray(object.external_references) ? (object.external_references as unknown[]).filter((r): r is Record<string, unknown> => typeof r === 'object' && r !== null) : [];
  return {
    external_id: object.id,
    ...(first ? { occurred: { at: first } } : {}),
    ...(placeOf(location) ? { place: placeOf(location) } : {}),
    event_types: ['other'],
    ...(text ? { description: text } : {}),
    sources: references.filter((r) => typeof r.url === 'string' && /^https?:/.test(r.url)).map((r) => ({ kind: 'other', title: String(r.source_name ?? r.url).slice(0, 500), url: r.url })),
  };
}

/**
 * The incidents of a bundle as interchange rows, one per `incident` object (row = its index in
 * `objects`). Vigie's extension gives back every field; a foreign incident maps name, description,
 * first_seen (or created) and the location it is `located-at`.
 */
export function bundleIncidentRows(bundle: StixBundle): RawRow[] {
  const byId = new Map(bundle.objects.map((object) => [object.id, object]));
  const locationOf = new Map<string, StixObject>();
  for (const object of bundle.objects) {
    if (object.type !== 'relationship' || !['located-at', 'related-to'].includes(String(object.relationship_type))) continue;
    const target = byId.get(String(object.target_ref));
    if (target?.type === 'location' && !locationOf.has(String(object.source_ref))) locationOf.set(String(object.source_ref), target);
  }
  const rows: RawRow[] = [];
  bundle.objects.forEach((object, index) => {
    if (object.type !== 'incident') return;
    const extension = (object.extensions as Record<string, Record<string, unknown>> | undefined)?.[VIGIE_EXTENSION_ID];
    const marking = markingOfRefs(object.object_marking_refs);
    if (extension) {
      const { extension_type: _type, ...fields } = extension;
      rows.push({ row: index, value: { ...fields, ...(typeof object.description === 'string' ? { description: object.description } : {}), ...(marking ? { marking } : {}) } });
    } else {
      rows.push({ row: index, value: { ...foreignIncident(object, locationOf.get(object.id)), ...(marking ? { marking } : {}) } });
    }
  });
  return rows;
}

/** Says which object and field a refusal is about: `objects[3] incident--…: occurred`. */
function nameObjects(error: VigieError, bundle: StixBundle): VigieError {
  const details: FieldIssue[] = error.details.map((issue) => {
    const object = issue.row !== undefined ? bundle.objects[issue.row] : undefined;
    return object ? { path: `objects[${issue.row}] ${object.id}: ${issue.path}`, message: issue.message } : issue;
  });
  const first = details[0];
  return new VigieError('invalid_bundle', `bundle refused, nothing was written: ${details.length} problem${details.length === 1 ? '' : 's'} (first: ${first?.path}: ${first?.message})`, error.status, details);
}

/**
 * Imports the incidents of a STIX bundle through the incident import: validated and audited like a
 * file, in one transaction, idempotent (an incident's external id comes from the bundle). With
 * `graph`, its entities, their relationships and the incidents' roles follow (stix-graph-import.ts):
 * the entities are checked before anything is written, so a bad one refuses the whole bundle.
 */
export async function importStixBundle(deps: IncidentDeps, caller: Caller, value: unknown, graph?: GraphImportDeps): Promise<ImportResult & { graph?: GraphImportResult }> {
  const bundle = parseBundle(value);
  if (graph) bundleEntities(bundle);
  let result: ImportResult;
  try {
    result = await importIncidents(deps, caller, bundleIncidentRows(bundle));
  } catch (error) {
    if (error instanceof VigieError && error.code === 'import_refused') throw nameObjects(error, bundle);
    throw error;
  }
  return graph ? { ...result, graph: await importStixGraph(graph, caller, bundle) } : result;
}
