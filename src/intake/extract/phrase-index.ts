/** Finds known phrases (names, aliases, communes) in folded text, word by word, longest match first. */
import type { Span } from './folded-text.ts';

/** A word of the folded text and where it is. */
export interface Word extends Span {
  word: string;
}

/** The words of a folded text (letters and digits), with their offsets. */
export function words(folded: string): Word[] {
  const out: Word[] = [];
  for (const match of folded.matchAll(/[a-z0-9]+/g))
    out.push({ word: match[0], start: match.index, end: match.index + match[0].length });
  return out;
}

/** A phrase found in the text: its span, the index of its first and last words, and what it names. */
export interface PhraseMatch<T> extends Span {
  first: number;
  last: number;
  values: T[];
  phrase: string;
}

/** Phrases keyed by their folded words joined with one space ("aix luynes", "prison de toulon"). */
export class PhraseIndex<T> {
  private readonly phrases = new Map<string, T[]>();
  /** every proper prefix of a phrase ("aix" of "aix luynes"): a match is grown word by word while it is one */
  private readonly prefixes = new Set<string>();

  add(phrase: string, value: T): void {
    const parts = phrase.split(/[^a-z0-9]+/).filter(Boolean);
    const key = parts.join(' ');
    if (!key) return;
    const list = this.phrases.get(key) ?? [];
    if (!list.includes(value)) list.push(value);
    this.phrases.set(key, list);
    for (let size = 1; size < parts.length; size += 1) this.prefixes.add(parts.slice(0, size).join(' '));
  }

  get(key: string): T[] | undefined {
    return this.phrases.get(key);
  }

  /**
   * Non-overlapping matches in `tokens`, the longest accepted one at each position. Each position
   * grows its key only while it is the prefix of a known phrase, so the cost is linear in the tokens.
   */
  find(tokens: Word[], accept: (match: PhraseMatch<T>) => boolean = () => true): PhraseMatch<T>[] {
    const found: PhraseMatch<T>[] = [];
    for (let index = 0; index < tokens.length; index += 1) {
      const candidates: Array<{ last: number; key: string; values: T[] }> = [];
      let key = tokens[index].word;
      for (let last = index; last < tokens.length; last += 1) {
        if (last > index) key += ` ${tokens[last].word}`;
        const values = this.phrases.get(key);
        if (values) candidates.push({ last, key, values });
        if (!this.prefixes.has(key)) break;
      }
      for (let i = candidates.length - 1; i >= 0; i -= 1) {
        const { last, key: phrase, values } = candidates[i];
        const match = { start: tokens[index].start, end: tokens[last].end, first: index, last, values, phrase };
        if (!accept(match)) continue;
        found.push(match);
        index = last;
        break;
      }
    }
    return found;
  }
}
