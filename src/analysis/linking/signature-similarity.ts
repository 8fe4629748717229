/**
 * How alike two signatures are, on their normalised forms ("D.D.P.F." → "ddpf", see fold-text.ts).
 * Pure functions and one small class (the analysts' alias table); no I/O.
 *
 * Why two measures: trigrams (and Jaro-Winkler) say little about four-letter tags, where a single
 * typo changes a quarter of the string, so short tags are compared by edit distance; longer texts
 * (slogans, descriptions) by Jaro-Winkler, which rewards a shared prefix and tolerates typos.
 */
import { normalizeSignature } from '../../core/shared/fold-text.ts';

/** Tags up to this length are compared by edit distance, longer ones by Jaro-Winkler. */
export const SHORT_SIGNATURE_LENGTH = 5;
/** Below this Jaro-Winkler similarity two long signatures are unrelated. */
export const JARO_WINKLER_THRESHOLD = 0.9;
/** Score of two different signatures an analyst declared the same (alias table). */
export const ALIAS_SCORE = 0.95;

export type SimilarityMeasure = 'exact' | 'alias' | 'jaro_winkler' | 'edit_distance';

export interface SignatureSimilarity {
  /** calibrated strength in [0, 1], comparable across measures; 0 means unrelated */
  score: number;
  measure: SimilarityMeasure;
  /** the raw value of the measure: Jaro-Winkler, or 1 − distance / length for edit distance */
  similarity: number;
  /** edit distance (optimal string alignment), when that measure was used */
  distance?: number;
}

/** Jaro-Winkler similarity in [0, 1] (prefix scale 0.1, prefix up to 4 characters). */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  const la = a.length;
  const lb = b.length;
  if (la === 0 || lb === 0) return 0;
  const window = Math.max(0, Math.floor(Math.max(la, lb) / 2) - 1);
  const matchedA = new Uint8Array(la);
  const matchedB = new Uint8Array(lb);
  let matches = 0;
  for (let i = 0; i < la; i++) {
    const from = Math.max(0, i - window);
    const to = Math.min(lb - 1, i + window);
    for (let j = from; j <= to; j++) {
      if (matchedB[j] || a.charCodeAt(i) !== b.charCodeAt(j)) continue;
      matchedA[i] = 1;
      matchedB[j] = 1;
      matches++;
      break;
    }
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  for (let i = 0, j = 0; i < la; i++) {
    if (!matchedA[i]) continue;
    while (!matchedB[j]) j++;
    if (a.charCodeAt(i) !== b.charCodeAt(j)) transpositions++;
    j++;
  }
  const jaro = (matches / la + matches / lb + (matches - transpositions / 2) / matches) / 3;
  let prefix = 0;
  while (prefix < 4 && prefix < la && prefix < lb && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

let rows = [0, 1, 2].map(() => new Uint32Array(64));

/**
 * Damerau-Levenshtein distance in its optimal-string-alignment form: insertions, deletions,
 * substitutions and transpositions of adjacent characters each cost 1 ("ddpf" → "ddfp" is 1).
 * With `max`, returns max + 1 as soon as the distance is known to exceed it.
 */
export function damerauLevenshtein(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > max) return max + 1;
  if (la === 0) return lb;
  if (lb === 0) return la;
  // three rolling rows (the one before the previous is needed for transpositions), reused across calls
  if (rows[0].length <= lb) rows = [0, 1, 2].map(() => new Uint32Array(2 * (lb + 1)));
  let [older, previous, current] = rows;
  for (let j = 0; j <= lb; j++) previous[j] = j;
  for (let i = 1; i <= la; i++) {
    current[0] = i;
    let rowMin = current[0];
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= lb; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
        value = Math.min(value, older[j - 2] + 1);
      }
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    [older, previous, current] = [previous, current, older];
  }
  return previous[lb];
}

const UNRELATED_EDIT: SignatureSimilarity = Object.freeze({ score: 0, measure: 'edit_distance', similarity: 0 });

/** Fuzzy comparison of two different normalised signatures, without aliases. */
function fuzzySimilarity(a: string, b: string): SignatureSimilarity {
  const longest = Math.max(a.length, b.length);
  // one or two characters: any edit is a different tag
  if (longest <= 2) return UNRELATED_EDIT;
  if (longest <= SHORT_SIGNATURE_LENGTH) {
    const distance = damerauLevenshtein(a, b, 2);
    if (distance > 2) return UNRELATED_EDIT;
    const similarity = 1 - distance / longest;
    // one edit is a plausible typo (~0.75 on four letters); two edits on a short tag is a weak hint
    const score = distance >= 2 ? similarity * 0.7 : similarity;
    return score < 0.3
      ? { score: 0, measure: 'edit_distance', similarity, distance }
      : { score, measure: 'edit_distance', similarity, distance };
  }
  const similarity = jaroWinkler(a, b);
  if (similarity < JARO_WINKLER_THRESHOLD) return { score: 0, measure: 'jaro_winkler', similarity };
  return {
    score: 0.4 + 0.55 * ((similarity - JARO_WINKLER_THRESHOLD) / (1 - JARO_WINKLER_THRESHOLD)),
    measure: 'jaro_winkler',
    similarity,
  };
}

/**
 * How alike two normalised signatures are, naming the measure: identical, declared aliases,
 * edit distance for short tags ("ddpf"~"ddfp" 0.75, "ddpf"~"ddfm" 0.35, "ddpf"~"abcd" 0) or
 * Jaro-Winkler for longer texts (0 below 0.9). With aliases, canonical forms are also compared.
 */
export function signatureSimilarity(a: string, b: string, aliases?: AliasTable): SignatureSimilarity {
  if (a === b) return { score: 1, measure: 'exact', similarity: 1 };
  const canonicalA = aliases ? aliases.canonical(a) : a;
  const canonicalB = aliases ? aliases.canonical(b) : b;
  if (canonicalA === canonicalB) return { score: ALIAS_SCORE, measure: 'alias', similarity: 1 };
  const direct = fuzzySimilarity(a, b);
  if (canonicalA === a && canonicalB === b) return direct;
  const viaCanonical = fuzzySimilarity(canonicalA, canonicalB);
  return viaCanonical.score > direct.score ? viaCanonical : direct;
}

/** One line of the alias table: an analyst says `alias` means `canonical`. */
export interface AliasEntry {
  alias: string;
  canonical: string;
}

/**
 * The analysts' alias table: normalised alias → canonical signature ("defensedesdroitsdesprisonniers"
 * → "ddpf"). Entries are normalised when set, so analysts may type "D.D.P.F.". Chains are resolved
 * on write (a → b, b → c gives a → c) and cycles refused, so `canonical` is one map lookup.
 * The lead persists it through `toJSON()` / `AliasTable.fromJSON()`.
 */
export class AliasTable {
  private readonly toCanonical = new Map<string, string>();
  private readonly variants = new Map<string, Set<string>>();

  /** Builds a table from stored entries (the output of `toJSON`). */
  static fromJSON(entries: readonly AliasEntry[]): AliasTable {
    const table = new AliasTable();
    for (const entry of entries) table.set(entry.alias, entry.canonical);
    return table;
  }

  /**
   * Declares `alias` the same signature as `canonical`. Returns false for an empty form; when the
   * two already mean the same (b → a exists and a → b is asked) nothing changes, so no cycle forms.
   */
  set(alias: string, canonical: string): boolean {
    const from = normalizeSignature(alias);
    const to = this.canonical(normalizeSignature(canonical));
    if (!from || !to) return false;
    if (from === to) return true;
    const formerVariants = this.variants.get(from);
    if (formerVariants) {
      // `from` was itself a canonical form: its aliases now point to the new canonical
      this.variants.delete(from);
      for (const variant of formerVariants) this.link(variant, to);
    }
    this.link(from, to);
    return true;
  }

  /** Removes an alias; the signature stands on its own again. */
  delete(alias: string): boolean {
    const from = normalizeSignature(alias);
    const to = this.toCanonical.get(from);
    if (to === undefined) return false;
    this.toCanonical.delete(from);
    const set = this.variants.get(to)!;
    set.delete(from);
    if (set.size === 0) this.variants.delete(to);
    return true;
  }

  /** The canonical form of a normalised signature (itself when it has no alias). */
  canonical(normalized: string): string {
    return this.toCanonical.get(normalized) ?? normalized;
  }

  /** Every normalised form meaning the same as `normalized`, canonical first. */
  variantsOf(normalized: string): string[] {
    const canonical = this.canonical(normalized);
    const variants = this.variants.get(canonical);
    return variants ? [canonical, ...variants] : [canonical];
  }

  get size(): number {
    return this.toCanonical.size;
  }

  /** Plain entries, sorted, for storage. */
  toJSON(): AliasEntry[] {
    return [...this.toCanonical]
      .map(([alias, canonical]) => ({ alias, canonical }))
      .sort((x, y) => x.alias.localeCompare(y.alias));
  }

  private link(from: string, to: string): void {
    const old = this.toCanonical.get(from);
    if (old !== undefined && old !== to) this.variants.get(old)?.delete(from);
    this.toCanonical.set(from, to);
    let set = this.variants.get(to);
    if (!set) this.variants.set(to, (set = new Set()));
    set.add(from);
  }
}
