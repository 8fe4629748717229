import { createApp } from '../../src/api/app.ts';
import type { VigieContext } from '../../src/context.ts';
import { account } from './accounts.ts';
import { type Contract, contractOf } from './contract.ts';

/**
 * Every app `createApp` makes serves the same document (it needs no store: src/api/openapi-document.ts
 * builds it over an inert context), so the process reads and compiles it once, not once per client:
 * a file that makes a client per reader spent most of its CPU rebuilding the document.
 */
let vigieContract: Promise<Contract> | undefined;

/**
 * Calls the HTTP app in process (no listening server), with JSON helpers. Every answer of an /api route is
 * checked against the app's own OpenAPI document (test/support/contract.ts): a JSON body that does not
 * match its declared schema, an undeclared status or an undocumented route makes the call throw.
 */
export function apiClient(context: VigieContext, auth: { token?: string } = {}) {
  const app = createApp(context);
  async function call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
    const init: RequestInit = {
      method,
      headers: { ...(auth.token ? { authorization: `Bearer ${auth.token}` } : {}), ...headers },
    };
    if (body !== undefined) {
      init.body = typeof body === 'string' ? body : JSON.stringify(body);
      if (typeof body !== 'string') (init.headers as Record<string, string>)['content-type'] = 'application/json';
    }
    const response = await app.request(path, init);
    const text = await response.text();
    let json: any;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    vigieContract ??= contractOf(app);
    (await vigieContract).check({
      method,
      path,
      status: response.status,
      contentType: response.headers.get('content-type'),
      json,
    });
    return { status: response.status, json, text, headers: response.headers };
  }
  return {
    get: (path: string) => call('GET', path),
    post: (path: string, body?: unknown, headers?: Record<string, string>) => call('POST', path, body, headers),
    patch: (path: string, body: unknown) => call('PATCH', path, body),
    upload: (path: string, text: string, contentType: string) =>
      call('POST', path, text, { 'content-type': contentType }),
    call,
  };
}

/** A client signed in as a fresh account (an analyst of the Vigie organisation unless told otherwise). */
export async function signedInClient(context: VigieContext, options: Parameters<typeof account>[1] = {}) {
  const user = await account(context, options);
  return Object.assign(apiClient(context, { token: user.token }), { user });
}
