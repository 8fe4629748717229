/**
 * The plain data the analysis works on: an incident reduced to what linking, wave detection and
 * risk need. Pure data, no I/O; the store builds these from incident rows (see store/analysis.repository.ts).
 */
export interface AnalysisIncident {
  id: string;
  /** occurred interval [start, end) in epoch milliseconds (UTC) */
  start: number;
  end: number;
  /** facility id, or null for a place without a facility (a staff home) */
  siteId: string | null;
  lat: number;
  lon: number;
  department: string | null;
  directorate: string | null;
  /** kind of the facility (maison_arret, centre_penitentiaire...), null without one */
  facilityKind: string | null;
  eventTypes: string[];
  targetKinds: string[];
  weapons: string[];
  signatures: Array<{ kind: string; text: string; normalized: string }>;
  /** the best-graded source, Admiralty code; null when no source is given (treated as F6) */
  grade: { reliability: 'A' | 'B' | 'C' | 'D' | 'E' | 'F'; credibility: 1 | 2 | 3 | 4 | 5 | 6 } | null;
  status: 'reported' | 'verified' | 'refuted' | 'duplicate';
  /** actors (persons, organisations) the incident is attributed to; a shared actor links strongly */
  actorIds?: string[];
}

/** A site Vigie watches (a facility), for baselines, scans and risk. */
export interface AnalysisSite {
  id: string;
  lat: number;
  lon: number;
  department: string;
  directorate: string | null;
  kind: string;
}

/** One reason two incidents are linked, with the numbers behind it and a sentence a person can check. */
export interface LinkEvidence {
  kind: 'same_signature' | 'similar_signature' | 'same_mo' | 'space_time' | 'shared_actor';
  /** contribution in [0, 1] before grade weighting */
  score: number;
  /** e.g. { a: 'DDPF', b: 'DDFP', measure: 'jaro_winkler', similarity: 0.93, idf: 4.1 } */
  details: Record<string, unknown>;
  explanation: string;
}

export interface Link {
  /** ids ordered so that a < b */
  a: string;
  b: string;
  /** combined score in [0, 1], after source-grade weighting */
  score: number;
  /** weight in [0, 1] from the two incidents' source grades (A1 = 1) */
  gradeWeight: number;
  evidence: LinkEvidence[];
  explanation: string;
}
