import { VigieError } from '../core/shared/errors.ts';

/** Seconds a client is told to wait when the database is out of reach (a restart takes a few). */
export const STORE_RETRY_AFTER_SECONDS = 5;

// Socket errors of a connection refused, cut or unreachable.
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);
// SQLSTATE: 57P01 admin_shutdown, 57P02 crash_shutdown, 57P03 cannot_connect_now (starting or stopping),
// 53300 too_many_connections; class 08 is every connection exception.
const SERVER_CODES = new Set(['57P01', '57P02', '57P03', '53300']);
// node-postgres says these in words, without a code.
const MESSAGES = [/connection terminated/i, /timeout exceeded when trying to connect/i, /not queryable/i, /connection (?:is )?(?:closed|ended)/i];

/**
 * Is this error the database being out of reach (stopped, restarting, the connection lost or a
 * connection not obtained in time) rather than a refusal of the query? The caller may retry later.
 */
export function isStoreUnreachable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 3) return false;
  const { code, message, cause, errors } = error as { code?: unknown; message?: unknown; cause?: unknown; errors?: unknown };
  if (typeof code === 'string' && (NETWORK_CODES.has(code) || SERVER_CODES.has(code) || /^08[0-9A-Z]{3}$/.test(code))) return true;
  if (typeof message === 'string' && MESSAGES.some((pattern) => pattern.test(message))) return true;
  // Node reports a refused connection to every address of a host as an AggregateError.
  if (Array.isArray(errors) && errors.some((inner) => isStoreUnreachable(inner, depth + 1))) return true;
  return isStoreUnreachable(cause, depth + 1);
}

/** The refusal a request gets while the database is out of reach: 503 with a retry hint. */
export function storeUnavailable(): VigieError {
  return Object.assign(
    new VigieError('store_unavailable', `the database cannot be reached for the moment (restarting?): retry in ${STORE_RETRY_AFTER_SECONDS} seconds`, 503),
    { retryAfterSeconds: STORE_RETRY_AFTER_SECONDS },
  );
}
