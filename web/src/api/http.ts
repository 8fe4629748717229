import createClient from 'openapi-fetch';
import { t } from '../i18n/i18n.ts';
import type { paths } from './openapi';
import type { AnswerOf, Schemas } from './schema.ts';
import type { ErrorDetail } from './types.ts';

/** An error answered by the API (or the network), carrying the server's message and field details. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: ErrorDetail[] = [],
    /** Seconds to wait before trying again (429 Retry-After). */
    readonly retryAfter?: number,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

type Query = Record<string, string | number | boolean | undefined | null>;

/** Builds `?a=1&b=2`, leaving out empty values. */
export function queryString(query: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

// The form matches on the dotted form ("a.b.0"); a path written as a pointer ("/a/b/0") is dotted too. The
// document says a string, but the body may be a proxy's: an array is joined and a missing path is empty.
const dotted = (path: unknown) =>
  Array.isArray(path)
    ? path.join('.')
    : String(path ?? '')
        .replace(/^\//, '')
        .replace(/\//g, '.');

/*
 * The session: the cookie is HttpOnly (the page never sees it); the CSRF token that must go with
 * every change is kept here, in memory only, from the sign-in or from /api/auth/me at start.
 */
let csrfToken: string | null = null;
const unauthorizedListeners = new Set<(error: ApiError) => void>();

/** Remembers (or forgets, with null) the CSRF token of the session. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Calls `listener` on every 401 of the API except a refused sign-in; returns the unsubscribe. */
export function onUnauthorized(listener: (error: ApiError) => void): () => void {
  unauthorizedListeners.add(listener);
  return () => {
    unauthorizedListeners.delete(listener);
  };
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const SIGN_IN = '/api/auth/login';

// A Blob (a File picked by the user) goes as it is, with its own type; anything else as JSON.
function requestOf(method: string, path: string, body: unknown): Request {
  const headers: Record<string, string> = {};
  const raw = body instanceof Blob;
  if (body !== undefined) headers['content-type'] = raw ? body.type || 'application/octet-stream' : 'application/json';
  return new Request(path, {
    method,
    headers,
    credentials: 'same-origin',
    body: body === undefined ? undefined : raw ? body : JSON.stringify(body),
  });
}

// One exchange with the server, with the session's CSRF token on a change.
async function send(request: Request): Promise<Response> {
  if (!request.headers.has('accept')) request.headers.set('accept', 'application/json');
  if (!SAFE_METHODS.has(request.method) && csrfToken) request.headers.set('x-csrf-token', csrfToken);
  try {
    return await fetch(request);
  } catch {
    throw new ApiError(0, 'network', t('error.network'));
  }
}

/**
 * The `ApiError` of a refused call from its status and body: the API's `Error` envelope (every refusal, the
 * edge's included, is one: test/support/contract.ts), or anything else when a proxy answered.
 */
export function errorOf(status: number, payload: unknown, retryAfter?: number): ApiError {
  const error = (payload as Partial<Schemas['Error']> | undefined)?.error;
  return new ApiError(
    status,
    error?.code ?? `http_${status}`,
    error?.message ?? t('error.unexpected', { status }),
    // the code and its parameters let the app word the problem in the reader's language (error-words.ts)
    (error?.details ?? []).map((detail) => ({ ...detail, path: dotted(detail.path) })),
    retryAfter,
  );
}

async function toError(response: Response): Promise<ApiError> {
  const payload: unknown = await response.json().catch(() => undefined);
  return errorOf(response.status, payload, Number(response.headers.get('retry-after')) || undefined);
}

/** Asks /api/auth/me for the session's CSRF token again (after a 403 `csrf`). */
async function refreshCsrfToken(): Promise<boolean> {
  const response = await send(requestOf('GET', '/api/auth/me', undefined));
  if (!response.ok) return false;
  const session = (await response.json().catch(() => undefined)) as AnswerOf<'/api/auth/me', 'get'> | undefined;
  setCsrfToken(session?.csrf_token ?? null);
  return Boolean(session?.csrf_token);
}

/**
 * The fetch of every call to the API, the typed client's and `request`'s. A change refused for a stale CSRF
 * token is retried once with a fresh token; a refusal throws an `ApiError` (its code, message and field
 * problems), and a 401 tells the listeners first (the app then shows the sign-in page).
 */
export async function apiFetch(request: Request): Promise<Response> {
  const spare = SAFE_METHODS.has(request.method) ? undefined : request.clone();
  let response = await send(request);
  if (response.status === 403 && spare) {
    const error = await toError(response.clone());
    if (error.code === 'csrf' && (await refreshCsrfToken())) response = await send(spare);
  }
  if (response.ok) return response;
  const error = await toError(response);
  if (response.status === 401 && new URL(request.url, location.href).pathname !== SIGN_IN)
    for (const listener of unauthorizedListeners) listener(error);
  throw error;
}

/** One call to the API by method and path (routes not yet typed, uploads of files): prefer `client`. */
export async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await apiFetch(requestOf(method, path, body));
  if (response.status === 204) return undefined as T;
  return (await response.json().catch(() => undefined)) as T;
}

/**
 * The typed client, generated from the API's OpenAPI document (`openapi.d.ts`, `npm run gen:api`): paths,
 * parameters, bodies and answers are checked by the compiler. It goes through `apiFetch`, so a refusal
 * throws an `ApiError` and `data` is the declared answer: read it with `dataOf`.
 */
export const client = createClient<paths>({
  fetch: apiFetch,
  credentials: 'same-origin',
  // a list goes as the API reads it: `state=open,acknowledged`
  querySerializer: { array: { style: 'form', explode: false } },
});

/** The answer of a typed call: a refusal has already thrown an `ApiError`, so the declared answer is there. */
export async function dataOf<T>(
  call: Promise<{ data: T; error?: never } | { data?: never; error: unknown }>,
): Promise<NonNullable<T>> {
  return (await call).data as NonNullable<T>;
}

/**
 * The answer of a typed call to a route that also answers a file (CSV, PDF, HTML as `?format=`): asked
 * without it, the route answers its JSON form, the one member of the declared answers that is not text.
 */
export async function jsonOf<T>(
  call: Promise<{ data: T; error?: never } | { data?: never; error: unknown }>,
): Promise<Exclude<NonNullable<T>, string>> {
  return (await call).data as Exclude<NonNullable<T>, string>;
}

/** Waits for a typed call that answers nothing (204); a refusal has thrown an `ApiError`. */
export async function done(call: Promise<unknown>): Promise<void> {
  await call;
}
