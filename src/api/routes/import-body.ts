import type { Context } from 'hono';
import { VigieError } from '../../core/shared/errors.ts';
import type { RawRow } from '../../core/shared/import-runner.ts';
import { detectImportFormat, type ImportFormat } from '../../intake/import-format.ts';
import { readRows } from '../../intake/read-rows.ts';

export const importRequestBody = {
  required: true,
  description:
    'The file itself: a JSON array, NDJSON (one object a line) or CSV (`,` between fields, `;` inside lists, dotted names for nested fields)',
  content: {
    'application/json': { schema: { type: 'string' as const } },
    'application/x-ndjson': { schema: { type: 'string' as const } },
    'text/csv': { schema: { type: 'string' as const } },
  },
};

/**
 * The rows of an uploaded file, streamed from the request body. The format comes from `?format=`,
 * then the Content-Type, then a look at the first bytes.
 */
export async function* importBodyRows(c: Context, kind: 'incident' | 'seizure'): AsyncGenerator<RawRow> {
  const body = c.req.raw.body;
  if (!body)
    throw new VigieError('invalid_input', 'the request has no body: send the file itself', 400, [
      { path: 'body', message: 'empty' },
    ]);
  const reader = body.getReader();
  const first = await reader.read();
  const firstBytes = first.value ?? new Uint8Array();
  const requested = c.req.query('format') as ImportFormat | undefined;
  const format = requested ?? detectImportFormat({ contentType: c.req.header('content-type'), firstBytes });
  if (!format)
    throw new VigieError(
      'unsupported_format',
      'cannot tell the file format: send ?format=json|ndjson|csv or a Content-Type',
      415,
      [{ path: 'format', message: 'unknown' }],
    );
  async function* chunks(): AsyncGenerator<Uint8Array> {
    if (firstBytes.length > 0) yield firstBytes;
    if (first.done) return;
    for (;;) {
      const next = await reader.read();
      if (next.done) return;
      yield next.value;
    }
  }
  yield* readRows(chunks(), format, { kind });
}
