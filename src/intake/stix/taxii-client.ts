import { randomUUID } from 'node:crypto';
import { VigieError } from '../../core/shared/errors.ts';
import { checkFetchTarget, FetchFailed, guardedFetch } from '../../security/fetch-guard.ts';
import type { StixBundle, StixObject } from '../../export/stix/stix-vocabulary.ts';

const TAXII_ACCEPT = 'application/taxii+json;version=2.1';

export interface TaxiiPull {
  /** the API root, e.g. http://127.0.0.1:4800/taxii2/vigie/ */
  apiRoot: string;
  collection: string;
  token?: string;
  addedAfter?: string;
  /** objects per request */
  pageSize?: number;
  fetch?: typeof fetch;
}

/** The default transport: the fetch guard (no internal address unless VIGIE_FETCH_ALLOW opens it). */
const guardedTransport = ((url: string | URL, init?: RequestInit) =>
  guardedFetch(url, {
    headers: init?.headers as Record<string, string>,
    timeoutMs: 60_000,
    maxBytes: 256 * 1024 * 1024,
    maxRedirects: 5,
  })) as typeof fetch;

/** Reads every page of a collection's objects (following `next`) into one bundle, ready to import. */
export async function pullTaxiiCollection(pull: TaxiiPull): Promise<StixBundle> {
  if (!pull.fetch) await checkFetchTarget(pull.apiRoot, 'url');
  const doFetch = pull.fetch ?? guardedTransport;
  const base = new URL(
    `collections/${encodeURIComponent(pull.collection)}/objects/`,
    pull.apiRoot.endsWith('/') ? pull.apiRoot : `${pull.apiRoot}/`,
  );
  const objects: StixObject[] = [];
  let next: string | undefined;
  for (let page = 0; page < 100_000; page += 1) {
    const url = new URL(base);
    url.searchParams.set('limit', String(pull.pageSize ?? 500));
    if (pull.addedAfter) url.searchParams.set('added_after', pull.addedAfter);
    if (next) url.searchParams.set('next', next);
    let response: Response;
    try {
      response = await doFetch(url, {
        headers: { accept: TAXII_ACCEPT, ...(pull.token ? { authorization: `Bearer ${pull.token}` } : {}) },
      });
    } catch (error) {
      if (error instanceof FetchFailed)
        throw new VigieError('fetch_failed', 'could not fetch the TAXII collection', 400, [
          { path: 'url', message: 'could not fetch' },
        ]);
      throw error;
    }
    const text = await response.text();
    if (!response.ok)
      throw new VigieError(
        'taxii_refused',
        `TAXII server answered ${response.status} for ${url.pathname}: ${text.slice(0, 300)}`,
        400,
        [{ path: 'url', message: `HTTP ${response.status}` }],
      );
    let envelope: { more?: boolean; next?: string; objects?: StixObject[] };
    try {
      envelope = JSON.parse(text);
    } catch {
      throw new VigieError('taxii_invalid', `TAXII server sent something that is not JSON from ${url.pathname}`, 400, [
        { path: 'url', message: 'not JSON' },
      ]);
    }
    objects.push(...(envelope.objects ?? []));
    if (!envelope.more || !envelope.next) break;
    next = envelope.next;
  }
  // The same object may come in more than one page when a server adds while we read.
  const unique = [
    ...new Map(objects.map((object) => [`${object.id}|${String(object.modified ?? '')}`, object])).values(),
  ];
  return { type: 'bundle', id: `bundle--${randomUUID()}`, objects: unique };
}
