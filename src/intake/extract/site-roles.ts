/**
 * Places named in passing: a prosecutor's seat ("le parquet de Meaux", "the Toulon prosecutor"), a
 * court, a union office, a prefecture, a town that only situates another place ("east of Paris",
 * "au sud de Lyon"). They are never the site of an act.
 */
import type { Span } from './folded-text.ts';

/** Words of an authority or an office just before the place: "parquet de", "tribunal correctionnel de", "prosecutor's office in". */
const AUTHORITY_BEFORE = /(?:\b(?:parquet|procureure?s?(?: de la republique)?|tribunal(?: correctionnel| judiciaire| pour enfants| administratif)?|cour d'appel|cour d'assises|palais de justice|juge d'instruction|juges? d'instruction|juridiction(?: interregionale specialisee)?|jirs|prefecture|prefet|sous-prefecture|mairie|maire|depute|deputee|senateur|syndicat\s+\S+|bureau(?: local)?(?:\s+\S+)?|section(?: locale)?(?:\s+\S+)?|antenne|office|court|courthouse|prosecutors?(?:'s office)?|prosecutor's office|magistrates?|mayor|prefect|union office)\s+(?:de\s+(?:la\s+)?|d'|du\s+|des\s+|of\s+(?:the\s+)?|in\s+|at\s+)?)$/;
/** "the Toulon prosecutor", "Meaux's prosecutor", "Nancy court". */
const AUTHORITY_AFTER = /^(?:'s)?\s+(?:public\s+)?(?:prosecutors?|prosecution|court|courthouse|magistrates?|judges?|mayor|prefecture)\b/;
/** A direction or a distance that situates another place: "east of Paris", "au sud de Lyon", "à 20 km de Metz". */
const SITUATING_BEFORE = /(?:\b(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west|outskirts|suburbs?)\s+of\s+|\b(?:au|a l')\s*(?:nord|sud|est|ouest|nord-est|nord-ouest|sud-est|sud-ouest)\s+(?:de\s+|d')|\bkm\s+(?:de\s+|d'|from\s+)|\b(?:banlieue|agglomeration|periph\w+|environs|abords|region)\s+(?:de\s+|d'|of\s+)|\bmiles?\s+from\s+)$/;

/** Whether the place at `span` is named as an authority's seat or to situate another place. */
export function namedInPassing(folded: string, span: Span): boolean {
  const before = folded.slice(Math.max(0, span.start - 60), span.start);
  const after = folded.slice(span.end, span.end + 30);
  return AUTHORITY_BEFORE.test(before) || AUTHORITY_AFTER.test(after) || SITUATING_BEFORE.test(before);
}
