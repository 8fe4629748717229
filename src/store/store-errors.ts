import { VigieError } from '../core/shared/errors.ts';

/** Seconds a client is told to wait when the database is out of reach (a restart takes a few). */
export const STORE_RETRY_AFTER_SECONDS = 5;

// Socket errors of a connection refused, cut or unreachable.
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
]);
// SQLSTATE: 57P01 admin_shutdown, 57P02 crash_shutdown, 57P03 cannot_connect_now (starting or stopping),
// 53300 too_many_connections; class 08 is every connection exception.
const SERVER_CODES = new Set(['57P01', '57P02', '57P03', '53300']);
// node-postgres says these in words, without a code.
const MESSAGES = [
  /connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /not queryable/i,
  /connection (?:is )?(?:closed|ended)/i,
];

/**
 * Is this error the database being out of reach (stopped, restarting, the connection lost or a
 * connection not obtained in time) rather than a refusal of the query? The caller may retry later.
 */
export function isStoreUnreachable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 3) return false;
  const { code, message, cause, errors } = error as {
    code?: unknown;
    message?: unknown;
    cause?: unknown;
    errors?: unknown;
  };
  if (typeof code === 'string' && (NETWORK_CODES.has(code) || SERVER_CODES.has(code) || /^08[0-9A-Z]{3}$/.test(code)))
    return true;
  if (typeof message === 'string' && MESSAGES.some((pattern) => pattern.test(message))) return true;
  // Node reports a refused connection to every address of a host as an AggregateError.
  if (Array.isArray(errors) && errors.some((inner) => isStoreUnreachable(inner, depth + 1))) return true;
  return isStoreUnreachable(cause, depth + 1);
}

/** The refusal a request gets while the database is out of reach: 503 with a retry hint. */
export function storeUnavailable(): VigieError {
  return Object.assign(
    new VigieError(
      'store_unavailable',
      `the database cannot be reached for the moment (restarting?): retry in ${STORE_RETRY_AFTER_SECONDS} seconds`,
      503,
    ),
    { retryAfterSeconds: STORE_RETRY_AFTER_SECONDS },
  );
}

/** The SQLSTATEs of a database that is there but refuses us: 3D000 no such database, 28P01 a wrong password. */
const UNOPENABLE_CODES = new Set(['3D000', '28P01']);

/**
 * The one reading of store errors, for the API and the CLI: a VigieError as it is; the database out
 * of reach (503, retry later); a database that cannot be opened; PostgreSQL's data exceptions (class
 * 22: a NUL character, a number or a date out of range), which are the input's to fix, not a crash.
 * Undefined for anything else (a bug: the caller logs it).
 */
export function toVigieError(error: unknown): VigieError | undefined {
  if (error instanceof VigieError) return error;
  if (isStoreUnreachable(error)) return storeUnavailable();
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return undefined;
  if (UNOPENABLE_CODES.has(code))
    return new VigieError(
      'store_unavailable',
      `cannot open the database of DATABASE_URL: ${(error as Error).message}`,
      503,
    );
  if (/^22[0-9A-Z]{3}$/.test(code)) {
    const message =
      code === '22021' || code === '22P05'
        ? 'a text holds the NUL character (\\u0000), which cannot be stored: remove it'
        : `a value is outside what the store accepts: ${(error as Error).message}`;
    return new VigieError('invalid_value', message, 400, [{ path: 'body', message }]);
  }
  return undefined;
}
