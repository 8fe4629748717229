import { authorize } from '../access/access.ts';
import { forbidden } from '../shared/errors.ts';
import type { Caller } from '../shared/caller.ts';
import type { ExtractRequest } from '../../intake/extract/extract.schema.ts';
import type { ExtractionResult } from '../../intake/extract/extraction.types.ts';
import type { Extractor } from './review.service.ts';

/**
 * Reads an article into candidates for a caller allowed to (`extract`); nothing is stored. The text
 * is read off the event loop under a time budget: refusals name `text`.
 */
export async function extractForCaller(
  extract: Extractor,
  caller: Caller,
  body: ExtractRequest,
): Promise<ExtractionResult> {
  const decision = authorize(caller.principal, { kind: 'extract' });
  if (!decision.allowed) throw forbidden(decision.reason);
  return extract(
    body.text,
    { published: body.published, language: body.language, url: body.url, format: body.format },
    { field: 'text' },
  );
}
