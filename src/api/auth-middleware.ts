import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { VigieContext } from '../context.ts';
import { authenticateSession, authenticateToken } from '../core/identity/auth.service.ts';
import { unauthenticated } from '../core/identity/identity.errors.ts';
import type { Caller } from '../core/shared/caller.ts';
import { VigieError } from '../core/shared/errors.ts';
import { sameSecret } from '../security/secrets.ts';

export const SESSION_COOKIE = 'vigie_session';
export const CSRF_HEADER = 'x-csrf-token';

/** Routes anyone may call: health, sign-in and the API document. */
const PUBLIC_API = new Set(['/api/health', '/api/auth/login', '/api/auth/setup', '/api/openapi.json']);
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The client's address: the socket's, or the first X-Forwarded-For hop behind a trusted proxy. */
export function clientAddress(c: Context): string {
  if (process.env.VIGIE_TRUST_PROXY === '1') {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  return incoming?.socket?.remoteAddress ?? 'local';
}

/**
 * Resolves the caller of every /api request from an API token or the session cookie. A request
 * with a cookie that changes something must carry the session's CSRF token in X-CSRF-Token
 * (SameSite=Strict already stops other sites; the header stops the rest).
 */
export function authenticate(context: VigieContext): MiddlewareHandler<{ Variables: { caller: Caller } }> {
  return async (c, next) => {
    if (!c.req.path.startsWith('/api/') || PUBLIC_API.has(c.req.path)) return next();
    const address = clientAddress(c);
    const authorization = c.req.header('authorization');
    if (authorization) {
      const match = /^Bearer\s+(\S+)$/i.exec(authorization);
      if (!match) throw unauthenticated('the Authorization header must read "Bearer <token>"');
      const { principal } = await authenticateToken(context.auth, match[1]);
      c.set('caller', { principal, address });
      return next();
    }
    const cookie = getCookie(c, SESSION_COOKIE);
    if (!cookie) throw unauthenticated();
    const { principal, csrfToken } = await authenticateSession(context.auth, cookie);
    if (!SAFE_METHODS.has(c.req.method) && !sameSecret(c.req.header(CSRF_HEADER) ?? '', csrfToken)) {
      throw new VigieError('csrf', 'missing or wrong X-CSRF-Token header: reload the page', 403);
    }
    c.set('caller', { principal, address });
    return next();
  };
}
