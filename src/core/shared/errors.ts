/** A problem with one field of the input, by its path ("occurred.night_of", "sources.0.url"). */
export interface FieldIssue {
  path: string; message: string; row?: number;
  /** a stable reason and its parameters, for a client that words the message itself */
  code?: string; params?: Record<string, unknown>;
}

/**
 * Errors are values with a stable code and an HTTP status; the API maps them in one handler,
 * the CLI prints the message and exits 2.
 */
export class VigieError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 423 | 429 | 503,
    readonly details: FieldIssue[] = [],
  ) {
    super(message);
    this.name = 'VigieError';
  }
}

export const invalidInput = (details: FieldIssue[], message = describeIssues(details)) =>
  new VigieError('invalid_input', message, 400, details);

export const notFound = (what: string, id: string) => new VigieError('not_found', `${what} ${id} does not exist`, 404);

export const versionConflict = (id: string, expected: number, actual: number) =>
  new VigieError('version_conflict', `incident ${id} is at version ${actual}, not ${expected}: reload it and apply your change again`, 409,
    [{ path: 'version', message: `current version is ${actual}` }]);

/** "facility: unknown facility "Tolon"; occurred: ..." — the first few issues in one line. */
export function describeIssues(details: FieldIssue[], limit = 3): string {
  const shown = details.slice(0, limit).map((issue) =>
    `${issue.row !== undefined ? `row ${issue.row}: ` : ''}${issue.path ? `${issue.path}: ` : ''}${issue.message}`);
  const more = details.length > limit ? ` (and ${details.length - limit} more)` : '';
  return shown.join('; ') + more;
}

/** Turns zod issues into field issues with dotted paths. */
export function fromZodIssues(issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>, row?: number): FieldIssue[] {
  return issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message, ...(row !== undefined ? { row } : {}) }));
}
