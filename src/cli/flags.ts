// Flags are validated by the zod schemas the API uses: a refusal names the flag and exits 2, no bad
// value is quietly repaired.
import { fromZodIssues, invalidInput } from '../core/shared/errors.ts';

interface Schema<T> {
  safeParse(
    value: unknown,
  ):
    | { success: true; data: T }
    | { success: false; error: { issues: Array<{ path: PropertyKey[]; message: string }> } };
}

/** Validates CLI input with a zod schema; a refusal names the field (exit code 2). */
export function parse<T>(schema: Schema<T>, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw invalidInput(fromZodIssues(parsed.error.issues));
  return parsed.data;
}

const flagName = (field: string) => `--${field.replace(/_/g, '-')}`;

/**
 * Validates flags with a schema whose fields are the flags (limit, offset, state...): a refusal
 * names the flag as typed, e.g. `--limit: Too big: expected number to be <=200`.
 */
export function parseFlags<T>(schema: Schema<T>, flags: Record<string, unknown>): T {
  const parsed = schema.safeParse(flags);
  if (parsed.success) return parsed.data;
  throw invalidInput(
    fromZodIssues(parsed.error.issues).map((issue) => ({ ...issue, path: flagName(issue.path.split('.')[0]) })),
  );
}
