/**
 * The CSV form of the interchange format. Columns carry the JSON names; nested fields take dotted
 * names (`occurred.night_of`, `place.lat`); lists are one cell with `;` between items, so the field
 * delimiter of the file is `,` (RFC 4180, quote cells that hold a comma, a quote or a line break).
 * In a list item, `\;` stands for a `;` that is part of the item and `\\` for a backslash before it.
 * A CSV row carries one source, in the `source.*` columns.
 */

/** What a CSV file holds: incidents or seizures. */
export type RecordKind = 'incident' | 'seizure';

const OCCURRED_COLUMNS = [
  'occurred.at',
  'occurred.date',
  'occurred.night_of',
  'occurred.week_of',
  'occurred.month',
  'occurred.start',
  'occurred.end',
  'occurred.precision',
] as const;
const PLACE_COLUMNS = [
  'place.lat',
  'place.lon',
  'place.precision',
  'place.commune',
  'place.department',
  'place.country',
] as const;
const SOURCE_COLUMNS = [
  'source.kind',
  'source.title',
  'source.url',
  'source.published_at',
  'source.reliability',
  'source.credibility',
  'source.outlet',
] as const;

/** The columns of an incident CSV, in the order exports write them. */
export const INCIDENT_CSV_COLUMNS = [
  'external_id',
  ...OCCURRED_COLUMNS,
  'reported_at',
  'facility',
  ...PLACE_COLUMNS,
  'spot',
  'event_types',
  'target_kinds',
  'weapons',
  'signatures',
  'casualties.killed',
  'casualties.injured',
  'damage',
  'description',
  'status',
  ...SOURCE_COLUMNS,
] as const;

/** The columns of a seizure CSV, in the order exports write them. */
export const SEIZURE_CSV_COLUMNS = [
  'external_id',
  ...OCCURRED_COLUMNS,
  ...PLACE_COLUMNS,
  'agency',
  'drug',
  'quantity.value',
  'quantity.unit',
  'value.amount',
  'value.currency',
  'vessel',
  'route',
  'organisation',
  'organisation.kind',
  'description',
  ...SOURCE_COLUMNS,
] as const;

/** Per kind: the columns that hold lists, and the fields whose dotted columns build an object. */
const SHAPES: Record<RecordKind, { lists: ReadonlySet<string>; objects: ReadonlySet<string> }> = {
  incident: {
    lists: new Set(['event_types', 'target_kinds', 'weapons', 'signatures']),
    objects: new Set(['occurred', 'place', 'casualties', 'source']),
  },
  seizure: {
    lists: new Set(),
    objects: new Set(['occurred', 'place', 'quantity', 'value', 'organisation', 'source']),
  },
};

// Spreadsheets run a cell that starts with one of these as a formula. Leading quotes are looked
// past so that a cell already starting with `'` is quoted again and the round trip stays exact.
const FORMULA_START = /^'*[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
// "kind:text": a snake_case word before the first colon names the kind of a signature.
const SIGNATURE_WITH_KIND = /^([a-z_]+)\s*:([\s\S]*)$/;

/**
 * Turns one CSV record (column name → cell) into the interchange shape, for the zod schema to
 * validate. Empty cells are left out, numbers stay strings (the schemas coerce them), and unknown
 * columns pass through under their own name so that the validator reports them.
 */
export function csvRecordToInterchange(record: Record<string, string>, kind: RecordKind): unknown {
  const shape = SHAPES[kind];
  const objects = new Map<string, Array<[string, string]>>();
  const fields = new Map<string, unknown>();
  for (const [column, raw] of Object.entries(record)) {
    const cell = restoreCell(raw ?? '');
    if (cell.trim() === '') continue;
    const dot = column.indexOf('.');
    const parent = column.slice(0, dot);
    if (dot > 0 && shape.objects.has(parent)) {
      const entries = objects.get(parent) ?? [];
      entries.push([column.slice(dot + 1), cell]);
      objects.set(parent, entries);
    } else if (column === 'signatures' && shape.lists.has(column)) {
      fields.set(column, splitList(cell).map(parseSignature));
    } else {
      fields.set(column, shape.lists.has(column) ? splitList(cell) : cell);
    }
  }
  const value = new Map<string, unknown>();
  for (const [parent, entries] of objects) {
    const object = Object.fromEntries(entries);
    if (parent === 'source') value.set('sources', [object]);
    else if (parent === 'organisation' && fields.has('organisation')) {
      // `organisation` names it and `organisation.kind` says what it is: { name, kind }.
      value.set(parent, { name: fields.get(parent), ...object });
      fields.delete(parent);
    } else value.set(parent, object);
  }
  // A plain column wins over dotted ones of the same name ("place" beside "place.lat"), so that
  // the validator reports the clash instead of one column being silently dropped.
  for (const [column, cell] of fields) value.set(column, cell);
  return Object.fromEntries(value);
}

/**
 * Flattens an interchange object (an incident or a seizure) into CSV cells named like the
 * columns, the reverse of `csvRecordToInterchange`. Missing and empty values get no cell; only the
 * first source fits a CSV row (export JSON to keep them all). Cells that a spreadsheet would run
 * as a formula are neutralised.
 */
export function interchangeToCsvRecord(value: object): Record<string, string> {
  const cells: Array<[string, string]> = [];
  for (const [key, field] of Object.entries(value)) {
    if (key === 'sources' && Array.isArray(field)) {
      if (isPlainObject(field[0])) flatten('source', field[0], cells);
    } else if (key === 'signatures' && Array.isArray(field)) {
      cells.push([key, joinList(field.map(formatSignature))]);
    } else if (key === 'organisation' && isPlainObject(field)) {
      const { name, ...rest } = field;
      cells.push([key, cellText(name)]);
      flatten(key, rest, cells);
    } else {
      flatten(key, field, cells);
    }
  }
  return Object.fromEntries(
    cells.filter(([, cell]) => cell !== '').map(([column, cell]) => [column, neutraliseFormula(cell)]),
  );
}

/**
 * Prefixes with `'` a cell that a spreadsheet would run as a formula (starting with `=`, `+`,
 * `-`, `@`, a tab or a carriage return), except a plain number such as `-3.5`.
 */
export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) && !PLAIN_NUMBER.test(cell) ? `'${cell}` : cell;
}

/** Undoes `neutraliseFormula`, so that an exported file imports back unchanged. */
export function restoreCell(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}

/** Splits a list cell on `;` (but not on `\;`), trims the items and drops the empty ones. */
export function splitList(cell: string): string[] {
  const items: string[] = [];
  let current = '';
  for (let index = 0; index < cell.length; index++) {
    const char = cell[index];
    const next = cell[index + 1];
    if (char === '\\' && (next === ';' || next === '\\')) {
      current += next;
      index++;
    } else if (char === ';') {
      items.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  items.push(current);
  return items.map((item) => item.trim()).filter((item) => item !== '');
}

/** Joins list items into one cell, escaping what `splitList` would otherwise misread. */
export function joinList(items: readonly string[]): string {
  return items.map((item) => item.replace(/\\(?=[\\;]|$)/g, '\\\\').replace(/;/g, '\\;')).join(';');
}

/** `slogan: Free them` → { kind: 'slogan', text: 'Free them' }; text without a kind is a tag. */
function parseSignature(item: string): { kind: string; text: string } {
  const match = SIGNATURE_WITH_KIND.exec(item);
  return match ? { kind: match[1], text: match[2].trim() } : { kind: 'tag', text: item };
}

function formatSignature(signature: unknown): string {
  if (!isPlainObject(signature)) return cellText(signature);
  const kind = cellText(signature.kind) || 'tag';
  const text = cellText(signature.text);
  // A tag is written bare unless its text would read as "kind:text".
  return kind === 'tag' && !SIGNATURE_WITH_KIND.test(text) ? text : `${kind}:${text}`;
}

function flatten(column: string, field: unknown, cells: Array<[string, string]>): void {
  if (isPlainObject(field)) {
    for (const [key, inner] of Object.entries(field)) flatten(`${column}.${key}`, inner, cells);
  } else if (Array.isArray(field)) {
    cells.push([column, joinList(field.map(cellText))]);
  } else {
    cells.push([column, cellText(field)]);
  }
}

function cellText(field: unknown): string {
  if (field === undefined || field === null) return '';
  if (field instanceof Date) return field.toISOString();
  return String(field);
}

function isPlainObject(field: unknown): field is Record<string, unknown> {
  return typeof field === 'object' && field !== null && !Array.isArray(field) && !(field instanceof Date);
}
