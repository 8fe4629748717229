import type {
  Candidate,
  Evidence,
  Extraction,
  ExtractionOptions,
  ExtractionResult,
  IncidentCandidate,
} from '../../src/intake/extract/extraction.types.ts';
import type { Extractor } from '../../src/core/review/review.service.ts';

/** Evidence for `quote`, at its first place in `text`. */
export function evidenceOf(text: string, field: string, quote: string, confidence = 0.9): Evidence {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`"${quote}" is not in the text`);
  return { field, start, end: start + quote.length, quote, confidence, rule: 'test' };
}

/** A valid incident candidate read from `text`: shots at Toulon-La Farlède the night before publication. */
export function incidentCandidate(text: string, overrides: Partial<IncidentCandidate> = {}): Candidate {
  const evidence: Evidence[] = [];
  if (text.includes('Toulon')) evidence.push(evidenceOf(text, 'facility', 'Toulon'));
  if (text.includes('tirs')) evidence.push(evidenceOf(text, 'event_types', 'tirs'));
  return {
    kind: 'incident',
    key: 'fr-toulon-la-farlede-cp|2025-04-14',
    confidence: 0.9,
    evidence,
    notes: [],
    draft: {
      occurred: { night_of: '2025-04-14' },
      facility: 'fr-toulon-la-farlede-cp',
      event_types: ['gunfire'],
      target_kinds: ['facility'],
      signatures: [{ kind: 'tag', text: 'DDPF' }],
    },
    ...overrides,
  } as Candidate;
}

/** One extraction of `text` with the given candidates (default: one incident candidate). */
export function extractionOf(
  text: string,
  candidates: Candidate[] = [incidentCandidate(text)],
  overrides: Partial<Extraction> = {},
): Extraction {
  return { language: 'fr', text, published: '2025-04-15', candidates, ...overrides };
}

/**
 * A stand-in for `extractText` in tests that must not depend on the rules: every text yields one
 * candidate at Toulon (or the candidates `candidatesOf` returns).
 */
export function fakeExtractor(
  candidatesOf: (text: string) => Candidate[] = (text) => [incidentCandidate(text)],
): Extractor {
  return async (input: string, options: ExtractionOptions): Promise<ExtractionResult> => ({
    format: /^\s*</.test(input) ? 'html' : 'text',
    items: [
      extractionOf(input.replace(/<[^>]+>/g, ''), candidatesOf(input), {
        published: options.published ?? '2025-04-15',
        url: options.url,
      }),
    ],
  });
}
