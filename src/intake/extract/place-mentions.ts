/** What the place finder finds: a facility or a commune named in a text, with its span and the rule that read it. */
import type { Facility } from '../../core/shared/gazetteer.ts';
import type { PlaceInput } from '../../core/shared/common.schema.ts';
import type { Commune } from './communes.ts';
import type { Span } from './folded-text.ts';
import type { Word } from './phrase-index.ts';

interface SiteBase extends Span {
  rule: string;
  confidence: number;
}
export interface FacilityMention extends SiteBase {
  kind: 'facility';
  facility: Facility;
}
export interface PlaceMention extends SiteBase {
  kind: 'place';
  place: PlaceInput;
  commune: Commune;
}
export type SiteMention = FacilityMention | PlaceMention;

/** The words of a text the place finder reads. */
export interface PlaceContext {
  folded: string;
  tokens: Word[];
  clauses: Span[];
  sentences: Span[];
  prisonContext: boolean;
  original: string;
}
