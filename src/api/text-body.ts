import type { MiddlewareHandler } from 'hono';
import { VigieError } from '../core/shared/errors.ts';
import { SEALED_TEXT_PREFIX } from '../security/sealed-text.ts';

/** Bodies read as text: JSON of any flavour (application/json, taxii+json, stix+json) and text/plain. */
const TEXT_BODY = /json|^text\/plain/i;

/**
 * Refuses a JSON or text body that is not valid UTF-8 (400 `invalid_utf8`), before any route reads it:
 * decoding it leniently would store U+FFFD in place of the bytes the client sent, without a word.
 * Refuses as well a body carrying a sealed value (400 `sealed_text_in_input`): pasted from a backup
 * into a record, it would be opened for whoever reads that record.
 * Imports and evidence uploads are left out: imports check their streams themselves (and name the
 * line), evidence files are stored as the bytes they are. Hono keeps the bytes read here for the route.
 */
export function checkTextBody(skip: (path: string) => boolean): MiddlewareHandler {
  return async (c, next) => {
    // A GET or HEAD has no body (and asking for it builds a full fetch Request in the Node adapter).
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    const type = c.req.header('content-type') ?? '';
    if (!c.req.raw.body || !TEXT_BODY.test(type) || skip(c.req.path)) return next();
    const bytes = await c.req.arrayBuffer();
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw new VigieError('invalid_utf8', 'the body is not valid UTF-8: send it encoded as UTF-8', 400, [
        { path: 'body', message: 'not valid UTF-8' },
      ]);
    }
    // Hono's bodyLimit (the TAXII routes) reads the raw stream, which the read above has used: hand the
    // routes a request carrying the same bytes.
    c.req.raw = new Request(c.req.raw, { body: bytes });
    if (text.includes(SEALED_TEXT_PREFIX)) {
      throw new VigieError(
        'sealed_text_in_input',
        `the body carries a value sealed by Vigie (${SEALED_TEXT_PREFIX}...): type the text itself`,
        400,
        [{ path: 'body', message: 'sealed value' }],
      );
    }
    return next();
  };
}
