import type { RawRow } from '../core/shared/import-runner.ts';
import { INVALID_UTF8_LINE, InvalidUtf8Error, decodeChunks, lineBatches, type ImportInput } from './utf8-input.ts';

/** Rows nested deeper than this are refused before parsing; the row itself is depth 1. */
export const MAX_JSON_DEPTH = 32;

/** Beyond this many characters a JSON element is refused: most likely a string was never closed. */
export const MAX_JSON_ELEMENT_LENGTH = 10_000_000;

const OPEN_BRACE = 0x7b,
  CLOSE_BRACE = 0x7d,
  OPEN_BRACKET = 0x5b,
  CLOSE_BRACKET = 0x5d;
const QUOTE = 0x22,
  BACKSLASH = 0x5c,
  COMMA = 0x2c;

/** Reads NDJSON: row n is physical line n; blank lines are skipped but keep their number. */
export async function* readNdjsonRows(input: ImportInput): AsyncGenerator<RawRow> {
  let row = 0;
  for await (const lines of lineBatches(input)) {
    for (const line of lines) {
      row += 1;
      if (line === null) yield { row, error: { path: '', message: INVALID_UTF8_LINE } };
      else if (line.trim() !== '') yield parseRow(row, line);
    }
  }
}

/**
 * Reads a top-level JSON array element by element: a scanner finds where each element ends and
 * only that element is parsed, so the file is never held whole. Row n is element n.
 */
export async function* readJsonArrayRows(input: ImportInput): AsyncGenerator<RawRow> {
  const scanner = new JsonArrayScanner();
  try {
    for await (const text of decodeChunks(input)) {
      yield* scanner.push(text);
      if (scanner.failed) return; // e.g. not an array: nothing more can be read from it
    }
  } catch (error) {
    if (!(error instanceof InvalidUtf8Error)) throw error;
    yield { row: scanner.currentRow(), error: { path: '', message: error.message } };
    return;
  }
  yield* scanner.end();
}

/** Parses one JSON text into a row, refusing it when it nests deeper than `MAX_JSON_DEPTH`. */
export function parseRow(row: number, text: string): RawRow {
  if (jsonDepth(text) > MAX_JSON_DEPTH) return { row, error: { path: '', message: tooDeep() } };
  return parseJson(row, text);
}

function parseJson(row: number, text: string): RawRow {
  try {
    return { row, value: JSON.parse(text) };
  } catch (error) {
    return { row, error: { path: '', message: `invalid JSON: ${(error as Error).message}` } };
  }
}

/** How deeply a JSON text nests objects and arrays (strings are skipped), without parsing it. */
export function jsonDepth(text: string): number {
  let depth = 0,
    deepest = 0,
    inString = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (inString) {
      if (code === BACKSLASH) index++;
      else if (code === QUOTE) inString = false;
    } else if (code === QUOTE) inString = true;
    else if (code === OPEN_BRACE || code === OPEN_BRACKET) deepest = Math.max(deepest, ++depth);
    else if ((code === CLOSE_BRACE || code === CLOSE_BRACKET) && depth > 0) depth--;
  }
  return deepest;
}

const tooDeep = () => `the record nests objects or lists more than ${MAX_JSON_DEPTH} levels deep`;
const isSpace = (code: number) => code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;

type Phase = 'start' | 'open' | 'next' | 'element' | 'end' | 'failed';

/**
 * A push scanner over the text of a JSON array. It tracks only strings and bracket depth to find
 * the commas that separate top-level elements; `JSON.parse` judges each element. Brackets of the
 * wrong kind are left for `JSON.parse` to report, which keeps the scanner small.
 */
export class JsonArrayScanner {
  private phase: Phase = 'start';
  private elements = 0;
  private parts: string[] = [];
  private length = 0;
  private depth = 0;
  private deepest = 0;
  private inString = false;
  private escaped = false;

  /** True once the text cannot be read further (not an array, an element too long...). */
  get failed(): boolean {
    return this.phase === 'failed';
  }

  /** The number of the element being read, or 0 outside the array. */
  currentRow(): number {
    return this.phase === 'open' || this.phase === 'next' || this.phase === 'element' ? this.elements + 1 : 0;
  }

  /** Scans the next piece of text and returns the rows it completes. */
  push(text: string): RawRow[] {
    const rows: RawRow[] = [];
    let start = 0;
    for (let index = 0; index < text.length && this.phase !== 'failed'; index++) {
      const code = text.charCodeAt(index);
      if (this.phase === 'element') {
        if (!this.scanElement(code)) continue;
        const element = this.take(text.slice(start, index));
        rows.push(this.finish(element));
        this.phase = code === COMMA ? 'next' : 'end';
        continue;
      }
      if (isSpace(code)) continue;
      if (this.phase === 'start') {
        if (code === OPEN_BRACKET) this.phase = 'open';
        else rows.push(this.fail(0, 'the file must hold a JSON array of records, e.g. [{...}, {...}]'));
      } else if (this.phase === 'end') {
        rows.push(this.fail(0, 'unexpected content after the closing ] of the JSON array'));
      } else if (code === CLOSE_BRACKET) {
        if (this.phase === 'next') rows.push(this.missing());
        this.phase = 'end';
      } else if (code === COMMA) {
        rows.push(this.missing());
        this.phase = 'next';
      } else {
        this.phase = 'element';
        start = index;
        this.scanElement(code);
      }
    }
    if (this.phase === 'element') {
      this.parts.push(text.slice(start));
      this.length += text.length - start;
      if (this.length > MAX_JSON_ELEMENT_LENGTH) {
        rows.push(
          this.fail(
            this.elements + 1,
            `the element is longer than ${MAX_JSON_ELEMENT_LENGTH} characters (is a string left open?)`,
          ),
        );
      }
    }
    return rows;
  }

  /** Tells the scanner the text is over; returns an error row when the array was left open. */
  end(): RawRow[] {
    switch (this.phase) {
      case 'start':
        return [this.fail(0, 'the file is empty; expected a JSON array of records')];
      case 'element':
        return [this.fail(this.elements + 1, 'the file ends inside this element (is it truncated?)')];
      case 'open':
      case 'next':
        return [this.fail(0, 'the JSON array is not closed with ]')];
      default:
        return [];
    }
  }

  /** Advances the element state by one character; true when the character ends the element. */
  private scanElement(code: number): boolean {
    if (this.inString) {
      if (this.escaped) this.escaped = false;
      else if (code === BACKSLASH) this.escaped = true;
      else if (code === QUOTE) this.inString = false;
      return false;
    }
    if (code === QUOTE) this.inString = true;
    else if (code === OPEN_BRACE || code === OPEN_BRACKET) this.deepest = Math.max(this.deepest, ++this.depth);
    else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
      if (this.depth === 0) return code === CLOSE_BRACKET;
      this.depth--;
    } else if (code === COMMA) return this.depth === 0;
    return false;
  }

  private take(lastPart: string): string {
    const element = this.parts.length === 0 ? lastPart : this.parts.join('') + lastPart;
    this.parts = [];
    this.length = 0;
    return element;
  }

  private finish(element: string): RawRow {
    this.elements += 1;
    const tooDeepElement = this.deepest > MAX_JSON_DEPTH;
    this.depth = 0;
    this.deepest = 0;
    if (tooDeepElement) return { row: this.elements, error: { path: '', message: tooDeep() } };
    return parseJson(this.elements, element);
  }

  private missing(): RawRow {
    this.elements += 1;
    return {
      row: this.elements,
      error: { path: '', message: 'an element is missing between two commas, or after the last comma' },
    };
  }

  private fail(row: number, message: string): RawRow {
    this.phase = 'failed';
    this.parts = [];
    return { row, error: { path: '', message } };
  }
}
