/** What an import reader accepts: a whole text, or a stream of byte or text chunks (e.g. a file stream). */
export type ImportInput = AsyncIterable<Uint8Array | string> | string;

const NEWLINE = 0x0a;
const encoder = new TextEncoder();
// ignoreBOM: true keeps a BOM in the output, so that we strip it once, at the start of the file only.
const strictDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Raised by `decodeChunks` when the input is not valid UTF-8. */
export class InvalidUtf8Error extends Error {
  /** Offset of the first byte of the chunk that could not be decoded. */
  readonly byteOffset: number;
  constructor(byteOffset: number) {
    super(`the file is not valid UTF-8 (near byte ${byteOffset}); save it as UTF-8 and import it again`);
    this.name = 'InvalidUtf8Error';
    this.byteOffset = byteOffset;
  }
}

/** The message given for a line that is not valid UTF-8. */
export const INVALID_UTF8_LINE = 'this line is not valid UTF-8; save the file as UTF-8 and import it again';

async function* bytesOf(input: ImportInput): AsyncGenerator<Uint8Array> {
  if (typeof input === 'string') {
    yield encoder.encode(input);
    return;
  }
  for await (const chunk of input) yield typeof chunk === 'string' ? encoder.encode(chunk) : chunk;
}

/**
 * Decodes the input as UTF-8 chunk by chunk, without the BOM.
 * Throws `InvalidUtf8Error` at the first chunk that is not valid UTF-8.
 */
export async function* decodeChunks(input: ImportInput): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  let offset = 0;
  let first = true;
  for await (const bytes of bytesOf(input)) {
    let text: string;
    try {
      text = decoder.decode(bytes, { stream: true });
    } catch {
      throw new InvalidUtf8Error(offset);
    }
    offset += bytes.length;
    if (first && text.length > 0) {
      text = stripBom(text);
      first = false;
    }
    if (text.length > 0) yield text;
  }
  let rest: string;
  try {
    rest = decoder.decode();
  } catch {
    throw new InvalidUtf8Error(offset);
  }
  if (rest.length > 0) yield first ? stripBom(rest) : rest;
}

/**
 * Splits the input into physical lines, one batch per input chunk, so that callers await once a
 * chunk rather than once a line. Each line is decoded on its own, so a line that is not valid
 * UTF-8 comes as `null` and the others are unharmed: a newline byte never occurs inside a
 * multi-byte UTF-8 sequence. Line ends (`\n` or `\r\n`) and the BOM are removed. Only the current
 * chunk and the unfinished line are held in memory.
 */
export async function* lineBatches(input: ImportInput): AsyncGenerator<Array<string | null>> {
  let unfinished: Uint8Array[] = [];
  let first = true;
  const startOfFile = (lines: Array<string | null>) => {
    if (first && lines.length > 0) {
      if (typeof lines[0] === 'string') lines[0] = stripBom(lines[0]);
      first = false;
    }
    return lines;
  };
  for await (const chunk of bytesOf(input)) {
    const lastNewline = chunk.lastIndexOf(NEWLINE);
    if (lastNewline === -1) {
      unfinished.push(chunk.slice());
      continue;
    }
    const firstNewline = chunk.indexOf(NEWLINE);
    const lines = [decodeLine(concat([...unfinished, chunk.subarray(0, firstNewline)]))];
    if (lastNewline > firstNewline) appendLines(lines, chunk.subarray(firstNewline + 1, lastNewline));
    // Copied: a stream may reuse the memory of a chunk once we have moved on.
    unfinished = lastNewline + 1 < chunk.length ? [chunk.slice(lastNewline + 1)] : [];
    yield startOfFile(lines);
  }
  if (unfinished.length > 0) yield startOfFile([decodeLine(concat(unfinished))]);
}

/** Decodes a run of whole lines at once, and line by line only when the run is not valid UTF-8. */
function appendLines(lines: Array<string | null>, bytes: Uint8Array): void {
  let text: string | undefined;
  try {
    text = strictDecoder.decode(bytes);
  } catch {
    text = undefined;
  }
  if (text !== undefined) {
    for (const line of text.split('\n')) lines.push(withoutCarriageReturn(line));
    return;
  }
  let start = 0;
  for (let end = bytes.indexOf(NEWLINE); ; end = bytes.indexOf(NEWLINE, start)) {
    lines.push(decodeLine(bytes.subarray(start, end === -1 ? bytes.length : end)));
    if (end === -1) return;
    start = end + 1;
  }
}

function decodeLine(bytes: Uint8Array): string | null {
  try {
    return withoutCarriageReturn(strictDecoder.decode(bytes));
  } catch {
    return null;
  }
}

function withoutCarriageReturn(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function concat(parts: Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0];
  const whole = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    whole.set(part, offset);
    offset += part.length;
  }
  return whole;
}
