/** A value read from the text, with its span (the evidence), the rule that read it and how sure it is. */
import type { Span } from './folded-text.ts';

export interface Finding<T> extends Span {
  value: T;
  rule: string;
  confidence: number;
}
