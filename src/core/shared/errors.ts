/** A problem with one field of the input, by its path ("occurred.night_of", "sources.0.url"). */
export interface FieldIssue {
  path: string;
  message: string;
  row?: number;
  /** a stable reason and its parameters, for a client that words the message itself */
  code?: string;
  params?: Record<string, unknown>;
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
  new VigieError(
    'version_conflict',
    `incident ${id} is at version ${actual}, not ${expected}: reload it and apply your change again`,
    409,
    [{ path: 'version', message: `current version is ${actual}` }],
  );

/** "facility: unknown facility "Tolon"; occurred: ..." — the first few issues in one line. */
export function describeIssues(details: FieldIssue[], limit = 3): string {
  const shown = details
    .slice(0, limit)
    .map(
      (issue) =>
        `${issue.row !== undefined ? `row ${issue.row}: ` : ''}${issue.path ? `${issue.path}: ` : ''}${issue.message}`,
    );
  const more = details.length > limit ? ` (and ${details.length - limit} more)` : '';
  return shown.join('; ') + more;
}

/** Turns zod issues into field issues with dotted paths, each with a code a client words in its reader's language. */
export function fromZodIssues(
  issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>,
  row?: number,
  input?: unknown,
): FieldIssue[] {
  return issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
    // zod does not report the value: read it from the input, when given, to tell a missing value from a wrong one
    ...issueCode(input === undefined ? issue : { ...issue, input: valueAt(input, issue.path) }),
    ...(row !== undefined ? { row } : {}),
  }));
}

function valueAt(input: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let value = input;
  for (const key of path)
    value = value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  return value;
}

type ZodIssueLike = { message: string; code?: string; input?: unknown; [key: string]: unknown };

/**
 * The stable code of a zod issue and its parameters (docs/api.md, "Errors"): `required`,
 * `too_small`/`too_big` (minimum/maximum, origin), `format_date`, `format_datetime`, `format_url`,
 * `format_month`, `date_or_datetime`, `invalid_choice` (values), `unknown_fields` (keys),
 * `occurred_form`, `invalid_type` (expected); a refinement names its own (`params.code`).
 */
export function issueCode(raw: { message: string; input?: unknown }): {
  code: string;
  params?: Record<string, unknown>;
} {
  const issue = raw as ZodIssueLike;
  switch (issue.code) {
    case 'invalid_type':
      return ('input' in issue ? issue.input === undefined : /received undefined/.test(issue.message))
        ? { code: 'required' }
        : { code: 'invalid_type', params: { expected: issue.expected } };
    case 'too_small':
      if (issue.origin === 'string' && (issue.minimum === 1 || issue.input === '')) return { code: 'required' };
      if (issue.origin === 'array' && issue.minimum === 1) return { code: 'choose_one' };
      return { code: 'too_small', params: { minimum: issue.minimum, origin: issue.origin } };
    case 'too_big':
      return { code: 'too_big', params: { maximum: issue.maximum, origin: issue.origin } };
    case 'invalid_format': {
      if (issue.input === '') return { code: 'required' };
      const format = issue.format === 'regex' && /month/.test(issue.message) ? 'month' : String(issue.format);
      return ['date', 'datetime', 'url', 'month', 'uuid', 'email'].includes(format)
        ? { code: `format_${format}` }
        : { code: 'invalid_format' };
    }
    case 'invalid_value':
      return { code: 'invalid_choice', params: { values: issue.values } };
    case 'unrecognized_keys':
      return { code: 'unknown_fields', params: { keys: issue.keys } };
    case 'invalid_union':
      return /^occurred takes/.test(issue.message)
        ? { code: 'occurred_form' }
        : /date-time/.test(issue.message)
          ? { code: 'date_or_datetime' }
          : { code: 'invalid_value' };
    case 'custom': {
      const params = (issue.params ?? {}) as Record<string, unknown>;
      return typeof params.code === 'string' ? { code: params.code, params } : { code: 'invalid_value' };
    }
    default:
      return { code: 'invalid_value' };
  }
}

/** A refusal by the access policy (core/access): 403 with the rule's reason. */
export const forbidden = (reason: string) => new VigieError('forbidden', `not allowed: ${reason}`, 403);
