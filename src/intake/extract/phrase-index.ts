/** Finds known phrases (names, aliases, communes) in folded text, word by word, longest match first. */
import type { Span } from './folded-text.ts';

/** A word of the folded text and where it is. */
export interface Word extends Span { word: string }

/** The words of a folded text (letters and digits), with their offsets. */
export function words(folded: string): Word[] {
  const out: Word[] = [];
  for (const match of folded.matchAll(/[a-z0-9]+/g)) out.push({ word: match[0], start: match.index, end: match.index + match[0].length });
  return out;
}

/** A phrase found in the text: its span, the index of its first and last words, and what it names. */
export interface PhraseMatch<T> extends Span { first: number; last: number; values: T[]; phrase: string }

/** Phrases keyed by their folded words joined with one space ("aix luynes", "prison de toulon"). */
export class PhraseIndex<T> {
  private readonly phrases = new Map<string, T[]>();
  private longest = 1;

  add(phrase: string, value: T): void {
    const key = phrase.split(/[^a-z0-9]+/).filter(Boolean).join(' ');
    if (!key) return;
    const list = this.phrases.get(key) ?? [];
    if (!list.includes(value)) list.push(value);
    this.phrases.set(key, list);
    this.longest = Math.max(this.longest, key.split(' ').length);
  }

  get(key: string): T[] | undefined {
    return this.phrases.get(key);
  }

  /** Non-overlapping matches in `tokens`, the longest at each position. */
  find(tokens: Word[], accept: (match: PhraseMatch<T>) => boolean = () => true): PhraseMatch<T>[] {
    const found: PhraseMatch<T>[] = [];
    for (let index = 0; index < tokens.length; index += 1) {
      for (let size = Math.min(this.longest, tokens.length - index); size >= 1; size -= 1) {
        // Phrases run over words separated by spaces, hyphens or apostrophes only, not across punctuation.
        const last = index + size - 1;
        let key = tokens[index].word;
        for (let next = index + 1; next <= last; next += 1) key += ` ${tokens[next].word}`;
        const values = this.phrases.get(key);
        if (!values) continue;
        const match = { start: tokens[index].start, end: tokens[last].end, first: index, last, values, phrase: key };
        if (!accept(match)) continue;
        found.push(match);
        index = last;
        break;
      }
    }
    return found;
  }
}
