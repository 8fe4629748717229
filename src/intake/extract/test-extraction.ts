/** What the rule tests of extraction read of a sentence: its acts, its incidents and their sites (test helpers). */
import { findEvents } from './events.ts';
import { extractText } from './extract.ts';
import { foldSameLength } from './folded-text.ts';
import { referenceGazetteer } from './test-gazetteer.ts';
import type { IncidentCandidate } from './extraction.types.ts';

/** The event types read in `text` as one clause, sorted. */
export const events = (text: string) =>
  findEvents(foldSameLength(text), { start: 0, end: text.length })
    .map((f) => f.value)
    .sort();

/** The incident candidates of `text`, published on `published`. */
export const incidents = (text: string, published = '2025-04-16') =>
  extractText(text, referenceGazetteer(), { published }).items[0].candidates.filter(
    (c): c is IncidentCandidate => c.kind === 'incident',
  );

/** A candidate's site as the corpus labels write it: a facility id or `commune:Name`. */
export const siteOf = (c: IncidentCandidate) => c.draft.facility ?? `commune:${c.draft.place?.commune}`;

/** The sites of `text`'s incidents, sorted. */
export const sitesOf = (text: string, published?: string) => incidents(text, published).map(siteOf).sort();
