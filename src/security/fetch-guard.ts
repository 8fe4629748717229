import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { BlockList, isIP, type LookupFunction } from 'node:net';
import { VigieError } from '../core/shared/errors.ts';

/**
 * The one way Vigie fetches an address a user typed (feeds, webhooks, `vigie taxii pull`), guarded
 * against server-side request forgery: loopback, private, link-local, metadata, unique-local and
 * other special addresses are refused when the address is saved and again when it is connected to.
 * At connection the name is resolved once, every address is checked, and the socket connects to the
 * checked address (a custom lookup), so a name that resolves elsewhere a second later (DNS rebinding)
 * gains nothing. Redirects are followed only after the new target passes the same check.
 * An operator opens internal ranges with VIGIE_FETCH_ALLOW=cidr,cidr.
 */

/** Ranges Vigie never fetches unless the operator allows them. */
const REFUSED_V4: Array<[string, number]> = [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.88.99.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
];
const REFUSED_V6: Array<[string, number]> = [
  ['::', 128],
  ['::1', 128],
  ['64:ff9b::', 96],
  ['64:ff9b:1::', 48],
  ['100::', 64],
  ['2001::', 32],
  ['2001:db8::', 32],
  ['2002::', 16],
  ['fc00::', 7],
  ['fe80::', 10],
  ['fec0::', 10],
  ['ff00::', 8],
];

const refused = new BlockList();
for (const [network, prefix] of REFUSED_V4) refused.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of REFUSED_V6) refused.addSubnet(network, prefix, 'ipv6');

/** The operator's allow-list, parsed from `VIGIE_FETCH_ALLOW` ("10.20.0.0/16,fd00::/8,192.168.1.7"). */
export function parseFetchAllow(text: string | undefined): BlockList {
  const allow = new BlockList();
  for (const entry of (text ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)) {
    const [network, prefixText] = entry.split('/');
    const family = isIP(network ?? '');
    if (!family) throw new Error(`VIGIE_FETCH_ALLOW: "${entry}" is not an address or a CIDR range`);
    const prefix = prefixText === undefined ? (family === 4 ? 32 : 128) : Number(prefixText);
    if (!Number.isInteger(prefix) || prefix < 0 || prefix > (family === 4 ? 32 : 128))
      throw new Error(`VIGIE_FETCH_ALLOW: "${entry}" has an invalid prefix`);
    allow.addSubnet(network!, prefix, family === 4 ? 'ipv4' : 'ipv6');
  }
  return allow;
}

/** The allow-list in force (read at each call, so an operator's change needs no code path of its own). */
function currentAllow(): BlockList {
  return parseFetchAllow(process.env.VIGIE_FETCH_ALLOW);
}

/** An IPv4 address hidden in an IPv4-mapped IPv6 one (::ffff:7f00:1 -> 127.0.0.1), else null. */
function mappedV4(address: string): string | null {
  const match = /^::ffff:(.+)$/i.exec(address);
  if (!match) return null;
  const tail = match[1]!;
  if (isIP(tail) === 4) return tail;
  const groups = tail.split(':');
  if (groups.length !== 2) return null;
  const [high, low] = groups.map((group) => parseInt(group, 16));
  if (!Number.isFinite(high) || !Number.isFinite(low)) return null;
  return [high! >> 8, high! & 255, low! >> 8, low! & 255].join('.');
}

/** Whether Vigie may connect to this IP address (a special address passes only when allowed). */
export function isFetchableAddress(address: string, allow: BlockList = currentAllow()): boolean {
  const bare = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const family = isIP(bare);
  if (!family) return false;
  // IPv4-mapped IPv6 (::ffff:127.0.0.1) is judged as the IPv4 address it carries; unreadable, refused.
  if (family === 6 && /^::ffff:/i.test(bare) && !mappedV4(bare)) return false;
  const v4 = family === 6 ? mappedV4(bare) : bare;
  if (v4 && isIP(v4) === 4) {
    if (allow.check(v4, 'ipv4') || (family === 6 && allow.check(bare, 'ipv6'))) return true;
    return !refused.check(v4, 'ipv4');
  }
  if (allow.check(bare, 'ipv6')) return true;
  return !refused.check(bare, 'ipv6');
}

/** A target refused by the guard (kept from the user: they see only "could not fetch"). */
class RefusedTarget extends Error {
  constructor(detail: string) {
    super(detail);
    this.name = 'RefusedTarget';
  }
}

/** Every failure to fetch, whatever its cause: the user learns nothing about closed or open ports. */
export class FetchFailed extends Error {
  readonly code = 'fetch_failed';
  constructor() {
    super('could not fetch');
    this.name = 'FetchFailed';
  }
}

const refusedMessage =
  'an address Vigie does not fetch: loopback, private, link-local and other internal addresses are refused (an operator may allow a range with VIGIE_FETCH_ALLOW)';

function parseHttpUrl(url: string, field: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new VigieError('invalid_input', `${field}: not a URL`, 400, [{ path: field, message: 'not a URL' }]);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
    throw new VigieError('invalid_input', `${field}: expected an http(s) URL`, 400, [
      { path: field, message: 'expected an http(s) URL' },
    ]);
  return parsed;
}

/** Host names that always mean this machine or its network, refused without asking DNS. */
function isLocalName(hostname: string): boolean {
  const name = hostname.toLowerCase().replace(/\.$/, '');
  return (
    name === 'localhost' ||
    name.endsWith('.localhost') ||
    name.endsWith('.local') ||
    name.endsWith('.internal') ||
    name === 'metadata' ||
    name.startsWith('metadata.')
  );
}

function resolveAll(hostname: string): Promise<LookupAddress[]> {
  return new Promise((resolve, reject) =>
    dnsLookup(hostname, { all: true, verbatim: true }, (error, addresses) =>
      error ? reject(error) : resolve(addresses),
    ),
  );
}

/**
 * Checks an address a user is saving (a feed, a webhook, a TAXII root): a 400 naming `field` when it
 * is not http(s) or points to a refused address. A name that does not resolve yet is accepted; the
 * check at connection still applies.
 */
export async function checkFetchTarget(url: string, field = 'url'): Promise<void> {
  const parsed = parseHttpUrl(url, field);
  const host = parsed.hostname.replace(/^\[|\]$/g, '');
  const allow = currentAllow();
  const refuse = () =>
    new VigieError('fetch_target_refused', `${field}: ${refusedMessage}`, 400, [
      { path: field, message: 'internal address refused' },
    ]);
  if (isIP(host)) {
    if (!isFetchableAddress(host, allow)) throw refuse();
    return;
  }
  if (isLocalName(host)) throw refuse();
  let addresses: LookupAddress[];
  try {
    addresses = await resolveAll(host);
  } catch {
    return;
  }
  if (addresses.some((entry) => !isFetchableAddress(entry.address, allow))) throw refuse();
}

/** The lookup the socket uses: resolves once, refuses if any address is refused, hands over the checked ones. */
function guardedLookup(allow: BlockList): LookupFunction {
  return ((hostname: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
    if (isLocalName(hostname)) {
      callback(new RefusedTarget(`${hostname} is a local name`));
      return;
    }
    dnsLookup(hostname, { all: true, verbatim: true }, (error, addresses) => {
      if (error) {
        callback(error);
        return;
      }
      const bad = addresses.find((entry) => !isFetchableAddress(entry.address, allow));
      if (bad || addresses.length === 0) {
        callback(new RefusedTarget(`${hostname} resolves to ${bad?.address ?? 'nothing'}`));
        return;
      }
      if (options?.all) callback(null, addresses);
      else callback(null, addresses[0]!.address, addresses[0]!.family);
    });
  }) as unknown as LookupFunction;
}

export interface GuardedRequest {
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  timeoutMs: number;
  /** answers longer than this are cut off and fail */
  maxBytes: number;
  /** redirects followed (each target checked first); 0 hands a 3xx back as it is */
  maxRedirects?: number;
}

/** One request through the guard: its status, headers and body, or a RefusedTarget / network error. */
function requestOnce(
  url: URL,
  init: GuardedRequest,
  allow: BlockList,
  signal: AbortSignal,
): Promise<{ status: number; headers: IncomingMessage['headers']; body: Buffer }> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  // An IP literal never reaches the lookup: check it here.
  if (isIP(host) && !isFetchableAddress(host, allow)) return Promise.reject(new RefusedTarget(`${host} is refused`));
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const request = send(
      url,
      { method: init.method ?? 'GET', headers: init.headers, lookup: guardedLookup(allow), signal },
      (response) => {
        const declared = Number(response.headers['content-length'] ?? 0);
        if (declared > init.maxBytes) {
          reject(new TooLarge(declared, init.maxBytes));
          response.destroy();
          return;
        }
        const chunks: Buffer[] = [];
        let size = 0;
        response.on('data', (chunk: Buffer) => {
          size += chunk.byteLength;
          if (size > init.maxBytes) {
            reject(new TooLarge(null, init.maxBytes));
            response.destroy();
            return;
          }
          chunks.push(chunk);
        });
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
        );
        response.on('error', reject);
        response.on('aborted', () => reject(new Error('aborted')));
      },
    );
    request.on('error', reject);
    request.end(init.body);
  });
}

/** An answer past the size limit (said to the user: it comes from a server that answered). */
export class TooLarge extends Error {
  constructor(
    readonly declared: number | null,
    readonly limit: number,
  ) {
    super(
      declared
        ? `the answer is ${declared} bytes, more than the ${limit} allowed`
        : `the answer is larger than the ${limit} bytes allowed`,
    );
    this.name = 'TooLarge';
  }
}

/**
 * Fetches `url` through the guard and returns a standard Response (body fully read, within
 * `maxBytes`). Any failure to reach the server (refused target, DNS, closed port, timeout) throws
 * FetchFailed, whose message says only "could not fetch"; the cause goes to the server log.
 */
export async function guardedFetch(url: string | URL, init: GuardedRequest): Promise<Response> {
  const allow = currentAllow();
  const signal = AbortSignal.timeout(init.timeoutMs);
  let target = typeof url === 'string' ? parseHttpUrl(url, 'url') : url;
  for (let hop = 0; ; hop += 1) {
    let answer: Awaited<ReturnType<typeof requestOnce>>;
    try {
      answer = await requestOnce(target, init, allow, signal);
    } catch (error) {
      if (error instanceof TooLarge) throw error;
      console.error(`vigie: could not fetch ${target.origin}: ${(error as Error).name}: ${(error as Error).message}`);
      throw new FetchFailed();
    }
    const location = answer.headers.location;
    if (answer.status >= 300 && answer.status < 400 && location && hop < (init.maxRedirects ?? 0)) {
      let next: URL;
      try {
        next = new URL(location, target);
      } catch {
        throw new FetchFailed();
      }
      if (next.protocol !== 'http:' && next.protocol !== 'https:') throw new FetchFailed();
      target = next;
      continue;
    }
    const headers = new Headers();
    for (const [name, value] of Object.entries(answer.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    const nullBody = answer.status === 204 || answer.status === 205 || answer.status === 304 || answer.status < 200;
    return new Response(nullBody ? null : new Uint8Array(answer.body), {
      status: answer.status < 200 ? 502 : answer.status,
      headers,
    });
  }
}
