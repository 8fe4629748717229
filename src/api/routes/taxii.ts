import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { VigieContext } from '../../context.ts';
import { authenticateToken } from '../../core/identity/auth.service.ts';
import { unauthenticated } from '../../core/identity/identity.errors.ts';
import type { Caller } from '../../core/shared/caller.ts';
import { invalidInput, notFound, VigieError } from '../../core/shared/errors.ts';
import { postTaxiiObjects, readTaxiiStatus } from '../../core/exchange/stix-exchange.service.ts';
import { selectForStix } from '../../export/stix/stix-selection.ts';
import { TLP_MARKING_IDS, type StixObject } from '../../export/stix/stix-vocabulary.ts';
import {
  collectionEntries,
  pageObjects,
  STIX_MEDIA_TYPE,
  TAXII_COLLECTIONS,
  TAXII_MEDIA_TYPE,
  type CollectionEntry,
  type ObjectPage,
  type TaxiiCollection,
} from '../../export/stix/taxii-objects.ts';
import { clientAddress } from '../auth-middleware.ts';
import { recordRelease, callerRecipient } from '../../core/case/dissemination.service.ts';
import { tokenPrefixOf } from './cases.ts';

type TaxiiEnv = { Variables: { caller: Caller } };
const API_ROOT = 'vigie';
/** Mounted at / with full paths: Hono's strict routing would not match /taxii2/ under a /taxii2 mount. */
const BASE = '/taxii2';
const MAX_CONTENT_LENGTH = 1024 * 1024;

const taxii = (c: Context, body: unknown, status: 200 | 202 = 200) =>
  c.body(JSON.stringify(body), status, { 'content-type': TAXII_MEDIA_TYPE });

/** TAXII errors are error messages with a title, a description and the HTTP status. */
function taxiiError(error: unknown, c: Context) {
  const known = error instanceof VigieError ? error : undefined;
  if (!known) console.error('vigie: unexpected TAXII error', error);
  const status = (known?.status ?? 500) as 400 | 401 | 413;
  const body = {
    title: known?.code ?? 'internal',
    description: known?.message ?? 'unexpected error; it has been logged',
    http_status: String(status),
    ...(known?.details.length ? { details: { issues: known.details } } : {}),
  };
  const headers: Record<string, string> = { 'content-type': TAXII_MEDIA_TYPE };
  // A body refused before it was read leaves the connection unusable: say so, so the client opens a new one.
  if (status === 413) headers.connection = 'close';
  if (status === 401) headers['www-authenticate'] = 'Basic realm="taxii", Bearer';
  if (known instanceof MethodNotAllowed) headers.allow = known.allow;
  return c.body(JSON.stringify(body), status, headers);
}

class MethodNotAllowed extends VigieError {
  constructor(
    readonly allow: string,
    method: string,
  ) {
    super('method_not_allowed', `${method} is not offered here; allowed: ${allow}`, 405 as 400);
  }
}

/**
 * The API token of a request, in any of the schemes TAXII clients use: `Bearer <token>`, `Token
 * <token>` (the OASIS client's TokenAuth) or HTTP Basic with the user name and the token as password
 * (the scheme TAXII 2.1 names as mandatory to implement).
 */
export function tokenOf(header: string | undefined): { token: string; username?: string } | undefined {
  const match = /^(Bearer|Token|Basic)\s+(\S+)$/i.exec(header?.trim() ?? '');
  if (!match) return undefined;
  if (match[1].toLowerCase() !== 'basic') return { token: match[2] };
  const decoded = Buffer.from(match[2], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  return { username: decoded.slice(0, colon), token: decoded.slice(colon + 1) };
}

/** TAXII 2.1 content negotiation: its media type at version 2.1 (or no version), or any JSON. */
function checkAccept(accept: string | undefined) {
  if (!accept) return;
  const ranges = accept.split(',').map((range) => range.trim().toLowerCase());
  const fits = ranges.some((range) => {
    const [type, ...parameters] = range.split(';').map((part) => part.trim());
    const version = parameters.find((parameter) => parameter.startsWith('version='))?.slice(8);
    if (type === 'application/taxii+json' || type === 'application/stix+json')
      return version === undefined || version === '2.1';
    return type === '*/*' || type === 'application/*' || type === 'application/json';
  });
  if (!fits)
    throw new VigieError('not_acceptable', `this server answers ${TAXII_MEDIA_TYPE} (TAXII 2.1) only`, 406 as 400);
}

function collectionOf(id: string): TaxiiCollection {
  const collection = TAXII_COLLECTIONS.find((candidate) => candidate.id === id);
  if (!collection) throw notFound('collection', id);
  return collection;
}

const presentCollection = (collection: TaxiiCollection) => ({
  id: collection.id,
  title: collection.title,
  description: collection.description,
  can_read: true,
  can_write: true,
  media_types: [STIX_MEDIA_TYPE],
});

const listParam = (c: Context, name: string) =>
  c.req
    .queries(name)
    ?.flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter(Boolean);

function dateParam(text: string | undefined, name: string): Date | undefined {
  if (text === undefined) return undefined;
  const date = new Date(text);
  if (Number.isNaN(date.getTime()))
    throw invalidInput([{ path: name, message: 'expected a timestamp, e.g. 2025-04-15T00:00:00.000Z' }]);
  return date;
}

/** `limit`: a whole number from 1; more than 1,000 is served as 1,000 (TAXII lets a server page less). */
function limitParam(text: string | undefined): number {
  if (text === undefined) return 100;
  if (!/^\d+$/.test(text) || Number(text) < 1)
    throw invalidInput([{ path: 'limit', message: 'expected a whole number of at least 1' }]);
  return Math.min(1000, Number(text));
}

/** The version of an object: its `modified`, else `created` (marking definitions have no modified). */
const versionOf = (object: StixObject) => String(object.modified ?? object.created);

/** match[version]: `last`, `first` and `all` hold for the one version Vigie serves; a timestamp must be it. */
function versionMatches(filter: string[] | undefined, object: StixObject): boolean {
  if (!filter?.length) return true;
  return filter.some(
    (value) => ['last', 'first', 'all'].includes(value) || Date.parse(value) === Date.parse(versionOf(object)),
  );
}

/**
 * TAXII 2.1 at /taxii2/: discovery, one API root, a collection per TLP marking, objects, manifests
 * and versions with added_after, match[type|id|version|spec_version] and keyset pagination, object
 * posting with stored status resources. Authenticated by the API tokens of /api.
 */
export function taxiiRoutes(context: VigieContext) {
  const app = new Hono<TaxiiEnv>();
  const exchange = { incidents: context.incidents, stix: context.stix, graph: context.stixGraph };
  app.onError(taxiiError);
  app.use(`${BASE}/*`, async (c, next) => {
    const credentials = tokenOf(c.req.header('authorization'));
    if (!credentials)
      throw unauthenticated(
        'TAXII needs an API token: Authorization: Bearer <token>, Token <token>, or Basic with your user name and the token as password',
      );
    const { principal, user } = await authenticateToken(context.auth, credentials.token);
    if (credentials.username !== undefined && credentials.username !== user.username)
      throw unauthenticated("this API token is not the named user's");
    c.set('caller', { principal, address: clientAddress(c) });
    checkAccept(c.req.header('accept'));
    await next();
  });
  app.post(
    `${BASE}/*`,
    bodyLimit({
      maxSize: MAX_CONTENT_LENGTH,
      onError: () => {
        throw new VigieError(
          'body_too_large',
          `the body is larger than ${MAX_CONTENT_LENGTH} bytes (max_content_length)`,
          413,
        );
      },
    }),
  );

  const collectionPath = `${BASE}/${API_ROOT}/collections/:id`;
  app.get(`${BASE}/`, (c) =>
    taxii(c, {
      title: 'Vigie TAXII 2.1',
      description: 'Incidents against prisons and their staff, as STIX 2.1',
      default: `${new URL(c.req.url).origin}/taxii2/${API_ROOT}/`,
      api_roots: [`${new URL(c.req.url).origin}/taxii2/${API_ROOT}/`],
    }),
  );
  app.get(`${BASE}/${API_ROOT}/`, (c) =>
    taxii(c, { title: 'Vigie', versions: [TAXII_MEDIA_TYPE], max_content_length: MAX_CONTENT_LENGTH }),
  );
  app.get(`${BASE}/${API_ROOT}/collections/`, (c) =>
    taxii(c, { collections: TAXII_COLLECTIONS.map(presentCollection) }),
  );
  app.get(`${collectionPath}/`, (c) => taxii(c, presentCollection(collectionOf(c.req.param('id')))));

  // A collection holds the incidents of its marking the reader may read, with the actor graph around
  // them and the objects kept from foreign tools (docs/stix-taxii.md).
  const entriesOf = async (c: Context<TaxiiEnv>, collection: TaxiiCollection) =>
    collectionEntries(
      await selectForStix(context, c.get('caller'), { marking: collection.marking }),
      context.gazetteer,
    );
  // Every page pulled is a release, logged with the objects it held (dissemination log, docs/cases.md).
  const logPull = (c: Context<TaxiiEnv>, collection: TaxiiCollection, entries: CollectionEntry[]) =>
    recordRelease(context.cases, c.get('caller'), {
      channel: 'taxii_pull',
      format: 'stix',
      recipient: callerRecipient(c.get('caller').principal, tokenPrefixOf(c)),
      objects: entries.map((entry) => ({
        type: String(entry.object.type),
        id: String(entry.object.id),
        marking: collection.marking,
      })),
    });
  const dateHeaders = (c: Context, page: ObjectPage) => {
    if (!page.entries.length) return;
    c.header('X-TAXII-Date-Added-First', page.entries[0].dateAdded.toISOString());
    c.header('X-TAXII-Date-Added-Last', page.entries[page.entries.length - 1].dateAdded.toISOString());
  };
  const envelope = (c: Context, page: ObjectPage) => {
    dateHeaders(c, page);
    return taxii(c, {
      more: page.more,
      ...(page.next ? { next: page.next } : {}),
      ...(page.entries.length ? { objects: page.entries.map((entry) => entry.object) } : {}),
    });
  };
  const queryPage = async (c: Context<TaxiiEnv>, collection: TaxiiCollection, only?: string) => {
    const limit = limitParam(c.req.query('limit'));
    const versions = listParam(c, 'match[version]');
    const specVersions = listParam(c, 'match[spec_version]');
    const entries = (await entriesOf(c, collection)).filter(
      ({ object }) =>
        (!only || object.id === only) &&
        versionMatches(versions, object) &&
        (!specVersions?.length || specVersions.includes(String(object.spec_version ?? '2.1'))),
    );
    return pageObjects(entries, {
      addedAfter: dateParam(c.req.query('added_after'), 'added_after'),
      types: listParam(c, 'match[type]'),
      ids: listParam(c, 'match[id]'),
      limit,
      next: c.req.query('next'),
    });
  };

  app.get(`${collectionPath}/objects/`, async (c) => {
    const collection = collectionOf(c.req.param('id'));
    const page = await queryPage(c, collection);
    await logPull(c, collection, page.entries);
    return envelope(c, page);
  });

  app.get(`${collectionPath}/manifest/`, async (c) => {
    const page = await queryPage(c, collectionOf(c.req.param('id')));
    dateHeaders(c, page);
    return taxii(c, {
      more: page.more,
      ...(page.next ? { next: page.next } : {}),
      ...(page.entries.length
        ? {
            objects: page.entries.map(({ object, dateAdded }) => ({
              id: object.id,
              date_added: dateAdded.toISOString(),
              version: versionOf(object),
              media_type: STIX_MEDIA_TYPE,
            })),
          }
        : {}),
    });
  });

  app.get(`${collectionPath}/objects/:objectId/`, async (c) => {
    const collection = collectionOf(c.req.param('id'));
    const page = await queryPage(c, collection, c.req.param('objectId'));
    if (page.entries.length === 0) throw notFound('object', c.req.param('objectId'));
    await logPull(c, collection, page.entries);
    return envelope(c, page);
  });

  // Vigie serves the current version of each object (a change makes a new `modified`; older copies are not kept).
  app.get(`${collectionPath}/objects/:objectId/versions/`, async (c) => {
    const page = await queryPage(c, collectionOf(c.req.param('id')), c.req.param('objectId'));
    if (page.entries.length === 0) throw notFound('object', c.req.param('objectId'));
    dateHeaders(c, page);
    return taxii(c, { more: false, versions: page.entries.map((entry) => versionOf(entry.object)) });
  });

  app.post(`${collectionPath}/objects/`, async (c) => {
    const collection = collectionOf(c.req.param('id'));
    const body = (await c.req.json().catch(() => {
      throw invalidInput([{ path: 'body', message: 'expected a TAXII envelope: {"objects": [...]}' }]);
    })) as { objects?: unknown };
    if (!Array.isArray(body.objects))
      throw invalidInput([{ path: 'objects', message: 'expected a list of STIX objects' }]);
    const malformed = body.objects.findIndex(
      (object) =>
        !object ||
        typeof object !== 'object' ||
        typeof (object as StixObject).id !== 'string' ||
        typeof (object as StixObject).type !== 'string',
    );
    if (malformed >= 0)
      throw invalidInput([{ path: `objects[${malformed}]`, message: 'a STIX object needs a type and an id' }]);
    // Objects without a TLP marking take the collection's.
    const objects = (body.objects as StixObject[]).map((object) =>
      object.object_marking_refs || object.type === 'marking-definition'
        ? object
        : { ...object, object_marking_refs: [TLP_MARKING_IDS[collection.marking]] },
    );
    return taxii(c, await postTaxiiObjects(exchange, c.get('caller'), objects), 202);
  });

  app.get(`${BASE}/${API_ROOT}/status/:id/`, async (c) =>
    taxii(c, await readTaxiiStatus(exchange, c.get('caller'), c.req.param('id'))),
  );

  // What exists but is not offered answers 405 with what is (DELETE of an object, PUT...).
  const offered: Array<[string, string]> = [
    [`${BASE}/`, 'GET'],
    [`${BASE}/${API_ROOT}/`, 'GET'],
    [`${BASE}/${API_ROOT}/collections/`, 'GET'],
    [`${collectionPath}/`, 'GET'],
    [`${collectionPath}/objects/`, 'GET, POST'],
    [`${collectionPath}/manifest/`, 'GET'],
    [`${collectionPath}/objects/:objectId/`, 'GET'],
    [`${collectionPath}/objects/:objectId/versions/`, 'GET'],
    [`${BASE}/${API_ROOT}/status/:id/`, 'GET'],
  ];
  for (const [path, allow] of offered)
    app.all(path, (c) => {
      throw new MethodNotAllowed(allow, c.req.method);
    });
  // Anything else under /taxii2/ is a TAXII 404, not the web app's page.
  app.all(`${BASE}/*`, (c) => {
    throw new VigieError('not_found', `no TAXII endpoint ${c.req.method} ${c.req.path}`, 404);
  });
  return app;
}
