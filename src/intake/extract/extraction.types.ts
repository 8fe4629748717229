/**
 * The contract between text extraction (`extractText`) and the review queue: what an article
 * yields, and how every proposed fact points back at the words it came from.
 *
 * Offsets are UTF-16 code-unit offsets into `Extraction.text`, the plain text the extractor read
 * (HTML stripped, entities decoded); the review UI highlights `text.slice(start, end)`.
 */
import type { IncidentDraft } from '../../core/incident/incident.schema.ts';
import type { SeizureDraft } from '../../core/seizure/seizure.schema.ts';
import type { SiteSpot } from '../../core/shared/taxonomy.ts';

export type ExtractionLanguage = 'fr' | 'en';

/** Where one field of a candidate was read. `field` is a path in the draft: "occurred", "facility", "event_types", "signatures.0" ... */
export interface Evidence {
  field: string;
  start: number;
  end: number;
  /** the words themselves, `text.slice(start, end)`, kept so a stored candidate stands alone */
  quote: string;
  /** 0..1: how sure the rule that read it is */
  confidence: number;
  /** the rule that read it, e.g. "date.night-of-weekday", "facility.alias" (for debugging and tuning) */
  rule?: string;
}

interface CandidateBase {
  /** stable within one extraction: same site and same night give the same key (used to offer merges) */
  key: string;
  /** 0..1: the weakest essential field's confidence (when, where, what) */
  confidence: number;
  evidence: Evidence[];
  /** human-readable warnings: "no facility found, place from the commune", "date resolved against publication" */
  notes: string[];
  /** gangs and cartels named beside the facts ("DZ Mafia", "Sinaloa"); incidents have no field for them */
  organisations?: Array<{ name: string; kind: 'gang' | 'cartel' | 'group' }>;
}

export interface IncidentCandidate extends CandidateBase {
  kind: 'incident';
  /**
   * valid against `incidentInputSchema`, without `sources` (the review adds the article as a source);
   * carries `spot` too once the incident schema has that field
   */
  draft: IncidentDraft & { spot?: SiteSpot };
  /** where on or near the site the act took place (SITE_SPOTS); evidence field "spot" */
  spot?: SiteSpot;
  /** the facility (id) the victim works for, when the act took place elsewhere (a staff home); evidence field "employer" */
  employer?: string;
  /** the local time the text states, "HH:MM" ("vers 2 heures" = "02:00"); evidence field "at" */
  at?: string;
}

export interface SeizureCandidate extends CandidateBase {
  kind: 'seizure';
  /** valid against `seizureInputSchema`, without `sources` */
  draft: SeizureDraft;
  /** the facility (id) where the drugs were found, when it was a prison; `draft.place` is then its point */
  facility?: string;
  /** the country the drugs came from, in English ("Ecuador"); evidence field "origin" */
  origin?: string;
}

export type Candidate = IncidentCandidate | SeizureCandidate;

export interface ExtractionOptions {
  /** publication date-time or date of the text; relative expressions resolve against it (default: now) */
  published?: string;
  /** skip language detection */
  language?: ExtractionLanguage;
  /** for HTML and feeds: the document URL */
  url?: string;
}

/** One article's extraction. */
export interface Extraction {
  language: ExtractionLanguage;
  /** the plain text every evidence offset points into */
  text: string;
  title?: string;
  url?: string;
  /** ISO date or date-time the relative expressions were resolved against */
  published: string;
  candidates: Candidate[];
}

/** What a file or a request yields: one extraction for plain text or HTML, one per item for RSS/Atom. */
export interface ExtractionResult {
  format: 'text' | 'html' | 'rss' | 'atom';
  items: Extraction[];
}
