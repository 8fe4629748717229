import type { MiddlewareHandler } from 'hono';
import { VigieError } from '../core/shared/errors.ts';

/** Bodies read as text: JSON of any flavour (application/json, taxii+json, stix+json) and text/plain. */
const TEXT_BODY = /json|^text\/plain/i;

/**
 * Refuses a JSON or text body that is not valid UTF-8 (400 `invalid_utf8`), before any route reads it:
 * decoding it leniently would store U+FFFD in place of the bytes the client sent, without a word.
 * Imports and evidence uploads are left out: imports check their streams themselves (and name the
 * line), evidence files are stored as the bytes they are. Hono keeps the bytes read here for the route.
 */
export function refuseInvalidUtf8(skip: (path: string) => boolean): MiddlewareHandler {
  return async (c, next) => {
    const type = c.req.header('content-type') ?? '';
    if (!c.req.raw.body || !TEXT_BODY.test(type) || skip(c.req.path)) return next();
    const bytes = await c.req.arrayBuffer();
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw new VigieError('invalid_utf8', 'the body is not valid UTF-8: send it encoded as UTF-8', 400, [{ path: 'body', message: 'not valid UTF-8' }]);
    }
    return next();
  };
}
