import { readCsvRows } from './csv-rows.ts';
import type { RecordKind } from './csv-row.ts';
import type { ImportFormat } from './import-format.ts';
import { readJsonArrayRows, readNdjsonRows } from './json-rows.ts';
import type { ImportInput } from './utf8-input.ts';

/**
 * One row of an import file, not yet validated (defined beside the import runner that consumes it).
 * Row 0 is the file as a whole (not a JSON array, a broken CSV header).
 */
export type { RawRow } from '../core/shared/import-runner.ts';
import type { RawRow } from '../core/shared/import-runner.ts';

/** How to read an import file beyond its format. */
export type ReadRowsOptions = {
  /** What a CSV file holds, which decides how its columns map to fields; default 'incident'. */
  kind?: RecordKind;
};

/**
 * Reads an import file row by row, streaming: only the current chunk and the row in progress are
 * held in memory. Rows are numbered from 1, in the user's terms:
 * - JSON array: row n is the n-th element;
 * - NDJSON: row n is line n; blank lines are skipped but keep their number;
 * - CSV: row n is the n-th record after the header (the header is not counted, so the first data
 *   line is row 1); see `readCsvRows`.
 * A row that cannot be read (malformed JSON, nesting deeper than `MAX_JSON_DEPTH`, a wrong number
 * of CSV cells) is an error row, and reading goes on. Invalid UTF-8 is an error row for the line
 * in NDJSON; in JSON and CSV it ends the reading, as what follows cannot be trusted.
 */
export async function* readRows(
  input: ImportInput,
  format: ImportFormat,
  options: ReadRowsOptions = {},
): AsyncGenerator<RawRow> {
  switch (format) {
    case 'json':
      yield* readJsonArrayRows(input);
      break;
    case 'ndjson':
      yield* readNdjsonRows(input);
      break;
    case 'csv':
      yield* readCsvRows(input, options.kind ?? 'incident');
      break;
  }
}

export { MAX_JSON_DEPTH } from './json-rows.ts';
export type { ImportInput } from './utf8-input.ts';
