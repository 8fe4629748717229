/**
 * A stored JSON blob (campaign facts, significance, evidence details) with its keys in snake_case:
 * the analysis writes `sharedTag` or `siteId` in camelCase, the wire speaks one case. Values are left
 * alone; records keyed by data (ids, tags) keep their keys, since they hold no capital letter to turn.
 */
export function snakeKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map(snakeKeys) as T;
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [snakeCase(key), snakeKeys(inner)])) as T;
}

const snakeCase = (key: string) =>
  /^[a-z][A-Za-z0-9]*$/.test(key) ? key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`) : key;
