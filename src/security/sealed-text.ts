import type {
  KyselyPlugin,
  PluginTransformQueryArgs,
  PluginTransformResultArgs,
  QueryResult,
  RootOperationNode,
  UnknownRow,
} from 'kysely';
import type { Sealer } from './sealer.ts';

/**
 * The free text of a record in a sealed compartment (STAFF) is stored sealed, field by field: a
 * description, a case summary, a note, a task title lie in the store, its write-ahead log and its
 * backups as `vigie-sealed:v1.<key id>.<iv>.<tag>.<ciphertext>`. Services seal on write
 * (`sealFreeText`); every read through the store's Kysely instance opens them again
 * (`OpenSealedTextPlugin`), so the code that reads records needs no change, and only the store's
 * bytes differ. What SQL compares inside a sealed text (a search, a LIKE) does not find it.
 */
export const SEALED_TEXT_PREFIX = 'vigie-sealed:';

/** The compartments whose records have their free text sealed at rest. */
export const SEALED_COMPARTMENTS: readonly string[] = ['STAFF'];

/** Whether a record with these compartments has its free text sealed. */
export function sealsFreeText(compartments: readonly string[] | null | undefined): boolean {
  return (compartments ?? []).some((compartment) => SEALED_COMPARTMENTS.includes(compartment));
}

export const isSealedText = (value: unknown): value is string =>
  typeof value === 'string' && value.startsWith(SEALED_TEXT_PREFIX);

export function sealText(sealer: Sealer, text: string): string {
  return isSealedText(text) ? text : `${SEALED_TEXT_PREFIX}${sealer.seal(text)}`;
}

export function openText(sealer: Sealer, value: string): string {
  return isSealedText(value) ? sealer.open(value.slice(SEALED_TEXT_PREFIX.length)) : value;
}

/** Every string in a value (text, array, plain object, JSON), sealed; other values as they are. */
export function sealStrings<T>(sealer: Sealer, value: T): T {
  if (typeof value === 'string') return sealText(sealer, value) as T;
  if (Array.isArray(value)) return value.map((item) => sealStrings(sealer, item)) as T;
  if (isPlainObject(value))
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, sealStrings(sealer, item)])) as T;
  return value;
}

/** Every sealed string in a value opened; returns the value itself when it holds none (no copy). */
export function openStrings<T>(sealer: Sealer, value: T): T {
  if (isSealedText(value)) return openText(sealer, value) as T;
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    value.forEach((item, index) => {
      const opened = openStrings(sealer, item);
      if (opened !== item) (copy ??= [...value])[index] = opened;
    });
    return (copy ?? value) as T;
  }
  if (isPlainObject(value)) {
    let copy: Record<string, unknown> | undefined;
    for (const [key, item] of Object.entries(value)) {
      const opened = openStrings(sealer, item);
      if (opened !== item) (copy ??= { ...value })[key] = opened;
    }
    return (copy ?? value) as T;
  }
  return value;
}

/**
 * The fields of `record` named in `fields` with their strings sealed when the record's compartments
 * seal free text; the record unchanged otherwise.
 */
export function sealFreeText<T extends Record<string, unknown>>(
  sealer: Sealer,
  compartments: readonly string[] | null | undefined,
  record: T,
  fields: ReadonlyArray<keyof T>,
): T {
  if (!sealsFreeText(compartments)) return record;
  const sealed: Record<string, unknown> = { ...record };
  for (const field of fields)
    if (sealed[field as string] != null) sealed[field as string] = sealStrings(sealer, sealed[field as string]);
  return sealed as T;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/**
 * Opens every sealed text in the rows a query returns, in any column and inside JSON. A backup reads
 * the store without it (`db.withoutPlugins()`), so sealed fields stay sealed in the file.
 */
export class OpenSealedTextPlugin implements KyselyPlugin {
  constructor(private readonly sealer: Sealer) {}

  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    return args.node;
  }

  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    const rows = args.result.rows;
    if (!rows || rows.length === 0) return args.result;
    const opened = openStrings(this.sealer, rows);
    return opened === rows ? args.result : { ...args.result, rows: opened };
  }
}
