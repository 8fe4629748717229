import { createHash } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';

/**
 * The Content-Security-Policy of every response. No 'unsafe-inline' and no 'unsafe-eval': the built
 * web app has no inline script or style (styles set from code go through the CSSOM, which CSP
 * allows). maplibre loads its worker from our own origin (setWorkerUrl) and may use blob: URLs for
 * workers and images; the favicon is a data: URL.
 */
export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  workerSrc: ["'self'", 'blob:'],
  childSrc: ["'self'", 'blob:'],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/** One year, subdomains included, as browsers' preload lists ask. */
export const HSTS = 'max-age=31536000; includeSubDomains';

export interface SecurityHeaderOptions {
  /**
   * Trust `X-Forwarded-Proto` from the reverse proxy in front of Vigie (env VIGIE_TRUST_PROXY=1, as for X-Forwarded-For).
   * Off by default: a client talking to Vigie directly could otherwise claim TLS.
   */
  trustProxy?: boolean;
}

/**
 * Security headers on every page and API response: CSP, frame denial (X-Frame-Options and
 * frame-ancestors), nosniff, a strict referrer policy, and HSTS only when the request came over TLS.
 */
export function securityHeaders(options: SecurityHeaderOptions = {}): MiddlewareHandler {
  const trustProxy = options.trustProxy ?? process.env.VIGIE_TRUST_PROXY === '1';
  const common = secureHeaders({
    contentSecurityPolicy: CONTENT_SECURITY_POLICY,
    xFrameOptions: 'DENY',
    xContentTypeOptions: 'nosniff',
    referrerPolicy: 'strict-origin-when-cross-origin',
    strictTransportSecurity: false,
    crossOriginEmbedderPolicy: false,
    crossOriginResourcePolicy: 'same-origin',
    crossOriginOpenerPolicy: 'same-origin',
    originAgentCluster: '?1',
    xDnsPrefetchControl: 'off',
    xDownloadOptions: 'noopen',
    xPermittedCrossDomainPolicies: 'none',
    xXssProtection: '0',
    permissionsPolicy: { camera: [], microphone: [], geolocation: [] },
  });
  return async (c, next) => {
    await common(c, next);
    const forwarded = trustProxy ? c.req.header('x-forwarded-proto')?.split(',')[0].trim().toLowerCase() : undefined;
    const overTls = new URL(c.req.url).protocol === 'https:' || forwarded === 'https';
    if (overTls) c.res.headers.set('Strict-Transport-Security', HSTS);
    if (c.req.path.startsWith('/api/') && c.res.headers.get('content-type')?.startsWith('text/html')) {
      c.res.headers.set('Content-Security-Policy', documentPolicy(await c.res.clone().text()));
    }
  };
}

/**
 * The policy of an HTML document the API serves (a daily brief, a case report): no script at all,
 * and only its own `<style>` blocks, allowed by their hashes rather than by 'unsafe-inline'.
 */
export function documentPolicy(html: string): string {
  const hashes = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(
    (match) => `'sha256-${createHash('sha256').update(match[1]).digest('base64')}'`,
  );
  return `default-src 'none'; style-src ${hashes.length > 0 ? hashes.join(' ') : "'none'"}; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; sandbox`;
}
