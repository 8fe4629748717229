import { randomUUID } from 'node:crypto';
import { VigieError } from '../../core/shared/errors.ts';
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

/** Reads every page of a collection's objects (following `next`) into one bundle, ready to import. */
export async function pullTaxiiCollection(pull: TaxiiPull): Promise<StixBundle> {
  const doFetch = pull.fetch ?? fetch;
  const base = new URL(`collections/${encodeURIComponent(pull.collection)}/objects/`, pull.apiRoot.endsWith('/') ? pull.apiRoot : `${pull.apiRoot}/`);
  const objects: StixObject[] = [];
  let next: string | undefined;
  for (let page = 0; page < 100_000; page += 1) {
    const url = new URL(base);
    url.searchParams.set('limit', String(pull.pageSize ?? 500));
    if (pull.addedAfter) url.searchParams.set('added_after', pull.addedAfter);
    if (next) url.searchParams.set('next', next);
    const response = await doFetch(url, { headers: { accept: TAXII_ACCEPT, ...(pull.token ? { authorization: `Bearer ${pull.token}` } : {}) } });
    const text = await response.text();
    if (!response.ok) throw new VigieError('taxii_refused', `TAXII server answered ${response.status} for ${url.pathname}: ${text.slice(0, 300)}`, 400, [{ path: 'url', message: `HTTP ${response.status}` }]);
    let envelope: { more?: boolean; next?: string; objects?: StixObject[] };
    try { envelope = JSON.parse(text); } catch { throw new VigieError('taxii_invalid', `TAXII server sent something that is not JSON from ${url.pathname}`, 400, [{ path: 'url', message: 'not JSON' }]); }
    objects.push(...(envelope.objects ?? []));
    if (!envelope.more || !envelope.next) break;
    next = envelope.next;
  }
  // The same object may come in more than one page when a server adds while we read.
  const unique = [...new Map(objects.map((object) => [`${object.id}|${String(object.modified ?? '')}`, object])).values()];
  return { type: 'bundle', id: `bundle--${randomUUID()}`, objects: unique };
}
