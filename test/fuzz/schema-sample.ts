/**
 * Values for the API fuzz run: samples that follow a JSON schema of the OpenAPI document (so that
 * requests get past validation and reach the services), and hostile values that do not.
 * Deterministic for a given seed.
 */
import { mulberry32 } from '../../src/analysis/random.ts';

export type Random = () => number;

/** A seeded generator: the same seed gives the same run. */
export const seededRandom: (seed: number) => Random = mulberry32;

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)];

/** 10,000 levels of nested arrays, as text (JSON.stringify of such a value would itself overflow). */
export const DEEP_JSON = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;

/** Values no schema expects: wrong types, huge and strange strings, prototype keys, deep nesting. */
export const HOSTILE_VALUES: readonly unknown[] = [
  null,
  true,
  -1,
  0,
  1e308,
  -0.5,
  '',
  ' ',
  'x'.repeat(100_000),
  '\u0000',
  '\uD800',
  '%00',
  '../../../etc/passwd',
  "'; DROP TABLE incidents; --",
  '<img src=x onerror=alert(1)>',
  "=cmd|' /C calc'!A0",
  '2025-02-30',
  '9999-99-99T99:99:99Z',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '__proto__',
  { __proto__: { admin: true } },
  JSON.parse('{"__proto__":{"polluted":1}}'),
  [],
  {},
  [[[[[[]]]]]],
  { $ne: null },
  Array.from({ length: 2000 }, (_, index) => index),
];

/** Strings for path ids: valid-looking and not. */
export const HOSTILE_IDS: readonly string[] = [
  '00000000-0000-4000-8000-000000000000',
  'not-an-id',
  '%00',
  '..%2F..%2Fetc',
  'é',
  '1'.repeat(5000),
  '-1',
  'null',
  '__proto__',
  '%E0%A4%A',
  '%25',
];

type Schema = Record<string, any>;

/** Resolves `$ref: "#/components/schemas/X"` against the document. */
function resolve(schema: Schema | undefined, document: Schema): Schema {
  let current = schema ?? {};
  for (let hops = 0; current.$ref && hops < 20; hops += 1) {
    const name = String(current.$ref).split('/').pop()!;
    current = document.components?.schemas?.[name] ?? {};
  }
  return current;
}

/** A value that follows the schema where it can (formats, enums, bounds), for `depth` levels. */
export function sampleOf(schema: Schema | undefined, document: Schema, random: Random, depth = 0): unknown {
  const s = resolve(schema, document);
  if (depth > 6) return undefined;
  if ('const' in s) return s.const;
  if (Array.isArray(s.enum)) return pick(random, s.enum);
  if (Array.isArray(s.examples) && s.examples.length && random() < 0.3) return pick(random, s.examples);
  const choices = s.anyOf ?? s.oneOf;
  if (Array.isArray(choices)) return sampleOf(pick(random, choices), document, random, depth + 1);
  if (Array.isArray(s.allOf))
    return Object.assign({}, ...s.allOf.map((part: Schema) => sampleOf(part, document, random, depth + 1) ?? {}));
  const type = Array.isArray(s.type) ? pick(random, s.type) : (s.type ?? (s.properties ? 'object' : undefined));
  switch (type) {
    case 'object': {
      const value: Record<string, unknown> = {};
      const required = new Set<string>(s.required ?? []);
      for (const [key, property] of Object.entries<Schema>(s.properties ?? {})) {
        if (required.has(key) || random() < 0.5) {
          const sample = sampleOf(property, document, random, depth + 1);
          if (sample !== undefined) value[key] = sample;
        }
      }
      return value;
    }
    case 'array': {
      const count = Math.max(s.minItems ?? 0, Math.floor(random() * Math.min(s.maxItems ?? 3, 3)));
      return Array.from({ length: count }, () => sampleOf(s.items, document, random, depth + 1)).filter(
        (item) => item !== undefined,
      );
    }
    case 'integer':
      return Math.floor((s.minimum ?? 0) + random() * Math.min(100, (s.maximum ?? 100) - (s.minimum ?? 0)));
    case 'number':
      return (s.minimum ?? 0) + random() * Math.min(100, (s.maximum ?? 100) - (s.minimum ?? 0));
    case 'boolean':
      return random() < 0.5;
    case 'null':
      return null;
    case 'string':
      return stringOf(s, random);
    default:
      return pick(random, ['x', 1, true]);
  }
}

function stringOf(s: Schema, random: Random): string {
  switch (s.format) {
    case 'uuid':
      return `00000000-0000-4000-8000-00000000000${Math.floor(random() * 10)}`;
    case 'date':
      return `2025-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}`;
    case 'date-time':
      return '2025-04-15T00:30:00+02:00';
    case 'email':
      return 'agent@example.org';
    case 'uri':
    case 'url':
      return 'https://example.org/a';
    default:
      break;
  }
  const words = [
    'Toulon-La Farlède',
    'fr-toulon-la-farlede-cp',
    'tirs',
    'DDPF',
    '2025-04-14',
    'AMBER',
    'incident',
    'gunfire',
    'press',
    'é<b>x</b>',
  ];
  const text = pick(random, words);
  const min = s.minLength ?? 0;
  return text.length >= min ? text.slice(0, s.maxLength ?? text.length) : text.padEnd(min, 'x');
}

/** The sample with one field (or the whole value) replaced by a hostile value. */
export function mutate(value: unknown, random: Random): unknown {
  const hostile = pick(random, HOSTILE_VALUES);
  if (value && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length && random() < 0.8) {
    const key = pick(random, Object.keys(value));
    return { ...(value as Record<string, unknown>), [key]: hostile };
  }
  return hostile;
}
