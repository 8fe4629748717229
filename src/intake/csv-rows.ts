import { parse, type CsvError, type Parser } from 'csv-parse';
import { csvRecordToInterchange, type RecordKind } from './csv-row.ts';
import type { RawRow } from '../core/shared/import-runner.ts';
import { INVALID_UTF8_LINE, lineBatches, type ImportInput } from './utf8-input.ts';

/** Past this many characters without the end of a record, reading stops: a quote is surely left open. */
export const MAX_CSV_RECORD_LENGTH = 1_000_000;

type Parsed = { cells: string[] } | { error: CsvError };

/**
 * Reads a CSV file (RFC 4180, `,` between cells, the first record names the columns) into rows
 * of the interchange shape. Row n is the n-th record after the header; blank lines count as
 * records and are skipped, so, unless a quoted cell spans lines, row n is line n + 1 of the file.
 * The file is fed to the parser one chunk at a time and records are taken out as they complete.
 */
export async function* readCsvRows(input: ImportInput, kind: RecordKind): AsyncGenerator<RawRow> {
  const parsed: Parsed[] = [];
  const parser = parse({
    delimiter: ',',
    relax_column_count: true, // we report a wrong number of cells ourselves, with the row
    relax_quotes: true, // a quote inside an unquoted cell is text: 5" screen
    skip_records_with_error: true, // a broken record becomes an error row and reading goes on
    // Records are collected here rather than pushed through the stream, so that they and the
    // skipped records come out in file order, and none is lost if the stream later fails.
    on_record: (cells: string[]) => {
      parsed.push({ cells });
      return null;
    },
    on_skip: (error) => {
      if (error) parsed.push({ error });
      return undefined;
    },
  });
  parser.on('error', () => undefined); // failures reach us through the write callbacks
  const table = new CsvTable(kind);
  let charactersSinceRecord = 0;
  try {
    for await (const lines of lineBatches(input)) {
      const invalid = lines.indexOf(null);
      const text = (invalid === -1 ? lines : lines.slice(0, invalid)).map((line) => `${line}\n`).join('');
      if (text !== '') await write(parser, text);
      charactersSinceRecord = parsed.length > 0 ? 0 : charactersSinceRecord + text.length;
      yield* table.take(parsed);
      if (table.stopped) return;
      if (invalid !== -1) {
        // The parser holds back the end of what it was given: flush it, so the rows before the bad
        // line come out, but drop the open quote it may find, which the bad line explains.
        await end(parser);
        yield* table.take(parsed.filter((item) => !('error' in item && item.error.code === 'CSV_QUOTE_NOT_CLOSED')));
        if (table.stopped) return;
        yield { row: table.nextRow(), error: { path: '', message: INVALID_UTF8_LINE } };
        return;
      }
      if (charactersSinceRecord > MAX_CSV_RECORD_LENGTH) {
        const message = `this row runs past ${MAX_CSV_RECORD_LENGTH} characters: is a quote left open?`;
        yield { row: table.nextRow(), error: { path: '', message } };
        return;
      }
    }
    await end(parser);
    yield* table.take(parsed);
  } finally {
    parser.destroy();
  }
}

/** Turns parsed records into rows: the first names the columns, the others are data. */
class CsvTable {
  private header: string[] | undefined;
  private rows = 0;
  stopped = false;

  constructor(private readonly kind: RecordKind) {}

  nextRow(): number {
    return this.header === undefined ? 0 : this.rows + 1;
  }

  *take(parsed: Parsed[]): Generator<RawRow> {
    for (const item of parsed.splice(0)) {
      if (this.stopped) return;
      if (this.header === undefined) {
        yield* this.readHeader(item);
        continue;
      }
      this.rows += 1;
      if ('error' in item) yield { row: this.rows, error: { path: '', message: csvErrorMessage(item.error) } };
      else if (!item.cells.every((cell) => cell.trim() === '')) yield this.toRow(item.cells);
    }
  }

  private *readHeader(item: Parsed): Generator<RawRow> {
    if ('error' in item) {
      this.stopped = true;
      yield { row: 0, error: { path: '', message: `the header cannot be read: ${csvErrorMessage(item.error)}` } };
      return;
    }
    if (item.cells.every((cell) => cell.trim() === '')) return; // blank lines before the header
    // An unnamed column is named after its position, so that the validator can point at it.
    const header = item.cells.map((name, index) => name.trim() || `(column ${index + 1})`);
    const repeated = header.find((name, index) => header.indexOf(name) !== index);
    if (repeated !== undefined) {
      this.stopped = true;
      yield { row: 0, error: { path: repeated, message: `the column "${repeated}" appears twice in the header` } };
      return;
    }
    this.header = header;
  }

  private toRow(cells: string[]): RawRow {
    const header = this.header!;
    // Trailing empty cells past the header (left by some spreadsheets) are harmless.
    const extra = cells.slice(header.length);
    if (cells.length < header.length || extra.some((cell) => cell.trim() !== '')) {
      const message = `this row has ${cells.length} cells but the header has ${header.length} columns`;
      return { row: this.rows, error: { path: '', message } };
    }
    const record = Object.fromEntries(header.map((name, index) => [name, cells[index]]));
    return { row: this.rows, value: csvRecordToInterchange(record, this.kind) };
  }
}

function csvErrorMessage(error: CsvError): string {
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'a quoted cell is never closed: a " is missing';
    case 'CSV_INVALID_CLOSING_QUOTE':
      return 'a quoted cell must be followed by a comma or the end of the line';
    default:
      return error.message;
  }
}

function write(parser: Parser, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    parser.write(text, (error) => (error ? reject(error) : resolve()));
  });
}

function end(parser: Parser): Promise<void> {
  return new Promise((resolve, reject) => {
    parser.end((error?: Error | null) => (error ? reject(error) : resolve()));
  });
}
