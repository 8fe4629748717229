/** The file formats Vigie imports: a JSON array, newline-delimited JSON, or CSV. */
export type ImportFormat = 'json' | 'ndjson' | 'csv';

const EXTENSIONS: Record<string, ImportFormat> = {
  json: 'json',
  ndjson: 'ndjson',
  jsonl: 'ndjson',
  csv: 'csv',
};

const CONTENT_TYPES: Record<string, ImportFormat> = {
  'application/json': 'json',
  'application/x-ndjson': 'ndjson',
  'application/ndjson': 'ndjson',
  'application/jsonl': 'ndjson',
  'application/x-jsonlines': 'ndjson',
  'text/csv': 'csv',
  'application/csv': 'csv',
};

/** What is known about an uploaded file; any part may be missing. */
export type ImportFormatHints = {
  fileName?: string;
  contentType?: string;
  /** The first bytes of the file (a few hundred are enough), for sniffing. */
  firstBytes?: Uint8Array | string;
};

/**
 * Decides the format of an import file, trusting the file name first, then the content type,
 * then the content: `[` starts a JSON array, `{` an NDJSON line, and a first line holding a
 * `,` or `;` is taken for CSV. Returns undefined when nothing tells.
 */
export function detectImportFormat(hints: ImportFormatHints): ImportFormat | undefined {
  return (
    formatFromFileName(hints.fileName) ??
    formatFromContentType(hints.contentType) ??
    formatFromContent(hints.firstBytes)
  );
}

function formatFromFileName(fileName: string | undefined): ImportFormat | undefined {
  const match = fileName
    ?.trim()
    .toLowerCase()
    .match(/\.([a-z]+)$/);
  // Own keys only: a file named x.constructor must not find Object's constructor.
  return match && Object.hasOwn(EXTENSIONS, match[1]) ? EXTENSIONS[match[1]] : undefined;
}

function formatFromContentType(contentType: string | undefined): ImportFormat | undefined {
  // "application/json; charset=utf-8" names the type before the parameters.
  const type = contentType?.split(';')[0].trim().toLowerCase();
  return type && Object.hasOwn(CONTENT_TYPES, type) ? CONTENT_TYPES[type] : undefined;
}

function formatFromContent(firstBytes: Uint8Array | string | undefined): ImportFormat | undefined {
  if (firstBytes === undefined) return undefined;
  // Not fatal: the sample may end inside a multi-byte character.
  const text = typeof firstBytes === 'string' ? firstBytes : new TextDecoder('utf-8').decode(firstBytes);
  const content = text.replace(/^\uFEFF/, '').trimStart();
  if (content.startsWith('[')) return 'json';
  if (content.startsWith('{')) return 'ndjson';
  const firstLine = content.split(/\r?\n/, 1)[0];
  return /[,;]/.test(firstLine) ? 'csv' : undefined;
}
