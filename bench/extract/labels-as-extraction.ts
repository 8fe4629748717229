/**
 * A document's labels read as if an extractor had produced them, so that a second labelling can be
 * scored against the first with the bench's own scorer (bench/extract-agreement.bench.ts): how far two
 * careful labellers agree is the ceiling of what any extractor can score on the corpus.
 */
import type { OccurredInput } from '../../src/core/shared/common.schema.ts';
import type { Extraction } from '../../src/intake/extract/extraction.types.ts';
import type { CorpusDocument, CorpusIncident } from './corpus.ts';

/** The occurrence whose night (gold.ts `nightOf`) is the label's: a night, a day, or none (a month). */
function occurredOf(incident: CorpusIncident, published: string): OccurredInput {
  if (!incident.night) return { month: published.slice(0, 7) };
  return incident.date_kind === 'day' ? { date: incident.night } : { night_of: incident.night };
}

const commune = (site: string | null) => (site?.startsWith('commune:') ? site.slice('commune:'.length) : undefined);
const facility = (site: string | null) => (site && !site.startsWith('commune:') ? site : undefined);

/**
 * Only the fields the scorer reads are filled (site, night, event types, target kinds, spot, employer,
 * time, signatures; a seizure's drug, mass, place and origin): the draft is not a valid incident input,
 * hence the cast.
 */
export function labelsAsExtraction(document: CorpusDocument): Extraction {
  const incidents = document.incidents.map((incident) => ({
    kind: 'incident' as const,
    draft: {
      facility: facility(incident.site),
      place: commune(incident.site) ? { commune: commune(incident.site) } : undefined,
      occurred: occurredOf(incident, document.published),
      event_types: incident.event_types,
      target_kinds: incident.target_kinds,
      signatures: incident.signatures.map((text) => ({ text })),
    },
    spot: incident.spot ?? undefined,
    employer: incident.employer ?? undefined,
    at: incident.at ?? undefined,
    // A labeller's reading has no rule behind it: the scorer's must-not classes say "no rule".
    evidence: [],
  }));
  const seizures = document.seizures.map((seizure) => ({
    kind: 'seizure' as const,
    draft: {
      drug: seizure.drug,
      quantity: { value: seizure.kg, unit: 'kg' },
      place: commune(seizure.place) ? { commune: commune(seizure.place) } : undefined,
    },
    facility: facility(seizure.place),
    origin: seizure.origin ?? undefined,
  }));
  return {
    language: document.lang,
    text: document.text,
    published: document.published,
    candidates: [...incidents, ...seizures],
  } as unknown as Extraction;
}
