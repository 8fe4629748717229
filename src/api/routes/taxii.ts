import { randomUUID } from 'node:crypto';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { VigieContext } from '../../context.ts';
import { authenticateToken } from '../../core/identity/auth.service.ts';
import { unauthenticated } from '../../core/identity/identity.errors.ts';
import type { Caller } from '../../core/incident/incident.service.ts';
import { invalidInput, notFound, VigieError } from '../../core/shared/errors.ts';
import { selectForStix } from '../../export/stix/stix-selection.ts';
import { TLP_MARKING_IDS, type StixObject } from '../../export/stix/stix-vocabulary.ts';
import { collectionEntries, pageObjects, STIX_MEDIA_TYPE, TAXII_COLLECTIONS, TAXII_MEDIA_TYPE, type TaxiiCollection } from '../../export/stix/taxii-objects.ts';
import { graphImportDeps } from '../../intake/stix/stix-graph-import.ts';
import { importStixBundle } from '../../intake/stix/stix-import.ts';
import { clientAddress } from '../auth-middleware.ts';
import { recordRelease, callerRecipient } from '../../core/case/dissemination.service.ts';
import { tokenPrefixOf } from './cases.ts';

type TaxiiEnv = { Variables: { caller: Caller } };
const API_ROOT = 'vigie';
/** Mounted at / with full paths: Hono's strict routing would not match /taxii2/ under a /taxii2 mount. */
const BASE = '/taxii2';
const MAX_CONTENT_LENGTH = 1024 * 1024;
const MAX_STATUSES = 1000;

/** A TAXII status resource, kept in memory for the client that posted (lost at restart). */
interface TaxiiStatus { owner: string; body: Record<string, unknown> }

const taxii = (c: Context, body: unknown, status: 200 | 202 = 200) => c.body(JSON.stringify(body), status, { 'content-type': TAXII_MEDIA_TYPE });

/** TAXII errors are error messages with a title, a description and the HTTP status. */
function taxiiError(error: unknown, c: Context) {
  const known = error instanceof VigieError ? error : undefined;
  if (!known) console.error('vigie: unexpected TAXII error', error);
  const status = (known?.status ?? 500) as 400;
  const body = { title: known?.code ?? 'internal', description: known?.message ?? 'unexpected error; it has been logged', http_status: String(status), ...(known?.details.length ? { details: { issues: known.details } } : {}) };
  return c.body(JSON.stringify(body), status, { 'content-type': TAXII_MEDIA_TYPE });
}

function collectionOf(id: string): TaxiiCollection {
  const collection = TAXII_COLLECTIONS.find((candidate) => candidate.id === id);
  if (!collection) throw notFound('collection', id);
  return collection;
}

const presentCollection = (collection: TaxiiCollection) => ({
  id: collection.id, title: collection.title, description: collection.description, can_read: true, can_write: true, media_types: [STIX_MEDIA_TYPE],
});

const listParam = (c: Context, name: string) => c.req.queries(name)?.flatMap((value) => value.split(',')).map((value) => value.trim()).filter(Boolean);

function dateParam(text: string | undefined, name: string): Date | undefined {
  if (text === undefined) return undefined;
  const date = new Date(text);
  if (Number.isNaN(date.getTime())) throw invalidInput([{ path: name, message: 'expected a timestamp, e.g. 2025-04-15T00:00:00.000Z' }]);
  return date;
}

/**
 * TAXII 2.1 at /taxii2/: discovery, one API root, a collection per TLP marking, objects with
 * added_after, match[type], match[id] and keyset pagination, object posting with status resources.
 * Authenticated by the API tokens of /api (Authorization: Bearer).
 */
export function taxiiRoutes(context: VigieContext) {
  const app = new Hono<TaxiiEnv>();
  const statuses = new Map<string, TaxiiStatus>();
  app.onError(taxiiError);
  app.use(`${BASE}/*`, async (c, next) => {
    const match = /^Bearer\s+(\S+)$/i.exec(c.req.header('authorization') ?? '');
    if (!match) throw unauthenticated('TAXII needs an API token: Authorization: Bearer <token>');
    const { principal } = await authenticateToken(context.auth, match[1]);
    c.set('caller', { principal, address: clientAddress(c) });
    const accept = c.req.header('accept');
    if (accept && !/taxii\+json|\*\/\*|application\/json/.test(accept)) throw new VigieError('not_acceptable', `this server answers ${TAXII_MEDIA_TYPE}`, 406 as 400);
    await next();
  });
  app.post(`${BASE}/*`, bodyLimit({ maxSize: MAX_CONTENT_LENGTH, onError: () => { throw new VigieError('body_too_large', `the body is larger than ${MAX_CONTENT_LENGTH} bytes (max_content_length)`, 413); } }));

  app.get(`${BASE}/`, (c) => taxii(c, {
    title: 'Vigie TAXII 2.1', description: 'Incidents against prisons and their staff, as STIX 2.1',
    default: `${new URL(c.req.url).origin}/taxii2/${API_ROOT}/`, api_roots: [`${new URL(c.req.url).origin}/taxii2/${API_ROOT}/`],
  }));
  app.get(`${BASE}/${API_ROOT}/`, (c) => taxii(c, { title: 'Vigie', versions: [TAXII_MEDIA_TYPE], max_content_length: MAX_CONTENT_LENGTH }));
  app.get(`${BASE}/${API_ROOT}/collections/`, (c) => taxii(c, { collections: TAXII_COLLECTIONS.map(presentCollection) }));
  app.get(`${BASE}/${API_ROOT}/collections/:id/`, (c) => taxii(c, presentCollection(collectionOf(c.req.param('id')))));

  const entriesOf = async (c: Context<TaxiiEnv>, collection: TaxiiCollection) =>
    collectionEntries((await selectForStix(context, c.get('caller'), { marking: collection.marking })).incidents, context.gazetteer);
  // Every page pulled is a release, logged with the objects it held (dissemination log, docs/cases.md).
  const logPull = (c: Context<TaxiiEnv>, collection: TaxiiCollection, entries: ReturnType<typeof pageObjects>['entries']) => recordRelease(context.cases, c.get('caller'), {
    channel: 'taxii_pull', format: 'stix', recipient: callerRecipient(c.get('caller').principal, tokenPrefixOf(c)),
    objects: entries.map((entry) => ({ type: String(entry.object.type), id: String(entry.object.id), marking: collection.marking })),
  });
  const envelope = (c: Context, page: ReturnType<typeof pageObjects>) => {
    if (page.entries.length) {
      c.header('X-TAXII-Date-Added-First', page.entries[0].dateAdded.toISOString());
      c.header('X-TAXII-Date-Added-Last', page.entries[page.entries.length - 1].dateAdded.toISOString());
    }
    return taxii(c, { more: page.more, ...(page.next ? { next: page.next } : {}), ...(page.entries.length ? { objects: page.entries.map((entry) => entry.object) } : {}) });
  };

  app.get(`${BASE}/${API_ROOT}/collections/:id/objects/`, async (c) => {
    const limit = Math.min(1000, Math.max(1, Number(c.req.query('limit') ?? 100) || 100));
    const collection = collectionOf(c.req.param('id'));
    const entries = await entriesOf(c, collection);
    const page = pageObjects(entries, {
      addedAfter: dateParam(c.req.query('added_after'), 'added_after'), types: listParam(c, 'match[type]'), ids: listParam(c, 'match[id]'), limit, next: c.req.query('next'),
    });
    await logPull(c, collection, page.entries);
    return envelope(c, page);
  });

  app.get(`${BASE}/${API_ROOT}/collections/:id/objects/:objectId/`, async (c) => {
    const collection = collectionOf(c.req.param('id'));
    const entries = (await entriesOf(c, collection)).filter((entry) => entry.object.id === c.req.param('objectId'));
    if (entries.length === 0) throw notFound('object', c.req.param('objectId'));
    await logPull(c, collection, entries);
    return envelope(c, { entries, more: false });
  });

  app.post(`${BASE}/${API_ROOT}/collections/:id/objects/`, async (c) => {
    const collection = collectionOf(c.req.param('id'));
    const body = await c.req.json().catch(() => { throw invalidInput([{ path: 'body', message: 'expected a TAXII envelope: {"objects": [...]}' }]); }) as { objects?: unknown };
    if (!Array.isArray(body.objects)) throw invalidInput([{ path: 'objects', message: 'expected a list of STIX objects' }]);
    // Objects without a TLP marking take the collection's.
    const objects = (body.objects as StixObject[]).map((object) => object && typeof object === 'object' && !object.object_marking_refs && object.type === 'incident'
      ? { ...object, object_marking_refs: [TLP_MARKING_IDS[collection.marking]] } : object);
    const caller = c.get('caller');
    const requested = new Date().toISOString();
    const incidents = objects.filter((object) => object?.type === 'incident').map((object) => ({ id: String(object.id), version: String(object.modified ?? object.created ?? requested) }));
    let failures: Array<{ id: string; message: string }> = [];
    try {
      await importStixBundle(context.incidents, caller, { type: 'bundle', id: `bundle--${randomUUID()}`, objects }, graphImportDeps(context));
    } catch (error) {
      if (!(error instanceof VigieError) || error.status >= 500) throw error;
      failures = incidents.map(({ id }) => ({ id, message: error.details.find((issue) => issue.path.includes(id))?.message ?? error.message }));
      if (incidents.length === 0) throw error;
    }
    const id = randomUUID();
    const status = {
      id, status: 'complete', request_timestamp: requested, total_count: incidents.length,
      success_count: failures.length ? 0 : incidents.length, successes: failures.length ? [] : incidents,
      failure_count: failures.length, failures, pending_count: 0, pendings: [],
    };
    if (statuses.size >= MAX_STATUSES) statuses.delete(statuses.keys().next().value!);
    statuses.set(id, { owner: caller.principal.userId, body: status });
    return taxii(c, status, 202);
  });

  app.get(`${BASE}/${API_ROOT}/status/:id/`, (c) => {
    const status = statuses.get(c.req.param('id'));
    if (!status || status.owner !== c.get('caller').principal.userId) throw notFound('status', c.req.param('id'));
    return taxii(c, status.body);
  });
  // Anything else under /taxii2/ is a TAXII 404, not the web app's page.
  app.all(`${BASE}/*`, (c) => { throw new VigieError('not_found', `no TAXII endpoint ${c.req.method} ${c.req.path}`, 404); });
  return app;
}
